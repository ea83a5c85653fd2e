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
YEAR_ASSUMED = Caveat(id="year_assumed", text="The claim states no year; it was compared with the latest year in the store.")
REGISTRY = Caveat(
    id="registry",
    text="Counted in the workspace registry, which holds only what has been recorded in it (the shipped records and any added since).",
)


def synthetic(sources: Iterable[SourceInfo]) -> list[Caveat]:
    """A caveat when any source used is synthetic demo data."""
    names = [s.name for s in sources if s.synthetic]
    if not names:
        return []
    return [Caveat(id="synthetic", text=f"SYNTHETIC DEMO DATA ({', '.join(names)}): not real trade figures.")]


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
        text=f"{year} is not in {release} yet ({latest_text}); trade releases such as BACI appear about two years after the fact.",
    )


def group_membership(name: str, members: int, source: str | None) -> Caveat:
    """How a group's trade is computed and whose membership list defines it."""
    origin = f" per {source}" if source else ""
    return Caveat(
        id="group",
        text=f"{name} is a group of {members} economies{origin}; its trade is the sum over its members, "
        "without trade between members.",
    )


def loose_bound(claimed: float, computed: float, qualifier: str | None) -> list[Caveat]:
    """A bound that holds but understates the data by more than half ("more than $1m" for $10m)."""
    kind = qualifier_kind(qualifier)
    if claimed <= 0 or computed <= 0:
        return []
    factor = computed / claimed
    if (kind == "lower_bound" and factor > 2) or (kind == "upper_bound" and factor < 0.5):
        return [Caveat(id="loose_bound", text=f"The bound holds only loosely: the computed figure is {factor:.2g} × the stated one.")]
    return []


def trade_caveats(claim: Claim, sources: list[SourceInfo]) -> list[Caveat]:
    """The caveats every figure computed from these sources for this claim carries."""
    caveats = [GOODS_ONLY]
    if any(s.kind == "baci" for s in sources):
        caveats.append(RECONCILED)
    caveats.append(fob_cif(sources))
    if claim.products is not None or claim.flow == "exports":
        caveats.append(RE_EXPORTS)
    return caveats + synthetic(sources)
