"""The bilateral profile of two parties (METHODS.md, *Bilateral profile*).

For parties A and B (economies or groups) and a year t: exports each way, total
and balance for every year of the data with year-on-year growth and compound
annual growth; the share of B in A's exports and imports and of A in B's, and
B's rank among A's partners (and A's among B's); the top products each way at
HS4 and HS6 with names; the Herfindahl–Hirschman concentration of each
direction's basket; the same totals per sector of the taxonomy; and the mirror
check where a source carries both reporters' figures.

All aggregation runs in DuckDB: totals, shares and ranks over the flows summed
by pair of economies (``Flows.pair_totals``, computed once per state of the
store), products over the year's flows filtered on the parties so that DuckDB
prunes Parquet row groups; pandas only sees a few thousand rows. Group semantics and overlapping parties
follow :mod:`partnerlens.analytics.flows`.
"""

from __future__ import annotations

import dataclasses
import math
from dataclasses import dataclass, field

import pandas as pd

from partnerlens.analytics import indices
from partnerlens.analytics.flows import (
    Flows,
    FlowsLike,
    PartyLike,
    Result,
    as_party,
    direction_filter,
    exporter_rca,
    open_flows,
    pair_sides,
    pair_table,
    product_filter,
    sql_list,
)
from partnerlens.analytics.monthly import recent_trade
from partnerlens.analytics.provenance import provenance, provenance_notes
from partnerlens.analytics.published import PublishedIndicators, pair_published
from partnerlens.reference import Party, load_sectors
from partnerlens.store import SourceInfo

__all__ = [
    "BilateralProfile",
    "Concentration",
    "MirrorCheck",
    "PairIndices",
    "ProductRow",
    "RcaRow",
    "SectorRow",
    "Standing",
    "YearFlows",
    "bilateral_profile",
    "pair_indices",
]

DEFAULT_TOP = 10
OTHER_SECTOR = "other"  # the sector row of products in no sector of the taxonomy
_OTHER = "_OTHER_PARTY"  # the other party of the pair, counted as one partner when ranking


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


def bilateral_profile(
    flows: FlowsLike,
    a: PartyLike,
    b: PartyLike,
    year: int | None = None,
    *,
    top: int = DEFAULT_TOP,
    since: int | None = None,
    products: list[str] | None = None,
    members: bool = False,
) -> BilateralProfile:
    """The bilateral profile of parties ``a`` and ``b`` in ``year`` (default: the latest year of the data).

    ``top`` products are listed each way at HS4 and HS6; compound annual
    growth runs from ``since`` (default: the first year of the data) to
    ``year``: ``CAGR = (v_year / v_since)^(1/(year − since)) − 1``. A year the
    data do not cover gives a profile whose values are None, with a note.
    ``products`` (HS codes or prefixes, e.g. a sector's) restricts every
    figure to those products: series, shares, ranks, top products, sectors.
    ``members``: for a party that is a group, the pair's trade by member
    (:func:`partnerlens.analytics.members.member_breakdown`).
    """
    party_a, party_b = as_party(a), as_party(b)
    side_a, side_b = pair_sides(party_a, party_b)
    with open_flows(flows) as f:
        year = f.year_or_latest(year)
        source = _pair_source(f, products)
        series = _series(f, side_a, side_b, source)
        covered = f.has_year(year)
        products_table = _bilateral_products(f, year, side_a, side_b, products)
        b_in_a = _standing(f, year, side_a, side_b, source)
        a_in_b = _standing(f, year, side_b, side_a, source)
        sectors = load_sectors(f.sectors_path)
        mirror = _mirror(f, year, side_a, side_b)
        names, sources, synthetic = f.product_names(), list(f.sources), f.synthetic
        breakdown = _member_breakdowns(f, party_a, party_b, year, top, products) if members else []
        converted, recent = provenance(f), recent_trade(f.store, side_a, side_b)

    notes, coverage_note = _overlap_notes(party_a, party_b, side_a, side_b) + provenance_notes(converted), None
    if products:
        notes.append(f"products {', '.join(products)} only: every figure, share and rank is for those products")
    if members and not breakdown:
        notes.append("neither party is a group: no breakdown by member")
    products, selected = products_table, products
    rows = [_year_row(series, y) for y in series.index]
    now = next((r for r in rows if r.year == year), None)
    has_data = now is not None and now.exports_a_to_b_usd is not None
    if not covered:
        span = f"{series.index[0]}–{series.index[-1]}" if len(series) else "no years"
        coverage_note = f"no data for {year}: the data cover {span}"
        notes.append(coverage_note)
    elif not has_data:
        notes.append(f"no trade recorded for {party_a.name if _absent(series, year, 'a') else party_b.name} in {year}")
    window = _cagr_window(series, since, year)
    return BilateralProfile(
        a=party_a.code,
        b=party_b.code,
        a_name=party_a.name,
        b_name=party_b.name,
        a_members=sorted(side_a),
        b_members=sorted(side_b),
        year=year,
        has_data=has_data,
        exports_a_to_b_usd=now.exports_a_to_b_usd if now else None,
        exports_b_to_a_usd=now.exports_b_to_a_usd if now else None,
        total_usd=now.total_usd if now else None,
        balance_usd=now.balance_usd if now else None,
        growth={k: getattr(now, f"growth_{k}") if now else None for k in ("a_to_b", "b_to_a", "total")},
        cagr={k: _cagr(rows, k, window) for k in ("a_to_b", "b_to_a", "total")},
        cagr_window=window,
        series=rows,
        b_among_a_partners=b_in_a,
        a_among_b_partners=a_in_b,
        top_products_a_to_b=_top_products(products, "a_to_b", top, names) if has_data else {"hs4": [], "hs6": []},
        top_products_b_to_a=_top_products(products, "b_to_a", top, names) if has_data else {"hs4": [], "hs6": []},
        concentration={d: _concentration(products, d) for d in ("a_to_b", "b_to_a")},
        sectors=_sector_rows(products, sectors) if has_data else [],
        mirror=mirror,
        synthetic=synthetic,
        sources=sources,
        notes=notes,
        coverage_note=coverage_note,
        published=pair_published(party_a, party_b, year),
        products=list(selected) if selected else None,
        members=breakdown,
        provenance=converted,
        recent=recent,
    )


