"""Economies (ISO 3166 alpha-3) and resolution of what users type.

The list of economies and their English names comes from the Growth Lab
classification in ``atlas-common-data``; variants such as "Republic of
Azerbaijan" or "Viet Nam" are resolved through ``reference/data/economy_names.tsv``
(see ``partnerlens.reference.variants``).

What users type is bounded: a name longer than ``MAX_NAME_CHARS`` is no name
(refused before any matching), and "did you mean" suggestions come from a
trigram index (:class:`NameIndex`: one pass over the input, then difflib on a
handful of short candidates), never from difflib against every name, which is
quadratic in the input's length.
"""

from __future__ import annotations

import difflib
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from typing import cast

from partnerlens.errors import UnknownPartyError
from partnerlens.reference import atlas, variants

COUNTRIES = "classification/location/country.csv"  # atlas-common-data's economies (read by reference.atlas)

# Codes the Atlas uses for things that are not economies.
_NOT_ECONOMIES = {"ANS"}
MAX_NAME_CHARS = 120  # the longest economy or group name is about 60 characters


def too_long(text: str) -> bool:
    """True when ``text`` is longer than any name could be (it is then refused without matching)."""
    return len(text) > MAX_NAME_CHARS


def _trigrams(text: str) -> set[str]:
    padded = f"  {' '.join(text.casefold().split())} "
    return {padded[i : i + 3] for i in range(len(padded) - 2)}


class NameIndex:
    """Close-match suggestions for names: a trigram index, linear in the query's length.

    Candidates sharing trigrams with the query are counted in one pass over its
    trigrams (each looked up in the index); only the best few, all short names,
    are then ranked with difflib, so the cost does not grow with the number of
    names times the query's length.
    """

    def __init__(self, names: Iterable[str]) -> None:
        self.names = list(dict.fromkeys(names))
        self._index: dict[str, list[int]] = {}
        for number, name in enumerate(self.names):
            for gram in _trigrams(name):
                self._index.setdefault(gram, []).append(number)

    def suggest(self, text: str, limit: int = 5, cutoff: float = 0.6) -> list[str]:
        text = text.strip()
        if not text or too_long(text):
            return []
        grams = _trigrams(text)
        shared = Counter(number for gram in grams for number in self._index.get(gram, ()))
        best = [self.names[n] for n, _ in shared.most_common(4 * limit)]
        return difflib.get_close_matches(text, best, n=limit, cutoff=cutoff)


@dataclass(frozen=True)
class Economy:
    """One economy: ISO3 code, short English name and official-style long name."""

    iso3: str
    name: str
    long_name: str
    iso2: str | None = None


@cache
def economies() -> dict[str, Economy]:
    """All economies by ISO3 code, in code order."""
    countries = atlas.rows(COUNTRIES, ("iso3_code", "name_short_en", "name_en", "iso2_code"))
    table = [row for row in countries if row["iso3_code"] not in _NOT_ECONOMIES]
    table.sort(key=lambda row: str(row["iso3_code"]))
    return {
        str(row["iso3_code"]): Economy(
            iso3=str(row["iso3_code"]),
            name=cast(str, row["name_short_en"]),
            long_name=cast(str, row["name_en"]),
            iso2=row["iso2_code"],
        )
        for row in table
    }


@cache
def names_index() -> dict[str, str]:
    """Lower-cased codes and names → ISO3."""
    index: dict[str, str] = {}
    for economy in economies().values():
        for key in (economy.iso3, economy.iso2, economy.name, economy.long_name):
            if key:
                index.setdefault(key.casefold(), economy.iso3)
    return index


@cache
def _variant_index() -> dict[str, str]:
    """Folded names → ISO3: codes and Atlas names first, then the packaged name variants."""
    atlas = [(e.iso3, key) for e in economies().values() for key in (e.iso3, e.iso2, e.name, e.long_name) if key]
    return variants.build_index([*atlas, *variants.packaged_variants()], economies())


def find_economy(text: str) -> str | None:
    """ISO3 code for a code or name, or None when nothing matches."""
    key = text.strip().casefold()
    if not key or too_long(key):
        return None
    if key in names_index():
        return names_index()[key]
    return variants.lookup(text, _variant_index())


def shown(text: str) -> str:
    """``text`` quoted for an error message, cut to a readable length."""
    return repr(text if len(text) <= 60 else text[:57] + "...")


@cache
def _economy_names() -> NameIndex:
    return NameIndex([e.name for e in economies().values()] + list(economies()))


def close_matches(text: str, limit: int = 5) -> list[str]:
    """Names and codes that look like ``text``, for error messages (bounded: see :class:`NameIndex`)."""
    return _economy_names().suggest(text, limit=limit)


def resolve_economy(text: str) -> Economy:
    """The economy a code or name refers to; raises UnknownPartyError with close matches."""
    code = find_economy(text)
    if code is None:
        suggestions = close_matches(text)
        hint = f" (did you mean: {', '.join(suggestions)}?)" if suggestions else ""
        raise UnknownPartyError(f"unknown economy {shown(text)}{hint}")
    return economies()[code]
