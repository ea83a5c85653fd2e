"""Quantitative trade claims, read with their full context (see ``Reading``).

For each money amount or percentage in a sentence about trade: value, currency
and its dollar value; the year tied to the figure ("$27 million in 2000"), else
a range the sentence or an earlier one states, else a year carried from
context or the publication; the parties of the sentence, else of the nearest
earlier sentence, else the headline's, else the article's main pair (recorded
as context); the metric (total, exports, imports, growth, share, balance), its
flow and qualifier. Figures written as a pair with the currency once ("from
22.5 to 53.8 million dollars") are both read; a factor ("doubled", "multipliés
par deux", "в два раза") is a growth rate; a percentage compared with a year
("57% more than in 2021") is growth over that year, one followed by "of" ("99
percent of goods") a share. The worth of deals is no trade figure
(:mod:`.trade_words`); a figure restated in another currency is one claim.

This module assembles a claim; :mod:`.claims_figures` finds the figures,
:mod:`.claims_reading` reads their year, metric and flow, and :mod:`.claims_flows`
gives a level told after another the first's flow.
"""

from __future__ import annotations

import re
from dataclasses import replace

from partnerlens.cooperation.extract.carried import Carried
from partnerlens.cooperation.extract.claims_counted import with_counted_years
from partnerlens.cooperation.extract.claims_figures import bare_amounts, factor_growth, figures_of, without_restatements
from partnerlens.cooperation.extract.claims_fiscal import fiscal_period
from partnerlens.cooperation.extract.claims_flows import listed_flows, pair_flows
from partnerlens.cooperation.extract.claims_reading import flow_of, metric_of
from partnerlens.cooperation.extract.claims_signs import index_growth, signed_growth
from partnerlens.cooperation.extract.claims_years import base_year_of, figure_year
from partnerlens.cooperation.extract.compared import year_range
from partnerlens.cooperation.extract.context import ArticleContext, Draft, evidence
from partnerlens.cooperation.extract.dateline import without_dateline
from partnerlens.cooperation.extract.follow_ups import after_trade, as_follow_up, follows_a_figure, remember_figure
from partnerlens.cooperation.extract.rank import ranked_flow
from partnerlens.cooperation.extract.rate_year import later_year
from partnerlens.cooperation.extract.rates import usd_rate
from partnerlens.cooperation.extract.sectors import current_taxonomy, sector_mentions
from partnerlens.cooperation.extract.sentences import Sentence
from partnerlens.cooperation.extract.targets import future, multiplied, target_draft, targeted
from partnerlens.cooperation.extract.trade_parties import claim_parties
from partnerlens.cooperation.extract.trade_words import deal_value, difference
from partnerlens.cooperation.extract.vocabulary import words
from partnerlens.cooperation.models import Proposal, Reading
from partnerlens.cooperation.quantities import Quantity, local_currency

_YEAR_AFTER = re.compile(r"[^.;\d]{0,12}?((?:19|20)\d\d)(?!\d)")  # the year told right after a level


