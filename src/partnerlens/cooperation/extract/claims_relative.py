"""The year of a trade figure told by words relative to the publication ("last year", "l'an dernier", "в прошлом
году", "this year", "currently") and by the clause it stands in: whether a time phrase is the figure's or the next
clause's, whether it is the base of a comparison, what "last year" stands for in an article with no publication
date. Split from :mod:`.claims_years` (the figure's year, whatever tells it) along that concern; the words come from
the language files (:mod:`.vocabulary`)."""

from __future__ import annotations

import re

from partnerlens.cooperation.extract.claims_periods import periods_with_years
from partnerlens.cooperation.extract.claims_reading import _LEVEL
from partnerlens.cooperation.extract.context import ArticleContext
from partnerlens.cooperation.extract.dateline import dateline_span
from partnerlens.cooperation.extract.sentences import Sentence
from partnerlens.cooperation.extract.vocabulary import SAME_PERIOD, alternation, entries, words
from partnerlens.cooperation.quantities import Quantity


def _told_before(text: str, quantity: Quantity, language: str) -> bool:
    """ "This year", "last year" stands before the figure in its own clause ("В этом году товарооборот вырос на 40%, а
    в 2006 году …"): a year in the next clause is that clause's, as when a year stands there."""
    clause = _LEVEL.split(text[: quantity.start])[-1]
    return any(words(name, language).search(clause) for name in ("last_year", "now_words"))


def _last_year_undated(sentence: Sentence, context: ArticleContext) -> int | None:
    """What "last year" stands for in an article with no publication date: the one year its trade headline states
    ("Échanges commerciaux record entre la Chine et la Russie en 2023" … "L'an dernier, la Chine et la Russie ont
    échangé …"), else the year before the latest day the text states before the sentence ("Le 20 novembre 2024, …
    se sont rencontrés" … "le commerce bilatéral dépassant les 160 milliards de dollars l'année dernière": written on
    or after that day). None when the text gives neither."""
    if context.headline_year:
        return context.headline_year
    days = [
        d.value.year
        for d in context.dates
        if d.end <= sentence.start and d.precision == "day" and not d.relative and d.value is not None
    ]
    if days:
        return max(days) - 1
    now = _current_year_undated(sentence, context)
    return now - 1 if now else None


def _current_year_undated(sentence: Sentence, context: ArticleContext) -> int | None:
    """The year an undated article was written in, when a period of months told before the sentence with its year
    dates it ("за январь-май 2023 года увеличился на 86%" … "В прошлом году … $5 млрд. … в этом году: за январь-май
    … $2,3 млрд": 2023, "last year" 2022): the latest such period's year, its figures being out; else the one year
    its trade headline states ("Les échanges Chine-Afrique en hausse de 19% en 2017" … "au premier semestre de l'année
    en cours": 2017); else the latest period told after it ("в январе-октябре текущего года вырос на 60%" … "за 10
    месяцев 2017 года составил": 2017, the lead's "this year" restated with its year). None when none."""
    told = periods_with_years(context.text[: sentence.start], context.language)
    if not told and context.headline_year:
        return context.headline_year
    told = told or periods_with_years(context.text[sentence.end :], context.language)
    return max(told) if told else None


def _undated_period(
    text: str, quantity: Quantity, context: ArticleContext, compared: bool, anchored: bool = False, now: bool = False
) -> int | None:
    """The distance from the figure to the nearest phrase that names its period but no calendar year: a rolling
    period ("over the past twelve months", "за последний год", "au cours des douze derniers mois";
    ``rolling_period``), or "this year" / "last year" when the article has no publication date to read them
    against — unless a compared year fixes "last year" ("… last year, up 40% on 2021" is 2022), or the headline or a
    day told before does (``anchored``: :func:`_last_year_undated`), and "this year" when a period told before with
    its year dates the article (``now``: :func:`_current_year_undated`). None when there is
    none, or when it is what the figure is compared with ("than last year")."""
    undated = (
        []
        if context.publication is not None
        else [name for name in ("last_year", "now_words") if not (anchored or compared if name == "last_year" else now)]
    )
    names = ["rolling_period", *undated]
    found = [
        abs(m.start() - quantity.start)
        for name in names
        for m in words(name, context.language).finditer(text)
        if not _compared_before(text[max(0, m.start() - 40) : m.start()], context.language)
        and _same_clause(text, quantity, m)
    ]
    return min(found) if found else None


