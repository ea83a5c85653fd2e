"""Partnership briefs: a cited, charted brief for any pair of parties, in Markdown, HTML or PDF.

>>> from partnerlens.brief import build, render
>>> brief = build("Rwanda", "Azerbaijan", workspace="~/pl")  # doctest: +SKIP
>>> html = render(brief, "html")  # doctest: +SKIP

``build`` computes (``gather.gather_inputs``), writes the eight sections (``sections``) and
numbers the citations in order of first use (``model.Citations``); ``render``
turns the result into text or PDF bytes; ``write`` saves it atomically
(:mod:`partnerlens.brief.make`).

``build``, ``compose``, ``inputs_for`` and ``write`` are loaded on first use
(PEP 562), so that importing a light module of the package (``brief.kept``,
``brief.fmt``) does not start the chart engine's imports, the claim checker and
the extractor. ``render`` and ``FORMATS`` (Jinja only) are imported here: a
name loaded later would be shadowed by the submodule ``brief.render`` of the
same name once anything imports it.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from partnerlens.brief.model import Brief
from partnerlens.brief.render import FORMATS, render

if TYPE_CHECKING:
    from partnerlens.brief.make import build, compose, inputs_for, write

__all__ = ["FORMATS", "Brief", "build", "compose", "inputs_for", "render", "write"]

_LAZY = ("build", "compose", "inputs_for", "write")  # in partnerlens.brief.make


def __getattr__(name: str) -> Any:
    """``build``, ``compose``, ``inputs_for`` and ``write``, imported from ``brief.make`` the first time they are asked for."""
    if name not in _LAZY:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.make"), name)
    globals()[name] = value
    return value
