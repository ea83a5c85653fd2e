"""Two people introduced by one plural title: "les Premiers ministres des deux pays, Abdelmalek Sellal et Manuel
Valls", "the foreign ministers of the two countries, X and Y", "los presidentes de ambos países, X y Y", "os
presidentes X e Y", "министры иностранных дел двух стран X и Y".

A report of talks often names both sides' leaders or ministers this way, after a title in the plural that no
singular title of :mod:`.person_titles` matches, after a comma, a colon or a dash ("главы аграрных ведомств двух
стран – X и Y") or nothing. Only a pair joined by the language's "and" is read, each name of
two to six capitalised words (:data:`.person_titles.NAME_WORD`), so a list of states or a single capitalised word is
not taken for people. The people's states are left to the rest of the article (the title names both), unless
each name is opened by its own state ("Президенты России Владимир Путин и Турции Реджеп Тайип Эрдоган", "the
presidents of Russia Vladimir Putin and of Turkey Recep Tayyip Erdogan"): that state is the person's, not a word of
the name (:func:`_own_state`).
"""

from __future__ import annotations

import re
from functools import cache

from partnerlens.cooperation.gazetteer import find_party_mentions
from partnerlens.cooperation.person_titles import HONORIFIC, NAME_WORD, PARTICLE
from partnerlens.patterns import compiled

PLURAL_TITLES = {
    "en": r"(?:[Pp]residents|[Pp]rime [Mm]inisters|(?:(?!(?:the|of|and|two|both)\s)[A-Za-z]+\s){1,2}?[Mm]inisters"
    r"|[Cc]o-?[Cc]hairs?(?:men|persons)?(?: of the (?:[A-Za-z]+\s){0,3}?[Cc]ommission)?"
    r"|[Mm]inisters of (?:[A-Za-z]+\s){0,3}?[A-Za-z]+|[Hh]eads of [Ss]tate|[Ll]eaders)"
    r"(?: of (?:the|both) (?:two )?(?:countries|nations|sides|states))?",
    "fr": r"(?:[Pp]résidents|[Pp]remiers [Mm]inistres|[Cc]hefs d['’][ÉE]tat|[Cc]hefs de la diplomatie|[Cc]o-?présidents"
    r"|[Cc]hefs d(?:u|es|e) [Gg]ouvernements?"
    r"|[Mm]inistres (?:des|du|de la|de l['’]) ?(?:[\w'’-]+\s){0,3}?[\w'’-]+)"
    r"(?: des deux (?:pays|parties|États|Etats))?",
    "es": r"(?:[Pp]residentes|[Cc]ancilleres|[Mm]andatarios|[Jj]efes de Estado|[Pp]rimeros [Mm]inistros|[Cc]opresidentes"
    r"|[Jj]efes de(?:l)? [Gg]obierno|[Jj]efes de (?:la )?[Dd]iplomacia"
    r"|[Mm]inistros de(?:l)? (?:[\w-]+\s){0,3}?[\w-]+)(?: de (?:ambos|los dos) países)?",
    "pt": r"(?:[Pp]residentes|[Cc]hanceleres|[Cc]hefes de Estado|[Pp]rimeiros-[Mm]inistros|[Cc]o-?presidentes"
    r"|[Cc]hefes d[eo]s? [Gg]overnos?|[Cc]hefes d[ae] [Dd]iplomacia"
    r"|[Mm]inistros d[oa]s? (?:[\w-]+\s){0,3}?[\w-]+)(?: d(?:os|e ambos os) (?:dois )?países)?",
    "ru": r"(?:[Пп]резиденты|[Пп]ремьер-министры|[Мм]инистры (?:[а-яё]+\s){1,3}?[а-яё]+|[Гг]лавы (?:[а-яё]+\s){0,2}?"
    r"(?:государств|МИД|правительств|ведомств|министерств|делегаций|компаний|регионов)"
    r"|[Сс]опредседател(?:и|ями)(?: (?:[а-яё]+\s){0,2}?(?:комиссии|совета|форума|группы))?)"
    r"(?: (?:двух|обеих) (?:стран|государств))?",
}
_AND = {"en": "and", "fr": "et", "es": "y", "pt": "e", "ru": "и"}


@cache
def _pair_regex(language: str) -> re.Pattern | None:
    title = PLURAL_TITLES.get(language)
    if title is None:
        return None
    name = rf"{NAME_WORD}(?:\s+(?:{PARTICLE}\s+)?{NAME_WORD}){{1,5}}"
    return compiled(
        rf"(?<![\w-])(?P<title>{title})(?:,|\s*[:–—-])?\s+{HONORIFIC}?(?P<first>{name})\s+{_AND[language]}"
        rf"(?:\s+{_OF.get(language, _NEVER)})?\s+{HONORIFIC}?"
        rf"(?P<second>{name})(?![\w-])"
    )


_OF = {"en": "of", "fr": "(?:du|de la|de l['’]|des|de)", "es": "(?:del|de)", "pt": "(?:do|da|dos|das|de)"}
_NEVER = r"(?!x)x"


def paired_people(text: str, language: str) -> list[tuple[str, str, int, int, str | None]]:
    """(name, role, start, end, state) of each of two people named after one plural title; the state is the one
    that opens the name (:func:`_own_state`), else None."""
    regex = _pair_regex(language)
    if regex is None:
        return []
    found = []
    for match in regex.finditer(text):
        role = " ".join(match.group("title").split())
        names = [(match.group(g), match.start(g), match.end(g)) for g in ("first", "second")]
        states = [_own_state(name, language) for name, _, _ in names]
        if not all(states):  # a state opens both names or neither: "России X и Турции Y", never one alone
            states = [None, None]
        for (name, start, end), state in zip(names, states, strict=True):
            cut = state[1] if state else 0
            found.append((name[cut:], role, start + cut, end, state[0] if state else None))
    return found


def _own_state(name: str, language: str) -> tuple[str, int] | None:
    """(state, where the name proper starts) when ``name`` opens with a state's name or adjective followed by a name
    of at least two words ("России Владимир Путин", "Turkey Recep Tayyip Erdogan"), else None."""
    first = next((m for m in find_party_mentions(name, language) if m.start == 0), None)
    if first is None or first.how not in ("name", "adjective"):
        return None
    rest = name[first.end :]
    if len(rest.split()) < 2 or not rest[:1].isspace():
        return None
    return first.party, first.end + len(rest) - len(rest.lstrip())
