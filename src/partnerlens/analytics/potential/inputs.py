"""What export potential reads from the flows: DuckDB queries that return small tables for the pure steps.

* :func:`demand_view` — every importer's imports per product in a year, with
  the value and value × distance of the suppliers CEPII has a distance for
  (computed once per state of the store, ``Flows.aggregate``);
* :func:`market_rows` — per base year, market economy and product the exporter
  supplies: the market's imports (less a group market's internal trade), the
  mean distance of its suppliers and what the exporter sold there;
* :func:`supply_rows` — per base year and product, the exporter's exports and
  the world's (less a group exporter's internal trade);
* :func:`seller_imports`, :func:`seller_weights`, :func:`supplier_imports` —
  the exporter's own imports (re-export damping), its members' exports to the
  world (distance weights), and the markets' imports by supplier (tariff
  weights).
"""

from __future__ import annotations

import importlib.metadata

import pandas as pd

from partnerlens.analytics.flows import Flows, sql_list
from partnerlens.reference.geography import distances

_NO_INTRA = "SELECT NULL::VARCHAR AS importer, NULL::VARCHAR AS product, 0.0 AS imports, 0.0 AS known, 0.0 AS weighted WHERE false"
_DISTANCES_VERSION = importlib.metadata.version("atlas-common-data")


def _register_distances(f: Flows) -> None:
    f.memoised(("distances_input",), lambda: f.con.register("distances_input", distances()[["exporter", "importer", "distw"]]))


def _demand_sql(source: str, digits: int) -> str:
    """Imports per importer × product of ``source`` (flows), with the value and value × distance of known distances."""
    return (
        f"SELECT y.importer, left(y.product, {digits}) AS product, sum(y.value_usd) AS imports, "
        "sum(y.value_usd) FILTER (WHERE d.distw IS NOT NULL) AS known, sum(y.value_usd * d.distw) AS weighted "
        f"FROM {source} y LEFT JOIN distances_input d ON d.exporter = y.exporter AND d.importer = y.importer "
        "GROUP BY ALL"
    )


def demand_view(f: Flows, year: int, digits: int) -> str:
    """View of every importer's imports per product in ``year``, with supplier distances (CEPII ``distw``)."""
    _register_distances(f)
    sql = _demand_sql(f"(SELECT * FROM flows WHERE year = {int(year)})", digits)
    return f.aggregate(f"demand_{int(year)}_hs{digits}", f"{sql} /* distances: atlas-common-data {_DISTANCES_VERSION} */")


def intra_sql(f: Flows, year: int, members: frozenset[str] | None, digits: int) -> str:
    """SQL: the demand rows of trade among ``members`` in ``year`` (empty for one economy or none)."""
    if members is None or len(members) < 2:
        return _NO_INTRA
    _register_distances(f)
    codes = sql_list(members)
    return _demand_sql(f"(SELECT * FROM flows WHERE year = {int(year)} AND exporter IN {codes} AND importer IN {codes})", digits)


def supply_rows(f: Flows, years: list[int], side: frozenset[str], digits: int) -> pd.DataFrame:
    """``year, product, exports_usd, world_usd``: the exporter's exports outside itself and world exports (less its internal trade)."""
    members = sql_list(side)
    parts = []
    for year in years:
        demand = demand_view(f, year, digits)
        parts.append(f"""
            SELECT {int(year)} AS year, s.product, s.v AS exports_usd, w.v - coalesce(i.v, 0) AS world_usd FROM
            (SELECT left(product, {digits}) AS product, sum(value_usd) AS v FROM flows
             WHERE year = {int(year)} AND exporter IN {members} AND importer NOT IN {members} GROUP BY ALL) s
            JOIN (SELECT product, sum(imports) AS v FROM {demand} GROUP BY product) w USING (product)
            LEFT JOIN (SELECT product, sum(imports) AS v FROM ({intra_sql(f, year, side, digits)}) GROUP BY product) i USING (product)
            WHERE s.v > 0""")
    return f.df(" UNION ALL ".join(parts))


