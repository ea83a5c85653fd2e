"""How a claim was read, and how sure that reading is.

Extraction may say how it read a figure (:class:`partnerlens.cooperation.models.Reading`
on the proposal: parties from the sentence or from context, year stated or
inferred, currency converted, a confidence). When it does not, the checker
derives what it can from the claim's own sentence:

* ``parties_from`` — ``sentence`` when every party of the claim is named in its
  sentence (names, adjectives, capitals, groups: the gazetteer), ``context``
  when some are not (taken from earlier sentences or the article's main
  states), ``none`` without parties;
* ``year_from`` — ``stated`` when the year is written in the sentence,
  ``context`` when it came from elsewhere (a date earlier in the text, the
  publication date), ``none`` when the claim has no year (the latest year of
  the data is assumed);
* ``confidence`` — 1 minus a penalty per inference (:data:`PENALTIES`).

A reading with confidence below :data:`LOW_CONFIDENCE` is *low-confidence*: its
verdict is never shown bare ("consistent (low-confidence reading: year
inferred)"), because a misread party or year decides the verdict as surely as
the data do.
"""

from __future__ import annotations

from partnerlens.cooperation.gazetteer import find_party_mentions
from partnerlens.cooperation.models import PartiesFrom, Proposal, Reading, YearFrom
from partnerlens.errors import PartnerlensError
from partnerlens.reference import resolve_party

LOW_CONFIDENCE = 0.6
PENALTIES = {
    ("parties", "context"): 0.25,
    ("parties", "none"): 0.5,
    ("year", "range"): 0.05,
    ("year", "context"): 0.2,
    ("year", "publication"): 0.3,
    ("year", "none"): 0.3,
    ("currency", "converted"): 0.1,
}
_NOTES = {
    ("parties", "context"): "parties from context",
    ("parties", "none"): "no party named",
    ("year", "range"): "year from a range",
    ("year", "context"): "year inferred",
    ("year", "publication"): "year from the publication date",
    ("year", "none"): "no year stated",
    ("currency", "converted"): "currency converted",
}


def _codes(code: str) -> set[str]:
    """A party code and, for a group, its members (a sentence may name a member for the group)."""
    try:
        party = resolve_party(code)
    except PartnerlensError:  # an unknown code is simply not found in the sentence
        return {code}
    return {party.code, *party.members}


def _parties_from(parties: list[str], sentence: str, language: str = "en") -> PartiesFrom:
    if not parties:
        return "none"
    named = {m.party for m in find_party_mentions(sentence, language)}
    found = [p for p in parties if _codes(p) & named or p in named]
    return "sentence" if len(found) == len(parties) else "context"


def _year_from(year: int | None, sentence: str) -> YearFrom:
    if year is None:
        return "none"
    return "stated" if str(year) in sentence else "context"


def score(parties_from: str, year_from: str, currency_converted: bool = False) -> tuple[float, list[str]]:
    """Confidence and notes for a reading with these inferences."""
    keys = [("parties", parties_from), ("year", year_from)] + (
        [("currency", "converted")] if currency_converted else []
    )
    found = [k for k in keys if k in PENALTIES]
    confidence = max(0.0, 1.0 - sum(PENALTIES[k] for k in found))
    return round(confidence, 2), [_NOTES[k] for k in found]


def derive(parties: list[str], year: int | None, sentence: str, *, counted: bool = False) -> Reading:
    """The reading of a claim whose extraction said nothing about how it read it.

    ``counted``: a registry count (its year is that of the occasion, so a year
    taken from context is ordinary there and only its absence costs).
    """
    parties_from = _parties_from(parties, sentence)
    year_from = _year_from(year, sentence)
    if counted and year_from == "context":
        year_from = "stated"
    confidence, notes = score(parties_from, year_from)
    return Reading(parties_from=parties_from, year_from=year_from, confidence=confidence, notes=notes)


_PARTIES_ORDER = ("sentence", "context", "none")  # most certain first
_YEAR_ORDER = ("stated", "range", "context", "publication", "none")


def reading_of(proposal: Proposal, parties: list[str], year: int | None, *, counted: bool = False) -> Reading:
    """Extraction's reading checked against the sentence: the more cautious of the two.

    Extraction knows what it carried from context; :func:`derive` sees whether
    the resolved parties and year are written in the claim's own sentence. When
    the sentence says less than extraction claims, the reading takes the less
    certain origin, the lower confidence and both sets of notes.
    """
    derived = derive(parties, year, proposal.evidence.text, counted=counted)
    given = proposal.reading
    if given is None:
        return derived
    if derived.confidence >= given.confidence:
        return given
    return given.model_copy(
        update={
            "parties_from": max(given.parties_from, derived.parties_from, key=_PARTIES_ORDER.index),
            "year_from": max(given.year_from, derived.year_from, key=_YEAR_ORDER.index),
            "confidence": derived.confidence,
            "notes": [*given.notes, *(n for n in derived.notes if n not in given.notes)],
        }
    )


def is_low(reading: Reading | None) -> bool:
    """Whether a verdict on this reading must be shown as low-confidence."""
    return reading is not None and reading.confidence < LOW_CONFIDENCE


def low_note(reading: Reading | None) -> str:
    """What made a reading uncertain, in a few words ("year inferred; parties from context")."""
    if reading is None:
        return ""
    return "; ".join(reading.notes) or f"confidence {reading.confidence:.2f}"
