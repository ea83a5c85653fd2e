"""Distances and macro data for economies, from the packages that ship them.

* distances: CEPII GeoDist (``dist``, ``distcap``, ``distw`` in km; ``contig``,
  ``comlang_off`` …) as shipped by ``atlas-common-data``;
* GDP and population: the World Development Indicators cache in
  ``atlas-common-data`` (current USD);
* landlocked economies: ``reference/data/landlocked.yaml`` (UN-OHRLLS list).

References: Mayer & Zignago (2011), "Notes on CEPII's distances measures: the
GeoDist database", CEPII WP 2011-25; World Bank, World Development Indicators.
"""

from __future__ import annotations

from functools import cache
from importlib import resources

import numpy as np
import pandas as pd
import yaml

from partnerlens.reference import published
from partnerlens.reference.atlas import data_dir, kept_table

DISTANCE_SOURCE = "CEPII GeoDist (Mayer & Zignago 2011), via atlas-common-data"
MACRO_SOURCE = "World Bank World Development Indicators (cache in atlas-common-data)"


# GeoDist predates some ISO 3166 changes; its old codes, mapped to today's.
_GEODIST_CODES = {"ZAR": "COD", "ROM": "ROU", "YUG": "SRB", "PAL": "PSE", "TMP": "TLS"}


_DISTANCE_COLUMNS = ("exporter", "importer", "dist", "distcap", "distw", "contig", "comlang_off")


@cache
def distances() -> pd.DataFrame:
    """Bilateral distances: ``exporter, importer, dist, distcap, distw, contig, comlang_off`` (ISO3 of today).

    Parsing the 4 MB GeoDist CSV costs a first brief a few tenths of a second of its main thread; the parsed
    columns are kept (:func:`partnerlens.reference.atlas.kept_table`), so later processes build the same table
    (same values, dtypes and order) from the kept copy.
    """
    what = "distances:" + ",".join(_DISTANCE_COLUMNS) + ":" + ",".join(f"{k}={v}" for k, v in _GEODIST_CODES.items())
    columns = kept_table(data_dir() / "static/geo_dist.csv", what, _read_distances)
    # each column as a typed array, not a Series inferred from a list: a third of the CPU, the same frame (tested)
    return pd.DataFrame({name: np.array(values, dtype=dtype) for name, dtype, values in columns})


def _read_distances() -> tuple:
    """The GeoDist table as ``atlas-common-data`` loads it, as ``(column, dtype, values)`` triples."""
    import atlas_common_data  # imports requests and its data sources: only when the kept copy is missing

    table = atlas_common_data.load_geo_distances()
    table = table[list(_DISTANCE_COLUMNS)].copy()
    for column in ("exporter", "importer"):
        table[column] = table[column].replace(_GEODIST_CODES)
    return tuple((name, str(table[name].dtype), table[name].tolist()) for name in _DISTANCE_COLUMNS)


def distance_km(a: str, b: str, measure: str = "distw") -> float | None:
    """Distance between two economies in km (population-weighted ``distw`` by default)."""
    table = distances()
    row = table[(table["exporter"] == a) & (table["importer"] == b)]
    if row.empty or pd.isna(row[measure].iloc[0]):
        return None
    return float(row[measure].iloc[0])


@cache
def macro() -> pd.DataFrame:
    """GDP (current USD) and population by economy and year: ``iso3, year, gdp_usd, population``.

    The same WDI table the published layer reads (:func:`partnerlens.reference.published.wdi`), read once.
    """
    return published.wdi().rename(columns={"gdp": "gdp_usd"})[["iso3", "year", "gdp_usd", "population"]]


def latest_macro(iso3: str, year: int | None = None) -> dict | None:
    """The latest GDP and population at or before ``year`` for one economy, with its year."""
    table = macro()
    rows = table[(table["iso3"] == iso3) & table["gdp_usd"].notna()]
    if year is not None:
        rows = rows[rows["year"] <= year]
    if rows.empty:
        return None
    row = rows.sort_values("year").iloc[-1]
    return {"year": int(row["year"]), "gdp_usd": float(row["gdp_usd"]), "population": _float_or_none(row["population"])}


def _float_or_none(value) -> float | None:
    return None if pd.isna(value) else float(value)


@cache
def landlocked() -> frozenset[str]:
    """ISO3 codes of landlocked economies."""
    text = resources.files("partnerlens.reference").joinpath("data/landlocked.yaml").read_text(encoding="utf-8")
    return frozenset(yaml.safe_load(text)["members"])