def _pair_source(f: Flows, products: list[str] | None) -> str:
    """The pair-level table to read: the cached pair totals, or the flows of ``products`` summed by pair."""
    if not products:
        return f.pair_totals()
    return (
        f"(SELECT year, exporter, importer, sum(value_usd) AS value_usd FROM flows "
        f"WHERE {product_filter(products)} GROUP BY ALL)"
    )


def _member_breakdowns(
    f: Flows, party_a: Party, party_b: Party, year: int, top: int, products: list[str] | None
) -> list:
    from partnerlens.analytics.members import member_breakdown

    return [
        member_breakdown(f, other, group, year, top=top, products=products)
        for group, other in ((party_a, party_b), (party_b, party_a))
        if group.is_group
    ]


# -- queries -------------------------------------------------------------------


def _series(f: Flows, side_a: frozenset[str], side_b: frozenset[str], source: str) -> pd.DataFrame:
    """Per year of the data: A→B, B→A and each party's exports and imports (trade within a party excluded)."""
    measures = {
        "a_to_b": "exporter_side = 'a' AND importer_side = 'b'",
        "b_to_a": "exporter_side = 'b' AND importer_side = 'a'",
        "a_exports": "exporter_side = 'a' AND importer_side <> 'a'",
        "a_imports": "importer_side = 'a' AND exporter_side <> 'a'",
        "b_exports": "exporter_side = 'b' AND importer_side <> 'b'",
        "b_imports": "importer_side = 'b' AND exporter_side <> 'b'",
    }
    sums = ", ".join(f"coalesce(sum(value_usd) FILTER (WHERE {cond}), 0) AS {name}" for name, cond in measures.items())
    labelled = f.with_sides(source, {"a": side_a, "b": side_b})
    found = f.df(f"SELECT year, {sums} FROM {labelled} GROUP BY year").set_index("year")
    return found.reindex(pd.Index(f.years, name="year"), fill_value=0.0).astype(float)


def _standing(f: Flows, year: int, side: frozenset[str], other: frozenset[str], source: str) -> Standing:
    """``other``'s share and rank among ``side``'s export destinations and import origins in ``year``."""
    exports = _by_partner(f, year, side, other, "exporter", "importer", source)
    imports = _by_partner(f, year, side, other, "importer", "exporter", source)
    return Standing(
        exports_usd=_total_or_none(exports, f, year),
        imports_usd=_total_or_none(imports, f, year),
        share_of_exports=_share(exports.get(_OTHER, 0.0), exports.sum()),
        share_of_imports=_share(imports.get(_OTHER, 0.0), imports.sum()),
        rank_in_exports=_rank(exports),
        rank_in_imports=_rank(imports),
        export_partners=len(exports),
        import_partners=len(imports),
    )


