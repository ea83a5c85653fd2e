"""Totals, series, shares and ranks of a pair, over the pair-level table (pair totals or a product selection).

Per year of the data: A→B, B→A and each party's exports and imports (trade
within a party excluded), with year-on-year growth, compound annual growth and
the shares of each party in the other's trade; in the profile year, where each
party stands among the other's partners. All sums run in DuckDB over the
flows summed by pair of economies (``Flows.pair_totals``); Python sees a few
rows a year (no pandas: :mod:`partnerlens.sums`).
"""

from __future__ import annotations

from partnerlens.analytics.flows import Flows, product_filter, sql_list
from partnerlens.analytics.profile.model import Standing, YearFlows
from partnerlens.sums import pairwise_sum

OTHER = "_OTHER_PARTY"  # the other party of the pair, counted as one partner when ranking
MEASURES = ("a_to_b", "b_to_a", "a_exports", "a_imports", "b_exports", "b_imports")

Series = dict[int, dict[str, float]]
"""Per year of the data (ascending): each of :data:`MEASURES`, 0.0 where the year has no such trade."""

ByPartner = list[tuple[str, float]]
"""``(partner, value)`` with a positive value, in partner order (the other party as ``_OTHER_PARTY``)."""


def pair_source(f: Flows, products: list[str] | None) -> str:
    """The pair-level table to read: the cached pair totals, or the flows of ``products`` summed by pair."""
    if not products:
        return f.pair_totals()
    return (
        f"(SELECT year, exporter, importer, sum(value_usd) AS value_usd FROM flows "
        f"WHERE {product_filter(products)} GROUP BY ALL)"
    )


def series_table(f: Flows, side_a: frozenset[str], side_b: frozenset[str], source: str) -> Series:
    """Per year of the data: A→B, B→A and each party's exports and imports (trade within a party excluded)."""
    conditions = {
        "a_to_b": "exporter_side = 'a' AND importer_side = 'b'",
        "b_to_a": "exporter_side = 'b' AND importer_side = 'a'",
        "a_exports": "exporter_side = 'a' AND importer_side <> 'a'",
        "a_imports": "importer_side = 'a' AND exporter_side <> 'a'",
        "b_exports": "exporter_side = 'b' AND importer_side <> 'b'",
        "b_imports": "importer_side = 'b' AND exporter_side <> 'b'",
    }
    sums = ", ".join(
        f"coalesce(sum(value_usd ORDER BY exporter, importer) FILTER (WHERE {conditions[m]}), 0) AS {m}"
        for m in MEASURES
    )  # summed in one order: the same floats whichever files or threads the rows come from
    labelled = f.with_sides(source, {"a": side_a, "b": side_b})
    found = {
        int(year): dict(zip(MEASURES, (float(v) for v in values), strict=True))
        for year, *values in f.con.execute(
            f"SELECT year, {sums} FROM {labelled} WHERE exporter_side <> '' OR importer_side <> '' GROUP BY year"
        ).fetchall()
    }
    return {int(y): found.get(int(y), dict.fromkeys(MEASURES, 0.0)) for y in f.years}


def standing(f: Flows, year: int, side: frozenset[str], other: frozenset[str], source: str) -> Standing:
    """``other``'s share and rank among ``side``'s export destinations and import origins in ``year``."""
    exports = _by_partner(f, year, side, other, "exporter", "importer", source)
    imports = _by_partner(f, year, side, other, "importer", "exporter", source)
    return standing_from(exports, imports, f.has_year(year))


def standing_from(exports: ByPartner, imports: ByPartner, covered: bool) -> Standing:
    """The standing from the partners' values (in partner order, the other party as ``_OTHER_PARTY``)."""
    exported, imported = _total(exports), _total(imports)  # each summed and searched once (hundreds of partners)
    other_exports, other_imports = _other(exports), _other(imports)
    return Standing(
        exports_usd=exported if covered else None,
        imports_usd=imported if covered else None,
        share_of_exports=share(other_exports, exported),
        share_of_imports=share(other_imports, imported),
        rank_in_exports=_rank(exports, other_exports),
        rank_in_imports=_rank(imports, other_imports),
        export_partners=len(exports),
        import_partners=len(imports),
    )


