"""Figures listed partner by partner in one sentence: each figure's partner is the one its own clause names.

A dispatch often gives one state's trade with several partners in a single sentence: "Товарооборот с Казахстаном
приближается к 4 млрд долларов, с Кыргызстаном - почти 700 млн, с Таджикистаном - превышает 570 млн"; "la balance
vis-à-vis de la Chine a atteint 70,6 MMDH …, le déficit vis-à-vis des États-Unis s'est creusé à 40,4 MMDH, contre
46,7 MMDH pour l'Arabie Saoudite"; "trade with Kenya reached $5 billion and with Uganda $2 billion". Read as a
whole, the sentence gives every figure all the partners at once. When at least two different states are each
introduced by a partner preposition (``flow_partner`` of the language file: "with", "avec", "vis-à-vis de", "с",
"com", "con") and followed by a figure of its own, a figure's partner is the one named right after it by ``figure_for`` ("46,7 MMDH pour l'Arabie
Saoudite"), else the nearest one before it (a figure compared with an earlier one, "contre 58,7 MMDH en 2021", keeps
that one's partner). The other side is the dispatch's own state: the first state of the headline, else of the
article's main parties, that is not one of the listed partners. When the sentence opens with a trade phrase that
names a pair ("Товарооборот России с Египтом вырос до 7 млрд долларов, а с Алжиром – до 3 млрд"; "Kenya's trade with
Uganda …, and with Tanzania …"), a figure of a later clause that names its own partner is the phrase owner's trade
with that partner (:func:`listed_after_phrase`), not the first pair's. Partners named together and given their
figures "respectively" ("Ses échanges avec l'Afrique du Sud, l'Angola et le Nigeria sont en hausse respectivement de
28 %, 67 % et 22 %", "exports to Kenya and Uganda were $5 billion and $2 billion respectively"; ``respectively``):
the n-th figure of that kind is the n-th partner's (:func:`respective_partners`).
"""

from __future__ import annotations

import re
from functools import cache

from partnerlens.cooperation.extract.context import ArticleContext
from partnerlens.cooperation.extract.sentences import Sentence
from partnerlens.cooperation.extract.vocabulary import alternation, words
from partnerlens.cooperation.quantities import Quantity, find_quantities


@cache
def _introduced(name: str, language: str, before: bool) -> re.Pattern:
    """The entry's prepositions right before a mention (``before``) or right after a figure."""
    fragments = alternation(name, language)
    if before:
        return re.compile(rf"(?:^|[\s,;:–—-])(?:{fragments})\s*$", re.IGNORECASE)
    return re.compile(rf"^\s*(?:[^\W\d_]+\s+)?(?:{fragments})\s*$", re.IGNORECASE)  # "46,7 MMDH pour l'"


def listed_partners(sentence: Sentence, context: ArticleContext, quantity: Quantity) -> list[str]:
    """[the dispatch's state, the figure's own partner] when the sentence lists figures partner by partner; else []."""
    partner, listed = own_partner(sentence, context, quantity)
    if partner is None:
        return []
    home = next(
        (p for p in (*context.headline, *context.focus) if p not in listed and p != partner and len(p) == 3), None
    )
    return [home, partner] if home else []


def listed_after_phrase(
    sentence: Sentence, context: ArticleContext, quantity: Quantity, phrase: list[str]
) -> list[str]:
    """The phrase's owner and the figure's own partner, when the trade phrase names a pair but the figure stands in a
    later clause of a list that names its own partner ("Товарооборот России с Египтом вырос до 7 млрд долларов, а с
    Алжиром – до 3 млрд", "Kenya's exports to Uganda reached $1 billion, to Tanzania $500 million"); else []."""
    partner, listed = own_partner(sentence, context, quantity)
    if partner is None or partner in phrase:
        return []
    owners = [p for p in phrase if p not in listed]
    return [owners[0], partner] if len(owners) == 1 else []


def own_partner(sentence: Sentence, context: ArticleContext, quantity: Quantity) -> tuple[str | None, set[str]]:
    """The partner of the figure's own clause when the sentence lists figures partner by partner, with every listed
    partner; (None, set()) when it lists none."""
    language, text = context.language, sentence.text
    mentions = [
        (m.start - sentence.start, m.end - sentence.start, m.party) for m in context.within(context.mentions, sentence)
    ]
    partners = [
        (start, end, party)
        for start, end, party in mentions
        if _introduced("flow_partner", language, True).search(text[max(0, start - 30) : start])
    ]
    if len(_owning_figures(text, partners)) < 2:
        return None, set()
    after = next(
        (
            party
            for start, _, party in mentions
            if 0 <= start - quantity.end <= 40
            and _introduced("figure_for", language, False).match(text[quantity.end : start])
        ),
        None,
    )
    before = [party for _, end, party in partners if end <= quantity.start]
    partner = after or (before[-1] if before else None)
    return partner, {party for _, _, party in partners}


def _owning_figures(text: str, partners: list[tuple[int, int, str]]) -> set[str]:
    """The listed partners followed by a figure before the next listed partner: a list of figures, not a partner
    named in passing ("trade with Egypt rose to $5 billion, the ambassador in Russia said")."""
    figures = [q.start for q in find_quantities(text)]
    owning = set()
    for index, (_, end, party) in enumerate(partners):
        limit = partners[index + 1][0] if index + 1 < len(partners) else len(text)
        if any(end <= start < limit for start in figures):
            owning.add(party)
    return owning


def respective_partners(sentence: Sentence, context: ArticleContext, quantity: Quantity) -> list[str]:
    """[the dispatch's state, the figure's partner] when the sentence gives as many figures of the figure's kind as it
    names partners, "respectively" (``respectively``); else []. The dispatch's state is the first state of the
    headline, else of the article's main parties; it is no listed partner even when the sentence names it too."""
    if not words("respectively", context.language).search(sentence.text):
        return []
    named = list(dict.fromkeys(m.party for m in context.within(context.mentions, sentence) if len(m.party) == 3))
    home = next((p for p in (*context.headline, *context.focus) if len(p) == 3), None)
    partners = [p for p in named if p != home]
    figures = [q.start for q in find_quantities(sentence.text) if q.kind == quantity.kind]
    if home is None or len(partners) < 2 or len(figures) != len(partners) or quantity.start not in figures:
        return []
    return [home, partners[figures.index(quantity.start)]]
