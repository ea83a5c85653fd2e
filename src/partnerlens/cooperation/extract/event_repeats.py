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

A meeting noun in the plural followed by two or more named counterparts is one meeting per counterpart
(:func:`per_counterpart`): "bilateral meetings with the President of Uzbekistan X and the Prime Minister of
Kazakhstan Y", "des entretiens avec le président malien X et avec le président nigérien Y", "встречи с президентом
Узбекистана X и премьер-министром Казахстана Y", "reuniões separadas com o primeiro-ministro X e com o presidente do
Parlamento Y" (``meeting_plurals``, ``meeting_with``). The first counterpart comes after the preposition, or after
a colon that closes the noun's phrase ("reuniones entre Sánchez y las autoridades vietnamitas: el secretario general
X, el primer ministro Y, y …"); the next ones after a comma or a coordination, perhaps with the preposition again.
After a singular meeting word, the preposition or the passive's agent said again before each counterpart tells the
meetings apart ("reuniu-se com o Presidente X e com o Primeiro-Ministro Y", "received by X and by Y";
``meeting_by``).
Each copy has its counterpart's state; a counterpart of the same state as the others, or of none known, keeps the
meeting's states — the plural says the meetings were several, whoever they were with (the labels since batch 25
hold one meeting per person met; a singular verb before a list of one state's people, "met the President and the
Prime Minister of India", stays one meeting, :mod:`.event_seconds`).