def market_rows(f: Flows, years: list[int], side: frozenset[str], market_side: frozenset[str] | None,
                digits: int) -> pd.DataFrame:
    """``year, market, product, market_imports_usd, supplier_distance_km, actual_usd`` for products the exporter supplies.

    ``market_side`` None: every economy outside the exporter is a market.
    Markets are economies (a group market's members, each less the trade
    within the group).
    """
    members = sql_list(side)
    f.register_sides({"seller": side} if market_side is None else {"seller": side, "market": market_side})
    in_market = ("m.importer NOT IN (SELECT code FROM party_sides WHERE side = 'seller')" if market_side is None
                 else "m.importer IN (SELECT code FROM party_sides WHERE side = 'market')")
    parts = []
    for year in years:
        demand = demand_view(f, year, digits)
        parts.append(f"""
            SELECT {int(year)} AS year, m.importer AS market, m.product, m.imports - coalesce(x.imports, 0) AS market_imports_usd,
                   (m.weighted - coalesce(x.weighted, 0)) / nullif(m.known - coalesce(x.known, 0), 0) AS supplier_distance_km,
                   coalesce(a.v, 0) AS actual_usd
            FROM {demand} m
            SEMI JOIN (SELECT DISTINCT left(product, {digits}) AS product FROM flows
                       WHERE year = {int(year)} AND exporter IN {members} AND importer NOT IN {members} AND value_usd > 0) s
                 ON s.product = m.product
            LEFT JOIN ({intra_sql(f, year, market_side, digits)}) x ON x.importer = m.importer AND x.product = m.product
            LEFT JOIN (SELECT importer, left(product, {digits}) AS product, sum(value_usd) AS v FROM flows
                       WHERE year = {int(year)} AND exporter IN {members} AND importer NOT IN {members} GROUP BY ALL) a
                 ON a.importer = m.importer AND a.product = m.product
            WHERE {in_market} AND m.imports - coalesce(x.imports, 0) > 1e-9 * m.imports""")
    return f.df(" UNION ALL ".join(parts))


def seller_imports(f: Flows, year: int, side: frozenset[str], digits: int) -> pd.Series:
    """The exporter's imports per product from outside itself in ``year`` (for re-export damping)."""
    members = sql_list(side)
    table = f.df(
        f"SELECT m.product, sum(m.imports) - coalesce(any_value(i.v), 0) AS imports FROM {demand_view(f, year, digits)} m "
        f"LEFT JOIN (SELECT product, sum(imports) AS v FROM ({intra_sql(f, year, side, digits)}) GROUP BY product) i "
        f"USING (product) WHERE m.importer IN {members} GROUP BY m.product"
    )
    return table.set_index("product")["imports"].astype(float)


def seller_weights(f: Flows, year: int, side: frozenset[str]) -> pd.Series:
    """Each member's exports to the world outside the exporter in ``year`` (USD), by ISO3."""
    members = sql_list(side)
    table = f.df(
        f"SELECT exporter, sum(value_usd) AS v FROM {f.pair_totals()} "
        f"WHERE year = {int(year)} AND exporter IN {members} AND importer NOT IN {members} GROUP BY exporter"
    )
    weights = table.set_index("exporter")["v"].astype(float)
    return weights.reindex(sorted(side)).fillna(0.0)


def supplier_imports(f: Flows, year: int, tariffs: pd.DataFrame, digits: int) -> pd.DataFrame:
    """``importer, exporter, product, value_usd`` for the importer × product pairs of ``tariffs`` in ``year``."""
    f.con.register("tariff_keys_input", tariffs[["importer", "product"]].drop_duplicates())
    return f.df(
        f"SELECT y.importer, y.exporter, left(y.product, {digits}) AS product, sum(y.value_usd) AS value_usd FROM flows y "
        f"SEMI JOIN tariff_keys_input k ON k.importer = y.importer AND k.product = left(y.product, {digits}) "
        f"WHERE y.year = {int(year)} GROUP BY ALL"
    )
