"""A meeting told with a list of counterparts of several states is one meeting per counterpart.

"Le président s'est entretenu avec Patrice Talon, son homologue du Bénin, et avec le Gabonais Ali Bongo", "the Prime
Minister met President A of Benin; President B of Senegal and Vice President C of Côte d'Ivoire", "президент
встретился с лидерами Мозамбика, Бурунди и Уганды", "reuniu-se com o Presidente de Angola e com o de Cabo Verde",
"se reunió con el presidente de Ghana y con el de Togo": on a summit's sidelines, or during a tour, each counterpart is
a bilateral meeting with the one who met them, as a reader (and the set's labels) take it.

The list is read from the event's word on: the states the sentence names after it, each joined to the one before by a
list separator (a comma, a semicolon or a coordination, ``coordination`` in the language's YAML) within a few words
(a counterpart's title and name stand between). A gap with no separator ends the list ("… of Côte d'Ivoire on the
sidelines of the meeting in Gandhinagar"). The one who met them is the event's other states; when there is none,
the article's most named state not in the list. Nothing is split when the sentence says the meeting was joint
(``meeting_joint``: "trilateral", "tripartite", "ensemble", "трёхсторонн…", "conjunta"), when the list names fewer
than two states, or when nobody is left to have met them ("talks between Benin, Togo and Ghana").

:func:`.event_repeats.per_counterpart` reads the plural noun followed by named people; this module reads the rest:
verbs and singular nouns, and counterparts named by their state only. A hand-written chain rather than a parse (see
:mod:`.events`).
"""

from __future__ import annotations

import re
from functools import cache

from partnerlens.cooperation.extract import tense
from partnerlens.cooperation.extract.context import ArticleContext, Draft, is_economy
from partnerlens.cooperation.extract.sentences import Sentence
from partnerlens.cooperation.extract.vocabulary import alternation, words

_MEETING_TYPES = ("talks", "meeting", "ministerial_meeting")
_GAP_WORDS = 12  # words between two listed states at most (a counterpart's title and name)


@cache
def _separator(language: str) -> re.Pattern:
    return re.compile(rf"[,;]|(?<!\w)(?:{alternation('coordination', language)})(?!\w)", re.IGNORECASE)


def listed_states(sentence: Sentence, context: ArticleContext, after: int, among: list[str]) -> list[str]:
    """The states of ``among`` the sentence lists from offset ``after`` on, in order (see the module docstring)."""
    text, separator = sentence.text, _separator(context.language)
    mentions = sorted(
        (m for m in context.within(context.mentions, sentence) if m.start - sentence.start >= after),
        key=lambda m: m.start,
    )
    listed: list[str] = []
    cursor = after
    for mention in mentions:
        gap = text[cursor : mention.start - sentence.start]
        if len(gap.split()) > _GAP_WORDS or re.search(r"[.!?]\s", gap):
            break
        if mention.party not in among:
            if not is_economy(mention.party):  # a group in a title ("the leaders of the Africa nations of Benin")
                cursor = mention.end - sentence.start
                continue
            break
        if listed and mention.party != listed[-1] and not separator.search(gap):
            break
        if mention.party not in listed:
            listed.append(mention.party)
        cursor = mention.end - sentence.start
    return listed


def per_listed(draft: Draft, sentence: Sentence, context: ArticleContext) -> list[Draft]:
    """One copy of the meeting ``draft`` per state it lists after its word (module docstring), each with the one who
    met them, the later ones told as further meetings (``another``); ``[]`` when there is no such list."""
    proposal, language = draft.proposal, context.language
    if proposal.kind != "event" or proposal.type not in _MEETING_TYPES or len(proposal.parties) < 3:
        return []
    if words("meeting_joint", language).search(sentence.text):
        return []
    _, end = tense.whole_word(sentence.text, (draft.at, draft.at))
    listed = listed_states(sentence, context, end, [p for p in proposal.parties if is_economy(p)])
    if len(listed) < 2:
        return []
    hosts = [p for p in proposal.parties if p not in listed]
    if not hosts:
        hosts = [f for f in context.focus[:1] if f not in listed and is_economy(f)]
    if not hosts:
        return []
    copies = []
    for i, state in enumerate(listed):
        copy = Draft(
            proposal.model_copy(update={"parties": [*hosts, state]}), list(draft.evidence), draft.complete, at=draft.at
        )
        copy.borrowed, copy.done, copy.another = draft.borrowed, draft.done, draft.another or i > 0
        copy.day_of, copy.scheduled = draft.day_of, draft.scheduled
        copies.append(copy)
    return copies
