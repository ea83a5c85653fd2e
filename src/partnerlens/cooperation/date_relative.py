"""Dates named from the dispatch's day: "yesterday", "ce lundi", "mardi dernier", "вчера", "в понедельник", "este
martes", "nesta segunda-feira (25)", "last month", "earlier this month", "в конце прошлого месяца", "le 12 courant",
"12-го числа текущего месяца" — found in text and resolved against the publication (or dateline) date at the
precision the words give: a day for days and weekdays, a month for months and their parts.

Split from :mod:`partnerlens.cooperation.dates` (absolute dates and years), which re-exports what is public here.
The words are those of :mod:`partnerlens.cooperation.date_words` (CLDR month and weekday names, dateparser's
relative words, the press's other forms).
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, replace
from datetime import date, timedelta

from partnerlens.cooperation.date_words import (
    DAY,
    DAY_OF_MONTH_AFTER,
    MONTH_NOUNS,
    MONTH_PART,
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
    WEEKENDS,
)
from partnerlens.patterns import compiled


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
    shift_weeks: int | None = None  # "last week" (−1), "this week" (0), "next week" (+1)
    last_day: int | None = None  # the last day of a span ("26-27 February", "les 26 et 27 février", "с 26 по 27")
    weekend: bool = False  # a weekend named from the dispatch's ("over the weekend", "ce week-end", "в выходные")

    @property
    def explicit(self) -> bool:
        """The text itself gives the year."""
        return self.year is not None

    @property
    def weekday_word(self) -> bool:
        """A weekday ("on Friday", "vendredi dernier", "в пятницу"), resolved against the publication date."""
        return self.relative and self.weekday is not None


_RELATIVE_DAY = compiled(
    r"(?<!\w)(?:" + "|".join(re.escape(w) for w in sorted(RELATIVE_DAYS, key=len, reverse=True)) + r")(?!\w)",
    re.IGNORECASE,
)
# Russian "накануне" standing alone ("Накануне в Кремле прошли переговоры", "Накануне, …", "накануне вечером",
# "накануне провели": before a comma, a preposition, a time of day or a past verb) is the day before the dispatch;
# "накануне визита" (on the eve of the visit) names no day of its own and is not read. Other languages' "la veille",
# "the day before" more often count from a day the text tells, so they are not read.
_EVE_NEXT = r"[,.;—–-]|$|(?:в|во|на|у|с|со|вечером|утром|дн[её]м|ночью|поздно|президент\w*|глав\w*"
_EVE_NEXT += r"|[а-яё]+(?:л|ла|ло|ли|лся|лась|лось|лись))(?!\w)"
_EVE = re.compile(rf"(?<!\w)накануне(?=\s*(?:{_EVE_NEXT}))", re.IGNORECASE)
_LAST_WEEK = re.compile(r"last|past|dernière|passée|прошлой|минувшей|pasada|passada", re.IGNORECASE)
_NEXT_WEEK = re.compile(r"next|coming|prochaine|следующей|будущей|próxima|que vem", re.IGNORECASE)
_RELATIVE_WEEK = re.compile(rf"(?<!\w)(?:{RELATIVE_WEEKS})(?!\w)", re.IGNORECASE)
_WEEKEND = compiled(
    "|".join(
        rf"(?<![\w-])(?P<w{shift + 1}>{words})(?![\w-])"
        for shift, words in sorted(WEEKENDS.items(), reverse=True)
        if words
    ),
    re.IGNORECASE,
)
_RELATIVE_MONTH = compiled(
    "|".join(rf"(?<!\w)(?P<m{i + 1}>{words})(?!\w)" for i, words in RELATIVE_MONTHS.items()), re.IGNORECASE
)
_SHIFTS = (("last", -1), ("next", 1), ("this", 0))
# "early this month", "au début du mois", "в конце прошлого месяца" (not "début du mois de mars": that month is named)
_MONTH_PART_RELATIVE = compiled(
    rf"(?<![\w-])(?:{MONTH_PART}|earlier|later|plus tôt|a (?:principios|mediados|finales|fines)"
    r"|(?:no |em )?(?:início|meados|final|fim))\s*(?:"
    + "|".join(rf"(?P<{name}>{MONTH_NOUNS[shift]})" for name, shift in _SHIFTS)
    + r")(?!\w)(?!\s+(?:de|d['’]|of)\b)",
    re.IGNORECASE,
)
# "le 12 courant", "12-го числа текущего месяца", "el 28 del mes pasado", "the 12th of this month"
_DAY_OF_MONTH = compiled(
    rf"(?<![\w.,])(?:the\s+)?(?P<day>{DAY})(?:-?го)?(?:{RANGE}(?P<day2>{DAY})(?:-?го)?)?\s+(?:"
    + "|".join(rf"(?P<{name}>{DAY_OF_MONTH_AFTER[shift]})" for name, shift in _SHIFTS)
    + r")(?!\w)(?!\s+d(?:e\s|['’]))",  # not "le 28 de ce mois de janvier": that month is named
    re.IGNORECASE,
)
_WEEKDAY_MENTION = compiled(
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


def relative_mentions(text: str) -> list[DateMention]:
    """Days, weeks, months and weekdays named from the dispatch's day ("yesterday", "this week", "le mois
    prochain", "el pasado lunes"), longest first."""
    found: list[DateMention] = []
    for match in _RELATIVE_WEEK.finditer(text):
        shift = -1 if _LAST_WEEK.search(match.group(0)) else 1 if _NEXT_WEEK.search(match.group(0)) else 0
        found.append(
            DateMention(match.start(), match.end(), match.group(0), "day", relative=True, vague=True, shift_weeks=shift)
        )
    for match in _WEEKEND.finditer(text):
        shift = next(int(k[1:]) - 1 for k, v in match.groupdict().items() if v)
        found.append(
            DateMention(
                match.start(),
                match.end(),
                match.group(0),
                "day",
                relative=True,
                vague=True,
                shift_weeks=shift,
                weekend=True,
            )
        )
    for pattern in (_DAY_OF_MONTH, _MONTH_PART_RELATIVE):
        for match in pattern.finditer(text):
            shift = next(s for name, s in _SHIFTS if match.group(name))
            day = int(re.sub(r"\D", "", match.group("day"))) if "day" in match.groupdict() else None
            found.append(
                DateMention(
                    match.start(),
                    match.end(),
                    match.group(0),
                    "day" if day else "month",
                    day=day,
                    relative=True,
                    shift_months=shift,
                )
            )
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
    found += [
        DateMention(m.start(), m.end(), m.group(0), "day", relative=True, shift_days=-1) for m in _EVE.finditer(text)
    ]
    kept: list[DateMention] = []
    for mention in sorted(found, key=lambda m: (m.start, -(m.end - m.start))):
        if not any(mention.start < k.end and k.start < mention.end for k in kept):
            kept.append(mention)
    return kept


