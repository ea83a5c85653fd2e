"""Pages for people: server-rendered Jinja2 templates over the same functions as the API.

Every page carries the "synthetic demo data" banner when the store holds demo
data, and every form a CSRF token (see ``auth``). Pages only arrange what the
library returns; numbers are formatted here, never computed. Pages show no text
an outsider put in a link: notices come from fixed message codes
(``REVIEW_MESSAGES``), and a fetched article's text is not shown back.
"""

from __future__ import annotations

import re
from importlib import resources
from typing import Annotated, TypeVar

import pandas as pd
from fastapi import APIRouter, Form, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.templating import Jinja2Templates
from markupsafe import Markup, escape
from pydantic import ValidationError
from starlette.concurrency import run_in_threadpool

from partnerlens.analytics import pair_indices
from partnerlens.brief import charts, fmt
from partnerlens.brief.model import MARKER
from partnerlens.brief.record import pair_records
from partnerlens.brief.summary import summary
from partnerlens.cooperation import review as review_outline
from partnerlens.cooperation.models import validation_message
from partnerlens.cooperation.storage import ProposalQueue
from partnerlens.errors import PartnerlensError
from partnerlens.formatting import date_text
from partnerlens.formatting import published as published_figure
from partnerlens.reference import resolve_party
from partnerlens.reference.sectors import active_sectors
from partnerlens.web import api, articles, auth
from partnerlens.web.bodies import ArticleInput, ClaimCheckInput
from partnerlens.web.limits import MAX_BODY_BYTES, MAX_NAME_CHARS, MAX_URL_CHARS

router = APIRouter(include_in_schema=False, default_response_class=HTMLResponse)

templates = Jinja2Templates(directory=str(resources.files("partnerlens.web") / "templates"))
templates.env.filters.update(
    usd=fmt.money,
    percent=fmt.share,
    growth=fmt.growth,
    number=fmt.number,  # partnerlens.formatting
    count=fmt.count,
    date=fmt.date,
    label=fmt.label,
    quantity=fmt.quantity,
)
templates.env.globals["SYNTHETIC_BANNER"] = fmt.SYNTHETIC_BANNER
templates.env.filters["party"] = review_outline.party_name  # "Africa", not its code "africa"
templates.env.filters["sector"] = lambda sector_id: fmt.label(sector_id, active_sectors())  # taxonomy labels, never ids
templates.env.filters["cite"] = lambda text: Markup(
    MARKER.sub(r'<a class="cite" href="#summary-ref-\1">[\1]</a>', str(escape(text)))
)
templates.env.filters["published"] = published_figure  # published indicators (templates/_published.html)
templates.env.filters["when"] = date_text  # a date at its precision: 2025-01, never 2025-01-01


def render(request: Request, template: str, status: int = 200, headers: dict | None = None, **context) -> Response:
    """A page with the shared context (banner, signed-in token, CSRF token); sets the CSRF cookie."""
    csrf = request.cookies.get(auth.CSRF_COOKIE) or auth.new_csrf_value()
    context |= {
        "synthetic": request.app.state.data.synthetic(),
        "signed_in": auth.session_token(request),
        "csrf": csrf,
        "csrf_field": auth.CSRF_FIELD,
    }
    response = templates.TemplateResponse(request, template, context, status_code=status, headers=headers)
    if request.cookies.get(auth.CSRF_COOKIE) != csrf:
        set_cookie(request, response, auth.CSRF_COOKIE, csrf)
    return response


def set_cookie(request: Request, response: Response, name: str, value: str) -> None:
    """An HttpOnly, SameSite=Strict cookie, ``Secure`` when the browser came over https."""
    response.set_cookie(name, value, httponly=True, samesite="strict", secure=auth.secure_request(request))


def render_error(request: Request, status: int, message: str, headers: dict | None = None) -> Response:
    return render(request, "error.html", status=status, headers=headers, status_code=status, message=message)


