"""Two people or more after one plural title, each opened by their own state (issue 11, session 21): "les présidents
guinéen Alpha Condé, béninois Thomas Boni Yayi et ivoirien Alassane Ouattara", "os presidentes guineense X,
beninense Y e senegalês Z", "президенты Гвинеи X, Бенина Y и Сенегала Z", "the presidents of Guinea, X, of Benin,
Y, and of Senegal, Z", "the leaders Guinea's X, Benin's Y and Senegal's Z".

A report of a summit or a round of visits often lists leaders this way: one title in the plural
(``person_titles_plural`` of ``data/lang/<language>.yaml``), then people each introduced by a state's adjective,
its name (in Russian a genitive) or, in English, its possessive, each with a name of two to six capitalised words,
the items joined by commas and the language's "and" before the last. :mod:`.person_pairs` reads two people after
a title that names no state or names both states together; this reads any number, each with the state written
before their name, which is that person's. A list that never reaches its "and" is not read.
"""

from __future__ import annotations

import re

from partnerlens.cooperation.gazetteer import PartyMention
from partnerlens.cooperation.person_names import nominative, title_case
from partnerlens.cooperation.person_pairs import AND_WORDS, OF_WORDS, name_pattern, plural_title, plural_title_regex
from partnerlens.patterns import compiled

_PEOPLE_MIN = 2


def each_state_people(
    text: str, language: str, mentions: list[PartyMention]
) -> list[tuple[str, str, int, int, str | None]]:
    """(name, role, start, end, state) of each person listed after a plural title with their own state."""
    if plural_title(language) is None or language not in AND_WORDS:
        return []
    states = [m for m in mentions if m.how in ("name", "adjective")]
    found: list[tuple[str, str, int, int, str | None]] = []
    for title in plural_title_regex(language).finditer(text):
        items = _items(text, title.end(), language, states)
        if len(items) < _PEOPLE_MIN:
            continue
        role = " ".join(title.group("title").split())
        case = title_case(role) if language == "ru" else None
        found.extend((nominative(name, case), role, start, end, party) for name, start, end, party in items)
    return found


def _items(text: str, cursor: int, language: str, states: list[PartyMention]) -> list[tuple[str, int, int, str]]:
    """The people listed from ``cursor`` on, up to the one after "and" (none when "and" is never reached)."""
    items: list[tuple[str, int, int, str]] = []
    lead = _lead(language)
    names = _names()
    joined = False
    while not joined:
        before = lead.match(text, cursor)
        if before is None:
            return []
        joined = bool(before.group("and"))
        if joined and len(items) < _PEOPLE_MIN - 1:
            return []
        state = next((m for m in states if m.start == before.end()), None)
        if state is None:
            return []
        name = names.match(text, state.end)
        if name is None or any(m.start < name.end("name") and name.start("name") < m.end for m in states):
            return []
        items.append((name.group("name"), name.start("name"), name.end("name"), state.party))
        cursor = name.end("name")
    return items


def _lead(language: str) -> re.Pattern:
    """What comes before a state: a comma or "and" (none before the first), perhaps "of" ("and of Senegal")."""
    of = OF_WORDS.get(language, "of")
    return compiled(
        rf"(?:,?\s+(?P<and>{AND_WORDS[language]})\s+|,\s+|\s+)(?:{of}\s+)?(?:(?:the|l['’]|la|le|el|o|a)\s+)?"
    )


def _names() -> re.Pattern:
    """A name right after its state, perhaps after "'s" or a comma ("Guinea's Alpha Condé", "of Benin, X")."""
    return compiled(rf"(?:['’]s)?,?\s+(?P<name>{name_pattern()})(?![\w'’-])")
