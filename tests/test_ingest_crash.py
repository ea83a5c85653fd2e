"""Ingest killed at every step, and ingests racing each other and readers (issue 19, finding 5).

A real subprocess ingests a BACI-layout release and is killed with SIGKILL at
a chosen step (``partnerlens.store.STEP_HOOK``): after staging, after each
year, after writing, after moving the new version in, after the catalogue
commit, after clean-up; and a removal killed after its commit. Opening the
workspace afterwards must leave the store and the catalogue agreeing (exactly
the old release before the commit point, exactly the new one after it),
staging empty and no orphaned version. Then two writers ingest the same
release at once while readers query and build caches: every read sees one
whole release, and the catalogue describes the files.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from _trade_fixtures import YEARS, baci_zip
from partnerlens.analytics.flows import open_flows
from partnerlens.sources.baci import ingest_release
from partnerlens.store import TradeStore
from partnerlens.workspace import Workspace

NAME = "baci-hs92-v202501"
_KILLER = """
import os, signal, sys
from partnerlens import store as store_module
from partnerlens.sources.baci import ingest_release
from partnerlens.store import TradeStore
from partnerlens.workspace import Workspace

home, action, step = sys.argv[1], sys.argv[2], sys.argv[3]
store_module.STEP_HOOK = lambda name: os.kill(os.getpid(), signal.SIGKILL) if name == step else None
store = TradeStore(Workspace.open(home))
if action == "remove":
    store.remove("baci-hs92-v202501")
else:
    ingest_release(store, action)
"""
INGEST_STEPS = ["staged", "year 2021", "year 2022", "written", "moved", "committed", "collected"]
AFTER_COMMIT = {"committed", "collected"}


def _env() -> dict:
    return os.environ | {"PYTHONPATH": os.pathsep.join(sys.path)}


def _totals(store: TradeStore) -> tuple:
    """What a reader sees: rows and value of the flows; and what the catalogue says."""
    with store.query() as con:
        rows, value = con.execute("SELECT count(*), coalesce(sum(value_usd), 0) FROM flows").fetchone()
    catalogue = [(s.name, s.rows, round(s.value_usd, 3)) for s in store.sources()]
    return rows, round(value, 3), catalogue


def assert_consistent(store: TradeStore) -> None:
    """Store and catalogue agree; nothing orphaned; staging clean."""
    home = store.workspace.home
    staging = home / ".staging"
    assert not staging.exists() or not any(staging.iterdir()), list(staging.iterdir())
    infos = {s.name: s for s in store.sources()}
    folders = {p.name.removeprefix("source=") for p in store.workspace.flows_dir.glob("source=*")}
    assert folders == set(infos), (folders, set(infos))
    for info in infos.values():
        children = {c.name for c in store.source_dir(info.name).iterdir()} - {".readers"}
        assert children == {info.version}, children
        with store.query(sources=[info.name]) as con:
            rows, value = con.execute("SELECT count(*), sum(value_usd) FROM flows").fetchone()
        assert rows == info.rows and value == pytest.approx(info.value_usd)


@pytest.fixture
def releases(tmp_path) -> tuple[Path, Path]:
    """Two copies of one release: the full one, and one with a different 2022."""
    for folder in ("first", "second"):
        (tmp_path / folder).mkdir()
    first = baci_zip(tmp_path / "first" / "BACI_HS92_V202501.zip")
    other = {2021: YEARS[2021], 2022: [(2022, 646, 31, 90111, "1.000", "1")]}
    return first, baci_zip(tmp_path / "second" / "BACI_HS92_V202501.zip", other)


@pytest.mark.parametrize("step", INGEST_STEPS)
def test_an_ingest_killed_at_any_step_leaves_one_whole_release(tmp_path, releases, step):
    first, second = releases
    home = tmp_path / "ws"
    store = TradeStore(Workspace.open(home))
    ingest_release(store, first)
    old = _totals(store)
    new_store = TradeStore(Workspace.open(tmp_path / "reference"))
    ingest_release(new_store, second)
    new = _totals(new_store)
    killed = subprocess.run(
        [sys.executable, "-c", _KILLER, str(home), str(second), step],
        env=_env(),
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert killed.returncode == -signal.SIGKILL, killed.stderr
    store = TradeStore(Workspace.open(home))  # recovery on open
    assert_consistent(store)
    assert _totals(store) == (new if step in AFTER_COMMIT else old)


@pytest.mark.parametrize("step", ["uncatalogued"])
def test_a_removal_killed_after_its_commit_finishes_on_open(tmp_path, releases, step):
    home = tmp_path / "ws"
    ingest_release(TradeStore(Workspace.open(home)), releases[0])
    killed = subprocess.run(
        [sys.executable, "-c", _KILLER, str(home), "remove", step],
        env=_env(),
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert killed.returncode == -signal.SIGKILL, killed.stderr
    store = TradeStore(Workspace.open(home))
    assert_consistent(store)
    assert store.sources() == []


def test_leftovers_of_an_older_version_are_cleaned_on_open(tmp_path, releases):
    """Staging of a crashed ingest (four kills left 1.56 GB) and an unrecorded version directory go away."""
    home = tmp_path / "ws"
    store = TradeStore(Workspace.open(home))
    ingest_release(store, releases[0])
    (home / ".staging" / "deadbeef" / "year=2021").mkdir(parents=True)
    (home / ".staging" / "deadbeef" / "year=2021" / "part-0.parquet").write_bytes(b"x" * 1000)
    orphan = store.source_dir(NAME) / "v20250101000000-0123abcd" / "year=2021"
    orphan.mkdir(parents=True)
    (orphan / "part-0.parquet").write_bytes(b"PAR1")
    (home / "flows" / "source=ghost" / "year=2020").mkdir(parents=True)
    assert_consistent(TradeStore(Workspace.open(home)))


_WRITER = """
import sys
from partnerlens.errors import PartnerlensError
from partnerlens.sources.baci import ingest_release
from partnerlens.store import TradeStore
from partnerlens.workspace import Workspace
try:
    for _ in range(int(sys.argv[3])):
        ingest_release(TradeStore(Workspace.open(sys.argv[1])), sys.argv[2])
