"""A country × group brief's group paths read shared rows: the group's flows to the market once per handle, a
kept merged product space for the group's rows only, the HS6 group tables as they are; the numbers do not change.

Whole-dollar flows keep the sums exact whichever way they are added up.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq
import pytest

from _flows_fixtures import ingest, random_world
from partnerlens.analytics import open_flows
from partnerlens.analytics.potential import inputs
from partnerlens.analytics.potential.assemble import export_potential
from partnerlens.analytics.potential.diversify import KEPT_ROW_GROUP, _exporter_space, product_space
from partnerlens.analytics.profile import bilateral_profile
from partnerlens.analytics.profile.products import bilateral_products
from partnerlens.analytics.sides import pair_sides, sql_list
from partnerlens.reference import resolve_party
from partnerlens.store import TradeStore
from partnerlens.workspace import Workspace
from partnerlens.world.build import build_world

ECONOMIES = ["RWA", "AZE", "KAZ", "EGY", "KEN", "DEU", "USA", "CHN", "UZB", "NGA", "ZAF"]
PRODUCTS = ["090111", "090240", "100199", "260900", "270900", "310210", "720241", "847130"]
YEAR = 2022


@pytest.fixture(scope="module")
def home(tmp_path_factory) -> Path:
    world = random_world(11, ECONOMIES, PRODUCTS, [2021, YEAR], density=0.7)
    home = ingest(tmp_path_factory.mktemp("group-shared") / "ws", world, name="demo-shared", synthetic=True).home
    build_world(Workspace.open(home), years=[YEAR], workers=1, kinds=("groups",))
    return home


def _from_flows(f, year: int, exporters: frozenset[str], importers: frozenset[str], by: str) -> pd.DataFrame:
    table = f.df(
        f"SELECT {by}, sum(value_usd) AS v FROM flows WHERE year = {year} AND exporter IN {sql_list(exporters)} "
        f"AND importer IN {sql_list(importers)} GROUP BY ALL ORDER BY ALL"
    )
    return table.astype({c: str for c in table.columns if c != "v"})


def test_the_profile_and_export_potential_read_one_table_of_the_groups_flows_to_the_market(home):
    kaz, africa = resolve_party("KAZ"), resolve_party("Africa")
    side_kaz, side_africa = pair_sides(kaz, africa)
    with open_flows(TradeStore(Workspace.open(home))) as f:
        profile = bilateral_profile(f, kaz, africa, YEAR)
        kept = [key for key in f._memo if key[0] == "group_flows_to"]
        assert kept == [("group_flows_to", YEAR, side_africa, side_kaz)]  # the group's direction only
        export_potential(f, africa, kaz, YEAR)
        assert [key for key in f._memo if key[0] == "group_flows_to"] == kept  # read again, not made again
        rows = bilateral_products(f, YEAR, side_kaz, side_africa)
        expected = _from_flows(f, YEAR, side_africa, side_kaz, "product")
        got = [(p, v) for d, p, v in rows if d == "b_to_a"]
        assert got == list(zip(expected["product"], expected["v"], strict=True))
        sold = inputs.member_exports(f, YEAR, side_africa, side_kaz, 6)
        by_member = _from_flows(f, YEAR, side_africa, side_kaz, "exporter, left(product, 6) AS product")
        found = sold[sold["sales_usd"] > 0].astype({"exporter": str, "product": str})
        found = found.sort_values(["exporter", "product"], ignore_index=True)
        assert list(zip(found["exporter"], found["product"], found["sales_usd"], strict=True)) == list(
            zip(by_member["exporter"], by_member["product"], by_member["v"], strict=True)
        )
    with open_flows(TradeStore(Workspace.open(home))) as g:  # a fresh handle reads the flows: the same profile
        assert bilateral_profile(g, kaz, africa, YEAR) == profile


def test_a_product_selection_reads_the_flows(home):
    kaz, africa = resolve_party("KAZ"), resolve_party("Africa")
    with open_flows(TradeStore(Workspace.open(home))) as f:
        bilateral_profile(f, africa, kaz, YEAR, products=["09"])
        assert not [key for key in f._memo if key[0] == "group_flows_to"]


def test_the_groups_sales_and_internal_demand_at_hs6_are_the_summed_rows(home):
    africa = resolve_party("Africa").members
    with open_flows(TradeStore(Workspace.open(home))) as f:
        assert inputs.world_rows(f, "group_sales_hs6", YEAR, africa) is not None
        sold, products = inputs.sales(f, YEAR, africa, 6, frozenset({"KAZ"}))
        table = inputs.outward(f, YEAR, africa)
        summed = f.df(
            f"SELECT importer, left(product, 6) AS product, sum(value_usd) AS v FROM {table} "
            "WHERE importer = 'KAZ' GROUP BY ALL ORDER BY ALL"
        )
        pd.testing.assert_frame_equal(
            sold.sort_values(["importer", "product"], ignore_index=True).astype(str), summed.astype(str)
        )
        assert sorted(products) == sorted(f.df(f"SELECT DISTINCT product FROM {table} WHERE value_usd > 0")["product"])
        intra = f.df(f"SELECT * FROM ({inputs.intra_sql(f, YEAR, africa, 6)}) ORDER BY importer, product")
        regrouped = f.df(
            f"SELECT importer, left(product, 6) AS product, sum(value_usd) AS imports, sum(known) AS known, "
            f"sum(weighted) AS weighted FROM {inputs.within(f, YEAR, africa)} GROUP BY ALL ORDER BY importer, product"
        )
        pd.testing.assert_frame_equal(intra, regrouped)


def test_a_kept_group_space_is_read_for_the_groups_rows_only(home):
    africa = resolve_party("Africa")
    with open_flows(TradeStore(Workspace.open(home))) as f:
        computed = _exporter_space(f, YEAR, 4, 1.0, africa)  # computed and kept
        whole = product_space(f, YEAR, 4, 1.0, africa)
        cache = f.cache_dir
    assert cache is not None
    kept = sorted(cache.glob("product_space_*.parquet"))
    assert (
        len(kept) == 1
        and pq.ParquetFile(kept[0]).metadata.num_rows
        <= KEPT_ROW_GROUP * pq.ParquetFile(kept[0]).metadata.num_row_groups
    )
    with open_flows(TradeStore(Workspace.open(home))) as g:
        read = _exporter_space(g, YEAR, 4, 1.0, africa)
    expected = whole[whole["exporter"] == africa.code].reset_index(drop=True)
    assert not read.empty
    pd.testing.assert_frame_equal(read.reset_index(drop=True), expected, check_dtype=False)
    pd.testing.assert_frame_equal(computed.reset_index(drop=True), expected)


def test_a_servers_handles_share_the_groups_flows_across_cursors(home):
    """A server's reader gives each request a handle on its own cursor with one shared memo: the group's flows
    kept by one request (its cursor closed since) are read by the next on its cursor, with the same profile."""
    from partnerlens.web.reader import StoreReader

    store = TradeStore(Workspace.open(home))
    reader = StoreReader.open(store, store.primary_source(store.sources()))
    kaz, africa = resolve_party("KAZ"), resolve_party("Africa")
    with reader.handle() as first:
        before = bilateral_profile(first, africa, kaz, YEAR)
    assert [key for key in reader.memo if key[0] == "group_flows_to"]
    with reader.handle() as second:
        assert bilateral_profile(second, africa, kaz, YEAR) == before
        sold = inputs.member_exports(second, YEAR, *pair_sides(africa, kaz), 6)
    assert sold["sales_usd"].sum() == before.exports_a_to_b_usd


def test_a_briefs_threads_read_the_groups_flows_to_the_market_once(home):
    """The brief's pair thread reads through a forked handle (its own cursor and memo): the group's flows it kept
    for the profile are the ones export potential reads on the main handle, not read from the flows again."""
    kaz, africa = resolve_party("KAZ"), resolve_party("Africa")
    key = ("group_flows_to", YEAR, *pair_sides(africa, kaz))
    with open_flows(TradeStore(Workspace.open(home))) as f:
        with f.forked() as pair_thread:
            profile = bilateral_profile(pair_thread, kaz, africa, YEAR)
            kept = pair_thread._memo[key]
        assert key not in f._memo
        export_potential(f, africa, kaz, YEAR)
        assert f._memo[key] is kept
        sold = inputs.member_exports(f, YEAR, *pair_sides(africa, kaz), 6)
    assert sold["sales_usd"].sum() == profile.exports_b_to_a_usd


def test_a_shared_value_is_computed_once_by_threads_asking_together(home):
    import threading
    import time

    calls: list[int] = []

    def compute() -> int:
        calls.append(1)
        time.sleep(0.2)  # the other thread asks meanwhile
        return len(calls)

    with open_flows(TradeStore(Workspace.open(home))) as f, f.forked() as g:
        found: list[int] = []
        threads = [threading.Thread(target=lambda h=h: found.append(h.shared(("k",), compute))) for h in (f, g)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert found == [1, 1] and calls == [1]
