"""Bilateral profile: hand-checked figures, exact totals, group semantics, missing data, JSON shape."""

import json
import math

import duckdb
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from _flows_fixtures import flows_frame, ingest, random_world
from partnerlens.analytics import bilateral_profile, pair_indices
from partnerlens.analytics import indices as raw_indices
from partnerlens.analytics.flows import open_flows
from partnerlens.reference import resolve_party
from partnerlens.store import SourceInfo, TradeStore
from partnerlens.workspace import Workspace

# Rwanda (A) and Azerbaijan (B). In 2023 Rwanda exports 10,000 (AZE 1,000 = 10 %, 3rd of 3 destinations) and
# imports 5,000 (AZE 1,500 = 30 %, 2nd of 3 origins); Azerbaijan exports 15,000 (RWA 10 %, 2nd of 2) and
# imports 10,000 (RWA 10 %, 2nd of 2). 2024 holds only trade between third parties; 2020 is not in the data.
ROWS = [
    (2021, "RWA", "AZE", "090111", 250),
    (2021, "RWA", "CHN", "260900", 100),
    (2022, "RWA", "AZE", "090111", 500),
    (2022, "AZE", "RWA", "310210", 1000),
    (2022, "RWA", "CHN", "260900", 5000),
    (2023, "RWA", "AZE", "090111", 600),
    (2023, "RWA", "AZE", "090240", 300),
    (2023, "RWA", "AZE", "260900", 100),
    (2023, "AZE", "RWA", "310210", 250),
    (2023, "AZE", "RWA", "270900", 1250),
    (2023, "RWA", "KEN", "090111", 2000),
    (2023, "RWA", "CHN", "260900", 7000),
    (2023, "CHN", "RWA", "850440", 3000),
    (2023, "KEN", "RWA", "100199", 500),
    (2023, "AZE", "TUR", "270900", 13500),
    (2023, "TUR", "AZE", "870323", 9000),
    (2024, "KEN", "CHN", "090111", 42),
]
FLOWS = flows_frame(ROWS)


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    return ingest(tmp_path_factory.mktemp("profile") / "ws", FLOWS, name="demo-profile", synthetic=True)


@pytest.fixture(scope="module")
def profile(store):
    return bilateral_profile(store, "Rwanda", "Republic of Azerbaijan", 2023, top=2)


def test_headline_figures_by_hand(profile):
    assert (profile.a, profile.b, profile.year, profile.has_data) == ("RWA", "AZE", 2023, True)
    assert profile.exports_a_to_b_usd == 1000 and profile.exports_b_to_a_usd == 1500
    assert profile.total_usd == 2500 and profile.balance_usd == -500
    assert profile.growth == pytest.approx({"a_to_b": 1.0, "b_to_a": 0.5, "total": 2500 / 1500 - 1})
    assert profile.cagr_window == (2021, 2023)
    assert profile.cagr["a_to_b"] == pytest.approx(1.0)  # 250 → 1,000 in two years
    assert profile.cagr["total"] == pytest.approx(math.sqrt(10) - 1)
    assert profile.cagr["b_to_a"] is None  # nothing in 2021: no rate from zero


def test_series_covers_every_year_with_missing_where_a_party_has_no_trade(profile):
    by_year = {row.year: row for row in profile.series}
    assert sorted(by_year) == [2021, 2022, 2023, 2024]
    assert (by_year[2021].exports_a_to_b_usd, by_year[2021].exports_b_to_a_usd) == (250, 0)
    assert by_year[2022].growth_a_to_b == pytest.approx(1.0) and by_year[2022].growth_b_to_a is None
    assert by_year[2023].share_of_b_in_a_exports == pytest.approx(0.1)
    assert by_year[2022].share_of_b_in_a_exports == pytest.approx(500 / 5500)
    assert by_year[2024].exports_a_to_b_usd is None and by_year[2024].total_usd is None


def test_shares_and_ranks_by_hand(profile):
    b_for_a, a_for_b = profile.b_among_a_partners, profile.a_among_b_partners
    assert (b_for_a.exports_usd, b_for_a.imports_usd) == (10000, 5000)
    assert b_for_a.share_of_exports == pytest.approx(0.1) and b_for_a.share_of_imports == pytest.approx(0.3)
    assert (b_for_a.rank_in_exports, b_for_a.export_partners) == (3, 3)
    assert (b_for_a.rank_in_imports, b_for_a.import_partners) == (2, 3)
    assert (a_for_b.exports_usd, a_for_b.imports_usd) == (15000, 10000)
    assert a_for_b.share_of_exports == pytest.approx(0.1) and a_for_b.rank_in_imports == 2


