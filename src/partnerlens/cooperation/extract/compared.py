"""Years a trade figure is compared with ("compared to 2021", "than in 2021", "up 20% on 2023", "par rapport à la
même période en 2018"): never the figure's own year; and the range of years a sentence spans ("between 2020 and
2024"). Split from :mod:`.context` along that concern."""

from __future__ import annotations

import re
from functools import cache

from partnerlens.cooperation.extract.vocabulary import SAME_PERIOD, alternation, entries, patterns
from partnerlens.patterns import compiled


def compared_years(text: str, language: str) -> set[int]:
    """Years a figure is compared with ("compared to 2021", "than in 2021", "par rapport à la même période en 2018"):
    never the figure's own year."""
    fragments = "|".join(f"(?:{p})" for p in entries("comparative", language))
    fragments += r"|compared (?:with|to)|par rapport à|по сравнению с|since|depuis|desde|versus|vs\.?"
    found = {
        int(m.group(1))
        for m in re.finditer(
            rf"(?<!\w)(?:{fragments})\s*(?:{SAME_PERIOD})?(?:in\s+|en\s+|в\s+)?((?:19|20)\d\d)(?!\d)", text, re.I
        )
    }
    return found | {int(m.group(1)) for m in _rate_base(language).finditer(text)}


def trade_compared_years(text: str, language: str) -> set[int]:
    """The years a trade figure is compared with: :func:`compared_years`, and the year of an occasion a change is
    counted from ("cresceu 21 vezes desde a primeira visita de Lula ao país, em 2004"; not for events, whose dates
    such a phrase may tell)."""
    return compared_years(text, language) | {int(m.group(1)) for m in _SINCE_OCCASION.finditer(text)}


# "since" an occasion told with its year: "cresceu 21 vezes desde a primeira visita de Lula ao país, em 2004", "has
# grown tenfold since his first visit in 2004", "depuis sa première visite en 2004", "с момента его визита в 2004 году"
_SINCE_OCCASION = re.compile(
    r"(?<!\w)(?:since|depuis|desde|с момента|со времени)\s+(?:[^\W\d_][\w'’-]*,?\s+){1,8}?(?:in|en|em|в)\s+"
    r"((?:19|20)\d\d)(?!\d)",
    re.IGNORECASE,
)


@cache
def _rate_base(language: str) -> re.Pattern:
    """A preposition right after a rate governs its base ("увеличившись на 6,6% к 2023 году", "up 20% on 2023",
    "alta de 20% sobre 2023"; ``rate_base``): that year is neither the rate's nor the level's told with it."""
    bases = alternation("rate_base", language)
    rate = r"(?:%|(?<!\w)(?:per\s?cent|percent|pour\s?cent|por\s?ciento|por\s?cento|процент\w*))"
    return compiled(
        rf"{rate}\s*(?:{bases})\s+(?:{SAME_PERIOD})?(?:(?:the|l[ae]|el|o)\s+)?((?:19|20)\d\d)(?!\d)", re.IGNORECASE
    )


def year_range(text: str, language: str) -> tuple[int, int] | None:
    """The first range of years the text states ("between 2020 and 2024", "за 2020–2024 годы")."""
    for pattern in patterns("year_range", language):
        match = pattern.search(text)
        if match:
            first, last = int(match.group("y1")), int(match.group("y2"))
            if first < last:
                return first, last
    return None


def year_after_compared(text: str, compared: set[int], language: str) -> int | None:
    """The year of a figure whose sentence names no year of its own but compares it with one earlier year ("на 3%
    меньше, чем в 2022 году", "21% more than in the same period of 2017", "en hausse de 20 % par rapport à 2017"):
    the year after it, the previous year being what a level is compared with. None when the sentence compares with
    several years, or counts from that year ("since 2020", "depuis 2015", "с 2020 года": ``compared_since``), which
    spans years and says nothing of the figure's own."""
    if len(compared) != 1:
        return None
    year = min(compared)
    since = alternation("compared_since", language)
    if re.search(rf"(?<!\w)(?:{since})\s+(?:[^\W\d_]+\s+){{0,2}}{year}(?!\d)", text, re.IGNORECASE):
        return None
    return year + 1


_SAME_PERIOD_YEAR = re.compile(rf"(?<!\w)(?:{SAME_PERIOD})((?:19|20)\d\d)(?!\d)", re.IGNORECASE)


def same_period_years(text: str) -> set[int]:
    """The years told as "the same period of" a year ("за аналогичный период 2022 года", "la même période de 2022",
    "the same period of 2022"): a base a current period is set against, whether a comparison word governs it or not."""
    return {int(m.group(1)) for m in _SAME_PERIOD_YEAR.finditer(text)}
