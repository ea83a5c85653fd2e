"""How many instruments an agreement is, when no number is written before it: a count word of one language only
("dos acuerdos"), a count told after ("cinq au total"), and a plural instrument whose topics are coordinated each
with its own preposition ("agreements on oil supplies, on rail freight and on a consulate" — three; "acordos
sobre serviços aéreos e sobre marinha mercante" — two; "соглашения о торговле и об инвестициях" — two).

The last is read from the grammar, not from topic words: a preposition repeated before each member of a
coordination heads one complement per instrument ("agreements on energy and tourism", one preposition for both,
stays uncounted; "and on Monday", a date, is no topic). The prepositions that head an instrument's topic, grouped by form ("о", "об", "обо" are one),
and the words that coordinate, are per language in ``data/lang/<lang>.yaml`` (``agreement_topic_prepositions``,
``coordination``). Split from :mod:`.agreements`, which finds the instruments.
"""

from __future__ import annotations

import re
from functools import cache

from partnerlens.cooperation.date_words import MONTH, WEEKDAY
from partnerlens.cooperation.extract.sectors import readings as lemma_readings
from partnerlens.cooperation.extract.vocabulary import language_data, patterns, words
from partnerlens.cooperation.number_words import every_spelled_number
from partnerlens.cooperation.quantities import count_value

_LEAD_WORDS = 2  # words between the instrument and its first topic's preposition ("agreements of cooperation on")
_CLAUSE_END = re.compile(r"[;:()\[\]\n.!?—–]")  # a topic list ends with its clause


def own_count(text: str, language: str, counts) -> int | None:
    """A count word that is a number in this language only ("dos acuerdos" in Spanish; "dos" is "of the" in
    Portuguese; "once" is eleven in Spanish only), before an instrument: the language file's ``count_words``, valued by
    its ``own_numbers`` or the spelled numbers. ``counts`` tells whether a counted stretch counts an instrument
    (passed in so that this module does not import :mod:`.agreements`)."""
    for pattern in patterns("count_words", language):
        match = pattern.search(text)
        if match and counts(match.group(0), language):
            word = match.group("n").casefold()
            return (language_data(language).get("own_numbers") or {}).get(word) or every_spelled_number().get(word)
    return None


_MODIFIER = r"[^\W\d_][\w-]*"
_WORDS = re.compile(r"[^\W\d_]+")
_GOVERNED_REACH = 80  # characters before an instrument where the noun that governs it is looked for


def genitive_readings(readings: list, text: str, start: int, language: str) -> list:
    """The readings of an instrument's noun at ``start`` that fit its case: the object of a noun of signing
    ("подписание соглашения", "церемония подписания нового соглашения", "проект совместного заявления":
    ``instrument_genitive_heads``, the instrument's own adjectives skipped) is a genitive, so a form that is a
    genitive singular or a plural ("соглашения") is the singular there (the genitive plural is "соглашений")."""
    heads = words("instrument_genitive_heads", language)
    for word in reversed(_WORDS.findall(text[max(0, start - _GOVERNED_REACH) : start])):
        if heads.fullmatch(word):
            return [r for r in readings if r.tag.case == "gent"] or readings
        if not any(r.tag.POS in ("ADJF", "PRTF") for r in lemma_readings(word)):
            break  # the word before is no adjective of the instrument: no governing noun
    return readings


def coordinated_count(text: str, language: str, quantities, first_instrument, signing) -> int | None:
    """A count whose noun phrase is modifiers joined before the instrument: "24 межправительственных и
    межведомственных документа", "five bilateral and regional agreements", "trois accords sanitaires et
    phytosanitaires", and a list of them with commas before the coordination ("12 новых межгосударственных,
    межправительственных и межведомственных соглашений", "twelve new intergovernmental, interagency and commercial
    agreements") — the counted phrase stops at the first comma or coordination, so the count is the instrument's
    when only such modifiers stand between: single words after each comma, one or two after the language's
    ``coordination``, and no signing verb ("two countries, signed and ratified agreements" counts no agreement).
    ``quantities`` are the sentence's counts with an exact qualifier; ``first_instrument`` finds an instrument and
    ``signing`` tells a signing verb (passed in, as :func:`own_count`'s ``counts``)."""
    joined = rf"(?:\s*,\s*{_MODIFIER})*\s*,?\s+(?:{_coordination(language)})\s+(?:{_MODIFIER}\s+){{1,2}}"
    for quantity in quantities:
        rest = text[quantity.end : quantity.end + 120]
        first = first_instrument(rest, language)
        between = rest[: first[0].start()] if first is not None else ""
        if first is not None and re.fullmatch(joined, between, re.IGNORECASE) and not signing(between, language):
            return int(quantity.value)
    return None


def count_after(text: str, language: str) -> int | None:
    """A count told after the instruments: "cinq au total", "five in all", "всего пять"."""
    for pattern in patterns("count_after", language):
        for match in pattern.finditer(text):
            value = count_value(match.group("n"))
            if value is not None:
                return value
    return None


@cache
def _prepositions(language: str) -> tuple[re.Pattern, ...]:
    """The language's own topic prepositions, each group of forms one pattern (no English fallback: "on" is no
    French preposition)."""
    return tuple(
        re.compile(rf"(?:{p})(?=\s)", re.IGNORECASE)
        for p in language_data(language).get("agreement_topic_prepositions") or []
    )


@cache
def _coordination(language: str) -> str:
    words = language_data(language).get("coordination") or []
    return "|".join(f"(?:{w})" for w in words) or r"(?!x)x"


def coordinated_topics(text: str, end: int, language: str) -> int | None:
    """The number of topics coordinated after the plural instrument that ends at ``end``, each with its own
    preposition of the same form: "agreements on X, on Y, and on Z" → 3; None when the preposition is not
    repeated (see the module docstring). Only the instrument's clause is read."""
    tail = _CLAUSE_END.split(text[end:], maxsplit=1)[0]
    words = list(re.finditer(r"\s+(?=\S)", tail))[: _LEAD_WORDS + 1]  # where the first preposition may begin
    for space in words:
        rest = tail[space.end() :]
        preposition = next((p for p in _prepositions(language) if p.match(rest)), None)
        if preposition is not None:
            break
    else:
        return None
    joined = re.compile(
        rf"(?:,\s*(?:(?:{_coordination(language)})\s+)?|\s+(?:{_coordination(language)})\s+)(?:{preposition.pattern})"
        rf"(?!\s+(?:\w+\s+)?(?:{WEEKDAY}|{MONTH}|\d)(?!\w))",  # "… and on Monday met the press": a date, no topic
        re.IGNORECASE,
    )
    repeats = len(joined.findall(rest))
    return repeats + 1 if repeats else None


def partitive(text: str, start: int, language: str) -> bool:
    """The instrument at ``start`` is one picked out of several: "one of the agreements signed concerns …",
    "l'un des accords", "одно из соглашений", "um dos acordos", "uno de los acuerdos" (``agreement_partitive``)."""
    before = text[max(0, start - 40) : start]
    return any(p.search(before) for p in patterns("agreement_partitive", language))
