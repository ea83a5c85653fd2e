"""The pair's products: what each direction trades, its largest products, its concentration and its sectors.

One DuckDB query reads the profile year's flows filtered on the parties (so that
DuckDB prunes Parquet row groups) at the finest level of the data; HS4 and HS6
tops, the Herfindahl–Hirschman index and the sector totals are sums over that
small table (a few thousand rows).
"""

from __future__ import annotations

import pandas as pd

from partnerlens.analytics.flows import Flows, direction_filter, product_filter
from partnerlens.analytics.profile.model import Concentration, ProductRow, SectorRow
from partnerlens.analytics.profile.series import share

OTHER_SECTOR = "other"  # the sector row of products in no sector of the taxonomy


def bilateral_products(
    f: Flows, year: int, side_a: frozenset[str], side_b: frozenset[str], products: list[str] | None = None
) -> pd.DataFrame:
    """``direction, product, value_usd`` of the pair's trade in ``year`` at the finest level of the data."""
    parts = [
        f"SELECT '{name}' AS direction, product, sum(value_usd) AS value_usd FROM flows "
        f"WHERE year = {int(year)} AND {direction_filter(exp, imp)} AND {product_filter(products)} GROUP BY product"
        for name, exp, imp in (("a_to_b", side_a, side_b), ("b_to_a", side_b, side_a))
    ]
    return f.df(" UNION ALL ".join(parts))


def _direction(products: pd.DataFrame, direction: str, digits: int) -> pd.Series:
    rows = products[products["direction"] == direction]
    return rows.groupby(rows["product"].str[:digits])["value_usd"].sum().sort_values(ascending=False)


def top_products(
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


def concentration(products: pd.DataFrame, direction: str) -> Concentration:
    hs6 = _direction(products, direction, 6)
    return Concentration(
        hhi_hs6=_hhi(hs6), hhi_hs4=_hhi(_direction(products, direction, 4)), products_hs6=int((hs6 > 0).sum())
    )


def sector_rows(products: pd.DataFrame, sectors: dict) -> list[SectorRow]:
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
                SectorRow(sector.id, sector.label, ab, ba, share(ab, totals["a_to_b"]), share(ba, totals["b_to_a"]))
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
                share(ab, totals["a_to_b"]),
                share(ba, totals["b_to_a"]),
            )
        )
    return rows
