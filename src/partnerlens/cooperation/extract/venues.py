"""Capitals named as a place, not as a side: the venue of a gathering of many states, or a body's seat (issue 11,
party precision).

A summit, a forum, a conference or a fair (``gatherings`` in ``data/lang/<language>.yaml``) meets somewhere; the
capital named as that place is where it met, not a side of what the sentence tells about two of its participants:

- governed by the gathering's noun through a place preposition or a genitive (``gathering_places``), in the same
  clause: "at the African Union summit in Addis Ababa", "au sommet de l'Union africaine à Addis-Abeba", "le forum de
  Dakar", "на саммите Африканского союза в Аддис-Абебе", "en la cumbre de la UA en Adís Abeba", "na cimeira da UA em
  Adis Abeba";
- before the gathering's noun, as its attribute: "the Dakar forum", "the Astana International Forum";
- after a place preposition in a sentence that tells a sidelines phrase ("met in Addis Ababa on Sunday, on the
  sidelines of the summit"): the meeting's place is the occasion's.

A capital told as the seat of a body ("the Abuja-based ECOWAS", "Abuja, siège de la CEDEAO", "basée à Abuja", "с
штаб-квартирой в Абудже", "con sede en Abuya": ``seat_after``, ``seat_before``) is where the body sits, not a side.

Only a capital is read so: a state named by its name or adjective ("the summit in Kenya", "the Kenyan summit") is
left to the other rules, and :func:`partnerlens.cooperation.extract.context.parties` drops a venue only when another
state of the sentence remains, so a host named again as a state, a leader or an adjective stays a side.
"""

from __future__ import annotations

import re
from functools import cache

from partnerlens.cooperation.extract.sentences import Sentence
from partnerlens.cooperation.extract.vocabulary import entries, words
from partnerlens.cooperation.gazetteer import PartyMention
from partnerlens.patterns import compiled

_GAP = 6  # words between a gathering's noun and the preposition of its place ("the summit of the African Union in")


def venue_or_seat(text: str, sentence: Sentence, mention: PartyMention, language: str) -> bool:
    """Whether a capital is named as the venue of a gathering or as a body's seat (see the module docstring)."""
    if mention.how != "capital":
        return False
    before = text[sentence.start : mention.start]
    clause = re.split(r"[,;:—–()]", before)[-1]
    governed, attribute, placed, seat_after, seat_before = _patterns(language)
    if governed.search(clause) or attribute.match(text, mention.end):
        return True
    if seat_after.match(text, mention.end) or seat_before.search(clause):
        return True
    return bool(placed.search(clause) and words("sidelines", language).search(sentence.text))


def _alternatives(name: str, language: str) -> str:
    return "|".join(f"(?:{p})" for p in entries(name, language)) or r"(?!x)x"


@cache
def _patterns(language: str) -> tuple[re.Pattern, re.Pattern, re.Pattern, re.Pattern, re.Pattern]:
    """(a gathering's noun, its words and a place preposition right before a capital; a gathering's noun right after
    it, at most two capitalised words between; a place preposition right before it; a seat after it; one before it)."""
    nouns = _alternatives("gatherings", language)
    places = _alternatives("gathering_places", language)
    noun = rf"(?<![\w-])(?:{nouns})(?![\w-])"
    governed = compiled(rf"{noun}(?:\s+[^\s,;:]+){{0,{_GAP}}}?\s*(?<!\w)(?:{places})\s*$", re.IGNORECASE)
    capitalised = r"(?-i:[A-ZÀ-ÖØ-ÞА-ЯЁ])[\w'’-]*"
    attribute = compiled(rf"(?:-|\s+)(?:{capitalised}\s+){{0,2}}{noun}", re.IGNORECASE)
    placed = compiled(rf"(?<!\w)(?:{_alternatives('place_prepositions', language)})\s*$", re.IGNORECASE)
    seat_after = compiled(rf"(?:{_alternatives('seat_after', language)})", re.IGNORECASE)
    seat_before = compiled(rf"(?<!\w)(?:{_alternatives('seat_before', language)})\s*$", re.IGNORECASE)
    return governed, attribute, placed, seat_after, seat_before


_ANTECEDENT_WORDS = 5  # words after a gathering's noun that still name it ("the summit of the African Union")


def gathering_before(text: str, language: str) -> bool:
    """Whether ``text`` ends with a gathering or a meeting of several, named by its noun and at most a few words after
    it ("the summit of the African Union", "la réunion ministérielle", "заседании комиссии"): the antecedent of a
    clause that lists its other participants (``extract/passing.py``)."""
    return bool(_gathering_end(language).search(text))


@cache
def _gathering_end(language: str) -> re.Pattern:
    nouns = _alternatives("gatherings", language) + "|" + _alternatives("gathering_meetings", language)
    return compiled(rf"(?<![\w-])(?:{nouns})(?![\w-])(?:\s+[^\s,;:]+){{0,{_ANTECEDENT_WORDS}}}\s*$", re.IGNORECASE)
