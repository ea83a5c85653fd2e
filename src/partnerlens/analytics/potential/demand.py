"""Demand step of export potential: the market's imports projected to a target year.

Decreux & Spies (2016) project each market's imports of a product with its
expected GDP growth and a product income elasticity. Here, for market j,
product k, base year t and target year T:

* GDP growth ``γ[j] = (1 + g_pc[j]) · (1 + g_pop[j]) − 1`` a year, with
  ``g_pc`` the Growth Lab's published projection of annualised GDP-per-capita
  growth for the decade starting in the latest year ≤ t
  (``reference.published.eci()["growth_proj"]``, 2024 projections) and
  ``g_pop`` the market's population growth over the five WDI years up to t
  (``reference.published.wdi()``);
* a market without a published projection takes the median projection of the
  year (the result counts them), one without population data none;
* projected demand ``D_T[j,k] = D[j,k] · (1 + γ[j])^((T − t) · ε[k])`` with ε the
  income elasticity of import demand for k.

Income elasticity: 1 for every product by default (imports grow with GDP).
Houthakker & Magee (1969) estimate income elasticities of total imports
between about 1 and 2 for most economies; ITC estimates product-specific
values that are not published as a table, so partnerlens takes the neutral 1
and lets users pass their own per HS prefix (``elasticities={"09": 0.6}``;
the longest matching prefix wins).
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd

from partnerlens.reference import atlas, published

DEFAULT_ELASTICITY = 1.0
POPULATION_YEARS = 5
GROWTH_SOURCE = f"{published.GROWTH_SOURCE}; population: {published.WDI_SOURCE}"


def market_growth(markets: list[str] | pd.Index, base_year: int) -> pd.DataFrame:
    """Per market: ``gdp_pc_growth``, ``population_growth``, ``gdp_growth`` (fractions a year), ``projection_year``.

    ``projected`` is False where the market has no published projection and
    takes the year's median instead. Read from the published tables only, through
    :func:`growth_table` (every economy's figures of the base year, kept).
    """
    year, median, projections, population = growth_table(base_year)
    index = pd.Index(list(markets), name="market")
    out = pd.DataFrame(index=index)
    out["gdp_pc_growth"] = projections.reindex(index)
    out["projected"] = out["gdp_pc_growth"].notna()
    out["gdp_pc_growth"] = out["gdp_pc_growth"].fillna(median)
    out["projection_year"] = year
    out["population_growth"] = population.reindex(index)
    out["gdp_growth"] = (1 + out["gdp_pc_growth"]) * (1 + out["population_growth"].fillna(0.0)) - 1
    return out


def growth_table(base_year: int) -> tuple[int, float, pd.Series, pd.Series]:
    """The base year's projection year, median projection, and every economy's projection and population growth.

    The same for every pair of a year, and a first brief's export potential paid for reading the published
    tables and computing them (a tenth of a second, issue 16): computed once (:func:`_growth_parts`) and kept
    per base year (:func:`partnerlens.reference.atlas.kept_table`, keyed by both published files and this
    module), so later processes load the same floats.
    """
    source = atlas.data_dir() / published.ECI_FILE
    wdi = (atlas.data_dir() / published.WDI_FILE).stat()
    what = f"market_growth:{int(base_year)}:{wdi.st_size}:{wdi.st_mtime_ns}:{Path(__file__).stat().st_mtime_ns}"
    year, median, projected, grown = atlas.kept_table(source, what, lambda: _growth_parts(int(base_year)))
    return year, median, _series(projected), _series(grown)


def _series(pairs: tuple) -> pd.Series:
    codes, values = pairs
    return pd.Series(np.array(values, dtype=float), index=pd.Index(list(codes), dtype=object))


def _growth_parts(base_year: int) -> tuple:
    """:func:`growth_table` computed from the published tables, as plain values (``(codes, values)`` pairs)."""
    table = published.eci()
    rows = table[table["growth_proj"].notna() & (table["year"] <= base_year)]
    if rows.empty:
        rows = table[table["growth_proj"].notna()]
    year = int(rows["year"].max())
    projections = rows[rows["year"] == year].set_index("iso3")["growth_proj"] / 100
    economies = pd.Index(published.wdi()["iso3"].unique())
    grown = population_growth(economies, base_year)  # each economy's own rows: the same value whatever else is asked
    return (
        year,
        float(projections.median()),
        (tuple(projections.index), tuple(projections.astype(float).tolist())),
        (tuple(grown.index), tuple(grown.astype(float).tolist())),
    )


def population_growth(markets: pd.Index, base_year: int, years: int = POPULATION_YEARS) -> pd.Series:
    """Compound annual population growth over the ``years`` WDI years up to ``base_year`` (or the latest before it)."""
    wdi = published.wdi()
    rows = wdi[wdi["iso3"].isin(markets) & wdi["population"].notna() & (wdi["year"] <= base_year)]
    last = rows.sort_values("year").groupby("iso3").tail(1).set_index("iso3")
    first = rows.merge(last["year"].rename("last").reset_index(), on="iso3")
    first = first[first["year"] == first["last"] - years].set_index("iso3")["population"]
    growth = np.power(last["population"] / first.reindex(last.index), 1 / years) - 1
    return growth.reindex(markets)


def elasticity(
    products: pd.Series, elasticities: dict[str, float] | None = None, default: float = DEFAULT_ELASTICITY
) -> pd.Series:
    """ε[k] per product code: the value of the longest prefix in ``elasticities`` that matches, else ``default``."""
    values = pd.Series(float(default), index=products.index)
    given = elasticities or {}
    for prefix in sorted(given, key=len):
        values[products.str.startswith(prefix).to_numpy()] = float(given[prefix])
    return values


def projected_demand(demand: pd.Series, gdp_growth: pd.Series, eps: pd.Series, horizon: int) -> pd.Series:
    """``D_T = D · (1 + γ)^(horizon · ε)`` element-wise (aligned arrays); missing growth leaves demand unprojected."""
    factor = np.power(1 + np.asarray(gdp_growth, dtype=float), horizon * np.asarray(eps, dtype=float))
    factor = np.where(np.isnan(factor), 1.0, factor)
    return pd.Series(np.asarray(demand, dtype=float) * factor, index=demand.index, name="projected_demand_usd")
