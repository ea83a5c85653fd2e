"""The results of a bilateral profile: one dataclass per block of figures (METHODS.md, *Bilateral profile*).

Every result is a :class:`~partnerlens.analytics.flows.Result`, so the CLI, the
web API and briefs read the same ``to_dict()``; a figure the data cannot give is
None, never zero.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from partnerlens.analytics.flows import Result
from partnerlens.analytics.published import PublishedIndicators
from partnerlens.store import SourceInfo


@dataclass
class YearFlows(Result):
    """One year of the pair's trade. Values None where the data have no such year (or a party has no trade)."""

    year: int
    exports_a_to_b_usd: float | None
    exports_b_to_a_usd: float | None
    total_usd: float | None
    balance_usd: float | None  # A→B − B→A
    growth_a_to_b: float | None  # year on year, fraction (0.15 = +15 %)
    growth_b_to_a: float | None
    growth_total: float | None
    share_of_b_in_a_exports: float | None
    share_of_b_in_a_imports: float | None
    share_of_a_in_b_exports: float | None
    share_of_a_in_b_imports: float | None


@dataclass
class Standing(Result):
    """Where one party stands among the other's trading partners in the profile year.

    Partners are single economies outside the party, except that the other
    party of the pair counts as one partner even when it is a group.
    """

    exports_usd: float | None  # the party's exports to the world (trade within a group excluded)
    imports_usd: float | None
    share_of_exports: float | None  # the other party's share, 0–1
    share_of_imports: float | None
    rank_in_exports: int | None  # 1 = largest destination
    rank_in_imports: int | None  # 1 = largest origin
    export_partners: int
    import_partners: int


@dataclass
class ProductRow(Result):
    code: str
    name: str | None
    value_usd: float
    share: float  # of the direction's total


@dataclass
class Concentration(Result):
    """Herfindahl–Hirschman index Σ s_k² of one direction's basket (0–1; 1 = a single product)."""

    hhi_hs6: float | None
    hhi_hs4: float | None
    products_hs6: int  # HS6 lines traded


@dataclass
class SectorRow(Result):
    sector: str
    label: str
    exports_a_to_b_usd: float
    exports_b_to_a_usd: float
    share_a_to_b: float | None  # of the direction's total
    share_b_to_a: float | None


@dataclass
class MirrorCheck(Result):
    """Each direction as reported by the exporter (FOB) and by the importer (CIF), where a source keeps both.

    ``gap`` is the importer's figure less the exporter's (CIF/FOB margins,
    timing, misattribution); a side that reported nothing that year is None.
    """

    available: bool
    note: str
    a_to_b_reported_by_a_usd: float | None = None
    a_to_b_reported_by_b_usd: float | None = None
    gap_a_to_b_usd: float | None = None
    b_to_a_reported_by_b_usd: float | None = None
    b_to_a_reported_by_a_usd: float | None = None
    gap_b_to_a_usd: float | None = None


@dataclass
class BilateralProfile(Result):
    a: str
    b: str
    a_name: str
    b_name: str
    a_members: list[str]  # the economies that stand for A in this pair (see flows.pair_sides)
    b_members: list[str]
    year: int
    has_data: bool
    exports_a_to_b_usd: float | None
    exports_b_to_a_usd: float | None
    total_usd: float | None
    balance_usd: float | None
    growth: dict[str, float | None]  # year on year to ``year``: a_to_b, b_to_a, total
    cagr: dict[str, float | None]  # compound annual growth over ``cagr_window``
    cagr_window: tuple[int, int] | None
    series: list[YearFlows]
    b_among_a_partners: Standing
    a_among_b_partners: Standing
    top_products_a_to_b: dict[str, list[ProductRow]]  # "hs4", "hs6"
    top_products_b_to_a: dict[str, list[ProductRow]]
    concentration: dict[str, Concentration]  # "a_to_b", "b_to_a"
    sectors: list[SectorRow]
    mirror: MirrorCheck
    synthetic: bool
    sources: list[SourceInfo]
    notes: list[str] = field(default_factory=list)
    coverage_note: str | None = None  # the note saying the year is outside the data, when it is (also in notes)
    published: tuple[
        PublishedIndicators, ...
    ] = ()  # real published figures of a and b, not from the store (analytics.published)
    products: list[str] | None = None  # the HS codes or prefixes the profile is restricted to (None: all trade)
    members: list = field(default_factory=list)  # MemberBreakdown per group party, with ``members=True``
    provenance: list[dict] = field(default_factory=list)  # converted sources, later years (analytics.provenance)
    recent: dict | None = None  # latest 12 months and year to date from monthly data, provisional (analytics.monthly)
