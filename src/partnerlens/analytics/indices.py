"""Trade indices: revealed comparative advantage, complementarity, intensity, similarity.

All functions take a flows table — a pandas DataFrame or a pyarrow Table with
columns ``year, exporter, importer, product, value_usd`` — and are pure.

Bilateral indices compare two *parties*. A party is an ISO3 code (``"RWA"``)
or any object with a ``members`` attribute holding a set of ISO3 codes (a
group such as Africa). A group's trade is the sum over its members, and trade
between two members of the same group is not the group's trade: it is left out
of the group's exports and imports and of the world total, exactly as if the
members were relabelled as one economy and its internal flows dropped.

A figure whose denominator is zero (no trade, no data) is NaN, never 0.
"""

from __future__ import annotations

import math
from collections.abc import Set
from typing import Protocol

import numpy as np
import pandas as pd
import pyarrow as pa

__all__ = ["rca", "trade_complementarity", "trade_intensity", "export_similarity"]

YEAR, EXPORTER, IMPORTER, PRODUCT, VALUE = "year", "exporter", "importer", "product", "value_usd"


class _Group(Protocol):
    @property
    def members(self) -> Set[str]: ...


Party = str | _Group
"""An economy (ISO3 code) or a group of economies (anything with ``members``)."""


def rca(flows: pd.DataFrame | pa.Table, year: int | None = None) -> pd.DataFrame:
    """Balassa's revealed comparative advantage of each exporter in each product.

    ``RCA[i,k] = (X[i,.,k] / X[i,.,.]) / (X[.,.,k] / W)`` (Balassa 1965): the
    share of product k in i's exports relative to its share in world exports;
    above 1, i is relatively specialised in k.

    Parameters
    ----------
    flows : pandas.DataFrame or pyarrow.Table
        Flows table (``year, exporter, importer, product, value_usd``); rows of
        the same exporter and product are summed over importers.
    year : int, optional
        Year to compute. If omitted, the flows must hold exactly one year.

    Returns
    -------
    pandas.DataFrame
        Columns ``exporter, product, export_value_usd, rca``, one row per
        exporter and product present in the flows, sorted by both. RCA is NaN
        for an exporter with zero total exports.

    Raises
    ------
    ValueError
        If ``year`` is omitted and the flows hold several years (or none).
    """
    exports = (
        _one_year(_as_frame(flows), year)
        .groupby([EXPORTER, PRODUCT], as_index=False, sort=True)[VALUE]
        .sum()
        .rename(columns={VALUE: "export_value_usd"})
    )
    exporter_codes, exporters = pd.factorize(exports[EXPORTER], sort=True)
    product_codes, products = pd.factorize(exports[PRODUCT], sort=True)
    matrix = np.zeros((len(exporters), len(products)))
    matrix[exporter_codes, product_codes] = exports["export_value_usd"].to_numpy(float)
    exports["rca"] = _balassa(matrix)[exporter_codes, product_codes]
    return exports


def trade_complementarity(flows: pd.DataFrame | pa.Table, i: Party, j: Party, year: int) -> float:
    """Michaely's trade complementarity of i's exports with j's imports, 0–100.

    ``TC[i,j] = 100 · (1 − Σ_k |m[j,k] − x[i,k]| / 2)`` (Michaely 1996), where
    ``x[i,k]`` is the share of product k in i's exports to the world and
    ``m[j,k]`` its share in j's imports. 100 means i exports exactly what j
    imports; 0 means no overlap. Not symmetric: call with (j, i) for the other
    direction.

    Parameters
    ----------
    flows : pandas.DataFrame or pyarrow.Table
        Flows table.
    i, j : str or party
        Exporting and importing party: an ISO3 code or an object with a
        ``members`` set of ISO3 codes. The parties must not share members.
    year : int
        Year to compute.

    Returns
    -------
    float
        The index, or NaN if i has no exports or j no imports that year.
    """
    trade = _PartyTrade(flows, i, j, year)
    return complementarity_of(trade.exports_by_product(0), trade.imports_by_product(1))


def trade_intensity(flows: pd.DataFrame | pa.Table, i: Party, j: Party, year: int) -> float:
    """Trade intensity of i's exports to j (Brown 1949; Kojima 1964).

    ``TI[i,j] = (X[i,j] / X[i,.]) / (M[.,j] / M_world)``: j's share in i's
    exports relative to j's share in world imports. Above 1, i sends more to j
    than j's weight in world trade predicts.

    Parameters
    ----------
    flows : pandas.DataFrame or pyarrow.Table
        Flows table.
    i, j : str or party
        Exporting and importing party: an ISO3 code or an object with a
        ``members`` set of ISO3 codes. The parties must not share members.
    year : int
        Year to compute.

    Returns
    -------
    float
        The index, or NaN if i has no exports or j no imports that year.
    """
    trade = _PartyTrade(flows, i, j, year)
    exports_i = trade.exports_by_product(0).sum()
    imports_j = trade.imports_by_product(1).sum()
    return intensity_of(trade.bilateral_total(0, 1), exports_i, imports_j, trade.world_total())


