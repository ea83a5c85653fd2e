"""The pair's products: what each direction trades, its largest products, its concentration and its sectors.

One DuckDB query reads the profile year's flows filtered on the parties (so that
DuckDB prunes Parquet row groups) at the finest level of the data; HS4 and HS6
tops, the Herfindahl–Hirschman index and the sector totals are sums over that
small table (a few thousand rows), in plain Python (:mod:`partnerlens.sums`: the same
floats pandas gave).
"""

from __future__ import annotations

import math

from partnerlens.analytics.flows import Flows, direction_filter, product_filter
from partnerlens.analytics.profile.model import Concentration, ProductRow, SectorRow
from partnerlens.analytics.profile.series import share
from partnerlens.sums import grouped_sums, pairwise_sum

OTHER_SECTOR = "other"  # the sector row of products in no sector of the taxonomy

Products = list[tuple[str, str, float]]
"""``(direction, product, value_usd)`` rows of the pair's trade, in the order DuckDB returned them."""


def bilateral_products(
    f: Flows, year: int, side_a: frozenset[str], side_b: frozenset[str], products: list[str] | None = None
) -> Products:
    """``direction, product, value_usd`` of the pair's trade in ``year`` at the finest level of the data."""
    parts = [
        f"SELECT '{name}' AS direction, product, sum(value_usd) AS value_usd FROM flows "
        f"WHERE year = {int(year)} AND {direction_filter(exp, imp)} AND {product_filter(products)} GROUP BY product"
        for name, exp, imp in (("a_to_b", side_a, side_b), ("b_to_a", side_b, side_a))
    ]
    return [(d, str(p), float(v)) for d, p, v in f.con.execute(" UNION ALL ".join(parts)).fetchall()]


Basket = list[tuple[str, float]]
"""``(code, value)`` of one direction at one level (HS4 or HS6), largest first (ties in code order)."""


def baskets(products: Products) -> dict[tuple[str, int], Basket]:
    """Each direction's basket at HS4 and HS6, keyed ``(direction, digits)``: summed once per profile."""
    found = {}
    for direction in ("a_to_b", "b_to_a"):
        rows = [(p, v) for d, p, v in products if d == direction]
        for digits in (4, 6):
            sums = grouped_sums((p[:digits], v) for p, v in rows)
            found[(direction, digits)] = sorted(sums.items(), key=lambda item: -item[1])
    return found


def _values(products: Products, direction: str) -> list[float]:
    return [v for d, _, v in products if d == direction]


def top_products(
    found: dict[tuple[str, int], Basket], direction: str, top: int, names: dict[str, str]
) -> dict[str, list[ProductRow]]:
    """The ``top`` products of one direction at HS4 and HS6 (``found``: :func:`baskets`), with names and shares."""
    result = {}
    for digits in (4, 6):
        values = found[(direction, digits)]
        total = pairwise_sum([v for _, v in values])
        result[f"hs{digits}"] = [
            ProductRow(code=code, name=names.get(code), value_usd=v, share=v / total if total else math.nan)
            for code, v in values[:top]
            if v > 0
        ]
    return result


def _hhi(values: list[float]) -> float | None:
    """Herfindahl–Hirschman index Σ s², s the shares of a positive total (Hirschman 1945; Herfindahl 1950)."""
    total = pairwise_sum(values)
    return pairwise_sum([(v / total) * (v / total) for v in values]) if total > 0 else None


def concentration(found: dict[tuple[str, int], Basket], direction: str) -> Concentration:
    """The HHI of one direction's basket at HS6 and HS4 (``found``: :func:`baskets`)."""
    hs6 = [v for _, v in found[(direction, 6)]]
    return Concentration(
        hhi_hs6=_hhi(hs6),
        hhi_hs4=_hhi([v for _, v in found[(direction, 4)]]),
        products_hs6=sum(1 for v in hs6 if v > 0),
    )


def sector_rows(products: Products, sectors: dict) -> list[SectorRow]:
    """Totals per goods sector, then ``other``: the products in no sector.

    Sectors may overlap (coffee is also agriculture), so the rows add up to
    the total only over distinct products: the union of the sectors plus
    ``other`` is exactly the direction's total.
    """
    totals = {d: pairwise_sum(_values(products, d)) for d in ("a_to_b", "b_to_a")}
    goods = [sector for sector in sectors.values() if sector.trades_in_goods]
    by_prefix: dict[str, set[int]] = {}  # HS prefix → the goods sectors it opens
    for number, sector in enumerate(goods):
        for prefix in sector.hs:
            by_prefix.setdefault(prefix, set()).add(number)
    lengths = sorted({len(prefix) for prefix in by_prefix})
    members: list[Products] = [[] for _ in goods]  # each sector's rows, in the table's order
    in_any = [False] * len(products)
    sectors_of: dict[str, tuple[int, ...]] = {}  # product code → its sectors (a code comes once per direction)
    for i, row in enumerate(products):
        code = row[1]
        found = sectors_of.get(code)
        if found is None:
            found = sectors_of[code] = tuple(
                {n for length in lengths if len(code) >= length for n in by_prefix.get(code[:length], ())}
            )
        for n in found:
            members[n].append(row)
        in_any[i] = bool(found)
    rows = []
    for sector, inside in zip(goods, members, strict=True):
        ab, ba = (pairwise_sum(_values(inside, d)) for d in ("a_to_b", "b_to_a"))
        if ab or ba:
            rows.append(
                SectorRow(sector.id, sector.label, ab, ba, share(ab, totals["a_to_b"]), share(ba, totals["b_to_a"]))
            )
    rows.sort(key=lambda r: -(r.exports_a_to_b_usd + r.exports_b_to_a_usd))
    rest = [row for row, counted in zip(products, in_any, strict=True) if not counted]
    ab, ba = (pairwise_sum(_values(rest, d)) for d in ("a_to_b", "b_to_a"))
    if rows and (ab or ba):
        rows.append(
            SectorRow(
                OTHER_SECTOR,
                "Other products (in no sector)",
                ab,
                ba,
                share(ab, totals["a_to_b"]),
                share(ba, totals["b_to_a"]),
            )
        )
    return rows
