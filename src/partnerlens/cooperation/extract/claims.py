"""Quantitative trade claims, read with their full context (see ``Reading``).

For each money amount or percentage in a sentence about trade: value, currency
and its dollar value; the year tied to the figure ("$27 million in 2000"), else
a range the sentence or an earlier one states, else a year carried from
context; the parties of the sentence, else of the nearest earlier sentence,
else the article's main pair (recorded as context); the metric (total,
exports, imports, growth, share), its flow and qualifier. Figures written as a
pair with the currency once ("from 22.5 to 53.8 million dollars") are both
read; a factor ("doubled", "multipliés par deux", "в два раза") is a growth
rate; a percentage compared with a year ("57% more than in 2021") is growth
over that year, one followed by "of" ("99 percent of goods") a share.
"""

from __future__ import annotations

import re

from partnerlens.cooperation.extract.context import (
    ArticleContext,
    Carried,
    Draft,
    clear_pair,
    compared_years,
    evidence,
    parties,
    year_range,
)
from partnerlens.cooperation.extract.rates import usd_rate
from partnerlens.cooperation.extract.sectors import current_taxonomy, lemma, sector_mentions
from partnerlens.cooperation.extract.sentences import Sentence
from partnerlens.cooperation.extract.targets import target_draft, targeted
from partnerlens.cooperation.extract.vocabulary import entries, multipliers, patterns, words
from partnerlens.cooperation.models import Proposal, Reading
from partnerlens.cooperation.quantities import (
    _SCALE_RE,
    NUMBER_WORDS,
    Quantity,
    _qualifier,
    count_value,
    find_quantities,
    parse_number,
)

_YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)")
_NUMBER = r"\d{1,3}(?:[,\u00a0\u202f ]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?"
_OWNED_FLOW = re.compile(r"[’']s\s+(?:[a-z-]+\s+){0,2}?(?:exports?|imports?|trade|sales|purchases)\b", re.IGNORECASE)


def claims(sentence: Sentence, context: ArticleContext, carried: Carried) -> list[Draft]:
    """The trade claims of one sentence (figures and factors), each with its reading."""
    if not words("trade_cues", context.language).search(sentence.text):
        return []
    figures = [
        q for q in _figures(sentence.text) if q.kind != "count" and not (q.kind == "money" and q.currency is None)
    ]
    aims = targeted(sentence.text, figures, context.language)
    drafts = []
    for index, quantity in enumerate(figures):
        if index in aims:
            found, _ = _claim_parties(sentence, context, carried, [])
            flow = _flow(sentence.text, quantity, context.language)
            drafts.append(target_draft(quantity, flow, found, sentence, context.language, context.published))
        else:
            drafts.append(_draft(_claim(quantity, sentence, context, carried, figures), sentence))
    if not aims and not any(q.kind == "percent" for q in figures):
        factor = _factor(sentence.text, context.language)
        if factor is not None:
            drafts.append(_draft(_claim(factor, sentence, context, carried, figures), sentence))
    return drafts


def _draft(proposal: Proposal, sentence: Sentence) -> Draft:
    return Draft(proposal, [evidence(sentence)])


# --- figures ---------------------------------------------------------------------------


def _figures(text: str) -> list[Quantity]:
    """Quantities of the text, with the first of a pair that writes its currency once ("from 22.5 to 53.8 million dollars")."""
    found = find_quantities(text)
    paired = []
    for quantity in found:
        if quantity.kind != "money":
            continue
        first = _pair_first(text, quantity, found)
        if first is not None:
            paired.append(first)
    return sorted(found + paired, key=lambda q: q.start)


_PAIR = re.compile(
    rf"(?<!\w)(?P<pre>from|between|de|entre|с|от)\s+(?:\w+\s+)?(?P<num>{_NUMBER})(?:\s?(?P<scale>{_SCALE_RE}))?"
    r"(?:\s+(?:in|en|в|em)\s+(?:19|20)\d\d(?:\s+(?:году|г\.))?)?\s*(?P<join>to|and|à|et|до|по|a|para|y)\s+(?:\w+\s+)?$",
    re.IGNORECASE,
)


