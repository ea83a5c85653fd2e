"""The bottom line of a partnership, for every surface: the brief, the web pair page and ``partnerlens profile``.

>>> from partnerlens.brief.summary import summary
>>> s = summary("Rwanda", "Azerbaijan", workspace="~/pl")  # doctest: +SKIP
>>> [line["text"] for line in s["sentences"]]  # doctest: +SKIP

The sentences are written by :func:`partnerlens.brief.sections.summary.summarize`
over the brief's own inputs (``brief.inputs_for``), so the summary heading a
page or a terminal is word for word the one opening the brief; each sentence
comes with the figures it states and the sources its markers ``[n]`` point to.
"""

from __future__ import annotations

from partnerlens.brief.gather import BriefInputs
from partnerlens.brief.model import MARKER, Citations
from partnerlens.brief.sections.summary import Sentence, summarize

__all__ = ["Sentence", "summarize", "summary", "summary_of"]


def summary_of(inputs: BriefInputs) -> dict:
    """The bottom line of computed inputs: ``{"synthetic", "sentences": [{topic, text, figures, citations}], "citations"}``."""
    cites = Citations()
    sentences = summarize(inputs, cites)
    entries = {
        n: {"number": n, "kind": c.kind, "text": c.text, "address": c.address, "synthetic": c.synthetic}
        for n, c in cites.entries()
    }
    return {
        "a": inputs.a.name,
        "b": inputs.b.name,
        "year": inputs.year,
        "synthetic": inputs.synthetic,
        "sentences": [
            {
                "topic": s.topic,
                "text": s.text,
                "figures": s.figures,
                "citations": [entries[int(n)] for n in dict.fromkeys(MARKER.findall(s.text))],
            }
            for s in sentences
        ],
        "citations": list(entries.values()),
    }


def summary(a, b, year: int | None = None, *, workspace=None, flows=None, profile=None) -> dict:
    """The bottom line of parties ``a`` and ``b`` in ``year`` (default: latest), computed as the brief computes it.

    ``profile``: the pair's :class:`~partnerlens.analytics.BilateralProfile` of that year over all products,
    when the caller has it already (``partnerlens profile``), so it is not computed twice.
    """
    from partnerlens.brief import inputs_for

    return summary_of(inputs_for(a, b, year, workspace=workspace, flows=flows, profile=profile))
