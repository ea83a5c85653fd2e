"""Charts kept as SVG files, so that a brief recomputed with the same charts draws nothing and starts no chart engine.

:func:`kept_svg` names the folder for the charts drawn within a block (the brief
uses ``cache/<state>/charts/<code fingerprint>``, :mod:`partnerlens.brief.kept`);
each chart's file is named by a hash of its spec and the chart engine's
version. Outside such a block every chart is drawn. Standard library only.

Within :func:`drawn_alongside` (a brief's composing), a chart is drawn on a
background thread while the sections go on being written: the caller gets a
placeholder, and the function the block yields puts every chart's SVG in its
place (the chart engine's worker process draws meanwhile; same bytes).

Within :func:`drawn_early` (a brief's whole build), :func:`predraw` builds and
draws a chart on a drawing thread as soon as its data exist, while the analytics
go on; the same chart asked for later (same spec) is then read back from memory,
or waited for while it is being drawn.

There are as many drawing threads as the chart engine has workers
(``chart_engine.capacity``: one in a command, two in a warm server), so that
a chart whose data come late (the second direction's product space) need not
wait behind the others; each spec is drawn once however many threads ask.
"""

from __future__ import annotations

import contextvars
import dataclasses
import hashlib
import json
import os
import threading
import uuid
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager, suppress
from contextvars import ContextVar
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from partnerlens.locking import keeping

if TYPE_CHECKING:
    from partnerlens.brief.model import Section

_KEPT: ContextVar[Path | None] = ContextVar("partnerlens_kept_svg", default=None)
_ALONGSIDE: ContextVar[dict[str, Future[str]] | None] = ContextVar("partnerlens_charts_alongside", default=None)
_EARLY: ContextVar[dict[str, Future[str]] | None] = ContextVar("partnerlens_charts_early", default=None)
_EARLY_LOCK = threading.Lock()


@contextmanager
def kept_svg(folder: Path) -> Iterator[None]:
    """Within the block, every chart drawn is kept in ``folder`` as SVG, and a chart already kept there is read back.

    ``folder`` should name what else the drawing depends on besides the spec
    and the engine's version (the brief's includes the code's fingerprint).
    """
    token = _KEPT.set(folder)
    try:
        yield
    finally:
        _KEPT.reset(token)


@contextmanager
def drawn_alongside() -> Iterator[Callable[[list[Section]], list[Section]]]:
    """Within the block, charts are drawn on a background thread; what it yields puts their SVGs into sections.

    ``resolved(sections)`` waits for the drawings and returns the sections with
    each chart's placeholder replaced by its SVG (a drawing's error is raised there).
    """
    pending: dict[str, Future[str]] = {}
    token = _ALONGSIDE.set(pending)
    try:
        yield lambda sections: _resolved(sections, pending)
    finally:
        _ALONGSIDE.reset(token)


@contextmanager
def drawn_early() -> Iterator[None]:
    """Within the block, :func:`predraw` draws charts ahead of the sections that show them (kept in memory by spec)."""
    token = _EARLY.set({})
    try:
        yield
    finally:
        _EARLY.reset(token)


def predraw(chart: Callable[[], object]) -> None:
    """Within :func:`drawn_early`, call ``chart`` (which draws through :func:`kept_or_drawn`) on the drawing thread.

    The spec is built and drawn there while the caller goes on (the analytics
    spend their time in DuckDB, which releases the GIL); the SVG is kept in
    memory under its spec, so a section that asks for the same chart later gets
    it without drawing (waiting for it while another drawing thread draws it).
    A failure is ignored here: the section draws the chart again and reports
    it. Outside the block, nothing is done.
    """
    if _EARLY.get() is None:
        return
    context = contextvars.copy_context()
    context.run(_ALONGSIDE.set, None)  # on the drawing thread: draw, not a placeholder
    _drawer().submit(context.run, _quietly, chart)


def _quietly(chart: Callable[[], object]) -> None:
    with suppress(Exception):  # drawn again, and raised, where the chart is asked for
        chart()


def _resolved(sections: list[Section], pending: dict[str, Future[str]]) -> list[Section]:
    from partnerlens.brief.model import Chart

    for section in sections:
        section.blocks = [
            dataclasses.replace(b, svg=pending[b.svg].result()) if isinstance(b, Chart) and b.svg in pending else b
            for b in section.blocks
        ]
    return sections


def _drawer() -> ThreadPoolExecutor:
    """The process's drawing threads, one per chart engine worker (``chart_engine.capacity``): a worker draws one
    chart at a time, and vl-convert in-process holds the GIL while it draws."""
    from partnerlens.brief import chart_engine

    return _drawing_threads(chart_engine.capacity())


@cache
def _drawing_threads(count: int) -> ThreadPoolExecutor:
    return ThreadPoolExecutor(max_workers=count, thread_name_prefix="partnerlens-charts")


def kept_or_drawn(spec: dict, vega: bool, draw: Callable[[dict, bool], str]) -> str:
    """The SVG of ``spec``: read from the :func:`kept_svg` folder, else ``draw(spec, vega)`` and kept there.

    Within :func:`drawn_alongside`, a placeholder, the chart being drawn on the drawing thread.
    """
    pending = _ALONGSIDE.get()
    if pending is None:
        return _kept_or_drawn(spec, vega, draw)
    mark = f"<!-- partnerlens chart {len(pending)} {uuid.uuid4().hex} -->"
    context = contextvars.copy_context()  # the caller's kept_svg folder
    context.run(_ALONGSIDE.set, None)
    pending[mark] = _drawer().submit(context.run, _kept_or_drawn, spec, vega, draw)
    return mark


def _kept_or_drawn(spec: dict, vega: bool, draw: Callable[[dict, bool], str]) -> str:
    folder, early = _KEPT.get(), _EARLY.get()
    if folder is None and early is None:
        return draw(spec, vega)
    text = json.dumps([spec, vega, _engine_version()], sort_keys=True, default=str, ensure_ascii=False)
    if early is None:
        return _kept_file(folder, text, spec, vega, draw)  # type: ignore[arg-type]
    with _EARLY_LOCK:
        drawing, mine = early.get(text), None
        if drawing is None or (drawing.done() and drawing.exception() is not None):  # not drawn, or failed: draw
            drawing = mine = early[text] = Future()
    if mine is None:  # drawn ahead (predraw), or being drawn by another drawing thread
        with suppress(Exception):
            return drawing.result()
        return _kept_or_drawn(spec, vega, draw)  # it failed there: drawn again here, and an error raised here
    try:
        svg = draw(spec, vega) if folder is None else _kept_file(folder, text, spec, vega, draw)
    except BaseException as exc:
        mine.set_exception(exc)
        raise
    mine.set_result(svg)
    return svg


def _kept_file(folder: Path, text: str, spec: dict, vega: bool, draw: Callable[[dict, bool], str]) -> str:
    """The SVG kept in ``folder`` under the hash of ``text``, else drawn and kept there."""
    if not keeping():  # a rehearsal (locking.nothing_kept): drawn, not kept
        return draw(spec, vega)
    path = folder / f"{hashlib.sha256(text.encode()).hexdigest()[:32]}.svg"
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        pass
    svg = draw(spec, vega)
    partial = folder / f".{path.name}.{uuid.uuid4().hex}.partial"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        partial.write_text(svg, encoding="utf-8")
        os.replace(partial, path)  # the same chart drawn twice at once: either copy, they are equal
    except OSError:  # a workspace that cannot be written: drawn each time
        partial.unlink(missing_ok=True)
    return svg


@cache
def _engine_version() -> str:
    from importlib.metadata import version

    return version("vl-convert-python")