def claims(sentence: Sentence, context: ArticleContext, carried: Carried) -> list[Draft]:
    """The trade claims of one sentence (figures and factors), each with its reading."""
    follow_up = follows_a_figure(sentence, context, carried)
    cued = (
        follow_up
        or words("trade_cues", context.language).search(sentence.text)
        or ranked_flow(sentence.text, None, context.language)
    )
    aims_only = not cued and after_trade(sentence, context, carried)
    if not cued and not aims_only:
        return []
    quantities = figures_of(sentence.text, context.language)
    figures = [q for q in quantities if q.kind != "count" and not (q.kind == "money" and q.currency is None)]
    before = carried.currency if 0 <= sentence.start - carried.currency_end <= 3 else None
    figures = sorted(figures + bare_amounts(sentence.text, quantities, context.language, before), key=lambda q: q.start)
    currencies = [q.currency for q in figures if q.kind == "money" and q.currency]
    if currencies:
        carried.currency, carried.currency_end = currencies[-1], sentence.end
    figures, restated = without_restatements(sentence.text, figures)
    figures = [  # "20,8 milliards de dollars (18,3 mds €) d'accords": a deal's worth, in either currency
        q
        for q in figures
        if not any(deal_value(sentence.text, f, context.language) for f in (q, restated.get(id(q))) if f is not None)
        and not difference(sentence.text, q, context.language)  # "$2.8 billion less than in 2022": a gap, no level
    ]
    aims = targeted(sentence.text, figures, context.language, context.published)
    if aims_only:  # "… to reach the goal of $200 billion" after a sentence on trade: its aims, nothing else
        figures = [q for i, q in enumerate(figures) if i in aims and q.kind == "money"]
        aims = set(range(len(figures)))
    drafts = []
    read: list[tuple[Quantity, Draft]] = []  # the levels read as claims, with their figures
    for index, quantity in enumerate(figures):
        if index in aims:
            found, _ = claim_parties(sentence, context, carried, [], quantity)
            flow = flow_of(sentence.text, quantity, context.language)
            drafts.append(
                target_draft(
                    local_currency(quantity, found, context.language),
                    flow,
                    found,
                    sentence,
                    context.language,
                    context.published,
                )
            )
        else:
            drafts.append(_draft(_claim(quantity, sentence, context, carried, figures, restated), sentence))
            read.append((quantity, drafts[-1]))
    pair_flows(sentence.text, read, restated)
    listed_flows(sentence.text, read, context.language)
    factor = None
    if not aims_only:  # also beside a percentage of another flow ("экспорт вырос в 2,1 раза, импорт – на 28,8%")
        factor = factor_growth(sentence.text, context.language)
        if factor is not None and _restated_rate(factor, figures):
            factor = None  # "a doublé, soit une hausse de 100 %": the factor and its percentage are one figure
    if factor is not None and not _part_of_a_target(sentence.text, factor, figures, aims):
        if future(sentence.text, factor, context.language, context.published) or words(
            "factor_aims", context.language
        ).search(sentence.text):
            found, _ = claim_parties(sentence, context, carried, [], factor)
            level = _stated_level(sentence, factor, figures, aims, carried)
            if level is not None:  # "to double trade, which stood at $2.5 billion": the aim is $5 billion
                flow = flow_of(sentence.text, level, context.language) if level.end <= len(sentence.text) else "total"
                aim = local_currency(multiplied(level, factor), found, context.language)
                told = _YEAR_AFTER.match(sentence.text, level.end) if level.end <= len(sentence.text) else None
                level_year = int(told.group(1)) if told else None
                drafts.append(target_draft(aim, flow, found, sentence, context.language, context.published, level_year))
            else:
                drafts.append(target_draft(factor, "total", found, sentence, context.language, context.published))
        else:
            drafts.append(_draft(_claim(factor, sentence, context, carried, figures), sentence))
    if follow_up and 0 <= sentence.start - carried.figure_end <= 3:  # right after the figure it points back at
        as_follow_up(drafts, carried)
    _carry_year(drafts, carried)
    figures_read = [d.proposal for d in drafts if d.proposal.kind == "claim" and d.proposal.parties]
    if figures_read:
        carried.figure_end = sentence.end
        remember_figure(figures_read, carried)
        levels = [q for i, q in enumerate(figures) if i not in aims and q.kind == "money"]
        carried.figure_level = levels[-1] if levels else None
    return drafts


def _stated_level(
    sentence: Sentence, factor: Quantity, figures: list[Quantity], aims: set[int], carried: Carried
) -> Quantity | None:
    """The money level a factor aimed at multiplies: the figure of the same sentence nearest the factor that
    is no target itself ("veulent doubler leurs échanges, qui s'élèvent à 5 milliards de dollars"), else the
    last level told in the sentence just before ("… reached $11.5 billion. … trade will double in five
    years"). None when there is none: the target stays a growth rate."""
    levels = [q for i, q in enumerate(figures) if i not in aims and q.kind == "money"]
    if levels:
        return min(levels, key=lambda q: abs(q.start - factor.start))
    if carried.figure_level is not None and 0 <= sentence.start - carried.figure_end <= 3:
        return carried.figure_level
    return None


