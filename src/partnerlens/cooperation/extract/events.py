"""Events and agreements a sentence reports, with their status and date precision (which event words it holds,
negated or hedged, is :mod:`.event_words`).

A type (``event_types.yaml``) needs the states its kind implies (a visit has a
visitor and a host). Status: a sentence in the future or conditional ("set to
visit", "se rendra", "посетит") reports a *planned* event, and an agreement
still to be signed ("agreements to be signed", "signeront", "подпишут") is
*announced*, as in the registry's ``AGREEMENT_STATUSES``; "announced" words
make an event announced; otherwise an event was *held* and an agreement *signed*. Planned events keep their
date (the date they are planned for) and never count as having happened.

Only the words around the event's own word decide its status (:func:`around`), a hand-written window rather
than a parse of the clause: no dependency parser for the five languages is installed (spaCy or Stanza would
need models of several hundred MB per language), and a window of twelve words before and ten after (cut at
";", and after the word at a comma) separates "Speaking at the Joint Committee, he said the agreement … will boost trade" (held)
from "the visit is scheduled for April" (planned). Dates themselves are parsed with ``dateparser`` and the
month and weekday words of :mod:`partnerlens.cooperation.date_words`.
"""

from __future__ import annotations

import re
from typing import cast

from partnerlens.cooperation.extract import tense
from partnerlens.cooperation.extract.agreement_scope import agreement_sides
from partnerlens.cooperation.extract.agreements import agreement_drafts, instrument
from partnerlens.cooperation.extract.context import ArticleContext, Draft, clear_pair, evidence, is_economy, parties
from partnerlens.cooperation.extract.event_dates import day_of, event_date, ongoing, settle, told_done
from partnerlens.cooperation.extract.event_dispatch import put_off
from partnerlens.cooperation.extract.event_generic import in_activity_list
from partnerlens.cooperation.extract.event_repeats import (
    coordinated_dates,
    further,
    introduced,
    per_counterpart,
    repeated,
    two_formats,
)
from partnerlens.cooperation.extract.event_seconds import per_meeting, told_before
from partnerlens.cooperation.extract.event_sides import (
    anaphoric,
    blanked,
    descriptions,
    sideline_parties,
    topic_parties,
)
from partnerlens.cooperation.extract.event_words import VISITS, family_of, hedged, matched_types, rule_pattern
from partnerlens.cooperation.extract.legs import Leg, later_legs, leg_visitor, own_day, own_meeting, per_host
from partnerlens.cooperation.extract.sectors import sectors
from partnerlens.cooperation.extract.sentences import Sentence
from partnerlens.cooperation.extract.tour_legs import leg_date
from partnerlens.cooperation.extract.visit_frame import framed
from partnerlens.cooperation.extract.vocabulary import TypeRule, any_language, words
from partnerlens.cooperation.models import DatePrecision, Proposal
from partnerlens.cooperation.people import PersonMention

_FORUM_NAME = re.compile(r"(?:[A-Z][\w-]*\s+){1,5}(?:Forum|Summit|Conference|Expo|Exhibition|Week)")


def planned(text: str, language: str) -> bool:
    """Whether the sentence speaks of what is to come ("will", "set to", "se rendra", "посетит")."""
    return bool(words("planned", language).search(text))


