"""One product, one pair: everything a desk officer asks before a visit ("could Rwandan coffee sell in Azerbaijan?").

:func:`product_detail` gathers, for exporter i, market j and product k (an HS
code of 2, 4 or 6 digits) in a year: j's imports of k from outside j and its
top suppliers with their shares; i's exports of k, its share of world exports
and its RCA; the distance from i to j; the export potential and untapped value
of k (:func:`~partnerlens.analytics.potential.assemble.export_potential` at
the code's level, projected to the target year); and the pair's series of k
for every year of the data.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd

from partnerlens.analytics.flows import (
    FlowsLike,
    PartyLike,
    Result,
    as_party,
    exporter_rca,
    flow_values,
    open_flows,
    pair_sides,
    product_filter,
    sql_list,
)
from partnerlens.analytics.potential.assemble import export_potential, require_year
from partnerlens.errors import PartnerlensError
from partnerlens.jsonable import jsonable
from partnerlens.store import SourceInfo

DEFAULT_SUPPLIERS = 5


@dataclass
class ProductDetail(Result):
    """One product for one exporter and market (see the module docstring). ``suppliers``: supplier, value, share."""

    exporter: str
    exporter_name: str
    market: str
    market_name: str
    product: str
    name: str | None
    year: int
    target_year: int
    market_imports_usd: float
    suppliers: pd.DataFrame
    exporter_exports_usd: float
    world_share: float | None
    rca: float | None
    distance_km: float | None
    potential_usd: float | None
    actual_usd: float
    untapped_usd: float | None
    series: list[dict]
    synthetic: bool
    sources: list[SourceInfo]
    notes: list[str] = field(default_factory=list)

    def to_dict(self) -> dict:
        payload = super().to_dict()
        payload["suppliers"] = jsonable(self.suppliers)
        return payload


def product_detail(
    flows: FlowsLike,
    exporter: PartyLike,
    market: PartyLike,
    product: str,
    year: int | None = None,
    *,
    suppliers: int = DEFAULT_SUPPLIERS,
    **potential_options,
) -> ProductDetail:
    """The drill-down of ``product`` for ``exporter`` → ``market`` in ``year`` (default: latest).

    ``suppliers``: how many of the market's suppliers to list (by value);
    ``potential_options`` go to :func:`export_potential` (``target_year``, ``theta`` …).
    """
    digits = len(product)
    if digits not in (2, 4, 6) or not product.isdigit():
        raise PartnerlensError(f"a product is an HS code of 2, 4 or 6 digits, not {product!r}")
    seller, buyer = as_party(exporter), as_party(market)  # one market: both sides are parties
    _, market_side = pair_sides(seller, buyer)
    with open_flows(flows) as f:
        year = f.year_or_latest(year)
        require_year(f, year)
        potential = export_potential(f, seller, buyer, year, products=[product], digits=digits, **potential_options)
        table = _suppliers(f, year, market_side, product)
        rca = exporter_rca(f, seller, year, digits)
        series = flow_values(f, seller, buyer, products=[product])
        names, sources, synthetic = f.product_names(), list(f.sources), f.synthetic
    total = float(table["value_usd"].sum())
    table["share"] = table["value_usd"] / total if total > 0 else float("nan")
    own = rca[rca["product"] == product]
    exported = float(own["export_value_usd"].iloc[0]) if len(own) else 0.0
    row = potential.products.iloc[0] if len(potential.products) else None
    world = _world_share(potential)
    notes = [n for n in potential.notes if not n.startswith("products ")]
    if row is None:
        notes.append(f"{buyer.name} imports no {product} from outside, or {seller.name} exports none: no potential")
    return ProductDetail(
        exporter=seller.code,
        exporter_name=seller.name,
        market=buyer.code,
        market_name=buyer.name,
        product=product,
        name=names.get(product),
        year=year,
        target_year=potential.target_year,
        market_imports_usd=total,
        suppliers=table.head(suppliers).reset_index(drop=True),
        exporter_exports_usd=exported,
        world_share=world,
        rca=float(own["rca"].iloc[0]) if len(own) else None,
        distance_km=_float(row["distance_km"]) if row is not None else None,
        potential_usd=_float(row["potential_usd"]) if row is not None else None,
        actual_usd=float(row["actual_usd"]) if row is not None else float(series.get(year, 0.0)),
        untapped_usd=_float(row["untapped_usd"]) if row is not None else None,
        series=[{"year": int(y), "value_usd": _float(v)} for y, v in series.items()],
        synthetic=synthetic,
        sources=sources,
        notes=notes,
    )


def _suppliers(f, year: int, market_side: frozenset[str], product: str) -> pd.DataFrame:
    """The market's imports of ``product`` by supplier outside the market, largest first."""
    members = sql_list(market_side)
    return f.df(
        f"SELECT exporter AS supplier, sum(value_usd) AS value_usd FROM flows WHERE year = {int(year)} "
        f"AND importer IN {members} AND exporter NOT IN {members} AND {product_filter([product])} "
        "GROUP BY exporter HAVING sum(value_usd) > 0 ORDER BY value_usd DESC, supplier"
    )


def _world_share(potential) -> float | None:
    """The exporter's share of world exports of the product (the supply step's base share)."""
    if potential.products.empty:
        return None
    share = potential.products["supply_share"].iloc[0]
    return None if pd.isna(share) else float(share)


def _float(value) -> float | None:
    return None if value is None or pd.isna(value) else float(value)
