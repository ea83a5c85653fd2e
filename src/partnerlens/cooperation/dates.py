"""Dates in articles: "May 28", "on Monday, May 26", "20 September 2025", "in February 2025",
"in 2015", "June 3-5", "le 28 mai", "28 мая 2025 года", "today" — found with offsets and
resolved to a day, a month or a year.

A date without a year takes it from the article: its publication date (or its
dateline's date) when known, the nearest such date; else the latest dated
mention in the text (the first such date on or after it). A weekday fixes the
year only against a year the article itself names ("Monday, May 26" in an
article that names 2016 → 2025, the first year from the latest named one in which
May 26 is a Monday); in an article that names no year, "mardi 8 mars" stays without one (the
weekday falls on that day every few years: any choice would be a guess, and
today's date is no evidence for an archive article). Relative words (today,
yesterday, hier, вчера, "on Wednesday") need the publication date, parsed by
``dateparser`` against it, or a dated mention of the same weekday.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import replace
from datetime import date, timedelta

from partnerlens.cooperation.date_relative import (
    DateMention,
    at_precision,
    relative_mentions,
    resolve_relative,
    weekday_from,
)
from partnerlens.cooperation.date_words import (
    BARE_MONTH,
    DAY,
    ENGLISH_MONTH_WORDS,
    MONTH,
    MONTH_ADJECTIVE,
    MONTH_ADJECTIVES,
    MONTH_INDEX,
    MONTH_MID,
    MONTH_PART,
    MONTH_PART_BEFORE,
    MONTHS,
    RANGE,
    RELATIVE_YEAR_WORDS,
    WEEKDAY,
    WEEKDAYS,
    YEAR,
)
from partnerlens.patterns import compiled

__all__ = ["DateMention", "find_dates", "resolve_dates", "weekday_from"]

_ANY_MONTH = "|".join(
    sorted(
        (re.escape(m) for names in MONTHS.values() for m in names if m not in ENGLISH_MONTH_WORDS),
        key=len,
        reverse=True,
    )
    + [m.capitalize() for m in MONTHS["en"]]
)

_WORD_MONTHS = {"may", "march"}  # month names that are also English words (abbreviations are not: "9 jun")
_PATTERNS = [  # a month is a whole word: "firmar 19", "Myanmar 12", "Комар 12", "12 marcas" hold no date
    # Monday, May 26, 2025 · May 28 to 29 · June 3-5
    compiled(
        rf"(?:(?P<wd>{WEEKDAY}),?\s+)?(?<![\w-])(?P<month>{MONTH})\.?\s+(?P<day>{DAY})(?:{RANGE}(?P<day2>{DAY}))?(?!\d)"
        rf"(?:,?\s+(?P<year>{YEAR}))?",
        re.IGNORECASE,
    ),
    # 20 September 2025 · lundi 26 mai · 28 мая 2025 года · du 28 au 29 mai · 3–5 June
    compiled(
        rf"(?:(?P<wd>{WEEKDAY}),?\s+)?(?:the\s+)?(?P<day>{DAY})(?:{RANGE}(?P<day2>{DAY}))?\s+"
        rf"(?:of\s+|de\s+|(?:du|de ce(?: même)?) mois d(?:e\s+|['’]))?(?P<month>{MONTH})(?!\w)"
        rf"(?:\.?,?\s+(?:de\s+)?(?P<year>{YEAR}))?",  # "3 de março de 2025" (pt, es)
        re.IGNORECASE,
    ),
    # in February 2025 · в феврале 2025 года · mid-March 2018
    compiled(
        rf"(?:(?<![\w-])|(?<=\bmid-)|(?<=\bmi-))(?P<month>{MONTH})\.?,?\s+(?:de\s+)?(?P<year>{YEAR})", re.IGNORECASE
    ),
    # a part of a month: "early March", "début mars", "в конце марта", "a finales de marzo", "em meados de março"
    # ("au début du mois de mars", "at the end of March")
    compiled(
        rf"(?<![\w-])(?:(?:{MONTH_PART})\s+|{MONTH_MID})(?:du mois d(?:e\s+|['’])|of\s+)?(?P<bare>{_ANY_MONTH})(?![\w-])",
        re.IGNORECASE,
    ),
    # a part of a month with its own preposition: "à la fin de février", "at the start of March", "в первой половине
    # марта", "a comienzos de marzo", "na primeira quinzena de março" (``month_part_before`` in the language files)
    compiled(rf"(?<![\w-])(?:{MONTH_PART_BEFORE})\s*(?P<bare>{_ANY_MONTH})(?![\w-])", re.IGNORECASE),
    # the last such month before the dispatch: "janvier dernier", "last January", "el pasado enero", "en enero pasado",
    # "em janeiro passado", "в минувшем январе"
    compiled(
        rf"(?<![\w-])(?:(?:last|el pasado|o passado|в (?:прошлом|минувшем))\s+(?P<pmonth>{_ANY_MONTH})"
        rf"|(?P<pmonth2>{_ANY_MONTH})\s+(?:dernier|passé|pasado|passado))(?![\w-])",
        re.IGNORECASE,
    ),
    # the year left to the publication date: "на июльском саммите", "в июле", "en juillet", "in July", "em maio",
    # "au mois de juillet", "in the month of July", "en el mes de julio", "no mês de julho"; the month an event is
    # set for: "planned for April", "prévue pour avril", "prevista para abril" (and "на апрель", below)
    compiled(
        rf"(?P<madj>{MONTH_ADJECTIVE})\w*|(?:(?<=\bв )|(?<=\bво )|(?<=\ben )|(?<=\bem )|(?<=\bin )|(?<=\bthis )|(?<=\bmois de )"
        rf"|(?<=\bmois d')|(?<=\bmois d’)|(?<=\bmonth of )|(?<=\bmes de )|(?<=\bmês de )|(?<=\bfor )|(?<=\bpour )"
        rf"|(?<=\bpara ))(?P<bare>{BARE_MONTH})(?![\w-])",
        re.IGNORECASE,
    ),
    # "на" governs the accusative, which for months is the nominative: "запланирован на апрель", "намечен на май"
    compiled(rf"(?<=\bна )(?P<bare>{'|'.join(MONTHS['ru_nom'])})(?![\w-])", re.IGNORECASE),
    # 2025-05-28
    re.compile(rf"(?P<iso>{YEAR}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01]))"),
    # 06.12.2021, day first as in every language read here but English (which rarely writes dates with dots)
    re.compile(rf"(?<![\d.,])(?P<nd>0?[1-9]|[12]\d|3[01])\.(?P<nm>0?[1-9]|1[0-2])\.(?P<ny>{YEAR})(?![\d.]?\d)"),
]
_YEAR_RANGE = compiled(
    rf"{YEAR}\s*(?:-|–|—|to|till|until|à|по|-)\s*{YEAR}|(?:from|between|de|du|с)\s+{YEAR}\s+(?:to|and|à|au|по|до)\s+{YEAR}",
    re.IGNORECASE,
)
_YEAR_ALONE = re.compile(rf"(?<![\w\-/.])(?P<year>{YEAR})(?![\w\-/])")
_FUTURE_YEAR = re.compile(r"(?:by|until|till|through|horizon|d'ici|à l'horizon|к|до)\s*$", re.IGNORECASE)
# years named from the dispatch's day: dateparser's words (``RELATIVE_YEAR_WORDS``) and the press's other forms
_PRESS_YEARS = {
    1: r"l'an prochain|в будущем году|(?:el|del) (?:año próximo|año que viene)|(?:n?o|do) ano que vem",
    -1: r"l'an dernier|l'an passé|l'année écoulée|прошлого года|в (?:минувшем|истекшем|ушедшем) году"
    r"|(?:минувшего|истекшего|ушедшего) года|за (?:прошлый|минувший|истекший) год|по итогам прошлого года"
    r"|(?:el|del) pasado año|(?:n?o|do) ano passado|del año pasado",
    0: r"this year's|de l'année en cours|в текущем году|этого года|текущего года|del año en curso|(?:n|d)?este ano"
    r"|do ano em curso",
}
_RELATIVE_YEAR = compiled(
    r"\b(?:"
    + "|".join(
        f"(?P<{name}>{_PRESS_YEARS[shift]}|{'|'.join(re.escape(w) for w in RELATIVE_YEAR_WORDS[shift])})"
        for name, shift in (("next", 1), ("last", -1), ("this", 0))
    )
    + r")\b",
    re.IGNORECASE,
)


def _mention(match: re.Match) -> DateMention | None:
    groups = match.groupdict()
    if groups.get("iso"):
        iso = date.fromisoformat(groups["iso"])
        return DateMention(match.start(), match.end(), match.group(0), "day", iso.month, iso.day, iso.year, value=iso)
    if groups.get("nd"):
        return _numeric(match)
    if groups.get("pmonth") or groups.get("pmonth2"):
        month = MONTH_INDEX.get((groups.get("pmonth") or groups["pmonth2"]).casefold())
        return DateMention(match.start(), match.end(), match.group(0), "month", month, direction=-1) if month else None
    if groups.get("madj") or groups.get("bare"):
        word = (groups.get("madj") or groups["bare"]).casefold()
        month = MONTH_ADJECTIVES.index(word) + 1 if groups.get("madj") else MONTH_INDEX.get(word)
        if groups.get("bare") and groups["bare"][0].islower() and word in ENGLISH_MONTH_WORDS:
            return None
        return DateMention(match.start(), match.end(), match.group(0), "month", month) if month else None
    month_word = groups["month"].rstrip(".")
    if month_word[0].islower() and month_word.casefold() in _WORD_MONTHS:  # "may", "march" as verbs
        return None
    month = MONTH_INDEX.get(month_word.casefold()) or MONTH_INDEX.get(groups["month"].casefold())  # "out."
    year = int(groups["year"]) if groups.get("year") else None
    day = int(re.sub(r"\D", "", groups["day"])) if groups.get("day") else None  # "1st", "28-го": digits only
    weekday = WEEKDAYS.get(groups["wd"].casefold()) if groups.get("wd") else None
    if month is None or (day is not None and day > calendar.monthrange(year or 2024, month)[1]):
        return None
    precision = "day" if day else "month"
    value = date(year, month, day or 1) if year else None
    last = int(re.sub(r"\D", "", groups["day2"])) if groups.get("day2") else None
    last = last if last and day and day < last else None
    return DateMention(
        match.start(), match.end(), match.group(0), precision, month, day, year, weekday, value=value, last_day=last
    )


def _numeric(match: re.Match) -> DateMention | None:
    """A day-first numeric date ("06.12.2021"), or None when there is no such day ("31.02.2021")."""
    numbers = int(match.group("ny")), int(match.group("nm")), int(match.group("nd"))
    if numbers[2] > calendar.monthrange(numbers[0], numbers[1])[1]:
        return None
    day = date(*numbers)
    return DateMention(match.start(), match.end(), match.group(0), "day", day.month, day.day, day.year, value=day)


def find_dates(text: str) -> list[DateMention]:
    """Date expressions in ``text`` in reading order; year-only mentions exclude ranges ("2025-2030")
    and target years ("by 2029"). A typographic apostrophe reads as a straight one ("l’année dernière", as most
    French sites print it): the patterns are matched on that copy, whose offsets are the text's, and each mention
    keeps the text's own characters."""
    original, text = text, text.replace("’", "'")
    return [replace(m, text=original[m.start : m.end]) for m in _found(text)]


