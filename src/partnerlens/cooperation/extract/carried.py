"""What earlier sentences stated, carried to a sentence that does not say it again: the last year or range of
years, the parties, the last trade figure (its parties, metric, flow, year and level, for a sentence pointing back
at it: "This figure is up 12%", "Ce chiffre représente", "Эта цифра") and the last currency. Split from
:mod:`.context` (the article's mentions) along that concern. A relative year that cannot be resolved ("this year",
"neste ano", "в этом году" with no publication date) ends the year carried before it: it tells another period. A
sentence whose only year is that of "the same period of" a year ("За аналогичный период 2022 года товарооборот был
вдвое ниже") tells the base: the year carried after it is the next one."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from partnerlens.cooperation.date_words import WRITTEN_YEAR
from partnerlens.cooperation.extract.compared import same_period_years, trade_compared_years, year_range
from partnerlens.cooperation.extract.dateline import without_dateline
from partnerlens.cooperation.extract.sentences import Sentence
from partnerlens.cooperation.quantities import Quantity

if TYPE_CHECKING:
    from partnerlens.cooperation.extract.context import ArticleContext


@dataclass
class Carried:
    """What earlier sentences stated, for a sentence that does not say it again."""

    year: int | None = None
    years: tuple[int, int] | None = None  # a range ("between 2020 and 2024")
    base: int | None = (
        None  # the one year the sentence of ``year`` compared it with ("в 2021 году … по сравнению с 2020")
    )
    parties: list[str] = field(default_factory=list)
    figure_parties: list[str] = field(default_factory=list)  # of the last trade figure (for "the figure reached …")
    figure_metric: str | None = None  # that figure's metric, flow and year: "This figure is up 12%" is about them
    figure_flow: str | None = None
    figure_year: int | None = None
    figure_period: str | None = None  # a fiscal year it was told for ("FY2023-24"): no calendar year
    figure_end: int = -1  # where the sentence of that figure ends
    figure_level: Quantity | None = None  # the last money level told there (what "double it" doubles)
    currency: str | None = None  # of the last amount told in a trade sentence ("… 1,1 milliard de dollars. Ils …")
    currency_end: int = -1  # where that sentence ends

    def update(self, sentence: Sentence, context: ArticleContext, found: list[str], aimed: tuple = ()) -> None:
        """Remember this sentence's range, last year (never one a target aims at, nor the dateline's) and parties for
        those after it."""
        sentence = without_dateline(sentence, context.text, context.dateline_end)
        span = year_range(sentence.text, context.language)
        if span:  # a range is carried for growth ("between 2020 and 2024 … grew 110%"), not as a year
            self.years, self.year, self.base = span, None, None
        else:
            compared = trade_compared_years(sentence.text, context.language)
            same = same_period_years(sentence.text)  # "За аналогичный период 2022 года товарооборот был вдвое ниже"
            years = [int(y) for y in WRITTEN_YEAR.findall(sentence.text) if int(y) not in {*compared, *aimed, *same}]
            if not years and same:  # the base of the period told about: the sentences after are of the next year
                self.year, self.years, self.base = max(same) + 1, None, max(same)
            else:
                self._update_year(sentence, context, compared, years)
        if len(found) >= 2:
            self.parties = found

    def _update_year(self, sentence: Sentence, context: ArticleContext, compared: set[int], years: list[int]) -> None:
        """The sentence's latest year (else "last year" resolved), or the end of the year carried."""
        years = years or [  # "last year", "l'an dernier", "в прошлом году": resolved against the publication
            d.value.year
            for d in context.within(context.dates, sentence)
            if d.shift_years is not None and d.shift_years <= 0 and d.value is not None
        ]
        if years:  # the latest: an earlier one is mostly what it is compared with ("… contre 1,5 en 2024")
            self.year, self.years = max(years), None
            self.base = min(compared) if len(compared) == 1 and min(compared) < self.year else None
        elif any(d.shift_years not in (None, -1) and d.value is None for d in context.within(context.dates, sentence)):
            # "Neste ano, …" with no publication date: a period of its own ("last year" is the year carried)
            self.year, self.years, self.base = None, None, None
        elif self.year is None and any(d.shift_years == -1 for d in context.within(context.dates, sentence)):
            self.years, self.base = None, None
