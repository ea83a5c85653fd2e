"""States inside the name of a sea, a gulf, a bay or a strait are no states (issue 11, party precision, sixteenth
session).

"piracy in the Gulf of Guinea", "tensions in the South China Sea", "the Sea of Japan", "dans le golfe de Guinée", "en
mer de Chine méridionale", "в Гвинейском заливе", "в Южно-Китайском море", "no Golfo da Guiné", "en el Golfo de
México": the state's name is a word of a place name, and the place is water. Such a mention is dropped from the
article's mentions before any rule reads them (:func:`without_water_bodies`, called by ``extract.context``), so no
fact, focus or headline counts it. The names are matched by form, not listed one by one: a water noun
(``water_bodies_before`` in ``data/lang/<language>.yaml``: "Gulf of", "golfe de", "Golfo da") and the capitalised
words after it, or capitalised words and a water noun after them (``water_bodies_after``: "China Sea", "Гвинейском
заливе" — Russian names the water by an adjective before its noun). A state's own word that is not a place ("the
Gulf states", "le Golfe") has no capitalised word where the pattern needs one.
"""

from __future__ import annotations

import re
from functools import cache

from partnerlens.cooperation.extract.vocabulary import alternation
from partnerlens.cooperation.gazetteer import PartyMention
from partnerlens.patterns import compiled

_UPPER = r"(?-i:[A-ZÀ-ÖØ-ÞА-ЯЁ])[\w'’-]*"  # a capitalised word ("Guinée", "Южно-Китайском")


def without_water_bodies(text: str, mentions: list[PartyMention], language: str) -> list[PartyMention]:
    """``mentions`` without those inside the name of a sea, a gulf, a bay or a strait."""
    spans = water_spans(text, language) if mentions else []
    return [m for m in mentions if not any(s <= m.start and m.end <= e for s, e in spans)]


def water_spans(text: str, language: str) -> list[tuple[int, int]]:
    """Where the text names a body of water by a water noun and capitalised words (see the module)."""
    before, after = _patterns(language)
    return [(m.start(), m.end()) for pattern in (before, after) for m in pattern.finditer(text)]


@cache
def _patterns(language: str) -> tuple[re.Pattern, re.Pattern]:
    nouns_before = alternation("water_bodies_before", language)
    nouns_after = alternation("water_bodies_after", language)
    before = compiled(rf"(?<!\w)(?-i:{nouns_before})\s+(?:{_UPPER}\s+){{0,2}}{_UPPER}", re.IGNORECASE)
    after = compiled(rf"(?<!\w)(?:{_UPPER}\s+){{1,2}}(?:{nouns_after})(?!\w)", re.IGNORECASE)
    return before, after
