"""Trade targets: "to raise trade to $40 billion by 2030", "porter les échanges à 10 milliards de dollars",
"довести товарооборот до $40 млрд" — a figure aimed at, not a fact to check.

A figure is a target when

* an aim is written right before it (``target_before`` of ``data/lang/<lang>.yaml``: a verb of raising in
  its infinitive or future — "to raise … to", "porter … à", "довести … до", "elevar … para" —, a wish and a
  verb of reaching — "aim to reach", "ambitionnent d'atteindre", "намерены достичь", "a meta é atingir" —,
  or a target noun — "a target of", "l'objectif de", "цель — "), or a verb of aiming whose object is the trade
  the figure measures (``aim_object``: "aim for trade of", "visent des échanges de", "стремятся к товарообороту
  в", "visam um comércio de", "aspiran a un comercio de"); a past form ("increased to", "a
  augmenté à", "увеличился до") is a fact and never matches;
* or it is joined by "and" to a target just before it ("will reach $15 billion this year and $25
  billion soon after");
* or the year it is for lies after the publication ("to reach $10 billion by 2030", "8 milliards d'euros
  en 2030" in a 2025 dispatch): a figure for a year to come is an aim or a forecast, never a fact.

A target becomes a ``kpi`` proposal of type ``target`` (metric ``trade_total``, ``trade_exports`` or
``trade_imports``, or ``trade_growth`` for a percentage or a factor aimed at — "to double trade by
2030"; the value in US dollars when known, else in its currency; ``year`` the year aimed at when the
text names it: "by 2030", "d'ici cinq ans" from the publication date), so that the claim checker does
not judge it against past trade.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from functools import cache

from partnerlens.cooperation.extract.context import Draft, evidence
from partnerlens.cooperation.extract.sectors import sectors
from partnerlens.cooperation.extract.sentences import Sentence
from partnerlens.cooperation.extract.vocabulary import alternation, entries, patterns
from partnerlens.cooperation.models import Proposal
from partnerlens.cooperation.quantities import Quantity, count_value, find_quantities


@cache
def _before(language: str) -> tuple[re.Pattern, ...]:
    aims = [*entries("target_before", language), *entries("aim_object", language)]  # "aim for trade of"
    return tuple(re.compile(rf"(?<!\w){p}", re.IGNORECASE) for p in aims)


_SCALE_AFTER = r"milliards?|millions?|mil(?:h|l|\b)|bn\b|billions?|млрд|млн|тыс"


@cache
def _year_words(language: str) -> re.Pattern:
    fragments = alternation("target_year", language)  # a year, not an amount ("à hauteur de 2042 milliards")
    return re.compile(rf"(?<!\w)(?:{fragments})((?:19|20)\d\d)(?!\d)(?!\s*(?:[.,]\d|{_SCALE_AFTER}))", re.IGNORECASE)


@cache
def _after(language: str) -> tuple[re.Pattern, ...]:
    return tuple(re.compile(p, re.IGNORECASE) for p in entries("target_after", language))


@cache
def _growth_seen(language: str) -> re.Pattern:
    """An infinitive of growth that tells a change already seen, not an aim ("a vu ses exportations augmenter de 45 %",
    "saw its exports rise by", "нам удалось нарастить на 20%"; ``growth_seen``): the rate is read as growth."""
    return re.compile(rf"(?<!\w)(?:{alternation('growth_seen', language)})(?:\s+[\w’'-]+){{0,4}}?\s*$", re.IGNORECASE)


@cache
def _growth_aims(language: str) -> tuple[re.Pattern, ...]:
    """A growth aimed at right before a percentage ("will increase … by 30%", "увеличит на 30%", "augmentera de
    30 %"; ``growth_aim`` of the language): a target of ``trade_growth``, not a rate to check."""
    return tuple(re.compile(rf"(?<!\w)(?:{p})\s*$", re.IGNORECASE) for p in entries("growth_aim", language))


@cache
def _level_clause(language: str) -> re.Pattern:
    fragments = alternation("level_clause", language)
    return re.compile(rf"(?<!\w)(?:{fragments})", re.IGNORECASE)


def aimed(text: str, quantity: Quantity, language: str) -> bool:
    """Whether an aim is written right before ``quantity`` ("to raise trade to", "objectif de", "довести до")
    or a target noun right after it ("a $5 billion trade target"). A relative clause between the aim and the
    figure tells the level the aim starts from ("to double trade, which stood at $2.5 billion", "doubler les
    échanges, qui s'élèvent à", "удвоить товарооборот, который составляет"; ``level_clause``): that figure is a fact."""
    window = text[max(0, quantity.start - 120) : quantity.start]
    level = _level_clause(language)
    return (
        any(
            (found := p.search(window)) is not None and not level.search(window, found.start())
            for p in _before(language)
        )
        or any(p.match(text, quantity.end) for p in _after(language))
        or bool(_forecast(language).search(window))
    )


@cache
def _forecast(language: str) -> re.Pattern:
    """A level told in the future or the conditional right before the figure ("will reach a record $20 billion",
    "sera de 1 milliard", "составит 5 млрд", "será de 1.000 millones", "deverá atingir"; ``forecast_before``): a
    forecast is an aim, not a fact to check. At most four words between, no clause break."""
    fragments = alternation("forecast_before", language)
    return re.compile(rf"(?<!\w)(?:{fragments})\s+(?:[^\W\d_][\w'’-]*\s+){{0,4}}[$€£]?\s*$", re.IGNORECASE)


def multiplied(level: Quantity, factor: Quantity) -> Quantity:
    """The level a factor aims at: "to double trade, which stood at $2.5 billion" → $5 billion (a factor is
    read as growth: doubling is +100%)."""
    return replace(level, value=level.value * (1 + factor.value / 100), qualifier=None, qualifier_text=None)


# a second figure joined to a target is one too: "$6 billion this year and $10 billion in the coming years", "6 milliards
# cette année, et 10 milliards d'ici 2030", "$6 млрд, а в ближайшие годы – $10 млрд", "y 10.000 millones"
_NEXT_AIM = r"[^.;]{0,60}?(?<!\w)(?:and|et|и|а|e|y)\s+[^.;\d]{0,40}?"


def targeted(text: str, figures: list[Quantity], language: str, published: date | None = None) -> set[int]:
    """Indexes (in ``figures``) of the figures that are targets (see the module docstring)."""
    found: set[int] = set()
    for index, quantity in enumerate(figures):
        if (
            quantity.kind == "percent"
            and quantity.unit != "factor"
            and any(p.search(text[max(0, quantity.start - 80) : quantity.start]) for p in _growth_aims(language))
            and not _growth_seen(language).search(text[max(0, quantity.start - 80) : quantity.start])
        ) or (
            quantity.kind == "money"
            and (
                aimed(text, quantity, language)
                and not told_for_past(text, quantity, language, published)
                or index - 1 in found
                and re.fullmatch(_NEXT_AIM, text[figures[index - 1].end : quantity.start])
                and not _past(text, quantity, language, published)
            )
            or future(text, quantity, language, published)
        ):
            found.add(index)
    return found


@cache
def _level_years(language: str) -> re.Pattern:
    fragments = alternation("level_year", language)
    return re.compile(rf"(?<!\w)(?:{fragments})((?:19|20)\d\d)(?!\d)", re.IGNORECASE)


def told_for_past(text: str, quantity: Quantity, language: str, published: date | None) -> bool:
    """A forecast told for a year already over at the publication reports a level: "trade would reach around
    $507 million in 2022" in a 2023 dispatch, "atteindrait 1 milliard en 2022", "составит 5 млрд в 2022 году".
    The year nearest the figure must be told with "in" (``level_year``), not "by"/"d'ici"/"к" (an old aim)."""
    if published is None:
        return False
    years = [(abs(m.start() - quantity.end), m.start(), int(m.group(1))) for m in _year_words(language).finditer(text)]
    if not years:
        return False
    _, start, year = min(years)
    # "$754 million in 2020, which is expected to rise to more than $1 billion": the year is the figure before's
    owned = any(
        q.start != quantity.start and q.kind == "money" and 0 <= start - q.end <= 2 for q in find_quantities(text)
    )
    return year < published.year and not owned and _level_years(language).match(text, start) is not None


def _past(text: str, quantity: Quantity, language: str, published: date | None) -> bool:
    """The year the figure is told for has come by the publication ("…, and $2 billion in 2023")."""
    year = _target_year(text, quantity, language)
    return bool(published and year and year <= published.year)


def future(text: str, quantity: Quantity, language: str, published: date | None) -> bool:
    """The year the figure is for (the nearest "by 2030", "in 2030", "к 2030 году") lies after the publication."""
    year = _target_year(text, quantity, language)
    return bool(published and year and year > published.year)


def target_draft(
    quantity: Quantity,
    flow: str,
    found_parties: list[str],
    sentence: Sentence,
    language: str,
    published: date | None = None,
    level_year: int | None = None,
) -> Draft:
    """A ``kpi`` proposal of type ``target`` for a targeted figure (``level_year``: the year of the level a
    factor multiplies, "which stood at $2.5 billion in 2024", never the year aimed at)."""
    year = _target_year(sentence.text, quantity, language)
    if year is None or year == level_year:
        year = _within_years(sentence.text, language, published)
    percent = quantity.kind == "percent"
    proposal = Proposal(
        kind="kpi",
        type="target",
        parties=found_parties,
        date=date(year, 1, 1) if year else None,
        date_precision="year" if year else None,
        year=year,
        metric="trade_growth" if percent else f"trade_{flow}",
        value=quantity.value_usd if quantity.value_usd is not None else quantity.value,
        value_usd=quantity.value_usd,
        unit="percent" if percent else "USD" if quantity.value_usd is not None else quantity.currency,
        qualifier=quantity.qualifier,
        sectors=sectors(sentence.text, language, goods_only=True),
        evidence=evidence(sentence),
    )
    return Draft(proposal, [proposal.evidence])


def _within_years(text: str, language: str, published: date | None) -> int | None:
    """The year aimed at by "within five years", "d'ici cinq ans", "в течение пяти лет": the publication
    year plus that many years (None without a publication date)."""
    if published is None:
        return None
    for pattern in patterns("target_within", language):
        for match in pattern.finditer(text):
            years = count_value(match.group("n"))
            if years is not None and 0 < years <= 50:
                return published.year + years
    return None


def _target_year(text: str, quantity: Quantity, language: str) -> int | None:
    """The year aimed at: "by 2030", "d'ici 2025", "к 2026 году" anywhere in the sentence, nearest the figure."""
    years = [(abs(m.start() - quantity.end), int(m.group(1))) for m in _year_words(language).finditer(text)]
    return min(years)[1] if years else None
