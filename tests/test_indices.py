"""Trade indices: hand-computed values on a small table, and properties."""

import math
from dataclasses import dataclass

import numpy as np
import pandas as pd
import pyarrow as pa
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from partnerlens.analytics.indices import export_similarity, rca, trade_complementarity, trade_intensity


@dataclass(frozen=True)
class Group:
    name: str
    members: frozenset[str]


def flows_table(rows) -> pd.DataFrame:
    return pd.DataFrame(rows, columns=["year", "exporter", "importer", "product", "value_usd"])


# 2020: every economy exports 100. AAA: 01 60, 02 40; BBB: 01 30, 02 70; CCC: 01 50, 02 50.
# World 300; world exports of 01 = 140, of 02 = 160.
# Imports: AAA 01 30, 02 50 (80); BBB 01 110; CCC 02 110.
FLOWS = flows_table(
    [
        (2020, "AAA", "BBB", "01", 60.0),
        (2020, "AAA", "CCC", "02", 40.0),
        (2020, "BBB", "AAA", "01", 30.0),
        (2020, "BBB", "CCC", "02", 70.0),
        (2020, "CCC", "AAA", "02", 50.0),
        (2020, "CCC", "BBB", "01", 50.0),
        (2019, "AAA", "BBB", "01", 999.0),
    ]
)
AB = Group("AB", frozenset({"AAA", "BBB"}))


def test_rca_by_hand():
    table = rca(FLOWS, year=2020)
    assert list(table.columns) == ["exporter", "product", "export_value_usd", "rca"]
    expected = {
        ("AAA", "01"): (60 / 100) / (140 / 300),  # 9/7
        ("AAA", "02"): (40 / 100) / (160 / 300),  # 3/4
        ("BBB", "01"): (30 / 100) / (140 / 300),  # 9/14
        ("BBB", "02"): (70 / 100) / (160 / 300),  # 21/16
        ("CCC", "01"): (50 / 100) / (140 / 300),  # 15/14
        ("CCC", "02"): (50 / 100) / (160 / 300),  # 15/16
    }
    got = {(row.exporter, row.product): row.rca for row in table.itertuples()}
    assert got == pytest.approx(expected, rel=1e-12)
    assert table["export_value_usd"].sum() == 300


def test_rca_sums_over_importers_and_needs_one_year():
    split = pd.concat([FLOWS, FLOWS.assign(importer="ZZZ")])  # every flow twice: same shares
    assert rca(split, 2020)["rca"].tolist() == pytest.approx(rca(FLOWS, 2020)["rca"].tolist())
    with pytest.raises(ValueError, match="2 years"):
        rca(FLOWS)
    assert len(rca(FLOWS[FLOWS.year == 2019])) == 1


def test_rca_accepts_arrow_tables():
    pd.testing.assert_frame_equal(rca(pa.Table.from_pandas(FLOWS), 2020), rca(FLOWS, 2020))


def test_trade_complementarity_by_hand():
    # x[AAA] = (0.6, 0.4), m[BBB] = (1, 0): 100 · (1 − (0.4 + 0.4)/2) = 60
    assert trade_complementarity(FLOWS, "AAA", "BBB", 2020) == pytest.approx(60)
    # x[BBB] = (0.3, 0.7), m[AAA] = (3/8, 5/8): 100 · (1 − (0.075 + 0.075)/2) = 92.5
    assert trade_complementarity(FLOWS, "BBB", "AAA", 2020) == pytest.approx(92.5)


def test_trade_intensity_by_hand():
    # (X[AAA,BBB] / X[AAA,.]) / (M[.,BBB] / W) = (60/100) / (110/300) = 18/11
    assert trade_intensity(FLOWS, "AAA", "BBB", 2020) == pytest.approx(18 / 11)


def test_export_similarity_by_hand():
    # 100 · (min(0.6, 0.3) + min(0.4, 0.7)) = 70
    assert export_similarity(FLOWS, "AAA", "BBB", 2020) == pytest.approx(70)
    # 100 · (min(0.6, 0.5) + min(0.4, 0.5)) = 90
    assert export_similarity(FLOWS, "AAA", "CCC", 2020) == pytest.approx(90)


