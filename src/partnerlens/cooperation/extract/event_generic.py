"""An event word inside a list of activities, or inside another gathering's name, names no event of its own (issue
11, event precision).

"to promote trade through trade fairs, exhibitions, conferences and forums", "par des foires, des expositions et des
forums", "через ярмарки, выставки и форумы", "mediante ferias, exposiciones y foros": a list of three or more bare
items (each at most two lower-case words, opened at most by a plural or partitive determiner of ``data/lang/
<language>.yaml`` ``activity_list_determiners``, never by a singular one, ``activity_list_singulars``), joined by commas
and a final coordination, tells kinds of activity, not an occasion. An event needs its own occasion: a date in the
sentence, or a capitalised name right after its word (a named edition, a place) keeps it.

A gathering's capitalised word inside the name of another gathering is a word of that name: "le 3e Sommet du Forum
sur la coopération sino-africaine", "the Summit of the Forum on China-Africa Cooperation", "саммит Форума
сотрудничества", "the Forum on China-Africa Cooperation Summit" tell one summit, not a summit and a forum
(:func:`name_within`: only the language's ``name_connectors`` between the two words, or, before the other's
capitalised word, only capitalised words and connectors).
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


def name_within(text: str, inner: re.Match, outer: re.Match, language: str) -> bool:
    """Whether the gathering's word ending ``inner`` is a capitalised word of the name of the gathering at ``outer``
    (see the module docstring)."""
    word_start = inner.end() - len(inner.group(0).split()[-1])
    if not text[word_start : word_start + 1].isupper():
        return False
    if outer.end() <= word_start:
        return bool(_linked(language).fullmatch(text, outer.end(), word_start))
    if inner.end() <= outer.start() and text[outer.start() : outer.start() + 1].isupper():
        return bool(_named_run(language).fullmatch(text, inner.end(), outer.start()))
    return False


@cache
def _linked(language: str) -> re.Pattern:
    """Only connectors between a gathering's word and the next ("Sommet du Forum", "Summit of the Forum")."""
    return compiled(rf"\s+(?:(?:{alternation('name_connectors', language)})\s+)*", re.IGNORECASE)


@cache
def _named_run(language: str) -> re.Pattern:
    """Capitalised words, dashes and connectors between a name's first noun and its last ("Forum on China-Africa
    Cooperation Summit")."""
    connectors = alternation("name_connectors", language)
    word = r"(?-i:[A-ZÀ-ÖØ-ÞА-ЯЁ])[\w'’]*"
    return compiled(rf"(?:[\s–—-]+(?:{word}|(?:{connectors})(?!\w)))*[\s–—-]+", re.IGNORECASE)
