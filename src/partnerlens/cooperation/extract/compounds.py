"""Compound adjectives that name two or three parties ("les échanges turco-soudanais", "Sino-African trade",
"российско-африканский товарооборот"): the first parts are combining forms derived from the adjectives ("soudanais"
→ "soudano") or listed in ``data/combining_forms.yaml``, read through ``gazetteer.combining_forms`` — the one list the
gazetteer reads too (see its docstring for the two sections). Split from :mod:`.context`, which reads them for the
article and its headline.
"""

from __future__ import annotations

import re
from functools import cache

from partnerlens.cooperation.gazetteer import PartyMention, combining_forms, data_file
from partnerlens.reference.parties import find_party

_COMPOUND = re.compile(r"(?<![\w-])([^\W\d_]{3,})-([^\W\d_]{3,})(?:-([^\W\d_]{3,}))?(?![\w-])")
_ENDINGS = {  # what a language's adjective drops before its combining "-o" ("soudanais" → "soudano-")
    "en": ("ese", "ian", "an", "ish", "i", ""),
    "fr": ("ais", "ain", "ien", "en", "e", "i", ""),
    "ru": ("ский", "ий", "ый"),
    "pt": ("ês", "ano", "ense", "o", ""),
    "es": ("és", "ano", "ense", "o", ""),
}


@cache
def _adjectives(language: str) -> tuple[tuple[str, str], ...]:
    """(lower-case adjective, party) of every state and group, in ``language`` and English."""
    found: list[tuple[str, str]] = []
    for lang in dict.fromkeys((language, "en")):
        for code, entry in (data_file("economies.yaml") or {}).items():
            found += [(a.casefold(), code) for a in ((entry.get(lang) or {}).get("adjectives") or [])]
        for group in data_file("groups.yaml"):
            party = find_party(group["party"])
            if party is not None:
                found += [(a.casefold(), party.code) for a in ((group.get(lang) or {}).get("adjectives") or [])]
    return tuple(found)


@cache
def _combining_forms(language: str) -> dict[str, str]:
    """Combining forms ("soudano", "российско", "sino") → party, in ``language`` and English: derived from
    the adjectives, plus every listed one (``gazetteer.combining_forms``, ``compound_only`` included)."""
    forms: dict[str, str] = {}
    for lang in dict.fromkeys((language, "en")):
        for adjective, code in _adjectives(lang):
            word = adjective.split()[-1]
            for ending in _ENDINGS.get(lang, ("",)):
                if word.endswith(ending) and len(word) - len(ending) >= 3 and " " not in adjective:
                    forms.setdefault(word[: len(word) - len(ending)] + ("о" if lang == "ru" else "o"), code)
    for lang in dict.fromkeys((language, "en")):
        forms.update(combining_forms(lang, compounds=True))
    return forms


_ADJECTIVE_ENDINGS = frozenset({"", "e", "ne", "s", "es", "nes"})
"""What may follow an adjective's listed form: ``(?:ne|e)?s?`` written out (no pattern compiled per adjective)."""


def _full_adjective(word: str, language: str) -> str | None:
    """The party of an adjective in any of its forms ("soudanais", "turcs", "африканского", "African")."""
    word = word.casefold()
    for adjective, code in _adjectives(language):
        if " " in adjective:
            continue
        if language == "ru" and is_cyrillic(adjective):
            stem = re.sub(r"(?:ий|ый|ой)$", "", adjective)
            if word.startswith(stem) and len(word) - len(stem) <= 3:
                return code
        elif word.startswith(adjective) and word[len(adjective) :] in _ADJECTIVE_ENDINGS:
            return code
    return None


def is_cyrillic(word: str) -> bool:
    return bool(re.match(r"[а-яё]", word, re.IGNORECASE))


def compound_mentions(text: str, language: str, taken: list[PartyMention]) -> list[PartyMention]:
    """States and groups joined in one hyphenated adjective ("les échanges turco-soudanais", "Sino-African
    trade", "российско-африканский товарооборот"): each part that names a party, when every part does."""
    forms = _combining_forms(language)
    found = []
    for match in _COMPOUND.finditer(text):
        groups = [g for g in match.groups() if g]
        # a first part is a combining form ("sino-", "turco-") or a whole adjective ("Russian-African")
        codes = [forms.get(g.casefold()) or _full_adjective(g, language) for g in groups[:-1]]
        codes.append(_full_adjective(groups[-1], language))
        if not all(codes) or len(set(codes)) < 2:
            continue
        for index, code in enumerate(codes):
            start = match.start(index + 1)
            end = match.end(index + 1)
            if not any(m.start < end and start < m.end for m in taken):
                found.append(PartyMention(code or "", start, end, text[start:end], "adjective"))
    return found
