"""Distance step of export potential: the exporter's distance to every market, traded or not.

``d[i,j]`` comes from CEPII GeoDist (``distw``, population-weighted km; Mayer &
Zignago 2011) for every pair of economies, whether they trade or not — a
market the exporter does not serve yet has a distance, hence demand and
potential. A group exporter's distance to j is its members' distances weighted
by their exports to the world (not to j, which may be nothing).

Demand is scaled by ``(d[i,j] / d̄[j,k])^(−θ)``, with ``d̄[j,k]`` the
import-weighted mean distance of j's current suppliers of k.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

DEFAULT_THETA = 1.0
"""Distance elasticity θ. Head & Mayer (2014, *Gravity Equations: Workhorse, Toolkit, and Cookbook*, Table 4)
find a median distance elasticity of −0.89 over all published gravity estimates and −1.14 over structural ones."""


def seller_distance(distances: pd.DataFrame, weights: pd.Series) -> pd.Series:
    """``d[i,j]`` for every importer j in ``distances`` (``exporter, importer, distw``), indexed by market.

    ``weights``: the exporting members' weights (their exports to the world),
    indexed by ISO3; one member with any weight is the economy itself. Members
    of the exporter are not markets; a market with no distance to any weighted
    member is left out (missing).
    """
    weights = weights[weights > 0]
    if weights.empty:  # no exports at all: every member counts the same
        weights = pd.Series(1.0, index=weights.index)
    rows = distances[distances["exporter"].isin(weights.index) & ~distances["importer"].isin(weights.index)]
    rows = rows.dropna(subset=["distw"])
    w = rows["exporter"].map(weights).astype(float)
    table = pd.DataFrame(
        {"market": rows["importer"].to_numpy(), "wd": (w * rows["distw"]).to_numpy(), "w": w.to_numpy()}
    )
    summed = table.groupby("market")[["wd", "w"]].sum()
    return (summed["wd"] / summed["w"]).rename("distance_km")


def distance_factor(
    seller_km: pd.Series | np.ndarray, suppliers_km: pd.Series | np.ndarray, theta: float = DEFAULT_THETA
):
    """``(d[i,j] / d̄[j,k])^(−θ)``; missing where either distance is missing."""
    return np.power(np.asarray(seller_km, dtype=float) / np.asarray(suppliers_km, dtype=float), -float(theta))