def status(text: str, language: str, kind: str, span: tuple[int, int] | None = None) -> str:
    """planned (an event to come), announced (an agreement to be signed, as in ``AGREEMENT_STATUSES``, or
    announcement words), or what the sentence reports as done: held for an event, signed for an agreement.

    With ``span`` (the event's word) only the words around it count (see :func:`around`): a future verb in its clause, or a word that puts it ahead
    (:func:`.tense.to_come_at`: "effectuera", "посетит", "realizará", "next week"), "planned"
    words before it or with it ("set to visit", "doit effectuer une visite", "посетит"), "planned_after"
    words after it ("the visit is scheduled", "la visite aura lieu", "визит запланирован"); "announced" words
    before it, "announced_after" ones after it ("the visit was announced by …")."""
    before, after = tense.around_own(text, span, language) if span else (text, text)
    before = (tense.after_sequence(text, span, language) if span and kind == "event" else None) or before
    ahead = span is not None and kind == "event" and tense.to_come_at(text, span, language)
    if span is not None:
        before = tense.after_occasion(before, language)
    invited = span is not None and bool(
        words("planned_invitation", language).search(before) or words("planned_purpose", language).search(before)
    )  # "invited him to visit", "afin qu'il effectue une visite", "para que realice una visita": not yet done
    reported = span is not None and kind == "event" and tense.reported_future(before, language)
    reported = reported or (span is not None and kind == "event" and tense.intended(text, span, language))
    if ahead or invited or reported or planned(before, language) or words("planned_after", language).search(after):
        return "announced" if kind == "agreement" else "planned"
    if words("announced", language).search(before) or words("announced_after", language).search(after):
        return "announced"
    if kind == "event" and span is not None and tense.programme_item(text, language):
        return "planned"  # "au programme du séjour, un entretien": an item of a visit's programme
    return "signed" if kind == "agreement" else "held"


def _needs_met(
    rule: TypeRule, parties_: list[str], people: list[PersonMention], sentence: Sentence, language: str
) -> bool:
    leader_roles, minister_words = any_language("leader_roles"), any_language("minister_words")
    for need in rule.needs:
        if need == "party" and not parties_:
            return False
        if need == "two_parties" and len(parties_) < 2:
            return False
        if need == "instrument" and not instrument(sentence.text, language):
            return False
        leaders = any(leader_roles.search(p.person.role or "") for p in people)
        if need == "minister" and (
            leaders
            or not (
                any(minister_words.search(p.person.role or "") for p in people)
                or words("minister_words", language).search(sentence.text)
            )
        ):
            return False  # a meeting with a head of state or government is "talks"
        if need == "leader" and not (leaders or words("leader_words", language).search(sentence.text)):
            return False
    return True


