"""Bilateral totals of the demo world: a gravity model fitted to exporter and importer totals.

The seed matrix is the classic gravity equation (Tinbergen 1962) on real inputs: ``GDP_i · GDP_j ·
distw_ij^(−θ) · e^(β_c·contig + β_l·comlang)``, with a landlocked penalty on pairs that are not contiguous
(a landlocked economy's trade with non-neighbours crosses a transit country; Limão & Venables 2001). Then
:func:`ras` (iterative proportional fitting) scales rows and columns until every exporter's total equals its
target exports and every importer's its target imports. With fixed totals the row and column factors are
what structural gravity calls the multilateral resistance terms (Anderson & van Wincoop 2003), so the GDP
masses only shape the seed: the totals are WDI's, the pattern across partners is gravity's.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from partnerlens.reference.geography import distances, landlocked

DISTANCE_ELASTICITY = 1.1
CONTIGUITY_EFFECT = 0.8
LANGUAGE_EFFECT = 0.4
LANDLOCKED_EFFECT = -0.5  # per landlocked side, on pairs that are not contiguous
RAS_ITERATIONS = 200
RAS_TOLERANCE = 1e-6


def gravity_weights(iso3: np.ndarray) -> np.ndarray:
    """Partner weights without masses, ``distw^-θ · e^(…)``; zero on the diagonal; median distance where GeoDist has none."""
    table = distances()
    table = table[table["exporter"].isin(iso3) & table["importer"].isin(iso3)]
    index = pd.Index(iso3)
    n = len(iso3)
    dist = np.full((n, n), np.nan)
    contig = np.zeros((n, n))
    language = np.zeros((n, n))
    rows, cols = index.get_indexer(table["exporter"]), index.get_indexer(table["importer"])
    dist[rows, cols] = table["distw"].fillna(table["dist"]).to_numpy()
    contig[rows, cols] = table["contig"].fillna(0).to_numpy()
    language[rows, cols] = table["comlang_off"].fillna(0).to_numpy()
    dist = np.where(np.isnan(dist) | (dist <= 0), np.nanmedian(dist), dist)
    locked = np.isin(iso3, list(landlocked())).astype(float)
    effect = (
        CONTIGUITY_EFFECT * contig
        + LANGUAGE_EFFECT * language
        + LANDLOCKED_EFFECT * (locked[:, None] + locked[None, :]) * (1 - contig)
    )
    weights = dist**-DISTANCE_ELASTICITY * np.exp(effect)
    np.fill_diagonal(weights, 0.0)
    return weights


def bilateral_totals(weights: np.ndarray, gdp: np.ndarray, exports: np.ndarray, imports: np.ndarray) -> np.ndarray:
    """T[i,j] (USD): gravity seed on GDP, fitted by RAS to ``exports`` (row sums) and ``imports`` (column sums)."""
    seed = weights * gdp[:, None] * gdp[None, :]
    return ras(seed, exports, imports)[0]


def ras(matrix: np.ndarray, rows: np.ndarray, columns: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Scale ``matrix`` so its row sums are ``rows`` and column sums ``columns`` (Deming & Stephan 1940; Stone's RAS).

    Returns the fitted matrix and the row and column factors. Rows or columns that are all zero stay zero;
    the targets should have equal totals (the demo's are balanced, see ``calibration.trade_targets``).
    """
    r = np.ones(matrix.shape[0])
    c = np.ones(matrix.shape[1])
    for _ in range(RAS_ITERATIONS):
        row_sums = (matrix * c[None, :]).sum(axis=1)
        r = np.divide(rows, row_sums, out=np.zeros_like(r), where=row_sums > 0)
        column_sums = (matrix * r[:, None]).sum(axis=0)
        c = np.divide(columns, column_sums, out=np.zeros_like(c), where=column_sums > 0)
        fitted_rows = (matrix * c[None, :]).sum(axis=1) * r
        if np.nanmax(np.abs(fitted_rows - rows) / np.maximum(rows, 1.0)) < RAS_TOLERANCE:
            break
    return matrix * r[:, None] * c[None, :], r, c
