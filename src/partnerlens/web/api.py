"""The JSON API: the same functions as the CLI, the same fields as its ``--json`` output.

Every route validates its parameters (party names are resolved by the
reference layer, years are bounded integers, every string has a length limit,
bodies are the pydantic models of ``bodies``), calls one library function and
returns its result as JSON. Reads are open; writes, and fetching an address,
require a token (``auth.require_writer``). Slow work runs in the bounded pools
of ``work``; articles are read by ``articles``.
"""

from __future__ import annotations

import dataclasses
import re
from typing import Annotated

from fastapi import (
    APIRouter,
    Depends,
    HTTPException,
    Path,
    Query,
)
from fastapi.responses import Response

from partnerlens.analytics import (
    bilateral_profile,
    complexity_ranking,
    pair_indices,
    pair_opportunities,
)
from partnerlens.brief import build, render
from partnerlens.cooperation import review
from partnerlens.cooperation.extract import extract
from partnerlens.cooperation.storage import ProposalQueue
from partnerlens.reference import list_parties, resolve_party
from partnerlens.reference.sectors import active_sectors
from partnerlens.web import articles, registry_api
from partnerlens.web.app import Data
from partnerlens.web.auth import Token
from partnerlens.web.bodies import ArticleInput, ClaimCheckInput
from partnerlens.web.deps import (  # noqa: F401 (re-exported: routes elsewhere take them from here)
    JSON,
    PartyText,
    Top,
    Year,
    actor,
    data,
    optional_writer,
    plain_json,
    writer,
)
from partnerlens.web.limits import MAX_NAME_CHARS
from partnerlens.web.registry_api import KINDS, Kind, RecordId, registry_items  # noqa: F401 (re-exported for pages)
from partnerlens.web.security import StrictJSONRoute

router = APIRouter(prefix="/api", default_response_class=JSON, route_class=StrictJSONRoute)
router.include_router(registry_api.router)  # /api/registry/…

# -- reference -----------------------------------------------------------------------


@router.get("/status", tags=["reference"])
def status(d: Data = Depends(data)) -> dict:
    """The workspace: data releases in the store and whether any is synthetic demo data."""
    sources = d.sources()
    return {"sources": [s.to_dict() for s in sources], "synthetic": any(s.synthetic for s in sources)}


@router.get("/parties", tags=["reference"])
def parties(
    q: Annotated[
        str | None,
        Query(max_length=MAX_NAME_CHARS, description="Filter on code or name (case-insensitive); codes first."),
    ] = None,
    kind: Annotated[str | None, Query(pattern="^(economy|group)$")] = None,
    limit: Annotated[int, Query(ge=1, le=1000)] = 1000,
) -> dict:
    """Economies and groups, as `partnerlens parties --json`; with `q`, matches for autocomplete."""
    found = list_parties(kind)
    if q:
        key = q.strip().casefold()
        found = [p for p in found if key in p.code.casefold() or key in p.name.casefold()]
        found.sort(key=lambda p: (not p.code.casefold().startswith(key), not p.name.casefold().startswith(key), p.name))
    return {"parties": [p.to_dict() for p in found[:limit]]}


@router.get("/parties/{name:path}", tags=["reference"])  # a name may hold "/" ("/" itself: 404, not a redirect)
def party(name: Annotated[str, Path(min_length=1, max_length=MAX_NAME_CHARS)]) -> dict:
    """Resolve one name or code (404 with suggestions when nothing matches)."""
    return {"parties": [resolve_party(name).to_dict()]}


@router.get("/sectors", tags=["reference"])
def sectors() -> dict:
    """The sector taxonomy, as `partnerlens sectors --json`."""
    return {"sectors": [s.model_dump() | {"trades_in_goods": s.trades_in_goods} for s in active_sectors().values()]}


# -- trade analytics ---------------------------------------------------------------


async def cached_json(d: Data, key: tuple, compute, plain: bool = False) -> Response:
    """A read result as JSON, computed once per store version (a worker thread computes, the loop serves hits).

    ``plain``: ``compute`` already gives JSON types (a result's ``to_dict()``), so it is not converted again.
    """
    render = plain_json if plain else (lambda content: JSON(content).body)
    body = await d.acached(key + ("json",), lambda: render(compute()))
    return Response(body, media_type="application/json")


def profile_dict(d: Data, a: str, b: str, year: int | None) -> dict:
    """The bilateral profile as `partnerlens profile --json` prints it (cached per store version)."""

    def compute() -> dict:
        with d.reading() as flows:  # the world tables' long-lived reader when current, else the store
            return bilateral_profile(flows, a, b, year).to_dict()

    return d.cached(("profile", a, b, year), compute)