def _require_csrf(request: Request, submitted: str) -> None:
    if not auth.csrf_ok(request, submitted):
        raise HTTPException(403, "missing or wrong CSRF token; reload the page and try again")


def _year(text: str) -> int | None:
    """The optional year of a page form: blank means the latest year in the store."""
    text = text.strip()
    if not text:
        return None
    if not _YEAR.fullmatch(text) or not 1900 <= int(text) <= 2100:  # ASCII digits only: "²".isdigit() is True
        raise HTTPException(422, f"year: {text[:8]!r} is not a year between 1900 and 2100")
    return int(text)


_YEAR = re.compile(r"[0-9]{4}", re.ASCII)


PartyField = Annotated[str, Query(min_length=1, max_length=MAX_NAME_CHARS)]
YearField = Annotated[str, Query(max_length=8)]


@router.get("/")
def home(request: Request) -> Response:
    """Party-pair search with autocomplete on names and codes."""
    return render(request, "home.html", sources=request.app.state.data.sources())


@router.get("/login")
def login_form(request: Request) -> Response:
    return render(request, "login.html", error=None)


@router.post("/login")
def login(
    request: Request, token: Annotated[str, Form(max_length=200)], csrf_token: Annotated[str, Form()] = ""
) -> Response:
    """Sign in with a token from `partnerlens token create`; it is kept in an HttpOnly cookie."""
    _require_csrf(request, csrf_token)
    workspace = request.app.state.workspace
    holder = auth.verify_token(workspace, token.strip())
    if holder is None:
        return render(request, "login.html", status=403, error="That token is not valid (unknown or revoked).")
    response = RedirectResponse("/", status_code=303)
    set_cookie(
        request, response, auth.SESSION_COOKIE, auth.start_session(workspace, holder)
    )  # a session id, not the token
    return response


@router.post("/logout")
def logout(request: Request, csrf_token: Annotated[str, Form(max_length=100)] = "") -> Response:
    """Sign out: the session ends on the server (a copied cookie stops working too)."""
    _require_csrf(request, csrf_token)
    auth.end_session(request.app.state.workspace, request.cookies.get(auth.SESSION_COOKIE))
    response = RedirectResponse("/", status_code=303)
    response.delete_cookie(auth.SESSION_COOKIE, httponly=True, samesite="strict", secure=auth.secure_request(request))
    return response


def _series_chart(p: dict) -> str | None:
    """The brief's series chart of the pair's trade by year, both directions."""
    directions = (
        (f"{p['a_name']} → {p['b_name']}", "exports_a_to_b_usd"),
        (f"{p['b_name']} → {p['a_name']}", "exports_b_to_a_usd"),
    )
    rows = [{"year": r["year"], "flow": label, "value_usd": r[key]} for r in p["series"] for label, key in directions]
    return charts.series_chart(pd.DataFrame(rows)) if rows else None


def _pair_records(d, a: str, b: str) -> list[dict]:
    """The pair's events and agreements from the registry, as the brief selects them."""
    records = pair_records(d.workspace, resolve_party(a), resolve_party(b))
    return [r.model_dump(mode="json") for r in records]


def _pair_context(d, a: str, b: str, year: int | None) -> dict:
    """What the pair page shows (each part cached per store version)."""
    p = api.profile_dict(d, a, b, year)
    series = d.cached(("series-chart", a, b, year), lambda: _series_chart(p))
    opportunities = api.opportunities_dict(d, a, b, year, 10) if p["has_data"] else None
    indices = (
        d.cached(("indices-page", a, b, year), lambda: pair_indices(d.store, a, b, year, top=5).to_dict())
        if p["has_data"]
        else None
    )
    bottom = d.cached(("summary", a, b, year), lambda: summary(a, b, year, workspace=d.workspace, flows=d.store))
    return {
        "p": p,
        "series_chart": series,
        "year": year,
        "opportunities": opportunities,
        "records": _pair_records(d, a, b),
        "summary": bottom,
        "indices": indices,
    }


