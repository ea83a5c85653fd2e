"""The words extraction reads by: per-language data files, compiled once.

Two kinds of data, both editable without touching code:

* ``cooperation/data/event_types.yaml`` — event and agreement types, agreement
  instruments and hedges, per language;
* ``cooperation/data/lang/<lang>.yaml`` — everything else a language needs:
  pair words ("the two countries"), planned/announced status words, trade,
  flow, growth, share and comparative words, multipliers ("doubled"), year
  ranges, figure pairs, sector negations ("non-oil"), side remarks ("such as")
  and datelines. A language's words are always read together with English ones
  (the international press mixes them in); ``datelines`` are per language.

Sector words per language live next to the sector taxonomy
(``reference/data/sectors.<lang>.yaml``, see :mod:`.sectors`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from partnerlens.cooperation.gazetteer import data_file
from partnerlens.patterns import compiled

LANGUAGES = ("en", "fr", "ru", "pt", "es")


@dataclass(frozen=True)
class TypeRule:
    """One event or agreement type: what it needs in its sentence and its words per language."""

    type: str
    kind: str
    needs: tuple[str, ...]
    patterns: dict[str, re.Pattern]


def _compile(patterns: list[str], flags: int = re.IGNORECASE) -> re.Pattern:
    return compiled(r"(?<!\w)(?:" + "|".join(f"(?:{p})" for p in patterns) + r")", flags)


@cache
def event_vocabulary() -> tuple[tuple[TypeRule, ...], dict[str, dict[str, re.Pattern]], dict[str, re.Pattern]]:
    """(type rules, instruments by name and language, hedges by language) from ``event_types.yaml``."""
    data = data_file("event_types.yaml")
    rules = tuple(
        TypeRule(
            entry["type"],
            entry["kind"],
            tuple(entry.get("needs", ())),
            {lang: _compile(entry[lang]) for lang in LANGUAGES if entry.get(lang)},
        )
        for entry in data["types"]
    )
    instruments = {
        name: {lang: _compile(patterns, re.IGNORECASE if lang != "en" else 0) for lang, patterns in forms.items()}
        for name, forms in data["instruments"].items()
    }
    hedges = {lang: _compile(patterns) for lang, patterns in data["hedges"].items()}
    return rules, instruments, hedges


@cache
def language_data(language: str) -> dict:
    """The raw data of ``lang/<language>.yaml`` (English when the language has no file)."""
    name = language if language in LANGUAGES else "en"
    return data_file(f"lang/{name}.yaml") or {}


def entries(name: str, language: str) -> list[str]:
    """The fragments of entry ``name`` for ``language``, followed by the English ones."""
    own = language_data(language).get(name) or []
    english = language_data("en").get(name) or [] if language != "en" else []
    return list(dict.fromkeys([*own, *english]))


def alternation(name: str, language: str) -> str:
    """Entry ``name`` of ``language`` (with English) as the source of one regex alternation, each fragment in its own
    group; an empty entry is a pattern that never matches (so a rule built on it is off for that language)."""
    return "|".join(f"(?:{p})" for p in entries(name, language)) or r"(?!x)x"


@cache
def words(name: str, language: str) -> re.Pattern:
    """Entry ``name`` of ``language`` (with English) as one case-insensitive whole-word pattern."""
    return compiled(r"(?<!\w)(?:" + alternation(name, language) + r")(?!\w)", re.IGNORECASE)


@cache
def any_language(name: str) -> re.Pattern:
    """Entry ``name`` in every language (for text whose language is not the article's, such as a role)."""
    fragments = [p for lang in LANGUAGES for p in language_data(lang).get(name) or []]
    return re.compile(
        r"(?<!\w)(?:" + "|".join(f"(?:{p})" for p in fragments or [r"(?!x)x"]) + r")(?!\w)", re.IGNORECASE
    )


@cache
def multipliers(language: str) -> tuple[tuple[re.Pattern, float], ...]:
    """("doubled" → 2, "tripled" → 3, …) for ``language`` and English."""
    found: dict[str, float] = {}
    for lang in dict.fromkeys((language, "en")):
        found |= {k: float(v) for k, v in (language_data(lang).get("multipliers") or {}).items() if k not in found}
    return tuple((re.compile(rf"(?<!\w)(?:{k})(?!\w)", re.IGNORECASE), v) for k, v in found.items())


@cache
def patterns(name: str, language: str) -> tuple[re.Pattern, ...]:
    """Entry ``name`` as separate patterns (each may have named groups), ``language`` first, then English."""
    return tuple(re.compile(rf"(?<!\w){p}", re.IGNORECASE) for p in entries(name, language))


@cache
def datelines(language: str) -> tuple[re.Pattern, ...]:
    """Dateline patterns of ``language`` only (anchored at a line start)."""
    return tuple(re.compile(p, re.MULTILINE) for p in language_data(language).get("datelines") or [])


# the period a figure is compared with, before its year or "last year": "compared to the same period of last year",
# "par rapport à la même période en 2018", "по сравнению с аналогичным периодом прошлого года", "face ao mesmo período
# do ano passado", "frente al mismo periodo del año pasado" (extract/claims_years.py, extract/context.py)
SAME_PERIOD = (
    r"(?:the\s+)?(?:same|corresponding)\s+(?:period|months?|quarter|half)\s+(?:of\s+|in\s+)?(?:the\s+)?"
    r"|(?:la\s+)?même\s+période\s+(?:de\s+|d['’]|en\s+)?(?:l['’]|l[ae]\s+)?"
    r"|(?:аналогичн|тот\s+же|того\s+же|тем\s+же)\w*(?:\s+сам\w*)?\s+период\w*\s+"
    r"|(?:(?:o|al?|el)\s+)?mesmo\s+período\s+(?:do|de|da)\s+|(?:el\s+)?mismo\s+per[ií]odo\s+(?:del?\s+)?"
)
