"""What export potential reads from the flows: small tables for the pure steps.

* :func:`demand_view` — every importer's imports per product in a year, with
  the value and value × distance of the suppliers CEPII has a distance for
  (computed once per state of the store, ``Flows.aggregate``), and
  :func:`demand_matrices`, the same as dense importer × product arrays
  (:mod:`.matrix`, cached alike): the store-wide part, the same for every exporter;
* :func:`market_rows` — per base year, market economy and product the exporter
  supplies: the market's imports (less a group market's internal trade), the
  mean distance of its suppliers and what the exporter sold there;
* :func:`ease_rows` — per base year and market, the trade supply and demand
  predict and the actual trade (ease of trade);
* :func:`supply_rows` — per base year and product, the exporter's exports and
  the world's (less a group exporter's internal trade);
* :func:`seller_imports`, :func:`seller_weights`, :func:`supplier_imports` —
  the exporter's own imports (re-export damping), its members' exports to the
  world (distance weights), and the markets' imports by supplier (tariff
  weights).

Only the exporter's own flows are read per call (its sales and supply, a few
row groups of the sorted Parquet files); the store-wide tables are read from
the cache, and a standard group's own flows from the world tables when
current (``world.groups``).

(Over 400 lines: every input export potential reads from the flows stays in
one place, so the on-demand and world-table paths of a group sit side by side.)
"""

from __future__ import annotations

import hashlib
import importlib.metadata

import numpy as np
import pandas as pd

from partnerlens.analytics.flows import Flows, sql_list
from partnerlens.analytics.potential.cells import (
    categorical,
    market_positions,
    mean_distance,
    product_positions,
    scattered,
    scattered_columns,
)
from partnerlens.analytics.potential.matrix import DemandMatrix, demand_matrix
from partnerlens.analytics.profile.group_tables import group_flows_to, world_rows
from partnerlens.reference.geography import distances
from partnerlens.world.groups import DIGITS as WORLD_DIGITS

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


def _demand_query(year: int, digits: int) -> tuple[str, str]:
    """Name and query of the demand aggregate of ``year`` (the query also keys its cached matrices)."""
    sql = _demand_sql(f"(SELECT * FROM flows WHERE year = {int(year)})", digits)
    return f"demand_{int(year)}_hs{digits}", f"{sql} /* distances: atlas-common-data {_DISTANCES_VERSION} */"


def demand_view(f: Flows, year: int, digits: int) -> str:
    """View of every importer's imports per product in ``year``, with supplier distances (CEPII ``distw``; loaded
    and registered only when the view is computed, not when it is read from the cache: 0.1–0.3 s of a first brief)."""
    return f.aggregate(*_demand_query(year, digits), prepare=lambda: _register_distances(f))


def demand_matrices(f: Flows, year: int, digits: int) -> DemandMatrix:
    """:func:`demand_view` of ``year`` as dense importer × product arrays (:mod:`.matrix`, cached like the view)."""
    return demand_matrix(f, demand_view(f, year, digits), _demand_query(year, digits)[1])


def world_view(f: Flows, year: int, digits: int) -> str:
    """View of ``product, v``: world imports per product in ``year`` (from the demand aggregate; a few thousand rows)."""
    return f.aggregate(
        f"world_{int(year)}_hs{digits}",
        f"SELECT product, sum(imports) AS v FROM {demand_view(f, year, digits)} GROUP BY product",
    )


def _group_rows(f: Flows, kind: str, year: int, members: frozenset[str], sql: str) -> str:
    """The name of a view of ``sql`` (a group's flows of one year), read once per handle: both directions of a
    brief, and supply, sales and members' exports, read the same rows of a group's 50-odd members.

    The rows are kept as an Arrow table registered on the handle's connection
    each time they are asked for (as ``group_tables.group_flows_to``): a
    temporary table cost six to ten times the read (DuckDB compresses what it
    stores: 0.03–0.05 s of CPU for Africa's 83,000 internal or 211,000 sales
    rows against 0.005 s), and it exists only on the cursor that made it.
    """
    tag = hashlib.sha256(sql_list(members).encode()).hexdigest()[:12]
    name = f"{kind}_{int(year)}_{tag}"
    rows = f.memoised((kind, int(year), members), lambda: f.con.execute(sql).to_arrow_table())
    f.con.register(name, rows)
    return name


