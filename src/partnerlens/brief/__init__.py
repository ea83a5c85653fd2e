"""Partnership briefs: a cited, charted brief for any pair of parties, in Markdown, HTML or PDF.

>>> from partnerlens.brief import build, render
>>> brief = build("Rwanda", "Azerbaijan", workspace="~/pl")  # doctest: +SKIP
>>> html = render(brief, "html")  # doctest: +SKIP

``build`` computes (``gather.gather_inputs``), writes the eight sections (``sections``) and
numbers the citations in order of first use (``model.Citations``); ``render``
turns the result into text or PDF bytes; ``write`` saves it atomically
(:mod:`partnerlens.brief.make`).

Every public name is loaded on first use (PEP 562): ``build``, ``compose``,
``inputs_for`` and ``write`` from ``brief.make``; ``render`` and ``FORMATS`` from
``brief.rendering`` (Jinja); ``Brief`` from ``brief.model``. Importing a light
module of the package (``brief.kept``, ``brief.output``, ``brief.fmt``) — as
``partnerlens profile`` does for its kept bottom line — therefore loads neither
Jinja, the chart engine, the claim checker nor the extractor. (The renderer's
module is ``rendering``, not ``render``: a submodule named like a function the
package exports would replace that function on the package once imported.)
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from partnerlens.lazy import lazy_names

if TYPE_CHECKING:
    from partnerlens.brief.make import build, compose, inputs_for, write
    from partnerlens.brief.model import FORMATS, Brief
    from partnerlens.brief.rendering import render

__all__ = ["FORMATS", "Brief", "build", "compose", "inputs_for", "render", "write"]

__getattr__ = lazy_names(
    __name__,
    {
        "build": ".make",
        "compose": ".make",
        "inputs_for": ".make",
        "write": ".make",
        "render": ".rendering",
        "FORMATS": ".model",
        "Brief": ".model",
    },
)
