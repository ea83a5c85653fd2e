"""Generic sector words read as another field's when that field qualifies them (issue 11, sector classes of batch
41): "technologies" names ICT alone ("cooperation in technology"), but "renewable energy technologies",
"technologies related to solar and wind", "technologies agricoles", "энергетические технологии" are the
technologies *of* energy or farming, not ICT. A generic word (``sector_generic_words`` in the language file) is
dropped from a sentence's sectors when another sector word sits in the same phrase: right before it, or right
after it through at most a few linking words ("related to", "for", "de", "в области"), with no punctuation and no
conjunction between (so "energy, mining and technology" keeps ICT as an item of its own).
"""

from __future__ import annotations

import re

from partnerlens.cooperation.extract.vocabulary import words

_GAP_WORDS = 3  # linking words allowed between a generic word and the field that qualifies it
_CONJUNCTIONS = frozenset({"and", "or", "et", "ou", "и", "или", "e", "y", "o", "as", "well"})


def qualified_generics(subject: str, found: list[tuple], language: str) -> set[int]:
    """Indexes in ``found`` ((start, end, sector, whole) of ``subject``) of generic words another field qualifies."""
    generic = words("sector_generic_words", language)
    dropped = set()
    for index, (start, end, sector, _) in enumerate(found):
        if not generic.fullmatch(subject[start:end]):
            continue
        others = [(s, e) for s, e, other, _ in found if other != sector]
        if any(_joined(subject[e:start]) for s, e in others if e <= start) or any(
            _joined(subject[end:s]) for s, e in others if s >= end
        ):
            dropped.add(index)
    return dropped


def _joined(gap: str) -> bool:
    """``gap``, the text between two sector words, keeps them in one phrase: only a few words, no punctuation and
    no conjunction."""
    if re.search(r"[^\w\s'’-]", gap):
        return False
    tokens = gap.split()
    return len(tokens) <= _GAP_WORDS and not any(t.casefold() in _CONJUNCTIONS for t in tokens)
