"""Export potential step by step (supply, demand, distance, ease, access) and the projected result.

The issue's acceptance cases: Rwanda → Azerbaijan coffee has positive potential
with no bilateral trade at all, and projected potential differs from actual
trade and says the year it is projected to.
"""

import json
import math

import numpy as np
import pandas as pd
import pytest

from _flows_fixtures import flows_frame, ingest
from partnerlens.analytics import export_potential
from partnerlens.analytics.potential import access, demand, distance, ease, supply
from partnerlens.errors import PartnerlensError
from partnerlens.reference import published
from partnerlens.reference.geography import distance_km, distances

COFFEE, TEA, OIL = "090111", "090240", "270900"


def coffee_world(years=(2021, 2022, 2023)) -> pd.DataFrame:
    """Rwanda sells coffee and tea to Germany and the USA, never to Azerbaijan; Azerbaijan buys coffee from Brazil."""
    rows = []
    for t, year in enumerate(years):
        g = 1.1**t
        rows += [
            (year, "RWA", "DEU", COFFEE, 300 * g),
            (year, "RWA", "USA", COFFEE, 200 * g),
            (year, "RWA", "DEU", TEA, 50 * g),
            (year, "BRA", "AZE", COFFEE, 80 * g),
            (year, "BRA", "DEU", COFFEE, 900 * g),
            (year, "BRA", "USA", COFFEE, 1200),
            (year, "KEN", "AZE", TEA, 40),
            (year, "KEN", "DEU", TEA, 400),
            (year, "AZE", "DEU", OIL, 5000 * g),
            (year, "DEU", "RWA", "847130", 70),
            (year, "USA", "AZE", "847130", 300),
        ]
    return flows_frame(rows)


def test_rwanda_coffee_in_azerbaijan_is_positive_without_any_bilateral_trade():
    world = coffee_world()
    assert world[(world.exporter == "RWA") & (world.importer == "AZE")].empty
    result = export_potential(world, "Rwanda", "Azerbaijan", 2023)
    coffee = result.products.set_index("product").loc[COFFEE]
    assert (
        coffee["actual_usd"] == 0 and coffee["potential_usd"] > 0 and coffee["untapped_usd"] == coffee["potential_usd"]
    )
    assert coffee["distance_km"] == pytest.approx(distance_km("RWA", "AZE"))
    market = result.markets.iloc[0]
    assert market["new_market"] and market["ease"] == result.parameters["ease_bounds"][0]  # the floor, not zero
    assert not any("lack CEPII" in note for note in result.notes)
    assert any("2028" in note for note in result.notes) and result.target_year == 2028


def test_every_market_includes_the_ones_not_served_yet():
    result = export_potential(coffee_world(), "RWA", None, 2023)
    markets = result.markets.set_index("market")
    assert markets.loc["AZE", "potential_usd"] > 0 and markets.loc["AZE", "new_market"]
    assert not markets.loc["DEU", "new_market"]


def test_projected_potential_differs_from_actual_and_names_the_target_year():
    world = coffee_world()
    now = export_potential(world, "RWA", "DEU", 2023, target_year=2023, ease_years=1)
    assert now.potential_usd == pytest.approx(now.actual_usd)  # no projection, one year, ease unclipped: a reshuffle
    ahead = export_potential(world, "RWA", "DEU", 2023, target_year=2030)
    assert ahead.target_year == 2030 and ahead.parameters["target_year"] == 2030
    assert ahead.potential_usd != pytest.approx(ahead.actual_usd, rel=1e-3)
    growth = demand.market_growth(["DEU"], 2023).loc["DEU", "gdp_growth"]
    assert ahead.products["gdp_growth"].iloc[0] == pytest.approx(growth)
    payload = ahead.to_dict()
    assert payload["target_year"] == 2030 and payload["year"] == 2023
    json.dumps(payload, allow_nan=False)


