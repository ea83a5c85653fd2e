"""Export potential and diversification: hand-checked on a tiny table, groups, parameters echoed."""

import json

import pytest

from _flows_fixtures import flows_frame, ingest, random_world
from partnerlens.analytics import complexity_ranking, diversification, export_potential
from partnerlens.analytics.complexity import complexity
from partnerlens.analytics.flows import exports_by_product
from partnerlens.errors import NoDataError, PartnerlensError
from partnerlens.reference.geography import distance_km

# 2023. World exports of 100199: 1,300, of 270900: 3,000. Kazakhstan supplies 400/1,300 and 600/3,000 of them.
# Egypt imports 400 of 100199 (100 from KAZ) and 1,000 of 270900 (none from KAZ).
ROWS = [
    (2023, "KAZ", "EGY", "100199", 100),
    (2023, "KAZ", "DEU", "100199", 300),
    (2023, "KAZ", "CHN", "270900", 600),
    (2023, "CHN", "EGY", "100199", 300),
    (2023, "CHN", "EGY", "270900", 200),
    (2023, "DEU", "EGY", "270900", 800),
    (2023, "DEU", "CHN", "100199", 600),
    (2023, "CHN", "DEU", "270900", 1400),
]
FLOWS = flows_frame(ROWS)


def by_product(result) -> dict:
    return {row.product: row for row in result.products.itertuples(index=False)}


def test_supply_demand_ease_by_hand_without_distance():
    result = export_potential(FLOWS, "KAZ", "EGY", 2023, theta=0.0, target_year=2023)
    rows = by_product(result)
    assert rows["100199"].supply_share == pytest.approx(4 / 13) and rows["270900"].supply_share == pytest.approx(0.2)
    assert rows["100199"].demand_usd == pytest.approx(400) and rows["270900"].demand_usd == pytest.approx(1000)
    # ease = actual / Σ S·D = 100 / (1600/13 + 200) = 13/42
    market = result.markets.iloc[0]
    assert market["ease_raw"] == pytest.approx(13 / 42) and market["ease"] == pytest.approx(13 / 42)
    assert rows["100199"].potential_usd == pytest.approx(1600 / 42) and rows["270900"].potential_usd == pytest.approx(
        2600 / 42
    )
    assert rows["100199"].untapped_usd == 0 and rows["270900"].untapped_usd == pytest.approx(2600 / 42)
    assert rows["100199"].realised == pytest.approx(100 / (1600 / 42))
    assert result.potential_usd == pytest.approx(100)  # unclipped ease: potential adds up to actual trade
    assert result.actual_usd == 100 and result.untapped_usd == pytest.approx(2600 / 42)
    assert list(result.products["product"]) == ["270900", "100199"]  # by untapped value


def test_ease_is_clipped_to_its_bounds_and_parameters_are_echoed():
    result = export_potential(
        FLOWS, "KAZ", "EGY", 2023, theta=0.0, ease_bounds=(0.5, 10.0), digits=6, top=1, target_year=2023
    )
    rows = by_product(result)
    assert result.markets.iloc[0]["ease"] == 0.5
    assert rows["270900"].potential_usd == pytest.approx(100) and rows["100199"].potential_usd == pytest.approx(
        800 / 13
    )
    echoed = {
        k: result.parameters[k] for k in ("theta", "ease_bounds", "digits", "top", "year", "target_year", "base_years")
    }
    assert echoed == {
        "theta": 0.0,
        "ease_bounds": [0.5, 10.0],
        "digits": 6,
        "top": 1,
        "year": 2023,
        "target_year": 2023,
        "base_years": [2023],
    }
    assert {
        "ease_years",
        "trend_bounds",
        "reexport_threshold",
        "elasticities",
        "sigma",
        "tariffs",
        "supply",
        "demand",
        "distances",
    } <= set(result.parameters)
    payload = result.to_dict()
    json.dumps(payload, allow_nan=False)
    assert len(payload["products"]) == 1 and payload["products_total"] == 2
    with pytest.raises(PartnerlensError, match="ease_bounds"):
        export_potential(FLOWS, "KAZ", "EGY", 2023, ease_bounds=(2.0, 1.0))


def test_demand_is_scaled_by_distance_relative_to_current_suppliers():
    result = export_potential(FLOWS, "KAZ", "EGY", 2023, theta=1.0, target_year=2023)
    rows = by_product(result)
    d = {s: distance_km(s, "EGY") for s in ("KAZ", "CHN", "DEU")}
    suppliers_wheat = (100 * d["KAZ"] + 300 * d["CHN"]) / 400
    suppliers_oil = (200 * d["CHN"] + 800 * d["DEU"]) / 1000
    assert rows["100199"].distance_factor == pytest.approx((d["KAZ"] / suppliers_wheat) ** -1)
    assert rows["270900"].demand_usd == pytest.approx(1000 * suppliers_oil / d["KAZ"])
    predicted = 4 / 13 * rows["100199"].demand_usd + 0.2 * rows["270900"].demand_usd
    assert result.markets.iloc[0]["ease_raw"] == pytest.approx(100 / predicted)


def test_every_market_at_once_matches_one_market_at_a_time():
    everywhere = export_potential(FLOWS, "KAZ", None, 2023)
    assert everywhere.market is None and set(everywhere.markets["market"]) == {"EGY", "DEU", "CHN"}
    one = export_potential(FLOWS, "KAZ", "EGY", 2023)
    egypt = everywhere.markets.set_index("market").loc["EGY"]
    assert egypt["potential_usd"] == pytest.approx(one.potential_usd)
    assert egypt["ease_raw"] == pytest.approx(one.markets.iloc[0]["ease_raw"])