async def profile_body(d: Data, a: str, b: str, year: int | None) -> bytes:
    """The profile route's JSON body, computed once per store version (the route and ``web.fastpath`` share it)."""
    d.asked(a, b, year)  # before a build, while the store-wide table is made: its query may be read ahead
    return await d.acached(("profile", a, b, year, "json"), lambda: plain_json(profile_dict(d, a, b, year)))


@router.get("/profile", tags=["trade"])
async def profile(a: PartyText, b: PartyText, year: Year = None, d: Data = Depends(data)) -> Response:
    """Bilateral profile of parties `a` and `b`: both directions, series, growth, shares, ranks, top products, sectors."""
    return Response(await profile_body(d, a, b, year), media_type="application/json")


@router.get("/indices", tags=["trade"])
async def indices(a: PartyText, b: PartyText, year: Year = None, top: Top = 10, d: Data = Depends(data)) -> Response:
    """Trade complementarity, intensity, export similarity and top RCA of `a` and `b`, as `partnerlens indices --json`."""
    return await cached_json(
        d, ("indices", a, b, year, top), lambda: pair_indices(d.store, a, b, year, top=top).to_dict()
    )


@router.get("/complexity", tags=["trade"])
async def complexity(
    year: Year = None,
    digits: Annotated[int, Query(ge=4, le=6, multiple_of=2, description="HS level: 4 or 6.")] = 4,
    top: Top = 15,
    d: Data = Depends(data),
) -> Response:
    """Economic complexity of economies (ECI) and products (PCI), as `partnerlens complexity --json`."""
    return await cached_json(
        d,
        ("complexity", year, digits, top),
        lambda: complexity_ranking(d.store, year, digits=digits, top=top).to_dict(),
    )


def opportunities_dict(d: Data, a: str, b: str, year: int | None, top: int) -> dict:
    """Export potential and diversification both ways, as `partnerlens opportunities --json` prints them (cached)."""

    return d.cached(
        ("opportunities", a, b, year, top), lambda: pair_opportunities(d.store, a, b, year, top=top).to_dict()
    )


@router.get("/opportunities", tags=["trade"])
async def opportunities(
    a: PartyText, b: PartyText, year: Year = None, top: Top = 10, d: Data = Depends(data)
) -> Response:
    """Untapped export potential (ITC method) and diversification candidates (product space), both directions."""
    return await cached_json(d, ("opportunities", a, b, year, top), lambda: opportunities_dict(d, a, b, year, top))


# -- news and proposals ----------------------------------------------------------------------


def _proposal_items(items) -> dict:
    return {
        "items": [
            {"id": i.id, "source": i.source.model_dump(mode="json"), "proposal": i.proposal.model_dump(mode="json")}
            for i in items
        ]
    }


@router.post("/news", tags=["news"], status_code=201)
async def news_add(
    article: ArticleInput, dry_run: bool = False, token: Token = Depends(writer), d: Data = Depends(data)
) -> dict:
    """Read an article into proposals and queue them for review, as `partnerlens news add --json`. Needs a token."""
    read, _ = await articles.read(d, article, may_fetch=True)
    proposals = await d.pools.text.run(lambda: extract(read))
    queued = []
    if proposals and not dry_run:

        def queue() -> list:
            with d.write_lock:
                return ProposalQueue(d.workspace).add(read.source, proposals)

        queued = await d.pools.text.run(queue)
    return {
        "source": read.source.model_dump(mode="json"),
        "proposals": [p.model_dump(mode="json") for p in proposals],
        "queued": queued,
    }


@router.get("/proposals", tags=["news"])
def proposals(d: Data = Depends(data)) -> dict:
    """Proposals waiting for review, as `partnerlens news pending --json`."""
    return _proposal_items(ProposalQueue(d.workspace).pending())


ProposalId = Annotated[str, Path(pattern="^prop-[0-9a-f]{6,40}$")]


def decide(d: Data, proposal_id: str, accept: bool, token: Token, changes: dict | None = None) -> dict:
    """Accept or reject one pending proposal, as `news review` does for each; ``changes`` corrects it first (review page)."""
    queue = ProposalQueue(d.workspace)
    with d.write_lock:
        item = next((i for i in queue.pending() if i.id == proposal_id), None)
        if item is None:
            raise HTTPException(404, f"no pending proposal {proposal_id!r} (already decided, or never queued)")
        if changes and accept:
            item = dataclasses.replace(item, proposal=review.with_changes(item.proposal, changes))
        status, record = queue.decide(item, accept, actor(token))
    return {
        "proposal": proposal_id,
        "kind": item.proposal.kind,
        "type": item.proposal.type,
        "status": status,
        "record": record,
    }


