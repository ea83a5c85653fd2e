"""A small synthetic trade world for brief tests, written through the real store.

Gravity-like random flows between ~30 economies over a few hundred HS6 codes,
with the products the seed articles talk about (coffee, tea, tin, tungsten,
tantalum, crude oil, wheat) placed where the stories put them.
"""

from __future__ import annotations

from pathlib import Path

import duckdb
import numpy as np
import pandas as pd

from partnerlens.reference import products
from partnerlens.store import SourceInfo, TradeStore
from partnerlens.workspace import Workspace

ECONOMIES = (
    "RWA",
    "AZE",
    "KAZ",
    "KEN",
    "UGA",
    "TZA",
    "COD",
    "BDI",
    "ETH",
    "ZAF",
    "NGA",
    "EGY",
    "MAR",
    "GHA",
    "CIV",
    "USA",
    "CHN",
    "DEU",
    "TUR",
    "RUS",
    "IND",
    "ARE",
    "FRA",
    "GBR",
    "UZB",
    "GEO",
    "BRA",
    "JPN",
)
# Products each exporter is made strong in, so that RCA, top products and potential have a shape.
SPECIALTIES = {
    "RWA": ("090111", "090240", "260900", "261100", "261590", "710812"),
    "AZE": ("270900", "271121", "080250", "290121"),
    "KAZ": ("100190", "260300", "270900", "720241", "281820"),
}
MISSING_YEAR = 2019  # a hole in the data, so that briefs must say "no data" for it
YEARS = tuple(y for y in range(2015, 2023) if y != MISSING_YEAR)


def _product_codes(rng: np.random.Generator, count: int) -> list[str]:
    table = products("HS92")
    hs6 = table.loc[table["digits"] == 6, "code"].to_numpy()
    special = sorted({code for codes in SPECIALTIES.values() for code in codes})
    others = rng.choice(np.setdiff1d(hs6, special), size=count - len(special), replace=False)
    return special + sorted(others)


def world(seed: int = 7, n_products: int = 220, years: tuple[int, ...] = YEARS) -> pd.DataFrame:
    """Flows ``year, exporter, importer, product, value_usd`` of the test world."""
    rng = np.random.default_rng(seed)
    codes = _product_codes(rng, n_products)
    n_e, n_p = len(ECONOMIES), len(codes)
    size = rng.lognormal(mean=0.0, sigma=1.2, size=n_e)
    skill = rng.lognormal(0.0, 1.5, size=(n_e, n_p)) * (rng.random((n_e, n_p)) < 0.35)
    for exporter, special in SPECIALTIES.items():
        i = ECONOMIES.index(exporter)
        for code in special:
            skill[i, codes.index(code)] = 40.0 * rng.uniform(0.8, 1.2)
    frames = []
    for t, year in enumerate(years):
        growth = (1.04 + 0.02 * rng.standard_normal(n_e)) ** t
        value = (size * growth)[:, None, None] * size[None, :, None] * skill[:, None, :]
        value *= rng.random(value.shape) < 0.5
        value *= 1e6 * rng.lognormal(0, 0.3, size=value.shape)
        idx = np.argwhere(value > 0)
        idx = idx[idx[:, 0] != idx[:, 1]]
        frames.append(
            pd.DataFrame(
                {
                    "year": year,
                    "exporter": np.asarray(ECONOMIES)[idx[:, 0]],
                    "importer": np.asarray(ECONOMIES)[idx[:, 1]],
                    "product": np.asarray(codes)[idx[:, 2]],
                    "value_usd": value[idx[:, 0], idx[:, 1], idx[:, 2]].round(0),
                }
            )
        )
    return pd.concat(frames, ignore_index=True)


def build_store(home: Path, synthetic: bool = True, seed: int = 7, name: str | None = None) -> TradeStore:
    """A workspace at ``home`` whose store holds the test world as one source."""
    flows = world(seed)
    name = name or ("demo-brief-test" if synthetic else "test-release")
    store = TradeStore(Workspace.open(home))

    def write(con: duckdb.DuckDBPyConnection, staging: Path) -> None:
        con.register("world", flows.assign(quantity_t=None, source=name))
        con.execute(
            "COPY (SELECT year::INTEGER AS year, exporter, importer, product, value_usd::DOUBLE AS value_usd, "
            "quantity_t::DOUBLE AS quantity_t, source FROM world) "
            f"TO '{staging}' (FORMAT parquet, PARTITION_BY (year), WRITE_PARTITION_COLUMNS true)"
        )

    info = SourceInfo(
        name=name,
        kind="demo" if synthetic else "baci",
        nomenclature="HS92",
        release="test-1",
        sha256="0" * 64,
        origin="tests/_brief_fixtures.py",
        synthetic=synthetic,
    )
    store.ingest(info, write)
    return store
