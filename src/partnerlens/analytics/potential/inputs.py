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
import pyarrow as pa
import pyarrow.compute as pc

from partnerlens.analytics.flows import Flows, sql_list
from partnerlens.reference.geography import distances

_NO_INTRA = (
    "SELECT NULL::VARCHAR AS importer, NULL::VARCHAR AS product, 0.0::DOUBLE AS imports, 0.0::DOUBLE AS known, "
    "0.0::DOUBLE AS weighted WHERE false"
)
_DISTANCES_VERSION = importlib.metadata.version("atlas-common-data")


def _register_distances(f: Flows) -> None:
    f.memoised(
        ("distances_input",), lambda: f.con.register("distances_input", distances()[["exporter", "importer", "distw"]])
    )


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
    return f.aggregate(
        f"demand_{int(year)}_hs{digits}", f"{sql} /* distances: atlas-common-data {_DISTANCES_VERSION} */"
    )


def world_view(f: Flows, year: int, digits: int) -> str:
    """View of ``product, v``: world imports per product in ``year`` (from the demand aggregate; a few thousand rows)."""
    return f.aggregate(
        f"world_{int(year)}_hs{digits}",
        f"SELECT product, sum(imports) AS v FROM {demand_view(f, year, digits)} GROUP BY product",
    )


def intra_sql(f: Flows, year: int, members: frozenset[str] | None, digits: int) -> str:
    """SQL: the demand rows of trade among ``members`` in ``year`` (empty for one economy or none)."""
    if members is None or len(members) < 2:
        return _NO_INTRA
    _register_distances(f)
    codes = sql_list(members)
    return _demand_sql(
        f"(SELECT * FROM flows WHERE year = {int(year)} AND exporter IN {codes} AND importer IN {codes})", digits
    )


def supply_sql(f: Flows, year: int, side: frozenset[str], digits: int) -> str:
    """SQL of ``year, product, exports_usd, world_usd``: the exporter's exports outside itself and world exports
    (less its internal trade), for the products it exports."""
    members = sql_list(side)
    return f"""
        SELECT {int(year)} AS year, s.product, s.v AS exports_usd, w.v - coalesce(i.v, 0) AS world_usd FROM
        (SELECT left(product, {digits}) AS product, sum(value_usd) AS v FROM flows
         WHERE year = {int(year)} AND exporter IN {members} AND importer NOT IN {members} GROUP BY ALL) s
        JOIN {world_view(f, year, digits)} w USING (product)
        LEFT JOIN (SELECT product, sum(imports) AS v FROM ({intra_sql(f, year, side, digits)}) GROUP BY product) i USING (product)
        WHERE s.v > 0"""


def supply_rows(f: Flows, year: int, side: frozenset[str], digits: int) -> pd.DataFrame:
    """:func:`supply_sql` of ``year`` as a DataFrame."""
    return f.df(supply_sql(f, year, side, digits))


def market_sql(
    f: Flows, year: int, side: frozenset[str], market_side: frozenset[str] | None, digits: int, restrict: bool = True
) -> str:
    """SQL of ``year, market, product, market_imports_usd, supplier_distance_km, actual_usd`` for the products the
    exporter supplies.

    ``market_side`` None: every economy outside the exporter is a market.
    Markets are economies (a group market's members, each less the trade
    within the group). The exporter's sales are read once (its members'
    flows, which DuckDB finds in few row groups) and joined to the year's
    cached demand aggregate. Needs :meth:`Flows.register_sides` with
    ``seller`` (and ``market``) first. ``restrict=False`` leaves the rows of
    products the exporter does not supply in (for a caller that joins supply itself).
    """
    members = sql_list(side)
    in_market = (
        "m.importer NOT IN (SELECT code FROM party_sides WHERE side = 'seller')"
        if market_side is None
        else "m.importer IN (SELECT code FROM party_sides WHERE side = 'market')"
    )
    demand = demand_view(f, year, digits)
    if market_side is not None and len(market_side) > 1:  # a group market: less the trade among its members
        intra = f"LEFT JOIN ({intra_sql(f, year, market_side, digits)}) x ON x.importer = m.importer AND x.product = m.product"
        imports, weighted, known = (
            "m.imports - coalesce(x.imports, 0)",
            "m.weighted - coalesce(x.weighted, 0)",
            "m.known - coalesce(x.known, 0)",
        )
    else:  # no join to an empty table: string-keyed joins over a million rows are the cost of this query
        intra, imports, weighted, known = "", "m.imports", "m.weighted", "m.known"
    supplied = "JOIN supplied s ON s.product = m.product" if restrict else ""
    return f"""
        WITH sales AS (
            SELECT importer, left(product, {digits}) AS product, sum(value_usd) AS v FROM flows
            WHERE year = {int(year)} AND exporter IN {members} AND importer NOT IN {members} GROUP BY ALL
        ),
        supplied AS (SELECT DISTINCT product FROM sales WHERE v > 0)
        SELECT {int(year)} AS year, m.importer AS market, m.product, {imports} AS market_imports_usd,
               ({weighted}) / nullif({known}, 0) AS supplier_distance_km, coalesce(a.v, 0) AS actual_usd
        FROM {demand} m {supplied} {intra}
        LEFT JOIN sales a ON a.importer = m.importer AND a.product = m.product
        WHERE {in_market} AND {imports} > 1e-9 * m.imports"""


