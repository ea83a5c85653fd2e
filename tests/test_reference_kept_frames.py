"""Reference tables a first brief builds from kept copies are the tables read from the installed files (issue 16).

``published.wdi()`` is built from the kept WDI rows instead of ``pandas.read_parquet``; ``geography.distances()``
from typed arrays of the kept GeoDist columns; export potential's market growth from a table kept per base year.
Each must be exactly the table computed the old way: same values (bit for bit), dtypes, index and order.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from partnerlens.analytics.potential import demand
from partnerlens.reference import atlas, geography, published


def test_wdi_is_the_parquet_table():
    with (atlas.data_dir() / published.WDI_FILE).open("rb") as handle:
        read = pd.read_parquet(
            handle, columns=["iso3_code", "year", "exports_goods_bop", "imports_goods_bop", "gdp", "population"]
        )
    read = read.rename(
        columns={"iso3_code": "iso3", "exports_goods_bop": "exports_goods", "imports_goods_bop": "imports_goods"}
    )
    read["year"] = read["year"].astype(int)
    built = published.wdi()
    pd.testing.assert_frame_equal(built, read, check_exact=True)
    assert list(built.dtypes) == list(read.dtypes)
    assert built["population"].isna().any()  # missing stays NaN


def test_distances_are_the_geodist_table():
    atlas_common_data = pytest.importorskip("atlas_common_data")
    read = atlas_common_data.load_geo_distances()[list(geography._DISTANCE_COLUMNS)].copy()
    for column in ("exporter", "importer"):
        read[column] = read[column].replace(geography._GEODIST_CODES)
    built = geography.distances()
    pd.testing.assert_frame_equal(built, read.reset_index(drop=True), check_exact=True)
    assert list(built.dtypes) == list(read.dtypes)


def _computed_growth(markets: list[str], base_year: int) -> pd.DataFrame:
    """Market growth as export potential computed it before it was kept: straight from the published tables."""
    table = published.eci()
    rows = table[table["growth_proj"].notna() & (table["year"] <= base_year)]
    if rows.empty:
        rows = table[table["growth_proj"].notna()]
    year = int(rows["year"].max())
    projections = rows[rows["year"] == year].set_index("iso3")["growth_proj"] / 100
    index = pd.Index(list(markets), name="market")
    out = pd.DataFrame(index=index)
    out["gdp_pc_growth"] = projections.reindex(index)
    out["projected"] = out["gdp_pc_growth"].notna()
    out["gdp_pc_growth"] = out["gdp_pc_growth"].fillna(float(projections.median()))
    out["projection_year"] = year
    out["population_growth"] = demand.population_growth(index, base_year)
    out["gdp_growth"] = (1 + out["gdp_pc_growth"]) * (1 + out["population_growth"].fillna(0.0)) - 1
    return out


@pytest.mark.parametrize("base_year", [1995, 2012, 2022])
def test_market_growth_is_the_computed_table(base_year, tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    markets = [*sorted(set(geography.distances()["importer"])), "XXX"]  # XXX: no projection, no population
    some = ["RWA", "AZE", "KAZ", "XXX", "DEU"]
    for asked in (markets, some):
        expected = _computed_growth(asked, base_year)
        computed = demand.market_growth(asked, base_year)  # the first call computes and keeps the table
        kept = demand.market_growth(asked, base_year)
        for got in (computed, kept):
            pd.testing.assert_frame_equal(got, expected, check_exact=True)
            for column in ("gdp_pc_growth", "population_growth", "gdp_growth"):
                assert np.array_equal(got[column].to_numpy(), expected[column].to_numpy(), equal_nan=True)
    assert len(list((tmp_path / "partnerlens" / "reference").glob("2024_growth_projections-*.marshal"))) == 1
    assert not demand.market_growth(["XXX"], base_year)["projected"].iloc[0]


def test_market_growth_is_computed_when_nothing_can_be_kept(tmp_path, monkeypatch):
    blocked = tmp_path / "file"
    blocked.write_text("a file where the cache folder would be")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocked))
    pd.testing.assert_frame_equal(
        demand.market_growth(["RWA", "AZE"], 2022), _computed_growth(["RWA", "AZE"], 2022), check_exact=True
    )
