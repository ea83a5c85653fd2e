"""A learned decision on an article's parties: features of each (article, party) and a logistic model over them.

The rules give every proposal its parties sentence by sentence (:mod:`.context`, :mod:`.passing`,
:mod:`.event_sides`, :mod:`.venues` …). Whether a state is a side of what the article reports, or one named in
passing, shows also in the article as a whole: how many proposals carry it and of which kind, whether the headline
or the lead names it, how often it is named, whether it only ever appears in crowded lists of three or more
parties, whether a person of it is named. This module computes those numbers for every party that some proposal
carries (``party_features``), language-independent (nothing here reads a word of the text), and applies a logistic
model stored as plain coefficients (``data/party_model.json``: features, their mean and scale, coefficients,
intercept and the threshold) with no dependency beyond the standard library: ``prune`` drops a party from every
proposal of the article when its probability is below the threshold.

The model is trained, and its worth measured by leave-one-batch-out cross-validation, by
``evaluation/party_unseen.py`` (which writes the data file byte for byte from the labels, the texts and the
unseen-time outputs: the proposals the extractor made when each development batch 14–42 was first labelled, where
the false parties an unseen article produces are); see docs/news.md "A learned decision for article parties trained
on unseen-time errors, eighteenth session". Extraction applies it as its last step (``extract_text`` calls
``prune``): held out by batch, it raised party precision on the unseen-time outputs (.883 → .892) and on today's
(.942 → .947) with field recall unchanged. The thirteenth session's tool (``evaluation/party_train.py``), which learns
from today's tune proposals alone, found too few false parties to learn from.

``FEATURES`` lists every feature computed; ``MODEL_FEATURES`` (the first 22) are the shipped model's;
``PLACE_FEATURES`` (where the proposals carrying a party name it) are computed for the tools but cross-validation
found they drop more true parties, so the shipped model leaves them out.
"""

from __future__ import annotations

import math
from functools import cache
from pathlib import Path

from partnerlens.cooperation.extract.context import ArticleContext, is_economy
from partnerlens.cooperation.extract.logistic import Logistic
from partnerlens.cooperation.extract.sentences import split_sentences
from partnerlens.cooperation.models import Proposal
from partnerlens.reference.parties import find_party

MODEL_PATH = Path(__file__).resolve().parent.parent / "data" / "party_model.json"

MODEL_FEATURES: tuple[str, ...] = (  # the shipped model's
    "log_proposals",  # log(1 + proposals carrying the party)
    "share_proposals",  # proposals carrying it / all proposals
    "in_event",
    "in_agreement",
    "in_claim",
    "in_kpi",
    "in_headline",  # the headline names it
    "in_focus",  # one of the article's main pair (context.focus)
    "log_mentions",  # log(1 + times the text names it)
    "share_mentions",  # its mentions / all party mentions
    "in_lead",  # the first sentence names it
    "share_sentences",  # sentences naming it / sentences
    "first_position",  # where it is first named, as a fraction of the text (1 when never)
    "only_crowded",  # every proposal carrying it has three or more parties
    "two_sides",  # some proposal carrying it has exactly two parties
    "person",  # a person of that party is named
    "is_group",  # a group code (africa, central-asia …), not a state
    "group_with_member",  # a group some member of which is also a candidate
    "member_with_group",  # a state whose group is also a candidate
    "in_dateline",  # the dateline's place is in it
    "share_by_name",  # its mentions by name (not adjective, capital, person, body) / its mentions
    "log_candidates",  # log(number of candidate parties of the article)
)
# where the proposals name a party: computed and tested, but cross-validation on the unseen-time outputs found they
# drop more true parties (docs/news.md, eighteenth session), so the shipped model does not use them
PLACE_FEATURES = (
    "share_in_evidence",  # proposals carrying it whose evidence sentences name it / proposals carrying it
    "paired_evidence",  # some proposal carrying it names it in an evidence sentence with exactly one other party
    "min_crowd",  # log of the fewest distinct parties named in one sentence that names it (0 when never named)
    "share_with_other",  # sentences naming it that name another candidate / sentences naming it
)
FEATURES: tuple[str, ...] = MODEL_FEATURES + PLACE_FEATURES


class PartyModel(Logistic):
    """Coefficients of a logistic model over standardised :data:`FEATURES`; a party is kept when p ≥ ``threshold``
    (:class:`.logistic.Logistic`, ``data/party_model.json``)."""

    KNOWN = FEATURES
    WHAT = "party model"


@cache
def shipped_model() -> PartyModel | None:
    """The model in ``data/party_model.json``, or None when no model is shipped."""
    if not MODEL_PATH.exists():
        return None
    return PartyModel.from_json(MODEL_PATH.read_text(encoding="utf-8"))


def candidates(proposals: list[Proposal]) -> list[str]:
    """Every party some proposal carries, in the order first carried."""
    return list(dict.fromkeys(code for p in proposals for code in p.parties))


# the features that read the text only, not the proposals: a model over these can learn from every state the text
# names (most of them named in passing, which the rules already leave out), not only from those proposals carry
TEXT_FEATURES = (
    "in_headline",
    "in_focus",
    "log_mentions",
    "share_mentions",
    "in_lead",
    "share_sentences",
    "first_position",
    "person",
    "is_group",
    "in_dateline",
    "share_by_name",
)