def events(sentence: Sentence, context: ArticleContext) -> list[Draft]:
    """The events and agreements a sentence reports: per family the first type (most specific) whose needs
    are met; a meeting in a sentence that reports a visit is the visit, and the plain ``meeting`` type is read
    only when no other event is. A visit or signing with one state known is kept only to join a fuller
    proposal of the article (``complete=False``). A visit, meeting or commission that names no state at all
    ("Накануне во Дворце Независимости прошли переговоры", "the two leaders reviewed the visit") is between
    the article's two sides when the article has a clear pair (``Draft.borrowed``)."""
    matched = matched_types(sentence, context.language)
    if not matched:
        return []
    dates = context.within(context.dates, sentence)
    dated = any(d.value for d in dates)
    named = parties(sentence, context)
    sides_named = _without_topics(named, sentence, context)
    paired = sides_named  # a visit or meeting of one named state is with the article's other side
    borrowed = not sides_named and clear_pair(context)
    if borrowed:
        paired = list(context.focus)
    elif len(sides_named) == 1 and sides_named[0] in context.focus and clear_pair(context):
        paired = sides_named + [p for p in context.focus if p != sides_named[0]]
    people = context.within(context.people, sentence)
    drafts: list[Draft] = []
    families: set[str] = set()
    frame = any(family_of(r) == "visit" and framed(sentence.text, m, context.language) for r, m in matched)
    first_visit = min((m for r, m in matched if family_of(r) == "visit"), key=_at, default=None)
    business = [m.span() for r, m in matched if r.type == "business_meeting"]
    for rule, match in matched:
        family = family_of(rule)
        if family in families:  # a meeting beside a visit: kept or dropped by where it is told (below)
            continue
        if family == "meeting" and any(lo <= match.start() < hi for lo, hi in business):
            continue  # "will meet with Ethiopian business leaders": the business meeting, no talks beside it
        if (  # "during the visit, meetings with"; not "began his visit and met his counterpart" (a clause of its own)
            rule.type == "meeting"
            and families - {"agreement"}
            and not frame
            and not _own_clause_after(first_visit, match, sentence, context.language)
        ):
            continue
        if hedged(sentence, context.language, match.span()) and not dated:
            continue
        if rule.kind == "event" and not dated and in_activity_list(sentence.text, match.span(), context.language):
            continue  # "through trade fairs, exhibitions and forums": kinds of activity, no occasion
        # a welcome ceremony is the host's and the guest's: the one state it names is with the article's other side
        # (one that names none stays unread: a protocol detail of the visit)
        # and a signing ceremony (need ``pair``) is the pair's like a visit, named or not
        as_pair = family == "ceremony" and bool(sides_named) or "pair" in rule.needs
        sides = paired if family in ("visit", "meeting", "intergovernmental_commission") or as_pair else sides_named
        before = rule.kind == "event" and told_before(sentence.text, match.span(), context.language)  # "last visit"
        told_again = not before and family in ("visit", "meeting", "intergovernmental_commission")
        told_again = told_again and anaphoric(sentence, context, match.span())
        if told_again:  # "au cours de cette visite, il a salué le rôle du Maroc au Mali": the article's event
            sides = list(context.focus)
        elif family in ("visit", "meeting"):
            sides = _with_counterpart(sides, sentence, context)
        legs = later_legs(sentence, context, (match.end(), match.end())) if family == "visit" else []
        if legs:  # "… a tour which will take him to Ghana": Ghana is another leg, not a side of this visit
            sides = [s for s in sides if not any(s in leg.parties for leg in legs)]
            if len(sides) == 1 and sides[0] in context.focus and clear_pair(context):  # "X est la dernière étape
                sides = sides + [p for p in context.focus if p != sides[0]]  # de la tournée de M. Hu": his side
            sides = sides or [who for who in [leg_visitor([], legs, sentence, context)] if who]  # legs alone
        if family == "agreement":
            sides = agreement_sides(named, context)
        complete = _needs_met(rule, sides, people, sentence, context.language)
        if not complete and not (rule.type in VISITS + ("agreement_signing",) and len(sides) == 1):
            continue
        families.add(family)
        draft = _event_draft(rule, match, sentence, context, sides, people, dates, complete=complete)
        draft.borrowed = (borrowed and sides is paired) or told_again
        if draft.borrowed and draft.proposal.date is not None and _told_occurring(sentence.text, match.span(), context):
            draft.borrowed = False  # "The talks took place on 3 March": the article's event, dated by this sentence
        draft.done = draft.proposal.status == "held" and told_done(sentence.text, match.span(), context.language)
        draft.at = match.start()
        draft.scheduled = draft.proposal.status == "planned" and _scheduled(
            sentence.text, match.span(), context.language
        )
        draft.another = (
            before
            or rule.kind == "event"
            and (
                further(sentence.text, match.span(), context.language)
                or introduced(sentence.text, match.start(), rule.type, context.language)
            )
        )
        if rule.kind == "agreement":
            drafts += agreement_drafts(draft, sentence, context)
        else:
            drafts += per_host(draft, sentence, context) if family == "visit" and not legs else [draft]
        drafts += _leg_drafts(draft, legs, sides, sentence, context)
        if (
            rule.kind == "event" and not legs and not told_again
        ):  # two events told in one sentence (:mod:`.event_repeats`)
            drafts += coordinated_dates(draft, sentence, dates, context.language)
            drafts += _told_twice(rule, match, draft, sentence, context, (sides, people, dates))
    visit = min((m for r, m in matched if family_of(r) == "visit" and "visit" in families), key=_at, default=None)
    if visit is not None:  # "travels to Uzbekistan for talks", "in a visit to X, he met Y": the visit's talks;
        # a meeting told before the visit with its own verb ("will meet X … on his visit") or after it in a
        # clause of its own ("arrived in Maputo, where he met Chapo": :func:`.legs.own_meeting`) is an event
        kept = []
        for d in drafts:
            if d.proposal.type not in ("talks", "ministerial_meeting", "meeting") or d.at < visit.start() or frame:
                kept.append(d)  # a meeting after a visit told as its frame (:mod:`.visit_frame`) is its own
            elif (clause := own_meeting(sentence.text, context.language, visit.end(), d.at)) is not None:
                kept.append(own_day(d, dates, sentence, clause))
            else:  # "the visit's programme includes meetings with the President and with the Prime Minister"
                kept += per_counterpart(d, sentence, context)
        drafts = kept
    drafts = per_meeting(drafts, sentence, context)  # one meeting per counterpart (:mod:`.event_seconds`)
    return drafts + two_formats(drafts, sentence, context.language)


