"""The figures of a trade sentence: amounts and percentages, pairs written with the currency once
("from 22.5 to 53.8 million dollars"), restatements in another currency ("400 million manat (about
$294 million)") and growth written as a factor ("doubled", "multipliés par deux", "в два раза").

Numbers, scales and currencies themselves are read by :mod:`partnerlens.cooperation.quantities`.
"""

from __future__ import annotations

import re

from partnerlens.cooperation.extract.claims_fractions import fraction_shares
from partnerlens.cooperation.extract.sectors import lemma
from partnerlens.cooperation.extract.vocabulary import alternation, entries, language_data, multipliers, patterns, words
from partnerlens.cooperation.number_words import ONE_AND_A_HALF
from partnerlens.cooperation.quantities import (
    _SCALE_RE,
    NUMBER_WORDS,
    Quantity,
    _qualifier,
    count_value,
    find_quantities,
    parse_number,
    scale_factor,
    written_number,
)
from partnerlens.patterns import compiled

_NUMBER = (
    r"\d{1,3}\s+mil\s+\d{1,3}(?=\s+(?:millones|milhões))|\d{1,3}(?:[\u00a0\u202f ]\d{3})+,\d+"
    r"|\d{1,3}(?:[,\u00a0\u202f ]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?"
)


def figures_of(text: str, language: str = "en") -> list[Quantity]:
    """Quantities of the text, with the levels that write their currency once: the first of a pair ("from 22.5 to
    53.8 million dollars"), a compared level ("contre 500 millions") and a parallel flow ("while imports were 48
    billion")."""
    found = find_quantities(text)
    shares = fraction_shares(text, language, found)  # "les deux tiers": a share, not a count of "tiers"
    found = [q for q in found if not any(q.start < s.end and s.start < q.end for s in shares)] + shares
    paired = []
    for quantity in found:
        if quantity.kind != "money":
            continue
        first = _pair_first(text, quantity, found)
        if first is not None:
            paired.append(first)
        second = _compared_second(text, quantity, found + paired)
        if second is not None:
            paired.append(second)
        parallel = _parallel_second(text, quantity, found + paired, language)
        if parallel is not None:
            paired.append(parallel)
        referred = _referred_second(text, quantity, found + paired, language)
        if referred is not None:
            paired.append(referred)
    return sorted(found + paired, key=lambda q: q.start)


_PARALLEL = compiled(
    r"(?:[^.;\d]|(?<!\d)(?:19|20)\d\d(?!\d)){0,30}?[,;]?\s*(?P<join>while|whereas|and|tandis que|alors que|et|а|и"
    r"|тогда как|в то время как|mientras que|mientras|y|e|enquanto)\s+(?P<gap>[^.;\d]{0,60}?)"
    rf"(?P<num>{_NUMBER})\s?(?P<scale>{_SCALE_RE})(?![\w%])(?!\s*(?:de\s+|d['’]|of\s+)?(?:t\b|tonn|tons?\b|тонн|barr|бар"
    r"|people|personn|человек|habitant|visit|tour|турист|жител|m3|куб))",
    re.IGNORECASE,
)


def _parallel_second(text: str, first: Quantity, found: list[Quantity], language: str) -> Quantity | None:
    """A bare amount in a parallel clause after a money figure, its currency written once, when the clause names
    its own flow: "exports stood at $31 billion, while imports were 48 billion", "а импорт – 600 млн",
    "mientras que las importaciones … totalizaron 2.491 millones"."""
    match = _PARALLEL.match(text, first.end)
    if match is None or _YEAR_ONLY.fullmatch(match.group("num")):
        return None
    if not words("trade_cues", language).search(match.group("gap")):
        return None
    return _bare_level(text, match, 0, first, found)


def _referred_second(text: str, first: Quantity, found: list[Quantity], language: str) -> Quantity | None:
    """A bare amount in a later clause that names the figure ("la cifra", "ce chiffre", "this figure", "этот
    показатель"; ``figure_refs``), its currency written once: "el intercambio fue de 1.900 millones de dólares, en el
    mismo periodo de este año la cifra llega a 1.563 millones"."""
    tail = text[first.end : first.end + 160]
    refer = words("figure_refs", language).search(tail)
    if refer is None or re.search(r"[.]|(?<!\d)(?!(?:19|20)\d\d(?!\d))\d", tail[: refer.start()]):
        return None
    match = re.compile(
        rf"(?:[^.\d]|(?<!\d)(?:19|20)\d\d(?!\d)){{0,40}}?(?P<num>{_NUMBER})\s?(?P<scale>{_SCALE_RE})(?![\w%])",
        re.IGNORECASE,
    ).match(text, first.end + refer.end())
    if match is None or _YEAR_ONLY.fullmatch(match.group("num")):
        return None
    return _bare_level(text, match, 0, first, found)


