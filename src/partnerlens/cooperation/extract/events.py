"""Events and agreements a sentence reports, with their status and date precision.

A type (``event_types.yaml``) needs the states its kind implies (a visit has a
visitor and a host). Status: a sentence in the future or conditional ("set to
visit", "se rendra", "посетит") reports a *planned* event, and an agreement
still to be signed ("agreements to be signed", "signeront", "подпишут") is
*announced*, as in the registry's ``AGREEMENT_STATUSES``; "announced" words
make an event announced; otherwise an event was *held* and an agreement *signed*. Planned events keep their date (the date they are
planned for) and never count as having happened.
"""

from __future__ import annotations

import re

from partnerlens.cooperation.dates import DateMention
from partnerlens.cooperation.extract.agreements import agreement_drafts, agreement_sides, instrument
from partnerlens.cooperation.extract.context import ArticleContext, Draft, clear_pair, evidence, parties
from partnerlens.cooperation.extract.sectors import sectors
from partnerlens.cooperation.extract.sentences import Sentence
from partnerlens.cooperation.extract.vocabulary import TypeRule, any_language, event_vocabulary, words
from partnerlens.cooperation.models import Proposal
from partnerlens.cooperation.people import PersonMention

VISITS = ("state_visit", "official_visit", "working_visit", "visit")
_MEETINGS = ("talks", "ministerial_meeting", "summit")
_FORUM_NAME = re.compile(r"(?:[A-Z][\w-]*\s+){1,5}(?:Forum|Summit|Conference|Expo|Exhibition|Week)")


def planned(text: str, language: str) -> bool:
    """Whether the sentence speaks of what is to come ("will", "set to", "se rendra", "посетит")."""
    return bool(words("planned", language).search(text))


def status(text: str, language: str, kind: str) -> str:
    """planned (an event to come), announced (an agreement to be signed, as in ``AGREEMENT_STATUSES``, or
    announcement words), or what the sentence reports as done: held for an event, signed for an agreement."""
    if planned(text, language):
        return "announced" if kind == "agreement" else "planned"
    if words("announced", language).search(text):
        return "announced"
    return "signed" if kind == "agreement" else "held"


def _matched_types(sentence: Sentence, language: str) -> list[tuple[TypeRule, re.Match]]:
    rules, _, _ = event_vocabulary()
    matched = []
    for rule in rules:
        pattern = rule.patterns.get(language) or rule.patterns.get("en")
        match = pattern.search(sentence.text) if pattern else None
        if match:
            matched.append((rule, match))
    return matched


def _family(rule: TypeRule) -> str:
    """Types that exclude each other within a sentence: one visit, one meeting, one agreement."""
    if rule.type in VISITS:
        return "visit"
    if rule.type in _MEETINGS:
        return "meeting"
    return "agreement" if rule.kind == "agreement" else rule.type  # a visa agreement is the agreement signed


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


def _hedged(sentence: Sentence, language: str) -> bool:
    _, _, hedges = event_vocabulary()
    pattern = hedges.get(language) or hedges["en"]
    return bool(pattern.search(sentence.text))


def events(sentence: Sentence, context: ArticleContext) -> list[Draft]:
    """The events and agreements a sentence reports: per family the first type (most specific) whose needs
    are met; a meeting in a sentence that reports a visit is the visit. A visit or signing with one state
    known is kept only to join a fuller proposal of the article (``complete=False``)."""
    matched = _matched_types(sentence, context.language)
    if not matched:
        return []
    dates = context.within(context.dates, sentence)
    if _hedged(sentence, context.language) and not any(d.value for d in dates):
        return []
    named = parties(sentence, context)
    paired = named  # a visit or meeting of one named state is with the article's other side ("во Дворце … прошли переговоры")
    if len(named) == 1 and named[0] in context.focus and clear_pair(context):
        paired = named + [p for p in context.focus if p != named[0]]
    people = context.within(context.people, sentence)
    drafts, families = [], set()
    for rule, match in matched:
        family = _family(rule)
        if family in families or (family == "meeting" and "visit" in families):
            continue
        sides = paired if family in ("visit", "meeting") else named
        if family == "agreement":
            sides = agreement_sides(named, context)
        complete = _needs_met(rule, sides, people, sentence, context.language)
        if not complete and not (rule.type in VISITS + ("agreement_signing",) and len(sides) == 1):
            continue
        families.add(family)
        draft = _event_draft(rule, match, sentence, context, sides, people, dates, complete=complete)
        drafts += agreement_drafts(draft, sentence, context) if rule.kind == "agreement" else [draft]
    return drafts


def _event_draft(rule, match, sentence, context, parties_, people, dates, complete: bool) -> Draft:
    when = _nearest_date(dates, sentence.start + match.start())
    proposal = Proposal(
        kind=rule.kind,
        type=rule.type,
        parties=parties_,
        date=when.value if when else None,
        date_precision=when.precision if when else None,
        place=_place(sentence, context),
        people=list(dict.fromkeys(p.person for p in people)),
        bodies=list(dict.fromkeys(b.name for b in context.within(context.bodies, sentence))),
        sectors=sectors(sentence.text, context.language, goods_only=False),
        status=status(sentence.text, context.language, rule.kind),
        evidence=evidence(sentence),
    )
    if rule.type == "forum":
        name = _FORUM_NAME.search(sentence.text)
        proposal = proposal.model_copy(update={"title": name.group(0).strip() if name else None})
    return Draft(proposal, [proposal.evidence], complete)


def _nearest_date(dates: list[DateMention], position: int) -> DateMention | None:
    usable = [d for d in dates if d.value is not None]
    if not usable:
        return None
    return min(usable, key=lambda d: (abs(d.start - position), {"day": 0, "month": 1, "year": 2}[d.precision]))


def _place(sentence: Sentence, context: ArticleContext) -> str | None:
    """The first capital or seat of government named in the sentence."""
    return next((m.text for m in context.within(context.mentions, sentence) if m.how in ("capital", "seat")), None)