@router.get("/pair")
async def pair(request: Request, a: PartyField, b: PartyField, year: YearField = "") -> Response:
    """Pair dashboard: key figures, trade series, top products, sectors, opportunities, cooperation timeline."""
    d = request.app.state.data
    chosen = _year(year)
    context = await d.pools.reads.run(lambda: _pair_context(d, a, b, chosen))  # bounded pool, time budget
    return await run_in_threadpool(render, request, "pair.html", **context)


@router.get("/registry")
def registry(
    request: Request,
    party: Annotated[str, Query(max_length=MAX_NAME_CHARS)] = "",
    sector: Annotated[str, Query(max_length=MAX_NAME_CHARS)] = "",
    since: Annotated[str, Query(max_length=10)] = "",
    kind: Annotated[str, Query(pattern="^(|events|agreements|targets)$")] = "",
) -> Response:
    """The registry as a timeline, filtered by party, sector, date and kind."""
    start = None
    if since:
        try:
            start, _ = review_outline.parse_date(since)  # "2024", "2024-05" or "2024-05-28": from the first day of it
        except PartnerlensError:
            raise HTTPException(422, f"since: {since!r} is not a date (YYYY, YYYY-MM or YYYY-MM-DD)") from None
    items = api.registry_items(request.app.state.data, api.KINDS.get(kind), party or None, sector or None, start)[
        "items"
    ]
    return render(
        request,
        "registry.html",
        records=items,
        filters={"party": party, "sector": sector, "since": since, "kind": kind},
        sectors=active_sectors().values(),
    )


# The notices /review shows after a form post: fixed texts chosen by a code in the link, never text from the link.
REVIEW_MESSAGES = {
    "accepted": "The proposal is now a registry record.",
    "merged": "The proposal was added as one more source of a record already there.",
    "rejected": "The proposal was rejected.",
    "claim": "The trade figure was set aside for the claim checker.",
    "read": "The article was read; its proposals are listed below.",
    "empty": "Nothing to propose was found in that article.",
}


@router.get("/review")
def review(request: Request, message: Annotated[str, Query(max_length=300)] = "") -> Response:
    """The review queue: pending proposals with accept and reject buttons, and a form to read an article."""
    workspace = request.app.state.workspace
    sectors = active_sectors()  # the workspace taxonomy the brief uses, for labels (never ids)
    items = [review_outline.outline(workspace, item, sectors) for item in ProposalQueue(workspace).pending()]
    return render(request, "review.html", items=items, message=REVIEW_MESSAGES.get(message))


def _form_writer(request: Request, csrf_token: str) -> auth.Token:
    """The signed-in token for a form post, with its CSRF token checked (401/403 otherwise)."""
    if request.cookies.get(auth.SESSION_COOKIE) is None:
        raise HTTPException(401, "sign in with a token to make changes")
    return auth.require_writer(request, csrf_token)


_Article = TypeVar("_Article", bound=ArticleInput)


def _article_form(model: type[_Article], text: str, url: str) -> _Article:
    """An article from a form's text or address field, validated like the API's body (422 otherwise)."""
    try:
        return model(text=text.strip() or None, url=url.strip() or None)
    except ValidationError as exc:
        raise HTTPException(422, "url: give an http(s) address" if url.strip() else validation_message(exc)) from None


