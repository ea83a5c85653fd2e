"""BACI release ingest: exact totals, code mapping, both code-list layouts, and every kind of bad input."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from _trade_fixtures import (
    BAD_BACI_CASES,
    COUNTRIES,
    DROPPED_ROWS,
    EXPECTED_ROWS,
    EXPECTED_VALUE_USD,
    KEPT,
    PRODUCTS,
    RELEASE,
    YEARS,
    baci_zip,
)
from partnerlens.errors import PartnerlensError
from partnerlens.sources.baci import ingest_release
from partnerlens.store import TradeStore
from partnerlens.workspace import Workspace


@pytest.fixture
def store(tmp_path: Path) -> TradeStore:
    return TradeStore(Workspace.open(tmp_path / "home"))


def store_snapshot(store: TradeStore) -> tuple:
    """Everything a failed ingest must leave as it was: the sources table and every file under flows/."""
    files = sorted(
        (str(p.relative_to(store.workspace.flows_dir)), hashlib.sha256(p.read_bytes()).hexdigest())
        for p in store.workspace.flows_dir.rglob("*")
        if p.is_file()
    )
    return [s.to_dict() for s in store.sources()], files


def flows(store: TradeStore, where: str = "true") -> list[tuple]:
    with store.query() as con:
        return con.execute(
            f"SELECT year, exporter, importer, product, value_usd, quantity_t FROM flows WHERE {where} "
            "ORDER BY year, exporter, importer, product"
        ).fetchall()


def test_release_ingests_with_exact_totals(store, tmp_path):
    path = baci_zip(tmp_path / f"BACI_HS92_{RELEASE}.zip")
    result = ingest_release(store, path)
    info = result.source
    assert info.rows == EXPECTED_ROWS
    assert info.value_usd == pytest.approx(EXPECTED_VALUE_USD, rel=1e-12)
    assert info.years == (2021, 2022)
    with store.query() as con:
        rows, value = con.execute("SELECT count(*), sum(value_usd) FROM flows").fetchone()
        per_year = dict(con.execute("SELECT year, count(*) FROM flows GROUP BY year").fetchall())
    assert rows == EXPECTED_ROWS and value == pytest.approx(EXPECTED_VALUE_USD, rel=1e-12)
    assert per_year == {year: len(rows) for year, rows in KEPT.items()}


def test_release_is_recorded_as_a_citable_source(store, tmp_path):
    path = baci_zip(tmp_path / f"BACI_HS92_{RELEASE}.zip")
    info = ingest_release(store, path).source
    assert (info.name, info.kind, info.release, info.nomenclature) == ("baci-hs92-v202501", "baci", "V202501", "HS92")
    assert info.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()
    assert info.origin == path.resolve().as_uri()
    assert not info.synthetic
    assert store.sources() == [store.source("baci-hs92-v202501")]
    assert store.source("baci-hs92-v202501").rows == EXPECTED_ROWS


def test_codes_values_and_quantities_are_mapped_once(store, tmp_path):
    ingest_release(store, baci_zip(tmp_path / "r.zip"))
    assert flows(store, "year = 2021 AND exporter = 'RWA'") == [(2021, "RWA", "AZE", "090111", 512345.0, 120.5)]
    # leading zero restored; 'NA', space-padded NA and blank quantities are missing, never zero
    assert flows(store, "year = 2021 AND exporter = 'KAZ'") == [(2021, "KAZ", "RWA", "010121", 125.0, None)]
    assert flows(store, "year = 2021 AND exporter = 'AZE'")[0][4:] == (1_250_000.0, None)
    # a grouping keeps the ISO3 its table gives it
    assert flows(store, "exporter = 'S19'") == [(2021, "S19", "RWA", "847130", 77_700.0, None)]


def test_codes_without_iso3_are_dropped_and_counted(store, tmp_path):
    result = ingest_release(store, baci_zip(tmp_path / "r.zip"))
    assert DROPPED_ROWS == 2
    assert len(result.notes) == 1
    assert f"dropped {DROPPED_ROWS} rows" in result.notes[0] and "codes 899" in result.notes[0]
    assert flows(store, "exporter IN ('N/A', '899') OR importer IN ('N/A', '899')") == []


def test_older_country_table_layout_gives_the_same_store(store, tmp_path):
    ingest_release(store, baci_zip(tmp_path / "current.zip"))
    current = flows(store)
    other = TradeStore(Workspace.open(tmp_path / "other"))
    ingest_release(other, baci_zip(tmp_path / "old.zip", country_layout="old"))
    assert flows(other) == current


def test_reingest_replaces_the_release(store, tmp_path):
    path = baci_zip(tmp_path / "r.zip")
    ingest_release(store, path)
    ingest_release(store, path)
    assert store.source("baci-hs92-v202501").rows == EXPECTED_ROWS
    assert len(flows(store)) == EXPECTED_ROWS


def test_only_the_years_asked_for(store, tmp_path):
    info = ingest_release(store, baci_zip(tmp_path / "r.zip"), years=[2022]).source
    assert info.years == (2022,) and info.rows == len(KEPT[2022])
    with pytest.raises(PartnerlensError, match="has no year 2030"):
        ingest_release(store, baci_zip(tmp_path / "r.zip"), years=[2030])


def test_release_and_nomenclature_come_from_the_file_names(store, tmp_path):
    info = ingest_release(store, baci_zip(tmp_path / "x.zip", release="V202401b")).source
    assert (info.name, info.release) == ("baci-hs92-v202401b", "V202401b")


def test_a_second_hs_revision_is_converted_into_the_stores(store, tmp_path):
    ingest_release(store, baci_zip(tmp_path / "hs92.zip"))
    converted = ingest_release(store, baci_zip(tmp_path / "hs12.zip", hs="HS12"))  # see tests/test_hs_convert.py
    assert converted.source.nomenclature == "HS92"
    assert any("converted from HS12 to HS92" in note for note in converted.notes)


@pytest.mark.parametrize("case, build, message", BAD_BACI_CASES, ids=[c[0] for c in BAD_BACI_CASES])
def test_bad_input_fails_in_one_line_and_leaves_the_store_unchanged(store, tmp_path, case, build, message):
    ingest_release(store, baci_zip(tmp_path / "good.zip"))  # same release name: a bad copy would replace it
    before = store_snapshot(store)
    with pytest.raises(PartnerlensError) as failure:
        ingest_release(store, build(tmp_path))
    assert message in str(failure.value)
    assert "\n" not in str(failure.value)
    assert store_snapshot(store) == before
    assert not any((store.workspace.home / ".staging").iterdir())


def test_the_year_member_count_matches_the_fixture():
    # guard: the fixture really has the rows the totals above are computed from
    assert sum(len(rows) for rows in YEARS.values()) == EXPECTED_ROWS + DROPPED_ROWS


_CODES = [c[0] for c in COUNTRIES if c[3] not in ("", "N/A")]
_ROW = st.tuples(
    st.sampled_from(_CODES),
    st.sampled_from(_CODES),
    st.sampled_from([int(p[0]) for p in PRODUCTS]),
    st.integers(min_value=0, max_value=10**9),
    st.sampled_from(["", "NA", "           NA", "0.5", "12.125", "7"]),
)


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rows=st.lists(_ROW, min_size=1, max_size=40, unique_by=lambda row: row[:3]))  # BACI: one row per flow
def test_any_valid_release_ingests_with_exact_totals(tmp_path_factory, rows):
    """Property: whatever valid rows a year holds, the store holds exactly them, in USD, with quantities or NULL."""
    home = tmp_path_factory.mktemp("prop")
    lines = [(2020, i, j, k, f"{v / 1000:.3f}", q) for i, j, k, v, q in rows]
    info = ingest_release(TradeStore(Workspace.open(home / "ws")), baci_zip(home / "r.zip", {2020: lines})).source
    assert info.rows == len(rows)
    assert info.value_usd == pytest.approx(
        sum(float(f"{v / 1000:.3f}") * 1000 for *_, v, _ in rows), rel=1e-12, abs=1e-6
    )
    store = TradeStore(Workspace.open(home / "ws"))
    with store.query() as con:
        missing = con.execute("SELECT count(*) FILTER (WHERE quantity_t IS NULL) FROM flows").fetchone()[0]
    assert missing == sum(q.strip() in ("", "NA") for *_, q in rows)
