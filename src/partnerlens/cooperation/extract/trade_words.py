"""Which figures of a trade sentence are not trade: the value of deals, contracts and investments, what a
potential is put at, and the difference between two levels.

"eight contracts have been signed, the value of which exceeded $55 million",
"20,8 milliards de dollars d'accords ont été signés", "соглашения на сумму 2 млрд
долларов": the figure is the worth of a deal (an agreement's value), not a flow
of goods, even when the sentence also speaks of trade. A figure is a deal's
value when a deal word (``deal_words`` of the language's file) is its nearest
noun of interest before it, closer than any trade word (``trade_cues``), or
follows it right after "of"/"de"/"на" ("$2 billion of agreements"). A trade word that only qualifies a
deal word ("trade agreements", "contrats commerciaux", "торговые соглашения"; ``deal_qualifiers``) is
part of the deal, and so is one a preposition attaches to a deal noun, saying what the deal is about
("contracts for the supply of tractors worth $24 million", "contrats de fourniture", "договор об экспорте
самосвалов на сумму 3 млн долларов"; ``deal_topic_links``).
"""

from __future__ import annotations

import re

from partnerlens.cooperation.extract.vocabulary import alternation, words
from partnerlens.cooperation.quantities import Quantity

_WINDOW = 100  # characters before the figure that may name what it is the value of


def deal_value(text: str, quantity: Quantity, language: str) -> bool:
    """Whether ``quantity`` is the value of a deal, contract or investment rather than of trade; a rate, the change
    of such an aggregate ("GDP grew by 5%, and trade with India rose 10%": the 5%)."""
    if quantity.kind not in ("money", "percent") or quantity.unit in ("factor", "fraction", "growth_fraction"):
        return False
    deals = words("deal_words", language)
    if quantity.kind == "money":
        if _potential(text, quantity, language):
            return True
        after = text[quantity.end : quantity.end + 40]
        if re.match(rf"\s*(?:\([^)]{{0,30}}\)\s*)?(?:of|de|d['’]|в|на|em|en)\s*(?:{deals.pattern})", after, re.I):
            return True
        if _attributive(after, deals, language):
            return True
        if _of_trade_after(after, deals, language):
            return False  # "the $120-million bilateral trade goal", "120 millions de dollars d'échanges"
    before = text[max(0, quantity.start - _WINDOW) : quantity.start]
    deal_ends = [m.end() for m in deals.finditer(before)]
    qualifiers = words("deal_qualifiers", language)
    links = words("deal_topic_links", language)
    trade = [  # "contrats commerciaux", "торговые соглашения": a trade word that qualifies a deal word is the deal's
        m.end()
        for m in words("trade_cues", language).finditer(before)
        if not (
            qualifiers.fullmatch(m.group(0))
            and (any(before[end : m.start()].isspace() for end in deal_ends) or deals.match(before, m.end() + 1))
        )
        and not any(_linked(before[end : m.start()], links) for end in deal_ends)
    ]
    return max(deal_ends, default=-1) > max(trade, default=-1)


def _linked(between: str, links: re.Pattern) -> bool:
    """Only a preposition (with its article, elided or not) between a deal noun and a trade word: the trade word is
    the deal's topic ("contracts for the supply", "contrat d'exportation", "договор об экспорте")."""
    topic = between.strip()
    return between[:1].isspace() and (between[-1:].isspace() or topic[-1:] in "'’") and bool(links.fullmatch(topic))


def _potential(text: str, quantity: Quantity, language: str) -> bool:
    """The figure is what a potential is put at ("the potential of trade is estimated at $5 billion", "le
    potentiel des échanges est estimé à", "потенциал товарооборота оценивается в"; ``potential_words``): the
    potential word opens the figure's phrase, at most twelve words before it with no comma between, and the
    words right before the figure put it at it (``potential_at``; "the potential for bringing trade to $30
    billion" is a target)."""
    before = text[max(0, quantity.start - 100) : quantity.start]
    opened = re.search(rf"(?:{words('potential_words', language).pattern})(?:\s+[^\s,;.]+){{0,12}}\s*$", before, re.I)
    return bool(opened) and bool(re.search(rf"(?:{words('potential_at', language).pattern})\s*$", before, re.I))


def _of_trade_after(after: str, deals: re.Pattern, language: str) -> bool:
    """The amount measures the trade noun right after it, however far a deal word stands before ("would facilitate
    investment so they could achieve the US$120-million bilateral trade goal", "afin d'atteindre 120 millions de
    dollars d'échanges", "достичь 120 млн долларов товарооборота", "alcanzar 120 millones de dólares de comercio"):
    at most one word between (after "of", "de", "d'"), neither a deal word nor a preposition ("a $250 million credit
    line for trade", "на 250 млн долларов для развития торговли" stay a deal's worth)."""
    told = re.match(
        rf"\s*-?\s*(?:(?:of|de|d['’]|do|da|del)\s*)?((?:[^\W\d_][\w-]*\s+)?)(?:{words('trade_cues', language).pattern})",
        after,
        re.I,
    )
    return told is not None and not deals.search(told.group(1)) and not _PREPOSITIONS.fullmatch(told.group(1).strip())


_PREPOSITIONS = re.compile(r"for|to|on|pour|à|para|a|no|na|для|на|по", re.IGNORECASE)  # "in trade" measures it


def _attributive(after: str, deals: re.Pattern, language: str) -> bool:
    """The amount modifies the deal noun right after it ("a $250 million line of credit", "a $2 billion loan", "the
    $500m trade deal"): at most two words between, none a trade word other than one qualifying the deal, nor a
    conjunction that opens a phrase of its own ("trade reached $3 billion and Indian investments $1 billion"), and not
    opened by a preposition of accompaniment (``attributive_breaks``: "2,4 mil milhões com os investimentos")."""
    told = re.match(rf"\s*-?\s*((?:[^\W\d_][\w-]*\s+){{0,2}}?)(?:{deals.pattern})", after, re.I)
    if told is None:
        return False
    between = told.group(1).split()
    qualifiers, trade = words("deal_qualifiers", language), words("trade_cues", language)
    if words("attributive_breaks", language).match(told.group(1)):  # "2,4 mil milhões com os investimentos"
        return False
    return not any(trade.search(w) and not qualifiers.fullmatch(w) for w in between) and not any(
        w.casefold() in ("in", "of", "en", "de", "в", "на", "em", "and", "et", "и", "а", "e", "y", "while", "tandis")
        for w in between
    )


def difference(text: str, quantity: Quantity, language: str) -> bool:
    """Whether a money figure is the gap between two levels, not a level: a comparison right after it ("$2.8 billion
    less than in 2022", "2,8 milliards de moins", "на 2,8 млрд долларов меньше", "2.760 millones menos que";
    ``difference_after``) or right before it ("cifra menor en $us 2.760 millones a la registrada en 2022", "menos 2,8
    mil milhões do que"; ``difference_before``). "More than $5 billion" (the comparison before, with "than") is a
    qualifier of a level, not such a gap."""
    if quantity.kind != "money":
        return False
    after = text[quantity.end : quantity.end + 40]
    if re.match(rf"\s*(?:{alternation('difference_after', language)})(?!\w)", after, re.IGNORECASE):
        return True
    before = text[max(0, quantity.start - 30) : quantity.start]
    return bool(re.search(rf"(?<!\w)(?:{alternation('difference_before', language)})\s+$", before, re.IGNORECASE))
