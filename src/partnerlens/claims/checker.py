"""The claim checker's entry points: ``check``, ``check_article``, ``check_claims``, ``check_proposals``.

The steps are described in :mod:`partnerlens.claims`, which names these
functions and loads this module the first time one of them is used. The
extractor (:mod:`partnerlens.cooperation.extract`) loads only when a text is
to be read (``check``, ``check_article``): checking proposals already read
(a brief's kept readings) does not pay for it.
"""

from __future__ import annotations

from datetime import date

from partnerlens.analytics.flows import Flows, FlowsLike, open_flows
from partnerlens.claims import caveats as cv
from partnerlens.claims import published as pub
from partnerlens.claims.beyond import check_beyond_claim
from partnerlens.claims.evaluate import check_trade_claim
from partnerlens.claims.group import group_claims
from partnerlens.claims.independence import Origin
from partnerlens.claims.model import CheckedClaim, Claim
from partnerlens.claims.reading import is_low, low_note
from partnerlens.claims.registry import check_count_claim
from partnerlens.claims.resolve import claims_from_proposals
from partnerlens.claims.verdict import DEFAULT_TOLERANCE, WIDE_TOLERANCE
from partnerlens.cooperation.article import Article
from partnerlens.cooperation.models import Proposal, Source
from partnerlens.cooperation.storage import Registry
from partnerlens.store import TradeStore
from partnerlens.workspace import Workspace

__all__ = ["check", "check_article", "check_claims", "check_proposals"]


def _workspace_of(data: FlowsLike, workspace: Workspace | None) -> Workspace | None:
    if workspace is not None:
        return workspace
    if isinstance(data, Workspace):
        return data
    if isinstance(data, TradeStore):
        return data.workspace
    return Workspace.open() if data is None else None


def _finish(result: CheckedClaim) -> CheckedClaim:
    """Caveats in order of importance; a low-confidence reading flagged before any other caveat."""
    caveats = list(result.caveats)
    if result.verdict in ("consistent", "inconsistent") and is_low(result.claim.reading):
        caveats.insert(0, cv.low_confidence(low_note(result.claim.reading)))
    return result.model_copy(update={"caveats": cv.ordered(caveats)})


def _check_one(
    claim: Claim,
    claims: list[Claim],
    flows: Flows,
    registry: Registry | None,
    origin: Origin,
    tolerance: float,
    wide: float,
) -> CheckedClaim:
    """Registry counts in the registry; national totals and shares of them by published figures; the rest by trade data."""
    if claim.metric == "count":
        return check_count_claim(registry, claim, tolerance, wide, origin)
    if claim.metric == "gdp":
        result = pub.check_total(claim, tolerance, wide)
        return result or CheckedClaim(
            claim=claim, verdict="no_data", reason=claim.unresolved or "no published GDP for that year"
        )
    beyond = check_beyond_claim(flows.store, claim, tolerance, wide)  # investment and services claims
    if beyond is not None:
        return beyond
    result = pub.check_share(claim, claims, tolerance, wide) or pub.check_total(claim, tolerance, wide)
    return result or check_trade_claim(flows, claim, tolerance, wide)


def check_claims(
    claims: list[Claim],
    data: FlowsLike = None,
    *,
    workspace: Workspace | None = None,
    sources: list[str] | None = None,
    origin: Origin | None = None,
    tolerance: float = DEFAULT_TOLERANCE,
    wide_tolerance: float = WIDE_TOLERANCE,
) -> list[CheckedClaim]:
    """Check claims of one article: repeated figures grouped and judged once, each against independent evidence.

    ``origin`` is the article the claims come from (its source and text), so
    that no registry record read from it confirms it.
    """
    claims = group_claims(claims)
    home = _workspace_of(data, workspace)
    registry = Registry(home) if home is not None else None
    trade_data = home if data is None else data
    origin = origin or Origin(sentences=tuple(c.text for c in claims))
    with open_flows(trade_data, sources=sources) as flows:
        return [_finish(_check_one(c, claims, flows, registry, origin, tolerance, wide_tolerance)) for c in claims]


def check_proposals(
    proposals: list[Proposal],
    data: FlowsLike = None,
    *,
    workspace: Workspace | None = None,
    sources: list[str] | None = None,
    article: Source | None = None,
    text: str | None = None,
    tolerance: float = DEFAULT_TOLERANCE,
    wide_tolerance: float = WIDE_TOLERANCE,
) -> list[CheckedClaim]:
    """Check the claims among extraction's ``proposals``.

    ``data`` holds the trade flows (a workspace, a store, a DataFrame, an open
    ``Flows``; None: the default workspace). Counts are checked in the registry
    of ``workspace`` (default: the workspace ``data`` belongs to; none for a
    bare table). ``sources`` restricts the store to some releases. ``article``
    and ``text`` say which article the proposals were read from (evidence from
    that article never confirms its own claims).
    """
    claims = claims_from_proposals(proposals)
    sentences = tuple(s.text for c in claims for s in c.statements) or tuple(c.text for c in claims)
    origin = Origin(source=article, text=text, sentences=sentences)
    return check_claims(
        claims,
        data,
        workspace=workspace,
        sources=sources,
        origin=origin,
        tolerance=tolerance,
        wide_tolerance=wide_tolerance,
    )


def check(
    text: str,
    data: FlowsLike = None,
    *,
    published: date | None = None,
    workspace: Workspace | None = None,
    sources: list[str] | None = None,
    tolerance: float = DEFAULT_TOLERANCE,
    wide_tolerance: float = WIDE_TOLERANCE,
) -> list[CheckedClaim]:
    """Find the quantitative claims in ``text`` and check each against the data (offsets refer to ``text``).

    ``published`` (the article's date) resolves relative dates; the other
    arguments are those of :func:`check_proposals`.
    """
    from partnerlens.cooperation.extract import extract_text  # the extractor loads with the first text to read

    return _check_text(
        extract_text(text, published=published),
        text,
        None,
        data,
        workspace=workspace,
        sources=sources,
        tolerance=tolerance,
        wide_tolerance=wide_tolerance,
    )


def _check_text(
    proposals: list[Proposal], text: str, article: Source | None, data: FlowsLike, **options
) -> list[CheckedClaim]:
    """Trade claims and counts from the extractor, plus GDP statements (read here: the extractor reads trade)."""
    claims = sorted(claims_from_proposals(proposals) + pub.gdp_claims(text), key=lambda c: c.start)
    sentences = tuple(s.text for c in claims for s in c.statements)
    return check_claims(claims, data, origin=Origin(source=article, text=text, sentences=sentences), **options)


def check_article(article: Article, data: FlowsLike = None, **options) -> list[CheckedClaim]:
    """:func:`check` for an article read by :func:`partnerlens.cooperation.article.read_article`."""
    from partnerlens.cooperation.extract import extract  # the extractor loads with the first text to read

    return _check_text(extract(article), article.text, article.source, data, **options)