def _same_clause(text: str, quantity: Quantity, phrase: re.Match) -> bool:
    """A time phrase is the figure's when it follows it with no punctuation between ("$2 billion this year"), or
    stands before it with no other figure between ("в этом году он вырос на 40%"; not "$2 млрд, «и он растет: в
    этом году …»", which is the next clause's)."""
    if phrase.start() >= quantity.end:
        return not re.search(r"[,;:—–(«\"“]", text[quantity.end : phrase.start()])
    return not _LEVEL.search(text[phrase.end() : quantity.start])


def _relative_year(quantity: Quantity, sentence: Sentence, context: ArticleContext) -> tuple[int, int] | None:
    """(distance, year) of the relative date nearest the figure ("last year", "l'an dernier", "в прошлом
    году"), resolved against the publication; None when the sentence has none."""
    position = sentence.start + quantity.start
    found = [
        (abs(d.start - position), d.value.year)
        for d in context.within(context.dates, sentence)
        if d.value is not None
        and d.shift_years is not None
        and not _compared_before(context.text[max(sentence.start, d.start - 40) : d.start], context.language)
        and not _next_clause(context.text[position + len(quantity.text) : d.start], context.language)
    ]
    return min(found) if found else None


def _next_clause(between: str, language: str) -> bool:
    """A date after the figure, in the next clause, is that clause's: "В прошлом году рост составил 65%, а в этом
    году …", "rose 7% last year, while this year …", "65 %, alors que cette année …"."""
    joined = f"{alternation('parallel_clause', language)}|but|mais|но|однако|pero|mas"
    return bool(re.search(rf";|,\s*(?:{joined})(?!\w)", between, re.IGNORECASE))


def _compared_before(before: str, language: str) -> bool:
    """The words before a date make it the base of a comparison ("up 20% from last year", "par rapport à
    l'an dernier", "по сравнению с прошлым годом"), not the figure's own period — also with a named period between
    ("на 12% меньше, чем за январь и февраль прошлого года", "than the first half of last year"; ``compared_periods``)."""
    fragments = "|".join(f"(?:{p})" for p in entries("base_year", language))
    periods = alternation("compared_periods", language) or "(?!x)x"
    return bool(
        re.search(
            rf"(?<!\w)(?:{fragments}|than|que|чем)\s+(?:the\s+|l[ae]\s+|l.)?(?:{SAME_PERIOD})?(?:{periods})?$",
            before,
            re.IGNORECASE,
        )
    )


def _last_year(text: str, language: str) -> bool:
    """ "last year" said of the figure, not as what it is compared with."""
    return any(
        not _compared_before(text[: m.start()][-40:], language) for m in words("last_year", language).finditer(text)
    )


def _resolved_year(quantity: Quantity, sentence: Sentence, context: ArticleContext) -> tuple[int | None, bool]:
    """The year of the resolved date nearest the figure, and whether that date was relative ("last year" in a
    2025 article → 2024, read against the publication date); the dateline's day is the report's, no figure's."""
    position = sentence.start + quantity.start
    dateline = dateline_span(context.text, context.dateline_end) or (0, 0)
    years = [
        (abs(d.start - position), d.value.year, d.shift_years is not None)
        for d in context.within(context.dates, sentence)
        if d.value is not None
        and not dateline[0] <= d.start < dateline[1]
        and d.weekday is None  # "published this Friday", "a annoncé mardi": the day of a statement, not a period
        and d.shift_days is None
        and not (
            d.shift_years is not None
            and _compared_before(context.text[max(sentence.start, d.start - 40) : d.start], context.language)
        )
        and not _next_clause(context.text[position + len(quantity.text) : d.start], context.language)
    ]
    if not years:
        return None, False
    _, year, relative = min(years)
    return year, relative