def _by_partner(
    f: Flows, year: int, side: frozenset[str], other: frozenset[str], own: str, partner: str, source: str
) -> pd.Series:
    members, others = sql_list(side), sql_list(other)
    found = f.df(
        f"SELECT CASE WHEN {partner} IN {others} THEN '{_OTHER}' ELSE {partner} END AS partner, sum(value_usd) AS v "
        f"FROM {source} WHERE year = {int(year)} AND {own} IN {members} AND {partner} NOT IN {members} "
        "GROUP BY partner HAVING sum(value_usd) > 0"
    )
    return found.set_index("partner")["v"]


def _bilateral_products(
    f: Flows, year: int, side_a: frozenset[str], side_b: frozenset[str], products: list[str] | None = None
) -> pd.DataFrame:
    """``direction, product, value_usd`` of the pair's trade in ``year`` at the finest level of the data."""
    parts = [
        f"SELECT '{name}' AS direction, product, sum(value_usd) AS value_usd FROM flows "
        f"WHERE year = {int(year)} AND {direction_filter(exp, imp)} AND {product_filter(products)} GROUP BY product"
        for name, exp, imp in (("a_to_b", side_a, side_b), ("b_to_a", side_b, side_a))
    ]
    return f.df(" UNION ALL ".join(parts))


# -- derived figures -----------------------------------------------------------


def _absent(series: pd.DataFrame, year: int, party: str) -> bool:
    row = series.loc[year]
    return row[f"{party}_exports"] == 0 and row[f"{party}_imports"] == 0


def _year_row(series: pd.DataFrame, year: int) -> YearFlows:
    def value(y: int, column: str) -> float | None:
        if y not in series.index or _absent(series, y, "a") or _absent(series, y, "b"):
            return None
        return float(series.at[y, column])

    def pair(y: int) -> tuple[float | None, float | None, float | None]:
        ab, ba = value(y, "a_to_b"), value(y, "b_to_a")
        return ab, ba, None if ab is None else ab + ba

    now, before = pair(year), pair(year - 1)
    ab, ba, total = now
    growth = [_growth(n, p) for n, p in zip(now, before, strict=False)]
    return YearFlows(
        year=int(year),
        exports_a_to_b_usd=ab,
        exports_b_to_a_usd=ba,
        total_usd=total,
        balance_usd=None if ab is None else ab - ba,
        growth_a_to_b=growth[0],
        growth_b_to_a=growth[1],
        growth_total=growth[2],
        share_of_b_in_a_exports=_share(ab, value(year, "a_exports")),
        share_of_b_in_a_imports=_share(ba, value(year, "a_imports")),
        share_of_a_in_b_exports=_share(ba, value(year, "b_exports")),
        share_of_a_in_b_imports=_share(ab, value(year, "b_imports")),
    )


def _growth(now: float | None, before: float | None) -> float | None:
    if now is None or not before:
        return None
    return now / before - 1


def _share(part: float | None, whole: float | None) -> float | None:
    if part is None or not whole:
        return None
    return float(part) / float(whole)


def _total_or_none(by_partner: pd.Series, f: Flows, year: int) -> float | None:
    return float(by_partner.sum()) if f.has_year(year) else None


def _rank(by_partner: pd.Series) -> int | None:
    if by_partner.get(_OTHER, 0.0) <= 0:
        return None
    return int((by_partner > by_partner[_OTHER]).sum()) + 1


def _cagr_window(series: pd.DataFrame, since: int | None, year: int) -> tuple[int, int] | None:
    start = since if since is not None else (int(series.index[0]) if len(series) else None)
    if start is None or start >= year:
        return None
    return int(start), int(year)


def _cagr(rows: list[YearFlows], key: str, window: tuple[int, int] | None) -> float | None:
    """Compound annual growth rate over ``window``; None when either end is missing or zero."""
    if window is None:
        return None
    by_year = {r.year: getattr(r, "total_usd" if key == "total" else f"exports_{key}_usd") for r in rows}
    first, last = by_year.get(window[0]), by_year.get(window[1])
    if not first or last is None:
        return None
    return (last / first) ** (1 / (window[1] - window[0])) - 1


