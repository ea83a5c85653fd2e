"""Datelines: "RABAT, 4 mars (MAP) –", "27 марта, Минск –", "NAIROBI, March 4 (Reuters) -".

The patterns are per language (``datelines`` in ``data/lang/<lang>.yaml``); the
date is parsed with ``dateparser`` in the article's language (the year from the
publication date, else today), the place with the gazetteer, so that the
dateline's city stands for its state.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

import dateparser

from partnerlens.cooperation.extract.vocabulary import datelines
from partnerlens.cooperation.gazetteer import PartyMention, find_party_mentions

_HEAD = 600  # a dateline opens the text or its first paragraph


@dataclass(frozen=True)
class Dateline:
    place: str
    date: date | None
    mention: PartyMention | None  # the place as a mention of its state, at its offsets in the text


def find_dateline(
    text: str, language: str, published: date | None = None, today: date | None = None
) -> Dateline | None:
    """The dateline in the first lines of ``text``, or None."""
    head = text[:_HEAD]
    for pattern in datelines(language):
        match = pattern.search(head)
        if match:
            place = match.group("place").strip()
            return Dateline(
                place,
                _date(match.group("date"), language, published or today),
                _mention(place, match.start("place"), language),
            )
    return None


def _date(written: str, language: str, reference: date | None) -> date | None:
    base = datetime.combine(reference or date.today(), datetime.min.time())
    settings = {"RELATIVE_BASE": base, "PREFER_DATES_FROM": "past", "REQUIRE_PARTS": ["day", "month"]}
    parsed = dateparser.parse(written, languages=[language], settings=settings)
    return parsed.date() if parsed else None


def _mention(place: str, start: int, language: str) -> PartyMention | None:
    """The dateline's place as a mention of its state ("RABAT" → MAR, as the capital)."""
    name = place.title() if place.isupper() else place
    found = find_party_mentions(name, language)
    if not found or found[0].start != 0:
        return None
    first = found[0]
    return PartyMention(first.party, start, start + len(place), place, first.how)
