"""Two people introduced by one plural title: "les Premiers ministres des deux pays, Abdelmalek Sellal et Manuel
Valls", "the foreign ministers of the two countries, X and Y", "los presidentes de ambos países, X y Y", "os
presidentes X e Y", "министры иностранных дел двух стран X и Y".

A report of talks often names both sides' leaders or ministers this way, after a title in the plural that no
singular title of :mod:`.person_titles` matches, after a comma, a colon or a dash ("главы аграрных ведомств двух
стран – X и Y") or nothing, perhaps after a word saying the names come next ("namely", "nomeadamente"). The titles
are data: ``person_titles_plural``, ``person_titles_plural_both`` ("of the two countries") and
``person_titles_plural_namely`` of ``data/lang/<language>.yaml``. Only a pair joined by the language's "and" is read,
each name of two to six capitalised words (:data:`.person_titles.NAME_WORD`) or a surname after initials, so a list
of states or a single capitalised word is not taken for people. The people's states are left to the rest of the article (the title names both), unless
each name is opened by its own state ("Президенты России Владимир Путин и Турции Реджеп Тайип Эрдоган", "the
presidents of Russia Vladimir Putin and of Turkey Recep Tayyip Erdogan"): that state is the person's, not a word of
the name (:func:`_own_state`).

A plural title may also name the two states together, before or after it ("the Presidents of Russia and Egypt,
Vladimir Putin and Abdel Fattah al-Sisi", "les ministres des Affaires étrangères du Maroc et du Sénégal, X et Y",
"министры иностранных дел России и Египта Сергей Лавров и …", "the Kenyan and Ugandan foreign ministers, X and Y"):
the names then take the states in the order written (:func:`stated_pairs`). A Russian title in an oblique case
("президентов России и Египта Владимира Путина и …") brings its names to the nominative with pymorphy3
(:func:`.person_names.nominative`).
"""

from __future__ import annotations

import re
from functools import cache

from partnerlens.cooperation.gazetteer import PartyMention, data_file, find_party_mentions
from partnerlens.cooperation.person_names import nominative, title_case
from partnerlens.cooperation.person_titles import (
    HONORIFIC,
    MIDDLE_INITIAL,
    NAME_WORD,
    PARTICLE,
    TAIL_LINK,
    TAIL_WORD,
    portfolio_words,
)
from partnerlens.patterns import compiled


@cache
def plural_title(language: str) -> str | None:
    """The plural titles of ``data/lang/<language>.yaml`` (``person_titles_plural``), each optionally followed by
    what names the two sides (``person_titles_plural_both``: "of the two countries", "des deux pays"), as one
    pattern; None for a language with none."""
    data = (data_file(f"lang/{language}.yaml") or {}) if language.isalpha() else {}
    titles, both = data.get("person_titles_plural") or [], data.get("person_titles_plural_both") or []
    if not titles:
        return None
    tail = rf"(?:\s(?:{'|'.join(both)}))?" if both else ""
    return rf"(?:{'|'.join(titles)}){tail}"


# the word for "and" and for "of" per language, shared with person_each_state
AND_WORDS = {"en": "and", "fr": "et", "es": "y", "pt": "e", "ru": "и"}


def name_pattern() -> str:
    """A name of two to six capitalised words, or a surname after initials ("А.Лукашенко", "S. Umurzakov")."""
    return rf"(?:{MIDDLE_INITIAL}{{1,2}}{NAME_WORD}|{NAME_WORD}(?:\s+(?:{PARTICLE}\s+)?{NAME_WORD}){{1,5}})"


def _namely(language: str) -> str:
    """A word saying the names come next (``person_titles_plural_namely``: "namely", "nomeadamente"), optional."""
    words = (data_file(f"lang/{language}.yaml") or {}).get("person_titles_plural_namely") or []
    return rf"(?:(?:{'|'.join(words)}),?\s+)?" if words else ""


