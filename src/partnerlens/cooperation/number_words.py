"""Numbers written in words, in English, French, Russian, Portuguese and Spanish.

The words are data (``data/numbers.yaml``: ``number_words`` with Russian oblique cases, ``tens`` that open a
compound such as "thirty-seven", "trente-sept", "двадцать шесть", "treinta y siete", "vinte e cinco"). A
systematic list rather than a library: the spell-out libraries with Russian are LGPL (no GPL-family code at
runtime) and text2num lacks Russian; what the articles write in words is small numbers, counts and percentages.
"""

from __future__ import annotations

import re

from partnerlens.cooperation.gazetteer import data_file

NUMBERS = data_file("numbers.yaml")  # number words, tens and noun-phrase stops, every language
NUMBER_WORDS: dict[str, int] = NUMBERS["number_words"]
NUMBER_WORD_RE = "|".join(sorted((re.escape(w) for w in NUMBER_WORDS), key=len, reverse=True))
TENS: dict[str, int] = NUMBERS["tens"]
ONE_AND_A_HALF = frozenset({"полтора", "полторы", "полутора"})  # "в полтора раза": one and a half times
_TENS_RE = "|".join(sorted((re.escape(w) for w in TENS), key=len, reverse=True))

# a percentage written in words: "four percent", "a four-percent increase", "trente-sept pour cent",
# "двадцать шесть процентов", "treinta y siete por ciento", "vinte e cinco por cento"
WORD_PERCENT = re.compile(
    rf"(?<![\w-])(?:(?P<tens>{_TENS_RE})(?:[- ]|\s+(?:et|y|e|and)\s+))?(?P<unit>{NUMBER_WORD_RE}|{_TENS_RE})"
    r"[- ]?(?:per[- ]?cent\b|percent\b|pour ?cent\b|por ?cento\b|por ?ciento\b|процент\w*)",
    re.IGNORECASE,
)


def count_value(word: str) -> int | None:
    """The integer a number word or digits stand for ("five" → 5, "шести" → 6), or None."""
    key = word.strip().casefold()
    if key.isdigit():
        return int(key)
    return NUMBER_WORDS.get(key)


def word_number(tens: str | None, unit: str) -> float | None:
    """The value of "thirty-seven" / "двадцать шесть" (tens, then a unit below ten) or of one number word."""
    key = unit.casefold()
    one = TENS.get(key) if key in TENS else NUMBER_WORDS.get(key)
    if one is None:
        return None
    if tens is None:
        return float(one)
    return float(TENS[tens.casefold()] + one) if 0 < one < 10 else None