def test_supply_share_trend_and_reexport_damping():
    exports = pd.Series({"a": 50.0, "b": 10.0, "c": 100.0})
    share = supply.supply_share(exports, pd.Series({"a": 100.0, "b": 0.0, "c": 400.0}))
    assert share["a"] == 0.5 and math.isnan(share["b"]) and share["c"] == 0.25
    trend = supply.rca_trend(
        pd.Series({"a": 2.0, "b": 1.0, "c": 9.0}), pd.Series({"a": 1.0, "c": 1.0}), 4, 2, (0.5, 2.0)
    )
    assert trend["a"] == pytest.approx(2**0.5) and trend["b"] == 1.0 and trend["c"] == 2.0  # no start: neutral; clipped
    assert (supply.rca_trend(pd.Series({"a": 2.0}), pd.Series({"a": 1.0}), 0, 5) == 1).all()
    damping = supply.reexport_damping(exports, pd.Series({"a": 10.0, "b": 7.5, "c": 100.0}), threshold=0.5)
    assert damping["a"] == 1.0 and damping["b"] == pytest.approx(0.5) and damping["c"] == 0.0
    table = supply.projected_supply(share, trend, damping)
    assert table.loc["a", "supply"] == pytest.approx(0.5 * 2**0.5)
    with pytest.raises(ValueError):
        supply.reexport_damping(exports, exports, threshold=1.0)


def test_a_reexporter_gets_less_supply():
    world = coffee_world()
    hub = pd.concat([world, flows_frame([(2023, "BRA", "ARE", COFFEE, 400), (2023, "ARE", "AZE", COFFEE, 390)])])
    result = export_potential(hub, "ARE", "AZE", 2023)
    row = result.products.set_index("product").loc[COFFEE]
    assert row["reexport_damping"] == 0.0  # it imports more coffee (400) than it exports (390)
    assert row["supply"] == 0 and row["potential_usd"] == 0


def test_demand_projection_uses_published_growth_and_population():
    growth = demand.market_growth(["AZE", "RWA", "XXX"], 2023)
    table = published.eci()
    year = int(table.loc[table["growth_proj"].notna() & (table["year"] <= 2023), "year"].max())
    expected = table[(table["iso3"] == "AZE") & (table["year"] == year)]["growth_proj"].iloc[0] / 100
    assert growth.loc["AZE", "gdp_pc_growth"] == pytest.approx(expected) and growth.loc["AZE", "projected"]
    assert not growth.loc["XXX", "projected"]  # no projection: the year's median, said in the result
    pop = published.wdi().set_index(["iso3", "year"])["population"]
    assert growth.loc["RWA", "population_growth"] == pytest.approx((pop["RWA", 2023] / pop["RWA", 2018]) ** 0.2 - 1)
    eps = demand.elasticity(pd.Series(["090111", "090240", "270900"]), {"09": 0.5, "0901": 0.8})
    assert eps.tolist() == [0.8, 0.5, 1.0]
    projected = demand.projected_demand(pd.Series([100.0, 100.0]), pd.Series([0.05, np.nan]), pd.Series([2.0, 1.0]), 3)
    assert projected.tolist() == pytest.approx([100 * 1.05**6, 100.0])


def test_elasticities_change_the_projection_and_are_echoed():
    world = coffee_world()
    one = export_potential(world, "RWA", "AZE", 2023)
    low = export_potential(world, "RWA", "AZE", 2023, elasticities={"0901": 0.0})
    assert low.parameters["elasticities"] == {"0901": 0.0}
    coffee = low.products.set_index("product").loc[COFFEE]
    assert coffee["projected_demand_usd"] == pytest.approx(coffee["demand_usd"])
    assert one.products.set_index("product").loc[COFFEE, "projected_demand_usd"] > coffee["projected_demand_usd"]


def test_seller_distance_exists_for_every_pair_and_weights_group_members():
    table = distances()
    single = distance.seller_distance(table, pd.Series({"RWA": 5.0}))
    assert single["AZE"] == pytest.approx(distance_km("RWA", "AZE")) and "RWA" not in single.index
    group = distance.seller_distance(table, pd.Series({"RWA": 3.0, "KEN": 1.0}))
    assert group["AZE"] == pytest.approx((3 * distance_km("RWA", "AZE") + distance_km("KEN", "AZE")) / 4)
    assert distance.distance_factor([2000.0], [1000.0], 1.0)[0] == pytest.approx(0.5)


