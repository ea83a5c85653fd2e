"""Datelines: "RABAT, 4 mars (MAP) –", "27 марта, Минск –", "NAIROBI, March 4 (Reuters) -", "BUENOS AIRES, 9 jun
(Xinhua) --", "La Habana, 7 de septiembre de 2015 (EFE).-", "МОСКВА, 7 августа. /ТАСС/.", "С.-ПЕТЕРБУРГ, 11 окт -
РИА Новости.", and a line that holds only a date ("06.12.2021", "9 May 2014"), perhaps with its hour ("11.03.2025 14:35").

The language's own patterns (``datelines`` in ``data/lang/<lang>.yaml``) are tried first, then the forms every
agency uses, built from the month names of :mod:`partnerlens.cooperation.date_words` (CLDR's, abbreviations
included): place, an optional region, the date, an optional agency in brackets, and a dash, ".-", "." or the
agency between slashes; or the date before the place. The date is read with :mod:`partnerlens.cooperation.dates`:
a dateline without its year takes it from the publication date (or the address's year and month, or the reading
day when the caller gives one); with none of them, it fixes no day ("January 6" in an archive page could be any year) — the place still stands for its state.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date

from partnerlens.cooperation.date_words import DAY, MONTH, WEEKDAY, YEAR
from partnerlens.cooperation.dates import find_dates, resolve_dates
from partnerlens.cooperation.extract.sentences import Sentence
from partnerlens.cooperation.extract.vocabulary import datelines
from partnerlens.cooperation.gazetteer import PartyMention, find_party_mentions
from partnerlens.patterns import compiled

_HEAD = 600  # a dateline opens the text or its first paragraph

_WRITTEN = (
    rf"(?i:(?:(?:{WEEKDAY}),?\s+)?(?:{DAY}\.?\s+(?:de\s+)?(?:{MONTH})\.?(?:,?\s+(?:de\s+)?{YEAR}(?:\s*(?:г\.|года\b))?)?"
    rf"|(?:{MONTH})\.?\s+{DAY}(?:,\s+{YEAR})?))"
)
# a place of up to four capitalised words, with the particles names hold between them ("Dar es Salaam", "Rio de
# Janeiro", "Port of Spain")
_PLACE = r"(?P<place>[A-ZÀ-ÖØ-ÝА-ЯЁ][\w.'’-]*(?: (?:(?:es|de|do|da|du|del|of|al|el) )?[A-ZÀ-ÖØ-ÝА-ЯЁ][\w.'’-]*){0,3})"
_REGION = r"(?:,\s*[A-ZÀ-ÖØ-ÝА-ЯЁ][\w'’-]*(?: [A-ZÀ-ÖØ-ÝА-ЯЁ][\w'’-]*){0,2})?"
_AGENCY = r"(?:\s*\([^()\n]{1,30}\))?"
_END = r"(?:\s*[-–—]{1,2}|\.-|\.?\s*/[^/\n]{1,25}/|\.(?=\s))"
_COMMON = (
    compiled(rf"^(?:\([^()\n]{{1,40}}\)\s*)?{_PLACE}{_REGION},\s*(?:le\s+)?(?P<date>{_WRITTEN}){_AGENCY}{_END}", re.M),
    compiled(rf"^(?P<date>{_WRITTEN}),\s*{_PLACE}{_AGENCY}{_END}", re.M),
)
# a line that holds only a date, at the top of the text: the page's date ("06.12.2021", "9 May 2014"), perhaps with
# the hour it was posted ("11.03.2025 14:35", "9 May 2014, 10:05 GMT", "06.12.2021 à 14h35")
_TIME = r"(?:\s*[,|·•–-]?\s*(?:à\s+|at\s+|в\s+)?(?:[01]?\d|2[0-3])[:h.][0-5]\d(?:\s*(?:GMT|UTC|MSK|CET|[AaPp]\.?[Mm]\.?))?)?"
# ... or led by the page's word for it and followed by the agency ("Publié le vendredi 21 juin 2019 | APA", "Posted on
# June 21, 2019", "Опубликовано: 21.06.2019", "Publicado em 21 de junho de 2019")
_POSTED = r"(?i:(?:publié|mis à jour|posted|published|updated|опубликовано|обновлено|publicado|atualizado)(?:\s+(?:le|on|em|el))?\s*:?\s*)?"
_DATE_LINE = compiled(
    rf"^\s*{_POSTED}(?P<date>{_WRITTEN}|\d{{1,2}}\.\d{{1,2}}\.{YEAR}){_TIME}(?:\s*\|\s*[^\n|]{{1,30}})?\s*$", re.M
)
_DATE_LINE_HEAD = 200


@dataclass(frozen=True)
class Dateline:
    place: str
    date: date | None
    mention: PartyMention | None  # the place as a mention of its state, at its offsets in the text
    end: int = 0  # where the dateline ends in the text


def find_dateline(
    text: str,
    language: str,
    published: date | None = None,
    today: date | None = None,
    hint: tuple[int, int | None] | None = None,
) -> Dateline | None:
    """The dateline in the first lines of ``text``, or None. A dateline's year comes from the text, the publication
    date or the address's ``hint``; from ``today`` only when the caller gives it (reading a fresh dispatch): the
    day an archive page happens to be read is no evidence of its year."""
    head = text[:_HEAD]
    for pattern in (*_COMMON, *datelines(language)):
        match = pattern.search(head)
        if match:
            place = match.group("place").strip()
            return Dateline(
                place,
                _date(match.group("date"), published or today, hint),
                _mention(place, match.start("place"), language),
                match.end(),
            )
    line = _DATE_LINE.search(text[:_DATE_LINE_HEAD])
    if line:
        return Dateline("", _date(line.group("date"), published or today, hint), None, line.end())
    return None


def _date(written: str, published: date | None, hint: tuple[int, int | None] | None) -> date | None:
    """The day a dateline's date names, its year from itself, else the publication date or the hint."""
    mentions = [m for m in find_dates(written) if m.precision == "day" and not m.relative][:1]
    if not mentions:
        return None
    (mention,) = resolve_dates(mentions, published=published, hint=hint)
    day = mention.value
    if day is not None and published is not None and mentions[0].year is None and day > published:
        return day.replace(year=day.year - 1)  # "21 Jun (Lusa)" read on 1 January: the last 21 June, not the next
    return day


