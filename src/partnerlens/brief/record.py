"""The cooperation record of a pair: registry events, agreements and KPIs, and checked claims.

Records come from the workspace's cooperation registry (the shipped, cited
registry included). Claims are the quantitative statements in the articles the
pair's records cite: the trade claims kept when their articles were accepted
(:mod:`partnerlens.claims.store`), the records' evidence sentences, and the
claims ``news add`` queued from those articles or about the pair — checked
against independent evidence by :func:`partnerlens.claims.check_proposals`.
"""

from __future__ import annotations

import contextlib
import contextvars
import threading
from datetime import date
from typing import TYPE_CHECKING

from partnerlens.analytics.flows import Flows
from partnerlens.brief.kept import kept_extraction
from partnerlens.cooperation.evidence import about, asked_of, cited_evidence, evidence_text
from partnerlens.cooperation.models import Proposal, Record, Source
from partnerlens.cooperation.storage import ProposalQueue, Registry
from partnerlens.locking import keeping
from partnerlens.reference import Party
from partnerlens.workspace import Workspace

if TYPE_CHECKING:
    from partnerlens.claims import CheckedClaim


def _extracted(sources: list, workspace: Workspace, text: str, source: Source) -> list[Proposal]:
    """``extract_text`` of a record's evidence, kept for the day (``brief.kept.kept_extraction``).

    The key is the text, the article's language and date, the day (relative
    dates are read against it), the workspace's ``sectors.yaml``, the code and
    the package's data files: a brief computed again after a change to the
    registry does not read its articles again.
    """
    asked = asked_of(text, source, date.today().isoformat())

    def compute() -> list[Proposal]:
        from partnerlens.cooperation.extract import extract_text  # the gazetteer: only for a text not read yet

        return extract_text(text, language=source.language, published=source.published)

    return kept_extraction(workspace, asked, sources, compute)


def read_ahead(workspace: Workspace, sources: list, records: list[Record]) -> threading.Thread:
    """Start reading the records' evidence (:func:`_extracted`) on a thread, while the trade analytics run.

    The extractor is Python (compiling the gazetteer's patterns, then
    matching); the analytics spend much of their time in DuckDB, which releases
    the GIL, so on a second core the two overlap. What the thread reads is kept
    (``kept_extraction``, one lock per text), and :func:`pair_claims` reads it
    back; a text the thread failed on is read again there. A text ``world build``
    read is not read again (:mod:`partnerlens.world.articles`). Then it imports the
    claim checker, which :func:`pair_claims` needs for those texts (it does not
    load the extractor: a reading kept by ``world build`` needs none), and
    builds the gazetteer's matchers the checker reads claims with (0.1 s of CPU
    when no text was read here). The thread runs in a copy of the caller's
    context (the workspace's taxonomy scope).
    """
    texts = [(source, evidence_text(evidence)) for source, evidence in cited_evidence(records).values() if evidence]
    context = contextvars.copy_context()

    def read() -> None:
        for source, text in texts:
            try:
                context.run(_extracted, sources, workspace, text, source)
            except Exception:  # read again, and reported, on the caller's thread
                return
        # pair_claims checks the claims of these texts: its checker is loaded here, not on the caller's thread
        if texts:
            with contextlib.suppress(Exception):  # (imported again, and any error reported, there)
                from partnerlens.claims import check_proposals  # noqa: F401
                from partnerlens.cooperation.gazetteer import find_party_mentions

                # and the gazetteer's matchers it reads claims with: built by the extractor when it read a text
                # here, but not when every reading was kept (world build, an earlier brief)
                for language in dict.fromkeys(["en", *(source.language or "en" for source, _ in texts)]):
                    find_party_mentions("", language)

    thread = threading.Thread(target=read, name="partnerlens-brief-read-ahead", daemon=True)
    thread.start()
    return thread


def pair_records(workspace: Workspace, a: Party, b: Party) -> list[Record]:
    """Registry records naming both parties (a group through any of its members), oldest first."""
    return [r for r in Registry(workspace).list(party=a.code) if about(r.parties, a, b)]


def pair_claims(f: Flows, workspace: Workspace, a: Party, b: Party, records: list[Record]) -> tuple[list, list[Source]]:
    """``(checked, articles)``: ``(CheckedClaim, Source)`` pairs for the pair's articles, and the articles.

    First the kept claims (:class:`partnerlens.claims.store.ClaimStore`) of
    accepted articles the pair's records cite or that name both parties, each
    judged once per figure and its run recorded when the verdict changed; then
    the evidence sentences of the records, read again by the extractor (counts
    of agreements and KPIs), and claims still waiting for review. A sentence
    reaches the brief once however many routes lead to it.
    """
    from partnerlens.claims.store import ClaimStore  # (the store alone does not load the checker)

    articles = cited_evidence(records)
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

    for item in ClaimStore(workspace).check(
        f, a=a, b=b, articles=set(articles), record="changed" if keeping() else "never"
    ):
        articles.setdefault(item.source.id, (item.source, []))
        keep(item.result, item.source)
    proposals: dict[str, list[Proposal]] = {}
    for source_id, (source, evidence) in articles.items():
        if evidence:
            proposals[source_id] = _extracted(list(f.sources), workspace, evidence_text(evidence), source)
    for pending in ProposalQueue(workspace).pending():
        if pending.proposal.kind == "claim" and (
            pending.source.id in articles or about(pending.proposal.parties, a, b)
        ):
            articles.setdefault(pending.source.id, (pending.source, []))
            proposals.setdefault(pending.source.id, []).append(pending.proposal)
    for source_id, found in proposals.items():
        # The claim checker: imported here, after the read-ahead thread (read_ahead) has loaded it alongside the
        # trade analytics, and not at all when the pair has no claim to check.
        from partnerlens.claims import check_proposals

        source = articles[source_id][0]
        for claim in check_proposals(found, f, workspace=workspace, article=source):
            keep(claim, source)
    checked.sort(key=lambda pair: (pair[1].id, pair[0].claim.start))
    return checked, [source for source, _ in articles.values()]
