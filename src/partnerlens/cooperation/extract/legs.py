"""A tour's later legs, told in the sentence of the current visit.

"Erdogan began a visit to Côte d'Ivoire, the first stop of a tour *which will take him to* Ghana and Nigeria",
"visite au Sénégal …, *qui a quitté Dakar hier pour se rendre* au Rwanda", "visita a Angola, etapa de uma digressão
*que o levou à* Etiópia *e termina no* Quénia": the states after an onward phrase (``onward_legs`` in the language's
YAML) are other legs of the tour, not sides of the visit the sentence reports, and each state of a stretch between two
onward phrases is a visit of its own — held when its clause is told in the past ("que o levou", "took him to"), else
planned ("conduira", "termina", "before heading to").

The visitor of a leg is the visit's side named by an adjective or a person's title ("le dirigeant chinois",
"primeiro-ministro chinês", "Turkish President"): a tour is told from the traveller's side; when that side is not
clear the legs only leave the visit, and no leg event is proposed.

A meeting told after the visit in a clause of its own ("arrived in Maputo, where he met Chapo", "est arrivé à Dakar
où il s'est entretenu avec", "прибыл в Минск, где встретился с", "chegou a Luanda, mantendo depois um encontro com")
is another event of the visit, with its own day (:func:`own_meeting`), and so is a meeting told as the visit's
purpose ("arrived in Luanda for a private meeting with his counterpart", "pour des entretiens", "для переговоров"),
and so is a meeting verb coordinated after the visit ("began his visit and met", "y se reunió"; not "a visit and
talks"): the labels count talks during a visit as an event of their own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from partnerlens.cooperation.dates import DateMention
from partnerlens.cooperation.extract import tense
from partnerlens.cooperation.extract.context import ArticleContext, Draft, is_economy
from partnerlens.cooperation.extract.sentences import Sentence
from partnerlens.cooperation.extract.tour_legs import leg_date, tour_visitor, traveller
from partnerlens.cooperation.extract.vocabulary import alternation, entries, words
from partnerlens.patterns import compiled


@dataclass(frozen=True)
class Leg:
    """States of one later leg and how its clause tells it (``held`` or ``planned``)."""

    parties: tuple[str, ...]
    status: str


def later_legs(sentence: Sentence, context: ArticleContext, span: tuple[int, int]) -> list[Leg]:
    """The legs told after the event's word at ``span`` (offsets in the sentence), or by it ("pour se rendre au
    Rwanda"), in the order written.

    A state already named before the first onward phrase (the visit's own host or the visitor) is never a leg.
    """
    language = context.language
    onward = words("onward_legs", language).finditer(sentence.text)
    starts = [m.start() for m in onward if m.end() > span[0]]  # after the word, or the word itself ("se rendre")
    if not starts:
        return []
    mentions = sorted(context.within(context.mentions, sentence), key=lambda m: m.start)
    before = {m.party for m in mentions if m.start - sentence.start < starts[0]}
    legs: list[Leg] = []
    for i, at in enumerate(starts):
        end = starts[i + 1] if i + 1 < len(starts) else len(sentence.text)
        states = [
            m.party
            for m in mentions
            if at <= m.start - sentence.start < end and m.party not in before and is_economy(m.party)
        ]
        told = tense.past(sentence.text[at:end], language) and not tense.future(sentence.text[at:end], language)
        # one visit per state of the stretch: "qui se rendra ensuite en Zambie, en Namibie et au Mozambique"
        legs.extend(Leg((state,), "held" if told else "planned") for state in dict.fromkeys(states))
    return legs


def visitor(sides: list[str], sentence: Sentence, context: ArticleContext) -> str | None:
    """The one side of the visit named by an adjective or a person's title in the sentence, else the one side the
    sentence does not name at all (taken from the article's pair: "Le Kenya est la dernière étape de la tournée de
    M. Hu, qui l'a déjà mené au Maroc": the host and the legs are named, the traveller is the other side), else None."""
    mentions = context.within(context.mentions, sentence)
    adjectival = {m.party for m in mentions if m.how in ("adjective", "person")} | {
        p.person.party for p in context.within(context.people, sentence) if p.person.party
    }
    found = [s for s in sides if s in adjectival]
    if len(found) == 1:
        return found[0]
    unnamed = [s for s in sides if s not in {m.party for m in mentions}] if not found else []
    return unnamed[0] if len(unnamed) == 1 and len(sides) > 1 else None


def leg_visitor(sides: list[str], legs: list[Leg], sentence: Sentence, context: ArticleContext) -> str | None:
    """The visitor of a tour's later legs: :func:`visitor`, else, for legs still to come, the article's traveller
    (:func:`.tour_legs.traveller`: "pour une tournée qui le conduira au Ghana" names only the legs) when it is no
    leg's state."""
    who = visitor(sides, sentence, context)
    if who is not None or any(leg.status != "planned" for leg in legs):
        return who  # legs told as past ("qui l'a déjà mené au Maroc") are a trip of their own, not guessed
    who = traveller(context)
    return None if who is None or any(who in leg.parties for leg in legs) else who


def per_host(draft: Draft, sentence: Sentence, context: ArticleContext) -> list[Draft]:
    """A visit to several states told at once ("will visit Djibouti and Ethiopia from October 3", "la tournée de
    Macron comprendra l'Indonésie et Singapour", "визит в Джибути и Эфиопию") is one visit per host, by the one
    visitor :func:`visitor` finds; a day written is the first host's, the later hosts' visits stay undated (a month or
    a year is all the hosts', :func:`.tour_legs.leg_date`).
    Only hosts named after the visit's word are split: a state named only before it is a stop already passed
    ("After Nairobi and Kampala, … on an official visit to Rwanda"); one named in the dateline too counts. A visit of two sides, or one whose visitor is not clear,
    is left as it is."""
    sides = draft.proposal.parties
    who = visitor(sides, sentence, context) if len(sides) > 2 and draft.complete else None
    if who is None and draft.complete and draft.proposal.status == "planned" and len(sides) > 1:
        # legs to come: "poursuivra sa tournée en Ouzbékistan et au Kirghizistan" (a past trip keeps its sides)
        who = tour_visitor(sides, context) if len(sides) > 2 or not set(sides) & set(context.focus) else None
    hosts = [s for s in sides if s != who and is_economy(s)]
    later = [m for m in context.within(context.mentions, sentence) if m.start - sentence.start >= draft.at]
    order = {m.party: m.start for m in reversed(later)}  # where each state is first named after the visit's word
    if who is None or len(hosts) != len(sides) - (who in sides):
        return [draft]
    if who not in sides and any(s in order for s in hosts):
        hosts = [s for s in hosts if s in order]  # "Après le Japon et la Chine, il se rendra au Vietnam": passed
    if any(s not in order for s in hosts):
        return [draft]  # a host named only before the visit's word ("After Nairobi and Kampala, … a visit to Rwanda")
    hosts.sort(key=lambda s: order[s])
    found = []
    for i, host in enumerate(hosts):
        update: dict = {"parties": [who, host]}
        if i:
            update |= leg_date(draft.proposal)
        found.append(replace(draft, proposal=draft.proposal.model_copy(update=update), evidence=list(draft.evidence)))
    return found


def own_meeting(text: str, language: str, visit_end: int, at: int) -> int | None:
    """Where the clause of the meeting word at ``at`` begins when it is told after the visit's word ending at
    ``visit_end`` in a clause of its own (a comma, ";" or a clause word of ``meeting_own_clause`` between them) or
    as the visit's purpose (``meeting_purpose`` right before it: "arrived in Luanda for a meeting with"); else
    None."""
    gap = text[visit_end:at]
    purpose = alternation("meeting_purpose", language)
    aim = re.search(rf"(?<!\w)(?:{purpose})\s+(?:\w+\s+)?$", gap, re.IGNORECASE)
    found = (
        re.search(r"[,;]", gap),
        words("meeting_own_clause", language).search(gap),
        aim,
        _and_verb(text, language, gap, at),
    )
    breaks = [m.start() for m in found if m]
    return visit_end + min(breaks) if breaks else None


def _and_verb(text: str, language: str, gap: str, at: int) -> re.Match | None:
    """A coordinating conjunction right before the meeting's word when that word is a finite verb of its own ("began
    his visit on Monday and met his counterpart", "et a rencontré", "и встретился", "e reuniu-se", "y se reunió"): a
    second clause with the same subject, so another event; "a visit and talks" (a noun) stays the visit's."""
    joined = compiled(
        rf"(?<!\w)(?:{'|'.join(f'(?:{p})' for p in entries('coordination', language)) or '(?!x)x'})\s+(?:[\w'’]+\s+)?$",
        re.IGNORECASE,
    ).search(gap)
    if joined is None:
        return None
    verb = _VERB_WORDS.match(text, at)
    told = gap[joined.start() :] + (verb.group(0) if verb else "")
    return joined if tense.past(told, language) or tense.future(told, language) else None


# the meeting's word, with a reflexive pronoun before it ("se reunió")
_VERB_WORDS = compiled(r"(?:s[e'’]\s*)?[\w'’-]+")


def own_day(draft: Draft, dates: list[DateMention], sentence: Sentence, clause: int) -> Draft:
    """A meeting told after its visit takes the day written in its own clause (from offset ``clause`` on: "arrived
    on Monday, where he met X on Tuesday"), when there is one."""
    own = [d for d in dates if d.value and d.precision == "day" and d.start - sentence.start > clause]
    if own:
        day = min(own, key=lambda d: abs(d.start - sentence.start - draft.at))
        draft.proposal = draft.proposal.model_copy(update={"date": day.value, "date_precision": "day"})
    return draft