def _mention(place: str, start: int, language: str) -> PartyMention | None:
    """The dateline's place as a mention of its state ("RABAT" → MAR, as the capital)."""
    name = place.title() if place.isupper() else place
    found = find_party_mentions(name, language)
    if not found or found[0].start != 0:
        return None
    first = found[0]
    return PartyMention(first.party, start, start + len(place), place, first.how)


def dateline_span(text: str, dateline_end: int | None) -> tuple[int, int] | None:
    """Where the text's dateline stands: from the start of its line to ``dateline_end`` (None without one)."""
    if dateline_end is None:
        return None
    return text.rfind("\n", 0, max(0, dateline_end - 1)) + 1, dateline_end  # a date line ends with its "\n"


def without_dateline(sentence: Sentence, text: str, dateline_end: int | None) -> Sentence:
    """``sentence`` with the text's dateline blanked where the sentence holds it (same length): the dateline's year
    is the day of the report, never the year of a figure the lead tells nor one carried to the sentences after it
    ("Dar es Salaam, 12 June 2022 — Trade stood at $302 million" tells no year; "NAIROBI, March 4, 2023 (Reuters) -
    Exports were $5 million in 2021. Imports were $3 million." are both of 2021). ``text`` is the article's,
    ``dateline_end`` where its dateline ends there."""
    span = dateline_span(text, dateline_end)
    if span is None:
        return sentence
    start, end = max(span[0], sentence.start) - sentence.start, min(span[1], sentence.end) - sentence.start
    if end <= start:
        return sentence
    return replace(sentence, text=sentence.text[:start] + " " * (end - start) + sentence.text[end:])
