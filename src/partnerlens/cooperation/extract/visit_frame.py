"""A meeting told inside a visit's frame is an event of its own (issue 11, events found).

"During the visit he will hold talks with the president", "В ходе визита запланированы встречи министра с
президентом", "Lors de cette visite, il rencontrera le Premier ministre", "Durante a visita, o Presidente reunir-se-á
com empresários", "The programme of the visit includes meetings with the President and the Prime Minister", "O
programa da visita prevê encontros com …": the visit's word stands in an occasion reference (``occasion_refs``, the
phrase :func:`.event_sides.anaphoric` reads as the article's visit told again) or names the visit's programme
(``visit_programme``). The visit is then only the frame of the sentence; what the sentence tells is the meeting, and
the labels count talks and meetings held during a visit as events of their own (evaluation/README, "Label rules").

A visit told as the sentence's own event ("arrived in Luanda for talks", "a visit and talks") is not framed: its
talks stay the visit's unless told in a clause of their own (:func:`.legs.own_meeting`).
"""

from __future__ import annotations

import re

from partnerlens.cooperation.extract.vocabulary import words


def framed(text: str, visit: re.Match, language: str) -> bool:
    """Whether the visit's word matched at ``visit`` stands in an occasion reference or names the visit's programme
    (see the module docstring)."""
    for name in ("occasion_refs", "visit_programme"):
        if any(m.start() <= visit.start() < m.end() for m in words(name, language).finditer(text)):
            return True
    return False


def earlier(text: str, span: tuple[int, int], language: str) -> bool:
    """Whether the event's word at ``span`` stands in a reference to an earlier occasion ("during his last visit",
    "lors de sa précédente visite", "в ходе прошлого визита", "na recente visita", "en su última visita";
    ``agreement_earlier_occasion``, the phrase that keeps an agreement of that occasion apart): that is another
    visit than the article's, held before it, not the article's visit told again."""
    return any(m.start() <= span[0] < m.end() for m in words("agreement_earlier_occasion", language).finditer(text))
