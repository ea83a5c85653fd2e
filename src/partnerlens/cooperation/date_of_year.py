"""A month or day told with a year named from the dispatch's day: "in March last year", "в марте прошлого года", "en
mars de l'année dernière", "em março do ano passado", "en marzo del año pasado".

Split from :mod:`partnerlens.cooperation.dates` (which finds the two mentions apart and gives the month the year
nearest the publication date): the month is of the year the words name, not the nearest one — "в марте прошлого
года" written in November 2022 is March 2021, where the nearest March would be 2023 and the event's own clause (a
visit told as done) would at best move it to March 2022. The relative year keeps its own mention (a trade figure "за
прошлый год" still reads it); only the month's or day's year changes. The words between the two are
``MONTH_YEAR_JOIN`` of :mod:`partnerlens.cooperation.date_words`.
"""

from __future__ import annotations

import re
from dataclasses import replace

from partnerlens.cooperation.date_relative import DateMention
from partnerlens.cooperation.date_words import MONTH_YEAR_JOIN

_JOIN = re.compile(rf"^{MONTH_YEAR_JOIN}$", re.IGNORECASE)
_YEAR_WRITTEN = re.compile(r"(?<!\d)(?:1[89]|20)\d\d(?!\d)")


def with_named_year(mentions: list[DateMention], text: str | None = None) -> list[DateMention]:
    """``mentions`` where a month or day written without its year and followed right away by a resolved relative
    year ("March last year") takes that year. ``text`` is the text the offsets are of; without it the words between
    are rebuilt from nothing and only touching mentions ("марте прошлого года" read as one span apart by a space)
    are joined — so callers pass it."""
    years = [m for m in mentions if m.relative and m.shift_years is not None and m.value is not None]
    if not years:
        return mentions
    out = []
    for m in mentions:
        year = _named_after(m, years, text)
        if year is None:
            out.append(m)
            continue
        try:
            out.append(replace(m, year=year, value=m.value.replace(year=year)))  # type: ignore[union-attr]
        except ValueError:  # 29 February
            out.append(m)
    return out


def _named_after(mention: DateMention, years: list[DateMention], text: str | None) -> int | None:
    if (
        mention.relative
        or mention.month is None
        or mention.value is None
        or mention.precision not in ("day", "month")
        or _YEAR_WRITTEN.search(mention.text)
    ):
        return None
    for year in years:
        if year.start < mention.end:
            continue
        between = text[mention.end : year.start] if text is not None else " " * (year.start - mention.end)
        if _JOIN.match(between) and year.value is not None:
            return year.value.year
    return None