def _found(text: str) -> list[DateMention]:
    found: list[DateMention] = []

    def free(start: int, end: int) -> bool:
        return not any(start < m.end and m.start < end for m in found)

    for pattern in _PATTERNS:
        for match in pattern.finditer(text):
            mention = _mention(match)
            if mention and free(mention.start, mention.end):
                found.append(mention)
    ranges = [m.span() for m in _YEAR_RANGE.finditer(text)]
    for match in _YEAR_ALONE.finditer(text):
        inside_range = any(a <= match.start() < b for a, b in ranges)
        if (
            inside_range
            or not free(match.start(), match.end())
            or _FUTURE_YEAR.search(text[max(0, match.start() - 15) : match.start()])
        ):
            continue
        year = int(match.group("year"))
        found.append(DateMention(match.start(), match.end(), match.group(0), "year", year=year, value=date(year, 1, 1)))
    for match in _RELATIVE_YEAR.finditer(text):
        shift = 1 if match.group("next") else -1 if match.group("last") else 0
        found.append(DateMention(match.start(), match.end(), match.group(0), "year", relative=True, shift_years=shift))
    for mention in relative_mentions(text):
        if free(mention.start, mention.end):
            found.append(mention)
    return sorted(found, key=lambda m: m.start)


def _on(mention: DateMention, year: int) -> date:
    """The mention's day (or the first of its month) in ``year``; a 29 February outside a leap year is the 28th."""
    assert mention.month is not None  # only month and day mentions take a year
    day = min(mention.day or 1, calendar.monthrange(year, mention.month)[1])
    return date(year, mention.month, day)