def test_top_products_with_names_and_concentration(profile):
    hs4 = profile.top_products_a_to_b["hs4"]
    assert [(r.code, r.name, r.value_usd) for r in hs4] == [("0901", "Coffee", 600), ("0902", "Tea", 300)]
    assert hs4[0].share == pytest.approx(0.6)
    assert [r.code for r in profile.top_products_b_to_a["hs6"]] == ["270900", "310210"]
    assert profile.top_products_b_to_a["hs6"][0].name == "Petroleum oils, crude"
    assert profile.concentration["a_to_b"].hhi_hs6 == pytest.approx(0.36 + 0.09 + 0.01)
    assert profile.concentration["b_to_a"].hhi_hs4 == pytest.approx((1 + 25) / 36)
    assert profile.concentration["a_to_b"].products_hs6 == 3


def test_sector_view_uses_the_taxonomy(profile):
    sectors = {row.sector: row for row in profile.sectors}
    assert sectors["coffee"].exports_a_to_b_usd == 600 and sectors["coffee"].share_a_to_b == pytest.approx(0.6)
    assert sectors["agriculture"].exports_a_to_b_usd == 900
    assert sectors["energy"].exports_b_to_a_usd == 1250 and sectors["fertilizers"].exports_b_to_a_usd == 250
    assert sectors["three_t"].exports_a_to_b_usd == 100
    assert "education" not in sectors  # goods-less fields have no trade figures


def test_sources_synthetic_flag_and_mirror(profile):
    assert [s.name for s in profile.sources] == ["demo-profile"] and profile.synthetic
    assert profile.mirror.available is False and "Comtrade" in profile.mirror.note


def test_a_year_without_data_is_missing_not_zero(store):
    absent = bilateral_profile(store, "RWA", "AZE", 2020)
    assert not absent.has_data and absent.exports_a_to_b_usd is None and absent.total_usd is None
    assert absent.b_among_a_partners.exports_usd is None
    assert any("no data for 2020" in note for note in absent.notes)
    assert absent.top_products_a_to_b == {"hs4": [], "hs6": []}


def test_default_year_is_the_latest_and_a_party_without_trade_says_so(store):
    latest = bilateral_profile(store, "RWA", "AZE")
    assert latest.year == 2024 and not latest.has_data and latest.exports_a_to_b_usd is None
    assert any("no trade recorded for" in note for note in latest.notes)


def test_to_dict_is_json_ready_with_the_documented_keys(profile):
    payload = profile.to_dict()
    json.dumps(payload, allow_nan=False)
    for key in (
        "a",
        "b",
        "year",
        "exports_a_to_b_usd",
        "exports_b_to_a_usd",
        "total_usd",
        "series",
        "top_products_a_to_b",
        "top_products_b_to_a",
        "sources",
        "synthetic",
        "sectors",
        "mirror",
        "concentration",
        "b_among_a_partners",
        "cagr",
        "growth",
    ):
        assert key in payload
    assert payload["synthetic"] is True and payload["sources"][0]["synthetic"] is True
    assert payload["series"][-1]["exports_a_to_b_usd"] is None


def test_table_and_store_give_the_same_profile(profile):
    from_table = bilateral_profile(FLOWS, "RWA", "AZE", 2023, top=2).to_dict()
    from_store = profile.to_dict()
    for payload in (from_table, from_store):
        payload.pop("sources"), payload.pop("synthetic"), payload.pop("mirror")
    assert from_table == from_store


def test_group_totals_are_sums_over_members(tmp_path):
    members = ["EGY", "MAR", "NGA", "KEN"]
    world = random_world(7, ["KAZ", "CHN", "DEU", *members], ["100199", "270900", "310420"], [2022, 2023], density=0.6)
    ws = ingest(tmp_path / "ws", world)
    with open_flows(ws) as f:
        group = bilateral_profile(f, "Kazakhstan", "Africa", 2023)
        parts = [bilateral_profile(f, "KAZ", m, 2023) for m in members]
    assert group.exports_a_to_b_usd == sum(p.exports_a_to_b_usd for p in parts)
    assert group.exports_b_to_a_usd == sum(p.exports_b_to_a_usd for p in parts)
    this = world[world["year"] == 2023]
    africa = resolve_party("Africa").members
    outside = this[this["exporter"].isin(africa) & ~this["importer"].isin(africa)]["value_usd"].sum()
    assert group.a_among_b_partners.exports_usd == outside  # Africa's exports exclude trade among members
    # Africa counts as one partner among Kazakhstan's: CHN, DEU and Africa at most
    assert group.b_among_a_partners.export_partners <= 3


def test_a_group_against_its_own_member_leaves_out_trade_within_the_rest():
    rows = [
        (2023, "KEN", "RWA", "090111", 10),
        (2023, "UGA", "RWA", "090111", 20),
        (2023, "KEN", "UGA", "090111", 400),
        (2023, "RWA", "KEN", "260900", 5),
        (2023, "RWA", "CHN", "260900", 70),
        (2023, "KEN", "CHN", "090111", 1000),
    ]
    result = bilateral_profile(flows_frame(rows), "EAC", "Rwanda", 2023)
    assert result.exports_a_to_b_usd == 30 and result.exports_b_to_a_usd == 5
    assert "RWA" not in result.a_members
    assert result.a_among_b_partners.exports_usd == 75  # Rwanda's exports
    assert result.b_among_a_partners.exports_usd == 1030  # the rest of the EAC: KEN → UGA is internal
    assert any("without RWA" in note for note in result.notes)