def _restated_rate(factor: Quantity, figures: list[Quantity]) -> bool:
    """The sentence writes the factor's growth as a percentage too ("doubled, up 100%"), or the factor lies within
    a figure already read: one figure, read once."""
    return any(
        q.kind == "percent"
        and (abs(abs(q.value) - factor.value) < 0.5 or q.start < factor.end and factor.start < q.end)
        for q in figures
    )


def _part_of_a_target(text: str, factor: Quantity, figures: list[Quantity], aims: set[int]) -> bool:
    """The factor belongs to a target figure told with it ("should double, to $40 billion", "увеличить в два раза,
    до $40 млрд", "veulent doubler les échanges … pour atteindre 8 milliards"): a targeted figure just after it
    (100 characters) or just before it (40), with no other figure between."""
    between = [q for i, q in enumerate(figures) if i not in aims]
    return any(
        index in aims
        and (0 <= q.start - factor.end <= 100 or 0 <= factor.start - q.end <= 40)
        and not any(min(q.start, factor.start) < other.start < max(q.start, factor.start) for other in between)
        for index, q in enumerate(figures)
    )


def _carry_year(drafts: list[Draft], carried: Carried) -> None:
    """The year a figure was read with is the year of the sentences after it ("… $461.9 million last year. Trade in
    farm goods has tripled."), in place of an older one or of a range stated further back; of several, the latest
    (the others are what it is compared with: "… 2 milliards, contre 1,5 milliard en 2024. Sur la même période …")."""
    years = [
        d.proposal.year
        for d in drafts
        if d.proposal.kind == "claim"
        and d.proposal.year
        and d.proposal.reading
        and d.proposal.reading.year_from != "range"
    ]
    if years:  # the latest: a level compared with an earlier one ("2 milliards, contre 1,5 milliard en 2024")
        carried.year, carried.years = max(years), None


def _draft(proposal: Proposal, sentence: Sentence) -> Draft:
    return Draft(proposal, [evidence(sentence)])


# --- one claim -------------------------------------------------------------------------