def _pair_first(text: str, second: Quantity, found: list[Quantity]) -> Quantity | None:
    """The bare number before "to" that shares ``second``'s currency (and scale when it has none)."""
    match = _PAIR.search(text[max(0, second.start - 60) : second.start])
    if match is None:
        return None
    offset = max(0, second.start - 60)
    start, end = offset + match.start("num"), offset + match.end("scale" if match.group("scale") else "num")
    if any(q.start <= start < q.end for q in found):
        return None  # already a figure of its own ("from $27 million in 2000 to …")
    number = re.search(_NUMBER, second.text)
    try:
        scale = second.value / parse_number(number.group(0)) if number else 1.0
        value = parse_number(match.group("num"))
    except (ValueError, ZeroDivisionError):
        return None
    if match.group("scale"):
        from partnerlens.cooperation.quantities import scale_factor

        scale = scale_factor(match.group("scale"))
    qualifier, qualifier_words = _qualifier(text, start)
    return Quantity(
        "money",
        value * scale,
        start,
        end,
        text[start:end],
        second.currency,
        second.currency,
        qualifier,
        qualifier_words,
    )


def _factor(text: str, language: str) -> Quantity | None:
    """A growth rate written as a factor: "doubled" → 100 percent, "в 2,5 раза" → 150 percent."""
    for pattern, factor in multipliers(language):
        match = pattern.search(text)
        if match:
            return _factor_quantity(text, match, factor)
    growth = words("growth", language).search(text) or re.search(
        r"\b(?:more|higher|larger|plus|больше|выше)\b", text, re.I
    )
    if not growth:
        return None
    for pattern in patterns("factor_times", language):
        match = pattern.search(text)
        if match:
            raw = match.group("n").casefold()
            value = count_value(raw) if raw in NUMBER_WORDS or raw.isdigit() else _float(raw)
            if value is None and language == "ru":
                value = count_value(lemma(raw))
            if value and 1 < value <= 100:
                return _factor_quantity(text, match, float(value))
    return None


def _float(raw: str) -> float | None:
    try:
        return parse_number(raw)
    except ValueError:
        return None


def _factor_quantity(text: str, match: re.Match, factor: float) -> Quantity:
    qualifier, qualifier_words = _qualifier(text, match.start())
    value = round((factor - 1) * 100, 6)
    return Quantity(
        "percent", value, match.start(), match.end(), match.group(0), None, "factor", qualifier, qualifier_words
    )


# --- one claim -------------------------------------------------------------------------


def _claim(
    quantity: Quantity, sentence: Sentence, context: ArticleContext, carried: Carried, figures: list[Quantity]
) -> Proposal:
    text, language = sentence.text, context.language
    notes: list[str] = []
    metric, comparative_year = _metric(text, quantity, language)
    span = year_range(text, language)
    base_year = comparative_year or (_base_year(text, language) if metric == "growth" else None)
    year, year_from = _year(quantity, sentence, context, carried, figures, span, base_year, metric)
    if metric == "growth" and base_year is None and year_from == "range" and span:
        base_year = span[0]
    found, parties_from = _claim_parties(sentence, context, carried, notes)
    named, excluded = sector_mentions(text, language)
    if excluded:
        notes.append("excludes " + ", ".join(excluded) + " (the figure is about the rest)")
    value_usd, rate, rate_source = _usd(quantity, year, notes)
    if quantity.unit == "factor":
        notes.append(f"growth written as a factor: {quantity.text!r}")
    if year_from == "context":
        notes.append(f"year {year} carried from an earlier sentence")
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
        flow=_flow(text, quantity, language),
        evidence=evidence(sentence),
        reading=Reading(
            parties_from=parties_from,
            year_from=year_from,
            currency=quantity.currency,
            rate=rate,
            rate_source=rate_source,
            confidence=_confidence(parties_from, year_from, quantity, value_usd),
            notes=notes,
        ),
    )


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