_COMPARED = compiled(
    rf"\s*,?\s*(?:(?:up|down)\s+)?(?:against|compared (?:with|to)|versus|vs\.?|from|contre|comparé\w* à|par rapport à"
    rf"|против|по сравнению с|contra|frente a|ante)\s+(?:about\s+|environ\s+|около\s+|cerca de\s+)?"
    rf"(?P<num>{_NUMBER})(?:\s?(?P<scale>{_SCALE_RE}))?(?![\w%])(?!\s?(?:%|per|pour|процент|por))",
    re.IGNORECASE,
)


def _compared_second(text: str, first: Quantity, found: list[Quantity]) -> Quantity | None:
    """The bare level a money figure is compared with, its currency written once: "1,3 milliard de dollars
    l'an dernier, contre 500 millions en 2019", "$7 billion, up from 5.2 billion", "против 2,1 млрд"."""
    match = _COMPARED_AFTER.match(text, first.end)  # "… l'an dernier, contre 500 millions", "… in 2024, up from"
    if match is None or _YEAR_ONLY.fullmatch(match.group("num")):
        return None
    return _bare_level(text, match, 0, first, found)  # None when a figure of its own ("up from $5.2 billion")


_YEAR_ONLY = re.compile(r"(?:19|20)\d\d")
_COMPARED_AFTER = compiled(r"(?:[^.;\d]|(?<!\d)(?:19|20)\d\d(?!\d)){0,40}?" + _COMPARED.pattern, re.IGNORECASE)


_PAIR = compiled(
    rf"(?<!\w)(?P<pre>from|between|de|entre|с|от|между)\s+(?:\w+\s+){{0,2}}(?!(?:19|20)\d\d(?!\d))(?P<num>{_NUMBER})(?:\s?(?P<scale>{_SCALE_RE}))?"
    r"(?:\s+(?:in|en|в|em)\s+(?:19|20)\d\d(?:\s+(?:году|г\.))?)?\s*(?P<join>to|and|à|et|до|по|и|a|para|y|e)\s+(?:\w+\s+){0,2}$",
    re.IGNORECASE,
)


def _pair_first(text: str, second: Quantity, found: list[Quantity]) -> Quantity | None:
    """The bare number before "to" that shares ``second``'s currency (and scale when it has none)."""
    match = _PAIR.search(text[max(0, second.start - 60) : second.start])
    if match is None:
        return None
    return _bare_level(text, match, max(0, second.start - 60), second, found)


def _bare_level(text: str, match: re.Match, offset: int, reference: Quantity, found: list[Quantity]) -> Quantity | None:
    """The bare number of ``match`` (groups ``num``, ``scale``; at ``offset`` in ``text``) as money in the currency
    of ``reference``, with its scale when it writes none; None when that number is already a figure of its own."""
    start, end = offset + match.start("num"), offset + match.end("scale" if match.group("scale") else "num")
    if any(q.start <= start < q.end for q in found):
        return None
    number = re.search(_NUMBER, reference.text)
    written = written_number(match.group("num"), match.group("scale"))  # "2.491 millones", "1,507 milliard"
    try:
        scale = reference.value / parse_number(number.group(0)) if number else 1.0
        value = parse_number(written)
    except (ValueError, ZeroDivisionError):
        return None
    if match.group("scale"):
        scale = scale_factor(match.group("scale"))
    qualifier, qualifier_words = _qualifier(text, start)
    currency = reference.currency
    return Quantity("money", value * scale, start, end, text[start:end], currency, currency, qualifier, qualifier_words)


_RESTATED = compiled(  # after the figure's own year, if told ("1,2 milliard d'euros en 2024 (environ 1,3 milliard …)")
    r"(?:\s*,?\s*(?:[^\W\d_]{1,6}\s+)?(?:19|20)\d\d(?!\d)(?:\s*(?:году|года|год|г\.))?)?"
    r"\s*(?:\(\s*(?:(?:i\.e\.|soit|т\.\s?е\.|то есть|ou seja|o sea|es decir)\s)?|,?\s*(?:or|i\.e\.|soit|т\.\s?е\.|то есть|ou seja|o sea|es decir)\s)\s*"
    r"(?:about|around|approximately|some|roughly|nearly|almost|environ|près de|около|примерно|почти|cerca de|alrededor de|~"
    r"|more than|over|plus de|более|свыше|mais de|más de|less than|moins de|менее)?\s*$",
    re.IGNORECASE,
)


