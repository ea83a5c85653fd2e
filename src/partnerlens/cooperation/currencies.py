"""Currency words of every language (``data/currencies.yaml``): the pattern of each currency, the ISO code a
word names, the bare words several states share ("dirhams", "FCFA") and a currency's home state. Split from
:mod:`partnerlens.cooperation.quantities` (numbers and amounts) along that concern."""

from __future__ import annotations

import re
from functools import cache

from partnerlens.cooperation.gazetteer import data_file
from partnerlens.patterns import compiled


def _capitals(word: str) -> str:
    """A currency word as a regex: a code or short all-capital word ("INR", "FCFA") matches in capitals only."""
    return f"(?-i:{word})" if re.fullmatch(r"[A-Z]{2,4}", word) else word


def _any_of(words: list[str]) -> re.Pattern:
    """Any of the currency ``words`` standing as a word of its own (never matching when there are none); a word
    ending in a symbol ("US$", "₽") may touch its number ("US$1.3bn")."""
    alternatives = "|".join(_capitals(w) for w in words) or "(?!x)x"
    return compiled(rf"(?<![\w])(?:{alternatives})(?:(?<!\w)|(?![\w]))", re.IGNORECASE)


def currency_words() -> list[tuple[str, str]]:
    """(regex, ISO code) per currency, in file order; codes and short all-capital words match in capitals only."""
    return [("|".join(_capitals(w) for w in entry["words"]), entry["code"]) for entry in data_file("currencies.yaml")]


@cache
def currency_pattern() -> re.Pattern:
    """Every currency word, longest first, for telling a currency ("US dollars") from a party ("US")."""
    return _any_of(sorted((w for entry in data_file("currencies.yaml") for w in entry["words"]), key=len, reverse=True))


@cache
def _shared() -> dict[str, dict[str, list[str]]]:
    """Bare currency words shared by several states (``shared`` in currencies.yaml): code → {other code: its
    states} ("FCFA" is the central African franc in Cameroon, Gabon, …)."""
    found: dict[str, dict[str, list[str]]] = {}
    for entry in data_file("currencies.yaml"):
        for code, states in (entry.get("shared") or {}).items():
            found.setdefault(entry["code"], {})[code] = [states] if isinstance(states, str) else list(states)
    return found


@cache
def _press() -> dict[str, dict[str, str]]:
    """The currency a bare shared word names in the press of one language (``press`` in currencies.yaml): code →
    {language: code} ("roupies", "Rs" in French are the Mauritian press's rupee, not India's)."""
    found: dict[str, dict[str, str]] = {}
    for entry in data_file("currencies.yaml"):
        found.setdefault(entry["code"], {}).update(entry.get("press") or {})
    return found


def shared_with(code: str, language: str | None) -> tuple[str, dict[str, list[str]]]:
    """The code a bare word of ``code`` names first in ``language``'s press, and the other codes it may name with
    their states (the first's own code among them when the press default is another's)."""
    others = _shared().get(code) or {}
    first = _press().get(code, {}).get(language or "", code)
    if first == code or first not in others:
        return code, others
    home = _home(code)
    swapped = {c: states for c, states in others.items() if c != first}
    return first, {code: [home] if home else [], **swapped}


@cache
def _named(code: str) -> re.Pattern:
    """The words that name ``code`` with its state ("Indian rupees", "dinars algériens", "INR"): the entries of that
    code with no ``shared`` list; a figure written with one of them keeps its currency whatever its parties."""
    return _any_of(
        [
            w
            for entry in data_file("currencies.yaml")
            if entry["code"] == code and not entry.get("shared")
            for w in entry["words"]
        ]
    )


def named_currency(text: str, code: str) -> bool:
    """Whether ``text`` (a figure as written) names ``code`` with its state's word, not a bare shared word."""
    return bool(_named(code).search(text))


def _home(code: str) -> str | None:
    """The state of a currency ("MAD" → "MAR"), from the first letters of its code (ISO 4217 builds them so)."""
    from partnerlens.reference.parties import find_party

    party = find_party(code[:2])
    return party.code if party is not None else None


def _currency_code(word: str) -> str:
    for pattern, code in _words():
        if re.fullmatch(pattern, word.strip(), re.IGNORECASE):
            return code
    raise ValueError(f"unknown currency {word!r}")


@cache
def _words() -> tuple[tuple[str, str], ...]:
    return tuple(currency_words())
