"""Economic complexity: ECI, PCI, product proximity, density, COI and COG.

The definitions are those of Hidalgo & Hausmann (2009) and the Atlas of
Economic Complexity (Hausmann et al. 2014) as implemented by the Growth Lab's
``ecomplexity`` package, the field's reference: on the same input the two agree
to numerical precision, column for column, so researchers can switch.

Each year is one locations × products matrix. The only expensive step in
``ecomplexity`` is a dense non-symmetric eigenproblem on the products side
(products × products); here the same eigenvector comes from a symmetric
eigenproblem on the smaller side of the matrix, which is what makes this
module fast enough for HS6 (about 230 economies × 5,000 products a year).

The main difference on purpose concerns economies with zero diversity and
products with zero ubiquity (no RCA ≥ threshold). As METHODS.md asks, they
are left out of the year's computation and their ECI, PCI, density, COI and
COG are missing (NaN); the rest of the year is computed on the remaining
matrix. ``ecomplexity`` instead returns NaN for the whole year's ECI, PCI, COI
and COG (and density, if a product has zero ubiquity). docs/methods-complexity.md
lists every difference.
"""

from __future__ import annotations

from typing import NamedTuple

import numpy as np
import pandas as pd
import pyarrow as pa

from partnerlens.analytics.indices import _as_frame, _balassa

__all__ = ["PRESENCE_TESTS", "PROXIMITY_DIAGONALS", "complexity", "proximity"]

PROXIMITY_DIAGONALS = (1.0, 0.0)
"""The proximity of a product to itself: 1 as ``ecomplexity`` (Python) computes it, 0 as Stata ``ecomplexity``
and Datawheel's ``economic-complexity`` set it. It changes density and COG, not ECI or PCI."""

PRESENCE_TESTS = ("rca", "manual")
"""How presence M[c,p] is decided: from RCA ≥ threshold, or given as 0/1 values."""


class _Columns(NamedTuple):
    time: str
    location: str
    product: str
    value: str


def complexity(
    flows: pd.DataFrame | pa.Table,
    time: str = "year",
    location: str = "exporter",
    product: str = "product",
    value: str = "value_usd",
    rca_threshold: float = 1.0,
    presence_test: str = "rca",
    proximity_diagonal: float = 1.0,
) -> pd.DataFrame:
    """Economic and product complexity, density, complexity outlook and outlook gain.

    Per year, with presence ``M[c,p] = 1`` if ``RCA[c,p] ≥ rca_threshold``
    (Balassa 1965), diversity ``kc0 = Σ_p M`` and ubiquity ``kp0 = Σ_c M``:

    - ECI is the eigenvector of the second largest eigenvalue of
      ``D⁻¹ M U⁻¹ Mᵀ`` and PCI that of ``U⁻¹ Mᵀ D⁻¹ M`` (Hidalgo & Hausmann
      2009), signed so that ECI correlates positively with diversity, and both
      standardised with the mean and population sd (ddof=0) of the ECI, as
      ``ecomplexity`` does: ECI has mean 0 and sd 1; PCI is on the same scale.
    - proximity ``φ[p,p'] = Σ_c M[c,p] M[c,p'] / max(kp0[p], kp0[p'])``;
      density ``ω[c,p] = Σ_p' M[c,p'] φ[p,p'] / Σ_p' φ[p,p']``;
      ``COI[c] = Σ_p ω[c,p] (1 − M[c,p]) PCI[p]``, standardised;
      ``COG[c,p] = (1 − M[c,p]) Σ_p' φ[p,p'] / Σ_p'' φ[p'',p'] (1 − M[c,p']) PCI[p']``
      (Hausmann et al. 2014). As in ``ecomplexity``, COI and COG use the PCI
      before it is centred (the eigenvector divided by the ECI's sd).

    Economies with zero diversity and products with zero ubiquity are left
    out of the eigenproblem, proximity, density, COI and COG of their year:
    those values are NaN for them (see the module docstring for how
    ``ecomplexity`` differs).

    Parameters
    ----------
    flows : pandas.DataFrame or pyarrow.Table
        Trade or production values. Either bilateral (one row per exporter,
        importer and product: rows are summed over the other columns) or
        already one row per time, location and product. Values must not be
        missing: drop or fill them first.
    time, location, product, value : str
        Names of the columns holding the period, the economy, the product
        and the value. They are also the names of those output columns.
    rca_threshold : float
        RCA at or above which a location counts as exporting a product.
    presence_test : {"rca", "manual"}
        ``"rca"``: presence from RCA ≥ ``rca_threshold``. ``"manual"``: the
        value column already is the presence (0 or 1), and the ``rca`` column
        of the output is NaN.

    Returns
    -------
    pandas.DataFrame
        One row per time × location × product, for every location and product
        present in that time's input (a pair absent from the input exported
        nothing: its value is 0). Columns ``time, location, product, value``
        (named as given), then ``rca, mcp, diversity, ubiquity, eci, pci,
        density, coi, cog`` as in ``ecomplexity``'s output. A year whose
        presence matrix splits into disconnected blocks has no ECI, PCI, COI
        or COG (NaN, as Stata ``ecomplexity`` gives): the second eigenvector
        is then arbitrary. ``result.attrs["notes"]`` says which years.

    Raises
    ------
    ValueError
        If a column is missing, a value is missing, ``presence_test`` is
        unknown, or manual presence values are not 0 or 1.
    """
    columns = _Columns(time, location, product, value)
    frame = _checked_frame(flows, columns, presence_test)
    _check_diagonal(proximity_diagonal)
    years = [
        _complexity_of_year(year, rows, columns, rca_threshold, presence_test, proximity_diagonal)
        for year, rows in frame.groupby(time, sort=True)
    ]
    notes = [note for _, note in years if note]
    result = pd.concat([table for table, _ in years], ignore_index=True)
    result.attrs["notes"] = notes
    return result


