"""World tables (issue 16): `world build` on the local and Dask engines, read by answers only while current.

Real components throughout: a store written through the ingest path, DuckDB, spawned processes and a
``dask.distributed`` LocalCluster of 2 worker processes.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import duckdb
import pandas as pd
import pytest

from _small_store import small_store
from partnerlens.analytics import indices
from partnerlens.analytics.flows import exports_by_product, flow_values, open_flows
from partnerlens.cli import main
from partnerlens.world import manifest as mf
from partnerlens.world.build import _balanced, build_world, plan

YEARS = (2021, 2022)


def _table(folder: Path, name: str) -> pd.DataFrame:
    files = sorted(str(p) for p in (folder / name).rglob("*.parquet"))
    frame = duckdb.sql(f"SELECT * FROM read_parquet({files!r}, hive_partitioning = false)").df()
    return frame.sort_values(list(frame.columns[:3])).reset_index(drop=True)


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    store = small_store(tmp_path_factory.mktemp("world") / "home", YEARS)
    report = build_world(store.workspace, digits=6, engine="local", workers=2, kinds=("base", "complexity", "indices"))
    return store, report


def test_build_writes_partitioned_tables_and_a_manifest(built):
    store, report = built
    folder = Path(report["folder"])
    manifest = mf.read_manifest(folder)
    assert manifest["years"] == list(YEARS) and manifest["sources"][0]["name"] == "demo-test"
    assert manifest["sources"][0]["sha256"] == store.primary_source().sha256
    for table in ("pair_totals", "exports_hs6", "imports_hs6", "complexity_hs6", "proximity_hs4", "indices_hs6"):
        assert set(manifest["tables"][table]) == set(YEARS)
        for year in YEARS:
            assert list((folder / table / f"year={year}").rglob("*.parquet")), (table, year)
    assert report["built"] == report["tasks"] and all(r["seconds"] >= 0 for r in report["task_times"])


def test_table_files_lists_every_block_of_a_built_table(built):
    """``table_files`` is the one way to list a world table: every block of every year asked, or None."""
    _, report = built
    folder = Path(report["folder"])
    manifest = mf.read_manifest(folder)
    for table in ("pair_totals", "exports_hs6", "indices_hs6"):
        files = mf.table_files(folder, manifest, table, YEARS)
        on_disk = sorted(str(p) for p in (folder / table).rglob("*.parquet"))
        assert files == on_disk and len(files) > len(YEARS), table  # blocks: several files a year
        assert all("block=" in f for f in files), table
        assert mf.table_files(folder, manifest, table, [YEARS[-1]]) == mf.partition_files(folder, table, YEARS[-1])
    assert mf.table_files(folder, manifest, "complexity_hs6", [YEARS[0]]) == [
        str(folder / "complexity_hs6" / f"year={YEARS[0]}" / "part.parquet")
    ]  # one file a year
    assert mf.table_files(folder, manifest, "indices_hs6", [*YEARS, 2019]) is None  # a year not built
    assert mf.table_files(folder, manifest, "potential_hs6", YEARS) is None  # a table not built
    assert mf.table_files(folder, manifest, "indices_hs6", []) is None


def _waited_for_inputs(store, report) -> None:
    """Every task began after the tasks it reads had ended; the critical path is within the tasks' sum."""
    with store.pinned([store.primary_source().name]) as infos:
        tasks = plan(store, infos, report["years"], report["digits"], ("base", "complexity", "indices"))
    times = {t["task"]: t for t in report["task_times"]}
    assert set(times) == {t.name for t in tasks}
    for task in tasks:
        for name in task.after:
            assert times[task.name]["began"] >= times[name]["ended"], (task.name, name)
    assert {t.kind for t in tasks} == {"base", "imports", "complexity", "proximity", "indices"}
    assert all(t.after for t in tasks if t.kind in ("complexity", "proximity", "indices"))
    assert 0 < report["critical_path_s"] <= report["task_seconds"]


def test_tasks_start_when_their_inputs_exist(built):
    store, report = built
    _waited_for_inputs(store, report)


def test_blocks_are_contiguous_and_balanced():
    weights = {f"E{i:03d}": 10 + (i * 37) % 90 + (2000 if i == 7 else 0) for i in range(200)}  # one giant
    blocks = _balanced(weights, 4)
    assert [c for b in blocks for c in b] == sorted(weights)  # every code once, in order
    sums = [sum(weights[c] for c in b) for b in blocks]
    mean = sum(sums) / 4
    assert len(blocks) == 4 and max(sums) <= 1.25 * mean and min(sums) >= 0.75 * mean, sums
    assert _balanced({"A": 1, "B": 1}, 4) == [("A",), ("B",)]  # never an empty block
    assert _balanced({}, 4) == []