def _with_year(mention: DateMention, year: int) -> DateMention:
    return replace(mention, year=year, value=_on(mention, year))


def _weekday_year(mention: DateMention, since: int, until: int) -> int | None:
    """The first year from ``since`` (the latest year the article names: a report recounts history before the
    news) to ``until`` in which the mention's day falls on its weekday."""
    if mention.month is None or mention.day is None or mention.weekday is None:
        return None
    candidates = [
        y
        for y in range(since, until + 1)
        if mention.day <= calendar.monthrange(y, mention.month)[1]
        and date(y, mention.month, mention.day).weekday() == mention.weekday
    ]
    return candidates[0] if candidates else None


def _nearest(mention: DateMention, reference: date) -> DateMention:
    """The mention in the year that puts it nearest ``reference``; "29 February" only in a leap year."""
    if mention.direction == -1 and mention.day is None:  # "janvier dernier", "last January": the last one before
        return _with_year(mention, reference.year - (mention.month is not None and mention.month >= reference.month))
    years = [reference.year - 1, reference.year, reference.year + 1]
    if mention.month == 2 and mention.day == 29:
        years = [y for y in range(reference.year - 4, reference.year + 4) if calendar.isleap(y)]
    if mention.weekday is not None:
        years = [y for y in years if _on(mention, y).weekday() == mention.weekday] or years
    return _with_year(mention, min(years, key=lambda y: abs((_on(mention, y) - reference).days)))


