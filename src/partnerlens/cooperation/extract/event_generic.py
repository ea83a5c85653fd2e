"""An event word inside a list of activities names no event (issue 11, event precision).

"to promote trade through trade fairs, exhibitions, conferences and forums", "par des foires, des expositions et des
forums", "через ярмарки, выставки и форумы", "mediante ferias, exposiciones y foros": a list of three or more bare
items (each at most two lower-case words, opened at most by a plural or partitive determiner of ``data/lang/
<language>.yaml`` ``activity_list_determiners``, never by a singular one, ``activity_list_singulars``), joined by commas
and a final coordination, tells kinds of activity, not an occasion. An event needs its own occasion: a date in the
sentence, or a capitalised name right after its word (a named edition, a place) keeps it.
"""

from __future__ import annotations

import re
from functools import cache

from partnerlens.cooperation.extract.vocabulary import alternation
from partnerlens.patterns import compiled


def in_activity_list(text: str, span: tuple[int, int], language: str) -> bool:
    """Whether the event word at ``span`` of ``text`` is an item of a list of activities with no occasion of its own."""
    for found in _activity_list(language).finditer(text):
        if found.start() <= span[0] and span[1] <= found.end():
            return not _named_after(language).match(text, found.end())
    return False


@cache
def _activity_list(language: str) -> re.Pattern:
    lower = r"(?-i:[a-zà-öø-ÿа-яё])[\w’'-]*"
    singular = rf"(?!(?:{alternation('activity_list_singulars', language)})(?!\w))"
    item = (
        rf"(?:(?:{alternation('activity_list_determiners', language)})\s+)?{singular}{lower}(?:\s+{singular}{lower})?"
    )
    coordination = alternation("coordination", language)
    return compiled(rf"(?<![\w-]){item}(?:\s*,\s*{item})+,?\s+(?:{coordination})\s+{item}(?![\w-])", re.IGNORECASE)


@cache
def _named_after(language: str) -> re.Pattern:
    """A capitalised word right after the list (its last item's name: "forums Russia–Africa"), or a place
    preposition and one ("and forums in Kazan"): the items then have an occasion."""
    places = alternation("place_prepositions", language)
    return compiled(rf"\s+(?:(?:{places})\s+)?(?-i:[A-ZÀ-ÖØ-ÞА-ЯЁ\d])", re.IGNORECASE)