def proximity(
    flows: pd.DataFrame | pa.Table,
    time: str = "year",
    location: str = "exporter",
    product: str = "product",
    value: str = "value_usd",
    rca_threshold: float = 1.0,
    presence_test: str = "rca",
    diagonal: float = 1.0,
) -> pd.DataFrame:
    """Product proximity, the edges of the product space, for each year.

    ``φ[p,p'] = Σ_c M[c,p] M[c,p'] / max(kp0[p], kp0[p'])`` (Hidalgo et al.
    2007; Hausmann et al. 2014): the smaller of the two conditional
    probabilities that a location exporting one product with RCA ≥ threshold
    also exports the other. Same values as ``ecomplexity.proximity``.

    Parameters
    ----------
    flows : pandas.DataFrame or pyarrow.Table
        As for :func:`complexity`.
    time, location, product, value : str
        Names of the period, economy, product and value columns.
    rca_threshold : float
        RCA at or above which a location counts as exporting a product.
    presence_test : {"rca", "manual"}
        As for :func:`complexity`.
    diagonal : {1.0, 0.0}
        The proximity of a product to itself: 1 as ``ecomplexity``, 0 as
        Stata ``ecomplexity`` and Datawheel.

    Returns
    -------
    pandas.DataFrame
        Columns ``time, {product}_1, {product}_2, proximity``: every ordered
        pair of products present in that time's input, the diagonal included
        (``diagonal``). Proximity is NaN when either product has zero ubiquity.
        The table has (number of products)² rows per year: 25 million for HS6.
    """
    columns = _Columns(time, location, product, value)
    frame = _checked_frame(flows, columns, presence_test)
    _check_diagonal(diagonal)
    return pd.concat(
        [
            _proximity_of_year(year, rows, columns, rca_threshold, presence_test, diagonal)
            for year, rows in frame.groupby(time, sort=True)
        ],
        ignore_index=True,
    )


def _complexity_of_year(year, rows, columns, rca_threshold, presence_test, diagonal) -> tuple[pd.DataFrame, str | None]:
    exports, locations, products = _year_matrix(rows, columns)
    rca, mcp = _presence(exports, rca_threshold, presence_test)
    diversity, ubiquity = mcp.sum(axis=1), mcp.sum(axis=0)
    active = (diversity > 0, ubiquity > 0)
    m = mcp[np.ix_(*active)].astype(float)
    note = None
    eci: np.ndarray | float  # NaN (a float) where the year has no product space
    pci: np.ndarray | float
    density: np.ndarray | float
    coi: np.ndarray | float
    cog: np.ndarray | float
    if min(m.shape) < 2:  # no product space without two economies and two products
        eci = pci = density = coi = cog = np.nan
    else:
        blocks = _blocks(m)
        if blocks == 1:
            eci, pci, density, coi, cog = _complexity_metrics(m, diversity[active[0]], ubiquity[active[1]], diagonal)
        else:  # the second eigenvector is arbitrary: no ECI, PCI, COI, COG; density needs none of them
            phi = _proximity_matrix(m, diagonal)
            density, eci, pci, coi, cog = (m @ phi) / phi.sum(axis=0), np.nan, np.nan, np.nan, np.nan
            note = (
                f"{year}: the presence matrix splits into {blocks} disconnected blocks of economies and products; "
                "ECI, PCI, COI and COG are undefined there (NaN), as in Stata ecomplexity"
            )

    n_locations, n_products = exports.shape
    return pd.DataFrame(
        {
            columns.time: year,
            columns.location: np.repeat(locations.to_numpy(), n_products),
            columns.product: np.tile(products.to_numpy(), n_locations),
            columns.value: exports.ravel(),
            "rca": rca.ravel(),
            "mcp": mcp.ravel(),
            "diversity": np.repeat(diversity, n_products),
            "ubiquity": np.tile(ubiquity, n_locations),
            "eci": np.repeat(_with_nan_outside(eci, active[0]), n_products),
            "pci": np.tile(_with_nan_outside(pci, active[1]), n_locations),
            "density": _with_nan_outside(density, *active).ravel(),
            "coi": np.repeat(_with_nan_outside(coi, active[0]), n_products),
            "cog": _with_nan_outside(cog, *active).ravel(),
        }
    ), note


