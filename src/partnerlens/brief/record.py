"""The cooperation record of a pair: registry events, agreements and KPIs, and checked claims.

Records come from the workspace's cooperation registry (the shipped, cited
registry included). Claims are the quantitative statements in the articles the
pair's records cite — their evidence sentences, and the claims ``news add``
queued from those articles or about the pair — checked against the trade data
and the registry by :func:`partnerlens.claims.check_proposals`.
"""

from __future__ import annotations

from partnerlens.analytics.flows import Flows
from partnerlens.claims import CheckedClaim, check_proposals
from partnerlens.cooperation.extract import extract_text
from partnerlens.cooperation.models import Proposal, Record, Source
from partnerlens.cooperation.storage import ProposalQueue, Registry
from partnerlens.reference import Party
from partnerlens.workspace import Workspace


def _codes(party: Party) -> set[str]:
    """The codes a registry record may use for ``party``: its own code and, for a group, its members."""
    return {party.code, *party.members}


def _about(parties, a: Party, b: Party) -> bool:
    named = set(parties)
    return bool(named & _codes(a)) and bool(named & _codes(b))


def pair_records(workspace: Workspace, a: Party, b: Party) -> list[Record]:
    """Registry records naming both parties (a group through any of its members), oldest first."""
    return [r for r in Registry(workspace).list(party=a.code) if _about(r.parties, a, b)]


def pair_claims(f: Flows, workspace: Workspace, a: Party, b: Party, records: list[Record]) -> tuple[list, list[Source]]:
    """``(checked, articles)``: ``(CheckedClaim, Source)`` pairs for the pair's articles, and the articles.

    Each article's evidence sentences are read again by the extractor (relative
    dates against the article's date); queued claim proposals are added when
    they come from one of those articles or name both parties.
    """
    articles: dict[str, tuple[Source, list]] = {}
    for record in records:
        for citation in record.sources:
            articles.setdefault(citation.source.id, (citation.source, []))[1].append(citation.evidence)
    proposals: dict[str, list[Proposal]] = {}
    for source_id, (source, evidence) in articles.items():
        text = "\n\n".join(dict.fromkeys(e.text for e in sorted(evidence, key=lambda e: e.start)))
        proposals[source_id] = extract_text(text, language=source.language, published=source.published)
    for pending in ProposalQueue(workspace).pending():
        if pending.proposal.kind == "claim" and (pending.source.id in articles or _about(pending.proposal.parties, a, b)):
            articles.setdefault(pending.source.id, (pending.source, []))
            proposals.setdefault(pending.source.id, []).append(pending.proposal)
    checked: list[tuple[CheckedClaim, Source]] = []
    seen: set[str] = set()  # one sentence can reach the brief through several records
    for source_id, found in proposals.items():
        for claim in check_proposals(found, f, workspace=workspace):
            key = f"{claim.claim.text}|{claim.claim.metric}|{claim.claim.value}"
            if key not in seen:
                seen.add(key)
                checked.append((claim, articles[source_id][0]))
    return checked, [source for source, _ in articles.values()]
