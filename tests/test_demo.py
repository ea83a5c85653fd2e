"""The demo world: deterministic, well-formed, and shaped like real trade (gravity, nestedness, ECI ~ income)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from partnerlens.errors import PartnerlensError
from partnerlens.reference import economies, products
from partnerlens.reference.geography import distances, macro
from partnerlens.sources import demo
from partnerlens.store import TradeStore
from partnerlens.workspace import Workspace
from test_baci import store_snapshot

YEAR = 2022


@pytest.fixture(scope="module")
def world() -> demo.World:
    return demo.build_world(7, "small")


@pytest.fixture(scope="module")
def year_table(world) -> pd.DataFrame:
    table = demo.year_flows(world, YEAR).to_pandas()
    return table.astype({"exporter": str, "importer": str, "product": str})


@pytest.fixture
def store(tmp_path: Path) -> TradeStore:
    return TradeStore(Workspace.open(tmp_path / "home"))


def test_same_seed_same_world_other_seed_other_world(world):
    again = demo.year_flows(demo.build_world(7, "small"), YEAR)
    assert again.equals(demo.year_flows(world, YEAR))
    other = demo.year_flows(demo.build_world(8, "small"), YEAR)
    assert not other.equals(again)


def test_a_year_does_not_depend_on_the_other_years_built(world):
    alone = list(demo.generate(7, "small", [YEAR]))[0]
    among = list(demo.generate(7, "small", [YEAR - 1, YEAR, YEAR + 1]))[1]
    assert alone.equals(among)


def test_flows_are_well_formed(year_table):
    hs6 = set(products("HS92").query("digits == 6")["code"])
    assert set(year_table["exporter"]) | set(year_table["importer"]) <= set(economies())
    assert set(year_table["product"]) <= hs6
    assert year_table["product"].str.len().eq(6).all()
    assert (year_table["exporter"] != year_table["importer"]).all()
    assert (year_table["value_usd"] >= 1).all() and (year_table["quantity_t"].dropna() >= 0).all()
    assert year_table["quantity_t"].isna().mean() == pytest.approx(demo.MISSING_QUANTITY_SHARE, abs=0.005)
    assert not year_table.duplicated(["exporter", "importer", "product"]).any()
    assert 100_000 < len(year_table) < 2_000_000


def test_bilateral_totals_follow_gravity(year_table):
    pairs = year_table.groupby(["exporter", "importer"]).value_usd.sum().reset_index()
    pairs = pairs.merge(distances(), on=["exporter", "importer"]).dropna(subset=["distw"])
    gdp = macro().query("year == @YEAR").set_index("iso3").gdp_usd
    pairs = pairs.assign(gi=pairs.exporter.map(gdp), gj=pairs.importer.map(gdp)).dropna()
    design = np.column_stack([np.ones(len(pairs)), np.log(pairs.gi), np.log(pairs.gj), np.log(pairs.distw)])
    coef = np.linalg.lstsq(design, np.log(pairs.value_usd), rcond=None)[0]
    assert 0.5 < coef[1] < 1.5 and 0.5 < coef[2] < 1.5 and -2.0 < coef[3] < -0.5


def _eci(exports: pd.DataFrame) -> tuple[pd.Series, pd.Series, pd.Series]:
    """ECI (Hidalgo & Hausmann 2009) by the eigenvector of M̃ = D⁻¹ M U⁻¹ Mᵀ, with diversity and ubiquity."""
    x = exports.pivot_table(index="exporter", columns="product", values="value_usd", aggfunc="sum", fill_value=0.0)
    rca = x.div(x.sum(axis=1), axis=0) / (x.sum(axis=0) / x.values.sum())
    m = (rca >= 1).astype(float)
    m = m.loc[m.sum(axis=1) > 0, m.sum(axis=0) > 0]
    diversity, ubiquity = m.sum(axis=1), m.sum(axis=0)
    mtilde = (m.values / diversity.values[:, None]) @ (m.values / ubiquity.values[None, :]).T
    values, vectors = np.linalg.eig(mtilde)
    eci = vectors[:, np.argsort(-values.real)[1]].real
    eci = (eci - eci.mean()) / eci.std()
    eci = eci if np.corrcoef(eci, diversity)[0, 1] > 0 else -eci
    return pd.Series(eci, index=m.index), diversity, (m.values @ ubiquity.values) / diversity.values


def test_specialisation_looks_like_real_data(year_table):
    eci, diversity, mean_ubiquity = _eci(year_table)
    wdi = macro().query("year == @YEAR").set_index("iso3")
    per_capita = np.log(wdi.gdp_usd / wdi.population).reindex(eci.index)
    known = per_capita.notna()
    assert np.corrcoef(eci[known], per_capita[known])[0, 1] > 0.5  # complexity tracks income
    assert np.corrcoef(diversity, mean_ubiquity)[0, 1] < -0.3  # nestedness: diverse economies make rare products


def test_rwanda_azerbaijan_trade_is_small_but_there(world):
    for year in (2020, 2024):
        table = demo.year_flows(world, year).to_pandas().astype({"exporter": str, "importer": str})
        pair = table[table.exporter.isin(["RWA", "AZE"]) & table.importer.isin(["RWA", "AZE"])]
        assert 0.3e6 < pair.value_usd.sum() < 30e6


def test_ingest_is_synthetic_and_named_by_seed(store):
    result = demo.ingest_demo(store, seed=7, scale="small", years=[YEAR - 1, YEAR])
    info = result.source
    assert (info.name, info.kind, info.synthetic, info.years) == ("demo-seed7", "demo", True, (YEAR - 1, YEAR))
    assert "synthetic" in info.citation().lower() and any("synthetic" in note for note in result.notes)
    with store.query() as con:
        rows, value = con.execute("SELECT count(*), sum(value_usd) FROM flows WHERE year = ?", [YEAR]).fetchone()
    expected = demo.year_flows(demo.build_world(7, "small"), YEAR)
    assert rows == expected.num_rows
    assert value == pytest.approx(sum(expected.column("value_usd").to_pylist()), rel=1e-9)
    assert store.is_synthetic


@pytest.mark.parametrize(
    "kwargs, message",
    [
        ({"scale": "huge"}, "unknown scale 'huge'"),
        ({"years": [1900]}, "covers .* 1900 is outside"),
        ({"seed": -1}, "non-negative"),
    ],
)
def test_bad_arguments_fail_before_writing(store, kwargs, message):
    before = store_snapshot(store)
    with pytest.raises(PartnerlensError, match=message):
        demo.ingest_demo(store, **kwargs)
    assert store_snapshot(store) == before