def without_restatements(text: str, figures: list[Quantity]) -> tuple[list[Quantity], dict[int, Quantity]]:
    """One figure restated in another currency ("400-500 million manat (about $294 million)", "20,8 milliards de
    dollars (18,3 mds €)") is one figure: the dollar one is kept (else the first), with the other as its equivalent."""
    kept, restated = list(figures), {}
    for first, second in zip(figures, figures[1:], strict=False):
        if (
            first.kind == second.kind == "money"
            and first.currency != second.currency
            and _RESTATED.fullmatch(text[first.end : second.start])
        ):
            keep, drop = (second, first) if second.currency == "USD" else (first, second)
            if drop in kept:
                kept.remove(drop)
                restated[id(keep)] = drop
    return kept, restated


def factor_growth(text: str, language: str) -> Quantity | None:
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
            value = (
                1.5
                if raw in ONE_AND_A_HALF
                else count_value(raw)
                if raw in NUMBER_WORDS or raw.isdigit()
                else _float(raw)
            )
            if value is None and language == "ru":
                value = count_value(lemma(raw)) or (language_data(language).get("factor_adverbs") or {}).get(raw)
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


_BOUNDS_OPEN = re.compile(r"(?<!\w)(?:between|entre|между)\s+(?:about\s+|environ\s+|около\s+)?$", re.IGNORECASE)
_BOUNDS_JOIN = re.compile(r"\s*(?:and|et|и|y|e)\s+(?:about\s+|environ\s+|около\s+)?", re.IGNORECASE)


def other_bound(text: str, quantity: Quantity, figures: list[Quantity]) -> Quantity | None:
    """The upper bound of a range the figure opens: "between $1.5 billion and $2 billion", "entre 1,5 et 2
    milliards", "между 1,5 и 2 млрд" (both bounds are of the same period)."""
    if not _BOUNDS_OPEN.search(text[max(0, quantity.start - 30) : quantity.start]):
        return None
    return next(
        (
            q
            for q in figures
            if q.kind == quantity.kind
            and q.start > quantity.end
            and _BOUNDS_JOIN.fullmatch(text[quantity.end : q.start])
        ),
        None,
    )


# the scale words an amount of money is written with when its currency is left out ("1,1 milliard", "5 млрд");
# "thousand", "k" and single letters are left out: bare, they count goods or people as often as money
_BARE_SCALE = (
    r"(?:billions?|millions?|milliards?|mil milhões|mil millones|milhões|millones|bilhões|bn|mds?|mrds?"
    r"|млрд\.?|млн\.?|миллиард\w*|миллион\w*)"
)


