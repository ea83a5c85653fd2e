"""The reference tables read without pandas (``reference.atlas``) are the ones read through pandas before.

A profile runs without pandas (issue 16): economies, groups, product names and
published figures are read from ``atlas-common-data``'s files with :mod:`csv`
and DuckDB. Each lookup here is compared with the same lookup built from the
package's own pandas loaders, value for value, over every economy and group.
"""

from __future__ import annotations

import importlib
import io
import math

import atlas_common_data
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from partnerlens.reference import atlas, economies, list_parties
from partnerlens.reference import published as ref
from partnerlens.sums import pairwise_sum

products_module = importlib.import_module("partnerlens.reference.products")
parties_module = importlib.import_module("partnerlens.reference.parties")


def _missing(value):
    return None if isinstance(value, float) and math.isnan(value) else value


def test_economies_are_pandas_economies():
    table = atlas_common_data.load_countries()
    table = table[table["iso3_code"] != "ANS"].sort_values("iso3_code")
    expected = [
        (r.iso3_code, r.name_short_en, r.name_en, r.iso2_code if isinstance(r.iso2_code, str) else None)
        for r in table.itertuples(index=False)
    ]
    assert [(e.iso3, e.name, e.long_name, e.iso2) for e in economies().values()] == expected
    assert economies()["NAM"].iso2 is None  # "NA" is missing to pandas, and so here


@pytest.mark.parametrize("nomenclature", ["HS92", "HS12", "HS22"])
def test_product_names_are_pandas_product_names(nomenclature):
    table = atlas_common_data.load_products(nomenclature.lower())
    table = table[table["product_level"].isin([2, 4, 6])]
    expected = {str(c): _missing(n) for c, n in zip(table["code"].astype(str), table["name_short_en"], strict=True)}
    assert products_module.product_names(nomenclature) == expected


def test_atlas_groups_are_pandas_groups():
    groups = atlas_common_data.load_groups()
    members = atlas_common_data.load_group_members()
    countries = atlas_common_data.load_countries()
    id_to_iso3 = dict(zip(countries["country_id"].astype(int), countries["iso3_code"], strict=False))
    known = economies()
    expected = []
    for group_type in parties_module._ATLAS_GROUP_TYPES:
        for row in groups[groups["group_type"] == group_type].itertuples(index=False):
            ids = members.loc[members["group_id"] == row.group_id, "country_id"].astype(int)
            iso3 = frozenset(id_to_iso3[i] for i in ids if id_to_iso3.get(i) in known)
            if iso3:
                expected.append((group_type, row.group_name, iso3))
    found = [(p.group_type, p.name, p.members) for p in parties_module._atlas_groups()]
    names = parties_module._INCOME_NAMES
    assert found == [(t, names.get(n, n) if t == "wdi_income_level" else n, m) for t, n, m in expected]


def _pandas_latest(rows: pd.DataFrame, column: str, year: int | None):
    rows = rows[rows[column].notna()]
    if year is not None:
        rows = rows[rows["year"] <= year]
    return None if rows.empty else rows.sort_values("year").iloc[-1]


def test_economy_figures_are_pandas_figures():
    wdi, eci = ref.wdi(), ref.eci()
    wdi_of, eci_of = dict(tuple(wdi.groupby("iso3"))), dict(tuple(eci.groupby("iso3")))
    for iso3 in sorted(set(wdi["iso3"]) | set(eci["iso3"])):
        for year in (None, 2005, 2015, 2021, 2024):
            for indicator in ref.WDI_INDICATORS:
                row = _pandas_latest(wdi_of.get(iso3, wdi.iloc[:0]), indicator, year)
                figure = ref.economy_figure(iso3, indicator, year)
                expected = None if row is None else (float(row[indicator]), int(row["year"]))
                assert ((figure.value, figure.year) if figure else None) == expected, (iso3, year, indicator)
            row = _pandas_latest(eci_of.get(iso3, eci.iloc[:0]), "eci", year)
            figure = ref.economy_figure(iso3, "eci", year)
            expected = (
                (float(row["eci"]), int(row["year"]), int(row["rank"]), int(row["ranked_of"]))
                if row is not None
                else None
            )
            assert ((figure.value, figure.year, figure.rank, figure.ranked_of) if figure else None) == expected
        row = _pandas_latest(eci_of.get(iso3, eci.iloc[:0]), "growth_proj", None)
        figure = ref.economy_figure(iso3, "growth_projection")
        assert (figure.value if figure else None) == (float(row["growth_proj"]) / 100 if row is not None else None)


def test_group_figures_and_member_eci_are_pandas_ones():
    wdi, eci = ref.wdi(), ref.eci()
    assert ref.latest_wdi_year() == int(wdi.loc[wdi["exports_goods"].notna(), "year"].max())
    assert ref.latest_eci_year() == int(eci.dropna(subset=["eci"])["year"].max())
    for party in list_parties("group"):
        for year in (2012, 2019, ref.latest_wdi_year()):
            for indicator in ref.WDI_INDICATORS:
                rows = wdi[wdi["iso3"].isin(party.members) & (wdi["year"] == year) & wdi[indicator].notna()]
                figure = ref.group_figure(party.members, indicator, year)
                expected = None if rows.empty else (float(rows[indicator].sum()), len(rows))
                assert ((figure.value, figure.members_with_data) if figure else None) == expected, (party.code, year)
            rows = eci[eci["iso3"].isin(party.members) & eci["eci"].notna()]
            rows = rows[rows["year"] == min(year, ref.latest_eci_year())]
            rows = rows[["iso3", "year", "eci", "rank", "ranked_of"]].astype({"rank": int, "ranked_of": int})
            expected_rows = rows.sort_values("eci", ascending=False).to_dict(orient="records")
            assert ref.member_eci_rows(party.members, min(year, ref.latest_eci_year())) == expected_rows


def test_ranked_economies_are_the_pandas_ones():
    table = pd.read_csv(ref.atlas.data_dir() / "static/in_rankings.csv", dtype={"iso3_code": str})
    assert ref.ranked_economies() == frozenset(table.loc[table["in_rankings"].astype(str) == "True", "iso3_code"])


def test_the_sum_of_a_group_is_numpys():
    values = [
        r["gdp"] for iso3 in economies() for r in ref._economy_rows("wdi", iso3) if r["year"] == 2020 and r["gdp"]
    ]
    assert pairwise_sum(values) == float(pd.Series(values).sum())


@settings(max_examples=300, deadline=None)
@given(
    st.from_regex(r"-?[0-9]{0,12}\.[0-9]{1,14}(e-?[0-9]{1,2})?", fullmatch=True),
)
def test_numbers_are_read_as_pandas_reads_them(text):
    expected = pd.read_csv(io.StringIO(f"x\n{text}\n"), dtype=float)["x"].iloc[0]
    assert atlas.number(text) == float(expected)
