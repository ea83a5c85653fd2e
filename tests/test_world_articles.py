"""The registry's articles read at ``world build`` (issue 16): a first brief after a build runs no extractor.

``world build`` reads every text a brief of some pair would read (``world.articles``) and keeps each reading
beside the world tables under the brief's key; a brief finds its readings there, and anything that makes the
reading different (a text added after the build, another ``sectors.yaml``) misses and is read on demand.
Real components: a store written through the ingest path, the workspace's registry, the extractor, a process
pool and a ``dask.distributed`` LocalCluster of 2 worker processes.
"""

from __future__ import annotations

import json
import pickle
import shutil
from datetime import date, timedelta
from pathlib import Path

import pytest

from _flows_fixtures import ingest, random_world
from partnerlens.analytics import open_flows
from partnerlens.brief.kept import kept_extraction
from partnerlens.brief.record import pair_claims, pair_records, read_ahead
from partnerlens.cooperation import gazetteer
from partnerlens.cooperation.evidence import EXTRACTED, asked_of, cited_evidence, evidence_text, extraction_key
from partnerlens.cooperation.extract import extract_text
from partnerlens.cooperation.models import Citation, Evidence, Record, Source
from partnerlens.cooperation.storage import Registry
from partnerlens.reference import resolve_party
from partnerlens.store import TradeStore
from partnerlens.workspace import Workspace
from partnerlens.world import articles as wa
from partnerlens.world import manifest as mf
from partnerlens.world.build import build_world
from partnerlens.world.tasks import Task

ARTICLE = (
    "Rwanda and Azerbaijan signed three agreements on coffee and tourism on 12 March 2024. "
    "Kenya and Rwanda agreed to raise trade to $50 million by 2026, the ministers said."
)
FIRST, SECOND = ARTICLE.split(". ", 1)
PAIRS = [("RWA", "AZE"), ("KEN", "RWA"), ("AZE", "africa"), ("RWA", "africa")]


def _record(n: int, parties: list[str], sentence: str, start: int, address: str) -> Record:
    return Record(
        id=f"evt-world-articles-{n}",
        kind="event",
        type="visit",
        date="2024-03-12",
        parties=parties,
        sources=[
            Citation(
                source=Source(address=address, language="en", published=date(2024, 3, 13)),
                evidence=Evidence(text=sentence, start=start, end=start + len(sentence)),
            )
        ],
    )


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """A store whose registry cites one article from two pairs' records (each pair's brief reads its own part)."""
    world = random_world(3, ["RWA", "AZE", "KEN", "DEU"], ["090111", "260900", "847130"], [2022, 2023])
    ws = ingest(tmp_path_factory.mktemp("articles") / "ws", world, name="demo-articles", synthetic=True)
    registry = Registry(ws)
    registry.add(_record(0, ["AZE", "RWA"], FIRST + ".", 0, "https://example.org/world-articles/1"))
    registry.add(_record(1, ["KEN", "RWA"], SECOND, len(FIRST) + 2, "https://example.org/world-articles/1"))
    report = build_world(ws, years=[2023], workers=2, kinds=("articles",))
    return ws, report


def _pair_texts(ws: Workspace, a: str, b: str) -> list[tuple[Source, str]]:
    records = pair_records(ws, resolve_party(a), resolve_party(b))
    return [(source, evidence_text(evidence)) for source, evidence in cited_evidence(records).values() if evidence]


def _kept(home: Path) -> list[Path]:
    return sorted(p for p in (home / "cache").glob(f"*/{EXTRACTED}/*") if not p.name.startswith("."))


def _sources(ws: Workspace) -> list:
    with open_flows(TradeStore(ws)) as f:
        return list(f.sources)


def test_every_text_a_pair_s_brief_reads_is_read_by_the_build(built):
    ws, report = built
    folder = Path(report["folder"])
    day = date.today().isoformat()
    read = set()
    for a, b in PAIRS:
        texts = _pair_texts(ws, a, b)
        assert texts, (a, b)
        for source, text in texts:
            path = wa.reading_path(folder, extraction_key(ws.home, asked_of(text, source, day)))
            assert path.exists(), (a, b, text[:40])
            read.add(path)
            fresh = extract_text(text, language=source.language, published=source.published)
            assert pickle.loads(path.read_bytes()) == fresh  # what the brief itself would have read
    texts = {text for a, b in PAIRS for _, text in _pair_texts(ws, a, b)}
    assert {FIRST + ".", SECOND, f"{FIRST}.\n\n{SECOND}"} <= texts  # each pair's part; RWA × Africa, the whole
    manifest = mf.read_manifest(folder)
    assert manifest["articles"] == report["articles"] and report["articles"]["day"] == day
    assert report["articles"]["texts"] == len(list((folder / wa.ARTICLES).glob("*.pickle"))) >= len(read)


