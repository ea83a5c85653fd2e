"""How a written number reads: "1,234.5", "2,5", "1 200", "4.724,5", "23 mil 200"; whether its dots group thousands
before a scale word ("US$ 6.400 millones", "1.000 milliards") or its comma is a decimal one ("1,250 milliard"); what
a scale word multiplies by. Split from :mod:`.quantities` (finding money, percentages and counts in text) along that
concern; :mod:`.quantities` re-exports these names."""

from __future__ import annotations

import re

from partnerlens.cooperation.number_words import SCALES
from partnerlens.patterns import compiled


def parse_number(text: str) -> float:
    """A written number as a float: "783", "1,234.5", "2,5" (decimal comma), "1 200", "0.7"."""
    cleaned = text.replace("\u00a0", " ").replace("\u202f", " ").strip()
    thousands = re.fullmatch(r"(\d{1,3})\s+mil\s+(\d{1,3})", cleaned)
    if thousands:  # "23 mil 200 millones": the Latin American press writes 23,200 million so
        return float(int(thousands.group(1)) * 1000 + int(thousands.group(2)))
    if re.fullmatch(
        r"\d{1,3}(?:[. ]\d{3})+,\d+", cleaned
    ):  # "4.724,5", "1 254,3": dots or spaces group, comma decimals
        return float(cleaned.replace(".", "").replace(" ", "").replace(",", "."))
    if re.fullmatch(r"\d{1,3}(?:[ ,]\d{3})+(?:\.\d+)?", cleaned):
        return float(re.sub(r"[ ,]", "", cleaned))
    if re.fullmatch(r"\d{1,3}(?:,\s|\s,)\d{1,2}", cleaned):  # "1, 8 milliard", "1 ,7 млрд": a stray space
        return float(cleaned.replace(" ", "").replace(",", "."))
    if re.fullmatch(r"\d+,\d{1,2}", cleaned):  # decimal comma ("2,5 milliards")
        return float(cleaned.replace(",", "."))
    return float(cleaned.replace(",", ""))


# scale words of languages that write a decimal comma and never group thousands with one: "17,430 mil milhões" is
# 17.43 thousand million, "1,250 milliard" 1.25 billion ("millones" is left out: the Mexican press groups with commas)
_DECIMAL_COMMA_SCALE = compiled(
    r"(?:milliard|mil milh|bilh|bili|milh|mds|mrds|млрд|млн|миллиард|миллион|трлн|millions)", re.I
)
_DOT_THOUSANDS_SCALES = {
    "millones",
    "millón",
    "milhões",
    "milhão",
    "mil millones",
    "mil milhões",
    "bilhões",
    "bilhão",
    "biliões",
    "bilião",
}


def dot_grouped(number: str, scale: str | None) -> bool:
    """Whether the dots of ``number`` group thousands before ``scale``: always in es and pt ("US$ 6.400 millones"),
    and in every language when the groups are zeros ("1.000 milliards de FCFA", "11.000 milliards": no decimal is
    written ".000"); "1.250 milliard" stays ambiguous and is read as a decimal elsewhere."""
    if not scale or not re.fullmatch(r"\d{1,3}(?:\.\d{3})+", number):
        return False
    return scale.strip().casefold() in _DOT_THOUSANDS_SCALES or bool(re.fullmatch(r"\d{1,3}(?:\.000)+", number))


def written_number(number: str, scale: str | None) -> str:
    """``number`` as its scale word's languages write it, ready for :func:`parse_number`: dots that group thousands
    dropped ("US$ 6.400 millones", "1.000 milliards" → "6400", "1000"; :func:`dot_grouped`), a decimal comma made a
    point ("17,430 mil milhões", "1,507 milliard", "1,250 млрд" → "17.430")."""
    if dot_grouped(number, scale):
        return number.replace(".", "")
    if scale and _DECIMAL_COMMA_SCALE.match(scale) and re.fullmatch(r"\d{1,3},\d{3}", number):
        return number.replace(",", ".")
    return number


def scale_slip(number: str, scale: str | None) -> bool:
    """Whether a scale word after ``number`` is a slip: a number written out to the unit in three or more digit
    groups ("USD 1 222 188 726 milhões", "1.222.188.726 millions") already is the amount; read with the scale it
    would be trillions of trillions, which no trade sentence means."""
    return bool(scale) and bool(_WRITTEN_OUT.fullmatch(number.strip()))


# seven digits or more, grouped by threes with a space, a dot or a comma
_WRITTEN_OUT = re.compile(r"\d{1,3}(?:[\s.,\u00a0\u202f]\d{3}){2,}")


def scale_factor(word: str | None) -> float:
    """Multiplier for a scale word ("million", "bn", "млрд"); 1 when there is none."""
    if not word:
        return 1.0
    key = word.strip().rstrip(".").casefold()
    if key in SCALES:
        return SCALES[key]
    for stem, factor in (("тысяч", 1e3), ("миллион", 1e6), ("миллиард", 1e9), ("триллион", 1e12)):
        if key.startswith(stem):
            return factor
    raise ValueError(f"unknown scale {word!r}")
