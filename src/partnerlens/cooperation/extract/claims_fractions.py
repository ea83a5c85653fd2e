"""Shares and growth rates written as fractions: "a fifth of Kazakhstan's foreign trade", "un tiers des
exportations", "пятая часть внешнеторгового оборота" (a share); "grew by a third", "a augmenté d'un quart", "вырос
почти на четверть" (a growth rate). Split from :mod:`.claims_figures` (which finds a sentence's figures) along that
concern; the fractions are the language's ``share_fractions``."""

from __future__ import annotations

import re

from partnerlens.cooperation.extract.vocabulary import entries, language_data, words
from partnerlens.cooperation.quantities import Quantity, _qualifier

_FRACTION_GAP = (  # between the fraction and the trade word: "of", an article, a possessive, two words at most
    r"\s*(?:(?:of|de|du|des|d['’]|del|das|dos|da|do|от)\s*)?(?:(?:the|its|their|la|le|les|l['’]|el|los|las|a|o|as|os)\s*)?"
    r"(?:[^\W\d_][\w-]*(?:['’]s)?\s+){0,3}?"
)
_NOT_A_SHARE = re.compile(  # "the first half of the year", "во второй половине года", "la primera mitad del año"
    r"(?:first|second|premi[eè]re?|seconde?|deuxième|перв\w*|втор\w*|primeir\w*|segund\w*|primer\w*)\s+$", re.IGNORECASE
)
_PERIOD_WORD = re.compile(
    r"(?<!\w)(?:years?|année|ans?|mois|months?|год\w*|месяц\w*|años?|anos?|mes(?:es)?|meses)(?!\w)", re.I
)


def fraction_shares(text: str, language: str, found: list[Quantity]) -> list[Quantity]:
    """Shares written as fractions, a trade word after them ("a fifth of Kazakhstan's foreign trade", "un tiers des
    exportations", "пятая часть внешнеторгового оборота", "la mitad de las exportaciones"): a percentage (``unit``
    "fraction"). The fractions are the language's ``share_fractions``, longest first; a half that is a period
    ("the first half of the year") is none; one a change verb governs is a growth rate (``unit`` "growth_fraction")."""
    table = language_data(language).get("share_fractions") or {}
    cues = words("trade_cues", language)
    shares: list[Quantity] = []
    for pattern in sorted(table, key=len, reverse=True):
        for match in re.finditer(rf"(?<![\w-])(?:{pattern})(?![\w-])", text, re.IGNORECASE):
            if any(match.start() < q.end and q.start < match.end() for q in found + shares if q.kind != "count"):
                continue
            if _NOT_A_SHARE.search(text[max(0, match.start() - 20) : match.start()]):
                continue
            gap = re.match(rf"{_FRACTION_GAP}(?:{cues.pattern})", text[match.end() :], re.IGNORECASE)
            grown = _grown_by(text[max(0, match.start() - 60) : match.start()], language)
            if (gap is None or _PERIOD_WORD.search(gap.group(0)) or not _part_of(gap.group(0), language)) and not grown:
                continue
            qualifier, qualifier_words = _qualifier(text, match.start())
            value = float(table[pattern])
            shares.append(
                Quantity(
                    "percent",
                    value,
                    match.start(),
                    match.end(),
                    match.group(0),
                    None,
                    "growth_fraction" if grown else "fraction",
                    qualifier,
                    qualifier_words,
                )
            )
    return shares


def _part_of(gap: str, language: str) -> bool:
    """The fraction is followed by the preposition of what it is a part of, where the language needs one
    (``fraction_of``): "le cinquième des échanges" is a share; "le cinquième partenaire commercial", "el quinto socio
    comercial" is an ordinal, a rank."""
    prepositions = entries("fraction_of", language)
    return not prepositions or bool(re.match(rf"\s*(?:{'|'.join(prepositions)})(?!\w)", gap, re.IGNORECASE))


def _grown_by(before: str, language: str) -> bool:
    """A change verb governs the fraction through its preposition ("grew by a third", "a augmenté d'un quart",
    "вырос почти на четверть", "creció en un tercio"): a growth rate, not a share."""
    return bool(
        re.search(
            rf"(?:{words('growth', language).pattern})(?:\s+[^\W\d_]+){{0,3}}?\s+(?:(?:by|de|на|en|em)\s+|d['’]\s*)(?:[^\W\d_]+\s+)?$",
            before,
            re.IGNORECASE,
        )
    )
