"""The demand matrices behind export potential (potential/matrix.py): cached, computed and SQL agree.

Export potential reads each base year's demand aggregate as dense importer ×
product arrays, cached in the workspace beside the Parquet aggregates. These
tests check the arrays against the aggregate's rows, the market rows and the
ease of the earlier base years against the SQL they replaced (written out here
as the reference), and a store's result, built and then read from the cache,
against the same flows as a table (no cache at all).
"""

import numpy as np
import pandas as pd
import pytest

from _flows_fixtures import ingest, random_world
from partnerlens.analytics import export_potential
from partnerlens.analytics.flows import open_flows, sql_list
from partnerlens.analytics.potential import distance, inputs, matrix
from partnerlens.analytics.potential.assemble import trading_sides
from partnerlens.reference.geography import distances

ECONOMIES = ["KAZ", "EGY", "MAR", "CHN", "DEU", "FRA", "ITA", "USA", "BRA", "RWA"]
PRODUCTS = ["010121", "090111", "090240", "100199", "270900", "271019", "310210", "847130", "870323", "999999"]
WORLD = random_world(7, ECONOMIES, PRODUCTS, [2021, 2022, 2023], density=0.5)


@pytest.fixture(scope="module")
def workspace(tmp_path_factory):
    return ingest(tmp_path_factory.mktemp("matrix") / "ws", WORLD, name="demo-matrix", synthetic=True)


def test_the_matrices_hold_the_aggregate_rows_and_nan_where_there_is_none(workspace):
    with open_flows(workspace) as f:
        view = inputs.demand_view(f, 2023, 6)
        rows = f.con.execute(f"SELECT * FROM {view}").df()
        cached = inputs.demand_matrices(f, 2023, 6)
        built = matrix._build(f, view)
    assert list((workspace.home / "cache").rglob("demand_2023_hs6_matrix-*/values.npy"))
    for m in (cached, built):
        assert list(m.importers) == sorted(rows["importer"].unique())
        assert list(m.products) == sorted(rows["product"].unique())
        i, k = m.importers.get_indexer(rows["importer"]), m.products.get_indexer(rows["product"])
        for name in ("imports", "known", "weighted"):
            np.testing.assert_array_equal(getattr(m, name)[i, k], rows[name].to_numpy(float))
        assert int((~np.isnan(m.imports)).sum()) == len(rows)  # every other cell is missing, not zero
    np.testing.assert_array_equal(np.asarray(cached.weighted), built.weighted)


def sql_market_rows(f, year, side, market_side, digits=6) -> pd.DataFrame:
    """The market rows as the SQL query before the matrices computed them."""
    members = sql_list(side)
    inside = f"m.importer IN {sql_list(market_side)}" if market_side else f"m.importer NOT IN {members}"
    imports, weighted, known, intra = "m.imports", "m.weighted", "m.known", ""
    if market_side is not None and len(market_side) > 1:
        intra = f"LEFT JOIN ({inputs.intra_sql(f, year, market_side, digits)}) x USING (importer, product)"
        imports, weighted, known = (f"m.{c} - coalesce(x.{c}, 0)" for c in ("imports", "weighted", "known"))
    return f.con.execute(f"""
        WITH sales AS (SELECT importer, left(product, {digits}) AS product, sum(value_usd) AS v FROM flows
                       WHERE year = {year} AND exporter IN {members} AND importer NOT IN {members} GROUP BY ALL)
        SELECT m.importer AS market, m.product, {imports} AS market_imports_usd,
               ({weighted}) / nullif({known}, 0) AS supplier_distance_km, coalesce(a.v, 0) AS actual_usd
        FROM {inputs.demand_view(f, year, digits)} m
        JOIN (SELECT DISTINCT product FROM sales WHERE v > 0) s USING (product) {intra}
        LEFT JOIN sales a ON a.importer = m.importer AND a.product = m.product
        WHERE {inside} AND {imports} > 1e-9 * m.imports ORDER BY market, product""").df()


@pytest.mark.parametrize(("exporter", "market"), [("KAZ", None), ("KAZ", "DEU"), ("RWA", "EU"), ("EU", None)])
def test_market_rows_are_the_rows_the_sql_gave(workspace, exporter, market):
    _, _, side, market_side = trading_sides(exporter, market)
    with open_flows(workspace) as f:
        rows = inputs.market_rows(f, 2023, side, market_side, 6)
        expected = sql_market_rows(f, 2023, side, market_side)
    assert len(rows) and list(rows["market"].cat.categories) == sorted(expected["market"].unique())
    got = rows.drop(columns="year").astype({"market": str, "product": str})
    pd.testing.assert_frame_equal(got.reset_index(drop=True), expected, check_exact=False, rtol=1e-12)


def sql_predicted(f, year, side, market_side, seller_km, theta, digits=6) -> pd.Series:
    """Σ_k s·M·(d/d̄)^(−θ) per market as the SQL query before the matrices computed it (one economy as market)."""
    f.con.register("km_input", pd.DataFrame({"market": seller_km.index, "km": seller_km.to_numpy(float)}))
    inside = f"m.importer IN {sql_list(market_side)}" if market_side else f"m.importer NOT IN {sql_list(side)}"
    return (
        f.con.execute(f"""
        SELECT m.importer AS market, sum(s.exports_usd / nullif(s.world_usd, 0) * m.imports
                                         * pow(k.km / (m.weighted / nullif(m.known, 0)), {-theta})) AS predicted_usd
        FROM {inputs.demand_view(f, year, digits)} m JOIN ({inputs.supply_sql(f, year, side, digits)}) s USING (product)
        JOIN km_input k ON k.market = m.importer
        WHERE {inside} AND m.imports > 1e-9 * m.imports GROUP BY ALL ORDER BY market""")
        .df()
        .set_index("market")["predicted_usd"]
    )


@pytest.mark.parametrize("theta", [1.0, 0.5])
@pytest.mark.parametrize("market", [None, "DEU"])
def test_ease_of_the_earlier_years_is_the_sum_the_sql_gave(workspace, theta, market):
    _, _, side, market_side = trading_sides("KAZ", market)
    with open_flows(workspace) as f:
        km = distance.seller_distance(distances(), inputs.seller_weights(f, 2023, side))
        rows = inputs.ease_rows(f, [2021, 2022], side, market_side, 6, km, theta, None, None)
        for year in (2021, 2022):
            got = rows[rows["year"] == year].set_index("market")["predicted_usd"].sort_index()
            expected = sql_predicted(f, year, side, market_side, km, theta)
            assert list(got.index) == list(expected.index) and len(got)
            np.testing.assert_allclose(got.to_numpy(), expected.to_numpy(), rtol=1e-12)


@pytest.mark.parametrize("market", [None, "EU"])
def test_a_store_built_then_read_from_the_cache_agrees_with_the_table(workspace, market):
    first = export_potential(workspace, "KAZ", market, 2023, ease_years=3)  # builds (or reads) the cached matrices
    again = export_potential(workspace, "KAZ", market, 2023, ease_years=3)  # reads them
    table = export_potential(WORLD, "KAZ", market, 2023, ease_years=3)  # no cache: built in memory
    for result in (again, table):
        pd.testing.assert_frame_equal(result.products, first.products, check_exact=False, rtol=1e-12)
        pd.testing.assert_frame_equal(result.markets, first.markets, check_exact=False, rtol=1e-12)
        assert result.untapped_usd == pytest.approx(first.untapped_usd, rel=1e-12)
    assert first.parameters["base_years"] == [2021, 2022, 2023] and first.untapped_usd > 0
