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


def without_given_names(text: str, mentions: list[PartyMention], people: dict[int, int]) -> list[PartyMention]:
    """``mentions`` without a state's name written right before a person's surname (``people``: where each person
    the article names begins, and ends; a person mention of ``mentions`` counts too). The person must be named by
    one word there: in "Президент Кении Уильям Руто" the state (a genitive after a title) is followed by a whole
    name, given name first, and stays the state."""
    ends = people | {m.start: m.end for m in mentions if m.how.startswith("person")}
    return [
        m
        for m in mentions
        if not (m.how == "name" and _SPACE.fullmatch(text[m.end : m.end + 1]) and _surname(text, m.end + 1, ends))
    ]


def _surname(text: str, start: int, ends: dict[int, int]) -> bool:
    """Whether a person named by one word (a surname alone) begins at ``start``."""
    return start in ends and not re.search(r"\s", text[start : ends[start]].strip())
