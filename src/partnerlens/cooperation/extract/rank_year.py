"""The year of a rank claim ("deuxième partenaire commercial du Sénégal …, avec 2 milliards de dollars en 2016"): a
year written near the rank phrase; else the year the trade figure told with it was read with (its own, carried from
an earlier sentence, resolved from "last year" or a period of months: :mod:`.claims_years`); else a relative date of
the sentence. Figures told over several years are a change, and the rank has none of them. Split from :mod:`.rank`
(which finds the phrase and its parties) along that concern."""

from __future__ import annotations

import re
from collections.abc import Sequence

from partnerlens.cooperation.date_words import WRITTEN_YEAR
from partnerlens.cooperation.extract.claims_fiscal import fiscal_years
from partnerlens.cooperation.extract.claims_years import YearFrom
from partnerlens.cooperation.extract.compared import compared_years
from partnerlens.cooperation.extract.context import ArticleContext, Draft
from partnerlens.cooperation.extract.sentences import Sentence
from partnerlens.cooperation.extract.vocabulary import words
from partnerlens.cooperation.quantities import _SCALE_RE, find_quantities

YearRead = tuple[int | None, YearFrom]  # the year and where it came from


def rank_year(match: re.Match, sentence: Sentence, context: ArticleContext, figures: Sequence[Draft] = ()) -> YearRead:
    """The year of the rank phrase ``match`` of ``sentence``, with ``figures`` the trade claims read in it."""
    text, language = sentence.text, context.language
    # "$27.48 billion in 2017-18, making it its fourth largest trading partner": a split or fiscal year is no
    # calendar year, for the rank as for its figure (:mod:`.claims_fiscal`)
    text = _without_split_years(text, language)
    # a figure told with one year dates the rank ("deuxième partenaire …, avec un volume d'échanges de deux milliards
    # de dollars en 2016"); figures told over several years are a change, and the rank has none of them
    if len(figure_years(text, match, language)) >= 2:
        return None, "none"
    year = _year_near(text, match.start(), compared_years(text, language))
    if year is not None:
        return year, "stated"
    told = told_with(figures)
    if told is not None:  # "… avec 9 milliards de dollars l'an dernier", a year carried to the figure: the figure's
        return told
    # "A nação, no ano passado, foi a quarta maior parceira": a relative date
    relative = [d.value.year for d in context.within(context.dates, sentence) if d.value and d.shift_years]
    return (relative[0], "publication") if len(set(relative)) == 1 else (None, "none")


def _without_split_years(text: str, language: str) -> str:
    """``text`` with the years of its split and fiscal years ("2017-18", "FY2023/24", "2012/2013 финансовом году")
    blanked out, same length, so that no year rule reads their first year as a calendar year."""
    for *_, (start, end) in fiscal_years(text, language):
        text = text[:start] + re.sub(r"\d", "x", text[start:end]) + text[end:]
    return text


def told_with(figures: Sequence[Draft]) -> YearRead | None:
    """The one year the sentence's trade figures were read with, and where it came from; None when they have none or
    several (a change over years, or a level compared with an earlier one)."""
    read = [
        (d.proposal.year, d.proposal.reading.year_from if d.proposal.reading else "none")
        for d in figures
        if d.proposal.kind == "claim" and d.proposal.metric != "rank"
    ]
    years = {year for year, _ in read}
    if len(years) != 1 or None in years:
        return None
    year, source = read[0]
    return year, "publication" if source == "publication" else "context"


_BARE_LEVEL = re.compile(rf"(?<![\d.,])\d[\d.,]*\s?(?:{_SCALE_RE})(?!\w)", re.IGNORECASE)


def figure_years(text: str, phrase: re.Match, language: str = "en") -> set[int]:
    """Years the sentence ties to its figures: one written shortly after an amount or a percentage ("the top partner,
    with trade of $754 million in 2020", "deuxième fournisseur, avec des importations passées de 227 milliards FCFA
    en 2013 à 367 milliards en 2017", "cresceu 2 mil por cento entre 2002 e 2012, fazendo de Angola o segundo
    parceiro") with no rank phrase between. A year told for a part of it ("17,19 milliards en 2021 et 8,2 milliards
    au premier trimestre 2022"; ``part_year_nouns``) counts only when no whole year is told: the rank is the whole
    year's, and a quarter after it is no change over years."""
    ends = [q.end for q in find_quantities(text) if q.kind in ("money", "percent")]
    ends += [m.end() for m in _BARE_LEVEL.finditer(text)]  # "… à 36.000 millones en 2023": the currency told once
    part = words("part_year_nouns", language)
    whole: set[int] = set()
    parts: set[int] = set()
    for year in WRITTEN_YEAR.finditer(text):
        for end in ends:
            gap = text[end : year.start()]
            if (
                0 <= year.start() - end <= 45
                and not re.search(r"[.;]", gap)
                and not (end <= phrase.start() < year.start())
            ):
                (parts if part.search(gap) else whole).add(int(year.group(1)))
    return whole or parts


def _year_near(text: str, position: int, compared: set[int] | None = None) -> int | None:
    """The year written closest to ``position`` in ``text`` (not one it is compared with: "com relação a 2023")."""
    years = [
        (abs(m.start() - position), int(m.group(1)))
        for m in WRITTEN_YEAR.finditer(text)
        if int(m.group(1)) not in (compared or set())
        and not re.search(r"(?<!\w)(?:since|depuis|desde|с|со|starting)\s+$", text[: m.start()], re.IGNORECASE)
    ]
    return min(years)[1] if years else None
