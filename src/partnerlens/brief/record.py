"""The cooperation record of a pair: registry events, agreements and KPIs, and checked claims.

Records come from the workspace's cooperation registry (the shipped, cited
registry included). Claims are the quantitative statements in the articles the
pair's records cite: the trade claims kept when their articles were accepted
(:mod:`partnerlens.claims.store`), the records' evidence sentences, and the
claims ``news add`` queued from those articles or about the pair — checked
against independent evidence by :func:`partnerlens.claims.check_proposals`.
"""

from __future__ import annotations

from datetime import date

from partnerlens.analytics.flows import Flows
from partnerlens.brief.kept import kept_extraction
from partnerlens.claims import CheckedClaim, check_proposals
from partnerlens.claims.store import ClaimStore
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


def _extracted(f: Flows, workspace: Workspace, text: str, source: Source) -> list[Proposal]:
    """``extract_text`` of a record's evidence, kept for the day (``brief.kept.kept_extraction``).

    The key is the text, the article's language and date, the day (relative
    dates are read against it), the workspace's ``sectors.yaml``, the code and
    the package's data files: a brief computed again after a change to the
    registry does not read its articles again.
    """
    asked = (text, source.language, str(source.published), date.today().isoformat())

    def compute() -> list[Proposal]:
        from partnerlens.cooperation.extract import extract_text  # the gazetteer: only for a text not read yet

        return extract_text(text, language=source.language, published=source.published)

    return kept_extraction(workspace, asked, f.sources, compute)


def pair_records(workspace: Workspace, a: Party, b: Party) -> list[Record]:
    """Registry records naming both parties (a group through any of its members), oldest first."""
    return [r for r in Registry(workspace).list(party=a.code) if _about(r.parties, a, b)]


def pair_claims(f: Flows, workspace: Workspace, a: Party, b: Party, records: list[Record]) -> tuple[list, list[Source]]:
    """``(checked, articles)``: ``(CheckedClaim, Source)`` pairs for the pair's articles, and the articles.

    First the kept claims (:class:`partnerlens.claims.store.ClaimStore`) of
    accepted articles the pair's records cite or that name both parties, each
    judged once per figure and its run recorded when the verdict changed; then
    the evidence sentences of the records, read again by the extractor (counts
    of agreements and KPIs), and claims still waiting for review. A sentence
    reaches the brief once however many routes lead to it.
    """
    articles: dict[str, tuple[Source, list]] = {}
    for record in records:
        for citation in record.sources:
            articles.setdefault(citation.source.id, (citation.source, []))[1].append(citation.evidence)
    checked: list[tuple[CheckedClaim, Source]] = []
    seen: set[str] = set()  # one sentence can reach the brief through several records

    def keep(claim: CheckedClaim, source: Source) -> None:
        keys = {
            f"{text}|{claim.claim.metric}|{claim.claim.value}"
            for text in [claim.claim.text, *(s.text for s in claim.claim.statements)]
        }
        if not keys & seen:
            seen.update(keys)
            checked.append((claim, source))

    for item in ClaimStore(workspace).check(f, a=a, b=b, articles=set(articles), record="changed"):
        articles.setdefault(item.source.id, (item.source, []))
        keep(item.result, item.source)
    proposals: dict[str, list[Proposal]] = {}
    for source_id, (source, evidence) in articles.items():
        if evidence:
            text = "\n\n".join(dict.fromkeys(e.text for e in sorted(evidence, key=lambda e: e.start)))
            proposals[source_id] = _extracted(f, workspace, text, source)
    for pending in ProposalQueue(workspace).pending():
        if pending.proposal.kind == "claim" and (
            pending.source.id in articles or _about(pending.proposal.parties, a, b)
        ):
            articles.setdefault(pending.source.id, (pending.source, []))
            proposals.setdefault(pending.source.id, []).append(pending.proposal)
    for source_id, found in proposals.items():
        source = articles[source_id][0]
        for claim in check_proposals(found, f, workspace=workspace, article=source):
            keep(claim, source)
    checked.sort(key=lambda pair: (pair[1].id, pair[0].claim.start))
    return checked, [source for source, _ in articles.values()]
