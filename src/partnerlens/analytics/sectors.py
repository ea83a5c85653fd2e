"""Product results summed by policy sector (coffee and tea, critical minerals, …).

Sectors overlap (coffee is also agriculture), so the sums of different
sectors must not be added up. Only sectors that trade in goods (that map to HS
codes) are summed; a product belongs to a sector when its code starts with one
of the sector's HS prefixes.
"""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np
import pandas as pd

SECTOR_POTENTIAL_COLUMNS = ["sector", "label", "untapped_usd", "actual_usd"]


def untapped_by_sector(products: pd.DataFrame, sectors: Mapping) -> pd.DataFrame:
    """Untapped and actual export value summed per goods sector: ``sector, label, untapped_usd, actual_usd``.

    ``products`` is an export-potential product table (``product, untapped_usd,
    actual_usd``); sectors with no untapped potential are left out; rows are
    ordered by untapped value, largest first (ties keep the taxonomy's order).

    The prefixes are matched on the distinct codes (a categorical's categories)
    as fixed-width numpy strings, and each sum is numpy's over the matching
    rows in table order with missing values as zero: pandas' ``Series.sum``
    of the same rows, the same floats, without a Python call per row.
    """
    codes, at = _distinct_codes(products["product"])
    untapped = np.nan_to_num(products["untapped_usd"].to_numpy(float), nan=0.0)
    actual = np.nan_to_num(products["actual_usd"].to_numpy(float), nan=0.0)
    rows = []
    for sector in sectors.values():
        if not sector.trades_in_goods:
            continue
        inside = _starting_with(codes, tuple(sector.hs))[at]
        sector_untapped = untapped[inside].sum()
        if sector_untapped > 0:
            rows.append((sector.id, sector.label, float(sector_untapped), float(actual[inside].sum())))
    table = pd.DataFrame(rows, columns=SECTOR_POTENTIAL_COLUMNS)
    return table.sort_values("untapped_usd", ascending=False, kind="stable").reset_index(drop=True)


def _distinct_codes(values: pd.Series) -> tuple[np.ndarray, np.ndarray]:
    """The distinct codes of ``values`` as a numpy string array, and each row's position in it."""
    if isinstance(values.dtype, pd.CategoricalDtype):
        categories = values.cat.categories.astype(str).to_numpy()
        return np.append(categories, "").astype(str), values.cat.codes.to_numpy()  # a missing code, −1, reads ""
    at, distinct = pd.factorize(values.astype(str), use_na_sentinel=False)
    return np.asarray(distinct, dtype=str), at


def _starting_with(codes: np.ndarray, prefixes: tuple[str, ...]) -> np.ndarray:
    """Which of ``codes`` (a numpy string array) start with any of ``prefixes``."""
    inside = np.zeros(len(codes), dtype=bool)
    for length in {len(p) for p in prefixes}:
        heads = codes.astype(f"<U{length}") if length else np.full(len(codes), "")  # each code's first characters
        inside |= np.isin(heads, [p for p in prefixes if len(p) == length])
    return inside