def outward(f: Flows, year: int, side: frozenset[str]) -> str:
    """The flows of ``year`` from the exporter's members to economies outside it, as a table or subquery.

    One economy: a subquery (its rows are a few row groups of the sorted files);
    a group: a temporary table read once for every query of the handle — from
    the world table ``group_sales_hs6`` when current (columns ``year, importer,
    product, value_usd``: the members' flows summed per importer and HS6
    product, all any reader sums them to), else from the flows.
    """
    members = sql_list(side)
    sql = f"SELECT * FROM flows WHERE year = {int(year)} AND exporter IN {members} AND importer NOT IN {members}"
    if len(side) < 2:
        return f"({sql})"
    return _group_rows(f, "outward", year, side, world_rows(f, "group_sales_hs6", year, side) or sql)


def within(f: Flows, year: int, members: frozenset[str]) -> str:
    """The flows of ``year`` among a group's ``members`` (a temporary table made once per handle).

    From the world table ``group_intra_hs6`` when current: those flows summed
    per importer and HS6 product (``year, importer, product, value_usd, known,
    weighted``: what :func:`intra_sql` and every other reader sum them to).
    """
    codes = sql_list(members)
    sql = f"SELECT * FROM flows WHERE year = {int(year)} AND exporter IN {codes} AND importer IN {codes}"
    return _group_rows(f, "within", year, members, world_rows(f, "group_intra_hs6", year, members) or sql)


def intra_sql(f: Flows, year: int, members: frozenset[str] | None, digits: int) -> str:
    """SQL: the demand rows of trade among ``members`` in ``year`` (empty for one economy or none)."""
    if members is None or len(members) < 2:
        return _NO_INTRA
    table = within(f, year, members)
    if world_rows(f, "group_intra_hs6", year, members) is not None:  # the build summed the demand rows at HS6
        if digits == WORLD_DIGITS:  # one row per importer and product already: the sums are the rows
            return f"SELECT importer, product, value_usd AS imports, known, weighted FROM {table}"
        return (
            f"SELECT importer, left(product, {digits}) AS product, sum(value_usd) AS imports, sum(known) AS known, "
            f"sum(weighted) AS weighted FROM {table} GROUP BY ALL"
        )
    _register_distances(f)
    return _demand_sql(table, digits)


def supply_sql(f: Flows, year: int, side: frozenset[str], digits: int) -> str:
    """SQL of ``year, product, exports_usd, world_usd``: the exporter's exports outside itself and world exports
    (less its internal trade), for the products it exports."""
    return f"""
        SELECT {int(year)} AS year, s.product, s.v AS exports_usd, w.v - coalesce(i.v, 0) AS world_usd FROM
        (SELECT left(product, {digits}) AS product, sum(value_usd) AS v FROM {outward(f, year, side)} GROUP BY ALL) s
        JOIN {world_view(f, year, digits)} w USING (product)
        LEFT JOIN (SELECT product, sum(imports) AS v FROM ({intra_sql(f, year, side, digits)}) GROUP BY product) i USING (product)
        WHERE s.v > 0"""


def supply_rows(f: Flows, year: int, side: frozenset[str], digits: int) -> pd.DataFrame:
    """:func:`supply_sql` of ``year`` as a DataFrame."""
    return f.df(supply_sql(f, year, side, digits))


def sales(
    f: Flows, year: int, side: frozenset[str], digits: int, market_side: frozenset[str] | None = None
) -> tuple[pd.DataFrame, pd.Series]:
    """The exporter's sales outside itself in ``year`` (its members' flows: few row groups): ``importer, product, v``
    to the markets (``market_side``; None: every economy outside it), and the products it sells anywhere (``v > 0``).

    Only the market's rows come back as a table: a group sells some 10⁵
    (importer, product) cells, of which a brief's market is a few thousand.
    Both come from one query, the sums made once (a materialised CTE): the
    market's rows, then one row per product sold anywhere (``sold`` false).
    """
    table = outward(f, year, side)
    summed = f"SELECT importer, left(product, {digits}) AS product, sum(value_usd) AS v FROM {table} GROUP BY ALL"
    if digits == WORLD_DIGITS and len(side) > 1 and world_rows(f, "group_sales_hs6", year, side) is not None:
        summed = f"SELECT importer, product, value_usd AS v FROM {table}"  # one row per importer and product already
    to_markets = "TRUE" if market_side is None else f"importer IN {sql_list(market_side)}"
    both = f.df(  # Arrow-backed strings: no Python string per cell
        f"WITH s AS MATERIALIZED ({summed}) SELECT true AS sold, importer, product, v FROM s WHERE {to_markets} "
        "UNION ALL SELECT DISTINCT false AS sold, NULL AS importer, product, NULL AS v FROM s WHERE v > 0"
    )
    market = both["sold"].to_numpy(bool)
    sold = both[market].drop(columns="sold").reset_index(drop=True)
    return sold, both.loc[~market, "product"].reset_index(drop=True)


