"""Which states of an event's sentence are the sides of the event.

**Topics.** States an event's sentence names as the *topic* of the talks are not sides of them.
"Ruto held talks with Erdogan, where they discussed the situation in Sudan and Libya", "s'est entretenu avec le roi
de la situation au Mali et en Libye", "обсудили ситуацию в Судане и Ливии", "abordaram a situação na Etiópia",
"abordaron la crisis en Venezuela": the states after a topic noun (``event_topics`` in the language's YAML:
situation, crisis, conflict, war, peace, security, settlement, elections, …), joined to it and to each other only by
prepositions, articles, "and" and commas (``topic_links``), are what was discussed. So is a state's adjective right
before the noun ("the Libyan crisis", "la crise malienne", "сирийский кризис"). A state named *only* so is no party
of the event; the article's own pair, named elsewhere in the sentence, stays.

**References.** "Au cours de cette visite, il a salué le rôle du Maroc au Mali", "during the talks, Ruto praised
Turkey's investments in Somalia", "в ходе визита стороны отметили роль Турции в Сомали": an event word inside an
occasion reference (``occasion_refs``) whose phrase names no state is the article's event told again; the states of
the rest of the sentence are what was said there, so the event's sides are the article's pair
(:func:`anaphoric`), and it joins the event first told.

**Sidelines.** "En marge du sommet de l'Union africaine à Addis-Abeba, le président rwandais a rencontré son
homologue", "на полях саммита в Аддис-Абебе", "on the sidelines of the summit in Addis Ababa": the event after the
sidelines phrase (``sidelines``) is the occasion, not what the sentence reports: the meeting is (:func:`sidelined`),
and a state named only in the occasion's phrase, up to the clause's end, is no side of it (:func:`sideline_parties`).

**Relative clauses.** "Goita, who attended the Russia–Africa summit, held talks with Putin", "Goïta, qui participait
au sommet Russie-Afrique, s'est entretenu avec Poutine", "Гоита, который прибыл на саммит Россия — Африка, провёл
переговоры с Путиным": an event word inside a relative clause set off by a comma (``side_relatives``) says who a
person is; an event word of the same family in the main clause is what the sentence reports (:func:`in_relative`).

A hand-written chain rather than a parse: no dependency parser for the five languages is installed (see
:mod:`.events`), and the nouns and links are short closed lists per language.
"""

from __future__ import annotations

import re
from functools import cache

from partnerlens.cooperation.extract import tense
from partnerlens.cooperation.extract.context import ArticleContext, clear_pair, is_economy
from partnerlens.cooperation.extract.sentences import Sentence
from partnerlens.cooperation.extract.vocabulary import alternation, words
from partnerlens.cooperation.gazetteer import PartyMention
from partnerlens.patterns import compiled


@cache
def _links(language: str) -> re.Pattern:
    """A gap made only of link words, commas, apostrophes and spaces ("in", " et en ", ", ", "l'")."""
    fragments = alternation("topic_links", language)
    return re.compile(rf"(?:[\s,'’]|(?<!\w)(?:{fragments})(?=[\s,'’]|$))*", re.IGNORECASE)


def topic_parties(sentence: Sentence, context: ArticleContext) -> set[str]:
    """Parties every mention of which in ``sentence`` is a topic of the talks (see the module docstring)."""
    text, language = sentence.text, context.language
    nouns = [(m.start(), m.end()) for m in words("event_topics", language).finditer(text)]
    if not nouns:
        return set()
    mentions = sorted(context.within(context.mentions, sentence), key=lambda m: m.start)
    links = _links(language)
    topical: set[int] = set()
    for start, end in nouns:
        at = end
        for index, mention in enumerate(mentions):
            offset = mention.start - sentence.start
            if offset < at:
                if mention.how == "adjective" and not text[mention.end - sentence.start : start].strip():
                    topical.add(index)  # "the Libyan crisis"
                continue
            if not links.fullmatch(text[at:offset]) or mention.how.startswith("person"):
                break
            topical.add(index)
            at = mention.end - sentence.start
    return {
        m.party for i, m in enumerate(mentions) if i in topical and all(j in topical for j in _same(mentions, m.party))
    }


def _same(mentions: list[PartyMention], party: str) -> list[int]:
    return [i for i, m in enumerate(mentions) if m.party == party]


_OWN_WORDS = 3  # words after a referred event's word that may still name its own state ("визита в Турцию")


def anaphoric(sentence: Sentence, context: ArticleContext, span: tuple[int, int]) -> bool:
    """The event's word at ``span`` is inside an occasion reference that names no state ("during the visit",
    "lors de cette rencontre", "в ходе переговоров"), in an article about a clear pair (see the module docstring)."""
    if not clear_pair(context):
        return False
    text = sentence.text
    ref = next(
        (m for m in words("occasion_refs", context.language).finditer(text) if m.start() <= span[0] < m.end() + 1),
        None,
    )
    if ref is None:
        return False
    after = tense.clause_after(text, span[1], _OWN_WORDS)  # "during the visit to Ghana": the visit's own state
    end = span[1] + (text[span[1] :].find(after) + len(after) if after else 0)
    named = context.within(context.mentions, sentence)
    return not any(ref.start() <= m.start - sentence.start < end for m in named)