def _by_partner(
    f: Flows, year: int, side: frozenset[str], other: frozenset[str], own: str, partner: str, source: str
) -> ByPartner:
    members, others = sql_list(side), sql_list(other)
    rows = f.con.execute(
        f"SELECT CASE WHEN {partner} IN {others} THEN '{OTHER}' ELSE {partner} END AS partner, "
        f"sum(value_usd ORDER BY exporter, importer) AS v "
        f"FROM {source} WHERE year = {int(year)} AND {own} IN {members} AND {partner} NOT IN {members} "
        "GROUP BY partner HAVING sum(value_usd) > 0 ORDER BY partner"  # one order: the same total from any files
    ).fetchall()
    return [(str(code), float(value)) for code, value in rows]


def _total(by_partner: ByPartner) -> float:
    return pairwise_sum([value for _, value in by_partner])


def _other(by_partner: ByPartner) -> float:
    """The other party's value (its one row; searched from the end, where ``_OTHER_PARTY`` sorts after ISO3 codes)."""
    return next((value for code, value in reversed(by_partner) if code == OTHER), 0.0)


def absent(series: Series, year: int, party: str) -> bool:
    row = series[year]
    return row[f"{party}_exports"] == 0 and row[f"{party}_imports"] == 0


def year_row(series: Series, year: int) -> YearFlows:
    def value(y: int, column: str) -> float | None:
        if y not in series or absent(series, y, "a") or absent(series, y, "b"):
            return None
        return series[y][column]

    def pair(y: int) -> tuple[float | None, float | None, float | None]:
        ab, ba = value(y, "a_to_b"), value(y, "b_to_a")
        return ab, ba, None if ab is None or ba is None else ab + ba

    now, before = pair(year), pair(year - 1)
    ab, ba, total = now
    growth = [_growth(n, p) for n, p in zip(now, before, strict=False)]
    return YearFlows(
        year=int(year),
        exports_a_to_b_usd=ab,
        exports_b_to_a_usd=ba,
        total_usd=total,
        balance_usd=None if ab is None or ba is None else ab - ba,
        growth_a_to_b=growth[0],
        growth_b_to_a=growth[1],
        growth_total=growth[2],
        share_of_b_in_a_exports=share(ab, value(year, "a_exports")),
        share_of_b_in_a_imports=share(ba, value(year, "a_imports")),
        share_of_a_in_b_exports=share(ba, value(year, "b_exports")),
        share_of_a_in_b_imports=share(ab, value(year, "b_imports")),
    )


def _growth(now: float | None, before: float | None) -> float | None:
    if now is None or not before:
        return None
    return now / before - 1


def share(part: float | None, whole: float | None) -> float | None:
    if part is None or not whole:
        return None
    return float(part) / float(whole)


def _rank(by_partner: ByPartner, other: float) -> int | None:
    """The rank of the other party (its value ``other``) among the partners: 1 + those with more."""
    if other <= 0:
        return None
    return sum(1 for _, value in by_partner if value > other) + 1


def cagr_window(series: Series, since: int | None, year: int) -> tuple[int, int] | None:
    start = since if since is not None else (next(iter(series)) if series else None)
    if start is None or start >= year:
        return None
    return int(start), int(year)


def cagr(rows: list[YearFlows], key: str, window: tuple[int, int] | None) -> float | None:
    """Compound annual growth rate over ``window``; None when either end is missing or zero."""
    if window is None:
        return None
    by_year = {r.year: getattr(r, "total_usd" if key == "total" else f"exports_{key}_usd") for r in rows}
    first, last = by_year.get(window[0]), by_year.get(window[1])
    if not first or last is None:
        return None
    return (last / first) ** (1 / (window[1] - window[0])) - 1