def _direction(products: pd.DataFrame, direction: str, digits: int) -> pd.Series:
    rows = products[products["direction"] == direction]
    return rows.groupby(rows["product"].str[:digits])["value_usd"].sum().sort_values(ascending=False)


def _top_products(
    products: pd.DataFrame, direction: str, top: int, names: dict[str, str]
) -> dict[str, list[ProductRow]]:
    result = {}
    for digits in (4, 6):
        values = _direction(products, direction, digits)
        total = values.sum()
        result[f"hs{digits}"] = [
            ProductRow(code=code, name=names.get(code), value_usd=float(v), share=float(v / total))
            for code, v in values.head(top).items()
            if v > 0
        ]
    return result


def _hhi(values: pd.Series) -> float | None:
    """Herfindahl–Hirschman index Σ s², s the shares of a positive total (Hirschman 1945; Herfindahl 1950)."""
    total = values.sum()
    return float(((values / total) ** 2).sum()) if total > 0 else None


def _concentration(products: pd.DataFrame, direction: str) -> Concentration:
    hs6 = _direction(products, direction, 6)
    return Concentration(
        hhi_hs6=_hhi(hs6), hhi_hs4=_hhi(_direction(products, direction, 4)), products_hs6=int((hs6 > 0).sum())
    )


def _sector_rows(products: pd.DataFrame, sectors: dict) -> list[SectorRow]:
    """Totals per goods sector, then ``other``: the products in no sector.

    Sectors may overlap (coffee is also agriculture), so the rows add up to
    the total only over distinct products: the union of the sectors plus
    ``other`` is exactly the direction's total.
    """
    totals = {d: products.loc[products["direction"] == d, "value_usd"].sum() for d in ("a_to_b", "b_to_a")}
    rows = []
    in_any = pd.Series(False, index=products.index)
    for sector in sectors.values():
        if not sector.trades_in_goods:
            continue
        mask = products["product"].str.startswith(tuple(sector.hs))
        in_any |= mask
        inside = products[mask]
        ab, ba = (float(inside.loc[inside["direction"] == d, "value_usd"].sum()) for d in ("a_to_b", "b_to_a"))
        if ab or ba:
            rows.append(
                SectorRow(sector.id, sector.label, ab, ba, _share(ab, totals["a_to_b"]), _share(ba, totals["b_to_a"]))
            )
    rows.sort(key=lambda r: -(r.exports_a_to_b_usd + r.exports_b_to_a_usd))
    rest = products[~in_any]
    ab, ba = (float(rest.loc[rest["direction"] == d, "value_usd"].sum()) for d in ("a_to_b", "b_to_a"))
    if rows and (ab or ba):
        rows.append(
            SectorRow(
                OTHER_SECTOR,
                "Other products (in no sector)",
                ab,
                ba,
                _share(ab, totals["a_to_b"]),
                _share(ba, totals["b_to_a"]),
            )
        )
    return rows


def _mirror(f: Flows, year: int, side_a: frozenset[str], side_b: frozenset[str]) -> MirrorCheck:
    """The mirror check from UN Comtrade's reports (``sources.comtrade``): both reporters' figures for each direction."""
    if f.store is None or not any(s.kind == "comtrade" for s in f.sources):
        names = ", ".join(s.name for s in f.sources) or "no source"
        return MirrorCheck(
            False,
            f"not available: {names} hold one value per flow; a mirror check needs both "
            "reporters' figures (UN Comtrade)",
        )
    from partnerlens.sources.comtrade import attach_reports  # HTTP client and all: only for a Comtrade store

    attach_reports(f.store, f.con, "comtrade_reports")
    a, b = sql_list(side_a), sql_list(side_b)

    def reported(flow: str, reporter: str, exporter: str, importer: str) -> str:
        return (
            f"CASE WHEN count(*) FILTER (WHERE reporter IN {reporter}) > 0 THEN coalesce(sum(value_usd) FILTER "
            f"(WHERE flow = '{flow}' AND reporter IN {reporter} AND exporter IN {exporter} AND importer IN {importer}), 0) END"
        )

    ab_by_a, ab_by_b, ba_by_b, ba_by_a = f.con.execute(
        f"SELECT {reported('X', a, a, b)}, {reported('M', b, a, b)}, {reported('X', b, b, a)}, {reported('M', a, b, a)} "
        f"FROM comtrade_reports WHERE year = {int(year)}"
    ).fetchone()

    def gap(by_importer, by_exporter):
        return None if by_importer is None or by_exporter is None else by_importer - by_exporter

    available = gap(ab_by_b, ab_by_a) is not None or gap(ba_by_a, ba_by_b) is not None
    note = (
        "UN Comtrade: exports as the exporter reports them (FOB) against imports as the importer reports them (CIF)"
        if available
        else f"not available: UN Comtrade holds no reports by both parties for {year}"
    )
    return MirrorCheck(
        available, note, ab_by_a, ab_by_b, gap(ab_by_b, ab_by_a), ba_by_b, ba_by_a, gap(ba_by_a, ba_by_b)
    )