except PartnerlensError as exc:
    print(exc, file=sys.stderr)
    sys.exit(1)
"""


def test_two_writers_and_readers(tmp_path, releases):
    first, second = releases
    home = tmp_path / "ws"
    store = TradeStore(Workspace.open(home))
    ingest_release(store, first)
    states = {_totals(store)[:2]}
    reference = TradeStore(Workspace.open(tmp_path / "reference"))
    ingest_release(reference, second)
    states.add(_totals(reference)[:2])

    stop, seen, errors = threading.Event(), set(), []

    def read() -> None:
        reader = TradeStore(Workspace.open(home))
        while not stop.is_set():
            try:
                with open_flows(reader) as flows:
                    totals = flows.con.execute(
                        "SELECT count(*), round(coalesce(sum(value_usd), 0), 3) FROM flows"
                    ).fetchone()
                    pairs = flows.con.execute(f"SELECT round(sum(value_usd), 3) FROM {flows.pair_totals()}").fetchone()[
                        0
                    ]
                seen.add(tuple(totals))
                assert pairs == totals[1], (pairs, totals)
            except Exception as exc:  # noqa: BLE001 - every failure of a reader is what this test looks for
                errors.append(repr(exc))

    readers = [threading.Thread(target=read) for _ in range(2)]
    for thread in readers:
        thread.start()
    env = _env() | {"PARTNERLENS_LOCK_WAIT": "120"}
    writers = [
        subprocess.Popen(
            [sys.executable, "-c", _WRITER, str(home), str(path), "3"], env=env, stderr=subprocess.PIPE, text=True
        )
        for path in (first, second)
    ]
    codes = [(w.wait(timeout=400), w.stderr.read()) for w in writers]
    stop.set()
    for thread in readers:
        thread.join(timeout=60)
    assert [code for code, _ in codes] == [0, 0], codes
    assert errors == []
    assert seen and seen <= states, (seen, states)
    assert_consistent(TradeStore(Workspace.open(home)))


def test_a_second_writer_that_cannot_wait_is_refused_with_a_clear_message(tmp_path, releases, monkeypatch):
    from partnerlens.errors import PartnerlensError
    from partnerlens.locking import writer_lock

    home = tmp_path / "ws"
    store = TradeStore(Workspace.open(home))
    monkeypatch.setenv("PARTNERLENS_LOCK_WAIT", "0.2")
    done = threading.Event()
    holding = threading.Event()

    def hold() -> None:
        with writer_lock(home, "an ingest held by the test"):
            holding.set()
            done.wait(30)

    holder = threading.Thread(target=hold)
    holder.start()
    holding.wait(10)
    try:
        with pytest.raises(PartnerlensError, match="another process is writing to this workspace"):
            ingest_release(store, releases[0])
    finally:
        done.set()
        holder.join()
    assert store.sources() == []


def test_a_store_written_before_versions_reads_and_is_replaced_cleanly(tmp_path, releases):
    """Workspaces from before this change keep their files in ``source=NAME/year=…`` with no version in the catalogue."""
    home = tmp_path / "ws"
    store = TradeStore(Workspace.open(home))
    ingest_release(store, releases[0])
    before = _totals(store)
    info = store.sources()[0]
    for child in store.source_path(info).iterdir():
        child.rename(store.source_dir(NAME) / child.name)
    store.source_path(info).rmdir()
    with store.workspace.connect() as con:
        con.execute("UPDATE sources SET version = NULL")
    store = TradeStore(Workspace.open(home))
    assert _totals(store) == before and store.sources()[0].version is None
    ingest_release(store, releases[1])
    assert_consistent(TradeStore(Workspace.open(home)))
    assert not list(store.source_dir(NAME).glob("year=*"))