def register_market_sides(f: Flows, side: frozenset[str], market_side: frozenset[str] | None) -> None:
    f.register_sides({"seller": side} if market_side is None else {"seller": side, "market": market_side})


def market_rows(
    f: Flows, year: int, side: frozenset[str], market_side: frozenset[str] | None, digits: int
) -> pd.DataFrame:
    """:func:`market_sql` of ``year`` as a DataFrame, ``market`` and ``product`` as categoricals (sorted categories)."""
    register_market_sides(f, side, market_side)
    table = f.con.execute(market_sql(f, year, side, market_side, digits)).arrow()
    table = table.read_all() if isinstance(table, pa.RecordBatchReader) else table
    for name in ("market", "product"):  # dictionary-encoded in Arrow (C++), categorical in pandas: no string per cell
        if table.num_rows:
            table = table.set_column(table.schema.get_field_index(name), name, pc.dictionary_encode(table.column(name)))
    rows = table.to_pandas()
    if not table.num_rows:
        rows = rows.astype({"market": "category", "product": "category"})
    for name in ("market", "product"):  # sorted categories: ties sort by code
        rows[name] = rows[name].cat.set_categories(sorted(rows[name].cat.categories))
    return rows


def ease_rows(
    f: Flows,
    years: list[int],
    side: frozenset[str],
    market_side: frozenset[str] | None,
    digits: int,
    seller_km: pd.Series,
    theta: float,
    access: pd.DataFrame | None,
    group: str | None,
) -> pd.DataFrame:
    """``market, year, actual_usd, predicted_usd`` per base year, summed in DuckDB (a few hundred rows).

    ``predicted = Σ_k s[i,k,y] · M[j,k,y] · (d[i,j] / d̄[j,k,y])^(−θ) · access[j,k]`` — the same
    product as :mod:`.assemble` computes per row for the base year (the tests check that both
    agree), summed here so that the earlier years' rows never reach pandas; ``actual`` is the pair's
    trade from the cached pair totals. ``group``: a group market's code, under which its members'
    rows are summed.
    """
    if not years:
        return pd.DataFrame(
            {
                "market": pd.Series(dtype=str),
                "year": pd.Series(dtype=int),
                "actual_usd": pd.Series(dtype=float),
                "predicted_usd": pd.Series(dtype=float),
            }
        )
    f.con.register(
        "seller_km_input", pd.DataFrame({"market": seller_km.index.astype(str), "km": seller_km.to_numpy(float)})
    )
    f.con.execute("CREATE OR REPLACE TEMP TABLE seller_km AS SELECT market::VARCHAR AS market, km FROM seller_km_input")
    factor, join = "1.0", ""
    if access is not None:
        f.con.register("access_input", access[["market", "product", "access"]])
        factor, join = (
            "coalesce(a.access, 1.0)",
            "LEFT JOIN access_input a ON a.market = m.importer AND a.product = m.product",
        )
    register_market_sides(f, side, market_side)
    market = f"'{group}'" if group else "p.importer"
    grouped = market_side is not None and len(market_side) > 1
    in_market = (
        "m.importer NOT IN (SELECT code FROM party_sides WHERE side = 'seller')"
        if market_side is None
        else "m.importer IN (SELECT code FROM party_sides WHERE side = 'market')"
    )
    selective = f"AND {in_market}" if market_side is not None else ""  # one market or a group: filter early
    predicted = []
    for year in years:
        intra = (
            f"LEFT JOIN ({intra_sql(f, year, market_side, digits)}) x ON x.importer = m.importer AND x.product = m.product"
            if grouped
            else ""
        )
        imports, weighted, known = (
            (
                "m.imports - coalesce(x.imports, 0)",
                "m.weighted - coalesce(x.weighted, 0)",
                "m.known - coalesce(x.known, 0)",
            )
            if grouped
            else ("m.imports", "m.weighted", "m.known")
        )
        # (d[i,j] / d̄[j,k])^(−θ) = d[i,j]^(−θ) · d̄[j,k]^θ: the exporter's distance is applied once per importer,
        # after the sum over products, so the million-row part joins one small table (supply) only
        predicted.append(f"""
            WITH s AS ({supply_sql(f, year, side, digits)}),
            per_importer AS (
                SELECT m.importer, sum(s.exports_usd / nullif(s.world_usd, 0) * ({imports})
                                       * pow(({weighted}) / nullif({known}, 0), {float(theta)}) * {factor}) AS v
                FROM {demand_view(f, year, digits)} m JOIN s ON s.product = m.product {intra} {join}
                WHERE {imports} > 1e-9 * m.imports {selective}
                GROUP BY m.importer
            )
            SELECT {market} AS market, {int(year)} AS year, sum(p.v * pow(k.km, {-float(theta)})) AS predicted_usd
            FROM per_importer p JOIN seller_km k ON k.market = p.importer
            WHERE {in_market.replace("m.importer", "p.importer")}
            GROUP BY ALL""")
    members = sql_list(side)
    inside = f"AND importer IN {sql_list(market_side)}" if market_side is not None else ""
    actual = (
        f"SELECT {market.replace('p.importer', 'importer')} AS market, year, sum(value_usd) AS actual_usd "
        f"FROM {f.pair_totals()} WHERE year IN ({', '.join(str(int(y)) for y in years)}) "
        f"AND exporter IN {members} AND importer NOT IN {members} {inside} GROUP BY ALL"
    )
    # a few hundred rows each: DuckDB's own pandas conversion (Flows.df's Arrow path fails on an empty result)
    table = pd.concat([f.con.execute(sql).df() for sql in predicted], ignore_index=True)
    return table.merge(f.con.execute(actual).df(), on=["market", "year"], how="outer")