def _cells(
    f: Flows,
    m: DemandMatrix,
    year: int,
    rows: np.ndarray,
    columns: np.ndarray,
    market_side: frozenset[str] | None,
    digits: int,
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """``imports, known, weighted`` of the markets × products, less a group market's internal trade, and the mask of
    cells that count (imports left above 10⁻⁹ of the market's imports: a cell without a row never counts)."""
    imports, known, weighted = m.cells(rows, columns)
    total = imports
    if market_side is not None and len(market_side) > 1:  # a group market: less the trade among its members
        intra = f.df(intra_sql(f, year, market_side, digits))
        inside = scattered_columns(m.importers[rows], m.products[columns], intra, ("imports", "known", "weighted"), 0.0)
        imports, known, weighted = imports - inside[0], known - inside[1], weighted - inside[2]
    with np.errstate(invalid="ignore"):
        counted = imports > 1e-9 * total
    return imports, known, weighted, counted


def market_rows(
    f: Flows, year: int, side: frozenset[str], market_side: frozenset[str] | None, digits: int
) -> pd.DataFrame:
    """``year, market, product, market_imports_usd, supplier_distance_km, actual_usd`` for the products the exporter
    supplies, ``market`` and ``product`` as categoricals (sorted categories), rows by market then product.

    ``market_side`` None: every economy outside the exporter is a market.
    Markets are economies (a group market's members, each less the trade
    within the group). The exporter's sales (:func:`sales`) are placed on the
    year's demand matrices (:func:`demand_matrices`).
    """
    m = demand_matrices(f, year, digits)
    sold, supplied = sales(f, year, side, digits, market_side)
    rows = market_positions(m, side, market_side)
    columns = product_positions(m, supplied)
    imports, known, weighted, counted = _cells(f, m, year, rows, columns, market_side, digits)
    actual = scattered(m.importers[rows], m.products[columns], sold, "v", 0.0)
    i, k = np.nonzero(counted)  # row-major: by market, then product
    table = pd.DataFrame(
        {
            "year": np.full(len(i), int(year), dtype=np.int32),
            "market": categorical(rows[i], m.importers),
            "product": categorical(columns[k], m.products),
            "market_imports_usd": imports[i, k],
            "supplier_distance_km": mean_distance(known[i, k], weighted[i, k]),
            "actual_usd": actual[i, k],
        }
    )
    return table


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
    """``market, year, actual_usd, predicted_usd`` per base year, summed per market (a few hundred rows).

    ``predicted = Σ_k s[i,k,y] · M[j,k,y] · (d[i,j] / d̄[j,k,y])^(−θ) · access[j,k]`` — the same
    product as :mod:`.assemble` computes per row for the base year (the tests check that both
    agree), summed on the year's demand matrices (:func:`_predicted_by_market`) so that the
    earlier years' rows are never built; ``actual`` is the pair's
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
    predicted = [
        _predicted_by_market(f, year, side, market_side, digits, seller_km, theta, access, group) for year in years
    ]
    market = f"'{group}'" if group else "importer"
    members = sql_list(side)
    inside = f"AND importer IN {sql_list(market_side)}" if market_side is not None else ""
    actual = (
        f"SELECT {market} AS market, year, sum(value_usd) AS actual_usd "
        f"FROM {f.pair_totals()} WHERE year IN ({', '.join(str(int(y)) for y in years)}) "
        f"AND exporter IN {members} AND importer NOT IN {members} {inside} GROUP BY ALL"
    )
    # a few hundred rows: DuckDB's own pandas conversion (Flows.df's Arrow path fails on an empty result)
    table = pd.concat(predicted, ignore_index=True)
    return table.merge(f.con.execute(actual).df(), on=["market", "year"], how="outer")


def _predicted_by_market(
    f: Flows,
    year: int,
    side: frozenset[str],
    market_side: frozenset[str] | None,
    digits: int,
    seller_km: pd.Series,
    theta: float,
    access: pd.DataFrame | None,
    group: str | None,
) -> pd.DataFrame:
    """``market, year, predicted_usd`` of one base year: ``Σ_k s[i,k] · M[j,k] · (d[i,j] / d̄[j,k])^(−θ) · access``.

    Computed as ``d[i,j]^(−θ) · Σ_k s[i,k] · M[j,k] · d̄[j,k]^θ · access`` on the
    year's demand matrices: one masked product and a sum per market. A market
    with no cell that counts, or no distance to the exporter, has no row; one
    whose cells all lack a figure has a missing sum (as SQL's ``sum``).
    """
    m = demand_matrices(f, year, digits)
    supplied = supply_rows(f, year, side, digits)
    shares = (supplied["exports_usd"] / supplied["world_usd"].where(supplied["world_usd"] != 0)).to_numpy(float)
    share_at = pd.Series(shares, index=supplied["product"].astype(str).to_numpy())
    rows = market_positions(m, side, market_side)
    km = seller_km.reindex(m.importers[rows]).to_numpy(float)
    rows, km = rows[~np.isnan(km)], km[~np.isnan(km)]  # the join to the exporter's distances
    columns = product_positions(m, supplied["product"])
    imports, known, weighted, counted = _cells(f, m, year, rows, columns, market_side, digits)
    factor = mean_distance(known, weighted)
    factor = factor if float(theta) == 1.0 else np.power(factor, float(theta))  # x¹ = x exactly: one pass less
    if access is not None:
        factor = factor * scattered(m.importers[rows], m.products[columns], access, "access", 1.0, key="market")
    share = share_at.reindex(m.products[columns]).to_numpy(float)
    terms = np.where(counted, share[np.newaxis, :] * imports * factor, np.nan)
    present = counted.any(axis=1)
    known_terms = ~np.isnan(terms)
    sums = np.where(known_terms.any(axis=1), np.where(known_terms, terms, 0.0).sum(axis=1), np.nan)
    table = pd.DataFrame(
        {
            "market": group if group else m.importers[rows][present].astype(str),
            "predicted_usd": (sums * np.power(km, -float(theta)))[present],
        }
    )
    if group:
        table = table.groupby("market", as_index=False)["predicted_usd"].sum(min_count=1)
    return table.assign(year=int(year))[["market", "year", "predicted_usd"]]


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
    sales to the market (every economy outside the group when ``market_side`` is None).

    With the world table ``group_members_hs6`` current, the exports come from
    it and only the sales to a named market are read from the flows.
    """
    to_market = f"importer IN {sql_list(market_side)}" if market_side is not None else "TRUE"
    world = world_rows(f, "group_members_hs6", year, side)
    if world is None:
        return f.df(
            f"SELECT exporter, left(product, {digits}) AS product, sum(value_usd) AS exports_usd, "
            f"coalesce(sum(value_usd) FILTER (WHERE {to_market}), 0) AS sales_usd FROM {outward(f, year, side)} "
            "GROUP BY ALL"
        )
    exports = f"SELECT exporter, left(product, {digits}) AS product, sum(value_usd) AS exports_usd FROM ({world}) GROUP BY ALL"
    if market_side is None:
        return f.df(f"SELECT *, exports_usd AS sales_usd FROM ({exports})")
    sold = (  # the flows the profile of the pair read too, kept for the handle
        f"SELECT exporter, left(product, {digits}) AS product, sum(value_usd) AS v "
        f"FROM {group_flows_to(f, year, side, market_side)} GROUP BY ALL"
    )
    return f.df(
        f"SELECT e.exporter, e.product, e.exports_usd, coalesce(s.v, 0) AS sales_usd "
        f"FROM ({exports}) e LEFT JOIN ({sold}) s USING (exporter, product)"
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
