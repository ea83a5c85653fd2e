"""What each economy exports: capabilities against product complexity, endowments, and world export shares.

Per economy c and HS4 heading h (Hidalgo & Hausmann 2009; the Atlas's nestedness, Hausmann et al. 2014):

    s[c,h] = a[h] · logistic(β · (k[c] − q[h])) · ε[c,h] · e[c,h]

with k the economy's capability (its published ECI), q the heading's published PCI, ε log-normal
idiosyncrasy, e the endowment factor (``calibration.endowments``: 1, 0.001 without the land, climate,
geology or coast the heading needs, 10 for known leading producers), and ``a[h]`` fitted (proportional fitting, :func:`fit_world_shares`) so that the world's
exports of each heading have the Atlas's published world export share. An economy's exports of h are then
``X[c] · s[c,h] / Σ_h s[c,h]``. Because the probability of a strong position rises with k − q, diverse
economies make complex products and complex products are made by few (nestedness), which is what makes the
demo's own ECI rank economies as the published ECI does; the capability fit (:func:`fit_capabilities`)
nudges k until it does on the expected export matrix. Within a heading, HS6 products get a fixed random
split per economy, so HS4 totals are exactly the heading's.
"""

from __future__ import annotations

import numpy as np
from scipy.special import expit

CAPABILITY_SLOPE = 3.0  # β
HEADING_SIGMA = 0.7  # sd of log ε
SHARE_ITERATIONS = 20
CAPABILITY_ITERATIONS = 3
CAPABILITY_STEP = 0.8


def heading_supply(
    capability: np.ndarray,
    pci: np.ndarray,
    noise: np.ndarray,
    endowment: np.ndarray,
    world_share: np.ndarray,
    exports: np.ndarray,
) -> np.ndarray:
    """s[c,h] (economies × headings), scaled so world exports by heading have the target shares."""
    fit = expit(CAPABILITY_SLOPE * (capability[:, None] - pci[None, :])) * noise * endowment
    return fit * fit_world_shares(fit, world_share, exports)[None, :]


def fit_world_shares(fit: np.ndarray, world_share: np.ndarray, exports: np.ndarray) -> np.ndarray:
    """Heading factors a[h] such that Σ_c X[c]·a[h]·fit[c,h]/Σ_h' a[h']·fit[c,h'] ∝ world_share[h]."""
    a = world_share / world_share.sum()
    for _ in range(SHARE_ITERATIONS):
        supply = fit * a[None, :]
        achieved = (exports[:, None] * supply / supply.sum(axis=1, keepdims=True)).sum(axis=0)
        a = a * np.divide(
            world_share / world_share.sum(), achieved / achieved.sum(), out=np.ones_like(a), where=achieved > 0
        )
    return a / a.sum()


def expected_exports(supply: np.ndarray, exports: np.ndarray) -> np.ndarray:
    """Exports by economy × heading implied by supply and the economies' totals."""
    return exports[:, None] * supply / supply.sum(axis=1, keepdims=True)


def eci_of(exports_by_heading: np.ndarray, rows: np.ndarray) -> np.ndarray:
    """The ECI over ``rows`` (a boolean mask of economies) of an economies × headings export matrix.

    The same RCA presence and eigenvector as ``partnerlens.analytics.complexity`` (its own functions, without
    the density, COI and COG the fit does not need); NaN for economies with no RCA ≥ 1.
    """
    from partnerlens.analytics.complexity import _eci_pci, _presence

    _, m = _presence(exports_by_heading[rows], 1.0, "rca")
    diversity, ubiquity = m.sum(axis=1), m.sum(axis=0)
    active = diversity > 0
    m = m[np.ix_(active, ubiquity > 0)].astype(float)
    eci = np.full(len(active), np.nan)
    eci[active] = _eci_pci(m, m.sum(axis=1), m.sum(axis=0))[0]
    return eci


def fit_capabilities(capability: np.ndarray, target: np.ndarray, ranked: np.ndarray, supply_of) -> np.ndarray:
    """Nudge k of ranked economies so the demo's ECI of the expected exports matches the published ECI.

    ``supply_of(k)`` returns expected exports by heading for capabilities k; ``target`` holds the published
    ECI on ``ranked`` rows. Each step moves k by CAPABILITY_STEP × (published − demo ECI).
    """
    k = capability.copy()
    for _ in range(CAPABILITY_ITERATIONS):
        demo = eci_of(supply_of(k), ranked)
        gap = np.nan_to_num(target[ranked] - demo)
        k[ranked] += CAPABILITY_STEP * gap
    return k


def split_within_headings(heading_of_product: np.ndarray, log_noise: np.ndarray) -> np.ndarray:
    """Shares (economies × HS6) that sum to 1 over each heading's products, from log-normal draws."""
    weights = np.exp(log_noise)
    totals = np.zeros((weights.shape[0], heading_of_product.max() + 1))
    np.add.at(totals.T, heading_of_product, weights.T)
    return weights / totals[:, heading_of_product]
