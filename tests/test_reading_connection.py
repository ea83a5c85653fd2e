"""``catalogue.reading_connection``: readers' in-memory connections are cursors of one database per process (issue 16:
a first brief made seven DuckDB databases, 10–25 ms of CPU each), each with temporary objects of its own."""

from __future__ import annotations

import multiprocessing
import threading

import duckdb
import pandas as pd
import pytest

from _flows_fixtures import ingest, random_world
from partnerlens import catalogue
from partnerlens.analytics import open_flows
from partnerlens.catalogue import reading_connection
from partnerlens.store import TradeStore


@pytest.fixture(scope="module")
def store(tmp_path_factory) -> TradeStore:
    world = random_world(11, ["RWA", "AZE", "KEN", "DEU"], ["090111", "260900", "870323"], [2021, 2022], density=0.8)
    return TradeStore(ingest(tmp_path_factory.mktemp("ws"), world, name="demo-reading", synthetic=True))


def _database_name(con: duckdb.DuckDBPyConnection) -> str:
    return con.execute("SELECT current_database()").fetchone()[0]


def test_reading_connections_share_one_database_but_not_their_temporary_objects() -> None:
    first, second = reading_connection(), reading_connection()
    try:
        assert first is not second
        first.execute("CREATE TEMP VIEW evidence AS SELECT 1 AS x")
        first.register("registered", pd.DataFrame({"y": [2]}))
        second.execute("CREATE TEMP VIEW evidence AS SELECT 2 AS x")  # the same name: no clash
        assert first.execute("SELECT x FROM evidence").fetchone() == (1,)
        assert second.execute("SELECT x FROM evidence").fetchone() == (2,)
        with pytest.raises(duckdb.CatalogException):
            second.execute("SELECT * FROM registered")
        first.execute("CREATE TEMP TABLE kept AS SELECT 3 AS z")
        assert catalogue._READING is not None
        shared = catalogue._READING
    finally:
        first.close()
        second.close()
    with reading_connection() as third:  # closed cursors took their temporary objects with them
        assert catalogue._READING is shared  # the same database: no new one per reader
        with pytest.raises(duckdb.CatalogException):
            third.execute("SELECT * FROM kept")
        assert third.execute("SELECT current_setting('enable_progress_bar')").fetchone() == (False,)


def test_reading_connections_run_on_threads_at_once() -> None:
    results: dict[int, int] = {}

    def run(n: int) -> None:
        with reading_connection() as con:
            con.execute(f"CREATE TEMP TABLE t AS SELECT range AS v FROM range({n})")
            results[n] = con.execute("SELECT sum(v) FROM t").fetchone()[0]

    threads = [threading.Thread(target=run, args=(n,)) for n in (10, 1000, 100_000)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert results == {n: n * (n - 1) // 2 for n in (10, 1000, 100_000)}


def _child_database(queue) -> None:
    with reading_connection() as con:
        queue.put(con.execute("SELECT 42").fetchone()[0])


def test_a_forked_child_makes_a_database_of_its_own() -> None:
    with reading_connection():
        parent = catalogue._READING
    context = multiprocessing.get_context("fork")
    queue = context.Queue()
    child = context.Process(target=_child_database, args=(queue,))
    child.start()
    assert queue.get(timeout=60) == 42
    child.join(timeout=60)
    assert child.exitcode == 0
    assert catalogue._READING is parent  # the parent's is untouched


def test_flows_handles_over_a_store_are_cursors_of_the_one_database(store: TradeStore) -> None:
    with open_flows(store) as f, open_flows(store) as g:
        assert f.con is not g.con
        f.con.execute("CREATE TEMP VIEW only_f AS SELECT 1")
        with pytest.raises(duckdb.CatalogException):
            g.con.execute("SELECT * FROM only_f")
        assert (
            f.df("SELECT count(*) AS n FROM flows")["n"].iloc[0] == g.df("SELECT count(*) AS n FROM flows")["n"].iloc[0]
        )
        shared = catalogue._READING
    with open_flows(store) as h:
        assert catalogue._READING is shared
        with pytest.raises(duckdb.CatalogException):  # the earlier handles' views went with their cursors
            h.con.execute("SELECT * FROM only_f")


def test_a_workspace_held_open_lends_its_database_to_readers(store: TradeStore) -> None:
    """A short CLI command holds the workspace database for its run (``Workspace.open(keep=…)``): readers then take
    cursors of it instead of creating the process's in-memory database (one DuckDB database per command, not two)."""
    from contextlib import ExitStack

    from partnerlens.workspace import Workspace

    home = store.workspace.home
    with ExitStack() as keep:
        Workspace.open(home, keep=keep)
        with reading_connection() as con:
            assert _database_name(con) != "memory"  # the workspace's own file
            con.execute("CREATE TEMP VIEW sources AS SELECT 7 AS x")  # a workspace table's name: the view comes first
            assert con.execute("SELECT x FROM sources").fetchone() == (7,)
        with open_flows(store) as f:
            lent = f.df("SELECT count(*) AS n FROM flows")["n"].iloc[0]
            assert _database_name(f.con) != "memory"
    with reading_connection() as con:  # released with the workspace: the process's in-memory database again
        assert _database_name(con) == "memory"
    with open_flows(store) as f:
        assert f.df("SELECT count(*) AS n FROM flows")["n"].iloc[0] == lent
    assert TradeStore(Workspace.open(home)).sources()  # the workspace's own table is untouched
