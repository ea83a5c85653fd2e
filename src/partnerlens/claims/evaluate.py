"""Check one trade claim: compute its figure, judge it, attach source and caveats.

The figure is measured in the trade data (:mod:`partnerlens.claims.measure`)
and judged by the rule of :func:`partnerlens.claims.verdict.judge`, the same
rule :mod:`partnerlens.claims.registry` applies to counts in the registry.
"""

from __future__ import annotations

from partnerlens.analytics.flows import Flows
from partnerlens.claims import caveats as cv
from partnerlens.claims.current_year import year_to_date_value
from partnerlens.claims.measure import Measurement, TradeQuery, measure
from partnerlens.claims.model import Caveat, CheckedClaim, Claim
from partnerlens.claims.resolve import Unresolved, trade_query
from partnerlens.claims.verdict import DEFAULT_TOLERANCE, WIDE_TOLERANCE, judge
from partnerlens.store import SourceInfo


def trade_source(sources: tuple[SourceInfo, ...]) -> dict:
    """Where a computed trade figure came from: the releases, their checksums, whether synthetic."""
    return {
        "kind": "trade",
        "citation": "; ".join(s.citation() for s in sources),
        "releases": [
            {"name": s.name, "release": s.release, "sha256": s.sha256, "years": list(s.years), "synthetic": s.synthetic}
            for s in sources
        ],
        "synthetic": any(s.synthetic for s in sources),
    }


def _query_caveats(claim: Claim, query: TradeQuery, sources: tuple[SourceInfo, ...]) -> list[Caveat]:
    caveats = cv.trade_caveats(claim.model_copy(update={"products": query.products}), list(sources))
    if claim.year is None:
        caveats.append(cv.YEAR_ASSUMED)
    for party in (query.subject, query.partner):
        if party is not None and party.is_group:
            caveats.append(cv.group_membership(party.name, len(party.members), party.source))
    return caveats


def _release_name(sources: tuple[SourceInfo, ...]) -> str:
    return ", ".join(f"{s.name} (release {s.release})" if s.release else s.name for s in sources) or "the store"


def check_trade_claim(
    f: Flows, claim: Claim, tolerance: float = DEFAULT_TOLERANCE, wide_tolerance: float = WIDE_TOLERANCE
) -> CheckedClaim:
    """The verdict on one trade claim against the open flows ``f``."""
    latest = f.years[-1] if f.years else None
    try:
        query = trade_query(claim, latest, f.sectors_path)
    except Unresolved as exc:
        return CheckedClaim(claim=claim, verdict="unresolved", reason=str(exc))
    resolved = claim.model_copy(
        update={
            "flow": query.flow,
            "year": query.year,
            "base_year": query.base_year,
            "products": _listed(query.products),
        }
    )
    caveats = _query_caveats(claim, query, f.sources)
    source = trade_source(f.sources)
    result = measure(f, query)
    if result.value is None and (latest is None or query.year > latest):
        monthly = year_to_date_value(f, query)  # this year's months, when a monthly source covers them
        if monthly is not None:
            result = Measurement(value=monthly[0])
            caveats.append(monthly[1])
    if result.value is None:
        if latest is None or query.year > latest:
            caveats.append(cv.year_not_released(query.year, latest, _release_name(f.sources)))
        return CheckedClaim(
            claim=resolved, verdict="no_data", source=source, caveats=caveats, reason=result.missing, judged_by="trade"
        )
    assert claim.value is not None  # trade_query leaves a claim without a value unresolved
    judgement = judge(claim.value, result.value, claim.qualifiers, claim.unit, tolerance, wide_tolerance)
    caveats += cv.loose_bound(claim.value, result.value, claim.qualifiers)
    caveats += cv.scale_mismatch(claim.value, result.value, claim.unit)
    return CheckedClaim(
        claim=resolved,
        verdict=judgement.verdict,
        computed_value=result.value,
        ratio=judgement.ratio,
        source=source,
        caveats=caveats,
        judged_by="trade",
    )


def _listed(products: tuple[str, ...] | None) -> list[str] | None:
    return list(products) if products is not None else None
