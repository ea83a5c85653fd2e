"""The chart engine's worker process (``brief.chart_engine``): the same SVG as drawing in-process, and a fallback.

The worker runs ``vl-convert`` in a process of its own so that its start (which
holds the GIL) overlaps a brief's imports and analytics; what it draws must be
byte for byte what ``vl-convert`` draws in this process, errors included.
"""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest
import vl_convert

from partnerlens.brief import chart_engine

SRC = str(Path(__file__).resolve().parents[1] / "src")

LINE = {
    "$schema": "https://vega.github.io/schema/vega-lite/v6.4.1.json",
    "data": {"values": [{"year": y, "v": y * 1.5 - 3000.25, "f": "A → B"} for y in range(2015, 2023)]},
    "mark": {"type": "line", "point": True},
    "encoding": {
        "x": {"field": "year", "type": "ordinal"},
        "y": {"field": "v", "type": "quantitative"},
        "color": {"field": "f", "type": "nominal"},
    },
}
VEGA = {
    "width": 120,
    "height": 80,
    "data": [{"name": "t", "values": [{"x": 1, "y": 2, "label": "Rwanda’s café"}, {"x": 3, "y": 0.1, "label": "é"}]}],
    "marks": [
        {
            "type": "text",
            "from": {"data": "t"},
            "encode": {"enter": {"x": {"field": "x"}, "y": {"field": "y"}, "text": {"field": "label"}}},
        }
    ],
}


@pytest.fixture()
def worker():
    chart_engine.stop()
    chart_engine.start()
    yield chart_engine._workers[0]
    chart_engine.stop()


def test_the_worker_draws_what_vl_convert_draws_here(worker):
    assert worker is not None and worker.poll() is None
    assert chart_engine._from_worker(LINE, False) == vl_convert.vegalite_to_svg(LINE)
    assert chart_engine._from_worker(VEGA, True) == vl_convert.vega_to_svg(VEGA)
    assert chart_engine.draw(LINE, False) == vl_convert.vegalite_to_svg(LINE)


def test_threads_share_one_worker(worker):
    expected = vl_convert.vegalite_to_svg(LINE)
    results: list[str] = []
    threads = [threading.Thread(target=lambda: results.append(chart_engine.draw(LINE, False))) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert results == [expected] * 4
    assert chart_engine._workers == [worker]  # one worker, still running


def test_a_bad_spec_raises_what_vl_convert_raises(worker):
    bad = {"mark": "no-such-mark", "data": {"values": [{"a": 1}]}}
    with pytest.raises(Exception) as here:
        vl_convert.vegalite_to_svg(bad)
    assert chart_engine._from_worker(bad, False) is None  # the worker reports an error: drawn (and raised) here
    with pytest.raises(type(here.value)):
        chart_engine.draw(bad, False)
    assert chart_engine.draw(LINE, False) == vl_convert.vegalite_to_svg(LINE)  # the worker still serves


def test_a_dead_worker_falls_back_to_drawing_here(worker):
    worker.kill()
    worker.wait()
    assert chart_engine.draw(LINE, False) == vl_convert.vegalite_to_svg(LINE)
    assert chart_engine._failed
    chart_engine._failed = False


def test_a_spec_that_is_not_plain_json_is_drawn_here(worker):
    spec = {**LINE, "usermeta": {"tags": {"a"}}}  # a set: json.dumps refuses it
    assert chart_engine._from_worker(spec, False) is None
    assert chart_engine._workers == [worker] and worker.poll() is None


def test_switched_off_no_worker_is_started(monkeypatch):
    chart_engine.stop()
    monkeypatch.setenv(chart_engine.OFF, "0")
    chart_engine.start()
    assert chart_engine._workers == [] and chart_engine.capacity() == 1
    assert chart_engine.draw(LINE, False) == vl_convert.vegalite_to_svg(LINE)


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads /proc (Linux)")
def test_the_worker_ends_with_its_parent():
    """A process that started the worker and exits leaves no worker behind (its input closes)."""
    script = "from partnerlens.brief import chart_engine; chart_engine.start(workers=2); print(*(w.pid for w in chart_engine._workers))"
    env = os.environ | {"PYTHONPATH": SRC + os.pathsep + os.environ.get("PYTHONPATH", "")}
    run = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120, env=env)
    assert run.returncode == 0, run.stderr
    pids = [int(pid) for pid in run.stdout.split()]
    assert len(pids) == 2
    for pid in pids:
        for _ in range(100):  # reaped by the parent's exit handler; at most a moment later it is gone
            try:
                with open(f"/proc/{pid}/stat") as stat:
                    if stat.read().split(") ")[1][0] == "Z":
                        break
            except FileNotFoundError:
                break
            threading.Event().wait(0.05)
        else:
            pytest.fail(f"chart worker {pid} still running after its parent exited")


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork")
def test_a_forked_child_draws_with_a_worker_of_its_own(worker):
    """A child forked after the worker started must not share its pipes (answers would cross)."""
    expected = vl_convert.vegalite_to_svg(LINE)
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: draw, report whether it used a new worker, exit at once
        try:
            ok = chart_engine.draw(LINE, False) == expected and worker not in chart_engine._workers
            os.write(write, b"1" if ok else b"0")
        finally:
            chart_engine.stop()
            os._exit(0)
    os.close(write)
    answer = os.read(read, 1)
    os.waitpid(pid, 0)
    assert answer == b"1"
    assert chart_engine.draw(LINE, False) == expected and chart_engine._workers == [worker]