def test_answers_read_world_tables_and_get_the_same_figures(built):
    store, _ = built
    with open_flows(store) as f:
        assert f.world is not None
        assert f._world_files("pair_totals") and f._world_files("exports_2022_hs6")
        from_world = f.df(f"SELECT * FROM {f.pair_totals()}")
        scanned = f.df(
            "SELECT year, exporter, importer, sum(value_usd) AS value_usd FROM flows GROUP BY ALL ORDER BY ALL"
        )
        pd.testing.assert_frame_equal(from_world, scanned)
        exports = exports_by_product(f, [2022])
        direct = f.df(
            "SELECT year, exporter, left(product, 6) AS product, sum(value_usd) AS value_usd FROM flows "
            "WHERE year = 2022 AND value_usd > 0 GROUP BY ALL ORDER BY ALL"
        )
        pd.testing.assert_frame_equal(exports, direct)
        assert flow_values(f, "RWA", "KEN").notna().all()
    assert not list((store.workspace.home / "cache").rglob("pair_totals-*"))  # nothing was recomputed


def test_indices_agree_with_the_pair_functions(built):
    store, report = built
    table = _table(Path(report["folder"]), "indices_hs6")
    with open_flows(store) as f:
        flows = f.df("SELECT * FROM flows WHERE year = 2022")
    for i, j in [("RWA", "KEN"), ("DEU", "CHN"), ("KAZ", "UZB")]:
        row = table[(table.year == 2022) & (table.exporter == i) & (table.importer == j)].iloc[0]
        assert row.complementarity == pytest.approx(
            indices.trade_complementarity(flows, i, j, 2022), rel=1e-9, abs=1e-9
        )
        assert row.intensity == pytest.approx(indices.trade_intensity(flows, i, j, 2022), rel=1e-9)
        assert row.similarity == pytest.approx(indices.export_similarity(flows, i, j, 2022), rel=1e-9, abs=1e-9)
    economies = table.exporter.nunique()
    assert len(table) == len(YEARS) * economies * (economies - 1)  # every ordered pair, every year


def test_stale_tables_are_never_read(tmp_path):
    store = small_store(tmp_path / "home", (2022,))
    build_world(store.workspace, workers=1, kinds=("base",))
    with open_flows(store) as f:
        assert f.world is not None
    old = mf.world_folder(store.workspace.home, [store.primary_source()])
    small_store(tmp_path / "home", (2022,), seed=11)  # a new version of the same source
    assert not old.exists()  # collected with the old version's caches
    with open_flows(store) as f:
        assert f.world is None and f._world_files("pair_totals") is None
        totals = f.df(f"SELECT * FROM {f.pair_totals()}")
        assert len(totals) and list((store.workspace.home / "cache").rglob("pair_totals-*"))


def test_tables_of_an_earlier_layout_are_stale_and_replaced(tmp_path):
    store = small_store(tmp_path / "home", (2022,))
    report = build_world(store.workspace, workers=1, kinds=("base",))
    folder = Path(report["folder"])
    old_file = folder / "pair_totals" / "year=2022" / "part.parquet"  # one file a year, as layout 1 wrote it
    shutil.copy(next((folder / "pair_totals").rglob("part.parquet")), old_file)
    manifest = mf.read_manifest(folder)
    mf.write_manifest(folder, {k: v for k, v in manifest.items() if k != "layout"})
    with open_flows(store) as f:
        assert f.world is None  # another layout: never read
    build_world(store.workspace, workers=1, kinds=("base",))
    assert not old_file.exists()
    with open_flows(store) as f:
        assert f.world is not None
        totals = f.df(f"SELECT * FROM {f.pair_totals()}")
        scanned = f.df(
            "SELECT year, exporter, importer, sum(value_usd) AS value_usd FROM flows GROUP BY ALL ORDER BY ALL"
        )
    pd.testing.assert_frame_equal(totals, scanned)  # nothing counted twice


