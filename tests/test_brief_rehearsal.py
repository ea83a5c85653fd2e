"""A warm server's rehearsal brief (issue 16): one brief computed in memory before the server announces itself,
leaving no trace in the workspace (``locking.nothing_kept``, ``web.warm.rehearse_brief``).

Real components: files in a temporary folder, the test world in a real store (DuckDB, Parquet), the web app's
``Data`` with its long-lived reader, the chart engine. The byte-identity of a brief answered after a rehearsal
with one computed locally is ``test_brief_warm_server.py``'s (its server rehearses before announcing).
"""

from __future__ import annotations

import contextvars
import threading
from pathlib import Path

from _brief_fixtures import build_store
from partnerlens.locking import keeping, kept_file, nothing_kept
from partnerlens.web.app import create_app
from partnerlens.web.warm import rehearse_brief
from partnerlens.workspace import Workspace
from partnerlens.world.build import build_world


def _write(value: str, partial: Path) -> None:
    partial.write_text(value, encoding="utf-8")


def _read(path: Path) -> str:
    return path.read_text(encoding="utf-8")


def test_kept_file_keeps_and_reads_back_outside_a_rehearsal(tmp_path):
    path = tmp_path / "cache" / "kept.txt"
    assert kept_file(path, lambda: "computed", _write, _read) == "computed"
    assert path.read_text(encoding="utf-8") == "computed"
    assert kept_file(path, lambda: "again", _write, _read) == "computed"  # read back, not computed


def test_within_nothing_kept_a_kept_file_is_computed_never_read_nor_written(tmp_path):
    kept, missing = tmp_path / "kept.txt", tmp_path / "cache" / "missing.txt"
    kept.write_text("kept before", encoding="utf-8")
    with nothing_kept():
        assert not keeping()
        assert kept_file(kept, lambda: "computed", _write, _read) == "computed"
        assert kept_file(missing, lambda: "computed", _write, _read) == "computed"
    assert keeping()
    assert kept.read_text(encoding="utf-8") == "kept before"
    assert not missing.parent.exists()


def test_nothing_kept_reaches_a_thread_run_in_a_copy_of_its_context():
    seen: list[bool] = []
    with nothing_kept():
        context = contextvars.copy_context()  # as the brief's threads do (gather, record, chart_files)
    thread = threading.Thread(target=lambda: seen.append(context.run(keeping)))
    thread.start()
    thread.join()
    assert seen == [False]
    assert keeping()


def _files(home: Path) -> dict[str, tuple[int, int]]:
    """Each file of the workspace, its size and modification time; not the empty lock files readers and builders
    take (``.readers``, ``*.lock``: ``locking``), which hold nothing."""
    return {
        str(p.relative_to(home)): (p.stat().st_size, p.stat().st_mtime_ns)
        for p in home.rglob("*")
        if p.is_file() and not (p.name == ".readers" or p.name.endswith(".lock"))
    }


def test_a_rehearsal_computes_a_brief_and_leaves_the_workspace_as_it_was(tmp_path):
    home = tmp_path / "ws"
    build_store(home)
    build_world(Workspace.open(home), years=[2022], workers=1)  # a server rehearses over current world tables only
    app = create_app(Workspace.open(home), warm=False)
    data = app.state.data
    data.reader()  # the long-lived reader opened first, as a started server has it
    before = _files(home)
    report = rehearse_brief(data)
    assert report.get("error") is None, report
    assert report["rehearsed"] is not None  # a pair of the store's latest year, briefed
    after = _files(home)
    assert {k: v for k, v in after.items() if k in before} == before  # database, its log, world tables: untouched
    kept = ("summary", "inputs", "briefs", "rendered", "charts", "extracted")  # brief.kept's folders
    new = [Path(k) for k in after.keys() - before.keys()]
    # only the store's own on-demand tables (by year, pair-independent: what any first brief builds) may appear
    assert all(p.parts[0] == "cache" and not set(p.parts[2:-1]) & set(kept) and p.parts[2] not in kept for p in new)
    data.pools.shutdown()


def test_a_rehearsal_over_an_empty_store_rehearses_nothing(tmp_path):
    app = create_app(Workspace.open(tmp_path / "empty"), warm=False)
    report = rehearse_brief(app.state.data)
    assert report["rehearsed"] is None and report.get("error") is None, report
    app.state.data.pools.shutdown()


def test_without_world_tables_nothing_is_rehearsed_nor_built(tmp_path):
    home = tmp_path / "ws"
    build_store(home)
    app = create_app(Workspace.open(home), warm=False)
    before = _files(home)
    report = rehearse_brief(app.state.data)
    assert report["rehearsed"] is None and report["skipped"] == "no current world tables", report
    assert _files(home) == before  # no on-demand table of the store built at a server's start
    app.state.data.pools.shutdown()
