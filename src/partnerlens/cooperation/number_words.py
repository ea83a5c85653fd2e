"""Numbers written in words, in English, French, Russian, Portuguese and Spanish, and the scale words of amounts.

Two sources of words. Every cardinal from 1 to 99 is generated from the regular rules of each language (units,
teens, tens and how they join; Russian in the nominative, genitive, dative and instrumental, the accusative and
prepositional sharing those forms): counts of agreements ("vingt-deux accords", "пакет из двенадцати документов",
"treinta y dos convenios") and percentages are often written in words. The rest is data (``data/numbers.yaml``:
``number_words`` for words outside that range or irregular, ``tens`` that open a compound such as "thirty-seven").
Generated and listed rather than taken from a library: the spell-out libraries with Russian (``num2words``) are
LGPL (no GPL-family code at runtime), babel formats digits only, text2num lacks Russian, and pymorphy3 would load
for every import of :mod:`.quantities`.
"""

from __future__ import annotations

import re
from functools import cache

from partnerlens.cooperation.gazetteer import data_file
from partnerlens.patterns import compiled

_EN_UNITS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
_EN_TENS = {
    20: "twenty",
    30: "thirty",
    40: "forty",
    50: "fifty",
    60: "sixty",
    70: "seventy",
    80: "eighty",
    90: "ninety",
}
_FR_UNITS = ["un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"]
_FR_TEENS = ["dix", "onze", "douze", "treize", "quatorze", "quinze", "seize", "dix-sept", "dix-huit", "dix-neuf"]
_FR_TENS = {20: "vingt", 30: "trente", 40: "quarante", 50: "cinquante", 60: "soixante"}
_ES_UNITS = ["uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"]
_ES_20S = "veintiuno veintidós veintitrés veinticuatro veinticinco veintiséis veintisiete veintiocho veintinueve"
_ES_TENS = {30: "treinta", 40: "cuarenta", 50: "cincuenta", 60: "sesenta", 70: "setenta", 80: "ochenta", 90: "noventa"}
_PT_UNITS = ["um", "dois", "três", "quatro", "cinco", "seis", "sete", "oito", "nove"]
_PT_TENS = {20: "vinte", 30: "trinta", 40: "quarenta", 50: "cinquenta", 60: "sessenta", 70: "setenta", 80: "oitenta"}
_PT_TENS[90] = "noventa"

# Russian: value → forms by case (nominative, genitive, dative, instrumental)
_RU_UNITS = {
    1: ("один одна одно", "одного одной", "одному одной", "одним одной"),
    2: ("два две", "двух", "двум", "двумя"),
    3: ("три", "трёх трех", "трём трем", "тремя"),
    4: ("четыре", "четырёх четырех", "четырём четырем", "четырьмя"),
}
_RU_REGULAR = {  # nominative stem forms whose other cases end in -и / -ью
    5: "пять",
    6: "шесть",
    7: "семь",
    9: "девять",
    10: "десять",
    20: "двадцать",
    30: "тридцать",
}
_RU_TEENS = ["один", "две", "три", "четыр", "пят", "шест", "сем", "восем", "девят"]
_RU_TENS_COMPOUND = {
    50: ("пятьдесят", "пятидесяти", "пятьюдесятью"),
    60: ("шестьдесят", "шестидесяти", "шестьюдесятью"),
}
_RU_TENS_COMPOUND |= {
    70: ("семьдесят", "семидесяти", "семьюдесятью"),
    80: ("восемьдесят", "восьмидесяти", "восьмьюдесятью"),
}


def _en() -> dict[str, int]:
    words = {w: i + 1 for i, w in enumerate(_EN_UNITS)}
    for tens, word in _EN_TENS.items():
        words[word] = tens
        for i, unit in enumerate(_EN_UNITS):
            words[f"{word}-{unit}"] = words[f"{word} {unit}"] = tens + i + 1
    return words