def test_blocks_cut_another_way_are_dropped_not_reused(tmp_path, monkeypatch):
    from partnerlens.world import build as world_build

    store = small_store(tmp_path / "home", (2022,))
    report = build_world(store.workspace, workers=1, kinds=("base", "indices"))
    folder = Path(report["folder"])
    assert len(list((folder / "indices_hs6" / "year=2022").glob("block=*"))) == world_build.INDEX_BLOCKS
    before = _table(folder, "indices_hs6")
    monkeypatch.setattr(world_build, "INDEX_BLOCKS", 2)  # a later version cuts the indices in fewer blocks
    again = build_world(store.workspace, workers=1, kinds=("base", "indices"))
    blocks = sorted(p.name for p in (folder / "indices_hs6" / "year=2022").glob("block=*"))
    assert blocks == ["block=000", "block=001"]  # none of the four old blocks is left to be read twice
    assert again["built"] == 2  # the indices blocks were rebuilt; the base blocks, cut as before, were kept
    pd.testing.assert_frame_equal(_table(folder, "indices_hs6"), before)


def test_dask_cluster_builds_the_same_tables_as_the_local_engine(built, tmp_path):
    pytest.importorskip("distributed")
    store, report = built
    other = tmp_path / "home"
    shutil.copytree(store.workspace.home, other)  # the same releases, in another workspace
    from partnerlens.store import TradeStore
    from partnerlens.workspace import Workspace

    copy = Workspace.open(other)
    shutil.rmtree(other / "world")
    dask_report = build_world(copy, engine="dask", workers=2, kinds=("base", "complexity", "indices"))
    assert dask_report["built"] == dask_report["tasks"] == report["tasks"]
    _waited_for_inputs(TradeStore(copy), dask_report)
    for table in ("pair_totals", "exports_hs6", "imports_hs6", "complexity_hs6", "proximity_hs4", "indices_hs6"):
        pd.testing.assert_frame_equal(_table(Path(report["folder"]), table), _table(Path(dask_report["folder"]), table))


def test_export_potential_for_every_exporter_and_market(tmp_path):
    store = small_store(tmp_path / "home", (2021, 2022))
    report = build_world(store.workspace, years=[2022], workers=1, kinds=("potential",))
    table = _table(Path(report["folder"]), "potential_hs6")
    folder = Path(report["folder"])
    files = mf.table_files(folder, mf.read_manifest(folder), "potential_hs6", [2022])
    assert files is not None and len(files) > 1 and all("block=" in f for f in files)  # blocks of exporters
    assert mf.table_files(folder, mf.read_manifest(folder), "potential_hs6", [2021]) is None  # not built
    from partnerlens.analytics.potential import export_potential

    one = export_potential(store, "KEN", None, 2022).markets.set_index("market")
    mine = table[table.exporter == "KEN"].set_index("market")
    assert table.exporter.nunique() > 20 and set(mine.index) == set(one.index.astype(str))
    assert mine.loc["UGA", "potential_usd"] == pytest.approx(one.loc["UGA", "potential_usd"], rel=1e-9)


def _cli(monkeypatch, capsys, home: Path, *args: str) -> subprocess.CompletedProcess:
    monkeypatch.setattr(sys, "argv", ["partnerlens", "--home", str(home), *args])
    try:
        main()
        code = 0
    except SystemExit as exit:
        code = exit.code
    out, err = capsys.readouterr()
    return subprocess.CompletedProcess(args, code, out, err)


def test_cli_build_info_and_bad_input(tmp_path, monkeypatch, capsys):
    home = tmp_path / "home"
    small_store(home, (2022,))
    none = _cli(monkeypatch, capsys, home, "world", "info")
    assert none.returncode == 0 and "no current world tables" in none.stdout
    done = _cli(
        monkeypatch, capsys, home, "world", "build", "--years", "2022", "--digits", "4", "--workers", "1", "--json"
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["years"] == [2022]
    info = _cli(monkeypatch, capsys, home, "world", "info", "--json")
    assert "exports_hs4" in json.loads(info.stdout)["current"]["tables"]
    for args, message in [
        (["--digits", "5"], "digits must be 4 or 6"),
        (["--engine", "spark"], "unknown engine"),
        (["--years", "1990"], "no data for 1990"),
        (["--scheduler", "tcp://x:1"], "for the dask engine"),
    ]:
        bad = _cli(monkeypatch, capsys, home, "world", "build", *args)
        assert bad.returncode == 1 and message in bad.stderr and "Traceback" not in bad.stderr, (args, bad.stderr)
        assert len(bad.stderr.strip().splitlines()) <= 2
