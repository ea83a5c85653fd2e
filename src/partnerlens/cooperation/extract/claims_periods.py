"""Periods of months a trade figure is told for: "in the first nine months", "au premier semestre 2023", "за
январь–сентябрь" (the publication year when the period had ended by then), "14.4% in the first seven months of 2023"
(the year written after the period). Split from :mod:`.claims_years` along that concern; the words come from the
language files (``year_period``, ``period_fixed``)."""

from __future__ import annotations

import re
from datetime import date

from partnerlens.cooperation.date_words import MONTH_INDEX, WRITTEN_YEAR
from partnerlens.cooperation.extract.compared import same_period_years
from partnerlens.cooperation.extract.context import ArticleContext, Draft
from partnerlens.cooperation.extract.sectors import lemma
from partnerlens.cooperation.extract.vocabulary import alternation, language_data, patterns, words
from partnerlens.cooperation.quantities import count_value

_MONTH_PREFIXES = {name[:3].casefold(): month for name, month in MONTH_INDEX.items() if len(name) >= 3} | {
    p: i + 1
    for names in (
        ("jan", "fev", "mar", "abr", "mai", "jun", "jul", "ago", "set", "out", "nov", "dez"),  # Portuguese
        ("ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic"),  # Spanish
    )
    for i, p in enumerate(names)
}


def _period_year(text: str, language: str, published: date | None) -> int | None:
    """The year of a period of months written without its year ("in the first nine months", "au premier
    semestre", "за январь–сентябрь", "no primeiro semestre"): the publication year when the period had ended
    by the publication month, else the year before (``year_period`` and ``period_fixed`` of the language)."""
    if published is None:
        return None
    last = None
    for pattern in patterns("year_period", language):
        match = pattern.search(text)
        if match is None or _WRITTEN_YEAR.match(text, match.end()):
            continue  # "contre 2,8 milliards en janvier-novembre 2022": that period has its year, another figure's
        groups = match.groupdict()
        if groups.get("n"):
            last = count_value(groups["n"].casefold()) or (
                count_value(lemma(groups["n"])) if language == "ru" else None
            )
        elif groups.get("month"):
            last = _MONTH_PREFIXES.get(groups["month"][:3].casefold())
        if last:
            break
    if not last:
        fixed = {
            k: int(v)
            for lang in dict.fromkeys((language, "en"))
            for k, v in (language_data(lang).get("period_fixed") or {}).items()
        }
        last = next((v for k, v in fixed.items() if re.search(rf"(?<!\w){k}(?!\w)", text, re.IGNORECASE)), None)
    if not last or not 0 < last < 12:
        return None
    return published.year if published.month > last else published.year - 1


def recent_months_year(text: str, language: str, published: date | None) -> int | None:
    """The year of "the past N months" before the dispatch ("with trade exceeding $2.3 billion in the past seven
    months", "за последние семь месяцев", "ces sept derniers mois"; ``recent_months``): the publication year when
    those months lie within it (N below the publication month), else none — "the past six months" told on 1 June
    straddle two years."""
    if published is None:
        return None
    for pattern in patterns("recent_months", language):
        match = pattern.search(text)
        if match is None or _WRITTEN_YEAR.match(text, match.end()):
            continue
        n = count_value(match.group("n").casefold()) or (
            count_value(lemma(match.group("n"))) if language == "ru" else None
        )
        if n and 0 < n < published.month:
            return published.year
    return None


_WRITTEN_YEAR = re.compile(r"[\s,-]*(?:(?:de|of|del|do|г\.?)\s+)?(?:19|20)\d\d(?!\d)", re.IGNORECASE)


def _period_after(after: str, language: str) -> int | None:
    """The year of a period told right after the figure ("14.4% in the first seven months of 2023", "au premier
    semestre 2023", "за первые семь месяцев 2023 года", "nos primeiros oito meses de 2022", "in January-July
    2023"): at most seven words before the year, one a period word or a month, none a figure."""
    match = re.match(
        r"\s*,?\s*((?:[^\W\d_][\w'’]*[\s-]+|[-–—]\s*){1,7}?)((?:19|20)\d\d)(?!\d)(?!\s?[-–—]\s?(?:19|20)\d\d)",
        after,
        re.IGNORECASE,
    )
    if match is None or not (_PERIOD_WORDS.search(match.group(1)) or _month_named(match.group(1))):
        return None
    if words("last_year", language).search(match.group(1)) or re.search(
        r"(?<!\w)(?:than|que|чем)(?!\w)", match.group(1)
    ):
        return None
    joined = f"{alternation('parallel_clause', language)}|but|mais|но|однако|pero|mas"
    if re.search(rf"(?<!\w)(?:{joined})(?!\w)", match.group(1), re.IGNORECASE):
        return None  # "7 млрд долларов, а за первое полугодие 2024-го — 4 млрд": the next clause's period
    return int(match.group(2))


_PERIOD_WORDS = re.compile(
    r"(?<!\w)(?:months?|quarter|half|semester|mois|semestre|trimestre|quadrimestre|месяц\w*|полугоди\w*|квартал\w*"
    r"|meses|mes|bimestre|cuatrimestre)(?!\w)",
    re.IGNORECASE,
)