def _blocks(m: np.ndarray) -> int:
    """How many connected blocks the bipartite graph of economies and products with ``M = 1`` has."""
    from scipy.sparse import bmat, csr_matrix
    from scipy.sparse.csgraph import connected_components

    sparse = csr_matrix(m)
    graph = bmat([[None, sparse], [sparse.T, None]])
    return int(connected_components(graph, directed=False)[0])


def _check_diagonal(diagonal: float) -> None:
    if float(diagonal) not in PROXIMITY_DIAGONALS:
        raise ValueError(f"the proximity diagonal must be 1 (ecomplexity) or 0 (Stata, Datawheel), not {diagonal}")


def _proximity_of_year(year, rows, columns, rca_threshold, presence_test, diagonal) -> pd.DataFrame:
    exports, _, products = _year_matrix(rows, columns)
    _, mcp = _presence(exports, rca_threshold, presence_test)
    ubiquitous = mcp.sum(axis=0) > 0
    phi = _with_nan_outside(_proximity_matrix(mcp[:, ubiquitous].astype(float), diagonal), ubiquitous, ubiquitous)
    labels = products.to_numpy()
    return pd.DataFrame(
        {
            columns.time: year,
            f"{columns.product}_1": np.repeat(labels, len(labels)),
            f"{columns.product}_2": np.tile(labels, len(labels)),
            "proximity": phi.ravel(),
        }
    )


def _year_matrix(rows: pd.DataFrame, columns: _Columns) -> tuple[np.ndarray, pd.Index, pd.Index]:
    """Locations × products matrix of one year's values, summed over any other columns.

    Locations and products are sorted, as in ``ecomplexity``, so that sums
    (and RCA) round identically.
    """
    location_codes, locations = pd.factorize(rows[columns.location], sort=True)
    product_codes, products = pd.factorize(rows[columns.product], sort=True)
    shape = (len(locations), len(products))
    flat = np.bincount(
        location_codes * shape[1] + product_codes,
        weights=rows[columns.value].to_numpy(float),
        minlength=shape[0] * shape[1],
    )
    return flat.reshape(shape), locations, products


def _presence(exports: np.ndarray, rca_threshold: float, presence_test: str) -> tuple[np.ndarray, np.ndarray]:
    """RCA (NaN if not computed) and the 0/1 presence matrix M."""
    if presence_test == "manual":
        if not np.isin(exports, (0, 1)).all():
            raise ValueError("with presence_test='manual' every value must be 0 or 1")
        return np.full(exports.shape, np.nan), exports.astype(np.int64)
    rca = _balassa(exports)
    return rca, (rca >= rca_threshold).astype(np.int64)


def _complexity_metrics(
    m: np.ndarray, diversity: np.ndarray, ubiquity: np.ndarray, diagonal: float = 1.0
) -> tuple[np.ndarray, ...]:
    """ECI, PCI, density, COI and COG of a presence matrix with no empty row or column."""
    eci, pci, pci_uncentred = _eci_pci(m, diversity, ubiquity)
    phi = _proximity_matrix(m, diagonal)
    density = (m @ phi) / phi.sum(axis=0)
    coi, cog = _complexity_outlook(m, phi, density, pci_uncentred)
    return eci, pci, density, coi, cog


