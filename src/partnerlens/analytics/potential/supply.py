"""Supply step of export potential: the exporter's market share, its RCA trend and re-export damping.

Decreux & Spies (2016) start from the exporter's share of world exports of a
product, project it with the trend of its revealed comparative advantage, and
keep re-exports out of it. Here, for exporter i and product k (base year t,
first base year t0, target year T):

* share ``s[i,k] = X[i,.,k,t] / X[.,.,k,t]``;
* RCA trend ``g[i,k] = (RCA[i,k,t] / RCA[i,k,t0])^((T − t)/(t − t0))``, clipped
  to ``trend_bounds`` (a product i did not export in t0, or a single base year,
  has no trend: 1);
* re-export damping ``r[i,k] = clip((1 − M[i,k]/X[i,k]) / (1 − c), 0, 1)``
  with c = ``reexport_threshold``: 1 while i imports less than c times what it
  exports, falling linearly to 0 when it imports as much as it exports (then
  its exports are taken as re-exports and it gets no supply of k);
* projected supply ``S[i,k] = s[i,k] · g[i,k] · r[i,k]``.

Every function is pure: DataFrames in, DataFrames out, no I/O.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

DEFAULT_TREND_BOUNDS = (0.5, 2.0)
"""An RCA trend may at most halve or double supply by the target year (a policy bound, not an estimate)."""

DEFAULT_REEXPORT_THRESHOLD = 0.5
"""Damping starts where the exporter imports half as much of the product as it exports."""


def supply_share(exports: pd.Series, world: pd.Series) -> pd.Series:
    """``s[i,k]``: the exporter's exports of each product over world exports of it (both indexed by product).

    A product the world does not export has no share (NaN), never 0.
    """
    world = world.reindex(exports.index)
    return (exports / world.where(world > 0)).rename("supply_share")


def rca_trend(
    rca_now: pd.Series,
    rca_start: pd.Series,
    years_between: int,
    horizon: int,
    bounds: tuple[float, float] = DEFAULT_TREND_BOUNDS,
) -> pd.Series:
    """``g[i,k]``: the annual RCA growth from the first base year carried ``horizon`` years ahead, clipped to ``bounds``.

    Indexed like ``rca_now``. Neutral (1) where there is no earlier year, no
    earlier export (RCA 0 or missing) or no horizon.
    """
    low, high = bounds
    start = rca_start.reindex(rca_now.index)
    if years_between <= 0 or horizon <= 0:
        return pd.Series(1.0, index=rca_now.index, name="rca_trend")
    ratio = rca_now / start.where(start > 0)
    trend = np.power(ratio, horizon / years_between).clip(low, high)
    return trend.fillna(1.0).rename("rca_trend")


def reexport_damping(
    exports: pd.Series, imports: pd.Series, threshold: float = DEFAULT_REEXPORT_THRESHOLD
) -> pd.Series:
    """``r[i,k]``: 1 when imports are under ``threshold`` × exports, 0 when they reach exports, linear in between."""
    if not 0 <= threshold < 1:
        raise ValueError(f"reexport_threshold must be in [0, 1), not {threshold}")
    ratio = (imports.reindex(exports.index).fillna(0.0) / exports.where(exports > 0)).fillna(0.0)
    return ((1 - ratio) / (1 - threshold)).clip(0.0, 1.0).rename("reexport_damping")


def projected_supply(share: pd.Series, trend: pd.Series, damping: pd.Series) -> pd.DataFrame:
    """``S[i,k] = s · g · r`` per product, with its three factors (columns named as the functions above)."""
    table = pd.concat(
        [share.rename("supply_share"), trend.rename("rca_trend"), damping.rename("reexport_damping")], axis=1
    )
    table["supply"] = table["supply_share"] * table["rca_trend"] * table["reexport_damping"]
    return table
