"""A group market's rows summed per product in one grouping give the floats of one aggregation per column."""

from __future__ import annotations

import numpy as np
import pandas as pd
from hypothesis import given, settings
from hypothesis import strategies as st

from partnerlens.analytics.potential.tables import _FIRST, _SUMMED, _WEIGHTED, _summed_over_members


def per_column(rows: pd.DataFrame, code: str) -> pd.DataFrame:
    """The former implementation: one named aggregation per column, one grouping per weighted mean."""
    rows = rows.assign(_w=rows["market_imports_usd"])
    named = {c: (c, "sum") for c in _SUMMED} | {c: (c, "first") for c in _FIRST}
    sums = rows.groupby("product", as_index=False, observed=True).agg(**named)
    for column in _WEIGHTED:
        weighted = (rows[column] * rows["_w"]).groupby(rows["product"], observed=True).sum() / rows["_w"].groupby(
            rows["product"], observed=True
        ).sum()
        sums[column] = sums["product"].map(weighted).astype(float)
    sums["distance_factor"] = sums["demand_usd"] / sums["market_imports_usd"]
    sums["realised"] = sums["actual_usd"] / sums["potential_usd"].where(sums["potential_usd"] > 0)
    sums["market"] = code
    sums["ease_market"] = code
    return sums


def market_rows(seed: int, markets: int, products: int, missing: float) -> pd.DataFrame:
    """Rows of a group market as ``export_potential`` builds them: categorical market and product, some values missing."""
    rng = np.random.default_rng(seed)
    cells = [(m, p) for m in range(markets) for p in range(products) if rng.random() < 0.7] or [(0, 0)]
    n = len(cells)
    codes = [f"{100000 + 7 * p:06d}" for p in range(products)]
    table = pd.DataFrame(
        {
            "market": pd.Categorical([f"M{m:02d}" for m, _ in cells]),
            "product": pd.Categorical([codes[p] for _, p in cells], categories=sorted(codes)),
        }
    )
    per_product = {c: rng.lognormal(0, 2, products) for c in _FIRST}
    for column in _SUMMED + _WEIGHTED:
        values = rng.lognormal(10, 4, n)
        values[rng.random(n) < missing] = np.nan
        table[column] = values
    table["market_imports_usd"] = np.abs(table["market_imports_usd"].fillna(0.0))
    for column in _FIRST:
        table[column] = [per_product[column][p] for _, p in cells]
    return table


@settings(max_examples=40, deadline=None)
@given(st.integers(0, 10_000), st.integers(1, 12), st.integers(1, 30), st.sampled_from([0.0, 0.1, 0.5]))
def test_one_grouping_gives_the_same_floats(seed, markets, products, missing):
    rows = market_rows(seed, markets, products, missing)
    pd.testing.assert_frame_equal(_summed_over_members(rows, "africa"), per_column(rows, "africa"), check_exact=True)


def test_a_product_whose_members_import_nothing_has_missing_means():
    rows = market_rows(3, 4, 5, 0.0)
    rows.loc[rows["product"] == rows["product"].iloc[0], "market_imports_usd"] = 0.0
    pd.testing.assert_frame_equal(_summed_over_members(rows, "africa"), per_column(rows, "africa"), check_exact=True)