@cache
def _pair_regex(language: str) -> re.Pattern | None:
    title = plural_title(language)
    if title is None or language not in AND_WORDS:
        return None
    name = name_pattern()
    return compiled(
        rf"(?<![\w-])(?P<title>{title})(?:,|\s*[:–—-])?\s+{_namely(language)}{HONORIFIC}?(?P<first>{name})"
        rf"\s+{AND_WORDS[language]}"
        rf"(?:\s+{OF_WORDS.get(language, _NEVER)})?\s+{HONORIFIC}?"
        rf"(?P<second>{name})(?![\w-])"
    )


OF_WORDS = {"en": "of", "fr": "(?:du|de la|de l['’]|des|de)", "es": "(?:del|de)", "pt": "(?:do|da|dos|das|de)"}
_NEVER = r"(?!x)x"


def paired_people(
    text: str, language: str, mentions: list[PartyMention] | None = None
) -> list[tuple[str, str, int, int, str | None]]:
    """(name, role, start, end, state) of each of two people named after one plural title that does not name
    their states (those are :func:`stated_pairs`', passed over here); the state is the one that opens the name
    (:func:`_own_state`), else None."""
    regex = _pair_regex(language)
    if regex is None:
        return []
    found: list[tuple[str, str, int, int, str | None]] = []
    taken = [(start, end) for _, _, start, end, _ in stated_pairs(text, language, mentions or [])]
    for match in regex.finditer(text):
        if any(start < match.end() and match.start() < end for start, end in taken):
            continue
        role = " ".join(match.group("title").split())
        case = title_case(role) if language == "ru" else None
        names = [(match.group(g), match.start(g), match.end(g)) for g in ("first", "second")]
        states = [_own_state(name, language) for name, _, _ in names]
        if not all(states):  # a state opens both names or neither: "России X и Турции Y", never one alone
            states = [None, None]
        for (name, start, end), state in zip(names, states, strict=True):
            cut = state[1] if state else 0
            found.append((nominative(name[cut:], case), role, start + cut, end, state[0] if state else None))
    return found


# between the title and its first state, words of a portfolio ("des Affaires étrangères", "иностранных дел", "of
# Foreign Affairs of"), at most six and no punctuation but an elision
# (a verb or a preposition of place ends it: "the ministers met in Kenya and Ghana" names no one's state)
_GAP_WORD = rf"(?:{TAIL_LINK}|the|la|le|les|el|los|las|o|a|os|as|{TAIL_WORD})"
_GAP = compiled(rf"(?:\s+{_GAP_WORD}){{0,6}}?(?:\s+|\s+(?:l|d|de l)['’]|['’])")
# between the two states: "and", "et du", "et de l'", "y de", "e do", "и"
_BETWEEN = {
    "en": r",?\s+and\s+(?:of\s+)?(?:the\s+)?",
    "fr": r",?\s+et\s+(?:(?:du|des|de la|de)\s+|(?:de\s+)?(?:l|d)['’])?",
    "es": r",?\s+y\s+(?:(?:del|de la|de los|de las|de)\s+)?(?:(?:el|la|los|las)\s+)?",
    "pt": r",?\s+e\s+(?:(?:do|da|dos|das|de)\s+)?",
    "ru": r"\s+и\s+",
}


@cache
def _names_regex(language: str) -> re.Pattern:
    """Two names joined by "and" after a comma, a colon, a dash or nothing, from where it is tried, perhaps past
    a portfolio written after the states ("ministres marocain et sénégalais des Affaires étrangères, X et Y")."""
    name = name_pattern()
    portfolio = rf"(?:\s+{TAIL_LINK}\s*{TAIL_WORD}(?:\s+{TAIL_WORD}){{0,5}}?)?"
    not_portfolio = rf"(?!(?:{portfolio_words()})(?![\w'’-]))"
    return compiled(
        rf"{portfolio}(?:,|\s*[:–—-])?\s+{_namely(language)}{HONORIFIC}?{not_portfolio}(?P<first>{name})\s+{AND_WORDS[language]}\s+"
        rf"{HONORIFIC}?(?P<second>{name})(?![\w-])"
    )


