"""Two events told in one sentence: an event noun with coordinated dates of its own, or the same event noun twice,
each with its own date.

:func:`.events.events` reads one event per family and sentence, which keeps "the visit … during the visit" one
event. Grammar tells two apart when each has a date of its own:

- coordinated dates after one event noun ("the Russia–Africa summits in 2019 and 2023", "les sommets de 2019 et
  2023", "саммиты в 2019 и 2023 годах"): two dates of one precision joined by a coordinating conjunction
  (``coordination`` in the language's YAML), with at most a preposition between — one event per date
  (:func:`coordinated_dates`). Days are left alone: "les 9 et 10 juin" is one event of two days, and the date
  parser reads it as one mention anyway.
- the same event noun again, further on, whose nearest date differs from the first one's ("a business summit on 21
  October and a partnership summit on 17 December") — each noun is an event (:func:`repeated`). A noun told again
  with the same date or none ("the summit … at the summit") stays the first event.
- the two formats of one round of talks: the leaders alone, then with their delegations ("met one-on-one, then
  held talks in an expanded format", "se sont entretenus en tête-à-tête avant d'élargir les discussions aux
  délégations", "провели переговоры в узком, а затем в расширенном составе"; ``format_restricted`` before
  ``format_expanded`` in the language's YAML): the meeting and the delegations' talks (:func:`two_formats`).

An event told with an additive adverb ("he will also meet", "s'entretiendra également avec", "será, igualmente,
recebido") is a further event, not one already told (:func:`further`, read by :func:`.merge.merge_into`).
"""

from __future__ import annotations

import re
from functools import cache

from partnerlens.cooperation.dates import DateMention
from partnerlens.cooperation.extract import tense
from partnerlens.cooperation.extract.context import Draft
from partnerlens.cooperation.extract.sentences import Sentence
from partnerlens.cooperation.extract.vocabulary import language_data, words
from partnerlens.patterns import compiled

_DATED = ("year", "month")  # precisions whose coordination names distinct occasions


@cache
def _joined(language: str) -> re.Pattern:
    """The text between two coordinated dates: a comma, a conjunction, at most one short preposition ("and in")."""
    words = language_data(language).get("coordination") or []
    conjunctions = "|".join(f"(?:{w})" for w in words) or r"(?!x)x"
    return compiled(rf"^\s*,?\s*(?:{conjunctions})\s+(?:\w{{1,3}}\s+)?$", re.IGNORECASE)


def coordinated_dates(draft: Draft, sentence: Sentence, dates: list[DateMention], language: str) -> list[Draft]:
    """A copy of ``draft`` for each date coordinated after its own (see the module docstring), in text order."""
    proposal = draft.proposal
    if proposal.kind != "event" or proposal.date is None or proposal.date_precision not in _DATED:
        return []
    dated = sorted((d for d in dates if d.value is not None), key=lambda d: d.start)
    own = next(
        (i for i, d in enumerate(dated) if d.value == proposal.date and d.precision == proposal.date_precision), None
    )
    if own is None:
        return []
    copies, last = [], dated[own]
    for mention in dated[own + 1 :]:
        between = sentence.text[last.end - sentence.start : mention.start - sentence.start]
        if mention.precision != last.precision or mention.value == last.value or not _joined(language).search(between):
            break
        update = {"date": mention.value, "date_precision": mention.precision}
        copies.append(Draft(proposal.model_copy(update=update), list(draft.evidence), draft.complete, at=draft.at))
        last = mention
    return copies


_OWN_DATE_REACH = 3  # words between an event's word and the date that follows it in its own phrase ("forum on 20 May")


def repeated(pattern: re.Pattern, match: re.Match, sentence: Sentence, dates: list[DateMention]):
    """The further matches of the event's word after ``match`` in the sentence, each with the date that follows
    it in its own phrase (at most ``_OWN_DATE_REACH`` words, no comma or semicolon between: "an investment forum
    on 20 September", "un forum le 20 septembre", "форум 20 сентября"); a match with no such date is skipped, as
    the same event told again."""
    found = []
    for again in pattern.finditer(sentence.text, match.end()):
        after = [d for d in dates if d.value is not None and d.start - sentence.start >= again.end()]
        own = min(after, key=lambda d: d.start, default=None)
        if own is None:
            continue
        between = sentence.text[again.end() : own.start - sentence.start]
        if len(between.split()) <= _OWN_DATE_REACH and not _BREAK.search(between):
            found.append((again, own))
    return found


_BREAK = compiled(r"[,;:()]")


_MEETINGS = ("talks", "ministerial_meeting", "meeting")


def two_formats(drafts: list[Draft], sentence: Sentence, language: str) -> list[Draft]:
    """The delegations' talks as an event of their own beside the sentence's meeting, when the sentence tells a
    restricted format and then an expanded one (see the module docstring); folds into no other event."""
    restricted = words("format_restricted", language).search(sentence.text)
    expanded = words("format_expanded", language).search(sentence.text)
    if restricted is None or expanded is None or restricted.start() > expanded.start():
        return []
    meeting = next((d for d in drafts if d.proposal.kind == "event" and d.proposal.type in _MEETINGS), None)
    if meeting is None:
        return []
    talks = Draft(meeting.proposal.model_copy(update={"type": "talks"}), list(meeting.evidence), meeting.complete)
    talks.at, talks.another, talks.done = expanded.start(), True, meeting.done
    return [talks]


_FURTHER_REACH = 4  # words before the event's word where an additive adverb governs it ("will also hold meetings")


def further(text: str, span: tuple[int, int], language: str) -> bool:
    """An additive adverb in the clause right before the event's word ("Duque también mantendrá reuniones con
    empresarios", "il s'est aussi entretenu avec", "он также встретился с"), set off by commas right before it
    ("será, igualmente, recebido em audiência"), or right after the event's own verb ("s'entretiendra également
    avec", "se reunirá también con", "встретится также с": :func:`_also_after`) tells a further event, not the
    article's event told again — unless the word is one of discussion ("the two leaders also discussed …": the
    talks' topics). The additive adverbs are ``agreement_also``, shared with further batches of agreements."""
    also = words("agreement_also", language)
    lead = tense.clause_before(text, span[0], _FURTHER_REACH)
    aside = _ASIDE.search(text[: span[0]])
    if not (
        also.search(lead) or (aside and also.fullmatch(aside.group(1).strip())) or _also_after(text, span, language)
    ):
        return False
    return not words("discussion_words", language).search(text[span[0] : tense.whole_word(text, span)[1]])


_ASIDE = compiled(r",([^,;]{1,24}),\s*(?:[\w'’-]+\s+){0,1}$")  # ", igualmente, recebido": the adverb between commas


def _also_after(text: str, span: tuple[int, int], language: str) -> bool:
    """The event's word is a verb in the future or the past ("s'entretiendra", "se reunirá", "встретится", "a
    rencontré") and the next word is an additive adverb: a further meeting. After a noun ("la rencontre a également
    permis", "встреча также была посвящена") the adverb tells more of the same event, so a verb's form is required."""
    start, end = tense.whole_word(text, span)
    following = text[end:].split()[:1]
    if not following or not words("agreement_also", language).fullmatch(following[0].strip(",.;")):
        return False
    verb = " ".join([*text[:start].split()[-2:], text[start:end]])  # "s'est entretenu", "a rencontré"
    return tense.future(text[start:end], language) or tense.past(verb, language)