def _eci_pci(m: np.ndarray, diversity: np.ndarray, ubiquity: np.ndarray) -> tuple[np.ndarray, ...]:
    """ECI and PCI standardised by the ECI's mean and sd, and the PCI before centring.

    ``m`` holds only economies and products with positive diversity and
    ubiquity. The sign makes ECI correlate positively with diversity; PCI
    takes the same sign (its eigenvector maps onto ECI through ``D⁻¹ M``).
    """
    kp = _product_eigenvector(m, diversity, ubiquity)
    kc = (m @ kp) / diversity
    sign = np.sign(np.corrcoef(diversity, kc)[0, 1])
    kp, kc = sign * kp, sign * kc
    mean, sd = kc.mean(), kc.std()
    return (kc - mean) / sd, (kp - mean) / sd, kp / sd


def _product_eigenvector(m: np.ndarray, diversity: np.ndarray, ubiquity: np.ndarray) -> np.ndarray:
    """Eigenvector of the second largest eigenvalue of ``U⁻¹ Mᵀ D⁻¹ M``, up to scale.

    The economies-side matrix ``D⁻¹ M U⁻¹ Mᵀ`` has the same non-zero
    eigenvalues, and its eigenvector kc maps to the products side as
    ``kp = U⁻¹ Mᵀ kc``; whichever side is smaller is solved.
    """
    if m.shape[0] <= m.shape[1]:
        return (m.T @ _second_eigenvector(m, diversity, ubiquity)) / ubiquity
    return _second_eigenvector(m.T, ubiquity, diversity)


def _second_eigenvector(m: np.ndarray, row_sums: np.ndarray, column_sums: np.ndarray) -> np.ndarray:
    """Eigenvector of the second largest eigenvalue of ``R⁻¹ M C⁻¹ Mᵀ`` (R, C: diagonal row and column sums).

    That matrix equals ``R^-½ S R^½`` with ``S = R^-½ M C⁻¹ Mᵀ R^-½``
    symmetric, so an eigenvector w of S gives ``R^-½ w``; a symmetric solver
    is faster and more accurate than a general one.
    """
    import scipy.linalg  # a fifth of a second to import: loaded only when complexity is computed

    scaled = m / np.sqrt(row_sums)[:, np.newaxis] / np.sqrt(column_sums)
    symmetric = scaled @ scaled.T
    n = len(symmetric)
    _, vectors = scipy.linalg.eigh(symmetric, subset_by_index=[n - 2, n - 2])
    return vectors[:, 0] / np.sqrt(row_sums)


def _proximity_matrix(m: np.ndarray, diagonal: float = 1.0) -> np.ndarray:
    """``φ[p,p'] = Σ_c M[c,p] M[c,p'] / max(kp0[p], kp0[p'])``, for products of positive ubiquity.

    Dividing by the larger ubiquity gives, bit for bit, ``ecomplexity``'s
    smaller of the two conditional probabilities, without a transposed pass.
    The formula gives ``φ[p,p] = 1``; ``diagonal=0`` sets it to 0 instead.
    """
    ubiquity = m.sum(axis=0)
    phi = m.T @ m
    phi /= np.maximum.outer(ubiquity, ubiquity)
    if diagonal != 1.0:
        np.fill_diagonal(phi, diagonal)
    return phi


def _complexity_outlook(
    m: np.ndarray, phi: np.ndarray, density: np.ndarray, pci_uncentred: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """COI (standardised) and COG, from the PCI before centring, as ``ecomplexity`` does."""
    absent = 1 - m
    coi = (density * absent) @ pci_uncentred
    cog = absent * ((absent * (pci_uncentred / phi.sum(axis=1))) @ phi)
    with np.errstate(invalid="ignore", divide="ignore"):  # no spread (one economy): COI is NaN, not a warning
        return (coi - coi.mean()) / coi.std(), cog


def _with_nan_outside(values: np.ndarray | float, *masks: np.ndarray) -> np.ndarray:
    """Values computed on the masked rows (and columns), in a NaN-filled array of full size."""
    full = np.full(tuple(len(mask) for mask in masks), np.nan)
    full[np.ix_(*masks)] = values
    return full


def _checked_frame(flows, columns: _Columns, presence_test: str) -> pd.DataFrame:
    frame = _as_frame(flows)
    absent = [name for name in columns if name not in frame.columns]
    if absent:
        raise ValueError(f"flows lack column(s) {absent}")
    if frame.empty:
        raise ValueError("flows are empty")
    if presence_test not in PRESENCE_TESTS:
        raise ValueError(f"presence_test must be one of {PRESENCE_TESTS}, not {presence_test!r}")
    if frame[columns.value].isna().any():
        raise ValueError(f"column {columns.value!r} has missing values; drop or fill them first")
    return frame
