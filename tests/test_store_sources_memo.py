"""``TradeStore.sources`` keeps what it read while the database's files are unchanged (issue 16: a first brief read
the catalogue fourteen times, each an opening of the workspace database); every commit, by this process or another,
is seen by the next read."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from _flows_fixtures import CountingWorkspace, ingest, random_world
from partnerlens.store import TradeStore

SRC = str(Path(__file__).resolve().parents[1] / "src")


def _store(tmp_path: Path) -> tuple[TradeStore, CountingWorkspace]:
    world = random_world(2, ["RWA", "AZE", "KEN"], ["090111", "847130"], [2022], density=0.9)
    home = ingest(tmp_path / "ws", world, name="demo-memo", synthetic=True).home
    workspace = CountingWorkspace(home)
    return TradeStore(workspace), workspace


def test_a_second_read_opens_nothing(tmp_path: Path) -> None:
    store, workspace = _store(tmp_path)
    first = store.sources()
    workspace.opened.clear()
    again = TradeStore(workspace).sources()  # another handle of the same workspace: the same process's memo
    assert again == first and workspace.opened == []
    again.clear()  # a caller's list is its own
    assert store.sources() == first


def test_every_commit_of_this_process_is_seen_by_the_next_read(tmp_path: Path) -> None:
    """Commits in quick succession (well within a file-time tick) each change what the next read returns."""
    store, workspace = _store(tmp_path)
    rows = store.sources()[0].rows
    for step in range(1, 31):
        with workspace.connect() as con:
            con.execute("UPDATE sources SET rows = rows + 1")
        assert store.sources()[0].rows == rows + step
        assert store.sources() == store._read_sources()


def test_a_commit_of_another_process_is_seen(tmp_path: Path) -> None:
    store, _ = _store(tmp_path)
    assert [s.name for s in store.sources()] == ["demo-memo"]
    script = (
        "import sys, duckdb; con = duckdb.connect(sys.argv[1]); "
        "con.execute(\"UPDATE sources SET name = 'demo-renamed'\"); con.close()"
    )
    env = os.environ | {"PYTHONPATH": SRC}
    subprocess.run([sys.executable, "-c", script, str(store.workspace.database_path)], check=True, env=env)
    assert [s.name for s in store.sources()] == ["demo-renamed"]