_SIDELINE_GAP = 8  # words from a sidelines phrase or a place of its occasion to the next place
_SIDELINE_WORDS = 3  # words between a sidelines phrase and the occasion's own word ("en marge du 37e sommet")
_AHEAD_WORDS = 5  # … and between the run-up to a gathering and its word ("ahead of the Shanghai Cooperation
# Organization (SCO) summit": ``occasion_ahead``, extract/venues.py)


def sidelined(text: str, start: int, language: str) -> bool:
    """The event's word starting at ``start`` names the occasion of a sidelines phrase ("on the sidelines of the
    summit", "en marge du sommet", "на полях саммита") or of the run-up to it ("ahead of the SCO summit", "à la
    veille du sommet", "накануне саммита")."""
    lead = " ".join(text[:start].split()[-_SIDELINE_WORDS - 4 :])
    found = list(words("sidelines", language).finditer(lead))
    if found and len(lead[found[-1].end() :].split()) <= _SIDELINE_WORDS:
        return True
    if not words("gatherings", language).match(text, start):  # only a gathering has a run-up ("avant la visite"
        return False  # is a time, not an occasion)
    lead = " ".join(text[:start].split()[-_AHEAD_WORDS - 3 :])  # "ahead of the Shanghai Cooperation Organization
    ahead = list(words("occasion_ahead", language).finditer(lead))  # (SCO) summit": the meeting is what is told
    return bool(ahead) and len(lead[ahead[-1].end() :].split()) <= _AHEAD_WORDS


def sideline_parties(sentence: Sentence, context: ArticleContext) -> set[str]:
    """Parties every mention of which in ``sentence`` lies in a sidelines phrase: the states after it, up to the end
    of its clause, each within a few words of the last and named after a preposition of place ("en marge du sommet
    de l'UA à Addis-Abeba", "на полях саммита в Аддис-Абебе президент Руанды": Rwanda is the subject, not the place)."""
    text, language = sentence.text, context.language
    places = words("place_prepositions", language)
    mentions = sorted(context.within(context.mentions, sentence), key=lambda m: m.start)
    inside: set[int] = set()
    for match in words("sidelines", language).finditer(text):
        at, end = match.end(), tense.clause_span(text, (match.end(), match.end()))[1]
        for index, mention in enumerate(mentions):
            offset = mention.start - sentence.start
            if offset < at:
                continue
            gap = text[at:offset].split()
            if offset >= end or len(gap) > _SIDELINE_GAP:
                break
            if not gap or not places.fullmatch(gap[-1]):
                if is_economy(mention.party):
                    break  # a state not named as a place: the clause's own ("президент Руанды")
                continue  # the occasion's group or body ("le sommet de l'Union africaine")
            inside.add(index)
            at = mention.end - sentence.start
    return {m.party for i, m in enumerate(mentions) if i in inside} - {
        m.party for i, m in enumerate(mentions) if i not in inside
    }


def in_relative(text: str, start: int, language: str) -> bool:
    """The event's word starting at ``start`` lies in a relative clause opened after a comma (", who attended the
    summit", ", qui participait au sommet", ", который прибыл на саммит") and not yet closed by another comma."""
    lead = text[:start]
    found = list(_relative_opener(language).finditer(lead))
    return bool(found) and "," not in lead[found[-1].end() :]


@cache
def _relative_opener(language: str) -> re.Pattern:
    pronouns = alternation("side_relatives", language)
    return compiled(rf",\s*(?:{pronouns})(?!\w)", re.IGNORECASE)


def descriptions(sentence: Sentence, context: ArticleContext) -> list[tuple[int, int]]:
    """(start, end), in sentence offsets, of the relative clauses that describe a person or body named in the
    sentence (", who will take office on 1 December,", ", qui a été élu en 2019,", ", который вступит в должность
    1 декабря,"): from the comma after the name to the comma that closes the clause (or the sentence's end). Their
    verbs and dates are the person's, never the event's."""
    found = []
    for end in context.described:
        if not sentence.start <= end < sentence.end:
            continue
        opened = _described_opener(context.language).match(sentence.text, end - sentence.start)
        if opened is not None:
            close = sentence.text.find(",", opened.end())
            found.append((opened.start(), close if close >= 0 else len(sentence.text)))
    return found


def blanked(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` with each of ``spans`` replaced by spaces (offsets kept)."""
    for start, end in spans:
        text = text[:start] + " " * (end - start) + text[end:]
    return text


@cache
def _described_opener(language: str) -> re.Pattern:
    pronouns = alternation("side_relatives", language)
    return compiled(rf"\s*,\s*(?:{pronouns})(?!\w)", re.IGNORECASE)