def _told_twice(rule, match, draft: Draft, sentence: Sentence, context: ArticleContext, read) -> list[Draft]:
    """The event's word again further on in the sentence, with a date of its own that differs from every earlier
    one's ("a business summit on 21 October and a partnership summit on 17 December"): another event."""
    pattern = rule_pattern(rule, context.language)
    if draft.proposal.date is None or pattern is None:
        return []
    sides, people, dates = read
    seen, found = {draft.proposal.date}, []
    for again, own in repeated(pattern, match, sentence, dates):
        if own.value in seen:
            continue
        seen.add(own.value)
        other = _event_draft(rule, again, sentence, context, sides, people, dates, complete=draft.complete)
        update = {"date": own.value, "date_precision": own.precision}
        other.proposal = other.proposal.model_copy(update=update)
        other.at, other.borrowed = again.start(), draft.borrowed
        found.append(other)
    return found


def _own_clause_after(visit: re.Match | None, match: re.Match, sentence: Sentence, language: str) -> bool:
    """The meeting word at ``match`` is told after the visit's word in a clause of its own (:func:`.legs.own_meeting`:
    "comenzó su visita de Estado y se reunió con su homólogo", "arrived in Maputo, where he met")."""
    return (
        visit is not None
        and match.start() >= visit.end()
        and own_meeting(sentence.text, language, visit.end(), match.start()) is not None
    )


def _at(match: re.Match) -> int:
    return match.start()


def _without_topics(named: list[str], sentence: Sentence, context: ArticleContext) -> list[str]:
    """The sentence's states less those named only as what was discussed (:mod:`.event_sides`: "the situation in
    Sudan") or in the phrase of a sidelines occasion ("en marge du sommet … à Addis-Abeba"), when a state remains."""
    topics = topic_parties(sentence, context) | sideline_parties(sentence, context)
    kept = [p for p in named if p not in topics]
    return kept if any(is_economy(p) for p in kept) else named


def _leg_drafts(draft: Draft, legs: list[Leg], sides: list[str], sentence: Sentence, context: ArticleContext):
    """A visit per later leg of the tour (:mod:`.legs`), by the visitor of this one, dated by :func:`.leg_date`."""
    who = leg_visitor(sides, legs, sentence, context) if legs else None
    if who is None:
        return []
    updates = [
        {"type": "visit", "parties": [who, *leg.parties], "status": leg.status} | leg_date(draft.proposal)
        for leg in legs
    ]
    return [
        Draft(p, [p.evidence], True) for p in (draft.proposal.model_copy(update=u | {"place": None}) for u in updates)
    ]


def _with_counterpart(sides: list[str], sentence: Sentence, context: ArticleContext) -> list[str]:
    """ "X met his counterparts from Cabo Verde and Nigeria", "a été accueilli par son homologue", "recebeu o seu
    homólogo": the side the sentence leaves unnamed is the article's most named state, when it is not among
    the sentence's ("Erdogan met his Angolan counterpart" names both sides already)."""
    if not sides or not words("counterpart_words", context.language).search(sentence.text):
        return sides
    home = context.focus[0] if context.focus else None
    return [*sides, home] if home and home not in sides and is_economy(home) else sides