def _fr_below_hundred(n: int) -> str:
    if n < 10:
        return _FR_UNITS[n - 1]
    if n < 20:
        return _FR_TEENS[n - 10]
    if n < 70:
        tens, unit = divmod(n, 10)
        word = _FR_TENS[tens * 10]
        return word if unit == 0 else f"{word} et un" if unit == 1 else f"{word}-{_FR_UNITS[unit - 1]}"
    if n < 80:
        return "soixante et onze" if n == 71 else f"soixante-{_FR_TEENS[n - 70]}"
    return "quatre-vingts" if n == 80 else f"quatre-vingt-{_fr_below_hundred(n - 80)}"


def _fr() -> dict[str, int]:
    words = {}
    for n in range(1, 100):
        word = _fr_below_hundred(n)
        words[word] = words[word.replace(" et ", "-et-")] = n  # 1990 spelling: "vingt-et-un"
    words["septante"], words["huitante"], words["octante"], words["nonante"] = 70, 80, 80, 90  # Belgian, Swiss
    return words


def _es() -> dict[str, int]:
    words = {w: i + 1 for i, w in enumerate(_ES_UNITS)} | {"una": 1, "veinte": 20, "veintiún": 21, "veintiuna": 21}
    words |= {w: 21 + i for i, w in enumerate(_ES_20S.split())}
    words |= {w.replace("é", "e").replace("ó", "o"): 21 + i for i, w in enumerate(_ES_20S.split())}
    for tens, word in _ES_TENS.items():
        words[word] = tens
        words |= {f"{word} y {unit}": tens + i + 1 for i, unit in enumerate(_ES_UNITS)}
    return words


def _pt() -> dict[str, int]:
    words = {w: i + 1 for i, w in enumerate(_PT_UNITS)} | {"uma": 1, "duas": 2}
    for tens, word in _PT_TENS.items():
        words[word] = tens
        words |= {f"{word} e {unit}": tens + i + 1 for i, unit in enumerate([*_PT_UNITS])}
        words |= {f"{word} e uma": tens + 1, f"{word} e duas": tens + 2}
    return words


def _ru_forms() -> dict[int, tuple[list[str], ...]]:
    """Value → (nominative, genitive, dative, instrumental) forms for 1–99 as single words or tens-and-unit pairs."""
    forms: dict[int, tuple[list[str], ...]] = {n: tuple(c.split() for c in cases) for n, cases in _RU_UNITS.items()}
    for n, word in _RU_REGULAR.items():
        stem = word[:-1]
        forms[n] = ([word], [stem + "и"], [stem + "и"], [stem + "ью"])
    forms[8] = (["восемь"], ["восьми"], ["восьми"], ["восемью", "восьмью"])
    for i, stem in enumerate(_RU_TEENS):
        base = f"{stem}надцат"
        forms[11 + i] = ([base + "ь"], [base + "и"], [base + "и"], [base + "ью"])
    forms[40] = (["сорок"], ["сорока"], ["сорока"], ["сорока"])
    forms[90] = (["девяносто"], ["девяноста"], ["девяноста"], ["девяноста"])
    for n, (nom, oblique, instrumental) in _RU_TENS_COMPOUND.items():
        forms[n] = ([nom], [oblique], [oblique], [instrumental])
    for tens in range(20, 100, 10):
        for unit in range(1, 10):
            forms[tens + unit] = tuple(
                [f"{t} {u}" for t in forms[tens][case] for u in forms[unit][case]] for case in range(4)
            )
    return forms


def _ru() -> dict[str, int]:
    return {word: n for n, cases in _ru_forms().items() for case in cases for word in case}


# words that are also something else and stand alone: an article ("um", "una"), "of the" ("dos" in Portuguese),
# a verb ("to seize"), a noun ("семью", the family)
_AMBIGUOUS = frozenset({"um", "uma", "uno", "una", "dos", "seize", "семью"})


