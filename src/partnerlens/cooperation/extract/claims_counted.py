"""Years counted from a year told before: "255 millions en 2023, contre 148 millions quatre ans plus tôt" (2019),
"passant de 173 milliards en 2022 à 231 milliards l'année suivante" (2023), "un excédent de 4,8 milliards cette
année-là" (the year just told), "двумя годами ранее", "no ano seguinte", "ese mismo año". The anchor is the nearest
year written before the phrase in its sentence, else the year carried from the sentence before; with neither the
phrase is left as it is. One year earlier ("a year earlier", "годом ранее") stays :func:`.claims_years._year_before`'s.

The phrase is replaced by the year it stands for, in a copy of the sentence of the same length (padded with
spaces), so that every rule reading a written year reads it there with the figure's offsets unchanged. The words
come from the language files (``years_earlier``, ``years_later``, ``that_year``; group ``n`` is the count)."""

from __future__ import annotations

import re
from dataclasses import replace

from partnerlens.cooperation.date_words import WRITTEN_YEAR
from partnerlens.cooperation.extract.sentences import Sentence
from partnerlens.cooperation.extract.vocabulary import patterns
from partnerlens.cooperation.number_words import count_value

_SIGN = {"years_earlier": -1, "years_later": 1, "that_year": 0}
_IN = {"en": "in", "fr": "en", "ru": "в", "pt": "em", "es": "en"}  # the preposition written before the year


def with_counted_years(sentence: Sentence, language: str, carried_year: int | None) -> Sentence:
    """``sentence`` with each counted phrase replaced by the year it stands for (same length); itself when none."""
    text = sentence.text
    for start, end, year in counted_years(text, language, carried_year):
        written = f"{_IN.get(language, 'in')} {year}"
        if len(written) > end - start:
            written = str(year)
        text = text[:start] + written.ljust(end - start) + text[end:]
    return sentence if text == sentence.text else replace(sentence, text=text)


def counted_years(text: str, language: str, carried_year: int | None) -> list[tuple[int, int, int]]:
    """(start, end, year) of every counted phrase of ``text`` whose anchor year is known."""
    found = []
    for name, sign in _SIGN.items():
        for pattern in patterns(name, language):
            for match in pattern.finditer(text):
                if match.end() < len(text) and re.match(r"\w", text[match.end()]):
                    continue  # not a whole phrase
                count = _count(match)
                anchor = _anchor(text, match.start(), carried_year)
                if count is not None and anchor is not None:
                    found.append((match.start(), match.end(), anchor + sign * count))
    found.sort()
    return [f for i, f in enumerate(found) if i == 0 or f[0] >= found[i - 1][1]]  # overlapping phrases: the first


def _count(match: re.Match) -> int | None:
    """How many years the phrase counts: its group ``n`` in digits or words, one when it has none."""
    told = match.groupdict().get("n")
    if told is None:
        return 1
    if told.isdigit():
        return int(told) if 0 < int(told) < 100 else None
    return count_value(told.lower())


def _anchor(text: str, position: int, carried_year: int | None) -> int | None:
    """The nearest year written before ``position`` in the sentence, else the year carried from the one before."""
    before = [int(m.group(1)) for m in WRITTEN_YEAR.finditer(text[:position])]
    return before[-1] if before else carried_year
