"""Export potential's and diversification's numpy paths give the same tables as the pandas code they replaced.

Issue 16 (a first brief's analytics CPU): the per-market table, ease of trade,
the projected terms, a group market's weighted means, the product names and
the sectors' sums were rewritten to look each term up once per distinct code
and to group on integer keys. The pandas functions they replaced are kept here
as references; each comparison is exact (``check_exact``), on a random world
with economies, a group market and a group exporter, so any change of a float,
a dtype, a column or a row order fails.
"""

from __future__ import annotations

import dataclasses

import numpy as np
import pandas as pd
import pytest

from _flows_fixtures import random_world
from partnerlens.analytics import open_flows
from partnerlens.analytics.potential import assemble, diversify, tables
from partnerlens.analytics.potential import ease as ease_step
from partnerlens.analytics.potential.group_space import parquet_rows
from partnerlens.analytics.sectors import untapped_by_sector
from partnerlens.reference import load_sectors

ECONOMIES = ["RWA", "AZE", "KEN", "UGA", "TZA", "EGY", "NGA", "DEU", "FRA", "USA", "CHN", "BRA", "KAZ"]
PRODUCTS = ["090111", "090240", "270900", "847130", "710812", "260300", "100199", "520100", "870323", "300490"]
PAIRS = [("RWA", "AZE"), ("AZE", "RWA"), ("KAZ", "africa"), ("africa", "KAZ"), ("USA", None), ("DEU", "KEN")]


# --- the pandas code the numpy paths replaced (references) --------------------------------------------------------


def old_mapped(keys: pd.Series, values: pd.Series) -> np.ndarray:
    values = values.astype(float)
    if isinstance(keys.dtype, pd.CategoricalDtype):
        table = np.append(values.reindex(keys.cat.categories.astype(str)).to_numpy(), np.nan)
        return table[keys.cat.codes.to_numpy()]
    return keys.astype(str).map(values).to_numpy(float)


def old_predicted(rows, supplied, seller_km, theta, access):
    shares = (supplied["exports_usd"] / supplied["world_usd"].where(supplied["world_usd"] > 0)).set_axis(
        supplied["product"]
    )
    rows["supply_share"] = old_mapped(rows["product"], shares)
    rows["distance_km"] = old_mapped(rows["market"], seller_km)
    rows["distance_factor"] = assemble.distance_step.distance_factor(
        rows["distance_km"], rows["supplier_distance_km"], theta
    )
    rows["demand_usd"] = rows["market_imports_usd"] * rows["distance_factor"]
    if access is not None:
        keys = pd.MultiIndex.from_arrays([rows["market"].astype(str), rows["product"].astype(str)])
        rows["access"] = access.set_index(["market", "product"])["access"].reindex(keys).fillna(1.0).to_numpy()
    else:
        rows["access"] = 1.0
    rows["predicted_usd"] = rows["supply_share"] * rows["demand_usd"] * rows["access"]
    return rows


def old_projected(base, supply, ease, year, target, elasticities):
    demand_step = assemble.demand_step
    for column in ("supply_share", "rca_trend", "reexport_damping", "supply"):
        base[column] = old_mapped(base["product"], supply[column])
    market = base["market"]
    markets = pd.Index(market.cat.categories.astype(str) if hasattr(market, "cat") else market.astype(str).unique())
    growth = demand_step.market_growth(markets, year)
    base["gdp_growth"] = old_mapped(base["market"], growth["gdp_growth"])
    products = pd.Series(
        base["product"].cat.categories if hasattr(base["product"], "cat") else base["product"].unique()
    )
    eps = demand_step.elasticity(products.astype(str), elasticities).set_axis(products)
    base["projected_demand_usd"] = demand_step.projected_demand(
        base["demand_usd"], base["gdp_growth"], old_mapped(base["product"], eps), target - year
    )
    by_market = ease.set_index("market")
    for column in ("ease_raw", "ease"):
        base[column] = old_mapped(base["ease_market"], by_market[column])
    base["potential_usd"] = base["supply"] * base["projected_demand_usd"] * base["access"] * base["ease"]
    base["untapped_usd"] = np.maximum(base["potential_usd"] - base["actual_usd"], 0.0).where(
        base["potential_usd"].notna()
    )
    base["realised"] = base["actual_usd"] / base["potential_usd"].where(base["potential_usd"] > 0)
    base.attrs["growth"] = growth
    return base


