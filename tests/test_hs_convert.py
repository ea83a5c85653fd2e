"""HS conversion on ingest: Growth Lab weights, exact totals, one-to-one codes exact, splits by published weights."""

from __future__ import annotations

import csv
import math
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from _trade_fixtures import RELEASE, baci_zip, product_csv
from partnerlens.sources import hs_convert
from partnerlens.sources.baci import ingest_release
from partnerlens.store import TradeStore
from partnerlens.workspace import Workspace

ONE_TO_ONE = ("090111", "260900", "710812")  # the same code in HS22 and HS92
SPLIT = "847141"  # HS22 data-processing machines: spread over 847120 and 847110 in HS92


@pytest.fixture
def store(tmp_path: Path) -> TradeStore:
    return TradeStore(Workspace.open(tmp_path / "home"))


def _hs22_zip(path: Path, rows: dict[int, list[tuple]]) -> Path:
    codes = sorted({f"{r[3]:06d}" for year in rows.values() for r in year})
    return baci_zip(
        path, rows, hs="HS22", members={f"product_codes_HS22_{RELEASE}.csv": product_csv([(c, c) for c in codes])}
    )


def _published_chain(code: str) -> dict[str, float]:
    """The HS22 → HS92 weights of one code, read from the published CSVs with the csv module (not DuckDB)."""
    current = {code: 1.0}
    for a, b in hs_convert.chain("HS22", "HS92"):
        step: dict[str, dict[str, float]] = {}
        with (hs_convert.weights_folder() / f"conversion_weights_{a}_to_{b}.csv").open() as handle:
            for row in csv.DictReader(handle):
                if float(row["weight"]) > 0:
                    step.setdefault(row[a].zfill(6), {})[row[b].zfill(6)] = float(row["weight"])
        nxt: dict[str, float] = {}
        for c, w in current.items():
            for t, v in step[c].items():
                nxt[t] = nxt.get(t, 0.0) + w * v
        current = nxt
    return current


def _flows(store: TradeStore) -> dict[tuple, float]:
    with store.query() as con:
        return {
            (y, e, i, p): v
            for y, e, i, p, v in con.sql("SELECT year, exporter, importer, product, value_usd FROM flows").fetchall()
        }


def test_the_chain_runs_through_every_revision():
    assert hs_convert.chain("HS22", "HS92") == [
        ("H6", "H5"),
        ("H5", "H4"),
        ("H4", "H3"),
        ("H3", "H2"),
        ("H2", "H1"),
        ("H1", "H0"),
    ]
    assert hs_convert.chain("HS92", "HS12") == [("H0", "H1"), ("H1", "H2"), ("H2", "H3"), ("H3", "H4")]
    assert hs_convert.canonical("H6") == "HS22" and hs_convert.canonical("HS2017") == "HS17"


def test_one_to_one_codes_map_exactly_and_are_recorded(store, tmp_path):
    rows = {2023: [(2023, 646, 31, int(c), f"{100 + n}.125", "1.5") for n, c in enumerate(ONE_TO_ONE)]}
    result = ingest_release(store, _hs22_zip(tmp_path / "r.zip", rows))
    assert result.source.nomenclature == "HS92" and result.source.name == "baci-hs22-v202501"
    flows = _flows(store)
    for n, code in enumerate(ONE_TO_ONE):
        assert flows[(2023, "RWA", "AZE", code)] == (100 + n + 0.125) * 1000  # exactly, not approximately
    summary = hs_convert.conversion(store, result.source)
    assert summary["from"] == "HS22" and summary["to"] == "HS92" and summary["split_share"] == 0.0
    assert any("converted from HS22 to HS92" in note for note in result.notes)


def test_a_split_product_is_spread_by_the_published_weights(store, tmp_path):
    rows = {2023: [(2023, 646, 31, int(SPLIT), "1000", "10"), (2023, 646, 31, 90111, "1000", "NA")]}
    result = ingest_release(store, _hs22_zip(tmp_path / "r.zip", rows))
    published = _published_chain(SPLIT)
    assert len(published) > 1
    flows = _flows(store)
    for code, weight in published.items():
        assert flows[(2023, "RWA", "AZE", code)] == pytest.approx(
            1_000_000 * weight / sum(published.values()), rel=1e-9
        )
    summary = hs_convert.conversion(store, result.source)
    assert summary["split_value_usd"] == pytest.approx(1_000_000) and summary["split_share"] == pytest.approx(0.5)
    with store.query() as con:
        con.execute(
            f"CREATE VIEW rec AS SELECT * FROM read_parquet('{store.source_path(result.source)}/conversion/year=*/*.parquet')"
        )
        recorded = con.sql(f"SELECT product, weight, split FROM rec WHERE from_product = '{SPLIT}'").fetchall()
    assert {p for p, _, s in recorded if s} == set(published)


_CODES = sorted(hs_convert.weights("HS22", "HS92"))


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    st.lists(
        st.tuples(
            st.sampled_from([646, 31, 842, 398]),
            st.sampled_from([646, 31, 842, 398]),
            st.sampled_from(_CODES),
            st.integers(1, 10**9),
        ),
        min_size=1,
        max_size=40,
        unique_by=lambda r: (r[0], r[1], r[2]),
    )
)
def test_conversion_preserves_totals_exactly(tmp_path_factory, rows):
    rows = [r for r in rows if r[0] != r[1]] or [(646, 31, "090111", 5)]
    home = tmp_path_factory.mktemp("h")
    store = TradeStore(Workspace.open(home / "home"))
    baci_rows = {2023: [(2023, e, i, int(c), f"{v / 1000:.3f}", "NA") for e, i, c, v in rows]}
    ingest_release(store, _hs22_zip(home / "r.zip", baci_rows))
    pairs: dict[tuple, list[float]] = {}
    for (_, e, i, _p), v in _flows(store).items():
        pairs.setdefault((e, i), []).append(v)
    iso = {646: "RWA", 31: "AZE", 842: "USA", 398: "KAZ"}
    expected: dict[tuple, float] = {}
    for e, i, _c, v in rows:
        key = (iso[e], iso[i])
        expected[key] = expected.get(key, 0.0) + round(v / 1000, 3) * 1000
    assert set(pairs) == set(expected)
    for key, values in pairs.items():
        assert math.fsum(values) == pytest.approx(expected[key], rel=1e-12, abs=1e-6)


def test_an_hs92_release_in_an_hs92_store_is_not_converted(store, tmp_path):
    result = ingest_release(store, baci_zip(tmp_path / "r.zip"))
    assert hs_convert.conversion(store, result.source) is None