def test_groups_leave_out_their_internal_trade():
    # AB's exports, without AAA<->BBB: 02 40 + 70 = 110; its imports: 01 50, 02 50.
    # World without AB's internal trade: 300 − 60 − 30 = 210; CCC imports 110.
    assert trade_intensity(FLOWS, AB, "CCC", 2020) == pytest.approx((110 / 110) / (110 / 210))
    # x[CCC] = (0.5, 0.5) = m[AB]; x[AB] = (0, 1) = m[CCC]
    assert trade_complementarity(FLOWS, "CCC", AB, 2020) == pytest.approx(100)
    assert trade_complementarity(FLOWS, AB, "CCC", 2020) == pytest.approx(100)
    # 100 · (min(0, 0.5) + min(1, 0.5)) = 50
    assert export_similarity(FLOWS, AB, "CCC", 2020) == pytest.approx(50)


def test_no_data_is_nan_not_zero():
    assert math.isnan(trade_intensity(FLOWS, "AAA", "DDD", 2020))  # DDD imports nothing
    assert math.isnan(trade_complementarity(FLOWS, "DDD", "AAA", 2020))  # DDD exports nothing
    assert math.isnan(export_similarity(FLOWS, "AAA", "BBB", 2018))  # no such year


def test_parties_must_be_disjoint_codes_or_groups():
    with pytest.raises(ValueError, match="share members"):
        trade_intensity(FLOWS, AB, "AAA", 2020)
    with pytest.raises(TypeError, match="party"):
        export_similarity(FLOWS, 42, "AAA", 2020)


ECONOMIES = ["AAA", "BBB", "CCC", "DDD", "EEE"]
flow_rows = st.tuples(
    st.just(2020),
    st.sampled_from(ECONOMIES),
    st.sampled_from(ECONOMIES),
    st.sampled_from(["0101", "0102", "0201"]),
    st.integers(0, 10**9).map(float),
).filter(lambda row: row[1] != row[2])
flow_tables = st.lists(flow_rows, min_size=1, max_size=30).map(flows_table)
pairs = st.sampled_from([("AAA", "BBB"), ("CCC", "AAA"), ("DDD", "EEE")])
HYPOTHESIS = settings(deadline=None, max_examples=60)


def same_or_both_nan(a: float, b: float) -> bool:
    return (math.isnan(a) and math.isnan(b)) or math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-9)


@HYPOTHESIS
@given(flow_tables, pairs)
def test_complementarity_and_similarity_are_between_0_and_100(flows, pair):
    for index in (trade_complementarity, export_similarity):
        value = index(flows, *pair, 2020)
        assert math.isnan(value) or -1e-9 <= value <= 100 + 1e-9


@HYPOTHESIS
@given(flow_tables, pairs)
def test_export_similarity_is_symmetric(flows, pair):
    i, j = pair
    assert same_or_both_nan(export_similarity(flows, i, j, 2020), export_similarity(flows, j, i, 2020))


@HYPOTHESIS
@given(flow_tables, st.floats(1e-3, 1e3))
def test_rca_does_not_depend_on_the_currency_unit(flows, scale):
    scaled = flows.assign(value_usd=flows.value_usd * scale)
    np.testing.assert_allclose(rca(scaled)["rca"], rca(flows)["rca"], rtol=1e-9)


def relabelled(flows: pd.DataFrame, *groups: Group) -> pd.DataFrame:
    """Each group's members renamed to the group, and the group's internal rows dropped."""
    name_of = {member: group.name for group in groups for member in group.members}
    renamed = flows.assign(exporter=flows.exporter.replace(name_of), importer=flows.importer.replace(name_of))
    return renamed[renamed.exporter != renamed.importer]


@HYPOTHESIS
@given(flow_tables)
def test_a_group_is_its_members_relabelled_as_one_economy(flows):
    de = Group("DE", frozenset({"DDD", "EEE"}))
    for i, j in [(AB, "CCC"), ("CCC", AB), (AB, de)]:
        merged = relabelled(flows, *(party for party in (i, j) if isinstance(party, Group)))
        for index in (trade_intensity, trade_complementarity, export_similarity):
            as_members = index(flows, i, j, 2020)
            as_one = index(merged, getattr(i, "name", i), getattr(j, "name", j), 2020)
            assert same_or_both_nan(as_members, as_one), (index.__name__, i, j)
