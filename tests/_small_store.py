"""A small synthetic store for world-table and cache tests: real economies and HS6 codes, random flows (seconds)."""

from __future__ import annotations

from pathlib import Path

import duckdb

from partnerlens.sources import ingest, prepare, write_year
from partnerlens.store import SourceInfo, TradeStore
from partnerlens.workspace import Workspace

ECONOMIES = (
    "RWA",
    "AZE",
    "KAZ",
    "KEN",
    "UGA",
    "TZA",
    "DEU",
    "FRA",
    "CHN",
    "USA",
    "BRA",
    "IND",
    "ZAF",
    "EGY",
    "NGA",
    "TUR",
    "RUS",
    "JPN",
    "KOR",
    "GBR",
    "ITA",
    "ESP",
    "CAN",
    "MEX",
    "ETH",
    "GHA",
    "MAR",
    "UZB",
)
PRODUCTS = (
    "090111",
    "090121",
    "090230",
    "260300",
    "271011",
    "310540",
    "300490",
    "847130",
    "851712",
    "870323",
    "100199",
    "520100",
    "610910",
    "720839",
    "740311",
    "080300",
    "170199",
    "240120",
    "284440",
    "711319",
    "030617",
    "440710",
    "940360",
    "392690",
    "901890",
    "950300",
    "220300",
    "260111",
    "740200",
    "854140",
)


def small_store(home: Path, years: tuple[int, ...] = (2021, 2022), seed: int = 7, density: float = 0.6) -> TradeStore:
    """A store at ``home`` with one synthetic source ``demo-test`` (about 12k flows a year)."""
    store = TradeStore(Workspace.open(home))
    economies = ", ".join(f"('{e}')" for e in ECONOMIES)
    products = ", ".join(f"('{p}')" for p in PRODUCTS)
    info = SourceInfo(
        name="demo-test",
        kind="demo",
        nomenclature="HS92",
        release="synthetic test",
        synthetic=True,
        origin="tests/_small_store.py (synthetic)",
    )

    def write(con: duckdb.DuckDBPyConnection, staging: Path) -> None:
        prepare(con)
        con.execute(f"SELECT setseed({seed / 100})")
        for year in years:
            write_year(
                con,
                staging,
                year,
                f"""
                SELECT {year} AS year, e.c AS exporter, i.c AS importer, p.k AS product,
                       round(exp(8 + 4 * random()) * (1 + (hash(e.c || p.k) % 7)), 2) AS value_usd,
                       NULL AS quantity_t, 'demo-test' AS source
                FROM (VALUES {economies}) e(c), (VALUES {economies}) i(c), (VALUES {products}) p(k)
                WHERE e.c <> i.c AND random() < {density} * (0.2 + (hash(e.c || p.k) % 10) / 10.0)""",
            )

    ingest(store, info, write)
    return store
