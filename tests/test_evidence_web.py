"""The pair page's services and investment block and ``/api/pair/beyond`` over BaTiS and IMF DIP files built in tests."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from _evidence_fixtures import batis_zip, dip_csv, world_zip
from partnerlens.sources.baci import ingest_release
from partnerlens.sources.batis import ingest_batis
from partnerlens.sources.fdi import ingest_dip
from partnerlens.store import TradeStore
from partnerlens.web.app import create_app
from partnerlens.workspace import Workspace


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("web")
    store = TradeStore(Workspace.open(tmp / "home"))
    ingest_release(store, world_zip(tmp / "BACI_HS92_V202501.zip"))
    ingest_batis(store, batis_zip(tmp / "OECD-WTO_BATIS_BPM6_December2025_bulk.zip"))
    (tmp / "dip.csv").write_text(dip_csv())
    ingest_dip(store, tmp / "dip.csv")
    with TestClient(create_app(store.workspace)) as test_client:
        yield test_client


def test_api_gives_services_and_positions_both_ways(client):
    body = client.get("/api/pair/beyond", params={"a": "RWA", "b": "AZE"}).json()
    assert body["services"][0]["total_usd"] == pytest.approx(4.0e6) and body["services"][0]["year"] == 2022
    assert body["investment"][1] | {"basis": None} == {
        "investor": "AZE",
        "host": "RWA",
        "year": 2022,
        "outward_usd": 12e6,
        "inward_usd": 15e6,
        "basis": None,
        "source": "imf-dip",
        "available": True,
    }
    assert body["investment"][0]["available"] is False
    assert {s["name"] for s in body["sources"]} == {"batis-bpm6", "imf-dip"}


def test_pair_page_shows_the_services_and_investment_blocks(client):
    page = client.get("/pair", params={"a": "Rwanda", "b": "Azerbaijan"})
    assert page.status_code == 200
    html = page.text
    assert 'id="services-trade"' in html and 'id="direct-investment"' in html
    assert "Rwanda → Azerbaijan, 2022: $4.0 million in total" in html
    assert "<td>Rwanda in Azerbaijan</td><td>no data</td>" in html
    assert "(batis-bpm6)" in html and "(imf-dip)" in html


def test_cli_profile_prints_services_and_investment(tmp_path):
    import os
    import subprocess
    import sys
    from pathlib import Path

    home = tmp_path / "home"
    store = TradeStore(Workspace.open(home))
    ingest_release(store, world_zip(tmp_path / "BACI_HS92_V202501.zip"))
    ingest_batis(store, batis_zip(tmp_path / "OECD-WTO_BATIS_BPM6_December2025_bulk.zip"))
    done = subprocess.run(
        [str(Path(sys.executable).with_name("partnerlens")), "--home", str(home), "profile", "RWA", "AZE"],
        capture_output=True,
        text=True,
        timeout=300,
        env=dict(os.environ, COLUMNS="200"),
    )
    assert done.returncode == 0, done.stderr
    assert "Services Rwanda → Azerbaijan, 2022: $4.0 million (batis-bpm6, balanced)" in done.stdout
    assert "Rwanda in Azerbaijan" in done.stdout and "no data" in done.stdout  # no investment release: no data
