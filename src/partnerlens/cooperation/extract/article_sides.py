"""The article's sides as a whole: states of another trip, which no fact of the article needs (issue 11).

The sentence rules (:mod:`.context`, :mod:`.passing`, :mod:`.event_sides`) give each fact its parties from its own
sentence. Whether a state is a side of what the *article* reports shows in the article as a whole: the states its
headline, its lead sentence or its dateline name, and its main pair (``context.focus``), are its core; a state
outside that core, named at most twice and in at most a quarter of the article's mentions of states, is
*peripheral*. The tune set's false article parties were all peripheral,
but so were as many true ones (a tour's next legs, the partners of a table of figures): position and frequency alone
do not tell them apart (which is why the learned model of :mod:`.party_model` found no gain). What does is the
fact that carries them: a peripheral state carried only by events that **happened** and that **join neither state
of the article's pair** is a side of another trip or of another pair's meeting told as background ("Vice President
X visited Tunisia and Morocco", "In April, he continued with visits to Ivory Coast, Ghana and Nigeria", "then left
for Namibia", "após participar de reuniões do Brics, na África do Sul") — not of what the article reports. Such a
state is taken out of those events (the events themselves stay, for review). A planned event (a tour's next leg),
an agreement, a trade figure or a target keeps it: those are facts that need it. A group (``africa``) is never
dropped here: a tour "in West Africa" names its region as its side.

A held visit that joins one of the pair counts as another trip too when it is dated more than a month before the
article's day (its dateline, else its publication date): "The first leg of Erdogan's tour was in Senegal in February"
in a June dispatch from Kampala is a trip already made, an earlier leg (seventeenth session, batch 32). Undated, or
in an article whose day is unknown, such a visit keeps its state.

See docs/news.md, "The article's sides, fifteenth session".
"""

from __future__ import annotations

from collections import Counter

from partnerlens.cooperation.extract.context import ArticleContext, is_economy
from partnerlens.cooperation.extract.party_model import drop_parties
from partnerlens.cooperation.models import Proposal

MAX_MENTIONS = 2  # a state named more often than this is one the article dwells on
EARLIER_DAYS = 31  # a visit dated more than this before the article's day is an earlier trip
_VISITS = ("state_visit", "official_visit", "working_visit", "visit")  # as extract/events.py's VISITS
MAX_SHARE = 0.25  # … and so is one that makes more than this share of the article's mentions of states (a short text)


def core(context: ArticleContext) -> set[str]:
    """The states the article leads with: its headline's, its lead sentence's, its dateline's, and its main pair."""
    lead_end = max(len(context.text) if context.lead_end is None else context.lead_end, context.dateline_end or 0)
    return set(context.headline) | set(context.focus) | {m.party for m in context.mentions if m.start < lead_end}


def other_trips(context: ArticleContext, proposals: list[Proposal]) -> set[str]:
    """The peripheral states carried only by held events that join none of the article's pair (see the module)."""
    counts = Counter(m.party for m in context.mentions)
    total = max(len(context.mentions), 1)
    pair = set(context.focus)
    carried = dict.fromkeys(code for p in proposals for code in p.parties)
    candidates = {
        code
        for code in carried
        if counts[code] <= MAX_MENTIONS
        and counts[code] / total <= MAX_SHARE
        and is_economy(code)
        and all(
            p.kind == "event" and p.status == "held" and (not pair & set(p.parties) or _earlier_leg(p, context))
            for p in proposals
            if code in p.parties
        )
    }
    return candidates - core(context) if candidates else set()  # the core splits the text: only when needed


def _earlier_leg(proposal: Proposal, context: ArticleContext) -> bool:
    """A visit dated more than a month before the article's day ("The first leg of Erdogan's tour was in Senegal in
    February", in a June dispatch from Kampala): a trip already made, even by one of the pair."""
    day = context.dateline or context.published
    return (
        proposal.type in _VISITS
        and proposal.date is not None
        and day is not None
        and (day - proposal.date).days > EARLIER_DAYS
    )


def without_other_trips(context: ArticleContext, proposals: list[Proposal]) -> list[Proposal]:
    """``proposals`` with the states of other trips (``other_trips``) taken out of their parties."""
    return drop_parties(proposals, other_trips(context, proposals))