def old_ease_of_trade(by_year, bounds=ease_step.DEFAULT_EASE_BOUNDS):
    low, high = bounds
    table = (
        by_year.fillna({"actual_usd": 0.0})
        .groupby("market")
        .agg(
            ease_actual_usd=("actual_usd", "sum"),
            ease_predicted_usd=("predicted_usd", "sum"),
            ease_years=("year", "nunique"),
        )
    )
    predicted = table["ease_predicted_usd"].where(table["ease_predicted_usd"] > 0)
    table["ease_raw"] = table["ease_actual_usd"] / predicted
    table["ease"] = table["ease_raw"].clip(low, high)
    return table.reset_index()


def old_markets(shown, ease, rows, year):
    if shown.empty:
        return pd.DataFrame(
            columns=["market", "actual_usd", "potential_usd", "untapped_usd", "ease_raw", "ease", "new_market"]
        )
    slim = pd.DataFrame(
        {
            "market": shown["market"],
            "actual_usd": shown["actual_usd"],
            "potential_usd": shown["potential_usd"],
            "untapped_usd": shown["untapped_usd"],
            "distance_km": shown["distance_km"],
            "gdp_growth": shown["gdp_growth"],
            "_missing": shown["demand_usd"].isna().to_numpy(int),
            "ease_market": shown["ease_market"],
        }
    )
    table = slim.groupby("market", as_index=False, observed=True).agg(
        actual_usd=("actual_usd", "sum"),
        potential_usd=("potential_usd", "sum"),
        untapped_usd=("untapped_usd", "sum"),
        distance_km=("distance_km", "first"),
        gdp_growth=("gdp_growth", "first"),
        products_without_distance=("_missing", "sum"),
        ease_market=("ease_market", "first"),
    )
    table["market"] = table["market"].astype(str)
    table["ease_market"] = table["ease_market"].astype(str)
    ease = ease.rename(columns={"market": "ease_market"})
    table = table.merge(ease, on="ease_market", how="left").drop(columns="ease_market")
    table["new_market"] = table["ease_actual_usd"].fillna(0) <= 0
    return table.sort_values(["untapped_usd", "market"], ascending=[False, True], na_position="last", ignore_index=True)


def old_untapped_by_sector(products, sectors):
    rows = []
    for sector in sectors.values():
        if not sector.trades_in_goods:
            continue
        inside = products[products["product"].str.startswith(tuple(sector.hs))]
        untapped = inside["untapped_usd"].sum()
        if untapped > 0:
            rows.append((sector.id, sector.label, float(untapped), float(inside["actual_usd"].sum())))
    table = pd.DataFrame(rows, columns=["sector", "label", "untapped_usd", "actual_usd"])
    return table.sort_values("untapped_usd", ascending=False, kind="stable").reset_index(drop=True)


def old_scored(candidates, weights):
    columns = {"density": "density", "cog": "cog", "pci": "pci", "demand": "market_imports_usd"}
    table = candidates[
        ["product", "rca", "density", "cog", "pci", "market_imports_usd", "exports_to_market_usd"]
    ].copy()
    for name in weights:
        table[f"{name}_rank"] = table[columns[name]].rank(pct=True)
    total = sum(weights.values())
    table["score"] = sum(table[f"{name}_rank"] * w for name, w in weights.items()) / total
    return table.sort_values(["score", "product"], ascending=[False, True], ignore_index=True)


def old_named(codes, names):
    return codes.map(names)


# --- comparisons -----------------------------------------------------------------------------------------------------


def assert_identical(x, y, where: str = "") -> None:
    """Results equal field by field: tables exactly (values, dtypes, order), floats bit for bit, NaN equal to NaN."""
    if dataclasses.is_dataclass(x):
        for field in dataclasses.fields(x):
            assert_identical(getattr(x, field.name), getattr(y, field.name), f"{where}.{field.name}")
    elif isinstance(x, pd.DataFrame):
        pd.testing.assert_frame_equal(x, y, check_exact=True, obj=where)
    elif isinstance(x, float) and np.isnan(x):
        assert isinstance(y, float) and np.isnan(y), where
    else:
        assert x == y, (where, x, y)


@pytest.fixture(scope="module")
def world() -> pd.DataFrame:
    return random_world(16, ECONOMIES, PRODUCTS, [2019, 2020, 2021, 2022], density=0.45)


def _results(world: pd.DataFrame, by_sector=untapped_by_sector) -> list:
    """Export potential and diversification of every case, on one DuckDB thread (sums in one order every run)."""
    with open_flows(world) as f:
        f.con.execute("SET threads = 1")
        results = []
        for exporter, market in PAIRS:
            potential = assemble.export_potential(f, exporter, market, 2022)
            results.append(potential)
            results.append(by_sector(potential.products, load_sectors()))
            results.append(diversify.diversification(f, exporter, market, 2022))
        results.append(assemble.export_potential(f, "KEN", "USA", 2022, products=["09"]))
        results.append(diversify.diversification(f, "BRA", "CHN", 2022, products=["27", "84"]))
        results.append(diversify.diversification(f, "NGA", None, 2022, weights={"density": 2.0, "demand": 1.0}))
    return results


