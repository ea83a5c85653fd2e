"""Periods of months a trade figure is told for: "in the first nine months", "au premier semestre 2023", "за
январь–сентябрь" (the publication year when the period had ended by then), "14.4% in the first seven months of 2023"
(the year written after the period). Split from :mod:`.claims_years` along that concern; the words come from the
language files (``year_period``, ``period_fixed``)."""

from __future__ import annotations

import re
from datetime import date

from partnerlens.cooperation.date_words import MONTH_INDEX
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
