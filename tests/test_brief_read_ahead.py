"""The brief's read-ahead: the records' evidence read by the extractor on a thread, kept, and read back by the claims.

``brief.record.read_ahead`` runs the extractor while the trade analytics run;
what it reads must be what ``pair_claims`` would have read itself, and the
thread must see the caller's scope (the workspace's taxonomy).
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from _flows_fixtures import ingest, random_world
from partnerlens import scope
from partnerlens.analytics import open_flows
from partnerlens.brief import read_worker
from partnerlens.brief.kept import EXTRACTED
from partnerlens.brief.record import _evidence, _evidence_text, _extracted, pair_claims, pair_records, read_ahead
from partnerlens.cooperation.models import Citation, Evidence, Record, Source
from partnerlens.cooperation.storage import Registry
from partnerlens.reference import resolve_party
from partnerlens.store import TradeStore
from partnerlens.workspace import Workspace

SENTENCES = (
    "Rwanda and Azerbaijan signed three agreements on coffee and tourism on 12 March 2024.",
    "Trade between Azerbaijan and Rwanda reached $12 million in 2023, the ministry said.",
)

TAXONOMY = "- id: hot_drinks\n  label: Hot drinks\n  synonyms: [coffee]\n  hs: ['090111']\n"


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
    read = [source.id for source, evidence in _evidence(records).values() if evidence]
    assert {f"https://example.org/read-ahead/{n}" for n in range(2)} <= {
        s.address for s, _ in _evidence(records).values()
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
    for source, evidence in _evidence(records).values():  # what the thread kept is what the extractor reads
        from partnerlens.cooperation.extract import extract_text

        fresh = extract_text(_evidence_text(evidence), language=source.language, published=source.published)
        assert _extracted(sources, workspace, _evidence_text(evidence), source) == fresh
    assert checked is not None


def test_read_ahead_runs_in_the_callers_scope(workspace, monkeypatch):
    """The thread sees the workspace's taxonomy the CLI session set (a context variable, not inherited by threads)
    when it reads the texts itself (the worker failed)."""
    import partnerlens.brief.record as record

    seen: list = []
    monkeypatch.setattr(read_worker, "COMMAND", (sys.executable, "-c", "raise SystemExit(3)"))  # read on the thread
    monkeypatch.setattr(record, "_extracted", lambda *args: seen.append(scope.active_sectors_file()))
    (workspace.home / "sectors.yaml").write_text("sectors: []\n", encoding="utf-8")
    records = pair_records(workspace, resolve_party("RWA"), resolve_party("AZE"))
    with scope.sectors_file(workspace.home / "sectors.yaml"):
        expected = scope.active_sectors_file()
        read_ahead(workspace, [], records).join()
    read = [source for source, evidence in _evidence(records).values() if evidence]
    assert expected is not None and len(read) >= 2 and seen == [expected] * len(read)


def _counted_extractor(monkeypatch) -> list:
    """Calls of ``extract_text`` in this process (the worker's, in its own process, are not seen)."""
    import partnerlens.cooperation.extract as extract

    calls: list = []
    real = extract.extract_text
    monkeypatch.setattr(extract, "extract_text", lambda *args, **kw: calls.append(args) or real(*args, **kw))
    return calls


def test_the_texts_are_read_in_a_worker_process(workspace, monkeypatch):
    """The worker keeps every text's reading; this process never runs the extractor, and reads the kept results."""
    calls = _counted_extractor(monkeypatch)
    rwa, aze = resolve_party("RWA"), resolve_party("AZE")
    records = pair_records(workspace, rwa, aze)
    read = [source for source, evidence in _evidence(records).values() if evidence]
    with open_flows(TradeStore(workspace)) as f:
        read_ahead(workspace, list(f.sources), records).join()
        assert len(_kept(workspace.home)) == len(read) >= 2 and calls == []  # kept by another process
        pair_claims(f, workspace, rwa, aze, records)
    assert calls == []  # read back, not read again


def test_a_failed_worker_falls_back_to_the_thread(workspace, monkeypatch):
    """A worker that fails (here: exits at once) leaves the texts to the thread, which reads and keeps them."""
    calls = _counted_extractor(monkeypatch)
    monkeypatch.setattr(read_worker, "COMMAND", (sys.executable, "-c", "raise SystemExit(3)"))
    records = pair_records(workspace, resolve_party("RWA"), resolve_party("AZE"))
    read = [source for source, evidence in _evidence(records).values() if evidence]
    with open_flows(TradeStore(workspace)) as f:
        read_ahead(workspace, list(f.sources), records).join()
    assert len(_kept(workspace.home)) == len(read) == len(calls) >= 2


def test_a_worker_that_cannot_start_falls_back_to_the_thread(workspace, monkeypatch):
    calls = _counted_extractor(monkeypatch)
    monkeypatch.setattr(read_worker, "COMMAND", (str(workspace.home / "no-such-program"),))
    records = pair_records(workspace, resolve_party("RWA"), resolve_party("AZE"))
    read_ahead(workspace, [], records).join()
    assert len(_kept(workspace.home)) == len(calls) >= 2


def test_the_worker_reads_in_the_callers_scope(workspace, monkeypatch):
    """The worker reads under the taxonomy in force in the caller (the workspace's ``sectors.yaml``)."""
    from partnerlens.cooperation.extract import extract_text

    (workspace.home / "sectors.yaml").write_text(TAXONOMY, encoding="utf-8")
    records = pair_records(workspace, resolve_party("RWA"), resolve_party("AZE"))
    source, evidence = next(
        (s, e) for s, e in _evidence(records).values() if s.address == "https://example.org/read-ahead/0"
    )
    text = _evidence_text(evidence)
    packaged = extract_text(text, language=source.language, published=source.published)
    with scope.sectors_file(workspace.home / "sectors.yaml"):
        own = extract_text(text, language=source.language, published=source.published)
        read_ahead(workspace, [], records).join()
        calls = _counted_extractor(monkeypatch)
        kept = _extracted([], workspace, text, source)
    assert calls == [] and kept == own and own != packaged