def mirror_rows(
    f: Flows, years: list[int], side: frozenset[str], market_side: frozenset[str] | None, group: str | None
) -> pd.DataFrame | None:
    """``market, year, value_usd``: the markets' own reports of their imports from the exporter (UN Comtrade), or None.

    Only a store holding Comtrade reports has them (BACI and the demo world
    hold one reconciled value per flow).
    """
    if f.store is None or not any(s.kind == "comtrade" for s in f.sources):
        return None
    from partnerlens.sources.comtrade import attach_reports  # HTTP client and all: only for a Comtrade store

    attach_reports(f.store, f.con, "comtrade_reports")
    members = sql_list(side)
    inside = f"AND reporter IN {sql_list(market_side)}" if market_side is not None else f"AND reporter NOT IN {members}"
    market = f"'{group}'" if group else "reporter"
    return f.con.execute(
        f"SELECT {market} AS market, year, sum(value_usd) AS value_usd FROM comtrade_reports "
        f"WHERE flow = 'M' AND year IN ({', '.join(str(int(y)) for y in years)}) AND exporter IN {members} "
        f"AND importer = reporter {inside} GROUP BY ALL"
    ).df()


def member_exports(
    f: Flows, year: int, side: frozenset[str], market_side: frozenset[str] | None, digits: int
) -> pd.DataFrame:
    """``exporter, product, exports_usd, sales_usd``: each member's exports outside its group in ``year``, and its
    sales to the market (every economy outside the group when ``market_side`` is None)."""
    members = sql_list(side)
    to_market = f"importer IN {sql_list(market_side)}" if market_side is not None else "TRUE"
    return f.df(
        f"SELECT exporter, left(product, {digits}) AS product, sum(value_usd) AS exports_usd, "
        f"coalesce(sum(value_usd) FILTER (WHERE {to_market}), 0) AS sales_usd FROM flows "
        f"WHERE year = {int(year)} AND exporter IN {members} AND importer NOT IN {members} GROUP BY ALL"
    )


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
