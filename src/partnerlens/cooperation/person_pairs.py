"""Two people introduced by one plural title: "les Premiers ministres des deux pays, Abdelmalek Sellal et Manuel
Valls", "the foreign ministers of the two countries, X and Y", "los presidentes de ambos países, X y Y", "os
presidentes X e Y", "министры иностранных дел двух стран X и Y".

A report of talks often names both sides' leaders or ministers this way, after a title in the plural that no
singular title of :mod:`.person_titles` matches, after a comma, a colon or a dash ("главы аграрных ведомств двух
стран – X и Y") or nothing. Only a pair joined by the language's "and" is read, each name of
two to six capitalised words (:data:`.person_titles.NAME_WORD`), so a list of states or a single capitalised word is
not taken for people. The people's states are left to the rest of the article (the title names both).
"""

from __future__ import annotations

import re
from functools import cache

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
        rf"(?<![\w-])(?P<title>{title})(?:,|\s*[:–—-])?\s+{HONORIFIC}?(?P<first>{name})\s+{_AND[language]}\s+{HONORIFIC}?"
        rf"(?P<second>{name})(?![\w-])"
    )


def paired_people(text: str, language: str) -> list[tuple[str, str, int, int]]:
    """(name, role, start, end) of each of two people named after one plural title."""
    regex = _pair_regex(language)
    if regex is None:
        return []
    found = []
    for match in regex.finditer(text):
        role = " ".join(match.group("title").split())
        found += [(match.group(g), role, match.start(g), match.end(g)) for g in ("first", "second")]
    return found
