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
from dataclasses import dataclass, replace
from datetime import date, timedelta

from partnerlens.cooperation.date_words import (
    BARE_MONTH,
    DAY,
    ENGLISH_MONTH_WORDS,
    MONTH,
    MONTH_ADJECTIVE,
    MONTH_ADJECTIVES,
    MONTH_INDEX,
    MONTH_PART,
    MONTHS,
    RANGE,
    RELATIVE_DAYS,
    RELATIVE_MONTHS,
    RELATIVE_WEEKS,
    WEEKDAY,
    WEEKDAY_NEXT_AFTER,
    WEEKDAY_NEXT_BEFORE,
    WEEKDAY_ON_BEFORE,
    WEEKDAY_PAST_AFTER,
    WEEKDAY_PAST_BEFORE,
    WEEKDAY_THIS_BEFORE,
    WEEKDAYS,
    YEAR,
)

_ANY_MONTH = "|".join(
    sorted(
        (re.escape(m) for names in MONTHS.values() for m in names if m not in ENGLISH_MONTH_WORDS),
        key=len,
        reverse=True,
    )
    + [m.capitalize() for m in MONTHS["en"]]
)

_PATTERNS = [
    # Monday, May 26, 2025 · May 28 to 29 · June 3-5
    re.compile(
        rf"(?:(?P<wd>{WEEKDAY}),?\s+)?(?P<month>{MONTH})\.?\s+(?P<day>{DAY})(?:{RANGE}(?P<day2>{DAY}))?(?!\d)"
        rf"(?:,?\s+(?P<year>{YEAR}))?",
        re.IGNORECASE,
    ),
    # 20 September 2025 · lundi 26 mai · 28 мая 2025 года · du 28 au 29 mai · 3–5 June
    re.compile(
        rf"(?:(?P<wd>{WEEKDAY}),?\s+)?(?:the\s+)?(?P<day>{DAY})(?:{RANGE}(?P<day2>{DAY}))?\s+(?:of\s+|de\s+)?(?P<month>{MONTH})"
        rf"(?:,?\s+(?:de\s+)?(?P<year>{YEAR}))?",  # "3 de março de 2025" (pt, es)
        re.IGNORECASE,
    ),
    # in February 2025 · в феврале 2025 года
    re.compile(rf"(?P<month>{MONTH}),?\s+(?:de\s+)?(?P<year>{YEAR})", re.IGNORECASE),
    # a part of a month: "early March", "début mars", "в конце марта", "a finales de marzo", "em meados de março"
    re.compile(rf"(?<![\w-])(?:{MONTH_PART})\s+(?P<bare>{_ANY_MONTH})(?![\w-])", re.IGNORECASE),
    # the year left to the publication date: "на июльском саммите", "в июле", "en juillet", "in July", "em maio"
    re.compile(
        rf"(?P<madj>{MONTH_ADJECTIVE})\w*|(?:(?<=\bв )|(?<=\bво )|(?<=\ben )|(?<=\bem )|(?<=\bin )|(?<=\bthis ))(?P<bare>{BARE_MONTH})(?![\w-])",
        re.IGNORECASE,
    ),
    # 2025-05-28
    re.compile(rf"(?P<iso>{YEAR}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01]))"),
]
_YEAR_RANGE = re.compile(
    rf"{YEAR}\s*(?:-|–|—|to|till|until|à|по|-)\s*{YEAR}|(?:from|between|de|du|с)\s+{YEAR}\s+(?:to|and|à|au|по|до)\s+{YEAR}",
    re.IGNORECASE,
)
_YEAR_ALONE = re.compile(rf"(?<![\w\-/.])(?P<year>{YEAR})(?![\w\-/])")
_FUTURE_YEAR = re.compile(r"(?:by|until|till|through|horizon|d'ici|à l'horizon|к|до)\s*$", re.IGNORECASE)
_RELATIVE_YEAR = re.compile(
    r"\b(?:(?P<next>next year|l'année prochaine|l'an prochain|в следующем году|в будущем году"
    r"|(?:el|del) (?:próximo año|año próximo|año que viene)|(?:n?o|do) próximo ano|(?:n?o|do) ano que vem)"
    r"|(?P<last>last year|l'année dernière|l'an dernier|l'an passé|в прошлом году|прошлого года|по итогам прошлого года"
    r"|(?:el|del) año pasado|(?:n?o|do) ano passado)"
    r"|(?P<this>this year|this year's|cette année|de l'année en cours|в этом году|в текущем году|этого года|текущего года"
    r"|este año|del año en curso|(?:n|d)?este ano|do ano em curso))\b",
    re.IGNORECASE,
)
_RELATIVE_DAY = re.compile(
    r"(?<!\w)(?:" + "|".join(re.escape(w) for w in sorted(RELATIVE_DAYS, key=len, reverse=True)) + r")(?!\w)",
    re.IGNORECASE,
)
_RELATIVE_WEEK = re.compile(rf"(?<!\w)(?:{RELATIVE_WEEKS})(?!\w)", re.IGNORECASE)
_RELATIVE_MONTH = re.compile(
    "|".join(rf"(?<!\w)(?P<m{i + 1}>{words})(?!\w)" for i, words in RELATIVE_MONTHS.items()), re.IGNORECASE
)
_WEEKDAY_MENTION = re.compile(
    rf"(?<!\w)(?:(?P<past>{WEEKDAY_PAST_BEFORE})\s+|(?P<next>{WEEKDAY_NEXT_BEFORE})\s+|(?P<this>{WEEKDAY_THIS_BEFORE})\s+"
    rf"|(?:{WEEKDAY_ON_BEFORE})\s+)?(?P<wd>{WEEKDAY})(?:\s+(?P<past_after>{WEEKDAY_PAST_AFTER})"
    rf"|\s+(?P<next_after>{WEEKDAY_NEXT_AFTER}))?(?!\w)",
    re.IGNORECASE,
)


