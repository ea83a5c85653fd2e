"""Which figures of a trade sentence are not trade: the value of deals, contracts and investments, and what a
potential is put at.

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

from partnerlens.cooperation.extract.vocabulary import words
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


def _attributive(after: str, deals: re.Pattern, language: str) -> bool:
    """The amount modifies the deal noun right after it ("a $250 million line of credit", "a $2 billion loan", "the
    $500m trade deal"): at most two words between, none a trade word other than one qualifying the deal."""
    told = re.match(rf"\s*-?\s*((?:[^\W\d_][\w-]*\s+){{0,2}}?)(?:{deals.pattern})", after, re.I)
    if told is None:
        return False
    between = told.group(1).split()
    qualifiers, trade = words("deal_qualifiers", language), words("trade_cues", language)
    return not any(trade.search(w) and not qualifiers.fullmatch(w) for w in between) and not any(
        w.casefold() in ("in", "of", "en", "de", "в", "на", "em") for w in between
    )
