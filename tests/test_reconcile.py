"""``reconcile``: every figure for a pair and year side by side, and the causes of gaps, in the library, CLI, API and web.

The store is built through the real ingest paths: two BACI release zips in CEPII's
layout (a revision), Comtrade records in the API's JSON format fetched from a local
server (Rwanda's own reports and Azerbaijan's mirror reports), and an invented
article queued with ``news add``.
"""

from __future__ import annotations

import json
import os
import subprocess
import time
from pathlib import Path

import httpx
import pytest
from typer.testing import CliRunner

from _trade_fixtures import LocalServer, baci_zip, comtrade_record, comtrade_routes
from _web_fixtures import CLI, Server, cli, free_port, stop_server
from partnerlens.analytics.reconcile import reconcile
from partnerlens.brief.reconcile import pair_reconciliation
from partnerlens.cli import app
from partnerlens.errors import NoDataError
from partnerlens.reference import published as ref
from partnerlens.sources.baci import ingest_release
from partnerlens.sources.comtrade import fetch_comtrade
from partnerlens.store import TradeStore
from partnerlens.workspace import Workspace

RWA, AZE, USA = 646, 31, 842
NEW = {  # BACI V202501: (t, i, j, k, v in thousand USD, q)
    2021: [(2021, RWA, AZE, 90111, "500.000", "100"), (2021, AZE, RWA, 847130, "800.000", "NA")],
    2022: [
        (2022, RWA, AZE, 90111, "610.000", "130"),
        (2022, RWA, AZE, 710812, "190.000", "0.1"),
        (2022, AZE, RWA, 847130, "870.000", "NA"),
        (2022, USA, RWA, 90111, "2000.000", "NA"),
    ],
    2023: [(2023, RWA, AZE, 90111, "700.000", "140"), (2023, AZE, RWA, 847130, "900.000", "NA")],
}
OLD = {2022: [(2022, RWA, AZE, 90111, "580.000", "130"), (2022, AZE, RWA, 847130, "860.000", "NA")]}  # V202401
COMTRADE = [
    comtrade_record(2022, RWA, "X", AZE, "090111", 600_000.0, 130_000.0),  # Rwanda's exports (FOB)
    comtrade_record(2022, RWA, "X", AZE, "710812", 200_000.0),  # … including non-monetary gold
    comtrade_record(2022, AZE, "M", RWA, "090111", 640_000.0),  # Azerbaijan's imports from Rwanda (CIF)
    comtrade_record(2022, AZE, "M", RWA, "999999", 50_000.0),  # … some of it unspecified
    comtrade_record(2022, AZE, "X", RWA, "847130", 850_000.0),  # the other direction, both sides
    comtrade_record(2022, RWA, "M", AZE, "847130", 930_000.0),
]
ARTICLE = """Invented example article written for the partnerlens tests; not a real news report.

Kigali, 3 March 2023. Trade between Rwanda and Azerbaijan reached $2 million in 2022, officials said.
Rwanda's exports to Azerbaijan amounted to $900,000 in 2022.
"""


def run(home: Path, *args: str):
    return CliRunner().invoke(app, ["--home", str(home), *args], catch_exceptions=False)


