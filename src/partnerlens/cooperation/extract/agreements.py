"""Agreements a sentence reports: instrument, count, title (and, from :mod:`.events`, status and date).

Split out of :mod:`.events` so that agreements (instruments, counts, sectors,
status) and events (visits, meetings, dates) are worked on separately.
"""

from __future__ import annotations

import re

from partnerlens.cooperation.extract.sectors import readings as lemma_readings
from partnerlens.cooperation.extract.sentences import Sentence
from partnerlens.cooperation.extract.vocabulary import event_vocabulary, words
from partnerlens.cooperation.quantities import find_quantities

_TITLE_AGREEMENT = re.compile(
    r"(?:Agreement|Memorandum of Understanding|Memorandum|Protocol|Treaty|Joint Declaration|Roadmap|Accord|Convention)"
    r"\s+(?:on|of|for|between|concerning)\s+(?:[A-Z]?[\w-]+\s+){0,8}?(?:[A-Z][\w-]+|cooperation|services)",
)


def instrument(text: str, language: str) -> str | None:
    """The agreement instrument named first in ``text`` (memorandum, treaty, agreement, …)."""
    first = _first_instrument(text, language)
    return first[1] if first else None


def _first_instrument(text: str, language: str) -> tuple[re.Match, str] | None:
    _, instruments, _ = event_vocabulary()
    best: tuple[re.Match, str] | None = None
    for name, forms in instruments.items():
        pattern = forms.get(language) or forms.get("en")
        match = pattern.search(text) if pattern else None
        if match and (best is None or match.start() < best[0].start()):
            best = (match, name)
    return best


def _one_instrument(text: str, language: str) -> bool:
    """The first instrument is a single one: "signed a declaration", "un accord de libre-échange", "подписали
    соглашение" (Russian: the noun is singular in every reading of its case; no article to go by)."""
    first = _first_instrument(text, language)
    if first is None:
        return False
    head = first[0].group(0).split()[0]
    if language == "ru":
        readings = [r for r in lemma_readings(head) if r.tag.POS == "NOUN"]
        return bool(readings) and all(r.tag.number == "sing" and r.tag.case in ("nomn", "accs") for r in readings)
    if head.casefold().endswith(("s", "x")) or head.casefold() in ("mou",):
        return head.casefold() == "mou"
    return bool(words("one_article", language).search(text[max(0, first[0].start() - 60) : first[0].start()]))


def agreement_fields(sentence: Sentence, language: str, type_: str) -> dict:
    """Instrument, count ("five intergovernmental agreements") and title of an agreement."""
    named = instrument(sentence.text, language) or ("agreement" if type_ == "visa_agreement" else None)
    count = next(
        (
            int(q.value)
            for q in find_quantities(sentence.text)
            if q.kind == "count" and instrument(q.unit or "", language)
        ),
        1 if _one_instrument(sentence.text, language) else None,
    )
    title = _TITLE_AGREEMENT.search(sentence.text)
    return {"instrument": named, "count": count, "title": title.group(0) if title else None}