def test_a_group_market_sums_its_members_without_their_internal_trade():
    rows = ROWS + [
        (2023, "KAZ", "MAR", "270900", 50),
        (2023, "DEU", "MAR", "270900", 450),
        (2023, "EGY", "MAR", "100199", 999),  # within Africa: not Africa's demand
    ]
    table = flows_frame(rows)
    africa = export_potential(table, "Kazakhstan", "Africa", 2023, theta=0.0)
    assert africa.market == "africa" and africa.market_name == "Africa" and len(africa.markets) == 1
    products = by_product(africa)
    assert products["100199"].market_imports_usd == 400  # Egypt's; Morocco's only supplier is African
    assert products["270900"].market_imports_usd == 1500
    assert africa.actual_usd == 150
    egypt = export_potential(table, "KAZ", "EGY", 2023, theta=0.0)
    morocco = export_potential(table, "KAZ", "MAR", 2023, theta=0.0)
    assert africa.actual_usd == egypt.actual_usd + morocco.actual_usd


def test_both_directions_and_a_group_exporter():
    rows = ROWS + [(2023, "EGY", "KAZ", "270900", 70), (2023, "EGY", "MAR", "270900", 30)]
    table = flows_frame(rows)
    back = export_potential(table, "Africa", "Kazakhstan", 2023, theta=0.0)
    oil = by_product(back)["270900"]
    # Africa's exports of 270900 outside Africa: 70; world exports leave out the 30 within Africa.
    assert oil.supply_share == pytest.approx(70 / 3070)
    assert back.actual_usd == 70 and back.exporter == "africa"


def test_a_year_without_data_and_no_overlap():
    with pytest.raises(NoDataError, match="2019"):
        export_potential(FLOWS, "KAZ", "EGY", 2019)
    lonely = export_potential(
        flows_frame([(2023, "KAZ", "CHN", "270900", 5), (2023, "DEU", "EGY", "100199", 5)]), "KAZ", "EGY"
    )
    assert lonely.potential_usd == 0 and lonely.notes


def test_store_and_table_agree(tmp_path):
    ws = ingest(tmp_path / "ws", FLOWS, name="demo-potential", synthetic=True)
    from_store = export_potential(ws, "KAZ", "EGY", 2023)
    from_table = export_potential(FLOWS, "KAZ", "EGY", 2023)
    assert from_store.potential_usd == pytest.approx(from_table.potential_usd)
    assert from_store.synthetic and not from_table.synthetic
    assert list((ws.home / "cache").rglob("demand_2023_hs6-*.parquet"))  # cache/<state>/ since versioned ingest


WORLD = random_world(
    11,
    ["KAZ", "EGY", "MAR", "CHN", "DEU", "USA", "BRA"],
    [
        "010121",
        "010290",
        "100199",
        "100590",
        "270900",
        "271019",
        "310210",
        "310420",
        "840810",
        "847130",
        "870323",
        "870421",
    ],
    [2023],
    density=0.45,
)


def test_diversification_candidates_are_new_products_the_market_imports():
    result = diversification(WORLD, "Kazakhstan", "Africa", 2023, top=5)
    assert result.parameters == {
        "digits": 4,
        "rca_threshold": 1.0,
        "top": 5,
        "year": 2023,
        "weights": {"density": 1.0, "cog": 1.0, "pci": 1.0, "demand": 1.0},
    }
    space = complexity(exports_by_product(WORLD, [2023], digits=4))
    own = space[space["exporter"] == "KAZ"].set_index("product")
    candidates = result.candidates
    assert len(candidates) > 0
    assert (own.loc[candidates["product"], "mcp"] == 0).all()
    assert candidates["density"].tolist() == pytest.approx(own.loc[candidates["product"], "density"].tolist())
    assert (candidates["market_imports_usd"] > 0).all()
    assert candidates["score"].is_monotonic_decreasing and candidates["score"].between(0, 1).all()
    assert result.eci == pytest.approx(own["eci"].iloc[0])
    payload = result.to_dict()
    json.dumps(payload, allow_nan=False)
    assert len(payload["candidates"]) == min(5, len(candidates))


def test_diversification_weights_choose_the_ranking():
    by_density = diversification(WORLD, "KAZ", "EGY", 2023, weights=(("density", 1.0),))
    assert by_density.candidates["density"].is_monotonic_decreasing
    with pytest.raises(PartnerlensError, match="weights"):
        diversification(WORLD, "KAZ", "EGY", 2023, weights={"beauty": 1.0})


def test_diversification_of_a_group_places_it_as_one_economy():
    result = diversification(WORLD, "Africa", "Kazakhstan", 2023)
    assert result.exporter == "africa" and result.market == "KAZ"
    assert result.eci is not None


def test_complexity_ranking_orders_economies_and_products():
    ranking = complexity_ranking(WORLD, 2023, digits=4, top=3)
    assert ranking.economies["eci"].is_monotonic_decreasing and ranking.products["pci"].is_monotonic_decreasing
    assert set(ranking.economies["exporter"]) <= set(WORLD["exporter"])
    payload = ranking.to_dict()
    assert len(payload["economies"]) == 3 and payload["parameters"]["digits"] == 4
