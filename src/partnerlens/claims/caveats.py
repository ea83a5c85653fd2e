"""Caveats: what a computed figure cannot say, attached to each verdict.

A figure from the trade store differs from the one an article quotes for
reasons that are not errors; each caveat names one, so a reader can judge an
``inconsistent`` verdict (and a ``consistent`` one). References: CEPII BACI
documentation (Gaulier & Zignago 2010, *BACI: International Trade Database at
the Product-Level*, CEPII WP 2010-23) on reconciled mirror flows and the CIF→FOB
adjustment; UN Comtrade's *IMTS 2010 Concepts and Definitions* on FOB export
and CIF import valuation and on re-exports.
"""

from __future__ import annotations

from collections.abc import Iterable

from partnerlens.claims.model import Caveat, Claim
from partnerlens.claims.verdict import qualifier_kind
from partnerlens.store import SourceInfo

# Severity: 3 — may explain the whole gap or void the comparison (scale, year missing, low-confidence reading);
# 2 — qualifies the verdict (group, assumed year, published basis, synthetic data); 1 — applies to every figure.
SCALE_FACTOR = 3.0  # claimed and computed this far apart: a different scope, not a rounding gap

GOODS_ONLY = Caveat(
    id="goods_only",
    text="Trade data cover goods only; trade in services (transport, tourism, ICT and financial services) is not included.",
)
RECONCILED = Caveat(
    id="reconciled",
    text=(
        "BACI reconciles each flow from the exporter's and the importer's declarations (mirror data); "
        "its figures differ from either country's national statistics, which articles usually quote."
    ),
)
_FOB_CIF_TEXT = {
    "baci": "BACI values are FOB: importers' CIF declarations are reduced by estimated freight and insurance, "
    "so national import figures (CIF) are higher than BACI's.",
    "comtrade": "Comtrade exports are reported FOB and imports CIF; the two sides of one flow differ by freight and insurance.",
}
_FOB_CIF_DEFAULT = "Exports are valued FOB and imports CIF in national statistics; the two sides of one flow differ by freight and insurance."
RE_EXPORTS = Caveat(
    id="re_exports",
    text="Recorded exports include re-exports: goods a country ships need not have been produced there "
    "(minerals and fuels often transit through neighbours).",
)
YEAR_ASSUMED = Caveat(
    id="year_assumed", severity=2, text="The claim states no year; it was compared with the latest year in the store."
)
REGISTRY = Caveat(
    id="registry",
    text="Counted in the workspace registry, which holds only what has been recorded in it (the shipped records and any added since).",
)


def synthetic(sources: Iterable[SourceInfo]) -> list[Caveat]:
    """A caveat when any source used is synthetic demo data."""
    names = [s.name for s in sources if s.synthetic]
    if not names:
        return []
    return [
        Caveat(id="synthetic", severity=2, text=f"SYNTHETIC DEMO DATA ({', '.join(names)}): not real trade figures.")
    ]


def fob_cif(sources: Iterable[SourceInfo]) -> Caveat:
    """Valuation caveat worded for the kind of source the figure came from."""
    kinds = {s.kind for s in sources}
    texts = [_FOB_CIF_TEXT[k] for k in sorted(kinds) if k in _FOB_CIF_TEXT] or [_FOB_CIF_DEFAULT]
    return Caveat(id="fob_cif", text=" ".join(texts))


def year_not_released(year: int, latest: int | None, release: str) -> Caveat:
    """The claim's year is later than the last year the release covers."""
    latest_text = f"its latest year is {latest}" if latest is not None else "it holds no years"
    return Caveat(
        id="year_not_released",
        severity=3,
        text=f"{year} is not in {release} yet ({latest_text}); trade releases such as BACI appear about two years after the fact.",
    )


def group_membership(name: str, members: int, source: str | None) -> Caveat:
    """How a group's trade is computed and whose membership list defines it."""
    origin = f" per {source}" if source else ""
    return Caveat(
        id="group",
        severity=2,
        text=f"{name} is a group of {members} economies{origin}; its trade is the sum over its members, "
        "without trade between members.",
    )


def loose_bound(claimed: float, computed: float, qualifier: str | list[str | None] | None) -> list[Caveat]:
    """A bound that holds but understates the data by more than half ("more than $1m" for $10m).

    ``qualifier`` may list the qualifiers of every statement of the figure; the
    bound is loose only when every statement is that kind of bound.
    """
    qualifiers = [qualifier] if qualifier is None or isinstance(qualifier, str) else qualifier
    kinds = {qualifier_kind(q) for q in qualifiers}
    kind = kinds.pop() if len(kinds) == 1 else "exact"
    if claimed <= 0 or computed <= 0:
        return []
    factor = computed / claimed
    if (kind == "lower_bound" and factor > 2) or (kind == "upper_bound" and factor < 0.5):
        return [
            Caveat(
                id="loose_bound",
                severity=3,
                text=f"The bound holds only loosely: the computed figure is {factor:.2g} × the stated one.",
            )
        ]
    return []


def scale_mismatch(claimed: float | None, computed: float | None, unit: str | None) -> list[Caveat]:
    """Claimed and computed money or counts a factor of 3 or more apart: likely another scope, not another estimate."""
    if unit not in ("usd", "count") or not claimed or not computed or claimed <= 0 or computed <= 0:
        return []
    factor = computed / claimed
    if 1 / SCALE_FACTOR < factor < SCALE_FACTOR:
        return []
    return [
        Caveat(
            id="scale_mismatch",
            severity=3,
            text=f"Scale mismatch: the computed figure is {factor:.2g} × the claimed one — more likely a different scope "
            "(other partners or products, goods and services, another year or unit) than a gap between sources.",
        )
    ]


def low_confidence(note: str) -> Caveat:
    """The claim was read with inferences that may decide the verdict (parties or year not in its sentence)."""
    return Caveat(
        id="low_confidence",
        severity=3,
        text=f"Low-confidence reading ({note}): the verdict depends on how the sentence was read.",
    )


def ordered(caveats: Iterable[Caveat]) -> list[Caveat]:
    """Caveats without repeats, the most important first (severity, then the order they were added)."""
    unique = list({c.id: c for c in caveats}.values())
    return sorted(unique, key=lambda c: -c.severity)


def trade_caveats(claim: Claim, sources: list[SourceInfo]) -> list[Caveat]:
    """The caveats every figure computed from these sources for this claim carries."""
    caveats = [GOODS_ONLY]
    if any(s.kind == "baci" for s in sources):
        caveats.append(RECONCILED)
    caveats.append(fob_cif(sources))
    if claim.products is not None or claim.flow == "exports":
        caveats.append(RE_EXPORTS)
    return caveats + synthetic(sources)
