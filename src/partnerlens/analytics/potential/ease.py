"""Ease-of-trade step of export potential: actual against predicted trade, over several base years.

``E[i,j] = Σ_y A[i,j,y] / Σ_y P[i,j,y]`` over the base years y, with
``P = Σ_k s[i,k,y]·D[j,k,y]·access`` what supply and demand predict (base-year
shares, distance-adjusted imports, no projection) and ``A`` the pair's actual
trade: the mean of the exporter's and the importer's report where both exist
(mirror figures, UN Comtrade), else the one figure there is. Summing before
dividing weights the years by their predicted trade, so one odd year moves the
ratio less than in a mean of yearly ratios.

E is then clipped to ``bounds``; a pair with no trade in any base year has
ratio 0 and gets the lower bound — not zero, so that a market the exporter
does not serve yet still shows potential (Decreux & Spies 2016 likewise give
untraded pairs a floor ease).
"""

from __future__ import annotations

import pandas as pd

DEFAULT_EASE_BOUNDS = (0.1, 10.0)
"""Ease of trade is clipped to this range: a pair is assumed to realise at least a tenth and at most ten times
what supply and demand predict, so that a pair with no trade yet still shows potential and a few outliers do not
dominate (a policy choice, not an estimate)."""

DEFAULT_EASE_YEARS = 5
"""Ease is averaged over up to five base years (t−4..t), as ITC does, where the data have them."""


def actual_with_mirror(direct: pd.DataFrame, mirror: pd.DataFrame | None = None) -> pd.DataFrame:
    """Per ``market, year``: ``actual_usd``, the mean of ``direct`` and ``mirror`` values where both exist.

    Both tables have ``market, year, value_usd``; ``mirror`` holds the
    importer's reports (None: no mirror source in the data).
    """
    table = direct.rename(columns={"value_usd": "direct"})
    if mirror is None or mirror.empty:
        return table.assign(actual_usd=table["direct"], mirror=float("nan"))
    table = table.merge(mirror.rename(columns={"value_usd": "mirror"}), on=["market", "year"], how="outer")
    table["actual_usd"] = table[["direct", "mirror"]].mean(axis=1)
    return table


def ease_of_trade(by_year: pd.DataFrame, bounds: tuple[float, float] = DEFAULT_EASE_BOUNDS) -> pd.DataFrame:
    """Per market: ``actual_usd, predicted_usd`` summed over years, ``ease_raw`` and clipped ``ease``, ``years``.

    ``by_year``: ``market, year, actual_usd, predicted_usd``. A market with
    nothing predicted in any year has no ease (NaN).
    """
    low, high = bounds
    if not 0 <= low <= high:
        raise ValueError(f"ease_bounds must satisfy 0 ≤ low ≤ high, not {bounds}")
    keys = by_year["market"].to_numpy()  # grouped on the values: no column machinery per aggregation (same kernels)
    table = (
        pd.DataFrame(
            {
                "ease_actual_usd": by_year["actual_usd"].fillna(0.0).to_numpy(),
                "ease_predicted_usd": by_year["predicted_usd"].to_numpy(),
            }
        )
        .groupby(keys)
        .sum()
    )
    table["ease_years"] = by_year["year"].groupby(keys).nunique()
    table.index.name = "market"
    predicted = table["ease_predicted_usd"].where(table["ease_predicted_usd"] > 0)
    table["ease_raw"] = table["ease_actual_usd"] / predicted
    table["ease"] = table["ease_raw"].clip(low, high)
    return table.reset_index()