def _claim_parties(
    sentence: Sentence, context: ArticleContext, carried: Carried, notes: list[str]
) -> tuple[list[str], str]:
    """The sentence's parties (the flow's owner first); when it names none, those of the nearest earlier
    sentence naming two, else the article's main pair, recorded as context. One party alone is kept
    alone: "35 percent of its total exports" is a flow with the world."""
    own = _flow_owner_first(sentence, context, parties(sentence, context))
    if len(own) == 1 and not words("world_flow", context.language).search(sentence.text):
        pair = carried.parties if own[0] in carried.parties else list(context.focus) if own[0] in context.focus else []
        if len(pair) >= 2:
            notes.append(
                "partner taken from "
                + ("an earlier sentence" if pair == carried.parties else "the article's main pair")
            )
            return own + [p for p in pair if p not in own], "context"
    if own:
        return own, "sentence"
    if len(carried.parties) >= 2:
        notes.append("parties taken from an earlier sentence")
        return list(carried.parties), "context"
    if clear_pair(context):
        notes.append("parties taken from the article's main pair")
        return list(context.focus), "context"
    return [], "none"


def _flow_owner_first(sentence: Sentence, context: ArticleContext, found: list[str]) -> list[str]:
    """The parties with the one whose flow the figure is first: "Kenya took 65% of Rwanda's exports" → [RWA, KEN]."""
    owner = next(
        (m.party for m in context.within(context.mentions, sentence) if _OWNED_FLOW.match(context.text, m.end)), None
    )
    return [owner] + [p for p in found if p != owner] if owner in found else found


# --- year ------------------------------------------------------------------------------


def _opens_pair(text: str, quantity: Quantity, figures: list[Quantity]) -> bool:
    """The figure is the first of "from X to Y" (another figure of its kind follows after "to")."""
    return any(
        other.kind == quantity.kind
        and other.start > quantity.end
        and re.fullmatch(
            r"[^.;\d]{0,30}?(?<!\w)(?:to|à|до|a|para|hasta)\s+\S{0,4}", text[quantity.end : other.start], re.IGNORECASE
        )
        for other in figures
    )


def _year(quantity, sentence, context, carried, figures, span, base_year, metric) -> tuple[int | None, str]:
    """The figure's year and where it came from (stated, range, context, none)."""
    text = sentence.text
    owned = {id(q): _own_year(text, q, context.language) for q in figures}
    own = owned.get(id(quantity)) or _own_year(text, quantity, context.language)
    if own:
        return own, "stated"
    # a year tied to another figure of the same kind is that figure's ("from $27 million in 2000 to $345 million …");
    # a growth rate and the level it reached share theirs ("rose 15% in 2024, reaching $783 million")
    taken = {owned[id(q)] for q in figures if owned[id(q)] and q is not quantity and q.kind == quantity.kind}
    if span and len(figures) == 2 and all(not owned[id(q)] for q in figures) and quantity in figures:
        return (span[0] if figures[0] is quantity else span[1]), "range"
    if span:
        return span[1], "range"
    compared = compared_years(text, context.language) | ({base_year} if base_year else set())
    free = [
        (abs(m.start() - quantity.start), int(m.group(1)))
        for m in _YEAR.finditer(text)
        if int(m.group(1)) not in taken | compared
    ]
    if free:
        return min(free)[1], "stated"
    resolved = _resolved_year(quantity, sentence, context)
    if resolved and resolved not in taken | compared:
        return resolved, "stated"
    if _opens_pair(text, quantity, figures):
        return None, "none"  # "from $500 million to $1.5 billion in 2012": the first level's year is not said
    if carried.years and base_year is None and metric == "growth":
        return carried.years[1], "range"
    if carried.year and carried.year != base_year:
        return carried.year, "context"
    return None, "none"