def resolve_relative(mention: DateMention, published: date, exact: bool) -> DateMention:
    """A mention named from the dispatch's day, resolved against it (days and weekdays need it to the day)."""
    if mention.shift_years is not None:
        return replace(mention, value=date(published.year + mention.shift_years, 1, 1))
    if mention.shift_months is not None:
        month = published.year * 12 + published.month - 1 + mention.shift_months
        year, month = month // 12, month % 12 + 1
        if mention.day is None:
            return replace(mention, value=date(year, month, 1))
        if mention.day > calendar.monthrange(year, month)[1]:
            return mention
        return replace(mention, value=date(year, month, mention.day))
    if exact and mention.weekend:
        return _weekend_month(mention, published)
    if exact and mention.shift_weeks is not None:
        return _week_month(mention, published)
    if not exact:  # "yesterday" in an article known to its month: that month, as a reader gives it
        return _numbered_in_month(mention, published) or at_precision(mention, published, "month")
    if mention.vague:
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


def at_precision(mention: DateMention, published: date, precision: str) -> DateMention:
    """A day or week named from a dispatch known only to its month or year ("hier", "вчера", "last week" in an
    article of 2020-02): the dispatch's month or year, no finer than what is known of it."""
    start = published.replace(day=1) if precision == "month" else date(published.year, 1, 1)
    return replace(mention, precision=precision, value=start, vague=False)


def _numbered_in_month(mention: DateMention, published: date) -> DateMention | None:
    """A weekday with its day of the month ("nesta quinta-feira (17)") in an article known to its month: that day
    when it falls on that weekday in the month (or, early in a month, the one before), else None."""
    if mention.weekday is None or mention.day is None:
        return None
    before = published.replace(day=1) - timedelta(days=1)
    for year, month in ((published.year, published.month), (before.year, before.month)):
        if mention.day <= calendar.monthrange(year, month)[1]:
            day = date(year, month, mention.day)
            if day.weekday() == mention.weekday:
                return replace(mention, value=day)
    return None


def _weekend_month(mention: DateMention, published: date) -> DateMention:
    """A weekend named from the dispatch's ("over the weekend": the last Saturday and Sunday up to it; "ce week-end":
    its week's; "el próximo fin de semana": the first after it) fixes no day, but its month when both days lie in
    one month ("spoke by telephone over the weekend" in a Tuesday's paper of 11 February: February)."""
    saturday = published - timedelta(days=published.weekday()) + timedelta(days=5)  # the dispatch's week's
    if mention.shift_weeks == -1 and published.weekday() < 5:
        saturday -= timedelta(weeks=1)
    elif mention.shift_weeks == 1 and published.weekday() >= 5:
        saturday += timedelta(weeks=1)
    if saturday.month != (saturday + timedelta(days=1)).month:
        return mention
    return replace(mention, precision="month", value=saturday.replace(day=1), vague=False)


def _week_month(mention: DateMention, published: date) -> DateMention:
    """A week named from the dispatch's ("la semana pasada", "на следующей неделе") fixes no day, but its month when
    the whole week (Monday to Sunday) lies in one month."""
    assert mention.shift_weeks is not None
    monday = published - timedelta(days=published.weekday()) + timedelta(weeks=mention.shift_weeks)
    sunday = monday + timedelta(days=6)
    if monday.month != sunday.month:
        return mention
    return replace(mention, precision="month", value=monday.replace(day=1), vague=False)


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
