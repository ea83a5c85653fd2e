"""BaTiS, IMF DIP and WITS tariffs through the one atomic ingest path: files in the publishers' layouts, a local server."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

import pytest

from _evidence_fixtures import (
    BATIS_ROWS,
    RWA_AZE_SERVICES_2022,
    batis_csv,
    batis_zip,
    dip_csv,
    wits_csv,
    wits_zip,
)
from _trade_fixtures import LocalServer
from partnerlens.errors import PartnerlensError
from partnerlens.evidence import EvidenceStore
from partnerlens.sources.batis import get_batis, ingest_batis
from partnerlens.sources.fdi import get_dip, ingest_dip, query_url
from partnerlens.sources.tariffs import get_tariffs, ingest_tariffs
from partnerlens.store import TradeStore
from partnerlens.workspace import Workspace

CLI = [str(Path(sys.executable).with_name("partnerlens"))]


@pytest.fixture
def store(tmp_path: Path) -> TradeStore:
    return TradeStore(Workspace.open(tmp_path / "home"))


def snapshot(store: TradeStore) -> tuple:
    """The evidence catalogue and every file under evidence/ (what a failed ingest must leave as it was)."""
    ev = EvidenceStore(store.workspace)
    files = (
        sorted(
            (str(p.relative_to(ev.root)), hashlib.sha256(p.read_bytes()).hexdigest())
            for p in ev.root.rglob("*")
            if p.is_file() and p.name != ".state"
        )
        if ev.root.exists()
        else []
    )
    return [s.to_dict() for s in ev.sources()], files


def put(path: Path, data: str | bytes) -> Path:
    path.write_bytes(data.encode() if isinstance(data, str) else data)
    return path


def rows(store: TradeStore, kind: str, where: str = "true") -> list[tuple]:
    with EvidenceStore(store.workspace).table(kind) as (con, _):
        return con.execute(f"SELECT * EXCLUDE (source) FROM evidence WHERE {where} ORDER BY ALL").fetchall()


def test_batis_bulk_zip_is_read_in_usd_with_iso3_and_missing_kept(store, tmp_path):
    result = ingest_batis(store, batis_zip(tmp_path / "OECD-WTO_BATIS_BPM6_December2025_bulk.zip"))
    assert result.source.kind == "services" and result.source.release == "December2025"
    assert result.source.rows == len(BATIS_ROWS) - 1
    assert any("not an economy" in note for note in result.notes)
    got = {r[4]: r[7] for r in rows(store, "services", "year = 2022 AND reporter = 'RWA' AND flow = 'X'")}
    assert got == pytest.approx(RWA_AZE_SERVICES_2022)
    reported = rows(store, "services", "year = 2022 AND reporter = 'RWA' AND item = 'SC'")[0][5]
    assert reported is None  # not reported by Rwanda: missing, never zero
    assert store.sources() == []  # goods analyses never see services rows


def test_dip_keeps_total_positions_and_reported_basis(store, tmp_path):
    path = tmp_path / "dip.csv"
    path.write_text(dip_csv())
    result = ingest_dip(store, path)
    assert rows(store, "investment", "year = 2022") == [
        (2022, "AZE", "RWA", "inward", "reported", None),
        (2022, "AZE", "RWA", "outward", "reported", 12e6),
        (2022, "RWA", "AZE", "inward", "reported", 15e6),
    ]
    assert len(result.notes) == 2


def test_wits_rates_are_fractions_and_mfn_applies_to_every_exporter(store, tmp_path):
    ingest_tariffs(store, wits_zip(tmp_path / "w.zip"))
    assert rows(store, "tariffs", "product = '090111'") == [
        (2022, "AZE", "*", "090111", "MFN", 0.15, 3),
        (2022, "AZE", "KAZ", "090111", "PRF", 0.0, 3),
    ]


@pytest.mark.parametrize(
    "kind, build, fragment",
    [
        ("services", lambda p: batis_zip(p, text=batis_csv().replace("2.4\n", "two\n")), "not a number of million USD"),
        ("services", lambda p: batis_zip(p, text=batis_csv().replace(",X,SC,", ",Q,SC,")), "expected X or M"),
        ("services", lambda p: batis_zip(p, text=batis_csv() + batis_csv().split("\n", 1)[1]), "more than once"),
        ("services", lambda p: batis_zip(p, text="Reporter,Partner,Year\nRW,AZ,2022\n"), "lacks column"),
        ("services", lambda p: put(p, b"PK\x03\x04 broken"), "not a readable zip"),
        ("investment", lambda p: put(p, dip_csv().replace("15000000", "lots")), "not a number of US dollars"),
        ("investment", lambda p: put(p, dip_csv().replace(",A,2022,", ",Q,2022,")), "only annual"),
        ("tariffs", lambda p: put(p, wits_csv().replace(",MFN,15,", ",MFN,-3,")), "not a rate in percent"),
        ("tariffs", lambda p: put(p, wits_csv().replace(",090111,", ",coffee,", 1)), "not an HS6 code"),
        (
            "tariffs",
            lambda p: put(p, wits_csv(nomen="H0") + wits_csv(nomen="H5").split("\n", 1)[1]),
            "mixes nomenclatures",
        ),
    ],
)
def test_bad_input_is_one_clear_error_and_leaves_the_store_unchanged(store, tmp_path, kind, build, fragment):
    good = tmp_path / "good"
    good.mkdir()
    ingest = {"services": ingest_batis, "investment": ingest_dip, "tariffs": ingest_tariffs}[kind]
    ingest(
        store,
        {
            "services": lambda: batis_zip(good / "b.zip"),
            "investment": lambda: put(good / "d.csv", dip_csv()),
            "tariffs": lambda: wits_zip(good / "w.zip"),
        }[kind](),
    )
    before = snapshot(store)
    with pytest.raises(PartnerlensError, match=fragment):
        ingest(store, build(tmp_path / "bad.zip" if kind == "services" else tmp_path / "bad.csv"))
    assert snapshot(store) == before
    assert not any((store.workspace.home / ".staging").iterdir())


def test_get_batis_resumes_a_cut_transfer_and_checks_the_checksum(store, tmp_path):
    data = batis_zip(tmp_path / "b.zip").read_bytes()
    with LocalServer(files={"/OECD-WTO_BATIS_BPM6_December2025_bulk.zip": data}, cut_next=1) as server:
        seen = []
        result = get_batis(
            store,
            base_url=server.base_url,
            expected_sha256=hashlib.sha256(data).hexdigest(),
            progress=lambda done, total: seen.append((done, total)),
        )
        assert [r[1] for r in server.requests][-1].startswith("bytes=")  # the second request resumed
    assert result.source.sha256 == hashlib.sha256(data).hexdigest() and result.source.origin.startswith(server.base_url)
    assert seen[-1] == (len(data), len(data))


def test_get_with_a_wrong_checksum_deletes_the_file_and_ingests_nothing(store, tmp_path):
    data = wits_zip(tmp_path / "w.zip").read_bytes()
    with (
        LocalServer(files={"/wits_tariffs.zip": data}) as server,
        pytest.raises(PartnerlensError, match="checksum mismatch"),
    ):
        get_tariffs(store, base_url=server.base_url, expected_sha256="0" * 64)
    assert snapshot(store) == ([], []) and not list(store.workspace.downloads_dir.iterdir())


def test_get_dip_sends_an_sdmx_query_for_csv(store):
    body = dip_csv().encode()
    url = query_url(["RWA", "AZE"], [2021, 2022], "http://127.0.0.1:1/sdmx")
    path = url.split("127.0.0.1:1", 1)[1].split("?")[0]
    assert path == "/sdmx/IMF.STA,DIP/AZE+RWA..INWD_D_NETLA_FALL_ALL+OTWD_D_NETAL_FALL_ALL..A"
    with LocalServer(files={path: body}) as server:
        result = get_dip(store, ["RWA", "AZE"], [2021, 2022], base_url=server.base_url + "/sdmx")
    assert result.source.name == "imf-dip" and result.source.rows == 4


def test_an_html_error_page_is_refused_and_not_kept(store):
    with (
        LocalServer(
            files={"/OECD-WTO_BATIS_BPM6_December2025_bulk.zip": b"<!DOCTYPE html><html>login</html>"}
        ) as server,
        pytest.raises(PartnerlensError, match="HTML page"),
    ):
        get_batis(store, base_url=server.base_url)
    assert not list(store.workspace.downloads_dir.iterdir()) and snapshot(store) == ([], [])


def test_cli_get_and_ingest_each_source(tmp_path):
    home = tmp_path / "home"
    wits = wits_zip(tmp_path / "wits_tariffs.zip").read_bytes()
    batis = batis_zip(tmp_path / "b.zip").read_bytes()

    def cli(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run(
            [*CLI, "--home", str(home), *args], capture_output=True, text=True, timeout=300, env=dict(os.environ)
        )

    with LocalServer(files={"/wits_tariffs.zip": wits, "/OECD-WTO_BATIS_BPM6_December2025_bulk.zip": batis}) as server:
        done = cli("data", "get", "tariffs", "--base-url", server.base_url, "--json")
        assert done.returncode == 0, done.stderr
        done = cli("data", "get", "batis", "--base-url", server.base_url)
        assert done.returncode == 0 and "ingested batis-bpm6" in done.stdout, done.stderr
    (tmp_path / "d.csv").write_text(dip_csv())
    assert cli("data", "ingest", "fdi", str(tmp_path / "d.csv")).returncode == 0
    listed = cli("data", "evidence")
    assert all(name in listed.stdout for name in ("batis-bpm6", "imf-dip", "wits-tariffs"))
    bad = cli("data", "ingest", "fdi", str(tmp_path / "b.zip"))
    assert bad.returncode == 1 and "Traceback" not in bad.stderr and len(bad.stderr.strip().splitlines()) == 1
    missing = cli("data", "get", "tariffs")
    assert missing.returncode == 1 and "--url" in missing.stderr


def test_the_shipped_examples_ingest_and_can_be_removed(tmp_path):
    examples = Path(__file__).resolve().parents[1] / "examples"
    home = tmp_path / "home"

    def cli(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run(
            [*CLI, "--home", str(home), *args], capture_output=True, text=True, timeout=300, env=dict(os.environ)
        )

    for name, file in (
        ("batis", "OECD-WTO_BATIS_BPM6_example_bulk.csv"),
        ("fdi", "imf_dip_example.csv"),
        ("tariffs", "wits_tariffs_example.csv"),
    ):
        done = cli("data", "ingest", name, str(examples / file))
        assert done.returncode == 0, done.stderr
    assert cli("data", "remove", "wits-tariffs").returncode == 0
    listed = cli("data", "evidence", "--json").stdout
    assert "batis-bpm6" in listed and "imf-dip" in listed and "wits-tariffs" not in listed


def test_recovery_on_open_deletes_what_a_killed_evidence_ingest_left(store, tmp_path):
    ingest_tariffs(store, wits_zip(tmp_path / "w.zip"))
    before = snapshot(store)
    evidence = EvidenceStore(store.workspace)
    orphan = evidence.source_dir("wits-tariffs") / "v20260101000000-deadbeef" / "year=2022"
    orphan.mkdir(parents=True)
    (orphan / "part-0.parquet").write_bytes(b"half-written")
    leftover = store.workspace.home / ".staging" / "killed"
    leftover.mkdir(parents=True)
    Workspace.open(store.workspace.home)  # the open hook of partnerlens.evidence recovers
    assert not orphan.parent.exists() and not leftover.exists()
    assert snapshot(store) == before
