"""Charts kept as SVG files, so that a brief recomputed with the same charts draws nothing and starts no chart engine.

:func:`kept_svg` names the folder for the charts drawn within a block (the brief
uses ``cache/<state>/charts/<code fingerprint>``, :mod:`partnerlens.brief.kept`);
each chart's file is named by a hash of its spec and the chart engine's
version. Outside such a block every chart is drawn. Standard library only.
"""

from __future__ import annotations

import hashlib
import json
import os
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import cache
from pathlib import Path

_KEPT: ContextVar[Path | None] = ContextVar("partnerlens_kept_svg", default=None)


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


def kept_or_drawn(spec: dict, vega: bool, draw: Callable[[dict, bool], str]) -> str:
    """The SVG of ``spec``: read from the :func:`kept_svg` folder, else ``draw(spec, vega)`` and kept there."""
    folder = _KEPT.get()
    if folder is None:
        return draw(spec, vega)
    text = json.dumps([spec, vega, _engine_version()], sort_keys=True, default=str, ensure_ascii=False)
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