def test_charts_drawn_alongside_land_in_their_sections(tmp_path):
    """Within ``drawn_alongside`` a chart is a placeholder drawn on the drawing thread; ``resolved`` puts each SVG in
    its own chart (kept in the caller's ``kept_svg`` folder), and a drawing's error is raised there."""
    from partnerlens.brief.chart_files import drawn_alongside, kept_or_drawn, kept_svg
    from partnerlens.brief.model import Chart, Paragraph, Section

    specs = [{**LINE, "title": f"chart {n}"} for n in range(3)]
    with kept_svg(tmp_path / "charts"), drawn_alongside() as resolved:
        marks = [kept_or_drawn(spec, False, chart_engine.draw) for spec in specs]
        assert all(m.startswith("<!--") for m in marks) and len(set(marks)) == 3
        sections = [
            Section("a", "A", [Paragraph("text"), Chart("one", marks[0], "alt")]),
            Section("b", "B", [Chart("two", marks[1], "alt"), Chart("three", marks[2], "alt")]),
        ]
        done = resolved(sections)
    svgs = [b.svg for s in done for b in s.blocks if isinstance(b, Chart)]
    assert svgs == [vl_convert.vegalite_to_svg(spec) for spec in specs]
    assert len(list((tmp_path / "charts").glob("*.svg"))) == 3
    with drawn_alongside() as resolved:
        mark = kept_or_drawn({"mark": "no-such-mark", "data": {"values": [{"a": 1}]}}, False, chart_engine.draw)
        with pytest.raises(ValueError, match="conversion failed"):
            resolved([Section("c", "C", [Chart("bad", mark, "alt")])])


def test_two_workers_draw_two_charts_at_once_and_the_same_bytes():
    """Four threads, two workers: each worker draws, none at the same time as itself, every SVG vl-convert's."""
    chart_engine.stop()
    chart_engine.start(workers=2)
    try:
        workers = list(chart_engine._workers)
        assert len(workers) == 2 and chart_engine.capacity() == 2
        expected = {False: vl_convert.vegalite_to_svg(LINE), True: vl_convert.vega_to_svg(VEGA)}
        results: list[tuple[bool, str]] = []
        kinds = [False, True] * 4
        threads = [
            threading.Thread(target=lambda v=v: results.append((v, chart_engine.draw(LINE if not v else VEGA, v))))
            for v in kinds
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert sorted(results) == sorted((v, expected[v]) for v in kinds)
        assert chart_engine._workers == workers and all(w.poll() is None for w in workers)
        chart_engine.start(workers=2)  # idempotent
        assert chart_engine._workers == workers
    finally:
        chart_engine.stop()


def test_when_one_of_two_workers_dies_the_other_draws():
    chart_engine.stop()
    chart_engine.start(workers=2)
    try:
        dead, alive = chart_engine._workers
        dead.kill()
        dead.wait()
        expected = vl_convert.vegalite_to_svg(LINE)
        assert [chart_engine.draw(LINE, False) for _ in range(4)] == [expected] * 4
        assert chart_engine._workers == [alive] and alive.poll() is None
        chart_engine.start(workers=2)  # a worker failed: no new one is started
        assert chart_engine._workers == [alive]
    finally:
        chart_engine.stop()