# the day of the month in brackets after a weekday, as the Brazilian press writes it: "nesta quinta-feira (28)",
# "na segunda (25)"; the short weekday ("segunda", "quinta") counts only so, being also "second", "fifth"
_DAY_AFTER = re.compile(r"\s*\((?P<d>[0-3]?\d)\)")
_SHORT_WEEKDAYS = {"segunda": 0, "terça": 1, "quarta": 2, "quinta": 3, "sexta": 4}
_SHORT_WEEKDAY = re.compile(r"(?<![\w-])(?P<wd>segunda|terça|quarta|quinta|sexta)(?=\s*\([0-3]?\d\))", re.IGNORECASE)


@dataclass(frozen=True)
class DateMention:
    """A date expression in text; ``value`` is None until a year is known."""

    start: int
    end: int
    text: str
    precision: str  # day | month | year
    month: int | None = None
    day: int | None = None
    year: int | None = None
    weekday: int | None = None
    relative: bool = False
    shift_years: int | None = None  # "next year" (+1), "last year" (-1), "this year" (0)
    value: date | None = None
    shift_days: int | None = None  # "yesterday" (−1), "demain" (+1)
    shift_months: int | None = None  # "last month" (−1), "ce mois-ci" (0)
    direction: int | None = None  # a weekday's: last (−1), next (+1), this week's (0), unsaid (None)
    vague: bool = False  # "this week": relative, but it fixes no day

    @property
    def explicit(self) -> bool:
        """The text itself gives the year."""
        return self.year is not None

    @property
    def weekday_word(self) -> bool:
        """A weekday ("on Friday", "vendredi dernier", "в пятницу"), resolved against the publication date."""
        return self.relative and self.weekday is not None


def _mention(match: re.Match) -> DateMention | None:
    groups = match.groupdict()
    if groups.get("iso"):
        iso = date.fromisoformat(groups["iso"])
        return DateMention(match.start(), match.end(), match.group(0), "day", iso.month, iso.day, iso.year, value=iso)
    if groups.get("madj") or groups.get("bare"):
        word = (groups.get("madj") or groups["bare"]).casefold()
        month = MONTH_ADJECTIVES.index(word) + 1 if groups.get("madj") else MONTH_INDEX.get(word)
        if groups.get("bare") and groups["bare"][0].islower() and word in ENGLISH_MONTH_WORDS:
            return None
        return DateMention(match.start(), match.end(), match.group(0), "month", month) if month else None
    month_word = groups["month"].rstrip(".")
    if month_word[0].islower() and month_word.casefold() in ENGLISH_MONTH_WORDS:  # "may", "march" as verbs
        return None
    month = MONTH_INDEX.get(month_word.casefold())
    year = int(groups["year"]) if groups.get("year") else None
    day = int(re.sub(r"\D", "", groups["day"])) if groups.get("day") else None  # "1st", "28-го": digits only
    weekday = WEEKDAYS.get(groups["wd"].casefold()) if groups.get("wd") else None
    if month is None or (day is not None and day > calendar.monthrange(year or 2024, month)[1]):
        return None
    precision = "day" if day else "month"
    value = date(year, month, day or 1) if year else None
    return DateMention(match.start(), match.end(), match.group(0), precision, month, day, year, weekday, value=value)


def find_dates(text: str) -> list[DateMention]:
    """Date expressions in ``text`` in reading order; year-only mentions exclude ranges ("2025-2030")
    and target years ("by 2029")."""
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
    for mention in _relative_mentions(text):
        if free(mention.start, mention.end):
            found.append(mention)
    return sorted(found, key=lambda m: m.start)


