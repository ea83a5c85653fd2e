"""Whose agreements a sentence tells: the pair's (the states named, or the article's clear pair when fewer than two
are named) or one state's with many others ("17 accords de libre-échange avec plus de 60 pays"). Split from
:mod:`.agreements`, which reads the instruments, counts, statuses and dates.
"""

from __future__ import annotations

import re

from partnerlens.cooperation.extract.context import ArticleContext, clear_pair
from partnerlens.cooperation.extract.vocabulary import alternation


def agreement_sides(named: list[str], context: ArticleContext) -> list[str]:
    """The parties of an agreement: the states named, or, when fewer than two are and the article is about a
    clear pair that includes them, that pair ("the documents signed concern …", "Ankara's chamber signed …")."""
    if len(named) >= 2 or not clear_pair(context) or not set(named) <= set(context.focus):
        return named
    return list(dict.fromkeys(named + list(context.focus)))


def with_many(text: str, end: int, language: str) -> bool:
    """The instruments ending at ``end`` are one state's with many others, told right after them ("17 accords de
    libre-échange avec plus de 60 pays", "free trade agreements with over 50 countries", "соглашения с 40
    странами"; ``agreement_many_partners``)."""
    after = text[end : end + 60]
    return bool(re.match(rf"^[^.;,]*?(?<!\w)(?:{alternation('agreement_many_partners', language)})", after, re.I))
