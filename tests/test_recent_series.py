"""One series across HS revisions and sources, this year's trade in briefs, and Comtrade as served today."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from _brief_fixtures import build_store
from _trade_fixtures import LocalServer, baci_zip, comtrade_record, comtrade_routes
from partnerlens.analytics import bilateral_profile
from partnerlens.brief import build, render
from partnerlens.cooperation.models import Citation, Evidence, Record, Source
from partnerlens.cooperation.storage import Registry
from partnerlens.errors import PartnerlensError
from partnerlens.sources.baci import ingest_release
from partnerlens.sources.comtrade import fetch_comtrade
from partnerlens.sources.imf_trade import ingest_file
from partnerlens.store import TradeStore
from partnerlens.workspace import Workspace

EXAMPLE = Path(__file__).parent.parent / "examples" / "imf-trade-sample.csv"
SPLIT = "847141"  # HS22 code the Growth Lab weights spread over two HS92 codes
HS22_2023 = [  # Rwanda's own 2023 records, in HS 2022 as reported, and Azerbaijan's mirror record
    comtrade_record(2023, 646, "X", 31, "090111", 400_000.0, classificationCode="H6", isOriginalClassification=True),
    comtrade_record(2023, 646, "X", 31, SPLIT, 100_000.0, classificationCode="H6", isOriginalClassification=True),
    comtrade_record(2023, 646, "M", 31, "847130", 250_000.0, classificationCode="H6", isOriginalClassification=True),
    comtrade_record(2023, 31, "M", 646, "090111", 390_000.0, classificationCode="H5", isOriginalClassification=True),
]


@pytest.fixture
def store(tmp_path: Path) -> TradeStore:
    return TradeStore(Workspace.open(tmp_path / "home"))


def _snapshot(store: TradeStore) -> tuple:
    return tuple((s.name, s.version) for s in store.sources())


def test_baci_hs92_and_comtrade_hs22_give_one_series_that_says_what_was_converted(store, tmp_path):
    ingest_release(store, baci_zip(tmp_path / "baci.zip"))  # HS92, 2021–2022
    with LocalServer(routes=comtrade_routes(HS22_2023)) as server:
        result = fetch_comtrade(store, "RWA", [2023], base_url=server.base_url)
    assert result.source.nomenclature == "HS92"
    assert any("converted from HS17, HS22 to HS92" in n for n in result.notes)  # as each reporter reported
    assert bilateral_profile(store, "RWA", "AZE").year == 2022  # the default year stays the primary release's last
    profile = bilateral_profile(store, "RWA", "AZE", 2023)
    assert [r.year for r in profile.series] == [2021, 2022, 2023]
    assert profile.year == 2023 and profile.exports_a_to_b_usd == pytest.approx(500_000.0)  # totals kept exactly
    assert profile.exports_b_to_a_usd == pytest.approx(250_000.0)
    assert profile.series[1].exports_a_to_b_usd == pytest.approx((600.001 + 1500.250) * 1000)  # BACI's 2022
    (entry,) = profile.provenance
    assert entry["source"] == "comtrade" and entry["years"] == [2023]
    assert entry["converted"]["from"] == "HS17, HS22" and entry["converted"]["to"] == "HS92"
    assert entry["converted"]["split_share"] == pytest.approx((100_000 + 250_000) / 750_000)  # 847141 and 847130 split
    assert any(
        "2023 from comtrade as reported" in n and "converted from HS17, HS22 to HS92" in n for n in profile.notes
    )
    hs6 = {row.code for row in profile.top_products_a_to_b["hs6"]}
    assert {"847120", "847110"} <= hs6 and SPLIT not in hs6  # the HS22 code spread over its HS92 codes
    assert json.dumps(profile.to_dict())  # --json carries provenance and recent


def _quota_routes(records: list[dict], fail_after: int, status: int, body: dict) -> tuple[dict, list]:
    routes, seen = comtrade_routes(records), []
    inner = routes["/public/v1/preview/C/A/HS"]

    def data(path, query, headers):
        seen.append(query)
        if len(seen) > fail_after:
            return status, body
        return inner(path, query, headers)

    return routes | {"/public/v1/preview/C/A/HS": data}, seen


@pytest.mark.parametrize(
    "status, message",
    [
        (429, "Rate limit is exceeded. Try again in 2 seconds."),
        (403, "Out of call volume quota. Quota will be replenished in 05:23:08."),
    ],
)
def test_rate_limit_and_quota_answers_are_clear_and_the_run_resumes(store, tmp_path, status, message):
    ingest_release(store, baci_zip(tmp_path / "baci.zip"))
    before = _snapshot(store)
    routes, seen = _quota_routes(HS22_2023, 1, status, {"statusCode": status, "message": message})
    with LocalServer(routes=routes) as server:
        with pytest.raises(PartnerlensError) as failure:
            fetch_comtrade(store, "RWA", [2023], base_url=server.base_url)
        text = str(failure.value)
        assert message in text and f"HTTP {status}" in text and "1 of 2 requests done" in text
        assert "run the same command again to continue" in text and "\n" not in text
        assert _snapshot(store) == before
        routes2, seen2 = _quota_routes(HS22_2023, 99, status, {})
        server.routes.update(routes2)
        fetch_comtrade(store, "RWA", [2023], base_url=server.base_url)
    assert len(seen2) == 1  # only the request that had failed was made again
    assert "comtrade" in {s.name for s in store.sources()}
    assert not list((store.workspace.downloads_dir / "comtrade").glob("*.json"))  # answers dropped once ingested


def test_the_key_goes_in_the_header_and_is_never_written_or_shown(store, tmp_path, monkeypatch):
    key = "SeCrEt-KeY-0123456789"
    monkeypatch.setenv("COMTRADE_API_KEY", key)
    with LocalServer(routes=comtrade_routes(HS22_2023, key=key)) as server:
        fetch_comtrade(store, "RWA", [2023], base_url=server.base_url)
        assert any(p == "/data/v1/get/C/A/HS" for p, _ in server.requests)
        monkeypatch.setenv("COMTRADE_API_KEY", "wrong-" + key)
        with pytest.raises(PartnerlensError) as failure:
            fetch_comtrade(store, "RWA", [2022], base_url=server.base_url)
    assert key not in str(failure.value)
    for file in store.workspace.home.rglob("*"):
        if file.is_file():
            assert key.encode() not in file.read_bytes(), file


def test_the_agreement_table_has_a_provisional_after_figure_from_months_after_signing(tmp_path):
    home = tmp_path / "home"
    store = build_store(home, synthetic=False)  # annual data end in 2022
    ingest_file(store, EXAMPLE)  # monthly RWA–AZE to 2026-03
    sentence = "Rwanda and Azerbaijan signed five agreements in Baku on 20 September 2025."
    Registry(store.workspace).add(
        Record(
            id="agr-aze-rwa-2025-09-20-test",
            kind="agreement",
            type="agreement_signing",
            date="2025-09-20",
            parties=["AZE", "RWA"],
            count=5,
            sectors=["coffee"],
            sources=[
                Citation(
                    source=Source(address="https://example.org/baku"),
                    evidence=Evidence(text=sentence, start=0, end=len(sentence)),
                )
            ],
        )
    )
    brief = build("RWA", "AZE", workspace=home)
    text = render(brief, "md")
    assert "All goods (monthly, provisional)" in text
    assert "2025-10 to 2026-03, provisional" in text
    assert "reported by AZE (exports, FOB), RWA (exports, FOB)" in text


@pytest.fixture(scope="module")
def monthly_home(tmp_path_factory) -> Path:
    home = tmp_path_factory.mktemp("claims") / "home"
    ingest_file(build_store(home, synthetic=False), EXAMPLE)  # annual to 2022, monthly RWA–AZE to 2026-03
    return home


@pytest.mark.parametrize(
    "text, value",
    [
        ("Trade between Rwanda and Azerbaijan reached $2.1 million in 2025.", 2_115_000.0),  # all 12 months
        ("Rwanda's exports to Azerbaijan were $375,000 in 2026.", 375_000.0),  # January–March
    ],
)
def test_a_claim_about_a_year_without_a_release_is_judged_on_year_to_date_months(monthly_home, text, value):
    from partnerlens.claims import check

    (result,) = check(text, TradeStore(Workspace.open(monthly_home)))
    assert result.computed_value == pytest.approx(value)
    assert result.verdict == "consistent"
    (caveat,) = [c for c in result.caveats if c.id == "year_to_date"]
    assert "provisional monthly figures" in caveat.text and "reported by" in caveat.text
    assert ("lower bound" in caveat.text) == ("2026" in text)
    assert not any(c.id == "year_not_released" for c in result.caveats)


def test_the_cli_ingests_monthly_data_and_the_profile_json_shows_it_next_to_the_annual_year(
    tmp_path, monkeypatch, capsys
):
    import sys

    from partnerlens.cli import main

    home = tmp_path / "home"
    store = TradeStore(Workspace.open(home))
    ingest_release(store, baci_zip(tmp_path / "baci.zip"))
    ingest_release(store, baci_zip(tmp_path / "hs12.zip", hs="HS12", release="V202401"))

    def run(*args: str) -> tuple[int, str]:
        monkeypatch.setattr(sys, "argv", ["partnerlens", "--home", str(home), *args])
        try:
            main()
            code = 0
        except SystemExit as exit:
            code = exit.code
        return code, capsys.readouterr().out

    code, out = run("data", "ingest", "imf-trade", str(EXAMPLE), "--json")
    assert code == 0 and json.loads(out)["name"] == "imf-trade"
    code, out = run("data", "info", "--json")
    converted = {s["name"]: s.get("converted") for s in json.loads(out)["sources"]}
    assert converted["baci-hs12-v202401"]["from"] == "HS12" and converted["baci-hs92-v202501"] is None
    code, out = run("data", "info")
    assert "baci-hs12-v202401: converted from HS12 to HS92" in " ".join(out.split())
    code, out = run("profile", "RWA", "AZE", "--json")
    recent = json.loads(out)["recent"]
    assert recent["provisional"] and recent["rolling_12_months"]["to"] == "2026-03"
    code, out = run("profile", "RWA", "AZE")
    flat = " ".join(out.split())
    assert code == 0 and "Latest months (provisional)" in flat and "2026-03" in flat, flat[:3000]


def test_the_brief_shows_the_latest_12_months_next_to_the_annual_figures(monthly_home):
    text = render(build("RWA", "AZE", workspace=monthly_home), "md")
    assert "Latest months (provisional)" in text and "2025-04 to 2026-03" in text
