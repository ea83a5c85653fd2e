"""A second event in a sentence that already tells one: a meeting with a list of counterparts of several states.

:func:`.events.events` reads one event per family and sentence, so a meeting verb or noun followed by several
counterparts ("met his Angolan counterpart, the Nigerian president and the Ghanaian president", "s'est entretenu
avec Patrice Talon, son homologue du Bénin, et avec le Gabonais Ali Bongo", "встретился с президентом Узбекистана
…, а затем и с президентом Киргизии …", "reuniu-se com o Presidente de Moçambique … e com o Presidente de Cabo Verde …")
came out as one meeting of every state named. The labels hold one bilateral meeting per counterpart's state when
the sentence tells them apart (below): :func:`per_state` splits it.

The counterparts are the meeting's states named after its word, in a list: the first within ``_LEAD_REACH`` words
of the word, the next ones each within ``_ITEM_REACH`` words of the one before, after a comma, a semicolon or a
coordination (``coordination`` in the language's YAML). The meeting's subject is the state named before the word;
when none is, the list must open with the meeting's preposition (``meeting_with``: "with", "avec", "с", "com",
"con") and the subject is the article's other side — so "talks between Kenya and Uganda" (no subject, no "with")
stays one meeting of two states. Two counterparts joined by a bare coordination ("met Tokayev and Mirziyoyev in
Moscow", "se reunió con sus pares de Cabo Verde y de Nigeria") are one meeting of three states, as the labels take
it (and ``tests/test_extract_open_classes.py`` pins); three or more, a semicolon between them, or the preposition
said again ("et avec le Gabonais …", "and with", "и с", "e com", "y con") tell meetings apart. A list of one state's people ("the President and the Prime Minister of India")
names one state and is not split, as :func:`.event_repeats.per_counterpart` already does for plural nouns; this
module reads states rather than people, so a counterpart the people list does not know still counts by the state
its title or adjective names.

The split needs at least two listed counterparts told as people met (:func:`_told_as_people`: a name or a title in
the counterpart's stretch of the list): "Kazakhstan has welcomed leaders from numerous African nations, including
Togo, …, Benin, and Rwanda" (the seed corpus) is a summary of visits, one plural title before a list of states, and
stays one. A meeting told with a time ago that gives no date (:func:`told_ago`) is another, earlier one.
"""

from __future__ import annotations

import re
from functools import cache

from partnerlens.cooperation.extract import tense
from partnerlens.cooperation.extract.context import ArticleContext, Draft, is_economy
from partnerlens.cooperation.extract.event_repeats import per_counterpart
from partnerlens.cooperation.extract.sentences import Sentence
from partnerlens.cooperation.extract.visit_frame import earlier
from partnerlens.cooperation.extract.vocabulary import alternation, event_vocabulary, words
from partnerlens.patterns import compiled

_MEETINGS = ("talks", "ministerial_meeting", "meeting")
_LEAD_REACH = 10  # words from the meeting's word to its first counterpart's state
_ITEM_REACH = 10  # words from one counterpart's state to the next one's


def per_meeting(drafts: list[Draft], sentence: Sentence, context: ArticleContext) -> list[Draft]:
    """Each draft split per counterpart: by the people a plural meeting noun lists
    (:func:`.event_repeats.per_counterpart`), else by the states a meeting's list names (:func:`per_state`)."""
    return [
        c for d in drafts for c in (per_counterpart(d, sentence, context) or per_state(d, sentence, context) or [d])
    ]


def per_state(draft: Draft, sentence: Sentence, context: ArticleContext) -> list[Draft]:
    """One copy of the meeting ``draft`` per counterpart state its list names (see the module docstring), each
    with the subject's states and that counterpart's; the later ones told as further meetings (``another``), so
    that no two of them fold into one. ``[]`` when the draft is no meeting or its sentence lists fewer than two."""
    proposal, text = draft.proposal, sentence.text
    if proposal.kind != "event" or proposal.type not in _MEETINGS or len(proposal.parties) < 3:
        return []
    start, end = tense.whole_word(text, (draft.at, draft.at))
    first: dict[str, tuple[int, int]] = {}
    for mention in sorted(context.within(context.mentions, sentence), key=lambda m: m.start):
        if mention.party in proposal.parties and is_economy(mention.party):
            first.setdefault(mention.party, (mention.start - sentence.start, mention.end - sentence.start))
    subject = [p for p in proposal.parties if p in first and first[p][0] < start]
    after = sorted((span, party) for party, span in first.items() if span[0] >= end)
    if len(after) < 2:
        return []
    lead = text[end : after[0][0][0]]
    opened = bool(words("meeting_with", context.language).search(lead))
    if len(lead.split()) > _LEAD_REACH or _BREAK.search(lead) or not (subject or opened):
        return []
    listed = [after[0][1]]
    for (span, party), (before, _) in zip(after[1:], after, strict=False):
        gap = text[before[1] : span[0]]
        if len(_WORD.findall(gap)) > _ITEM_REACH or "." in gap or not _separated(gap, context.language):
            break
        listed.append(party)
    if len(listed) < 2 or not (len(listed) > 2 or _apart(text, after[: len(listed)], context.language)):
        return []  # "met Tokayev and Mirziyoyev in Moscow": one meeting of three, as the labels take it
    if _told_as_people(after[: len(listed)], end, sentence, context) < 2:
        return []  # "welcomed leaders from many nations, including Togo, Benin and Rwanda": a list of states
    own = [p for p in proposal.parties if p not in listed]
    if not own:
        home = next((f for f in context.focus if f not in listed and is_economy(f)), None)
        if home is None:
            return []
        own = [home]
    copies = []
    for i, party in enumerate(listed):
        update = {"parties": [*own, party]}
        copy = Draft(proposal.model_copy(update=update), list(draft.evidence), draft.complete, at=draft.at)
        copy.borrowed, copy.done, copy.another = draft.borrowed, draft.done, draft.another or i > 0
        copy.scheduled, copy.day_of = draft.scheduled, draft.day_of
        copies.append(copy)
    return copies