An event told with an additive adverb ("he will also meet", "s'entretiendra également avec", "será, igualmente,
recebido") is a further event, not one already told (:func:`further`, read by :func:`.merge.merge_into`), and so is
a gathering brought in with an indefinite article ("et participera à un forum économique", "will attend a business
forum", "participará num fórum"; ``indefinite_articles``): a new one, not the conference or summit told before
(:func:`introduced`).
"""

from __future__ import annotations

import re
from functools import cache

from partnerlens.cooperation.dates import DateMention
from partnerlens.cooperation.extract import tense
from partnerlens.cooperation.extract.context import ArticleContext, Draft
from partnerlens.cooperation.extract.sentences import Sentence
from partnerlens.cooperation.extract.vocabulary import alternation, language_data, words
from partnerlens.cooperation.people import PersonMention
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


_MEETINGS = ("talks", "ministerial_meeting", "meeting")
_TITLE_WORDS = 8  # words of a counterpart's title between the preposition (or the coordination) and the name
_COMMA_LIST = 3  # people in a list joined by commas alone that make it a list even with no coordination
_COLON_REACH = 80  # characters from a plural meeting noun to the colon that opens its list of counterparts


def per_counterpart(draft: Draft, sentence: Sentence, context: ArticleContext) -> list[Draft]:
    """One copy of the meeting ``draft`` per counterpart its plural noun names, or its singular word with the
    preposition said again before each (see the module docstring), the later ones told as further meetings
    (``another``); ``[]`` when fewer than two are named so. A plural noun later in the sentence than the draft's
    singular one lists meetings after the draft's own."""
    language, text = context.language, sentence.text
    if draft.proposal.kind != "event":
        return []
    start, end = tense.whole_word(text, (draft.at, draft.at))
    plural = words("meeting_plurals", language)
    at_plural, later = bool(plural.fullmatch(text[start:end])), None
    if not at_plural and draft.proposal.type in _MEETINGS:
        later = plural.search(text, end)
    people = sorted(context.within(context.people, sentence), key=lambda p: p.start)
    if at_plural or later:
        listed = _counterparts(text, later.end() if later else end, people, sentence.start, language)
    elif draft.proposal.type in _MEETINGS:  # "reuniu-se com o Presidente X e com o Primeiro-Ministro Y"
        listed = _counterparts(text, end, people, sentence.start, language, again=True)
    else:
        return []
    if len(listed) < 2:
        return []
    theirs = {p.person.party for p in listed if p.person.party}
    home = next((f for f in context.focus if f not in theirs), None)  # "He will hold meetings with …": the article's
    copies = []  # other side is the one who meets them
    for i, person in enumerate(listed):
        own = person.person.party
        sides = list(draft.proposal.parties)
        if own and len(theirs) > 1:  # counterparts of several states: each meeting has its own
            sides = [s for s in sides if s == own or s not in theirs]
        if own and own not in sides:
            sides.append(own)
        if len(sides) == 1 and home is not None:
            sides.insert(0, home)
        others = {p.person for p in listed if p is not person}
        update = {"parties": sides, "people": [p for p in draft.proposal.people if p not in others]}
        copy = Draft(draft.proposal.model_copy(update=update), list(draft.evidence), draft.complete, at=draft.at)
        copy.borrowed, copy.done, copy.another = draft.borrowed, draft.done, draft.another or i > 0 or bool(later)
        copies.append(copy)
    if later:  # "um encontro a sós com o monarca … e reuniões separadas com …": the first meeting, then the others
        met = {p.person for p in listed}
        first = draft.proposal.model_copy(update={"people": [p for p in draft.proposal.people if p not in met]})
        copies.insert(0, Draft(first, list(draft.evidence), draft.complete, at=draft.at))
        copies[0].borrowed, copies[0].done, copies[0].another = draft.borrowed, draft.done, draft.another
    return copies


def _counterparts(
    text: str, end: int, people: list[PersonMention], offset: int, language: str, again: bool = False
) -> list[PersonMention]:
    """The people listed after a plural meeting noun ending at ``end`` (sentence offsets; ``offset`` turns the
    people's article offsets into the sentence's): the first after the preposition or a colon, the next ones each
    after a comma or a coordination; with ``again``, each after a coordination and the preposition said again."""
    cursor, lead = end, _with_lead(language, again)
    colon = text.find(":", end, end + _COLON_REACH)
    named_before = any(  # "meetings with X and with Y: they discussed …" (not "reuniones entre Sánchez y …:")
        end <= p.start - offset < colon and lead.fullmatch(text[end : p.start - offset]) for p in people
    )
    if colon >= 0 and not named_before and not any(c in text[end:colon] for c in ";.!?"):
        cursor, lead = colon + 1, _colon_lead()
    listed: list[PersonMention] = []
    open_at, closed = None, False  # where a list of commas alone began; whether a coordination has ended the list
    for person in (p for p in people if p.start - offset >= cursor):
        gap = text[cursor : person.start - offset]
        if not (lead if not listed else _again_lead(language) if again else _and_lead(language)).fullmatch(gap):
            break
        if listed and not words("coordination", language).search(gap):
            if closed:  # "X, Y and Z, Prime Minister W said": the list ended at Z
                break
            open_at = len(listed) if open_at is None else open_at
        elif listed:
            open_at, closed = None, True
        listed.append(person)
        cursor = person.end - offset
    if open_at is None or len(listed) >= _COMMA_LIST:  # "встречи с премьер-министром X, министром Y, министром Z"
        return listed
    return listed[:open_at]  # "met his counterpart X, Prime Minister Y witnessed": no list until a coordination ends it


_TITLE = rf"(?:[^\s;.!?:]+\s+){{0,{_TITLE_WORDS}}}"


@cache
def _with_lead(language: str, agents: bool = False) -> re.Pattern:
    """From a meeting word to its first counterpart: an adjective at most, the preposition (with ``agents``, or the
    passive's agent: "será recebido pelo …"), the title."""
    return compiled(rf"\s+(?:[\w-]+\s+)?(?:{_prepositions(language, agents)})\s+{_TITLE}", re.IGNORECASE)


def _prepositions(language: str, agents: bool) -> str:
    with_ = alternation("meeting_with", language)
    return f"{with_}|{alternation('meeting_by', language)}" if agents else with_


@cache
def _colon_lead() -> re.Pattern:
    """From the colon that opens a list of counterparts to the first one: the title."""
    return compiled(rf"\s*{_TITLE}", re.IGNORECASE)


@cache
def _and_lead(language: str) -> re.Pattern:
    """From one counterpart to the next: a comma or a coordination (or both), perhaps the preposition again, the
    title."""
    with_ = alternation("meeting_with", language)
    joined = alternation("coordination", language)
    return compiled(rf"(?:\s*,\s*(?:(?:{joined})\s+)?|\s+(?:{joined})\s+)(?:(?:{with_})\s+)?{_TITLE}", re.IGNORECASE)


@cache
def _again_lead(language: str) -> re.Pattern:
    """From one counterpart to the next after a singular meeting word: a coordination and the preposition (or the
    passive's agent) again."""
    joined = alternation("coordination", language)
    return compiled(rf"\s*,?\s*(?:{joined})\s+(?:{_prepositions(language, True)})\s+{_TITLE}", re.IGNORECASE)


_GATHERINGS = ("forum", "summit")


def introduced(text: str, start: int, kind: str, language: str) -> bool:
    """Whether the gathering whose word starts at ``start`` comes with an indefinite article, at most one word
    before its noun ("un Forum économique", "a business forum", "um grande fórum"): a new gathering."""
    own = language_data(language).get("indefinite_articles") or []  # the language's own: Portuguese "a" is "the"
    if kind not in _GATHERINGS or not own:
        return False
    articles = "|".join(f"(?:{a})" for a in own)
    return bool(re.search(rf"(?<!\w)(?:{articles})\s+(?:[\w-]+\s+)?$", text[:start], re.IGNORECASE))