@router.post("/proposals/{proposal_id}/accept", tags=["news"])
def proposal_accept(proposal_id: ProposalId, token: Token = Depends(writer), d: Data = Depends(data)) -> dict:
    """Accept a proposal: a new record, or one more source for the same event already recorded. Needs a token."""
    return decide(d, proposal_id, True, token)


@router.post("/proposals/{proposal_id}/reject", tags=["news"])
def proposal_reject(proposal_id: ProposalId, token: Token = Depends(writer), d: Data = Depends(data)) -> dict:
    """Reject a proposal. Needs a token."""
    return decide(d, proposal_id, False, token)


# -- claims --------------------------------------------------------------------------------------


@router.post("/claims/check", tags=["claims"])
async def claims_check(
    body: ClaimCheckInput, d: Data = Depends(data), token: Token | None = Depends(optional_writer)
) -> dict:
    """Find the quantitative trade claims in a text (or at an address) and check each against the data.

    Each claim has a verdict (`consistent`, `inconsistent` with the ratio claimed ÷ computed, `no_data`,
    `unresolved`), the computed figure, its source and caveats; `start`/`end` are offsets into `text`.
    An address is fetched only for a caller with a token (or on a server run with `--allow-fetch`);
    the fetched page is not returned (`text` is null, each claim's sentence is cut to 300 characters).
    """
    return await articles.check(d, body, may_fetch=token is not None)


# -- briefs ------------------------------------------------------------------------------------

BRIEF_TYPES = {"md": "text/markdown; charset=utf-8", "html": "text/html; charset=utf-8", "pdf": "application/pdf"}


def brief_name(result, fmt: str) -> str:
    return re.sub(r"[^A-Za-z0-9_.-]+", "_", f"brief-{result.a}-{result.b}-{result.year}.{fmt}")


async def brief_file(d: Data, a: str, b: str, year: int | None, fmt: str) -> tuple[str, bytes]:
    """The rendered brief and its download name: built once per pair and year, rendered once per format
    (single flight per key; other callers of the same key wait for it), PDF in its own one-worker pool."""
    key = (d.version(), resolve_party(a).code, resolve_party(b).code, year)

    def built():
        return d.briefs.get(key + ("built",), lambda: built_here(d, a, b, year))

    def rendered() -> tuple[str, bytes]:
        def render_once() -> tuple[str, bytes]:
            result = built()
            content = render(result, fmt)
            return brief_name(result, fmt), content.encode("utf-8") if isinstance(content, str) else content

        return d.briefs.get(key + (fmt,), render_once)

    cached = d.briefs.peek(key + (fmt,))
    if cached is not d.briefs.MISSING:
        return cached
    if fmt == "pdf":
        await d.pools.briefs.run(built)  # the build in the brief pool, only the rendering in the PDF pool
        return await d.pools.pdf.run(rendered)
    return await d.pools.briefs.run(rendered)


def built_here(d: Data, a: str, b: str, year: int | None):
    """The brief of ``a`` and ``b`` computed through this server's long-lived reader of the store (``Data.reading``).

    A brief opened the store for itself: a new DuckDB database (its threads, its catalogue read, views
    over the release) and the world tables' Parquet footers read again, in every brief. The reader has
    them open already (issue 16: a warm server should not pay them); the brief gets a cursor of it, and a
    memo of its own (what a brief memoises may be tied to its cursor), seeded with the reader's (the world
    tables in memory). Kept on disk as over the store (``brief.make``): the same bytes, the same kept file.
    """
    with d.brief_flows() as handle:
        return build(a, b, year, workspace=d.workspace, flows=handle)


@router.get(
    "/brief",
    tags=["briefs"],
    response_class=Response,
    responses={
        200: {"content": {t.split(";")[0]: {} for t in BRIEF_TYPES.values()}, "description": "The brief as a file."}
    },
)
async def brief(
    a: PartyText,
    b: PartyText,
    year: Year = None,
    format: Annotated[str, Query(pattern="^(md|html|pdf)$", description="md, html or pdf.")] = "html",
    d: Data = Depends(data),
) -> Response:
    """The partnership brief of `a` and `b` as a download, as `partnerlens brief A B --format …` (cached per store version)."""
    name, content = await brief_file(d, a, b, year, format)
    return Response(
        content, media_type=BRIEF_TYPES[format], headers={"Content-Disposition": f'attachment; filename="{name}"'}
    )