def test_a_first_brief_after_the_build_reads_no_text_itself(built):
    ws, _ = built
    for path in _kept(ws.home):
        path.unlink()
    for a, b in PAIRS:
        party_a, party_b = resolve_party(a), resolve_party(b)
        records = pair_records(ws, party_a, party_b)
        gazetteer._matchers.cache_clear()
        with open_flows(TradeStore(ws)) as f:
            read_ahead(ws, list(f.sources), records).join()
            # the checker's gazetteer matchers are built on the thread, though the extractor did not run there
            assert gazetteer._matchers.cache_info().currsize >= 1
            checked, articles = pair_claims(f, ws, party_a, party_b, records)
        assert articles and checked is not None
    assert _kept(ws.home) == []  # nothing read, so nothing kept in the cache


def test_an_article_added_after_the_build_is_read_on_demand(built, tmp_path):
    ws, report = built
    home = tmp_path / "home"
    shutil.copytree(ws.home, home)
    later = Workspace.open(home)
    for path in _kept(home):
        path.unlink()
    sentence = "Azerbaijan and Rwanda opened a joint business council in Kigali on 2 May 2024."
    Registry(later).add(_record(2, ["AZE", "RWA"], sentence, 0, "https://example.org/world-articles/2"))
    texts = _pair_texts(later, "RWA", "AZE")
    with open_flows(TradeStore(later)) as f:
        read_ahead(later, list(f.sources), pair_records(later, resolve_party("RWA"), resolve_party("AZE"))).join()
    kept = _kept(home)
    assert len(kept) == 1  # the new article only; the others came from the build
    assert pickle.loads(kept[0].read_bytes()) == extract_text(sentence, language="en", published=date(2024, 3, 13))
    assert sentence in {text for _, text in texts}


def test_another_sectors_yaml_is_not_served_the_build_s_reading(built, tmp_path):
    ws, report = built
    home = tmp_path / "home"
    shutil.copytree(ws.home, home)
    later = Workspace.open(home)
    source, text = _pair_texts(later, "RWA", "AZE")[0]
    asked = asked_of(text, source, date.today().isoformat())
    sources = _sources(later)
    assert kept_extraction(later, asked, sources, lambda: "computed") != "computed"  # the build's reading
    (home / "sectors.yaml").write_text("sectors: []\n", encoding="utf-8")
    assert kept_extraction(later, asked, sources, lambda: "computed") == "computed"
    tomorrow = asked_of(text, source, (date.today() + timedelta(days=1)).isoformat())
    assert kept_extraction(later, tomorrow, sources, lambda: "tomorrow") == "tomorrow"


def test_a_task_run_on_another_day_reads_nothing(tmp_path):
    job = tmp_path / "block=000.json"
    text = {"key": "k", "text": FIRST, "language": "en", "published": "2024-03-13"}
    job.write_text(json.dumps({"day": "2001-01-01", "texts": [text]}), encoding="utf-8")
    task = Task(wa.ARTICLES, year=2023, digits=6, out=str(tmp_path), files=(str(job),), block=0, home=str(tmp_path))
    assert wa.read_block(task) is False and not (tmp_path / wa.ARTICLES).exists()


def test_dask_cluster_reads_the_same_articles_as_the_local_engine(built, tmp_path):
    pytest.importorskip("distributed")
    ws, report = built
    other = tmp_path / "home"
    shutil.copytree(ws.home, other)
    shutil.rmtree(other / "world")
    dask_report = build_world(Workspace.open(other), years=[2023], engine="dask", workers=2, kinds=("articles",))
    assert dask_report["articles"] == report["articles"] | {"new": report["articles"]["texts"]}

    def readings(folder: str) -> dict:
        return {p.name: pickle.loads(p.read_bytes()) for p in (Path(folder) / wa.ARTICLES).glob("*.pickle")}

    local, dask = readings(report["folder"]), readings(dask_report["folder"])
    assert local and local == dask
