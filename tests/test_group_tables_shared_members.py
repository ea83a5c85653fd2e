"""Two standard groups with the same members (EU and european-union, ASEAN and south-eastern-asia) share a tag in
the world's group tables and may be written in two blocks: a reader takes one block's rows, so the answers after
`world build` are the on-demand ones (reading both blocks counted every flow twice).

Whole-dollar flows keep the sums exact whichever way they are added up.
"""

from __future__ import annotations

import pytest

from _flows_fixtures import assert_same, ingest, random_world
from partnerlens.analytics import open_flows
from partnerlens.analytics.potential.assemble import export_potential
from partnerlens.analytics.potential.diversify import diversification
from partnerlens.analytics.profile.group_tables import world_rows
from partnerlens.reference import resolve_party
from partnerlens.store import TradeStore
from partnerlens.workspace import Workspace
from partnerlens.world.build import build_world
from partnerlens.world.groups import blocks, group_tag, standard_groups

ECONOMIES = ["DEU", "FRA", "ITA", "USA", "CHN", "IDN", "THA", "KAZ"]
PRODUCTS = ["090111", "100199", "270900", "720241", "847130", "854219"]
YEAR = 2022
PAIRS = [("CHN", "EU"), ("EU", "USA"), ("european-union", "KAZ"), ("ASEAN", "KAZ"), ("KAZ", "south-eastern-asia")]


def _answers(home) -> dict:
    found = {}
    for a, b in PAIRS:
        with open_flows(TradeStore(Workspace.open(home))) as f:
            found[("potential", a, b)] = export_potential(f, a, b, YEAR).to_dict()
            found[("diversification", a, b)] = diversification(f, a, b, YEAR).to_dict()
    return found


@pytest.fixture(scope="module")
def both(tmp_path_factory):
    world = random_world(17, ECONOMIES, PRODUCTS, [2021, YEAR], density=0.8)
    home = ingest(
        tmp_path_factory.mktemp("shared-members") / "ws", world, name="demo-shared-members", synthetic=True
    ).home
    on_demand = _answers(home)
    build_world(Workspace.open(home), years=[YEAR], workers=1, kinds=("groups",))
    return on_demand, _answers(home), home


def test_the_taxonomy_has_groups_with_the_same_members_in_two_blocks():
    members = dict(standard_groups())
    placed = {code: i for i, block in enumerate(blocks()) for code in block}
    assert group_tag(members["EU"]) == group_tag(members["european-union"])
    assert placed["EU"] != placed["european-union"]  # both blocks list the tag; the rows are in the first one only


def test_a_member_set_is_written_once_in_the_first_block_that_lists_it(both):
    import duckdb

    *_, home = both
    for table in ("group_sales_hs6", "group_members_hs6", "group_intra_hs6"):
        files = sorted(str(p) for p in home.glob(f"world/*/{table}/year={YEAR}/block=*/part.parquet"))
        rows = duckdb.sql(
            f"SELECT tag, count(DISTINCT filename) FROM read_parquet({files}, filename = true) GROUP BY tag"
        ).fetchall()
        assert rows and all(blocks == 1 for _, blocks in rows), (table, rows)
    sides = sorted(str(p) for p in home.glob(f"world/*/group_sides/year={YEAR}/block=*/part.parquet"))
    listed = duckdb.sql(f"SELECT code FROM read_parquet({sides})").fetchall()
    assert {"EU", "european-union", "ASEAN", "south-eastern-asia"} <= {code for (code,) in listed}


@pytest.mark.parametrize(("what", "a", "b"), [(w, a, b) for w in ("potential", "diversification") for a, b in PAIRS])
def test_shared_member_sets_are_read_once(both, what, a, b):
    on_demand, from_world, _ = both
    assert_same(from_world[(what, a, b)], on_demand[(what, a, b)], f"{what} {a}×{b}")


def test_the_rows_come_from_one_block(both):
    _, _, home = both
    eu = resolve_party("EU").members
    with open_flows(TradeStore(Workspace.open(home))) as f:
        sql = world_rows(f, "group_sales_hs6", YEAR, eu)
        assert sql is not None and sql.count("block=") == 1
        rows = f.df(f"SELECT importer, product, count(*) AS n FROM ({sql}) GROUP BY ALL")
        assert len(rows) and int(rows["n"].max()) == 1


def test_a_dask_cluster_writes_the_same_group_tables(both, tmp_path):
    pytest.importorskip("distributed")
    import shutil

    import duckdb

    *_, home = both
    other = tmp_path / "home"
    shutil.copytree(home, other)  # the same releases, in another workspace
    shutil.rmtree(other / "world")
    report = build_world(Workspace.open(other), years=[YEAR], engine="dask", workers=2, kinds=("groups",))
    assert report["built"] == report["tasks"]

    def rows(root, table: str) -> list:
        files = sorted(str(p) for p in root.glob(f"world/*/{table}/year={YEAR}/block=*/part.parquet"))
        return duckdb.sql(
            f"SELECT regexp_extract(filename, 'block=[0-9]+') AS block, * EXCLUDE (filename) "
            f"FROM read_parquet({files}, filename = true) ORDER BY ALL"
        ).fetchall()

    for table in ("group_sides", "group_sales_hs6", "group_members_hs6", "group_intra_hs6"):
        assert rows(other, table) == rows(home, table), table