@cache
def every_spelled_number() -> dict[str, int]:
    """Every cardinal 1–99 in words, the words that are also something else included (for a language's own use)."""
    words: dict[str, int] = {}
    for language in (_en, _fr, _es, _pt, _ru):
        words |= language()
    return words


@cache
def spelled_numbers() -> dict[str, int]:
    """Every cardinal 1–99 in words (en, fr, es, pt; ru in every case), lower-case, mapped to its value; a word that
    is also an article, a preposition or a common word on its own is left out (it stays inside compounds)."""
    return {word: value for word, value in every_spelled_number().items() if word not in _AMBIGUOUS}


NUMBERS = data_file("numbers.yaml")  # number words, tens and noun-phrase stops, every language
NUMBER_WORDS: dict[str, int] = spelled_numbers() | NUMBERS["number_words"]  # every cardinal to 99, then the listed
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
    "bilião": 1e9,  # the Angolan and Mozambican press writes "biliões" for thousand millions, as the labels read it
    "biliões": 1e9,
    "mil milhões": 1e9,
    "mil millones": 1e9,
    "trillion": 1e12,
    "tn": 1e12,
    "trn": 1e12,
    "трлн": 1e12,
    "триллион": 1e12,
    # the South Asian press: a lakh is a hundred thousand, a crore ten million, a lakh crore a trillion
    # ("Rs 25,000 crore", "₹1.5 lakh crore")
    "lakh": 1e5,
    "lakhs": 1e5,
    "crore": 1e7,
    "crores": 1e7,
    "lakh crore": 1e12,
    "lakh crores": 1e12,
}

# a percentage written in words: "four percent", "a four-percent increase", "trente-sept pour cent",
# "двадцать шесть процентов", "treinta y siete por ciento", "vinte e cinco por cento"
WORD_PERCENT = compiled(
    rf"(?<![\w-])(?:(?P<tens>{_TENS_RE})(?:[- ]|\s+(?:et|y|e|and)\s+))?(?P<unit>{NUMBER_WORD_RE}|{_TENS_RE})"
    r"[- ]?(?:per[- ]?cent\b|percent\b|pour ?cent\b|por ?cento\b|por ?ciento\b|процент\w*)",
    re.IGNORECASE,
)


# the thousands of an amount written in words before its digits, the scale and currency after them once: "dos mil 275
# millones de dólares" (the Mexican press writes 2,275 million so), "mil 200 millones", "two thousand 500 million",
# "deux mille 500 millions", "две тысячи 500 миллионов"
_THOUSANDS_BEFORE = compiled(
    r"(?<![\w-])(?:(?P<word>[^\W\d_]+)\s+)?(?P<thousand>mil|mille|thousand|тысяч[аи]?)\s+(?:(?:y|e|et|and|и)\s+)?$",
    re.IGNORECASE,
)

_DIGIT_END = compiled(r"\d\s*$")


def thousands_before(text: str, start: int) -> tuple[int, int] | None:
    """(the thousands, where their words start) written in words right before the digits at ``start``, or None. A
    word that is also something else ("dos", "of the" in Portuguese) is a number here, before "mil"; "mil" and
    "mille" alone are one thousand, "thousand" and "тысяч" need their number."""
    window = text[max(0, start - 40) : start]
    match = _THOUSANDS_BEFORE.search(window)
    if match is None:
        return None
    word = (match.group("word") or "").casefold()
    number = every_spelled_number().get(word) or NUMBERS["number_words"].get(word)
    begin = match.start()
    if number is None:  # "de mil 200 millones": "mil" alone is one thousand ("2 mil 200" is read with its digits)
        if match.group("thousand").casefold() not in ("mil", "mille") or _DIGIT_END.search(window[: match.start()]):
            return None
        number, begin = 1, match.start("thousand")
    return (number * 1000, max(0, start - 40) + begin) if number < 1000 else None


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