def _month_named(phrase: str) -> bool:
    return any(word.casefold() in _MONTHS for word in re.findall(r"[^\W\d_]+", phrase))


_MONTHS = frozenset(n for n in MONTH_INDEX if len(n) >= 4 and "." not in n) | {"may", "mai", "май", "мае", "мая"}


def periods_with_years(text: str, language: str) -> list[int]:
    """The years of the periods of months told with their year in ``text`` ("за январь-май 2023 года", "au premier
    semestre 2022", "in the first seven months of 2023"; ``year_period``, ``period_fixed``): a part of a year whose
    figures are out, so the year it was written in."""
    found = [
        pattern.finditer(text)
        for lang in dict.fromkeys((language, "en"))
        for pattern in (
            *patterns("year_period", lang),
            *(re.compile(rf"(?<!\w){k}", re.IGNORECASE) for k in (language_data(lang).get("period_fixed") or {})),
        )
    ]
    years = []
    for matches in found:
        for match in matches:
            told = _WRITTEN_YEAR.match(text, match.end())
            if told:
                years.append(int(told.group()[-4:]))  # the pattern ends with the year's four digits
    return years


_NEXT_SENTENCES = re.compile(r"(?:[^.!?]*(?:[.!?]+|$)){1,2}")  # the one or two sentences after a figure's own


def dated_by_the_base_after(drafts: list[Draft], context: ArticleContext) -> None:
    """A figure told for "this year" in an undated article ("за 9 месяцев этого года", "cette année", "this year") is
    of the year after the one the next sentence or two set it against as "the same period of" a year ("За аналогичный
    период 2022 года товарооборот был вдвое ниже": 2023); read after the whole text, since that year comes later."""
    if context.publication:
        return
    for draft in drafts:
        proposal = draft.proposal
        if proposal.kind != "claim" or proposal.year is not None or proposal.reading is None:
            continue
        told = proposal.evidence
        if not any(d.shift_years == 0 and d.value is None and told.start <= d.start < told.end for d in context.dates):
            continue
        after = _NEXT_SENTENCES.match(context.text, told.end)
        years = same_period_years(after.group(0)) if after else set()
        if len(years) == 1:
            year = min(years) + 1
            notes = [
                *proposal.reading.notes,
                f"'this year' read as {year}: the next sentences set it against {year - 1}",
            ]
            reading = proposal.reading.model_copy(update={"year_from": "context", "notes": notes})
            draft.proposal = proposal.model_copy(update={"year": year, "reading": reading})
    _before_a_whole_year(drafts, context)


def _before_a_whole_year(drafts: list[Draft], context: ArticleContext) -> None:
    """An undated article that opens with figures of a period of months told without a year ("в январе-сентябре …",
    "au premier semestre …") and only then gives a whole year's figure ("По итогам 2016 года … составив 69,52
    миллиарда"): the period is of the year after that one, the latest any figure states. Every figure before the
    first dated one takes it; none is dated when a figure after states a later year, when the first dated level is
    itself of a period of months ("за 10 месяцев 2017 года": the same period with its year), or when only a rank or
    a rate is dated."""
    claims = sorted(
        (d for d in drafts if d.proposal.kind == "claim" and d.proposal.reading is not None),
        key=lambda d: d.proposal.evidence.start,
    )
    dated = [
        d
        for d in claims
        if d.proposal.year is not None
        and d.proposal.reading is not None
        and d.proposal.reading.year_from == "stated"
        and d.proposal.metric in ("total", "exports", "imports", "balance")  # a level, not a rank or a rate
        and not _AIMED.search(d.proposal.evidence.text)  # "к 2020 году … способен превысить": a forecast's year
    ]
    if not dated:
        return
    first, latest = dated[0], max(d.proposal.year for d in dated if d.proposal.year is not None)
    before = [d for d in claims if d.proposal.evidence.start < first.proposal.evidence.start]
    if not before or first.proposal.year != latest or any(d.proposal.year is not None for d in before):
        return
    opening = before[0].proposal.evidence.text
    if WRITTEN_YEAR.search(opening) or not _months_without_year(opening, context.language):
        return
    if _months_without_year(first.proposal.evidence.text, context.language):
        return  # "за 10 месяцев 2017 года": the same period with its year, not a whole year
    for draft in before:
        proposal = draft.proposal
        if proposal.reading is None:
            continue
        notes = [*proposal.reading.notes, f"a period of months before the {latest} figures: read as {latest + 1}"]
        reading = proposal.reading.model_copy(update={"year_from": "context", "notes": notes})
        draft.proposal = proposal.model_copy(update={"year": latest + 1, "reading": reading})


_AIMED = re.compile(
    r"(?<!\w)(?:к|by|d.ici|à l.horizon|até|para|hasta)\s+(?:(?:году|year|l.an|ano|año)\s+)?(?:19|20)\d\d", re.I
)


def _months_without_year(text: str, language: str) -> bool:
    """The text names a period of months of a year it does not write ("в январе-сентябре", "au premier semestre")."""
    if any(pattern.search(text) for pattern in patterns("year_period", language)):
        return True
    fixed = [k for lang in dict.fromkeys((language, "en")) for k in (language_data(lang).get("period_fixed") or {})]
    return any(re.search(rf"(?<!\w){k}(?!\w)", text, re.IGNORECASE) for k in fixed)
