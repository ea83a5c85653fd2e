"""A generic instrument word restated by a named instrument after a dash or colon: "one more important document to
sign — the Agreement between the railways …", "un autre document : l'accord sur …", "ещё один документ — соглашение
о …", "документ – План практических действий". One instrument told twice, not two; the named one is what was
signed. Split from :mod:`.agreements`, which reads a sentence's instruments.
"""

from __future__ import annotations

import re

from partnerlens.cooperation.extract.vocabulary import words
from partnerlens.cooperation.quantities import find_quantities

_DASH = re.compile(r"[,\s]*[-–—:]\s*$")


def restated(text: str, generic: re.Match, named: re.Match, language: str, plural: bool) -> bool:
    """The instrument at ``named`` restates the single generic one at ``generic`` (``instrument_generic`` in the
    language file; ``plural``: the generic noun is plural, which opens a list instead), with only a dash or colon
    and the generic's own clause between them; a counted generic word opens a list too ("три документа: меморандум
    …", "two documents: a memorandum …")."""
    if plural or not words("instrument_generic", language).fullmatch(generic.group(0)):
        return False
    lead = text[max(0, generic.start() - 30) : generic.end()]
    if any(q.kind == "count" and (q.value or 0) >= 2 for q in find_quantities(lead)):
        return False
    between = text[generic.end() : named.start()]
    return bool(_DASH.search(between)) and not re.search(r"[.;]", between)
