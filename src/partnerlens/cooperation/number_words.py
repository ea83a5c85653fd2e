"""Numbers written in words, in English, French, Russian, Portuguese and Spanish, and the scale words of amounts.

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

# Scale words → multiplier (English, French, Russian; abbreviations included).
SCALES = {
    "thousand": 1e3,
    "k": 1e3,
    "тыс": 1e3,
    "mi": 1e6,  # Brazilian press, after a currency only: "US$ 500 mi", "R$ 2 bi", "US$ 1 tri"
    "bi": 1e9,
    "tri": 1e12,
    "тысяч": 1e3,
    "mille": 1e3,
    "million": 1e6,
    "millions": 1e6,
    "mln": 1e6,
    "mn": 1e6,
    "m": 1e6,
    "млн": 1e6,
    "миллион": 1e6,
    "billion": 1e9,
    "billions": 1e9,
    "bn": 1e9,
    "b": 1e9,
    "bln": 1e9,
    "milliard": 1e9,
    "milliards": 1e9,
    "md": 1e9,
    "mds": 1e9,
    "mrd": 1e9,
    "mrds": 1e9,
    "млрд": 1e9,
    "миллиард": 1e9,
    "milhão": 1e6,
    "milhões": 1e6,
    "millón": 1e6,
    "millones": 1e6,
    "bilhão": 1e9,
    "bilhões": 1e9,
    "mil milhões": 1e9,
    "mil millones": 1e9,
    "trillion": 1e12,
    "tn": 1e12,
    "trn": 1e12,
    "трлн": 1e12,
    "триллион": 1e12,
}

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
