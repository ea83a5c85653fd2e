"""Which event words of the language files a sentence holds, and which of them it denies or hedges.

:func:`matched_types` is the rules' first reading of a sentence (:mod:`.events` drafts events from it; the learned
detector of :mod:`.event_model` reads the same words): every type of ``event_types.yaml`` whose words the sentence
has, less the words it negates ("did not meet"), the occasion of a negated meeting, and a forum word inside a summit's
name; :func:`hedged` says a hedge governs an event's word ("if the president visits"). :func:`rule_pattern` is a
rule's pattern for a language — the English one when the language has none (a type's words are often proper names).
"""

from __future__ import annotations

import re

from partnerlens.cooperation.extract import tense
from partnerlens.cooperation.extract.event_generic import name_within
from partnerlens.cooperation.extract.event_sides import in_relative, sidelined
from partnerlens.cooperation.extract.sentences import Sentence
from partnerlens.cooperation.extract.vocabulary import TypeRule, event_vocabulary, words

VISITS = ("state_visit", "official_visit", "working_visit", "visit")
MEETINGS = ("talks", "ministerial_meeting", "summit", "meeting")


def rule_pattern(rule: TypeRule, language: str) -> re.Pattern | None:
    """The rule's pattern for ``language``, else its English one (None when it has neither)."""
    return rule.patterns.get(language) or rule.patterns.get("en")


def matched_types(sentence: Sentence, language: str) -> list[tuple[TypeRule, re.Match]]:
    """(rule, first kept match) of every type whose words the sentence holds, the ones a sidelines phrase or a
    relative clause governs last (they yield their family to the event the sentence reports)."""
    rules, _, _ = event_vocabulary()
    matched, denied = [], False
    for rule in rules:
        pattern = rule_pattern(rule, language)
        found = list(pattern.finditer(sentence.text)) if pattern else []
        kept = [m for m in found if rule.kind != "event" or not negated(sentence.text, m, language)]
        denied = denied or len(kept) < len(found)
        if kept:
            matched.append((rule, kept[0]))
    if denied:  # "did not meet him on the sidelines of the summit": the summit was only the occasion of no event
        matched = [(r, m) for r, m in matched if r.kind != "event" or not _occasion(sentence.text, m.start(), language)]
    summits = [m for r, m in matched if r.type == "summit"]
    matched = [  # "le 3e Sommet du Forum sur la coopération sino-africaine": one summit, its name holds "Forum"
        (r, m)
        for r, m in matched
        if r.type != "forum" or not any(name_within(sentence.text, m, s, language) for s in summits)
    ]
    # the occasion of a sidelines phrase ("en marge du sommet") yields its family to the event the sentence reports
    # and so does an event word in a relative clause that says who a person is (", who attended the summit,")
    return sorted(
        matched,
        key=lambda found: (
            sidelined(sentence.text, found[1].start(), language),
            in_relative(sentence.text, found[1].start(), language),
        ),
    )


_NEGATION_REACH = 40  # characters before an event's word where its negation is looked for


def negated(text: str, match: re.Match, language: str) -> bool:
    """Whether the event's word comes right after a negation ("did not meet", "n'a pas rencontré", "не
    встретился", "não se reuniu", "no se reunió"): the sentence tells that no such event took place."""
    return bool(words("event_negated", language).search(text[max(0, match.start() - _NEGATION_REACH) : match.start()]))


def _occasion(text: str, start: int, language: str) -> bool:
    """The event's word names the occasion of another ("on the sidelines of the summit", "lors du sommet")."""
    lead = " ".join(text[:start].split()[-4:])
    return sidelined(text, start, language) or bool(words("occasion_before", language).search(lead))


def family_of(rule: TypeRule) -> str:
    """Types that exclude each other within a sentence: one visit, one meeting, one agreement."""
    if rule.type in VISITS:
        return "visit"
    if rule.type in MEETINGS:
        return "meeting"
    return "agreement" if rule.kind == "agreement" else rule.type  # a visa agreement is the agreement signed


_HEDGE_AFTER = 5  # words after an event's word where a hedge still governs it ("a visit could take place")


def hedged(sentence: Sentence, language: str, span: tuple[int, int]) -> bool:
    """A hedge ("could", "when a", "если") anywhere before the event's word or among the words right after it
    (``_HEDGE_AFTER``); one further on belongs to another clause ("… une commission mixte pour les secteurs
    où une coopération pourrait commencer")."""
    _, _, hedges = event_vocabulary()
    pattern = hedges.get(language) or hedges["en"]
    after = " ".join(sentence.text[span[1] :].split()[:_HEDGE_AFTER])
    lead = tense.without_reported(sentence.text[: span[1]], language)  # "said he would visit": a plan, no hedge
    return bool(pattern.search(lead) or pattern.search(after))
