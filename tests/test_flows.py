"""Flows plumbing: every flows-like input, group semantics, primitives, the aggregate cache."""

import json
import math

import numpy as np
import pandas as pd
import pyarrow as pa
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from _flows_fixtures import flows_frame, ingest, random_world
from partnerlens import analytics
from partnerlens.analytics import indices as raw_indices
from partnerlens.analytics.complexity import complexity as raw_complexity
from partnerlens.analytics.flows import (
    Flows,
    exports_by_product,
    flow_values,
    open_flows,
    pair_sides,
)
from partnerlens.errors import PartnerlensError
from partnerlens.jsonable import jsonable
from partnerlens.reference import resolve_party
from partnerlens.store import TradeStore

AFRICA = resolve_party("Africa").members
ROWS = [
    (2022, "KAZ", "EGY", "100199", 430),
    (2022, "MAR", "KAZ", "310420", 257),
    (2023, "KAZ", "EGY", "100199", 500),
    (2023, "KAZ", "EGY", "100610", 7),
    (2023, "MAR", "KAZ", "310420", 290),
    (2023, "EGY", "MAR", "100199", 900),  # within Africa: never Africa's trade
    (2023, "KAZ", "CHN", "270900", 1000),
    (2023, "CHN", "EGY", "850440", 40),
]
FLOWS = flows_frame(ROWS)


@pytest.fixture
def workspace(tmp_path):
    return ingest(tmp_path / "ws", FLOWS)


def test_every_flows_like_input_gives_the_same_totals(workspace):
    expected = flow_values(FLOWS, "KAZ", "Africa")
    assert expected.to_dict() == {2022: 430.0, 2023: 507.0}
    inputs = [pa.Table.from_pandas(FLOWS), workspace, TradeStore(workspace)]
    for flows in inputs:
        pd.testing.assert_series_equal(flow_values(flows, "KAZ", "Africa"), expected)
    with open_flows(workspace) as handle:
        assert isinstance(handle, Flows)
        pd.testing.assert_series_equal(flow_values(handle, "KAZ", "Africa"), expected)
        assert handle.years == (2022, 2023)
        assert [s.name for s in handle.sources] == ["test-release"]


def test_default_workspace_is_read_when_flows_is_none(workspace, monkeypatch):
    monkeypatch.setenv("PARTNERLENS_HOME", str(workspace.home))
    assert flow_values(None, "MAR", "KAZ").to_dict() == {2022: 257.0, 2023: 290.0}


def test_bad_tables_are_refused_with_a_clear_message():
    with pytest.raises(PartnerlensError, match="lacks column.*value_usd"):
        flow_values(FLOWS.drop(columns="value_usd"), "KAZ", "EGY")
    with pytest.raises(PartnerlensError, match="strings"):
        flow_values(FLOWS.assign(product=FLOWS["product"].astype(int)), "KAZ", "EGY")
    with pytest.raises(TypeError):
        flow_values([1, 2, 3], "KAZ", "EGY")


def test_missing_years_are_missing_and_covered_years_without_flows_are_zero():
    values = flow_values(FLOWS, "KAZ", "CHN", years=[2021, 2022, 2023])
    assert math.isnan(values[2021])  # not in the data
    assert values[2022] == 0.0  # covered, no KAZ → CHN flow
    assert values[2023] == 1000.0


def test_products_are_prefixes_at_any_level():
    assert flow_values(FLOWS, "KAZ", "EGY", products=["1001"]).to_dict() == {2022: 430.0, 2023: 500.0}
    assert flow_values(FLOWS, "KAZ", "EGY", products=["10"]).to_dict() == {2022: 430.0, 2023: 507.0}
    assert flow_values(FLOWS, "KAZ", "EGY", products=["100610", "27"], years=[2023]).to_dict() == {2023: 7.0}


def test_a_group_and_the_world_exclude_trade_within_the_group():
    # Africa's exports to the world in 2023: MAR → KAZ only (EGY → MAR is internal).
    assert flow_values(FLOWS, "Africa", None, years=[2023]).to_dict() == {2023: 290.0}
    # Africa's imports: KAZ → EGY (507) and CHN → EGY (40).
    assert flow_values(FLOWS, None, "Africa", years=[2023]).to_dict() == {2023: 547.0}
    # The world total counts every flow.
    assert flow_values(FLOWS, None, None, years=[2023]).to_dict() == {2023: 2737.0}


def test_pair_sides_makes_overlapping_parties_disjoint():
    eac = resolve_party("EAC")
    rest, rwanda = pair_sides("EAC", "Rwanda")
    assert rwanda == {"RWA"} and rest == eac.members - {"RWA"}
    africa, eac_side = pair_sides("Africa", "EAC")
    assert eac_side == eac.members and africa == AFRICA - eac.members
    sadc = resolve_party("SADC")
    shared = eac.members & sadc.members
    assert shared  # TZA and COD belong to both
    left, right = pair_sides(eac, sadc)
    assert left == eac.members - shared and right == sadc.members - shared
    with pytest.raises(PartnerlensError, match="itself"):
        pair_sides("Rwanda", "RWA")


def test_a_group_against_its_own_member_is_the_rest_of_the_group():
    rows = [
        (2023, "KEN", "RWA", "090111", 10),
        (2023, "UGA", "RWA", "090111", 20),
        (2023, "KEN", "UGA", "090111", 400),  # within the rest of the EAC: not EAC → Rwanda
        (2023, "RWA", "KEN", "260900", 5),
        (2023, "RWA", "CHN", "260900", 70),
    ]
    table = flows_frame(rows)
    assert flow_values(table, "EAC", "Rwanda").to_dict() == {2023: 30.0}
    assert flow_values(table, "Rwanda", "EAC").to_dict() == {2023: 5.0}


