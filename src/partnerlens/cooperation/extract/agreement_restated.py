"""A generic instrument word restated by a named instrument after a dash or colon: "one more important document to
sign — the Agreement between the railways …", "un autre document : l'accord sur …", "ещё один документ — соглашение
о …", "документ – План практических действий". One instrument told twice, not two; the named one is what was
signed. Also an instrument told before and named again only to add another: "besides this agreement, a memorandum
was signed", "outre cet accord", "помимо этого соглашения", "além deste acordo", "además de este acuerdo"
(``agreement_besides``): the other is what the sentence tells. Split from :mod:`.agreements`, which reads a
sentence's instruments.
"""

from __future__ import annotations

import re

from partnerlens.cooperation.extract.vocabulary import event_vocabulary, words
from partnerlens.cooperation.quantities import find_quantities

_BETWEEN = re.compile(r"[\s'’]*(?:[\w-]+\s+){0,2}")  # "besides this trade agreement", "outre l'accord"
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


def told_before(text: str, language: str) -> str:
    """``text`` with each instrument led by the language's ``agreement_besides`` ("besides this agreement", "outre
    cet accord", "помимо этого соглашения") blanked with its lead (same length, so positions hold): one told
    before, named only to add another."""
    leads = words("agreement_besides", language)
    _, instruments, _ = event_vocabulary()
    for lead in leads.finditer(text):
        forms = (f.get(language) or f.get("en") for f in instruments.values())
        found = [m for pattern in forms if pattern for m in [pattern.search(text, lead.end())] if m]
        found = [m for m in found if _BETWEEN.fullmatch(text, lead.end(), m.start())]  # its own adjectives only
        if found:
            end = max(m.end() for m in found)
            text = text[: lead.start()] + " " * (end - lead.start()) + text[end:]
    return text
