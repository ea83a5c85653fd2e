"""Fiscal and split years: a trade figure told for "the fiscal year 2012-13", "FY2023-24", "2012/13", "l'exercice
2012-2013", "в 2012/2013 финансовом году", "no ano fiscal de 2022/23" or "el año fiscal 2022-2023" is for a year
that straddles two calendar years. Such a figure has no calendar year: its ``year`` is None and its reading names the period (``Reading.period``), so that
the claim checker leaves it unresolved with that reason instead of comparing it with a calendar year
(docs/news.md, "Fiscal years"). Split from :mod:`.claims_years` along that concern; the fiscal words come from the
language files (``fiscal_year``)."""

from __future__ import annotations

import re
from functools import cache

from partnerlens.cooperation.date_words import MONTH, MONTH_INDEX
from partnerlens.cooperation.extract.vocabulary import alternation
from partnerlens.patterns import compiled

_SPLIT = re.compile(r"(?<![\d/.,-])(?P<y1>(?:19|20)\d\d)\s?(?P<sep>[-–/])\s?(?P<y2>(?:19|20)?\d\d)(?![\d/]|[.,]\d)")


@cache
def _fiscal_before(language: str) -> re.Pattern:
    """A fiscal word right before the year ("fiscal year 2012-13", "FY2023-24", "exercice 2012-2013", "ano fiscal
    de 2022/23")."""
    return compiled(rf"(?<!\w)(?:{alternation('fiscal_year', language)})\s*(?:of|de|del|do)?\s*$", re.IGNORECASE)


@cache
def _fiscal_after(language: str) -> re.Pattern:
    """A fiscal word right after the year ("в 2012/2013 финансовом году", "2022-23 fiscal year")."""
    return compiled(rf"^\s*(?:{alternation('fiscal_year', language)})(?!\w)", re.IGNORECASE)


def _consecutive(first: str, second: str) -> bool:
    """ "2012-13", "2012/2013", "1999-2000": the second year is the one after the first."""
    start = int(first)
    return int(second) == (start + 1 if len(second) == 4 else (start + 1) % 100)


Fiscal = tuple[int, int, str, tuple[int, int]]  # first and last calendar year, as written, span of the years


def fiscal_years(text: str, language: str) -> list[Fiscal]:
    """The fiscal years told in ``text``: (first calendar year, last calendar year, as written, where its years
    stand). A split year with two digits after the first year or a slash ("2012-13", "2012/13", "2012/2013") is one
    on its own; two full years joined by a dash ("2012-2013") are one with a fiscal word beside them or told after
    "in" ("en 2018-2019"), else a range of years. A fiscal year named by one year ("fiscal year 2023", "l'exercice 2023") is read as that year:
    the labels and most such texts mean the calendar year it is named by."""
    found: list[Fiscal] = _twelve_months(text)
    for match in _SPLIT.finditer(text):
        y1, y2, sep = match.group("y1"), match.group("y2"), match.group("sep")
        if not _consecutive(y1, y2):
            continue
        written = _named_fiscal(text, match, language)
        if written or len(y2) == 2 or sep == "/" or _told_in(text, match, language):
            found.append((int(y1), int(y1) + 1, written or match.group(0), match.span()))
    return found


# twelve months that straddle two years, told by their months: "entre avril 2019 et mars 2020", "from April 2019 to
# March 2020", "с апреля 2019 по март 2020 года", "de abril de 2019 a março de 2020"
_MONTH_SPAN = re.compile(
    rf"(?<!\w)(?P<m1>{MONTH})\.?\s+(?:de\s+)?(?P<y1>(?:19|20)\d\d)(?:\s*(?:года|г\.))?\s*"
    rf"(?:-|–|—|to|and|through|until|et|à|au|jusqu.à|по|a|e|y|até|hasta)\s*"
    rf"(?:fin\s+|end\s+of\s+|(?:le\s+)?mois\s+d.)?(?P<m2>{MONTH})\.?\s+(?:de\s+)?(?P<y2>(?:19|20)\d\d)(?!\d)",
    re.IGNORECASE,
)


def _twelve_months(text: str) -> list[Fiscal]:
    """Twelve months that straddle two consecutive years, told by their months ("entre avril 2019 et mars 2020",
    "from April 2019 to March 2020", "с апреля 2019 по март 2020"): a split year like "2019-20", with no calendar
    year; any other span of months is left to the year rules."""
    found: list[Fiscal] = []
    for match in _MONTH_SPAN.finditer(text):
        first, last = MONTH_INDEX.get(match.group("m1").casefold()), MONTH_INDEX.get(match.group("m2").casefold())
        y1, y2 = int(match.group("y1")), int(match.group("y2"))
        if first and last and y2 == y1 + 1 and first != 1 and last == first - 1:
            found.append((y1, y2, match.group(0), match.span()))
    return found


@cache
def _in_before(language: str) -> re.Pattern:
    return compiled(rf"(?<!\w)(?:{alternation('split_year_in', language)})\s+$", re.IGNORECASE)


@cache
def _plural_after(language: str) -> re.Pattern:
    return compiled(rf"^\s*(?:{alternation('years_plural', language)})(?!\w)", re.IGNORECASE)


def _told_in(text: str, match: re.Match, language: str) -> bool:
    """Two consecutive full years told after "in" ("atteint 1,3 milliard de dollars en 2018-2019", "in 2012-2013";
    ``split_year_in``) are one split year, as a figure is for one period; not with a plural year noun after them ("в
    2018-2019 годах", "in the years": a range; ``years_plural``), nor "between", "from" (``year_range``)."""
    return bool(
        _in_before(language).search(text[max(0, match.start() - 20) : match.start()])
        and not _plural_after(language).match(text[match.end() : match.end() + 20])
    )


def _named_fiscal(text: str, match: re.Match, language: str) -> str | None:
    """The fiscal year with the fiscal word beside its years, as written ("fiscal year 2012-13", "2012/2013
    финансовом году"); None when no fiscal word stands there."""
    head = max(0, match.start() - 40)
    before = _fiscal_before(language).search(text[head : match.start()])
    if before:
        return text[head + before.start() : match.end()]
    after = _fiscal_after(language).match(text[match.end() : match.end() + 40])
    return text[match.start() : match.end() + after.end()] if after else None


def fiscal_period(text: str, year: int | None, language: str) -> str | None:
    """The fiscal year the figure's year was read from, as written, when the sentence tells ``year`` only as part
    of a fiscal year (never also as a calendar year of its own: "in 2012, and in the fiscal year 2012-13" keeps
    2012); None otherwise."""
    if year is None:
        return None
    fiscal = [f for f in fiscal_years(text, language) if f[0] <= year <= f[1]]
    spans = [f[3] for f in fiscal]
    calendar = [m for m in re.finditer(rf"(?<!\d){year}(?!\d)", text) if not any(a <= m.start() < b for a, b in spans)]
    return fiscal[0][2] if fiscal and not calendar else None
