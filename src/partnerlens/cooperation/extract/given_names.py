"""A state's name that is a person's given name: "Georgia Meloni", "Jordan Bardella", "Chad Johnson" (issue 11, party
precision, seventeenth session).

Some states' names are also given names, or a spelling of one ("Georgia" for "Giorgia"). Written right before a
surname the article names as a person — a known leader's ("Meloni") or one its people rules found — the word is the
person's first name, not the state: the surname follows it with only a space between, no comma, no conjunction. A
state named before a leader's name in a list or a headline ("Turkey, Erdogan", "Kenya: Ruto") has punctuation between
and is left alone. The person's own party comes from the surname's mention, as for any person named.
"""

from __future__ import annotations

import re

from partnerlens.cooperation.gazetteer import PartyMention

_SPACE = re.compile(r"[ \u00a0]")  # one space, as between a given name and a surname


def without_given_names(text: str, mentions: list[PartyMention], person_starts: set[int]) -> list[PartyMention]:
    """``mentions`` without a state's name written right before a person's surname (``person_starts``: where the
    people the article names begin; a person mention of ``mentions`` counts too)."""
    starts = person_starts | {m.start for m in mentions if m.how.startswith("person")}
    return [
        m
        for m in mentions
        if not (m.how == "name" and _SPACE.fullmatch(text[m.end : m.end + 1]) and m.end + 1 in starts)
    ]