@settings(max_examples=25, deadline=None)
@given(st.integers(0, 10_000), st.sampled_from([("KAZ", "EGY"), ("CHN", "Africa"), ("Africa", "DEU")]))
def test_totals_are_exact_sums_of_the_rows(seed, pair):
    world = random_world(seed, ["KAZ", "CHN", "DEU", "EGY", "MAR"], ["100199", "270900"], [2023], density=0.7)
    result = bilateral_profile(world, *pair, 2023)
    a, b = (resolve_party(p).members for p in pair)

    def rows(src, dst):
        return world[world["exporter"].isin(src) & world["importer"].isin(dst)]["value_usd"].sum()

    assert result.exports_a_to_b_usd == rows(a, b) and result.exports_b_to_a_usd == rows(b, a)
    assert result.total_usd == rows(a, b) + rows(b, a)


def test_pair_indices_agree_with_the_index_functions(store):
    result = pair_indices(store, "RWA", "AZE", 2023, top=3)
    assert result.complementarity_a_to_b == pytest.approx(raw_indices.trade_complementarity(FLOWS, "RWA", "AZE", 2023))
    assert result.intensity_b_to_a == pytest.approx(raw_indices.trade_intensity(FLOWS, "AZE", "RWA", 2023))
    assert result.similarity == pytest.approx(raw_indices.export_similarity(FLOWS, "RWA", "AZE", 2023))
    rca = raw_indices.rca(FLOWS, 2023)
    best = rca[rca["exporter"] == "RWA"].nlargest(3, "rca")
    assert [r.code for r in result.top_rca_a] == best["product"].tolist()
    assert result.synthetic and json.dumps(result.to_dict(), allow_nan=False)
    assert pair_indices(store, "RWA", "AZE", 2020).complementarity_a_to_b is None


def comtrade_store(home, reports: pd.DataFrame) -> Workspace:
    """A store laid out as ``sources.comtrade`` writes it: reporter-side flows plus every record in ``reports/``."""
    workspace = Workspace.open(home)

    def write(con: duckdb.DuckDBPyConnection, staging) -> None:
        con.register("reports", reports)
        for year in sorted(reports["year"].unique()):
            (staging / f"year={year}").mkdir()
            (staging / "reports" / f"year={year}").mkdir(parents=True)
            con.execute(
                f"COPY (SELECT * FROM reports WHERE year = {year}) TO '{staging}/reports/year={year}/part-0.parquet'"
            )
            con.execute(
                "COPY (SELECT year, exporter, importer, product, value_usd, quantity_t, 'comtrade' AS source FROM reports "
                f"WHERE year = {year} AND reporter = query) TO '{staging}/year={year}/part-0.parquet'"
            )

    TradeStore(workspace).ingest(SourceInfo(name="comtrade", kind="comtrade", nomenclature="HS92"), write)
    return workspace


def test_mirror_check_compares_both_reporters(tmp_path):
    columns = [
        "year",
        "reporter",
        "partner",
        "flow",
        "exporter",
        "importer",
        "product",
        "value_usd",
        "quantity_t",
        "query",
    ]
    reports = pd.DataFrame(
        [
            (2023, "RWA", "AZE", "X", "RWA", "AZE", "090111", 1000.0, None, "RWA"),
            (2023, "AZE", "RWA", "M", "RWA", "AZE", "090111", 1100.0, None, "RWA"),  # AZE's mirror of it, CIF
            (2023, "AZE", "RWA", "X", "AZE", "RWA", "310210", 500.0, None, "RWA"),
            (2023, "RWA", "AZE", "M", "AZE", "RWA", "310210", 530.0, None, "RWA"),
            (2022, "RWA", "AZE", "X", "RWA", "AZE", "090111", 800.0, None, "RWA"),  # Azerbaijan did not report 2022
        ],
        columns=columns,
    ).astype({"year": "int32", "quantity_t": "float64"})
    ws = comtrade_store(tmp_path / "ws", reports)
    mirror = bilateral_profile(ws, "RWA", "AZE", 2023).mirror
    assert mirror.available and "FOB" in mirror.note
    assert (mirror.a_to_b_reported_by_a_usd, mirror.a_to_b_reported_by_b_usd, mirror.gap_a_to_b_usd) == (
        1000,
        1100,
        100,
    )
    assert (mirror.b_to_a_reported_by_b_usd, mirror.b_to_a_reported_by_a_usd, mirror.gap_b_to_a_usd) == (500, 530, 30)
    earlier = bilateral_profile(ws, "RWA", "AZE", 2022).mirror
    assert (
        not earlier.available and earlier.a_to_b_reported_by_a_usd == 800 and earlier.a_to_b_reported_by_b_usd is None
    )