@router.post("/review/{proposal_id}")
def review_decide(
    request: Request,
    proposal_id: api.ProposalId,
    decision: Annotated[str, Form(pattern="^(accept|reject)$")],
    csrf_token: Annotated[str, Form(max_length=100)] = "",
    type: Annotated[str | None, Form(max_length=60)] = None,
    status: Annotated[str | None, Form(max_length=60)] = None,
    parties: Annotated[str | None, Form(max_length=MAX_NAME_CHARS)] = None,
    date: Annotated[str | None, Form(max_length=10)] = None,
    sectors: Annotated[str | None, Form(max_length=MAX_NAME_CHARS)] = None,
    metric: Annotated[str | None, Form(max_length=60)] = None,
    value: Annotated[str | None, Form(max_length=30)] = None,
) -> Response:
    """Accept (as shown, or with the reviewer's corrections) or reject one proposal from the review page."""
    token = _form_writer(request, csrf_token)
    changes = {
        "type": type,
        "status": status,
        "parties": parties,
        "date": date,
        "sectors": sectors,
        "metric": metric,
        "value": value,
    }
    outcome = api.decide(request.app.state.data, proposal_id, decision == "accept", token, changes=changes)
    code = outcome["status"] if outcome["status"] in REVIEW_MESSAGES else "read"
    return RedirectResponse(f"/review?message={code}", status_code=303)


@router.post("/review")
async def review_add_article(
    request: Request,
    text: Annotated[str, Form(max_length=MAX_BODY_BYTES)] = "",
    url: Annotated[str, Form(max_length=MAX_URL_CHARS)] = "",
    csrf_token: Annotated[str, Form(max_length=100)] = "",
) -> Response:
    """Read a pasted article or an address into proposals for the queue."""
    token = await run_in_threadpool(_form_writer, request, csrf_token)
    article = _article_form(ArticleInput, text, url)
    outcome = await api.news_add(article, dry_run=False, token=token, d=request.app.state.data)
    return RedirectResponse(f"/review?message={'read' if outcome['proposals'] else 'empty'}", status_code=303)


@router.get("/methods")
def methods(request: Request) -> Response:
    """Methods and help: what each block of the pair page and the brief shows, how it is computed, and its sources."""
    return render(request, "methods.html")


@router.get("/brief")
def brief_page(
    request: Request,
    a: Annotated[str, Query(max_length=MAX_NAME_CHARS)] = "",
    b: Annotated[str, Query(max_length=MAX_NAME_CHARS)] = "",
    year: YearField = "",
) -> Response:
    """Brief export: choose a pair, a year and a format; the file comes from /api/brief."""
    return render(request, "brief.html", a=a, b=b, year=_year(year))


def _highlighted(text: str, claims: list[dict]) -> list[tuple[str, dict | None]]:
    """The text cut into plain runs and claim spans (each with its claim), for marking verdicts in place."""
    runs, at = [], 0
    for number, claim in sorted(enumerate(claims, 1), key=lambda nc: nc[1]["start"]):
        start, end = claim["start"], claim["end"]
        if start < at or end > len(text) or end <= start:
            continue  # overlapping or out-of-range spans are listed below the text, not marked
        runs += [(text[at:start], None), (text[start:end], claim | {"number": number})]
        at = end
    return runs + [(text[at:], None)]


@router.get("/claims")
def claims_form(request: Request) -> Response:
    """The claim checker: paste text or give an address."""
    return render(request, "claims.html", result=None, text="", url="")


@router.post("/claims")
async def claims_check(
    request: Request,
    text: Annotated[str, Form(max_length=MAX_BODY_BYTES)] = "",
    url: Annotated[str, Form(max_length=MAX_URL_CHARS)] = "",
    csrf_token: Annotated[str, Form(max_length=100)] = "",
) -> Response:
    """Verdicts for every quantitative claim, with the evidence highlighted in pasted text (a fetched page is not shown)."""
    _require_csrf(request, csrf_token)
    query = _article_form(ClaimCheckInput, text, url)
    signed_in = await run_in_threadpool(auth.session_token, request)
    result = await articles.check(request.app.state.data, query, may_fetch=signed_in is not None)
    runs = _highlighted(result["text"], result["claims"]) if result["text"] is not None else []
    return await run_in_threadpool(render, request, "claims.html", result=result, runs=runs, text=text, url=url)