def export_similarity(flows: pd.DataFrame | pa.Table, i: Party, j: Party, year: int) -> float:
    """Finger–Kreinin export similarity of i and j, 0–100.

    ``ES[i,j] = 100 · Σ_k min(x[i,k], x[j,k])`` (Finger & Kreinin 1979), with
    ``x[i,k]`` the share of product k in i's exports to the world. 100 means
    identical export baskets; 0 means no product in common. Symmetric.

    Parameters
    ----------
    flows : pandas.DataFrame or pyarrow.Table
        Flows table.
    i, j : str or party
        The two parties: ISO3 codes or objects with a ``members`` set of ISO3
        codes. The parties must not share members.
    year : int
        Year to compute.

    Returns
    -------
    float
        The index, or NaN if either party has no exports that year.
    """
    trade = _PartyTrade(flows, i, j, year)
    return similarity_of(trade.exports_by_product(0), trade.exports_by_product(1))


def complementarity_of(exports: np.ndarray, imports: np.ndarray) -> float:
    """Michaely's index from i's exports and j's imports by product (aligned arrays); NaN when either is empty.

    The formula of :func:`trade_complementarity`, for callers that summed the
    parties' baskets elsewhere (a group's from the world tables).
    """
    if not _all_traded(exports, imports):
        return math.nan
    mismatch = np.abs(imports / imports.sum() - exports / exports.sum()).sum()
    return float(100 * (1 - mismatch / 2))


def intensity_of(bilateral: float, exports_i: float, imports_j: float, world: float) -> float:
    """The formula of :func:`trade_intensity` from i's exports to j, i's and j's totals and the world total."""
    return _ratio(_ratio(bilateral, exports_i), _ratio(imports_j, world))


def similarity_of(exports_i: np.ndarray, exports_j: np.ndarray) -> float:
    """The formula of :func:`export_similarity` from two export baskets by product (aligned arrays)."""
    if not _all_traded(exports_i, exports_j):
        return math.nan
    return float(100 * np.minimum(exports_i / exports_i.sum(), exports_j / exports_j.sum()).sum())


class _PartyTrade:
    """One year of flows seen from two parties, with intra-party trade dropped.

    Each flow's exporter and importer are mapped to a party index (0 for the
    first party, 1 for the second, -1 for any other economy).
    """

    def __init__(self, flows: pd.DataFrame | pa.Table, i: Party, j: Party, year: int) -> None:
        members_i, members_j = _party_members(i), _party_members(j)
        if members_i & members_j:
            raise ValueError(f"parties share members: {sorted(members_i & members_j)}")
        frame = _as_frame(flows)
        frame = frame[frame[YEAR] == year]
        exporter = _party_index(frame[EXPORTER], members_i, members_j)
        importer = _party_index(frame[IMPORTER], members_i, members_j)
        not_intra_party = (exporter != importer) | (exporter == -1)
        self.exporter, self.importer = exporter[not_intra_party], importer[not_intra_party]
        self.value = frame[VALUE].to_numpy(float)[not_intra_party]
        self.product, products = pd.factorize(frame[PRODUCT].to_numpy()[not_intra_party])
        self.n_products = len(products)

    def exports_by_product(self, party: int) -> np.ndarray:
        return self._by_product(self.exporter == party)

    def imports_by_product(self, party: int) -> np.ndarray:
        return self._by_product(self.importer == party)

    def bilateral_total(self, exporter: int, importer: int) -> float:
        return float(self.value[(self.exporter == exporter) & (self.importer == importer)].sum())

    def world_total(self) -> float:
        return float(self.value.sum())

    def _by_product(self, rows: np.ndarray) -> np.ndarray:
        return np.bincount(self.product[rows], weights=self.value[rows], minlength=self.n_products)


def _party_index(codes: pd.Series, first: frozenset[str], second: frozenset[str]) -> np.ndarray:
    """0 where a code is a member of ``first``, 1 of ``second``, -1 elsewhere (``isin``: fast on Arrow strings)."""
    return np.select([codes.isin(first).to_numpy(bool), codes.isin(second).to_numpy(bool)], [0, 1], -1)


def _party_members(party: Party) -> frozenset[str]:
    """ISO3 codes of a party: an ISO3 string or an object with ``members``."""
    if isinstance(party, str):
        return frozenset({party})
    if hasattr(party, "members"):
        return frozenset(party.members)
    raise TypeError(f"a party is an ISO3 code or has .members, not {type(party).__name__}")


def _all_traded(*baskets: np.ndarray) -> bool:
    """Whether every basket (values by product) has a positive total."""
    return all(basket.sum() > 0 for basket in baskets)


def _ratio(numerator: float, denominator: float) -> float:
    return float(numerator / denominator) if denominator != 0 else math.nan


def _balassa(exports: np.ndarray) -> np.ndarray:
    """Balassa RCA of a locations × products matrix; NaN where a row or column has no trade.

    The operations follow ``ecomplexity`` step by step so that an RCA lying
    exactly on a presence threshold rounds the same way in both.
    """
    product_total = exports.sum(axis=0)
    with np.errstate(divide="ignore", invalid="ignore"):
        return (exports / exports.sum(axis=1)[:, np.newaxis]) / (product_total / product_total.sum())


def _one_year(frame: pd.DataFrame, year: int | None) -> pd.DataFrame:
    if year is not None:
        return frame[frame[YEAR] == year]
    years = frame[YEAR].unique()
    if len(years) != 1:
        raise ValueError(f"flows hold {len(years)} years; pass year= to choose one")
    return frame


def _as_frame(flows: pd.DataFrame | pa.Table) -> pd.DataFrame:
    """The flows as a pandas DataFrame (pyarrow Tables are converted)."""
    if isinstance(flows, pa.Table):
        return flows.to_pandas()
    if isinstance(flows, pd.DataFrame):
        return flows
    raise TypeError(f"flows must be a pandas DataFrame or pyarrow Table, not {type(flows).__name__}")
