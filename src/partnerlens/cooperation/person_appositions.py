"""A name set off by a comma before its title ("Murat Nurtleu, the Deputy Prime Minister", "Nguyen Thi Kim Ngan, la
présidente du Parlement vietnamien"), and when a word before a title is no such name: a sentence's opening adverb
("Earlier, Deputy Prime Minister …", "Ici, le président turc a eu …"). Split from :mod:`.people` along that concern;
the articles a language sets between the name and its title are its ``person_apposition_articles``."""

from __future__ import annotations

import re
from functools import cache

from partnerlens.cooperation.date_words import MONTH_INDEX
from partnerlens.cooperation.gazetteer import PartyMention, data_file
from partnerlens.cooperation.person_titles import NAME, TAIL_STOP
from partnerlens.patterns import compiled


@cache
def _name_before_title(language: str) -> re.Pattern:
    """A name set off by a comma before a title, with the language's article or possessive between
    (``person_apposition_articles``): "Murat Nurtleu, the Deputy Prime Minister", "Nguyen Thi Kim Ngan, la
    présidente du Parlement vietnamien"; or a relative clause that gives the title (``person_apposition_relative``:
    "Tarek Kabil, who is the Minister of Trade", "qui est le ministre", "который является послом", "que é o
    ministro", "quien es el ministro")."""
    data = (data_file(f"lang/{language}.yaml") or {}) if language.isalpha() else {}
    articles = "|".join(data.get("person_apposition_articles") or ["an?", "the"])
    relative = "|".join(data.get("person_apposition_relative") or ["who (?:is|was)"])
    # a state's possessive between the article and the title: "Hu Wei, the People's Republic of China's Minister"
    possessive = r"(?:(?:[A-Z][\w'’-]*\s+(?:of\s+)?){0,4}?[A-Z][\w-]*['’]s\s+)?" if language == "en" else ""
    return compiled(rf"{NAME},\s+(?:(?:{relative})\s+)?(?:(?:{articles})\s*)?{possessive}$")


def name_before_title(text: str, title_start: int, language: str, mentions: list[PartyMention]) -> re.Match | None:
    """The name set off before a title (:func:`_name_before_title`) in the 80 characters before it, begun after any
    state the run of capitalised words takes in ("en France de Nguyen Thi Kim Ngan, la présidente": the name is
    "Nguyen Thi Kim Ngan")."""
    offset = max(0, title_start - 80)
    regex = _name_before_title(language)
    match = regex.search(text[offset:title_start])
    states = [m for m in mentions if not m.how.startswith("person") and offset <= m.start < title_start]
    inside = [
        m for m in states if match is not None and offset + match.start("name") <= m.start < offset + match.end("name")
    ]
    if match is None or not inside:
        return match
    later = regex.search(text[offset:title_start], inside[-1].end - offset)
    return later if later is not None and later.start("name") > inside[-1].end - offset else match


def apposition_closed(text: str, title_end: int) -> bool:
    """Whether the title's phrase is closed by a comma before any verb or function word ending a title's tail: an
    apposition ("Bolat, the Minister of Trade of Turkey, said"), not the subject of its clause ("Ici, le président
    turc a eu une série d'entretiens")."""
    comma = text.find(",", title_end, title_end + 120)
    stop = _TAIL_STOP_WORD.search(text, title_end, comma if comma >= 0 else title_end + 120)
    return comma >= 0 and stop is None and "." not in text[title_end:comma]


_TAIL_STOP_WORD = compiled(rf"(?<![\w'’-])(?:{TAIL_STOP})(?![\w'’-])")


def opening_adverbial(text: str, title_start: int, name: str) -> bool:
    """Whether the "name" before a title is one word opening its sentence and set off by a comma ("Earlier, Deputy
    Prime Minister X", "Hier, le président Y", "Meanwhile, Foreign Minister Z"), or a month's name ending a date
    ("On 21 February, Deputy Minister X"): an adverbial of the sentence, not a person in apposition. A surname alone before its title ("Bolat, the minister, said") is read only when no name
    follows the title and the apposition is closed (:func:`apposition_closed`): the caller tries this only then."""
    if " " in name.strip():
        return False
    if name.strip().casefold() in MONTH_INDEX:  # "On 21 February, Deputy Minister X": a date, never a name
        return True
    start = text.rfind(name, 0, title_start)
    before = text[max(0, start - 3) : start]
    return start == 0 or bool(re.search(r"(?:[.!?»\"”]\s*|\n\s*)$", before))


_APPOSED_NEXT = re.compile(r",\s+(?:(?:the|an?|le|la|l['’]|el|o|a)\s+)?")


def apposed_next(text: str, title_end: int, name: re.Match, titles: re.Pattern) -> bool:
    """Whether a name set off by a comma after a title is followed by a title of its own ("X, China's Minister of
    Culture, Y, the Governor of …": Y is the governor); not a list of titles each before its name ("Speaker of the
    House X, Minister of Foreign Affairs Y")."""
    gap = _APPOSED_NEXT.match(text, name.end("name"))
    return "," in text[title_end : name.start("name")] and gap is not None and titles.match(text, gap.end()) is not None


def a_state(name: re.Match, offset: int, mentions: list[PartyMention]) -> bool:
    """Whether a "name" read before a title is a state's name ("первым вице-премьером Монголии, министром …")."""
    start, end = offset + name.start("name"), offset + name.end("name")
    return any(m.start <= start and end <= m.end and not m.how.startswith("person") for m in mentions)


def inside_state(name: re.Match, mentions: list[PartyMention]) -> str | None:
    """The state a "name" read after a title takes in after its first word ("Республики Мозамбик"), or None."""
    start, end = name.start("name"), name.end("name")
    first_end = start + len(name.group("name").split()[0])
    inside = [m for m in mentions if first_end < m.end <= end and not m.how.startswith("person")]
    return inside[0].party if inside else None