economy = st.sampled_from(["KAZ", "EGY", "MAR", "NGA", "KEN", "CHN", "DEU"])
flow_rows = (
    st.lists(
        st.tuples(
            st.sampled_from([2022, 2023]),
            economy,
            economy,
            st.sampled_from(["010121", "100199", "270900"]),
            st.integers(1, 10**9),
        ),
        min_size=1,
        max_size=40,
    )
    .map(lambda rows: [r for r in rows if r[1] != r[2]])
    .filter(bool)
)


@settings(max_examples=40, deadline=None)
@given(flow_rows)
def test_group_totals_are_sums_over_members_without_internal_trade(rows):
    table = flows_frame(rows)
    with open_flows(table) as f:  # one connection for every query of the example
        got = flow_values(f, "KAZ", "Africa")
        africa_out = flow_values(f, "Africa", None)
        africa_to_kaz = flow_values(f, "Africa", "KAZ")
        members_to_kaz = sum(flow_values(f, member, "KAZ") for member in ("EGY", "MAR", "NGA", "KEN"))
    for year in got.index:
        this = table[table["year"] == year]
        assert got[year] == this[(this["exporter"] == "KAZ") & this["importer"].isin(AFRICA)]["value_usd"].sum()
        assert (
            africa_out[year] == this[this["exporter"].isin(AFRICA) & ~this["importer"].isin(AFRICA)]["value_usd"].sum()
        )
        assert africa_to_kaz[year] == members_to_kaz[year]


def test_exports_by_product_rolls_up_and_merges_a_group():
    panel = exports_by_product(FLOWS, [2023], digits=4)
    assert panel[panel["exporter"] == "KAZ"].set_index("product")["value_usd"].to_dict() == {
        "1001": 500.0,
        "1006": 7.0,
        "2709": 1000.0,
    }
    merged = exports_by_product(FLOWS, [2023], digits=2, merge="Africa")
    africa = merged[merged["exporter"] == "africa"].set_index("product")["value_usd"].to_dict()
    assert africa == {"31": 290.0}  # EGY → MAR dropped, members merged
    with pytest.raises(PartnerlensError):
        exports_by_product(FLOWS, digits=5)


def test_wrapped_indices_read_a_store_like_a_table(tmp_path):
    world = random_world(
        3, ["KAZ", "EGY", "MAR", "NGA", "CHN", "DEU"], ["010121", "100199", "270900", "870323"], [2022, 2023]
    )
    ws = ingest(tmp_path / "world", world)
    africa = resolve_party("Africa")
    pd.testing.assert_frame_equal(analytics.rca(ws, 2023), raw_indices.rca(world, 2023), check_dtype=False)
    for name in ("trade_complementarity", "trade_intensity", "export_similarity"):
        wrapped, raw = getattr(analytics, name), getattr(raw_indices, name)
        assert wrapped(ws, "KAZ", africa, 2023) == pytest.approx(raw(world, "KAZ", africa, 2023), rel=1e-12)
        assert wrapped(ws, i="CHN", j="DEU", year=2022) == pytest.approx(raw(world, "CHN", "DEU", 2022), rel=1e-12)
    from_store = analytics.complexity(ws).sort_values(["year", "exporter", "product"], ignore_index=True)
    from_table = raw_complexity(world).sort_values(["year", "exporter", "product"], ignore_index=True)
    pd.testing.assert_frame_equal(from_store, from_table, check_dtype=False, check_exact=False, rtol=1e-9)
    # tables pass through untouched
    pd.testing.assert_frame_equal(analytics.rca(world, 2023), raw_indices.rca(world, 2023))


def test_pair_totals_are_cached_per_state_of_the_store(tmp_path):
    ws = ingest(tmp_path / "ws", FLOWS)
    assert flow_values(ws, "KAZ", "EGY").to_dict() == {2022: 430.0, 2023: 507.0}
    cached = list((ws.home / "cache").glob("*/pair_totals-*.parquet"))  # one folder per state of the store
    assert len(cached) == 1
    assert flow_values(ws, "KAZ", "EGY").to_dict() == {2022: 430.0, 2023: 507.0}  # read back
    ingest(ws.home, FLOWS.assign(value_usd=FLOWS["value_usd"] * 2))  # re-ingest: new key, stale file gone
    assert flow_values(ws, "KAZ", "EGY").to_dict() == {2022: 860.0, 2023: 1014.0}
    refreshed = list((ws.home / "cache").glob("*/pair_totals-*.parquet"))
    assert len(refreshed) == 1 and refreshed != cached


def test_a_store_we_cannot_write_to_still_answers(tmp_path):
    ws = ingest(tmp_path / "ws", FLOWS)
    (ws.home / "cache").write_text("not a directory")
    assert flow_values(ws, "KAZ", "EGY").to_dict() == {2022: 430.0, 2023: 507.0}


def test_synthetic_data_is_known_from_the_source():
    with open_flows(FLOWS.assign(source="demo-seed1")) as f:
        assert f.synthetic and f.sources[0].kind == "demo"
    with open_flows(FLOWS) as f:
        assert not f.synthetic and f.nomenclature == "HS92"


def test_jsonable_turns_missing_numbers_into_null():
    payload = jsonable(
        {
            "a": math.nan,
            "b": [np.float64(1.5), np.int64(2), float("inf")],
            "c": pd.NA,
            "d": pd.DataFrame({"x": [1.0, math.nan]}),
        }
    )
    assert payload == {"a": None, "b": [1.5, 2, None], "c": None, "d": [{"x": 1.0}, {"x": None}]}
    json.dumps(payload, allow_nan=False)
