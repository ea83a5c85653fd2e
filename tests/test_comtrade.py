"""``data get comtrade`` against a local server that answers in Comtrade's real JSON format."""

from __future__ import annotations

from pathlib import Path

import pytest

from _trade_fixtures import LocalServer, comtrade_record, comtrade_routes, unused_port_url
from partnerlens.errors import PartnerlensError
from partnerlens.sources.comtrade import attach_reports, fetch_comtrade
from partnerlens.store import TradeStore
from partnerlens.workspace import Workspace
from test_baci import store_snapshot

RWA, AZE, USA, WORLD, OTHER_ASIA = 646, 31, 842, 0, 490
RECORDS = [
    # Rwanda's own reports
    comtrade_record(2019, RWA, "X", AZE, "090111", 500_000.0, 100_000.0),
    comtrade_record(2019, RWA, "M", AZE, "847130", 1_200_000.0),
    comtrade_record(2019, RWA, "X", USA, "090111", 2_000_000.0, 350_000.0),
    comtrade_record(2019, RWA, "X", WORLD, "090111", 2_500_000.0),  # a total: not a flow
    comtrade_record(2019, RWA, "X", OTHER_ASIA, "090111", 40_000.0),  # not an economy: left out, counted
    comtrade_record(2019, RWA, "X", AZE, "0901", 500_000.0, aggrLevel=4),  # 4-digit aggregate
    comtrade_record(2020, RWA, "X", AZE, "090111", 650_000.0, 0.0),  # zero weight: quantity missing
    # partners' reports about Rwanda: the mirror values
    comtrade_record(2019, AZE, "M", RWA, "090111", 520_000.0, 101_000.0),
    comtrade_record(2019, AZE, "X", RWA, "847130", 1_100_000.0),
    comtrade_record(2019, USA, "M", RWA, "090111", 2_100_000.0),
    comtrade_record(2020, AZE, "M", RWA, "090111", 700_000.0),
    # Azerbaijan's other trade
    comtrade_record(2019, AZE, "X", USA, "270900", 9_000_000.0),
]


@pytest.fixture
def store(tmp_path: Path) -> TradeStore:
    return TradeStore(Workspace.open(tmp_path / "home"))


@pytest.fixture
def server():
    with LocalServer(routes=comtrade_routes(RECORDS)) as running:
        yield running


def flows(store: TradeStore) -> list[tuple]:
    with store.query() as con:
        return con.execute(
            "SELECT year, exporter, importer, product, value_usd, quantity_t, source FROM flows ORDER BY ALL"
        ).fetchall()


def reports(store: TradeStore, where: str) -> list[tuple]:
    with store.query() as con:
        attach_reports(store, con)
        return con.execute(
            f"SELECT year, reporter, flow, exporter, importer, product, value_usd FROM comtrade_reports "
            f"WHERE {where} ORDER BY ALL"
        ).fetchall()


def test_reporter_side_rows_become_flows(store, server):
    result = fetch_comtrade(store, "Rwanda", [2019, 2020], base_url=server.base_url)
    assert flows(store) == [
        (2019, "AZE", "RWA", "847130", 1_200_000.0, None, "comtrade"),  # RWA's import: RWA is the importer
        (2019, "RWA", "AZE", "090111", 500_000.0, 100.0, "comtrade"),  # kg → metric tons
        (2019, "RWA", "USA", "090111", 2_000_000.0, 350.0, "comtrade"),
        (2020, "RWA", "AZE", "090111", 650_000.0, None, "comtrade"),
    ]
    info = result.source
    assert (info.name, info.kind, info.nomenclature, info.rows, info.years) == (
        "comtrade",
        "comtrade",
        "HS92",
        4,
        (2019, 2020),
    )
    assert info.value_usd == 4_350_000.0
    assert any("S19 (1)" in note for note in result.notes)


