"""The brief's read-ahead: the records' evidence read by the extractor on a thread, kept, and read back by the claims.

``brief.record.read_ahead`` runs the extractor while the trade analytics run;
what it reads must be what ``pair_claims`` would have read itself, and the
thread must see the caller's scope (the workspace's taxonomy).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from _flows_fixtures import ingest, random_world
from partnerlens import scope
from partnerlens.analytics import open_flows
from partnerlens.brief.kept import EXTRACTED
from partnerlens.brief.record import _extracted, pair_claims, pair_records, read_ahead
from partnerlens.cooperation.evidence import cited_evidence, evidence_text
from partnerlens.cooperation.models import Citation, Evidence, Record, Source
from partnerlens.cooperation.storage import Registry
from partnerlens.reference import resolve_party
from partnerlens.store import TradeStore
from partnerlens.workspace import Workspace

SENTENCES = (
    "Rwanda and Azerbaijan signed three agreements on coffee and tourism on 12 March 2024.",
    "Trade between Azerbaijan and Rwanda reached $12 million in 2023, the ministry said.",
)


@pytest.fixture()
def workspace(tmp_path) -> Workspace:
    world = random_world(3, ["RWA", "AZE", "KEN", "DEU"], ["090111", "260900", "847130"], [2022, 2023])
    ws = ingest(tmp_path / "ws", world, name="demo-read-ahead", synthetic=True)
    registry = Registry(ws)
    for n, sentence in enumerate(SENTENCES):
        registry.add(
            Record(
                id=f"agr-aze-rwa-read-ahead-{n}",
                kind="agreement",
                type="agreement_signing",
                date="2024-03-12",
                parties=["AZE", "RWA"],
                count=3,
                sectors=["coffee"],
                sources=[
                    Citation(
                        source=Source(address=f"https://example.org/read-ahead/{n}", language="en"),
                        evidence=Evidence(text=sentence, start=0, end=len(sentence)),
                    )
                ],
            )
        )
    return ws


def _kept(home: Path) -> list[Path]:
    return sorted(p for p in (home / "cache").glob(f"*/{EXTRACTED}/*") if not p.name.startswith("."))


def test_read_ahead_keeps_what_the_claims_then_read(workspace):
    rwa, aze = resolve_party("RWA"), resolve_party("AZE")
    records = pair_records(workspace, rwa, aze)  # ours and the shipped registry's
    read = [source.id for source, evidence in cited_evidence(records).values() if evidence]
    assert {f"https://example.org/read-ahead/{n}" for n in range(2)} <= {
        s.address for s, _ in cited_evidence(records).values()
    }
    with open_flows(TradeStore(workspace)) as f:
        sources = list(f.sources)
        read_ahead(workspace, sources, records).join()
        kept = _kept(workspace.home)
        assert len(kept) == len(read)  # one per article's evidence
        times = [p.stat().st_mtime_ns for p in kept]
        checked, articles = pair_claims(f, workspace, rwa, aze, records)
    assert [p.stat().st_mtime_ns for p in _kept(workspace.home)] == times  # read back, not read again
    assert {source.id for source in articles} >= set(read)
    for source, evidence in cited_evidence(records).values():  # what the thread kept is what the extractor reads
        from partnerlens.cooperation.extract import extract_text

        fresh = extract_text(evidence_text(evidence), language=source.language, published=source.published)
        assert _extracted(sources, workspace, evidence_text(evidence), source) == fresh
    assert checked is not None


def test_read_ahead_runs_in_the_callers_scope(workspace, monkeypatch):
    """The thread sees the workspace's taxonomy the CLI session set (a context variable, not inherited by threads)."""
    import partnerlens.brief.record as record

    seen: list = []
    monkeypatch.setattr(record, "_extracted", lambda *args: seen.append(scope.active_sectors_file()))
    (workspace.home / "sectors.yaml").write_text("sectors: []\n", encoding="utf-8")
    records = pair_records(workspace, resolve_party("RWA"), resolve_party("AZE"))
    with scope.sectors_file(workspace.home / "sectors.yaml"):
        expected = scope.active_sectors_file()
        read_ahead(workspace, [], records).join()
    read = [source for source, evidence in cited_evidence(records).values() if evidence]
    assert expected is not None and len(read) >= 2 and seen == [expected] * len(read)