@cache
def plural_title_regex(language: str) -> re.Pattern:
    """The language's plural titles, as whole words."""
    return compiled(rf"(?<![\w-])(?P<title>{plural_title(language)})(?![\w-])")


def stated_pairs(text: str, language: str, mentions: list[PartyMention]) -> list[tuple[str, str, int, int, str | None]]:
    """Two people after a plural title that names their two states, each state the person's in the order written:
    the states after the title's head word ("Presidents of Russia and Egypt, X and Y", "présidents russe et
    égyptien, X et Y", "Ministers of Foreign Affairs of Kenya and Uganda") or, in English, before its last words
    ("the Kenyan and Ugandan foreign ministers, X and Y")."""
    if plural_title(language) is None or language not in AND_WORDS:
        return []
    states = [m for m in mentions if m.how in ("name", "adjective")]
    between = compiled(_BETWEEN[language])
    found: list[tuple[str, str, int, int, str | None]] = []
    for title in plural_title_regex(language).finditer(text):
        head = title.start() + len(title.group("title").split()[0])
        pair = _states_after(text, head, states, between)
        after = max(title.end(), pair[1].end) if pair else title.end()
        if pair is None and language == "en":
            pair = _states_before(text, title.end(), states, between)
        if pair is None or pair[0].party == pair[1].party:
            continue
        names = _names_regex(language).match(text, after)
        if names is None:
            continue
        role = _role(text, title, pair)
        case = title_case(role) if language == "ru" else None
        for group, state in zip(("first", "second"), pair, strict=True):
            name = nominative(names.group(group), case)
            found.append((name, role, names.start(group), names.end(group), state.party))
    return found


def _role(text: str, title: re.Match, pair: tuple[PartyMention, PartyMention]) -> str:
    """The title up to the states it names, portfolio included ("Ministers of Foreign Affairs", "ministres des
    Affaires étrangères"), or after them ("Ugandan foreign ministers" → "foreign ministers")."""
    start, end = title.start(), title.end()
    if pair[0].start <= start < pair[1].end:
        start = pair[1].end
    else:
        end = pair[0].start
    role = _TRAILING_LINK.sub("", " ".join(text[start:end].split()))
    return re.sub(r"^(?:The|Les|Los|Os|Las)\s+", "", role)


_TRAILING_LINK = re.compile(r"(?:\s+(?:of|the|du|des|de|de la|de l['’]|del|do|da|dos|das))+$")


def _states_after(
    text: str, cursor: int, states: list[PartyMention], between: re.Pattern
) -> tuple[PartyMention, PartyMention] | None:
    """The two states written after a title's head word, past a short portfolio: "of Russia and Egypt", "des
    Affaires étrangères du Maroc et du Sénégal", "иностранных дел России и Египта"."""
    first = next((m for m in states if m.start >= cursor), None)
    if first is None or not _GAP.fullmatch(text, cursor, first.start):
        return None
    second = next((m for m in states if m.start >= first.end), None)
    if second is None or not between.fullmatch(text, first.end, second.start):
        return None
    return first, second


def _states_before(
    text: str, end: int, states: list[PartyMention], between: re.Pattern
) -> tuple[PartyMention, PartyMention] | None:
    """The two states written before a title's last words: "the Kenyan and Ugandan foreign ministers"."""
    second = next((m for m in reversed(states) if m.end <= end), None)
    if second is None or not re.fullmatch(r"(?:\s+[\w-]+){1,3}", text[second.end : end]):
        return None
    first = next((m for m in reversed(states) if m.end <= second.start), None)
    if first is None or not between.fullmatch(text, first.end, second.start):
        return None
    return first, second


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