_RANGE_GAP = 5  # characters between a day without its year and the dated day closing its range (" au ", " to ")
_NEARBY = 120  # characters: "le 11 juin 2014 juste après le premier forum (9 et 10 juin)" tells one time


def _year_nearby(mention: DateMention, mentions: list[DateMention]) -> DateMention:
    """A day or month without a year written shortly after one with a year ("le 11 juin 2014 … (9 et 10 juin)")
    takes that year: the text tells one time, whatever the publication date."""
    if mention.value is not None or mention.month is None or mention.relative or mention.direction == -1:
        return mention  # "last September" is the dispatch's last September, whatever year was written before it
    after = next((m for m in mentions if m.start >= mention.end), None)
    if (
        mention.precision == "day"
        and after is not None
        and after.explicit
        and after.month is not None
        and after.year is not None
        and after.start - mention.end <= _RANGE_GAP
    ):  # "du 31 juillet au 1er août 2024", "from 30 December to 2 January 2025": the range's closing year
        return _with_year(mention, after.year - (mention.month > after.month))
    before = [
        m
        for m in mentions
        if m.explicit and m.month is not None and not m.relative and 0 <= mention.start - m.end <= _NEARBY
    ]
    return _with_year(mention, before[-1].year) if before and before[-1].year else mention


def resolve_dates(
    mentions: list[DateMention],
    published: date | None = None,
    hint: tuple[int, int | None] | None = None,
    today: date | None = None,
) -> list[DateMention]:
    """Give every mention without a year its year (see the module docstring); unresolvable ones keep ``value=None``."""
    today = today or date.today()
    exact = published is not None  # a day known to the day: relative words ("yesterday", "on Monday") need it
    hint_year = None
    if published is None and hint is not None:
        hint_year, month = hint
        published = date(hint_year, month, 15) if month else None
    resolved: list[DateMention] = []
    mentions = [_year_nearby(m, mentions) for m in mentions]
    if published is not None:
        for m in mentions:
            if m.relative:
                resolved.append(resolve_relative(m, published, exact))
            elif m.value is None and m.month and not m.relative:
                resolved.append(_nearest(m, published))
            else:
                resolved.append(m)
        return resolved
    named = [m.year for m in mentions if m.year is not None and not m.relative and m.year <= today.year]
    since = hint_year or (max(named) if named else None)
    anchors = [
        _with_year(m, y)
        for m in mentions
        if since
        and m.weekday is not None
        and m.value is None
        and m.day
        and (y := _weekday_year(m, since, today.year + 1))
    ]
    anchor_day = anchors[0].value if anchors else None
    dated = [
        m.value
        for m in mentions
        if m.explicit and m.precision in ("day", "month") and m.value is not None and m.value <= today
    ]
    for m in mentions:
        if m.relative and m.shift_years is not None and hint_year is not None:  # "last year" in a 2024 article
            resolved.append(replace(m, value=date(hint_year + m.shift_years, 1, 1)))
        elif m.relative:  # "on Monday" with no publication date: the day of a dated mention of that weekday
            same_day = [a for a in anchors if m.weekday is not None and a.weekday == m.weekday]
            if same_day:
                resolved.append(replace(m, value=same_day[0].value))
            else:  # "yesterday", "last month" in an article known to its year: that year
                resolved.append(at_precision(m, date(hint_year, 1, 1), "year") if hint_year is not None else m)
        elif m.value is not None or not m.month:
            resolved.append(m)
        elif m.weekday is not None:  # resolved only against a year the article names
            anchor = next((a for a in anchors if a.start == m.start), None)
            resolved.append(anchor or m)
        elif anchor_day is not None:  # "from May 28 to 29" after "on Monday, May 26": the year of that day
            resolved.append(_nearest(m, anchor_day))
        elif hint_year is not None:
            resolved.append(_with_year(m, hint_year))
        elif dated and m.direction == -1:  # "janvier dernier" in an undated article: the last before its latest date
            resolved.append(_nearest(m, max(dated) + timedelta(days=1)))
        elif dated:
            floor = max(dated) - timedelta(days=31)
            resolved.append(_with_year(m, next(y for y in (floor.year, floor.year + 1) if _on(m, y) >= floor)))
        else:
            resolved.append(m)
    return resolved
