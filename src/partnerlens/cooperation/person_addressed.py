"""People named by a form of address alone, with no title: "M. Harper a insisté", "a-t-il déclaré à Mme Primas",
"Mr Okafor said", "la Sra. Gómez", "г-н Иванов". Reporting writes a form of address only before a person's name,
so the capitalised words after it are a name (a surname, or a given name and a surname), unless they are a state, a
function word or a title. Split from :mod:`.people` (at 400 lines) along that concern.

The letter "M." is also an initial ("Jean M. Dupont"): it is read as "Monsieur" only where no capitalised word is
written right before it.
"""

from __future__ import annotations

import re

from partnerlens.cooperation.gazetteer import PartyMention
from partnerlens.cooperation.models import Person
from partnerlens.cooperation.person_lists import PersonMention
from partnerlens.cooperation.person_names import NOT_NAMES
from partnerlens.cooperation.person_titles import NAME_WORD, PARTICLE, title_regex
from partnerlens.patterns import compiled

_ADDRESSED = compiled(
    r"(?<![\w.])(?P<form>M\.|Mme\.?|Mlle\.?|Mr\.?|Mrs\.?|Ms\.?|Sr\.|Sra\.|Srta\.|г-(?:н|жа))\s*"
    rf"(?P<name>{NAME_WORD}(?:\s+(?:{PARTICLE}\s+)?{NAME_WORD}){{0,3}})"
)

_AFTER_A_NAME = re.compile(r"[A-ZÀ-ÖØ-Þ][\w'’-]*\s*$")


def addressed_people(text: str, mentions: list[PartyMention], known: list[PersonMention]) -> list[PersonMention]:
    """People written after a form of address and found no other way; a person already read there is left as
    found, and no state, title or function word is a name."""
    found = []
    states = [m for m in mentions if not m.how.startswith("person")]
    titles = [regex for regex in map(title_regex, ("en", "fr", "ru", "pt", "es")) if regex is not None]
    for match in _ADDRESSED.finditer(text):
        if match.group("form") == "M." and _AFTER_A_NAME.search(text, max(0, match.start() - 40), match.start()):
            continue  # "Jean M. Dupont": an initial
        name, start, end = match.group("name"), match.start("name"), match.end("name")
        words = name.split()
        cut = next((i for i, w in enumerate(words) if NOT_NAMES.match(w) or any(r.fullmatch(w) for r in titles)), None)
        if cut is not None:  # "M. Le Drian" keeps "Le"; a title or article after the name ends it
            if cut == 0:
                continue
            name = " ".join(words[:cut])
            end = start + len(name)
        if any(k.start < end and start < k.end for k in known):
            continue
        if any(m.start < end and start < m.end for m in states):
            continue
        found.append(PersonMention(Person(name=re.sub(r"\s+", " ", name)), start, end))
    return found
