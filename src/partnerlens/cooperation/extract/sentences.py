"""Sentences with their character offsets.

A hand-written splitter rather than a library one (pysbd, NLTK punkt): the
offsets must be exact positions in the article text (evidence is cited by
offset), line breaks end a sentence (headlines, datelines, list items) unless they wrap one (a lower-case word
after a line that ends in no punctuation), and the
abbreviation list covers the Russian and French forms news use ("млн.", "г.").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from partnerlens.cooperation.currencies import currency_pattern

_ABBREVIATIONS = re.compile(
    r"(?:\b(?:Dr|Mr|Mrs|Ms|Prof|St|Jr|Sr|Gen|Col|Lt|Capt|No|Nos|Vol|Art|Inc|Ltd|Co|Corp|vs|etc|approx|Jan|Feb|Mar|Apr"
    r"|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|H\.E|U\.S|U\.K|e\.g|i\.e|Mme|Sra|г|гг|им|т\.е|тыс|млн|млрд|долл|руб|Rs)\.|\b[A-Z]\.)$"
)
# a unit abbreviation ends the sentence when a capital follows ("составил $11,5 млрд. Об этом …"): no
# word of a figure after it ("1,3 млрд. долларов") is capitalised; "г." stays (it also opens a city: "г. Москва")
_UNIT_END = re.compile(r"\b(?:тыс|млн|млрд|трлн|долл|руб)\.$")
_LAST_WORD = re.compile(r"[^\W\d_]+\.$")
_SCALES = frozenset(("тыс.", "млн.", "млрд.", "трлн.", "mln.", "bln.", "bn.", "mn.", "mds.", "mrd.", "mrds."))
# a full stop glued to the next sentence in a page's copy ("(2017-2023).Les deux dirigeants", "в 2023 году.Об этом"):
# after a closing bracket, a digit or three lower-case letters, before a capitalised word or a one-letter one ("500
# participantes.A VI Cimeira"), so that initials ("В.Путин", "J.K."), short abbreviations ("ул.Ленина", "Mr.Smith")
# and domains ("Bladi.net") stay whole
_GLUED = r"(?:(?<=[a-zà-öø-ÿа-яё]{3}[.!?])|(?<=[\d)][.!?]))(?=[A-ZÀ-ÖØ-ÞА-ЯЁ](?:[a-zà-öø-ÿа-яё]|\s))"
_BOUNDARY = re.compile(r"(?<=[.!?…])[\"”’»)\]]*\s+(?=[\"“‘«(\[]?[A-ZÀ-ÖØ-ÞА-ЯЁ0-9])|\n\s*|" + _GLUED)

# a numbered list's mark alone before its item ("1. Acordo sobre …", "2. Memorandum on …"): the item's, not a sentence
_ENUMERATOR = re.compile(r"\s*\d{1,2}\.")


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str


def split_sentences(text: str) -> list[Sentence]:
    """Sentences with their offsets: at ``.!?`` before a capital, and at line breaks; abbreviations kept."""
    sentences: list[Sentence] = []
    start = 0
    for match in _BOUNDARY.finditer(text):
        before = text[start : match.start()]
        if (
            (
                match.group(0).strip() == ""
                and "\n" not in match.group(0)
                and (_ABBREVIATIONS.search(before) and not _UNIT_END.search(before) or _currency_goes_on(text, match))
            )
            or _ENUMERATOR.fullmatch(before)
            or _wrapped(text, match)
        ):
            continue
        _append(sentences, text, start, match.start())
        start = match.end()
    _append(sentences, text, start, len(text))
    return sentences


def _wrapped(text: str, boundary: re.Match) -> bool:
    """A hard line break inside a sentence (a forum post's or an e-mail's copy: "товарооборот между Россией и
    Марокко\nвырос в 1,9 раза"): one line break, no full stop, colon or semicolon before it, a lower-case letter
    after it. A blank line, or a line ending in punctuation, still ends the sentence."""
    if boundary.group(0).count("\n") != 1 or boundary.end() >= len(text) or not text[boundary.end()].islower():
        return False
    last = text[: boundary.start()].rstrip()[-1:]
    return last.isalnum() or last == ","


def _currency_goes_on(text: str, boundary: re.Match) -> bool:
    """A currency is written on across the full stop after a unit abbreviation ("1,7 млрд долл. США, в 2023 году",
    "200 млн. USD"; the words of ``data/currencies.yaml``): the capital opens no new sentence."""
    word = _LAST_WORD.search(text, 0, boundary.start())
    if word is None:
        return False
    if word.group(0).casefold() in _SCALES and currency_pattern().match(text, boundary.end()):
        return True  # "200 млн. USD": a scale, then its currency
    currency = currency_pattern().match(text, word.start())
    return currency is not None and currency.end() > boundary.end()


def _append(sentences: list[Sentence], text: str, start: int, end: int) -> None:
    chunk = text[start:end]
    stripped = chunk.strip()
    if stripped:
        offset = start + (len(chunk) - len(chunk.lstrip()))
        sentences.append(Sentence(offset, offset + len(stripped), stripped))
