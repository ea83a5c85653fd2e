"""Trade stores built on purpose for the claim checker's tests.

Each store is ingested through ``TradeStore.ingest`` with a writer that COPYs a
DataFrame to Parquet, exactly as a real release is. The figures are set so that
every seed claim in ../shared/corpus has a known answer:

* ``AGREEING`` — the seed claims hold (within the default tolerance);
* ``DISAGREEING`` — the same claims are off by far more than any tolerance;
* ``UNTIL_2023`` — the agreeing figures without 2024 (the release lags).

Seed claims and the figures behind them (USD):

* "bilateral trade remains small just $2 million in 2024" — RWA↔AZE 2024;
* "Kazakhstan's trade with African countries … surpassing $783 million" and
  "increased by 15% in 2024, reaching $783 million" — KAZ↔Africa 2023, 2024;
* "tin, tungsten, and tantalum, which in 2022 generated more than $700 million,
  or 35 percent of its total exports" — Rwanda's 3T and total exports 2022.
"""

from __future__ import annotations

from pathlib import Path

import duckdb
import pandas as pd

from partnerlens.store import SourceInfo, TradeStore
from partnerlens.workspace import Workspace

M = 1e6

# (year, exporter, importer, product, value_usd)
AGREEING = [
    # Rwanda ↔ Azerbaijan: 0.8 + 1.25 = 2.05 million in 2024
    (2024, "RWA", "AZE", "090240", 0.8 * M),
    (2024, "AZE", "RWA", "310210", 1.25 * M),
    (2023, "RWA", "AZE", "090240", 0.5 * M),
    # Kazakhstan ↔ Africa: 687 million in 2023, 790 million in 2024 (+15.0 %)
    (2023, "KAZ", "EGY", "100199", 430 * M),
    (2023, "MAR", "KAZ", "310420", 257 * M),
    (2024, "KAZ", "EGY", "100199", 500 * M),
    (2024, "MAR", "KAZ", "310420", 290 * M),
    # trade between African members is not Kazakhstan's trade with Africa
    (2024, "EGY", "MAR", "100199", 900 * M),
    (2023, "EGY", "MAR", "100199", 900 * M),
    # Rwanda's exports in 2022: 720 million of 3T out of 2,057 million (35.0 %)
    (2022, "RWA", "CHN", "260900", 400 * M),
    (2022, "RWA", "ARE", "261590", 320 * M),
    (2022, "RWA", "KEN", "090111", 1337 * M),
    (2022, "KEN", "RWA", "100199", 50 * M),
]

DISAGREEING = [
    (2024, "RWA", "AZE", "090240", 15 * M),
    (2024, "AZE", "RWA", "310210", 5 * M),
    (2023, "RWA", "AZE", "090240", 0.5 * M),
    (2023, "KAZ", "EGY", "100199", 300 * M),
    (2023, "MAR", "KAZ", "310420", 100 * M),
    (2024, "KAZ", "EGY", "100199", 200 * M),
    (2024, "MAR", "KAZ", "310420", 100 * M),
    (2024, "EGY", "MAR", "100199", 900 * M),
    (2022, "RWA", "CHN", "260900", 200 * M),
    (2022, "RWA", "ARE", "261590", 100 * M),
    (2022, "RWA", "KEN", "090111", 2700 * M),
]

UNTIL_2023 = [row for row in AGREEING if row[0] <= 2023]


def frame(rows: list[tuple], source: str) -> pd.DataFrame:
    """A flows DataFrame with every store column."""
    table = pd.DataFrame(rows, columns=["year", "exporter", "importer", "product", "value_usd"])
    return table.assign(quantity_t=None, source=source).astype({"year": "int32", "quantity_t": "float64"})


def copy_writer(table: pd.DataFrame):
    """A store writer that COPYs ``table`` to year-partitioned Parquet."""

    def write(con: duckdb.DuckDBPyConnection, staging: Path) -> None:
        con.register("frame", table)
        con.execute(f"COPY frame TO '{staging}' (FORMAT parquet, PARTITION_BY (year), WRITE_PARTITION_COLUMNS true)")

    return write


def build_workspace(
    home: Path, rows: list[tuple], name: str = "test-claims", kind: str = "baci", synthetic: bool = False
) -> Workspace:
    """A workspace at ``home`` whose store holds exactly ``rows`` under source ``name``."""
    workspace = Workspace.open(home)
    info = SourceInfo(name=name, kind=kind, nomenclature="HS92", release="T1", sha256="0" * 64, synthetic=synthetic)
    TradeStore(workspace).ingest(info, copy_writer(frame(rows, name)))
    return workspace