@pytest.fixture(scope="module")
def home(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("reconcile")
    home = root / "ws"
    store = TradeStore(Workspace.open(home))
    ingest_release(store, baci_zip(root / "old.zip", OLD, release="V202401"))
    ingest_release(store, baci_zip(root / "new.zip", NEW, release="V202501"))
    with LocalServer(routes=comtrade_routes(COMTRADE)) as server:
        fetch_comtrade(store, "RWA", [2022], base_url=server.base_url)
    article = root / "article.txt"
    article.write_text(ARTICLE)
    assert run(home, "news", "add", str(article)).exit_code == 0
    return home


@pytest.fixture(scope="module")
def result(home):
    return pair_reconciliation(Workspace.open(home), "Rwanda", "Azerbaijan", 2022)


def _value(result, figure_id: str) -> float | None:
    return result.figure(figure_id).value_usd


def _cause(result, cause_id: str):
    return next(c for c in result.causes if c.id == cause_id)


# -- library ---------------------------------------------------------------------------


def test_every_figure_side_by_side(result):
    assert _value(result, "baci-hs92-v202501:a_to_b") == pytest.approx(800_000)
    assert _value(result, "baci-hs92-v202501:b_to_a") == pytest.approx(870_000)
    assert _value(result, "baci-hs92-v202401:a_to_b") == pytest.approx(580_000)  # the older release: a revision
    assert result.figures[0].id == "baci-hs92-v202501:a_to_b"  # the primary release (the one analyses read) first
    assert (
        _value(result, "comtrade:a_to_b:exporter") == 800_000 and _value(result, "comtrade:a_to_b:importer") == 690_000
    )
    assert (
        _value(result, "comtrade:b_to_a:exporter") == 850_000 and _value(result, "comtrade:b_to_a:importer") == 930_000
    )
    assert {f.kind for f in result.figures} == {"store", "published", "article"}
    assert not result.synthetic and result.notes == []


def test_published_totals_with_the_bilateral_share(result):
    exports = result.figure("wdi:a_exports")
    wdi = ref.economy_figure("RWA", "exports_goods", 2022)
    assert exports.kind == "published" and exports.value_usd == wdi.value and exports.source == ref.WDI_SOURCE
    assert exports.share_of["share"] == pytest.approx(800_000 / wdi.value)
    assert result.figure("wdi:b_imports").share_of["figure"] == "baci-hs92-v202501:a_to_b"


def test_article_figures_for_the_pair_and_year(result):
    stated = {(f.direction, f.value_usd) for f in result.figures if f.kind == "article"}
    assert stated == {("total", 2_000_000.0), ("a_to_b", 900_000.0)}


def test_cif_fob_margin_measured_on_the_mirror(result):
    cause = _cause(result, "cif_fob")
    assert cause.measured
    assert cause.figures["b_to_a"]["margin"] == pytest.approx(930_000 / 850_000 - 1)
    assert cause.figures["a_to_b"]["margin"] == pytest.approx(690_000 / 800_000 - 1)
    assert "+9.4%" in cause.explanation and "less than the exporter" in cause.explanation


def test_gold_and_unspecified_lines_measured_per_figure(result):
    gold = _cause(result, "gold").figures
    assert gold["baci-hs92-v202501:a_to_b"]["share"] == pytest.approx(190 / 800)
    assert (
        gold["comtrade:a_to_b:exporter"]["value_usd"] == 200_000 and gold["comtrade:a_to_b:importer"]["value_usd"] == 0
    )
    unspecified = _cause(result, "unspecified").figures
    assert unspecified["comtrade:a_to_b:importer"]["share"] == pytest.approx(50 / 690)
    assert "HS 99" in _cause(result, "unspecified").explanation


def test_re_exports_share_of_net_imported_products(result):
    # Rwanda imports $2.0 million of coffee (from the USA) and exports $610 thousand: coffee is net-imported.
    numbers = _cause(result, "re_exports").figures["a_to_b"]
    assert numbers["net_imported_products_usd"] == pytest.approx(610_000)
    assert numbers["share"] == pytest.approx(610 / 800)


def test_revisions_and_neighbouring_years(result):
    numbers = _cause(result, "revisions").figures
    assert numbers["a_to_b"]["releases"] == {
        "baci-hs92-v202501": pytest.approx(800_000),
        "baci-hs92-v202401": pytest.approx(580_000),
    }
    assert numbers["a_to_b"]["years"] == {
        2021: pytest.approx(500_000),
        2022: pytest.approx(800_000),
        2023: pytest.approx(700_000),
    }
    assert "fetched" in _cause(result, "revisions").explanation


def test_goods_vs_services_ratio_of_article_to_goods(result):
    numbers = _cause(result, "goods_vs_services").figures
    total = next(v for k, v in numbers.items() if k.startswith("article:") and ":total:" in k)
    assert total["ratio"] == pytest.approx(2_000_000 / 1_670_000)


def test_without_comtrade_the_mirror_causes_say_so(tmp_path):
    store = TradeStore(Workspace.open(tmp_path / "ws"))
    ingest_release(store, baci_zip(tmp_path / "new.zip", NEW, release="V202501"))
    result = reconcile(store, "RWA", "AZE", 2022)
    assert not _cause(result, "cif_fob").measured and "cannot be measured here" in _cause(result, "cif_fob").explanation
    assert any("no Comtrade release" in note for note in result.notes)
    assert result.figure("comtrade:a_to_b:exporter") is None
    outside = reconcile(store, "RWA", "AZE", 2030)
    assert outside.figure("baci-hs92-v202501:a_to_b") is None and any("no data for 2030" in n for n in outside.notes)


def test_an_empty_store_is_a_clear_error(tmp_path):
    with pytest.raises(NoDataError, match="the trade store is empty"):
        reconcile(TradeStore(Workspace.open(tmp_path / "empty")), "RWA", "AZE", 2022)


# -- CLI -------------------------------------------------------------------------------------


def test_cli_prints_figures_labelled_and_causes(home):
    out = run(home, "reconcile", "Rwanda", "Azerbaijan", "--year", "2022").stdout
    assert "Why do these figures differ? Rwanda and Azerbaijan, 2022" in out
    flat = " ".join(out.split())
    assert (
        "computed: from a release in the trade store" in flat
        and "published: WDI figures, real, not from the trade store" in flat
    )
    for text in (
        "CIF/FOB margin",
        "Re-exports and transit",
        "Non-monetary gold (HS 7108)",
        "Goods vs services",
        "$930 thousand",
    ):
        assert text in out, text
    assert "synthetic" not in out


def test_cli_json_is_the_library_result(home, result):
    payload = json.loads(run(home, "reconcile", "RWA", "AZE", "--year", "2022", "--json").stdout)
    assert [f["id"] for f in payload["figures"]] == [f.id for f in result.figures]
    assert [c["id"] for c in payload["causes"]] == [
        "cif_fob",
        "re_exports",
        "gold",
        "unspecified",
        "revisions",
        "goods_vs_services",
    ]


def test_cli_bad_party_is_one_line_and_exit_1(home):
    done = subprocess.run(
        [*CLI, "--home", str(home), "reconcile", "Atlantis", "AZE", "--year", "2022"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 1 and "Atlantis" in done.stderr and "Traceback" not in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1


# -- API and web panel (a real server) -------------------------------------------------------------


@pytest.fixture(scope="module")
def server(home):
    token = json.loads(cli(home, "token", "create", "--name", "reconcile tests", "--json").stdout)["token"]
    port = free_port()
    log = open(home / "server.log", "w")  # noqa: SIM115 -- closed by the fixture after the server stops
    process = subprocess.Popen(
        [*CLI, "--home", str(home), "serve", "--port", str(port)],
        stdout=log,
        stderr=subprocess.STDOUT,
        env=os.environ | {"PYTHONUNBUFFERED": "1"},
    )
    running = Server(home, f"http://127.0.0.1:{port}", token, process)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if httpx.get(running.url + "/api/status", timeout=2).status_code == 200:
                break
        except httpx.TransportError:
            time.sleep(0.2)
    yield running
    stop_server(running)
    log.close()


def test_api_endpoint_returns_the_reconciliation(server, result):
    with server.client() as client:
        response = client.get("/api/reconcile/Rwanda/Azerbaijan", params={"year": 2022})
        assert response.status_code == 200, response.text
        payload = response.json()
        assert (payload["a"], payload["b"], payload["year"]) == ("RWA", "AZE", 2022)
        assert {f["id"]: f["value_usd"] for f in payload["figures"]}["comtrade:b_to_a:importer"] == 930_000
        assert len(payload["causes"]) == 6
        assert client.get("/api/reconcile/Atlantis/AZE", params={"year": 2022}).status_code == 404
        assert client.get("/api/reconcile/RWA/AZE", params={"year": 1200}).status_code == 422


def test_web_panel_shows_figures_and_causes(server):
    with server.client() as client:
        page = client.get(
            "/reconcile", params={"a": "Rwanda", "b": "Azerbaijan", "year": "2022"}, headers={"accept": "text/html"}
        )
        assert page.status_code == 200
        html = page.text
        assert 'id="reconcile-figures"' in html and 'id="cause-cif_fob"' in html and 'id="cause-gold"' in html
        assert 'data-figure="comtrade:a_to_b:importer"' in html and "stated in an article" in html
        assert 'id="synthetic-banner"' not in html
        pair = client.get("/pair", params={"a": "Rwanda", "b": "Azerbaijan", "year": "2022"}).text
        assert 'id="reconcile-link"' in pair


def test_on_the_demo_world_the_banner_shows(tmp_path):
    from _flows_fixtures import ingest, random_world

    world = random_world(4, ["RWA", "AZE", "KEN", "USA"], ["090111", "710812", "847130"], [2022], density=0.8)
    demo = ingest(tmp_path / "demo", world, name="demo-reconcile", synthetic=True).home
    out = run(demo, "reconcile", "RWA", "AZE", "--year", "2022").stdout
    assert "synthetic demo data" in out
    result = reconcile(TradeStore(Workspace.open(demo)), "RWA", "AZE", 2022)
    assert result.synthetic and result.figure("demo-reconcile:a_to_b").basis.startswith("synthetic demo data")
