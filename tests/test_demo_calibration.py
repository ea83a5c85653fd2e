"""The demo world reproduces the published figures it is calibrated on (docs/demo.md), on the demo store itself.

Built once (seed 42, small scale, the five default years) into a real workspace; every figure is read back
from the store with DuckDB and computed with ``partnerlens.analytics.complexity``, as a user would.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from scipy.stats import spearmanr

from partnerlens.analytics.complexity import complexity
from partnerlens.reference.published import product_complexity, ranked_economies, wdi
from partnerlens.sources import demo
from partnerlens.sources.demo import calibration
from partnerlens.store import TradeStore
from partnerlens.workspace import Workspace

SEED = 42


@pytest.fixture(scope="module")
def store(tmp_path_factory) -> TradeStore:
    store = TradeStore(Workspace.open(Path(tmp_path_factory.mktemp("calibration")) / "home"))
    demo.ingest_demo(store, seed=SEED, scale="small")
    return store


@pytest.fixture(scope="module")
def years(store) -> list[int]:
    return list(store.sources()[0].years)


@pytest.fixture(scope="module")
def totals(store) -> pd.DataFrame:
    """Exports and imports per economy-year in the store."""
    with store.query() as con:
        exports = con.execute("SELECT year, exporter AS iso3, sum(value_usd) AS exports FROM flows GROUP BY ALL").df()
        imports = con.execute("SELECT year, importer AS iso3, sum(value_usd) AS imports FROM flows GROUP BY ALL").df()
    return exports.merge(imports, on=["year", "iso3"], how="outer")


@pytest.fixture(scope="module")
def by_heading(store) -> pd.DataFrame:
    """Exports by exporter × HS4 heading × year."""
    with store.query() as con:
        return con.execute(
            "SELECT year, exporter, substr(product, 1, 4) AS hs4, sum(value_usd) AS value_usd FROM flows GROUP BY ALL"
        ).df()


@pytest.fixture(scope="module")
def ranked_complexity(by_heading) -> pd.DataFrame:
    """The demo's own ECI and PCI over the economies the Atlas ranks, as the Atlas computes them (HS4)."""
    return complexity(by_heading[by_heading["exporter"].isin(ranked_economies())], product="hs4")


def test_the_default_years_are_the_five_latest(years):
    assert years == demo.default_years() and len(years) == 5


def test_goods_exports_and_imports_equal_wdi_within_one_percent(totals, years):
    published = wdi()[wdi()["year"].isin(years)]
    merged = published.merge(totals, on=["year", "iso3"], how="left")
    for flow, demo_column in (("exports_goods", "exports"), ("imports_goods", "imports")):
        rows = merged[merged[flow].notna()]
        assert len(rows) > 140 * len(years) / 1.2  # WDI covers 151–183 economies a year
        error = (rows[demo_column] / rows[flow] - 1).abs()
        assert error.max() < 0.01, rows.loc[error.idxmax(), ["iso3", "year", flow, demo_column]].to_dict()


def test_economies_without_wdi_figures_still_trade(totals, years):
    published = wdi()[wdi()["year"] == years[-1]].set_index("iso3")["exports_goods"].dropna()
    rows = totals[(totals["year"] == years[-1]) & ~totals["iso3"].isin(published.index)]
    assert len(rows) > 20 and (rows["exports"] > 0).all() and (rows["imports"] > 0).all()


def test_eci_ranks_economies_like_the_published_eci_every_year(ranked_complexity, years):
    eci = ranked_complexity.drop_duplicates(["year", "exporter"])
    for year in years:
        ours = eci[eci["year"] == year].set_index("exporter")["eci"].dropna()
        published = calibration.published_ranked(year)
        common = ours.index.intersection(published.index)
        assert len(common) >= 140
        assert spearmanr(ours[common], published[common]).statistic >= 0.9, year


def test_pci_ranks_products_like_the_atlas(ranked_complexity, years):
    atlas = product_complexity().set_index("hs4")["pci"]
    pci = ranked_complexity.drop_duplicates(["year", "hs4"])
    for year in years:
        ours = pci[pci["year"] == year].set_index("hs4")["pci"].dropna()
        common = ours.index.intersection(atlas.index)
        assert len(common) >= 800
        assert spearmanr(ours[common], atlas[common]).statistic >= 0.8, year


def test_eggs_get_a_low_pci(ranked_complexity, years):
    pci = ranked_complexity.drop_duplicates(["year", "hs4"])
    for year in years:
        ours = pci[pci["year"] == year].set_index("hs4")["pci"].dropna()
        assert ours["0407"] < ours.median(), year  # the Atlas: 622th of 865


def _top(by_heading: pd.DataFrame, iso3: str, year: int) -> pd.Series:
    rows = by_heading[(by_heading["exporter"] == iso3) & (by_heading["year"] == year)]
    return rows.set_index("hs4")["value_usd"].sort_values(ascending=False)


def test_rwanda_exports_coffee_tea_and_3t_ores_and_they_lead(by_heading, years):
    known = ("0901", "0902", "2609", "2611", "2615")  # coffee, tea, tin, tungsten, tantalum ores
    for year in years:
        top = _top(by_heading, "RWA", year)
        for heading in known:
            assert top.get(heading, 0.0) > 0, (year, heading)
        assert set(top.index[:4]) <= set(known), (year, list(top.index[:4]))
        assert top[list(known)].sum() > 0.3 * top.sum()  # Rwanda 2023: about 40% without gold
        assert top.get("0303", 0.0) == 0  # landlocked: no sea fish


def test_kazakhstan_and_azerbaijan_lead_with_oil_and_metals(by_heading, years):
    minerals = calibration.headings().query("endowment == 'mineral'")["hs4"]
    for iso3 in ("KAZ", "AZE"):
        for year in years:
            top = _top(by_heading, iso3, year)
            assert top.index[0] in ("2709", "2710", "2711"), (iso3, year)  # crude, refined petroleum, gas
            assert top.head(5).index.isin(minerals).sum() >= 3
            assert top.get("8524", 0.0) < 0.01 * top.sum()  # not gramophone records


def test_resource_products_go_to_resource_exporters(by_heading, years):
    """Economies exporting natural-resource headings have a lower published ECI than the average exporter."""
    year = years[-1]
    flags = product_complexity().set_index("hs4")["natural_resource"]
    rows = by_heading[by_heading["year"] == year].assign(resource=lambda t: t["hs4"].map(flags).eq(True))
    share = rows.groupby("exporter").apply(
        lambda t: t.loc[t["resource"], "value_usd"].sum() / t["value_usd"].sum(), include_groups=False
    )
    eci = calibration.published_ranked(year)
    common = share.index.intersection(eci.index)
    assert spearmanr(share[common], eci[common]).statistic < -0.3


def test_calibration_is_deterministic_per_seed():
    world = demo.build_world(SEED, "small")
    first = demo.heading_supply(world, 2024)
    assert np.array_equal(first, demo.heading_supply(demo.build_world(SEED, "small"), 2024))
    assert not np.array_equal(first, demo.heading_supply(demo.build_world(SEED + 1, "small"), 2024))
