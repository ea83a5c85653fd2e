"""The ranking state of a rank phrase that does not name it: a possessive right before the phrase ("making Turkey
*its* fourth largest trading partner", "*son* quatrième partenaire", "o *seu* quarto parceiro", "*его* четвёртым
партнёром"; ``rank_owner_before``) or a reference to "the country" right after it ("the third partner *of the
country*", "du pays", "do país", "страны"; ``rank_owner_after``). The article is about two states; the ranked one
is the state named last before the phrase (else the one named after it), and the owner is the pair's other side.
Split from :mod:`.rank` (full) along that concern; the words are the language files'."""

from __future__ import annotations

import re
from functools import cache

from partnerlens.cooperation.extract.context import ArticleContext, is_economy
from partnerlens.cooperation.extract.sentences import Sentence
from partnerlens.cooperation.extract.vocabulary import alternation


@cache
def _before(language: str) -> re.Pattern:
    return re.compile(rf"(?<!\w)(?:{alternation('rank_owner_before', language)})\s+$", re.IGNORECASE)


@cache
def _after(language: str) -> re.Pattern:
    return re.compile(rf"\s*(?:{alternation('rank_owner_after', language)})(?!\w)", re.IGNORECASE)


def implied_rank(match: re.Match, sentence: Sentence, context: ArticleContext) -> tuple[str, str] | None:
    """(owner, partner) of a rank phrase whose ranking state is a possessive or "the country", when the article's
    pair gives it; None otherwise (the phrase is then read as before: no rank without a named owner)."""
    if not alternation("rank_owner_before", context.language) or len(context.focus) != 2:
        return None
    if not all(is_economy(code) for code in context.focus):
        return None
    text = sentence.text
    if not (
        _before(context.language).search(text[: match.start()]) or _after(context.language).match(text, match.end())
    ):
        return None
    mentions = [m for m in context.within(context.mentions, sentence) if is_economy(m.party)]
    phrase = sentence.start + match.start()
    before = [m for m in mentions if m.end <= phrase]
    after = [m for m in mentions if m.start >= sentence.start + match.end()]
    ranked = before[-1] if before else (after[0] if after else None)
    if ranked is None or ranked.party not in context.focus:
        return None
    owner = next(code for code in context.focus if code != ranked.party)
    if any(m.party not in context.focus for m in after):  # "its third partner in Africa after Nigeria": unclear
        return None
    return owner, ranked.party