def test_ease_sums_over_years_takes_mirror_means_and_floors_untraded_pairs():
    by_year = pd.DataFrame(
        {
            "market": ["A", "A", "B"],
            "year": [2022, 2023, 2023],
            "actual_usd": [10.0, 30.0, 0.0],
            "predicted_usd": [20.0, 20.0, 50.0],
        }
    )
    result = ease.ease_of_trade(by_year, (0.1, 10)).set_index("market")
    assert result.loc["A", "ease_raw"] == pytest.approx(1.0) and result.loc["A", "ease_years"] == 2
    assert result.loc["B", "ease_raw"] == 0 and result.loc["B", "ease"] == 0.1
    direct = pd.DataFrame({"market": ["A", "B"], "year": [2023, 2023], "value_usd": [10.0, 5.0]})
    mirror = pd.DataFrame({"market": ["A"], "year": [2023], "value_usd": [14.0]})
    merged = ease.actual_with_mirror(direct, mirror).set_index("market")
    assert merged.loc["A", "actual_usd"] == 12.0 and merged.loc["B", "actual_usd"] == 5.0
    with pytest.raises(ValueError):
        ease.ease_of_trade(by_year, (2, 1))


def test_ease_averages_the_base_years_in_the_result():
    world = coffee_world()
    one = export_potential(world, "RWA", "DEU", 2023, ease_years=1)
    three = export_potential(world, "RWA", "DEU", 2023, ease_years=3)
    assert three.parameters["base_years"] == [2021, 2022, 2023] and one.parameters["base_years"] == [2023]
    assert int(three.markets.iloc[0]["ease_years"]) == 3
    with pytest.raises(PartnerlensError, match="ease_years"):
        export_potential(world, "RWA", "DEU", 2023, ease_years=0)


TARIFFS = pd.DataFrame(
    {
        "importer": ["AZE", "AZE", "AZE"],
        "exporter": ["RWA", "BRA", "KEN"],
        "product": [COFFEE, COFFEE, TEA],
        "tariff": [0.0, 0.10, 0.05],
        "year": [2020, 2020, 2020],
    }
)


def test_market_access_compares_the_exporter_tariff_with_its_competitors():
    weights = pd.DataFrame(
        {"importer": ["AZE", "AZE"], "exporter": ["BRA", "KEN"], "product": [COFFEE, TEA], "value_usd": [80.0, 40.0]}
    )
    table = access.market_access(
        access.tariffs_for_year(TARIFFS, 2023), weights, frozenset({"RWA"}), sigma=5.0
    ).set_index("product")
    assert table.loc[COFFEE, "tariff"] == 0 and table.loc[COFFEE, "competitor_tariff"] == pytest.approx(0.10)
    assert table.loc[COFFEE, "access"] == pytest.approx((1 / 1.1) ** -5)  # RWA enters free, Brazil pays 10 %
    assert table.loc[TEA, "access"] == 1.0  # no tariff row for Rwanda's tea: neutral
    assert access.tariffs_for_year(TARIFFS, 2019).empty


def test_tariffs_scale_potential_and_a_workspace_file_is_read(tmp_path):
    world = coffee_world()
    without = export_potential(world, "RWA", "AZE", 2023)
    with_tariffs = export_potential(world, "RWA", "AZE", 2023, tariffs=TARIFFS)
    coffee = with_tariffs.products.set_index("product").loc[COFFEE]
    assert coffee["access"] == pytest.approx(1.1**5) and with_tariffs.parameters["sigma"] == 5.0
    assert coffee["potential_usd"] > without.products.set_index("product").loc[COFFEE, "potential_usd"]
    ws = ingest(tmp_path / "ws", world)
    TARIFFS.to_parquet(ws.home / "tariffs.parquet")
    from_store = export_potential(ws, "RWA", "AZE", 2023)
    assert from_store.parameters["tariffs"].endswith("tariffs.parquet")
    assert from_store.products.set_index("product").loc[COFFEE, "access"] == pytest.approx(coffee["access"])