def bare_amounts(text: str, found: list[Quantity], language: str, currency: str | None) -> list[Quantity]:
    """Amounts written with a scale and no currency in a trade sentence ("s'élevaient à 1,3 milliard de dollars en
    2022 et à 1,1 milliard en 2023", "Товарооборот превысил 5 млрд.", "Ils avaient atteint 900 millions"): money
    in the currency of the figure told just before (in the sentence, else ``currency``, the one of the sentence
    before), else with no currency (``unit`` "unstated": the currency is not written, the value is). Only where
    the amount ends a phrase: punctuation, or a word of ``bare_amount_ends`` (a preposition, a conjunction:
    "… 900 millions l'année précédente"), or where a flow is its noun ("dont 2,9 milliards d'exportations"); never
    before another noun ("5 millions de tonnes", "2 млн туристов")."""
    ends = alternation("bare_amount_ends", language)
    flows = "|".join(f"(?:{p})" for name in ("export_words", "import_words") for p in entries(name, language))
    pattern = re.compile(
        rf"(?<![\w.,])(?P<num>{_NUMBER})\s?(?P<scale>{_BARE_SCALE})(?!\w)"
        rf"(?=\s*(?:[,;:!?)»\"”]|\.(?!\w)|\s[—–-]\s|$)|\s+(?:{ends})(?!\w)"
        rf"|\s*(?:(?:d['’]|de\s+|of\s+|in\s+|en\s+)\s*)?(?:{flows or '(?!x)x'}))",
        re.IGNORECASE,
    )
    amounts: list[Quantity] = []
    for match in pattern.finditer(text):
        if _YEAR_ONLY.fullmatch(match.group("num")) or any(
            q.start < match.end() and match.start() < q.end for q in found
        ):
            continue
        flow_noun = re.match(
            rf"\s*(?:(?:d['’]|de\s+|of\s+|in\s+|en\s+)\s*)?(?:[^\W\d_]+\s+)?(?:{flows or '(?!x)x'})",
            text[match.end() :],
            re.I,
        )
        if not flow_noun and not _of_trade(
            text, match.start(), sorted(found + amounts, key=lambda q: q.start), language
        ):
            continue  # "…, and the population grew to 50 million": another subject
        before = [q for q in found if q.kind == "money" and q.currency and q.end <= match.start()]
        told = before[-1].currency if before else currency
        written = written_number(match.group("num"), match.group("scale"))  # "2.491 millones", "1,250 milliard"
        try:
            value = parse_number(written) * scale_factor(match.group("scale"))
        except ValueError:
            continue
        qualifier, qualifier_words = _qualifier(text, match.start())
        amounts.append(
            Quantity(
                "money",
                value,
                match.start(),
                match.end(),
                match.group(0),
                told,
                told or "unstated",
                qualifier,
                qualifier_words,
            )
        )
    return amounts


_TIME_WORDS = re.compile(r"год\w*|г|years?|ann[ée]es?|ans?|años?|anos?", re.IGNORECASE)
_YEAR_ENDING = compiled(r"(?<!\d)(?:19|20)\d\d-[^\W\d_]{1,3}(?!\w)")  # "2023-м", "2024-го", "2022-й"


def _of_trade(text: str, start: int, found: list[Quantity], language: str) -> bool:
    """The amount at ``start`` is told of trade: its clause names trade or points back at a figure ("Le commerce a
    atteint", "ils avaient atteint"; ``trade_cues``, ``figure_refs``), or only prepositions, conjunctions and a time
    stand between it and the figure before ("… en 2022 et à 1,1 milliard", "…, а в 2023 году – 1,1 млрд")."""
    previous = [q for q in found if q.kind == "money" and q.end <= start]
    gap = text[previous[-1].end if previous else 0 : start]
    clause = re.split(r"[,;:]", gap)[-1]
    if words("trade_cues", language).search(clause) or words("figure_refs", language).search(clause):
        return True
    if previous and re.search(rf"(?<!\w)(?:{alternation('rate_base', language)})\w*\s+(?:\w+\s+)?$", clause, re.I):
        return True  # "…, uma subida face aos 1,5 milhões": compared with the figure before, so of its trade
    if previous and _after_a_relative_clause(text, previous[-1], gap, language):
        return True
    ends = [re.compile(p, re.IGNORECASE) for p in entries("bare_amount_ends", language)]
    gap = _YEAR_ENDING.sub(" ", gap)  # "…, в 2023-м – 6 млрд": a year's case ending is no word of its own
    for name in ("last_year", "now_words"):  # "с 512 млн долларов в прошлом году до 1,4 млрд": a time, as a year is
        gap = words(name, language).sub(" ", gap)
    return bool(previous) and all(
        _TIME_WORDS.fullmatch(word) or any(p.fullmatch(word) for p in ends) for word in re.findall(r"[^\W\d_]+", gap)
    )


def _after_a_relative_clause(text: str, previous: Quantity, gap: str, language: str) -> bool:
    """The figure before sits in a relative clause set off by commas and the amount is in the main clause that
    resumes after it ("Le commerce bilatéral, qui s'établissait à 300 millions de dollars en 2015, a atteint 1
    milliard", "Trade, which stood at $300 million in 2015, reached 1 billion", "Товарооборот, который в 2015 году
    составлял 300 млн долларов, достиг 1 млрд"): the amount is told of the clause's head, a trade word."""
    if gap.count(",") != 1 or re.search(r"[;:.!?]", gap):
        return False
    opened = text.rfind(",", 0, previous.start)
    if opened < 0 or not words("relative_pronouns", language).match(text[opened + 1 : previous.start].lstrip()):
        return False
    head = re.split(r"[,;:.!?]", text[:opened])[-1]
    return bool(words("trade_cues", language).search(head))
