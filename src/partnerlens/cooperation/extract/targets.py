"""Trade targets: "to raise trade to $40 billion by 2030", "porter les échanges à 10 milliards de dollars",
"довести товарооборот до $40 млрд" — a figure aimed at, not a fact to check.

A money figure right after the language's ``target_before`` words (``data/lang/<lang>.yaml``)
is a target; so is the next figure joined to a target by "and" ("will reach $15 billion this
year and $25 billion soon after"). A target becomes a ``kpi`` proposal of type ``target``
(metric ``trade_total``, ``trade_exports`` or ``trade_imports``; the value in US dollars when
known, else in its currency; ``year`` the year aimed at when the text names it), so that the
claim checker does not judge it against past trade.
"""

from __future__ import annotations

import re
from datetime import date
from functools import cache

from partnerlens.cooperation.extract.context import Draft, evidence
from partnerlens.cooperation.extract.sectors import sectors
from partnerlens.cooperation.extract.sentences import Sentence
from partnerlens.cooperation.extract.vocabulary import entries, patterns
from partnerlens.cooperation.models import Proposal
from partnerlens.cooperation.quantities import Quantity, count_value


@cache
def _before(language: str) -> tuple[re.Pattern, ...]:
    return tuple(re.compile(rf"(?<!\w){p}", re.IGNORECASE) for p in entries("target_before", language))


@cache
def _year_words(language: str) -> re.Pattern:
    fragments = "|".join(f"(?:{p})" for p in entries("target_year", language)) or r"(?!x)x"
    return re.compile(rf"(?<!\w)(?:{fragments})((?:19|20)\d\d)(?!\d)", re.IGNORECASE)


def targeted(text: str, figures: list[Quantity], language: str) -> set[int]:
    """Indexes (in ``figures``) of the money figures that are targets."""
    found: set[int] = set()
    for index, quantity in enumerate(figures):
        if quantity.kind != "money":
            continue
        window = text[max(0, quantity.start - 120) : quantity.start]
        if (
            any(p.search(window) for p in _before(language))
            or index - 1 in found
            and re.fullmatch(
                r"[^.;]{0,60}?\b(?:and|et|и|e|y)\s+(?:\w+\s+)?", text[figures[index - 1].end : quantity.start]
            )
        ):
            found.add(index)
    return found


def target_draft(
    quantity: Quantity,
    flow: str,
    found_parties: list[str],
    sentence: Sentence,
    language: str,
    published: date | None = None,
) -> Draft:
    """A ``kpi`` proposal of type ``target`` for a targeted figure."""
    year = _target_year(sentence.text, quantity, language) or _within_years(sentence.text, language, published)
    proposal = Proposal(
        kind="kpi",
        type="target",
        parties=found_parties,
        date=date(year, 1, 1) if year else None,
        date_precision="year" if year else None,
        year=year,
        metric=f"trade_{flow}",
        value=quantity.value_usd if quantity.value_usd is not None else quantity.value,
        value_usd=quantity.value_usd,
        unit="USD" if quantity.value_usd is not None else quantity.currency,
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