def _own_year(text: str, quantity: Quantity, language: str) -> int | None:
    """A year written right after the figure ("$27 million in 2000", "(2023)", "в 2023 году")."""
    prepositions = "|".join(entries("year_after_figure", language))
    match = re.match(
        rf"\s*(?:\(|,)?\s*(?:(?:{prepositions})\s+)?((?:19|20)\d\d)(?!\d)", text[quantity.end :], re.IGNORECASE
    )
    return int(match.group(1)) if match else None


def _base_year(text: str, language: str) -> int | None:
    """The year a growth rate is measured from, when the text names it ("up 40% on 2023", "since 2020")."""
    fragments = "|".join(f"(?:{p})" for p in entries("base_year", language))
    match = re.search(rf"(?<!\w)(?:{fragments})\s+((?:19|20)\d\d)(?!\d)", text, re.IGNORECASE)
    return int(match.group(1)) if match else None


def _resolved_year(quantity: Quantity, sentence: Sentence, context: ArticleContext) -> int | None:
    """The year of the resolved date nearest the figure ("last year" in a 2025 article → 2024)."""
    position = sentence.start + quantity.start
    years = [
        (abs(d.start - position), d.value.year) for d in context.within(context.dates, sentence) if d.value is not None
    ]
    return min(years)[1] if years else None


# --- metric and flow -------------------------------------------------------------------


def _metric(text: str, quantity: Quantity, language: str) -> tuple[str, int | None]:
    """(total, exports, imports, growth or share; the year a comparison names): the words around the figure decide."""
    if quantity.kind != "percent":
        if words("balance_words", language).search(text[max(0, quantity.start - 50) : quantity.start]):
            return "balance", None  # "a surplus of $4.66 billion", "сальдо", "saldo favorable"
        return _flow(text, quantity, language), None
    if quantity.unit == "factor":
        return "growth", None
    after = text[quantity.end : quantity.end + 60]
    comparative = re.match(rf"\s*(?:{_alternatives('comparative', language)})\s*((?:19|20)\d\d)?", after, re.IGNORECASE)
    if comparative:
        return "growth", int(comparative.group(1)) if comparative.group(1) else None
    if re.match(rf"\s*(?:{_alternatives('share_after', language)})", after, re.IGNORECASE) or _genitive_after(
        after, language
    ):
        return "share", None
    window = text[max(0, quantity.start - 80) : quantity.end + 60]
    if words("share", language).search(after) or re.search(r"\bshare\b|\bдол[яиюе]\w*", window, re.IGNORECASE):
        return "share", None
    if words("growth", language).search(window):
        return "growth", None
    return "share", None


def _alternatives(name: str, language: str) -> str:
    return "|".join(f"(?:{p})" for p in entries(name, language)) or r"(?!x)x"


def _genitive_after(after: str, language: str) -> bool:
    """Russian "99% товаров": a noun in the genitive right after a percentage makes it a share."""
    if language != "ru":
        return False
    match = re.match(r"\s*([а-яё]+)", after, re.IGNORECASE)
    if not match:
        return False
    from partnerlens.cooperation.extract.sectors import _morph

    parse = _morph().parse(match.group(1))[0]
    return parse.tag.POS == "NOUN" and parse.tag.case == "gent" and not words("growth", language).match(match.group(1))


def _flow(text: str, quantity: Quantity, language: str) -> str:
    """total, exports or imports: the flow the figure is about ("35 percent of its total exports" → exports)."""
    before = text[max(0, quantity.start - 80) : quantity.start]
    around = before + " " + text[quantity.end : quantity.end + 60]
    exports = words("export_words", language).search(around)
    imports = words("import_words", language).search(around)
    total = words("total_words", language).search(before)
    if total and not (exports or imports) or (exports and imports):
        return "total"
    if exports:
        return "exports"
    if imports:
        return "imports"
    return "total"
