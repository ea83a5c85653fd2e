"""Charts drawn ahead (``brief.chart_files.predraw``): drawn once, as soon as their data exist, and the same SVG later.

A brief builds and draws its charts on the drawing thread while the analytics
still run; a section that asks for the same spec afterwards must get exactly
that SVG without a second drawing, and a chart drawn ahead that fails must
fail where the section asks for it, as before.
"""

from __future__ import annotations

import contextvars
import threading

import pytest

from partnerlens.brief.chart_files import drawn_alongside, drawn_early, kept_or_drawn, kept_svg, predraw
from partnerlens.brief.model import Chart, Section

SPEC = {"mark": "point", "data": {"values": [{"a": 1}]}}


class Drawer:
    """A drawing function that counts its calls and names the thread it ran on."""

    def __init__(self, fail: bool = False) -> None:
        self.calls: list[str] = []
        self.fail = fail

    def __call__(self, spec: dict, vega: bool) -> str:
        self.calls.append(threading.current_thread().name)
        if self.fail:
            raise ValueError("cannot draw this spec")
        return f"<svg>{len(self.calls)} {sorted(spec)}</svg>"


def _in_section(spec: dict, draw: Drawer) -> str:
    """The SVG of ``spec`` as a section shows it, composed within ``drawn_alongside`` as a brief's sections are."""
    with drawn_alongside() as resolved:
        section = Section("s", "S")
        section.add(Chart("caption", kept_or_drawn(spec, False, draw), "alt"))
        return resolved([section])[0].blocks[0].svg


def test_a_chart_drawn_ahead_is_drawn_once_on_the_drawing_thread():
    draw = Drawer()
    with drawn_early():
        predraw(lambda: kept_or_drawn(SPEC, False, draw))
        svg = _in_section(SPEC, draw)
    assert svg == "<svg>1 ['data', 'mark']</svg>"
    assert len(draw.calls) == 1 and draw.calls[0].startswith("partnerlens-charts")


def test_a_different_spec_is_drawn_again():
    draw = Drawer()
    with drawn_early():
        predraw(lambda: kept_or_drawn(SPEC, False, draw))
        svg = _in_section(SPEC | {"width": 3}, draw)
    assert svg == "<svg>2 ['data', 'mark', 'width']</svg>" and len(draw.calls) == 2


def test_outside_drawn_early_predraw_does_nothing():
    draw = Drawer()
    predraw(lambda: kept_or_drawn(SPEC, False, draw))
    assert _in_section(SPEC, draw) == "<svg>1 ['data', 'mark']</svg>"
    assert len(draw.calls) == 1


def test_a_chart_that_fails_ahead_fails_where_it_is_asked_for():
    draw = Drawer(fail=True)
    with drawn_early():
        predraw(lambda: kept_or_drawn(SPEC, False, draw))  # no error here
        with pytest.raises(ValueError, match="cannot draw"):
            _in_section(SPEC, draw)
    assert len(draw.calls) == 2  # tried ahead, then again for the section


def test_a_chart_drawn_ahead_is_also_kept_on_disk(tmp_path):
    draw = Drawer()
    with kept_svg(tmp_path), drawn_early():
        predraw(lambda: kept_or_drawn(SPEC, False, draw))
        first = _in_section(SPEC, draw)
    assert len(list(tmp_path.glob("*.svg"))) == 1
    with kept_svg(tmp_path):  # a later brief reads it back
        assert _in_section(SPEC, Drawer()) == first
    assert len(draw.calls) == 1


class Slow(Drawer):
    """A drawer that holds the spec ``held`` until ``release`` is set."""

    def __init__(self, held: dict) -> None:
        super().__init__()
        self.held, self.release, self.started = held, threading.Event(), threading.Event()

    def __call__(self, spec: dict, vega: bool) -> str:
        if spec == self.held:
            self.started.set()
            assert self.release.wait(30)
        return super().__call__(spec, vega)


def test_with_two_drawing_threads_a_late_chart_does_not_wait_and_each_spec_is_drawn_once(monkeypatch):
    from partnerlens.brief import chart_engine

    monkeypatch.setattr(chart_engine, "capacity", lambda: 2)  # two workers' worth of drawing threads
    late = SPEC | {"width": 3}
    draw = Slow(held=SPEC)
    with drawn_early():
        predraw(lambda: kept_or_drawn(SPEC, False, draw))  # held on one drawing thread
        assert draw.started.wait(30)
        predraw(lambda: kept_or_drawn(late, False, draw))  # drawn meanwhile on the other
        with drawn_alongside() as resolved:
            section = Section("s", "S")
            section.add(Chart("late", kept_or_drawn(late, False, draw), "alt"))
            assert resolved([section])[0].blocks[0].svg == "<svg>1 ['data', 'mark', 'width']</svg>"
        assert len(draw.calls) == 1  # the held chart is still being drawn
        result: list[str] = []
        context = contextvars.copy_context()  # a section composed on another thread of the same brief
        asking = threading.Thread(target=lambda: result.append(context.run(_in_section, SPEC, draw)))
        asking.start()  # waits for the chart being drawn, does not draw it again
        draw.release.set()
        asking.join(30)
    assert result == ["<svg>2 ['data', 'mark']</svg>"] and len(draw.calls) == 2
    assert all(name.startswith("partnerlens-charts") for name in draw.calls)
