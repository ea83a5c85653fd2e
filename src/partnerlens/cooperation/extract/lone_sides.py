"""Events that name one side of the article's pair: the other side is the article's other state (issue 11).

An article about A and B tells its events sentence by sentence, and a sentence often names only one of them: "the
President of A arrived on a state visit", "le chef de l'Etat de A a été accueilli à l'aéroport", "президент A
провёл пресс-конференцию по итогам визита". The sentence rules (:func:`.events.events`) pair a visit or meeting
of one named state with the article's other side already; what reaches the end of extraction with one state of the
pair alone is another kind of event (a forum, a ceremony, a business mission, a commission's session), or an event
whose other state the article's pruning took out (:mod:`.article_sides`, :mod:`.party_model`: a state named in
passing). When the article's pair is clear (each named at least twice, :func:`.context.clear_pair`) and both its
states are sides of some proposal after pruning, such an event gets the pair's other state (:func:`with_lone_sides`),
as a reader takes it.

Not when the event is plainly not the pair's (party precision matters more than a side gained):

* an event of a third pair: a state outside the pair, or a group, named in any of the event's sentences ("A's
  minister met his counterpart from C") — even when pruning took it out of the event's parties;
* a gathering of many (a summit, a forum, a conference, an assembly: ``gatherings`` in the language's YAML) told
  with a body or organisation named ("A's president attended the African Union summit"): a multilateral meeting;
* a stop of a tour (``onward_legs``, ``tour_words``: "the first stop of his tour", "étape de sa tournée", "в рамках
  турне"): the traveller's state alone, whose host is another leg.

Only events: an agreement's sides are read by :mod:`.agreement_scope`, a trade figure's by :mod:`.trade_parties`.
"""

from __future__ import annotations

from partnerlens.cooperation.extract.context import ArticleContext, clear_pair, is_economy
from partnerlens.cooperation.extract.vocabulary import words
from partnerlens.cooperation.models import Proposal


def with_lone_sides(context: ArticleContext, proposals: list[Proposal]) -> list[Proposal]:
    """``proposals`` with every event that names one state of the article's clear pair given the other one
    (see the module docstring for the events left as they are)."""
    if not clear_pair(context):
        return proposals
    pair = set(context.focus)
    carried = {code for p in proposals for code in p.parties}
    if not pair <= carried:  # a side the article's pruning judged named in passing is none of its events' either
        return proposals
    return [_paired(p, context, pair) if _lone(p, pair) else p for p in proposals]


def _lone(proposal: Proposal, pair: set[str]) -> bool:
    return proposal.kind == "event" and len(proposal.parties) == 1 and proposal.parties[0] in pair


def _paired(proposal: Proposal, context: ArticleContext, pair: set[str]) -> Proposal:
    texts = [proposal.evidence, *proposal.also]
    for told in texts:
        named = {m.party for m in context.mentions if told.start <= m.start < told.end}
        if named - pair:  # a third state or a group: another pair's event, or a multilateral one
            return proposal
        if words("gatherings", context.language).search(told.text) and any(
            told.start <= b.start < told.end for b in context.bodies
        ):
            return proposal  # "attended the African Union summit": a meeting of many
        if words("onward_legs", context.language).search(told.text) or words("tour_words", context.language).search(
            told.text
        ):
            return proposal  # a stop of a tour
    other = next(code for code in context.focus if code not in proposal.parties)
    if not is_economy(other):
        return proposal
    return proposal.model_copy(update={"parties": [*proposal.parties, other]})
