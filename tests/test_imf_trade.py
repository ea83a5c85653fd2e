"""Monthly goods by partner (IMF IMTS SDMX-CSV): ingest, download with resume and checksum, and what it answers."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from _imf_fixtures import HEADER, expected_sum, imts_csv, imts_line
from _trade_fixtures import LocalServer, baci_zip
from partnerlens.analytics import monthly
from partnerlens.errors import PartnerlensError
from partnerlens.sources.baci import ingest_release
from partnerlens.sources.imf_trade import get_imf_trade, ingest_file, monthly_files
from partnerlens.store import TradeStore
from partnerlens.workspace import Workspace

RWA, AZE = frozenset({"RWA"}), frozenset({"AZE"})
EXAMPLE = Path(__file__).parent.parent / "examples" / "imf-trade-sample.csv"


@pytest.fixture
def store(tmp_path: Path) -> TradeStore:
    return TradeStore(Workspace.open(tmp_path / "home"))


def _snapshot(store: TradeStore) -> tuple:
    files = sorted(str(p.relative_to(store.workspace.home)) for p in store.workspace.flows_dir.rglob("*.parquet"))
    return tuple((s.name, s.version, s.rows) for s in store.sources()), tuple(files)


def test_the_example_file_is_ingested_into_its_own_monthly_table(store):
    result = ingest_file(store, EXAMPLE)
    info = result.source
    assert (info.name, info.kind, info.nomenclature, info.rows) == ("imf-trade", "imf-trade", "TOTAL", 0)
    assert info.release == "monthly 2024-01 to 2026-03" and len(info.sha256) == 64
    assert "66 monthly observations" in result.notes[0] and "(3 estimated" in result.notes[0]
    assert any("27 aggregates" in n and "27 indicator TBG_USD" in n for n in result.notes)
    assert len(monthly_files(store)) == 1


def test_monthly_data_never_becomes_the_primary_release(store, tmp_path):
    ingest_release(store, baci_zip(tmp_path / "r.zip"))
    ingest_file(store, EXAMPLE)
    assert store.primary_source().kind == "baci"


def test_latest_12_months_and_year_to_date_are_provisional_and_say_who_reported(store):
    ingest_file(store, EXAMPLE)
    recent = monthly.recent_trade(store, RWA, AZE)
    rolling, ytd = recent["rolling_12_months"], recent["year_to_date"]
    ab, ba = expected_sum((2025, 4), (2026, 3))
    assert (rolling["from"], rolling["to"]) == ("2025-04", "2026-03")
    assert rolling["a_to_b_usd"] == ab and rolling["b_to_a_usd"] == ba and rolling["total_usd"] == ab + ba
    ab, ba = expected_sum((2026, 1), (2026, 3))
    assert ytd["year"] == 2026 and ytd["months"] == 3 and ytd["total_usd"] == ab + ba
    assert ytd["annual_equivalent_usd"] == pytest.approx((ab + ba) * 4)
    assert recent["provisional"] and "provisional" in recent["label"]
    assert rolling["reported_by"] == {"a_to_b": ["RWA (exports, FOB)"], "b_to_a": ["AZE (exports, FOB)"]}
    assert 0 < rolling["estimated_share"] < 1  # AZE's 2026 exports are IMF estimates


def test_months_after_a_signing_date_start_the_month_after(store):
    ingest_file(store, EXAMPLE)
    after = monthly.after_date(store, RWA, AZE, date(2025, 9, 20))
    ab, ba = expected_sum((2025, 10), (2026, 3))
    assert (after["from"], after["to"], after["months"]) == ("2025-10", "2026-03", 6)
    assert after["total_usd"] == ab + ba and after["label"].startswith("provisional")
    assert monthly.after_date(store, RWA, AZE, date(2026, 3, 2)) is None  # no month after March 2026 yet


def test_year_to_date_of_one_direction(store):
    ingest_file(store, EXAMPLE)
    ytd = monthly.year_to_date(store, RWA, AZE, 2026)
    assert ytd["through"] == "2026-03" and ytd["value_usd"] == expected_sum((2026, 1), (2026, 3))[0]
    assert monthly.year_to_date(store, RWA, AZE, 2030) is None


@pytest.mark.parametrize(
    "lines, header, message",
    [
        ([imts_line("RWA", "XG_FOB_USD", "AZE", "2025-13", "5")], HEADER, "is not a month"),
        ([imts_line("RWA", "XG_FOB_USD", "AZE", "2025-M13", "5")], HEADER, "is not a month"),
        ([imts_line("RWA", "XG_FOB_USD", "AZE", "2025-M01", "-5")], HEADER, "is not an amount"),
        ([imts_line("RWA", "XG_FOB_USD", "AZE", "2025-M01", "abc")], HEADER, "is not an amount"),
        ([imts_line("RWA", "XG_FOB_USD", "AZE", "2025-M01", "inf")], HEADER, "is not an amount"),
        ([imts_line("RWA", "XG_FOB_USD", "AZE", "2025-M01", "5")] * 2, HEADER, "a second XG_FOB_USD"),
        (
            [imts_line("RWA", "XG_FOB_USD", "AZE", "2025-M01", "5")],
            HEADER.replace("OBS_VALUE", "VALUE"),
            "no column OBS_VALUE",
        ),
        (["dataflow,IMF.STA:IMTS(1.0.0),I,RWA"], HEADER, "wrong number of fields"),
        ([imts_line("RWA", "TBG_USD", "AZE", "2025-M01", "5")], HEADER, "no monthly exports or imports"),
    ],
)
def test_a_malformed_file_leaves_the_store_unchanged(store, tmp_path, lines, header, message):
    ingest_file(store, EXAMPLE)
    before = _snapshot(store)
    with pytest.raises(PartnerlensError, match=message) as failure:
        ingest_file(store, imts_csv(tmp_path / "bad.csv", lines, header))
    assert "\n" not in str(failure.value)
    assert _snapshot(store) == before


def test_get_resumes_an_interrupted_transfer_and_records_the_checksum(store):
    body = EXAMPLE.read_bytes()
    with LocalServer(files={"/IMTS/AZE+RWA.XG_FOB_USD+MG_CIF_USD+MG_FOB_USD.*.M": body}, cut_next=1) as server:
        progress: list[tuple[int, int | None]] = []
        result = get_imf_trade(
            store,
            ["AZE", "RWA"],
            base_url=server.base_url + "/IMTS",
            progress=lambda done, total: progress.append((done, total)),
        )
        ranges = [r for _, r in server.requests]
    assert ranges[0] is None and ranges[1] and ranges[1].startswith("bytes=")  # cut, then resumed with Range
    import hashlib

    assert result.source.sha256 == hashlib.sha256(body).hexdigest()
    assert result.source.origin == server.base_url + "/IMTS/AZE+RWA.XG_FOB_USD+MG_CIF_USD+MG_FOB_USD.*.M"
    assert progress and progress[-1][0] == len(body)


def test_get_with_a_wrong_checksum_or_a_malformed_answer_leaves_the_store_unchanged(store):
    ingest_file(store, EXAMPLE)
    before = _snapshot(store)
    url = "/IMTS/RWA.XG_FOB_USD+MG_CIF_USD+MG_FOB_USD.*.M"
    with (
        LocalServer(files={url: b"<html>maintenance</html>"}) as server,
        pytest.raises(PartnerlensError, match="not IMTS SDMX-CSV"),
    ):
        get_imf_trade(store, ["RWA"], base_url=server.base_url + "/IMTS")
    bad = (HEADER + "\n" + imts_line("RWA", "XG_FOB_USD", "AZE", "2025-M01", "-1") + "\n").encode()
    with LocalServer(files={url: bad}) as server:
        with pytest.raises(PartnerlensError, match="is not an amount"):
            get_imf_trade(store, ["RWA"], base_url=server.base_url + "/IMTS")
        with pytest.raises(PartnerlensError, match="checksum mismatch"):
            get_imf_trade(store, ["RWA"], base_url=server.base_url + "/IMTS", expected_sha256="0" * 64)
    assert _snapshot(store) == before
    assert not list(store.workspace.downloads_dir.glob("imf-trade-*"))  # nothing bad is kept for reuse
