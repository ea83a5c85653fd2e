"""Market-access step of export potential: the exporter's tariff against its competitors'.

Decreux & Spies (2016) scale demand by the exporter's tariff advantage or
disadvantage in the market. Here, with ``τ[i,j,k]`` the ad-valorem tariff j
applies to k from i (a fraction: 0.05 = 5 %) and ``τ̄[j,k]`` the tariff j's
*other* suppliers of k face, weighted by what j imports from each of them:

    access[i,j,k] = ((1 + τ[i,j,k]) / (1 + τ̄[j,k]))^(−σ)

σ is the trade elasticity to tariffs; Head & Mayer (2014) take about 5 as the
benchmark of structural gravity estimates. A pair without a tariff row, or a
market whose other suppliers have none, gets access 1 (neutral).

A tariff table has ``importer, exporter, product, tariff`` (``product`` at the
HS level of the analysis, ``tariff`` a fraction) and optionally ``year``
(the latest year ≤ the base year is used). A workspace holds one as
``tariffs.parquet`` in its home directory (a later ingest brings real ones).
"""

from __future__ import annotations

import numpy as np
import pandas as pd

DEFAULT_SIGMA = 5.0
TARIFF_COLUMNS = ("importer", "exporter", "product", "tariff")


def tariffs_for_year(tariffs: pd.DataFrame, year: int) -> pd.DataFrame:
    """The rows of the latest year ≤ ``year`` per importer × exporter × product (all rows when there is no year)."""
    missing = [c for c in TARIFF_COLUMNS if c not in tariffs.columns]
    if missing:
        raise ValueError(f"tariff table lacks column(s) {', '.join(missing)}")
    if "year" not in tariffs.columns:
        return tariffs[list(TARIFF_COLUMNS)]
    rows = tariffs[tariffs["year"] <= year].sort_values("year")
    return rows.groupby(["importer", "exporter", "product"], as_index=False).last()[list(TARIFF_COLUMNS)]


def market_access(
    tariffs: pd.DataFrame, supplier_imports: pd.DataFrame, exporter: frozenset[str], sigma: float = DEFAULT_SIGMA
) -> pd.DataFrame:
    """Per ``market, product``: ``tariff`` the exporter faces, ``competitor_tariff`` τ̄ and ``access``.

    ``supplier_imports``: ``importer, exporter, product, value_usd``, j's imports
    by supplier (the weights of τ̄). A group exporter's tariff is its members'
    tariffs weighted by what j imports from each (a plain mean where j imports
    nothing from them yet).
    """
    t = tariffs.merge(supplier_imports, on=["importer", "exporter", "product"], how="left").fillna({"value_usd": 0.0})
    own = t[t["exporter"].isin(exporter)].copy()
    others = t[~t["exporter"].isin(exporter) & (t["value_usd"] > 0)].copy()
    own_tariff = _weighted(own, plain_if_no_weight=True).rename("tariff")
    competitor = _weighted(others, plain_if_no_weight=False).rename("competitor_tariff")
    table = pd.concat([own_tariff, competitor], axis=1).reset_index()
    table["access"] = np.power((1 + table["tariff"]) / (1 + table["competitor_tariff"]), -float(sigma))
    table["access"] = table["access"].fillna(1.0)
    return table.rename(columns={"importer": "market"})


def _weighted(rows: pd.DataFrame, plain_if_no_weight: bool) -> pd.Series:
    rows = rows.assign(weighted=rows["tariff"] * rows["value_usd"])
    sums = rows.groupby(["importer", "product"])[["weighted", "value_usd"]].sum()
    mean = sums["weighted"] / sums["value_usd"].where(sums["value_usd"] > 0)
    if plain_if_no_weight:
        mean = mean.fillna(rows.groupby(["importer", "product"])["tariff"].mean())
    return mean