def _event_draft(rule, match, sentence, context, parties_, people, dates, complete: bool) -> Draft:
    # a relative clause describing a person ("López Obrador, who will take office on 1 December, met …") tells
    # neither the event's status nor its date, unless the event's word is in it
    described = [(a, b) for a, b in descriptions(sentence, context) if not a <= match.start() < b]
    dates = [d for d in dates if not any(a <= d.start - sentence.start < b for a, b in described)]
    told = blanked(sentence.text, described)
    mention, moved = event_date(rule.kind, match.start(), sentence, context, dates)
    when = mention if mention is not None and mention.value is not None else None
    today = when is None and rule.kind == "event" and ongoing(sentence, context, match.span())
    proposal = Proposal(
        kind=rule.kind,
        type=rule.type,
        parties=parties_,
        date=when.value if when else context.dateline if today else None,
        date_precision=cast(DatePrecision, when.precision) if when else "day" if today else None,
        place=_place(sentence, context),
        people=list(dict.fromkeys(p.person for p in people)),
        bodies=list(dict.fromkeys(b.name for b in context.within(context.bodies, sentence))),
        sectors=sectors(sentence.text, context.language, goods_only=False),
        status=status(told, context.language, rule.kind, tense.whole_word(sentence.text, match.span())),
        evidence=evidence(sentence),
    )
    later = moved is not None or (rule.kind == "event" and put_off(sentence, match.span(), context.language))
    if later and proposal.status == "held":  # "the session was postponed (to 2021)": still to come
        proposal = proposal.model_copy(update={"status": "planned"})
    proposal = settle(proposal, rule.kind, rule.type in VISITS, match.span(), sentence, context, mention)
    if rule.type == "forum":
        name = _FORUM_NAME.search(sentence.text)
        proposal = proposal.model_copy(update={"title": name.group(0).strip() if name else None})
    day = day_of(rule.type in VISITS, match.span(), sentence, context.language)
    return Draft(proposal, [proposal.evidence], complete, day_of=day)


_SCHEDULED_REACH = 4  # words from the event's word to the passive of planning ("Поездка Ли Кэцяна запланирована")


def _scheduled(text: str, span: tuple[int, int], language: str) -> bool:
    """Whether the event's word at ``span`` is the subject of a passive of planning right after it ("the trip is
    planned for", "la visite est prévue en", "поездка … запланирована на", "a visita está prevista para";
    ``planned_passive``): the sentence tells this event's status and date even when it names no state."""
    _, after = tense.around(text, *span)
    near = " ".join(after.split()[: _SCHEDULED_REACH + 1])
    return bool(words("planned_passive", language).search(near))


_OCCURRED_AFTER, _OCCURRED_BEFORE = 4, 2  # words after / before the event's word where "took place" stands


def _told_occurring(text: str, span: tuple[int, int], context: ArticleContext) -> bool:
    """The event's word is the subject of a verb saying it took place ("the talks took place", "la réunion s'est
    tenue", "состоялись переговоры", "as conversações decorreram", "la reunión se celebró"), in its own clause: a
    sentence that names no state but says when the article's event happened dates it. A date in another clause
    ("This was his second visit, the first being in 2015") stays another event's."""
    start, end = tense.whole_word(text, span)
    after = tense.clause_after(text, end, _OCCURRED_AFTER)
    before = tense.clause_before(text, start, _OCCURRED_BEFORE)
    pattern = words("event_occurred", context.language)
    return bool(pattern.search(after) or pattern.search(before))


def _place(sentence: Sentence, context: ArticleContext) -> str | None:
    """The first capital or seat of government named in the sentence."""
    return next((m.text for m in context.within(context.mentions, sentence) if m.how in ("capital", "seat")), None)