_BREAK = compiled(r"[.;:()]")
_WORD = compiled(r"\w+")
_AGO_BEFORE, _AGO_AFTER = 8, 10  # words before / after the event's word where its time ago is looked for


def told_ago(text: str, span: tuple[int, int], language: str) -> bool:
    """Whether the event's word at ``span`` is told with a time ago (``event_time_ago``: "a year and a half ago",
    "il y a quelques mois", "полтора года назад", "há ano e meio", "hace año y medio") among the ``_AGO_BEFORE``
    words before it (within its sentence part, up to a semicolon) or the ``_AGO_AFTER`` words of its clause after
    it: an earlier occasion recalled in passing, another event than the one the article reports, even when the time
    gives no date."""
    start, end = tense.whole_word(text, span)
    lead = " ".join(text[:start].split(";")[-1].split()[-_AGO_BEFORE:])
    pattern = words("event_time_ago", language)
    return bool(pattern.search(lead) or pattern.search(tense.clause_after(text, end, _AGO_AFTER)))


_ITEM_AFTER = 4  # words after a counterpart's state where its person may still be told ("of Ghana, John Mahama")
_WORDS_AFTER = compiled(rf"(?:\W*\w+){{0,{_ITEM_AFTER}}}")
_PEOPLE = ("leader_words", "leader_roles", "minister_words", "counterpart_words")


def _told_as_people(
    listed: list[tuple[tuple[int, int], str]], end: int, sentence: Sentence, context: ArticleContext
) -> int:
    """How many listed counterparts are told as people met: a person the sentence names, or a leader's, minister's
    or counterpart's title (``leader_words``, ``leader_roles``, ``minister_words``, ``counterpart_words``), within
    the counterpart's stretch (from the previous one's state, or the meeting's word, to ``_ITEM_AFTER`` words after
    its own). "the presidents of Angola and Ghana and the Prime Minister of Togo" tells three; "welcomed leaders from
    numerous African nations, including Togo, Congo and Rwanda" one: a list of states, not of meetings."""
    text = sentence.text
    people = [(p.start - sentence.start, p.end - sentence.start) for p in context.within(context.people, sentence)]
    titles = [m.span() for name in _PEOPLE for m in words(name, context.language).finditer(text)]
    spans = people + titles
    told, begin = 0, end
    for (_start, stop), _ in listed:
        reach = stop + len(_WORDS_AFTER.match(text, stop).group(0))  # type: ignore[union-attr]
        told += any(begin <= a and b <= reach for a, b in spans)
        begin = stop
    return told


def _apart(text: str, listed: list[tuple[tuple[int, int], str]], language: str) -> bool:
    """Whether two listed counterparts are told as met apart: a semicolon between them, the meeting's preposition
    said again before the second ("et avec", "and with", "и с", "e com", "y con"), or a meeting's word again."""
    gaps = [text[a[1] : b[0]] for (a, _), (b, _) in zip(listed, listed[1:], strict=False)]
    return any(";" in gap or words("meeting_with", language).search(gap) or _met_again(gap, language) for gap in gaps)


def _met_again(gap: str, language: str) -> bool:
    """Whether a word of a meeting stands between two counterparts ("held talks with X and later met Y", "puis a
    rencontré", "а позднее встретился", "e depois encontrou-se com", "y después se reunió con"): a second meeting."""
    rules, _, _ = event_vocabulary()
    patterns = [r.patterns.get(language) or r.patterns.get("en") for r in rules if r.type in _MEETINGS]
    return any(p is not None and p.search(gap) for p in patterns)


def _separated(gap: str, language: str) -> bool:
    """Whether the text between two counterparts' states is a list's separator: a comma, a semicolon, a
    coordination ("and", "et", "и", "e", "y") or a meeting's word again ("puis a rencontré")."""
    return ("," in gap or ";" in gap) or bool(_coordination(language).search(gap)) or _met_again(gap, language)


@cache
def _coordination(language: str) -> re.Pattern:
    return compiled(rf"(?<!\w)(?:{alternation('coordination', language)})(?!\w)", re.IGNORECASE)


def told_before(text: str, span: tuple[int, int], language: str) -> bool:
    """Whether the event's word at ``span`` tells an earlier occasion: "during his last visit"
    (:func:`.visit_frame.earlier`), a time ago (:func:`told_ago`), or a visit the subject had made before
    (``had_been_words``: "had previously visited", "s'était déjà rendu", "уже бывал", "já tinha visitado")."""
    if earlier(text, span, language) or told_ago(text, span, language):
        return True
    lead = text[max(0, span[0] - _HAD_BEEN_REACH) : span[1]]
    word_start = len(lead) - (span[1] - span[0])
    return any(m.end() > word_start for m in words("had_been_words", language).finditer(lead))


_HAD_BEEN_REACH = 40  # characters before an event's word where "had previously" is looked for
