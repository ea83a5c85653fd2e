"""``data get baci``: download from a real HTTP server on 127.0.0.1 — whole, cut and resumed, refused, checksummed."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from _trade_fixtures import EXPECTED_ROWS, EXPECTED_VALUE_USD, RELEASE, LocalServer, baci_zip, unused_port_url
from partnerlens.errors import PartnerlensError
from partnerlens.sources.download import BASE_URL_ENV, DEFAULT_BASE_URL, download, get_baci, release_url
from partnerlens.store import TradeStore
from partnerlens.workspace import Workspace
from test_baci import store_snapshot

ZIP_PATH = f"/baci/BACI_HS92_{RELEASE}.zip"


@pytest.fixture
def store(tmp_path: Path) -> TradeStore:
    return TradeStore(Workspace.open(tmp_path / "home"))


@pytest.fixture
def release(tmp_path: Path) -> bytes:
    return baci_zip(tmp_path / "release.zip").read_bytes()


@pytest.fixture
def server(release: bytes):
    with LocalServer(files={ZIP_PATH: release}) as running:
        yield running


def ranges(server: LocalServer) -> list[str | None]:
    return [header for path, header in server.requests if path == ZIP_PATH]


def test_release_url_follows_cepii_and_can_be_overridden(monkeypatch):
    monkeypatch.delenv(BASE_URL_ENV, raising=False)
    assert release_url() == "https://www.cepii.fr/DATA_DOWNLOAD/baci/data/BACI_HS92_V202501.zip"
    assert release_url("V202401b", "HS12").startswith(DEFAULT_BASE_URL)
    monkeypatch.setenv(BASE_URL_ENV, "http://127.0.0.1:9/x/")
    assert release_url() == "http://127.0.0.1:9/x/BACI_HS92_V202501.zip"
    assert release_url(base_url="http://h/y") == "http://h/y/BACI_HS92_V202501.zip"


def test_download_then_ingest_records_checksum_and_address(store, server, release):
    seen: list[tuple[int, int | None]] = []
    result = get_baci(
        store, base_url=f"{server.base_url}/baci", progress=lambda done, total: seen.append((done, total))
    )
    target = store.workspace.downloads_dir / f"BACI_HS92_{RELEASE}.zip"
    assert target.read_bytes() == release
    info = result.source
    assert info.sha256 == hashlib.sha256(release).hexdigest()
    assert info.origin == f"{server.base_url}{ZIP_PATH}"
    assert info.rows == EXPECTED_ROWS and info.value_usd == pytest.approx(EXPECTED_VALUE_USD, rel=1e-12)
    assert seen[-1] == (len(release), len(release))
    assert ranges(server) == [None]


def test_a_transfer_cut_halfway_resumes_with_range_and_yields_the_exact_file(store, server, release):
    server.cut_next = 1
    result = get_baci(store, base_url=f"{server.base_url}/baci")
    target = store.workspace.downloads_dir / f"BACI_HS92_{RELEASE}.zip"
    assert target.read_bytes() == release
    assert not target.with_name(target.name + ".part").exists()
    assert ranges(server) == [None, f"bytes={len(release) // 2}-"]
    assert result.source.sha256 == hashlib.sha256(release).hexdigest()


def test_an_interrupted_download_fails_cleanly_and_resumes_on_the_next_run(store, server, release, tmp_path):
    url = f"{server.base_url}{ZIP_PATH}"
    target = tmp_path / "dl" / "BACI.zip"
    server.cut_next = 2
    with pytest.raises(PartnerlensError, match="interrupted after .* run the same command again to resume"):
        download(url, target, retries=1, backoff_seconds=0)
    part = target.with_name("BACI.zip.part")
    assert not target.exists()
    assert part.read_bytes() == release[: len(part.read_bytes())] and part.stat().st_size < len(release)
    kept = part.stat().st_size
    download(url, target, retries=0)
    assert target.read_bytes() == release
    assert ranges(server)[-1] == f"bytes={kept}-"


def test_interrupted_get_leaves_the_store_unchanged(store, server):
    before = store_snapshot(store)
    server.cut_next = 10
    with pytest.raises(PartnerlensError, match="interrupted"):
        get_baci(store, base_url=f"{server.base_url}/baci")
    assert store_snapshot(store) == before
    assert store.sources() == []


def test_a_server_that_ignores_range_makes_us_start_over(store, server, release, tmp_path):
    server.cut_next, server.ignore_range = 1, True
    target = tmp_path / "BACI.zip"
    download(f"{server.base_url}{ZIP_PATH}", target, backoff_seconds=0)
    assert target.read_bytes() == release


def test_a_complete_part_file_is_finished_without_downloading_again(server, release, tmp_path):
    target = tmp_path / "BACI.zip"
    target.with_name("BACI.zip.part").write_bytes(release)
    download(f"{server.base_url}{ZIP_PATH}", target)
    assert target.read_bytes() == release
    assert ranges(server) == [f"bytes={len(release)}-"]  # answered 416 with the size: nothing left to fetch


def test_an_unreachable_server_gives_a_clear_error(store):
    before = store_snapshot(store)
    base = unused_port_url()
    with pytest.raises(PartnerlensError, match=f"cannot reach {base.removeprefix('http://')}"):
        get_baci(store, base_url=base)
    assert store_snapshot(store) == before
    assert not any(store.workspace.downloads_dir.iterdir())


def test_a_missing_release_is_reported_with_its_status(store, server):
    with pytest.raises(PartnerlensError, match="HTTP 404"):
        get_baci(store, release="V199901", base_url=f"{server.base_url}/baci")


def test_checksum_is_verified_when_given(store, server, release):
    good = hashlib.sha256(release).hexdigest()
    before = store_snapshot(store)
    with pytest.raises(PartnerlensError, match="checksum mismatch"):
        get_baci(store, base_url=f"{server.base_url}/baci", expected_sha256="0" * 64)
    assert store_snapshot(store) == before
    assert not any(store.workspace.downloads_dir.iterdir())
    assert get_baci(store, base_url=f"{server.base_url}/baci", expected_sha256=good.upper()).source.sha256 == good


def test_a_finished_download_is_reused(store, server):
    get_baci(store, base_url=f"{server.base_url}/baci")
    again = get_baci(store, base_url=f"{server.base_url}/baci")
    assert len(ranges(server)) == 1
    assert any("reused" in note for note in again.notes)
