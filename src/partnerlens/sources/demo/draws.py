"""Drawing the demo world's flows: counter-based randomness, sparse lumpy flows, and the final rebalancing."""

from __future__ import annotations

import numpy as np
from scipy.special import ndtri

from partnerlens.sources.demo.gravity import ras

FLOW_LEVEL_SIGMA, FLOW_TREND_SIGMA, FLOW_YEAR_SIGMA = 0.5, 0.3, 0.3
MISSING_QUANTITY_SHARE = 0.02
MIN_PROBABILITY = 1e-2  # cells less likely than this do not trade
PAIR_MIN_USD = 10_000.0  # pairs expected to trade more than this always have a flow
PRODUCT_MIN_USD = 1_000_000.0  # so do an exporter's products expected above this


def _mix(keys: np.ndarray) -> np.ndarray:
    """SplitMix64 finaliser (Steele, Lea & Flood 2014): a well-spread 64-bit hash of each key (wrapping arithmetic)."""
    with np.errstate(over="ignore"):
        z = keys + np.uint64(0x9E3779B97F4A7C15)
        z = (z ^ (z >> np.uint64(30))) * np.uint64(0xBF58476D1CE4E5B9)
        z = (z ^ (z >> np.uint64(27))) * np.uint64(0x94D049BB133111EB)
        return z ^ (z >> np.uint64(31))


def uniform(keys: np.ndarray, seed: int, stream: int) -> np.ndarray:
    """Uniform (0, 1) draws, one per key, reproducible for (seed, stream, key)."""
    salt = _mix(_mix(np.array([seed], dtype=np.uint64)) ^ np.uint64(stream))[0]
    z = _mix(keys ^ salt)
    return ((z >> np.uint64(11)).astype(np.float64) + 0.5) * 2.0**-53


def normal(keys: np.ndarray, seed: int, stream: int) -> np.ndarray:
    return ndtri(uniform(keys, seed, stream))


def draw_block(
    world, year: int, totals: np.ndarray, scaled: np.ndarray, supply: np.ndarray, start: int, stop: int
) -> tuple[np.ndarray, ...]:
    """Flows of exporters ``start:stop``: draw which cells exist, then their values and quantities.

    ``totals`` are the pair totals T[i,j] and ``scaled`` T[i,j] / Σ_p s[i,p]·m[j,p].
    """
    nu = world.scale.nu_usd
    expected = (scaled[start:stop, :, None] * supply[start:stop, None, :]).astype(np.float32) * world.demand[None, :, :]
    # every exporter keeps at least its largest expected flow (tiny economies still have their totals), every
    # pair expected to trade PAIR_MIN_USD its largest product (big pairs always trade), and every product an
    # exporter is expected to sell PRODUCT_MIN_USD of its largest market (what it makes, it exports)
    width = expected.shape[1] * expected.shape[2]
    largest = expected.reshape(stop - start, width).argmax(axis=1) + np.arange(stop - start) * width
    pair_rows, pair_cols = np.nonzero(totals[start:stop] >= PAIR_MIN_USD)
    pair_largest = (
        expected[pair_rows, pair_cols].argmax(axis=1) + (pair_rows * expected.shape[1] + pair_cols) * expected.shape[2]
    )
    product_rows, product_cols = np.nonzero(expected.sum(axis=1) >= PRODUCT_MIN_USD)
    product_largest = (
        product_rows * width + expected[product_rows, :, product_cols].argmax(axis=1) * expected.shape[2] + product_cols
    )
    largest = np.union1d(np.union1d(largest, pair_largest), product_largest)
    likely = (expected > nu * MIN_PROBABILITY).ravel()
    likely[largest] = True
    cells = np.flatnonzero(likely)
    forced = np.zeros(len(cells), dtype=bool)
    forced[np.searchsorted(cells, largest)] = True
    expected = expected.ravel()[cells].astype(np.float64)
    exporter, importer, product = np.unravel_index(cells, (stop - start, *world.demand.shape))
    exporter = exporter + start
    keys = cell_keys(world, exporter, importer, product)
    probability = np.where(forced, 1.0, -np.expm1(-expected / nu))
    exists = uniform(keys, world.seed, 1) < probability
    exporter, importer, product, keys = exporter[exists], importer[exists], product[exists], keys[exists]
    decade = (year - 2000) / 10.0
    log_noise = (
        FLOW_LEVEL_SIGMA * normal(keys, world.seed, 2)
        + FLOW_TREND_SIGMA * decade * normal(keys, world.seed, 3)
        + FLOW_YEAR_SIGMA * normal(keys, world.seed, 1000 + year)
    )
    variance = FLOW_LEVEL_SIGMA**2 + (FLOW_TREND_SIGMA * decade) ** 2 + FLOW_YEAR_SIGMA**2
    value = expected[exists] / probability[exists] * np.exp(log_noise - variance / 2)
    price = world.unit_value[product] * np.exp(0.3 * normal(keys, world.seed, 4))
    quantity = value / price
    quantity[uniform(keys, world.seed, 10_000 + year) < MISSING_QUANTITY_SHARE] = np.nan
    return exporter, importer, product, value, quantity


def cell_keys(world, exporter: np.ndarray, importer: np.ndarray, product: np.ndarray) -> np.ndarray:
    """A stable integer per (exporter, importer, HS6 product), independent of scale and block size."""
    n = np.uint64(len(world.economies))
    return (exporter.astype(np.uint64) * n + importer.astype(np.uint64)) * np.uint64(1 << 16) + world.product_ids[
        product
    ]


def rebalance(
    exporter: np.ndarray,
    importer: np.ndarray,
    value: np.ndarray,
    quantity: np.ndarray,
    exports: np.ndarray,
    imports: np.ndarray,
) -> tuple[np.ndarray, np.ndarray]:
    """Scale the drawn flows (RAS on their pair totals) so exporter and importer totals are the targets.

    The draws are unbiased but noisy; this removes the noise from the totals, not from the pattern.
    Values are rounded to whole dollars (at least 1) and quantities scaled alike (metric tons, 3 decimals).
    """
    n = len(exports)
    pairs = np.bincount(exporter * n + importer, weights=value, minlength=n * n).reshape(n, n)
    _, r, c = ras(pairs, exports, imports)
    factor = r[exporter] * c[importer]
    return np.maximum(np.round(value * factor), 1.0), np.round(quantity * factor, 3)
