"""Name variants of economies: how people write them, folded to one key per name.

``find_economy`` used to hand unknown names to ``country_converter`` (GPL-3). It now looks names up in
``reference/data/economy_names.tsv`` (generated once by scripts/make_economy_names.py from Debian iso-codes,
the project's gazetteer and hand-written variants; provenance at the top of the file) after folding case,
accents, punctuation and articles, and after removing a form of state ("Republic of Azerbaijan").
Pure functions over plain tables; no network, no regular expressions that match anywhere in the text.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import cache
from importlib import resources

_APOSTROPHES_AND_DOTS = re.compile(r"['’ʼ`.]")
_SEPARATORS = re.compile(r"[^\w]+")
_FORMS_OF_STATE = re.compile(r"^(?:republic|kingdom|state|commonwealth|principality) of (.+)$|^(.+) republic$")


def fold(text: str) -> str:
    """The comparison key of a name: lower case, no accents, no punctuation, no "the", single spaces.

    "Côte d'Ivoire", "Cote dIvoire" and "COTE D'IVOIRE" fold alike; so do "St. Lucia" and "Saint Lucia".
    """
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    bare = _APOSTROPHES_AND_DOTS.sub("", bare.replace("&", " and "))
    words = [("saint" if word == "st" else word) for word in _SEPARATORS.sub(" ", bare).split()]
    return " ".join(word for word in words if word != "the")


def without_form_of_state(key: str) -> str | None:
    """A folded key without leading "republic of" (kingdom, state...) and trailing "republic"; None if neither."""
    stripped = key
    while match := _FORMS_OF_STATE.match(stripped):
        stripped = match.group(1) or match.group(2)
    return stripped if stripped != key else None


@cache
def packaged_variants() -> tuple[tuple[str, str], ...]:
    """(ISO3, name) pairs from reference/data/economy_names.tsv, in file order (hand-written first)."""
    text = resources.files("partnerlens.reference").joinpath("data/economy_names.tsv").read_text("utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]
    return tuple((row[0], row[1]) for row in rows[1:])


def build_index(pairs: Iterable[tuple[str, str]], known: Iterable[str]) -> dict[str, str]:
    """Folded name → ISO3 for the pairs whose code is ``known``; the first pair for a name wins."""
    codes = set(known)
    index: dict[str, str] = {}
    for code, name in pairs:
        key = fold(name)
        if key and code in codes:
            index.setdefault(key, code)
    return index


def lookup(text: str, index: dict[str, str]) -> str | None:
    """ISO3 for ``text`` in a folded index, trying it as written and then without its form of state."""
    key = fold(text)
    if key in index:
        return index[key]
    shorter = without_form_of_state(key)
    return index.get(shorter) if shorter else None