def test_export_potential_and_diversification_equal_the_pandas_code_they_replaced(world, monkeypatch):
    new = _results(world)
    monkeypatch.setattr(assemble, "_predicted", old_predicted)
    monkeypatch.setattr(assemble, "_projected", old_projected)
    monkeypatch.setattr(ease_step, "ease_of_trade", old_ease_of_trade)
    monkeypatch.setattr(tables, "_markets", old_markets)
    monkeypatch.setattr(tables, "named", old_named)
    monkeypatch.setattr(diversify, "named", old_named)
    monkeypatch.setattr(diversify, "_scored", old_scored)
    old = _results(world.copy(), old_untapped_by_sector)
    assert len(new) == len(old) == 3 * len(PAIRS) + 3
    for i, (x, y) in enumerate(zip(new, old, strict=True)):
        assert_identical(x, y, f"case {i}")
    assert any(len(r.products) > 100 for r in new if hasattr(r, "products") and r.products is not None)


def test_a_group_markets_products_are_summed_when_products_are_chosen(world):
    """A group market with a product filter: the summed rows are grouped on integer keys (a Series key carrying the
    rows' attrs, the growth table, failed in pandas' grouping before)."""
    with open_flows(world) as f:
        result = assemble.export_potential(f, "KAZ", "africa", 2022, products=["27", "71"])
    assert set(result.products["market"].astype(str)) == {"africa"}
    assert result.products["product"].astype(str).str[:2].isin(["27", "71"]).all()


def test_sectors_sums_equal_pandas_on_categorical_and_plain_codes():
    rng = np.random.default_rng(3)
    codes = np.array(["090111", "090240", "270900", "847130", "710812", "260300", "100199", "030617"])
    picked = rng.choice(codes, 400)
    untapped = rng.lognormal(8, 3, 400)
    untapped[rng.random(400) < 0.2] = np.nan
    actual = rng.lognormal(6, 2, 400)
    actual[rng.random(400) < 0.1] = np.nan
    sectors = load_sectors()
    for product in (pd.Categorical(picked, categories=sorted(set(codes) | {"999999"})), picked.astype(object)):
        table = pd.DataFrame({"product": product, "untapped_usd": untapped, "actual_usd": actual})
        expected = old_untapped_by_sector(table, sectors)
        assert len(expected) > 3
        pd.testing.assert_frame_equal(untapped_by_sector(table, sectors), expected, check_exact=True)


def test_names_equal_pandas_map_for_every_kind_of_column():
    names = {"090111": "Coffee", "2709": "Crude", "090240": "Tea"}
    columns = [
        pd.Series(pd.Categorical(["090111", "2709", "123456", "090111"], categories=["090111", "123456", "2709"])),
        pd.Series(pd.Categorical(["090111", None, "090240"])),
        pd.Series(["090111", "555555", "090240"], dtype=object),
        pd.Series([], dtype=object),
    ]
    for codes in columns:
        for lookup in (names, {}):
            got = pd.Series(tables.named(codes, lookup), index=codes.index)
            want = codes.map(lookup)
            pd.testing.assert_series_equal(got.astype(object), want.astype(object), check_exact=True)
            if len(codes) and lookup:  # a column of names: object strings, NaN where there is none
                assert np.asarray(tables.named(codes, lookup)).dtype == object


def test_parquet_rows_equal_pandas_read_with_filters(tmp_path):
    rng = np.random.default_rng(5)
    frame = pd.DataFrame(
        {
            "year": np.full(3000, 2022),
            "exporter": np.sort(rng.choice(["AZE", "KAZ", "RWA", "USA"], 3000)).astype(object),
            "product": rng.choice(["0901", "2709", "8471"], 3000).astype(object),
            "rca": rng.lognormal(0, 1, 3000),
            "mcp": rng.integers(0, 2, 3000),
        }
    )
    frame.loc[rng.random(3000) < 0.05, "rca"] = np.nan
    path = tmp_path / "space.parquet"
    frame.to_parquet(path, index=False, row_group_size=256)
    with open_flows(frame.assign(importer="X", value_usd=1.0)) as f:
        for code in ("RWA", "KAZ", "ZZZ"):
            got = parquet_rows(f, [str(path)], f"exporter = '{code}'")
            want = pd.read_parquet([str(path)], filters=[("exporter", "==", code)], partitioning=None)
            pd.testing.assert_frame_equal(got, want, check_exact=True)
