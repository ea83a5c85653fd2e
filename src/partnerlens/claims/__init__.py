"""The claim checker: quantitative statements in a text, verified against the data.

    from partnerlens.claims import check
    from partnerlens.workspace import Workspace

    results = check("Bilateral trade between Rwanda and Azerbaijan was just $2 million in 2024.", Workspace.open("~/pl"))
    results[0].verdict, results[0].computed_value_usd, results[0].ratio

Steps (method, tolerances and caveats: ``docs/check.md``):

1. detection — the one extractor, :mod:`partnerlens.cooperation.extract`, reads
   trade claims (money and percentages: totals, flows, growth, shares), KPI
   counts and counts of agreements;
2. resolution — :mod:`.resolve` turns each into a query (parties and groups,
   sector → HS codes, "bilateral" = both directions, year);
3. measurement — :mod:`.measure` computes the figure from the trade store,
   :mod:`.registry` counts in the cooperation registry;
4. verdict — :mod:`.verdict` (``consistent``, ``inconsistent`` with the ratio
   claimed ÷ computed, ``no_data``, ``unresolved`` with the reason), with the
   source and the :mod:`.caveats` that apply.

No claim is dropped: one that cannot be resolved is returned as ``unresolved``.
"""

from __future__ import annotations

from datetime import date

from partnerlens.analytics.flows import FlowsLike, open_flows
from partnerlens.claims.evaluate import check_trade_claim
from partnerlens.claims.model import Caveat, CheckedClaim, Claim
from partnerlens.claims.registry import check_count_claim
from partnerlens.claims.resolve import claims_from_proposals
from partnerlens.claims.verdict import DEFAULT_TOLERANCE, WIDE_TOLERANCE
from partnerlens.cooperation.article import Article
from partnerlens.cooperation.extract import extract, extract_text
from partnerlens.cooperation.models import Proposal
from partnerlens.cooperation.storage import Registry
from partnerlens.store import TradeStore
from partnerlens.workspace import Workspace

__all__ = ["Caveat", "CheckedClaim", "Claim", "check", "check_article", "check_proposals"]


def _workspace_of(data: FlowsLike, workspace: Workspace | None) -> Workspace | None:
    if workspace is not None:
        return workspace
    if isinstance(data, Workspace):
        return data
    if isinstance(data, TradeStore):
        return data.workspace
    return Workspace.open() if data is None else None


def check_proposals(
    proposals: list[Proposal],
    data: FlowsLike = None,
    *,
    workspace: Workspace | None = None,
    sources: list[str] | None = None,
    tolerance: float = DEFAULT_TOLERANCE,
    wide_tolerance: float = WIDE_TOLERANCE,
) -> list[CheckedClaim]:
    """Check the claims among extraction's ``proposals``.

    ``data`` holds the trade flows (a workspace, a store, a DataFrame, an open
    ``Flows``; None: the default workspace). Counts are checked in the registry
    of ``workspace`` (default: the workspace ``data`` belongs to; none for a
    bare table). ``sources`` restricts the store to some releases.
    """
    claims = claims_from_proposals(proposals)
    home = _workspace_of(data, workspace)
    registry = Registry(home) if home is not None else None
    trade_data = home if data is None else data
    with open_flows(trade_data, sources=sources) as flows:
        return [
            check_count_claim(registry, claim, tolerance, wide_tolerance)
            if claim.metric == "count"
            else check_trade_claim(flows, claim, tolerance, wide_tolerance)
            for claim in claims
        ]


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
    return check_proposals(
        extract_text(text, published=published), data, workspace=workspace, sources=sources,
        tolerance=tolerance, wide_tolerance=wide_tolerance,
    )


def check_article(article: Article, data: FlowsLike = None, **options) -> list[CheckedClaim]:
    """:func:`check` for an article read by :func:`partnerlens.cooperation.article.read_article`."""
    return check_proposals(extract(article), data, **options)