def _overlap_notes(party_a: Party, party_b: Party, side_a: frozenset[str], side_b: frozenset[str]) -> list[str]:
    notes = []
    for party, side in ((party_a, side_a), (party_b, side_b)):
        left_out = party.members - side
        if left_out:
            notes.append(f"{party.name} counted without {', '.join(sorted(left_out))} (members of the other party)")
    return notes


# -- the pair's trade indices --------------------------------------------------


@dataclass
class RcaRow(Result):
    code: str
    name: str | None
    exports_usd: float  # the party's exports of the product to the world
    rca: float


@dataclass
class PairIndices(Result):
    """The trade indices of METHODS.md for one pair and year, both directions where they differ.

    Complementarity and similarity are 0–100; intensity is a ratio (> 1: more
    than the partner's weight in world imports); RCA rows are each party's
    strongest revealed comparative advantages (HS6). None where there is no data.
    """

    a: str
    b: str
    a_name: str
    b_name: str
    year: int
    complementarity_a_to_b: float | None  # A's exports against B's imports
    complementarity_b_to_a: float | None
    intensity_a_to_b: float | None
    intensity_b_to_a: float | None
    similarity: float | None  # of A's and B's export baskets
    top_rca_a: list[RcaRow]
    top_rca_b: list[RcaRow]
    synthetic: bool
    sources: list[SourceInfo]
    notes: list[str] = field(default_factory=list)


def pair_indices(
    flows: FlowsLike, a: PartyLike, b: PartyLike, year: int | None = None, *, top: int = DEFAULT_TOP
) -> PairIndices:
    """Complementarity, intensity and similarity of ``a`` and ``b``, and their top ``top`` RCA products, in ``year``."""
    party_a, party_b = as_party(a), as_party(b)
    side_a, side_b = pair_sides(party_a, party_b)
    i, j = dataclasses.replace(party_a, members=side_a), dataclasses.replace(party_b, members=side_b)
    with open_flows(flows) as f:
        year = f.year_or_latest(year)
        notes = [] if f.has_year(year) else [f"no data for {year}"]
        table = pair_table(f, year, side_a | side_b)
        strengths = [_top_rca(f, year, p, top) for p in (i, j)]
        names = f.product_names()
        sources, synthetic = list(f.sources), f.synthetic
    return PairIndices(
        a=party_a.code,
        b=party_b.code,
        a_name=party_a.name,
        b_name=party_b.name,
        year=year,
        complementarity_a_to_b=_number(indices.trade_complementarity(table, i, j, year)),
        complementarity_b_to_a=_number(indices.trade_complementarity(table, j, i, year)),
        intensity_a_to_b=_number(indices.trade_intensity(table, i, j, year)),
        intensity_b_to_a=_number(indices.trade_intensity(table, j, i, year)),
        similarity=_number(indices.export_similarity(table, i, j, year)),
        top_rca_a=[RcaRow(code, names.get(code), value, rca) for code, value, rca in strengths[0]],
        top_rca_b=[RcaRow(code, names.get(code), value, rca) for code, value, rca in strengths[1]],
        synthetic=synthetic,
        sources=sources,
        notes=notes + _overlap_notes(party_a, party_b, side_a, side_b),
    )


def _top_rca(f: Flows, year: int, party: Party, top: int) -> list[tuple[str, float, float]]:
    """(product, exports, RCA) of the party's ``top`` highest RCAs at HS6, a group counted as one economy."""
    own = exporter_rca(f, party, year, digits=6).nlargest(top, "rca")
    return list(zip(own["product"], own["export_value_usd"].astype(float), own["rca"].astype(float), strict=False))


def _number(value: float) -> float | None:
    return None if value is None or math.isnan(value) else float(value)