def _claim(
    quantity: Quantity,
    sentence: Sentence,
    context: ArticleContext,
    carried: Carried,
    figures: list[Quantity],
    restated: dict[int, Quantity] | None = None,
) -> Proposal:
    text, language = sentence.text, context.language
    notes: list[str] = []
    other = (restated or {}).get(id(quantity))
    if other is not None:
        notes.append(f"restated in the sentence as {other.text!r}")
    metric, comparative_year = metric_of(text, quantity, language)
    flow = flow_of(text, quantity, language)
    if metric == "total" and quantity.kind == "money":  # "China is Algeria's largest supplier, with $4.9 billion"
        told = min((q for q in (quantity, other) if q is not None), key=lambda q: q.start)  # "… avec 16,4 milliards
        metric = flow = ranked_flow(text, told, language) or metric  # de dirhams (1,68 milliard de dollars)": the first
    dated = with_counted_years(sentence, language, carried.year)  # "quatre ans plus tôt" written as its year
    # the dateline's year is the report's, not the figure's ("NAIROBI, March 4, 2023 - … $5 million")
    dated = without_dateline(dated, context.text, context.dateline_end)
    span = year_range(dated.text, language)
    base_year = comparative_year or (base_year_of(dated.text, language) if metric == "growth" else None)
    year, year_from = figure_year(quantity, dated, context, carried, figures, span, base_year, metric)
    later = later_year(dated.text, quantity, year, base_year, metric)  # "In 2022 …, 25% more than in 2021"
    if later is not None:
        year, base_year = later
    if year_from == "stated" and dated is not sentence and str(year) not in text:
        year_from = "context"  # counted from a year told before: "contre 148 millions quatre ans plus tôt"
    read_year = year  # a fiscal year's figure is converted at the rate of the year its years were read as
    period = fiscal_period(text, year, language) if year_from in ("stated", "range") else None
    if period is not None:  # "in the fiscal year 2012-13": no calendar year (docs/news.md, "Fiscal years")
        year, year_from, span = None, "none", None
        notes.append(f"told for {period!r}, a fiscal year: no single calendar year")
    if metric == "growth" and base_year is None and year_from == "range" and span:
        base_year = span[0]
    found, parties_from = claim_parties(sentence, context, carried, notes, quantity)
    quantity = local_currency(quantity, found, language)
    named, excluded = sector_mentions(text, language)
    if excluded:
        notes.append("excludes " + ", ".join(excluded) + " (the figure is about the rest)")
    if metric == "balance" and _deficit(text, quantity, language):
        quantity = replace(quantity, value=-quantity.value)  # a balance is signed from its holder's side
        notes.append("a deficit: the balance is negative")
    if metric == "growth" and (index := index_growth(text, quantity)) is not None:
        quantity = replace(quantity, value=index)  # "(103,3%)" after a level: +3.3% on the year before
        notes.append(f"an index to the period before: {quantity.text!r} is growth of {index:g}%")
    if metric == "growth" and (signed := signed_growth(text, quantity, language)) != quantity.value:
        quantity = replace(quantity, value=signed)  # "fell by 12%": a decline is negative growth
        notes.append("a decline: the growth is negative")
    value_usd, rate, rate_source = _usd(quantity, read_year, notes)
    if quantity.unit == "factor":
        notes.append(f"growth written as a factor: {quantity.text!r}")
    if quantity.unit == "unstated":
        notes.append(f"no currency written with {quantity.text!r} nor just before it: the value only, not converted")
    if year_from == "context":
        notes.append(
            f"year {year} not stated with the figure: read from its context (an earlier sentence, another figure or a compared year)"
        )
    return Proposal(
        kind="claim",
        type="trade",
        parties=found,
        sectors=_goods_sectors(named),
        value_usd=value_usd,
        value=quantity.value,
        unit=quantity.currency if quantity.kind == "money" else "percent",
        year=year,
        base_year=base_year if base_year != year else None,
        qualifier=quantity.qualifier,
        metric=metric,
        flow=flow,
        evidence=evidence(sentence),
        reading=Reading(
            parties_from=parties_from,
            year_from=year_from,
            currency=quantity.currency,
            rate=rate,
            rate_source=rate_source,
            confidence=_confidence(parties_from, year_from, quantity, value_usd),
            notes=notes,
            period=period,
        ),
    )


def _deficit(text: str, quantity: Quantity, language: str) -> bool:
    """The balance word nearest before the figure names a deficit ("un déficit de", "дефицит … составил",
    "la balanza arroja un déficit para Argentina de"; ``deficit_words``)."""
    before = text[max(0, quantity.start - 100) : quantity.start]
    found = list(words("balance_words", language).finditer(before))
    return bool(found) and bool(words("deficit_words", language).search(found[-1].group(0)))


def _goods_sectors(ids: list[str]) -> list[str]:
    taxonomy = current_taxonomy()  # the workspace's own sectors.yaml when there is one
    return [i for i in ids if taxonomy[i].trades_in_goods]


def _confidence(parties_from: str, year_from: str, quantity: Quantity, value_usd: float | None) -> float:
    score = 1.0
    score -= {"sentence": 0.0, "context": 0.2, "none": 0.4}[parties_from]
    score -= {"stated": 0.0, "range": 0.05, "context": 0.2, "publication": 0.25, "none": 0.3}[year_from]
    if quantity.kind == "money" and value_usd is None:
        score -= 0.2
    return round(max(score, 0.0), 2)


def _usd(quantity: Quantity, year: int | None, notes: list[str]) -> tuple[float | None, float | None, str | None]:
    """(value in USD, USD per unit, source of the rate) of a money figure; percentages have none."""
    if quantity.kind != "money" or quantity.currency is None:
        return None, None, None
    if quantity.currency == "USD":
        return quantity.value, None, None
    rate, source_or_reason = usd_rate(quantity.currency, year)
    if rate is None:
        notes.append(f"{quantity.currency} not converted to USD: {source_or_reason}")
        return None, None, None
    return quantity.value * rate, rate, source_or_reason