def test_partner_reports_are_kept_for_the_mirror_check(store, server):
    fetch_comtrade(store, "RWA", [2019, 2020], base_url=server.base_url)
    # exports RWA → AZE as reported by Rwanda, against AZE's imports from Rwanda
    assert reports(store, "exporter = 'RWA' AND importer = 'AZE' AND year = 2019") == [
        (2019, "AZE", "M", "RWA", "AZE", "090111", 520_000.0),
        (2019, "RWA", "X", "RWA", "AZE", "090111", 500_000.0),
    ]
    assert reports(store, "reporter = 'USA'") == [(2019, "USA", "M", "RWA", "USA", "090111", 2_100_000.0)]
    assert all(row[6] != 9_000_000.0 for row in reports(store, "true"))  # AZE–USA is not about Rwanda


def test_a_second_reporter_adds_to_the_source_and_statements_count_once(store, server):
    fetch_comtrade(store, "RWA", [2019, 2020], base_url=server.base_url)
    fetch_comtrade(store, "AZE", [2019], base_url=server.base_url)
    rows = flows(store)
    assert (2019, "RWA", "AZE", "090111", 500_000.0, 100.0, "comtrade") in rows  # RWA's own, kept
    assert (2019, "RWA", "AZE", "090111", 520_000.0, 101.0, "comtrade") in rows  # AZE's import, now a flow
    assert (2019, "AZE", "USA", "270900", 9_000_000.0, None, "comtrade") in rows
    # AZE's import report was fetched twice (as RWA's mirror and as AZE's own) and counts once
    assert reports(store, "reporter = 'AZE' AND product = '090111' AND year = 2019") == [
        (2019, "AZE", "M", "RWA", "AZE", "090111", 520_000.0)
    ]


def test_fetching_again_replaces_only_that_reporters_years(store, server):
    fetch_comtrade(store, "RWA", [2019, 2020], base_url=server.base_url)
    before = flows(store)
    info = fetch_comtrade(store, "RWA", [2020], base_url=server.base_url).source
    assert flows(store) == before and info.rows == 4


def test_a_key_uses_the_data_endpoint(store):
    with LocalServer(routes=comtrade_routes(RECORDS, key="secret")) as server:
        fetch_comtrade(store, "RWA", [2019], key="secret", base_url=server.base_url)
        assert {path for path, _ in server.requests} >= {"/data/v1/get/C/A/HS"}
        before = store_snapshot(store)
        with pytest.raises(PartnerlensError, match="refused the request \\(HTTP 401\\): check the subscription key"):
            fetch_comtrade(store, "RWA", [2020], key="wrong", base_url=server.base_url)
        assert store_snapshot(store) == before


def test_a_capped_answer_is_an_error_not_a_silent_truncation(store):
    many = [comtrade_record(2019, RWA, "X", AZE, f"{100000 + i:06d}", 1.0) for i in range(500)]
    with (
        LocalServer(routes=comtrade_routes(many)) as server,
        pytest.raises(PartnerlensError, match="capped the answer for 2019 at 500 records; pass --key"),
    ):
        fetch_comtrade(store, "RWA", [2019], base_url=server.base_url)
    assert store.sources() == []


@pytest.mark.parametrize(
    "reporter, years, message",
    [
        ("KAZ", [2019], "Comtrade lists no reporter with ISO3 code KAZ"),
        ("RWA", [2015], "Comtrade has no HS records reported by RWA for 2015; store unchanged"),
        ("Atlantis", [2019], "unknown economy 'Atlantis'"),
    ],
)
def test_nothing_to_fetch_is_a_clear_error(store, server, reporter, years, message):
    with pytest.raises(PartnerlensError, match=message):
        fetch_comtrade(store, reporter, years, base_url=server.base_url)
    assert store.sources() == []


def test_api_errors_and_unreachable_servers_are_reported(store):
    def failing(_path, _query, _headers):
        return 200, {"elapsedTime": "0 secs", "count": 0, "data": [], "error": "Invalid period"}

    routes = comtrade_routes(RECORDS) | {"/public/v1/preview/C/A/HS": failing}
    with LocalServer(routes=routes) as server, pytest.raises(PartnerlensError, match="Comtrade: Invalid period"):
        fetch_comtrade(store, "RWA", [2019], base_url=server.base_url)
    with pytest.raises(PartnerlensError, match="cannot reach Comtrade at 127.0.0.1"):
        fetch_comtrade(store, "RWA", [2019], base_url=unused_port_url())
    assert store.sources() == []
