"""The published reference layer reads the real figures atlas-common-data ships, with source and vintage."""

from __future__ import annotations

import pytest

from partnerlens.reference import published


def test_economy_block_has_wdi_eci_and_growth_with_sources():
    figures = {f.indicator: f for f in published.indicators({"RWA"}, 2024)}
    assert set(figures) == {"exports_goods", "imports_goods", "gdp", "population", "eci", "growth_projection"}
    # Rwanda's goods exports (BoP) were a few billion dollars in 2024, not millions and not trillions.
    assert 1e9 < figures["exports_goods"].value < 1e10
    assert figures["exports_goods"].source.startswith("World Bank")
    assert figures["exports_goods"].vintage.startswith("atlas-common-data ")
    assert figures["eci"].ranked_of == 145 and 1 <= figures["eci"].rank <= 145
    assert 0 < figures["growth_projection"].value < 0.2  # a share per year, not percent


def test_eci_ranks_are_a_permutation_each_year():
    table = published.eci().dropna(subset=["eci"])
    for year, rows in table.groupby("year"):
        assert sorted(rows["rank"].astype(int)) == list(range(1, len(rows) + 1)), year


def test_economy_falls_back_to_latest_earlier_year():
    figure = published.economy_figure("RWA", "exports_goods", 2100)
    assert figure is not None and figure.year == published.latest_wdi_year()


def test_group_sums_members_and_reports_coverage():
    one = published.economy_figure("RWA", "gdp", 2023).value + published.economy_figure("KEN", "gdp", 2023).value
    group = published.group_figure({"RWA", "KEN", "XXX"}, "gdp", 2023)
    assert group.value == pytest.approx(one)
    assert (group.members_with_data, group.members) == (2, 3)
    with pytest.raises(ValueError):
        published.group_figure({"RWA"}, "eci", 2023)


def test_member_eci_is_a_table_not_an_average():
    table = published.member_eci({"RWA", "ZAF", "KEN"}, 2024)
    assert list(table["iso3"]) == ["ZAF", "KEN", "RWA"]


def test_product_complexity_orders_eggs_below_chips():
    table = published.product_complexity().set_index("hs4")
    assert table.loc["0407", "pci"] < 0 < table.loc["8542", "pci"]
    assert table.loc["0901", "world_exports"] > 1e10