def party_features(
    context: ArticleContext, proposals: list[Proposal], codes: list[str] | None = None
) -> dict[str, dict[str, float]]:
    """For each candidate party (see ``candidates``), or each of ``codes``, its features (``FEATURES``) as numbers."""
    carried = candidates(proposals)
    codes = carried if codes is None else codes
    if not codes:
        return {}
    text = context.text
    sentences = split_sentences(text) or []
    lead_end = len(text) if context.lead_end is None else context.lead_end
    mentions = context.mentions
    groups = {code: _members(code) for code in codes}
    people = {p.person.party for p in context.people if p.person.party}
    dateline_end = context.dateline_end or 0
    rows = {}
    spans = [_parties_in(s.start, s.end, mentions) for s in sentences]
    for code in codes:
        carrying = [p for p in proposals if code in p.parties]
        kinds = {p.kind for p in carrying}
        own = [m for m in mentions if m.party == code]
        named_in = sum(any(s.start <= m.start < s.end for m in own) for s in sentences)
        members = groups[code]
        others = set(carried) | set(codes)
        rows[code] = {
            "log_proposals": math.log1p(len(carrying)),
            "share_proposals": len(carrying) / len(proposals) if proposals else 0.0,
            "in_event": float("event" in kinds),
            "in_agreement": float("agreement" in kinds),
            "in_claim": float("claim" in kinds),
            "in_kpi": float("kpi" in kinds),
            "in_headline": float(code in context.headline),
            "in_focus": float(code in context.focus),
            "log_mentions": math.log1p(len(own)),
            "share_mentions": len(own) / len(mentions) if mentions else 0.0,
            "in_lead": float(any(m.start < lead_end for m in own)),
            "share_sentences": named_in / len(sentences) if sentences else 0.0,
            "first_position": min(m.start for m in own) / max(len(text), 1) if own else 1.0,
            "only_crowded": float(bool(carrying) and all(len(p.parties) >= 3 for p in carrying)),
            "two_sides": float(any(len(p.parties) == 2 for p in carrying)),
            "person": float(code in people),
            "is_group": float(not is_economy(code)),
            "group_with_member": float(bool(members & others)),
            "member_with_group": float(any(code in _members(other) for other in others if other != code)),
            "in_dateline": float(any(m.start < dateline_end for m in own)),
            "share_by_name": sum(m.how == "name" for m in own) / len(own) if own else 0.0,
            "log_candidates": math.log(max(len(carried), 1)),
            **_evidence_features(code, carrying, mentions),
            **_sentence_features(code, spans, set(carried) | set(codes)),
        }
    return rows


def _parties_in(start: int, end: int, mentions: list) -> set[str]:
    return {m.party for m in mentions if start <= m.start < end}


def _evidence_features(code: str, carrying: list[Proposal], mentions: list) -> dict[str, float]:
    """Whether the proposals carrying ``code`` name it in their own sentences, and with exactly one other party."""
    named = paired = 0
    for p in carrying:
        sets = [_parties_in(e.start, e.end, mentions) for e in (p.evidence, *p.also)]
        named += any(code in s for s in sets)
        paired += any(code in s and len(s) == 2 for s in sets)
    return {
        "share_in_evidence": named / len(carrying) if carrying else 0.0,
        "paired_evidence": float(paired > 0),
    }


def _sentence_features(code: str, spans: list[set[str]], others: set[str]) -> dict[str, float]:
    """How crowded the sentences naming ``code`` are, and how many of them name another candidate."""
    own = [s for s in spans if code in s]
    if not own:
        return {"min_crowd": 0.0, "share_with_other": 0.0}
    return {
        "min_crowd": math.log(min(len(s) for s in own)),
        "share_with_other": sum(bool((s - {code}) & others) for s in own) / len(own),
    }


@cache
def _members(code: str) -> frozenset[str]:
    if is_economy(code):
        return frozenset()
    group = find_party(code)
    return frozenset(group.members) if group is not None and group.is_group else frozenset()


def weak_parties(context: ArticleContext, proposals: list[Proposal], model: PartyModel) -> set[str]:
    """The candidate parties whose probability under ``model`` is below its threshold."""
    rows = party_features(context, proposals)
    return {code for code, row in rows.items() if model.probability(row) < model.threshold}


def drop_parties(proposals: list[Proposal], dropped: set[str]) -> list[Proposal]:
    """``proposals`` with the ``dropped`` parties taken out of each (the proposals themselves all stay)."""
    if not dropped:
        return proposals
    return [
        p.model_copy(update={"parties": [c for c in p.parties if c not in dropped]}) if dropped & set(p.parties) else p
        for p in proposals
    ]


def prune(context: ArticleContext, proposals: list[Proposal], model: PartyModel | None = None) -> list[Proposal]:
    """Proposals with the parties the model judges named in passing dropped (unchanged when no model is shipped)."""
    model = model if model is not None else shipped_model()
    if model is None:
        return proposals
    return drop_parties(proposals, weak_parties(context, proposals, model))