def _relative_mentions(text: str) -> list[DateMention]:
    """Days, weeks, months and weekdays named from the dispatch's day ("yesterday", "this week", "le mois
    prochain", "el pasado lunes"), longest first."""
    found: list[DateMention] = []
    for match in _RELATIVE_WEEK.finditer(text):
        found.append(DateMention(match.start(), match.end(), match.group(0), "day", relative=True, vague=True))
    for match in _RELATIVE_MONTH.finditer(text):
        shift = next(int(k[1:]) - 1 for k, v in match.groupdict().items() if v)
        found.append(
            DateMention(match.start(), match.end(), match.group(0), "month", relative=True, shift_months=shift)
        )
    for match in [*_WEEKDAY_MENTION.finditer(text), *_SHORT_WEEKDAY.finditer(text)]:
        g = match.groupdict()
        direction = -1 if g.get("past") or g.get("past_after") else 1 if g.get("next") or g.get("next_after") else None
        direction = 0 if direction is None and g.get("this") else direction
        word = g["wd"].casefold()
        weekday = WEEKDAYS.get(word, _SHORT_WEEKDAYS.get(word))
        numbered = _DAY_AFTER.match(text, match.end())
        end = numbered.end() if numbered else match.end()
        found.append(
            DateMention(
                match.start(),
                end,
                text[match.start() : end],
                "day",
                day=int(numbered.group("d")) if numbered else None,
                weekday=weekday,
                relative=True,
                direction=direction,
            )
        )
    for match in _RELATIVE_DAY.finditer(text):
        word = match.group(0).casefold()
        if word == "mañana" and re.search(r"(?:la|de|por)\s+$", text[max(0, match.start() - 5) : match.start()], re.I):
            continue  # "por la mañana": in the morning
        found.append(
            DateMention(
                match.start(), match.end(), match.group(0), "day", relative=True, shift_days=RELATIVE_DAYS[word]
            )
        )
    kept: list[DateMention] = []
    for mention in sorted(found, key=lambda m: (m.start, -(m.end - m.start))):
        if not any(mention.start < k.end and k.start < mention.end for k in kept):
            kept.append(mention)
    return kept


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
    years = [reference.year - 1, reference.year, reference.year + 1]
    if mention.month == 2 and mention.day == 29:
        years = [y for y in range(reference.year - 4, reference.year + 4) if calendar.isleap(y)]
    if mention.weekday is not None:
        years = [y for y in years if _on(mention, y).weekday() == mention.weekday] or years
    return _with_year(mention, min(years, key=lambda y: abs((_on(mention, y) - reference).days)))


def _relative(mention: DateMention, published: date, exact: bool) -> DateMention:
    """A mention named from the dispatch's day, resolved against it (days and weekdays need it to the day)."""
    if mention.shift_years is not None:
        return replace(mention, value=date(published.year + mention.shift_years, 1, 1))
    if mention.shift_months is not None:
        month = published.year * 12 + published.month - 1 + mention.shift_months
        return replace(mention, value=date(month // 12, month % 12 + 1, 1))
    if not exact or mention.vague:
        return mention
    if mention.shift_days is not None:
        return replace(mention, value=published + timedelta(days=mention.shift_days))
    if mention.weekday is not None and mention.day is not None:  # "quinta-feira (28)": the day near the dispatch's
        days = [published + timedelta(days=n) for n in range(-10, 11)]
        near = [d for d in days if d.day == mention.day and d.weekday() == mention.weekday]
        if near:
            return replace(mention, value=near[0], direction=(near[0] > published) - (near[0] < published) or None)
    if mention.weekday is not None:
        return replace(mention, value=weekday_from(published, mention.weekday, mention.direction))
    return mention


def weekday_from(published: date, weekday: int, direction: int | None) -> date:
    """The day of ``weekday`` a dispatch of ``published`` means: the last one before it (−1), the next one after
    it (+1), the one of its week (0), or — unsaid — the last one up to that day ("on Saturday" in Saturday's paper)."""
    back = (published.weekday() - weekday) % 7
    if direction == 1:
        return published + timedelta(days=(weekday - published.weekday()) % 7 or 7)
    if direction == 0:
        return published - timedelta(days=published.weekday() - weekday)
    if direction == -1:
        return published - timedelta(days=back or 7)
    return published - timedelta(days=back)


_NEARBY = 120  # characters: "le 11 juin 2014 juste après le premier forum (9 et 10 juin)" tells one time


def _year_nearby(mention: DateMention, mentions: list[DateMention]) -> DateMention:
    """A day or month without a year written shortly after one with a year ("le 11 juin 2014 … (9 et 10 juin)")
    takes that year: the text tells one time, whatever the publication date."""
    if mention.value is not None or mention.month is None or mention.relative:
        return mention
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
                resolved.append(_relative(m, published, exact))
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
            resolved.append(replace(m, value=same_day[0].value) if same_day else m)
        elif m.value is not None or not m.month:
            resolved.append(m)
        elif m.weekday is not None:  # resolved only against a year the article names
            anchor = next((a for a in anchors if a.start == m.start), None)
            resolved.append(anchor or m)
        elif anchor_day is not None:  # "from May 28 to 29" after "on Monday, May 26": the year of that day
            resolved.append(_nearest(m, anchor_day))
        elif hint_year is not None:
            resolved.append(_with_year(m, hint_year))
        elif dated:
            floor = max(dated) - timedelta(days=31)
            resolved.append(_with_year(m, next(y for y in (floor.year, floor.year + 1) if _on(m, y) >= floor)))
        else:
            resolved.append(m)
    return resolved