def test_a_product_filter_keeps_ease_over_the_whole_basket():
    world = coffee_world()
    everything = export_potential(world, "RWA", "DEU", 2023)
    coffee = export_potential(world, "RWA", "DEU", 2023, products=["0901"])
    assert set(coffee.products["product"]) == {COFFEE}
    assert coffee.markets.iloc[0]["ease_raw"] == pytest.approx(everything.markets.iloc[0]["ease_raw"])
    assert coffee.potential_usd == pytest.approx(everything.products.set_index("product").loc[COFFEE, "potential_usd"])


def test_a_group_market_is_split_by_member():
    world = coffee_world()
    result = export_potential(world, "Rwanda", "EU", 2023)
    members = result.members.set_index("market")
    assert "DEU" in members.index and result.market_name
    assert members["potential_usd"].sum() == pytest.approx(result.potential_usd)
    assert members["actual_usd"].sum() == pytest.approx(result.actual_usd)
    assert result.to_dict()["members_total"] == len(members)


@pytest.mark.parametrize("market", ["DEU", "EU", None])
def test_ease_summed_in_duckdb_agrees_with_the_rows_of_the_base_year(market):
    result = export_potential(coffee_world(), "RWA", market, 2023, ease_years=1)
    by_market = result.products.groupby("market", observed=True)[["predicted_usd", "actual_usd"]].sum()
    markets = result.markets.set_index("market")
    assert markets["ease_predicted_usd"].to_numpy() == pytest.approx(
        by_market.loc[markets.index, "predicted_usd"].to_numpy()
    )
    assert markets["ease_actual_usd"].to_numpy() == pytest.approx(by_market.loc[markets.index, "actual_usd"].to_numpy())


def test_ease_averages_direct_and_mirror_figures_in_a_comtrade_store(tmp_path):
    from test_profile import comtrade_store

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
            (2023, "RWA", "AZE", "X", "RWA", "AZE", COFFEE, 1000.0, None, "RWA"),
            (2023, "AZE", "RWA", "M", "RWA", "AZE", COFFEE, 1400.0, None, "RWA"),  # Azerbaijan's mirror, CIF
            (2023, "BRA", "AZE", "X", "BRA", "AZE", COFFEE, 3000.0, None, "BRA"),
            (2023, "RWA", "DEU", "X", "RWA", "DEU", COFFEE, 500.0, None, "RWA"),
        ],
        columns=columns,
    ).astype({"year": "int32", "quantity_t": "float64"})
    ws = comtrade_store(tmp_path / "ws", reports)
    result = export_potential(ws, "RWA", "AZE", 2023, target_year=2023)
    market = result.markets.iloc[0]
    assert result.parameters["mirror"] and market["actual_usd"] == 1000  # the base-year figure stays the exporter's
    assert market["ease_actual_usd"] == pytest.approx(1200)  # the mean of 1,000 (RWA's report) and 1,400 (AZE's)
    plain = export_potential(coffee_world(), "RWA", "AZE", 2023)
    assert plain.parameters["mirror"] is False


def test_a_group_exporter_is_split_by_member():
    world = pd.concat(
        [coffee_world(), flows_frame([(2023, "KEN", "USA", TEA, 100.0), (2023, "KEN", "RWA", TEA, 30.0)])]
    )
    result = export_potential(world, "EAC", "Germany", 2023)
    members = result.exporter_members.set_index("exporter")
    assert {"RWA", "KEN"} <= set(members.index)
    assert members["potential_usd"].sum() == pytest.approx(result.potential_usd)
    assert members["untapped_usd"].sum() == pytest.approx(result.untapped_usd)
    assert members.loc["RWA", "actual_usd"] == pytest.approx(
        world.query("year == 2023 and exporter == 'RWA' and importer == 'DEU'")["value_usd"].sum()
    )
    assert result.to_dict()["exporter_members_total"] == len(members)
    assert export_potential(world, "RWA", "DEU", 2023).exporter_members is None
