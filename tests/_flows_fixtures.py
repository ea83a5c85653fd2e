"""Trade stores for the analytics tests (profile, potential, flows, CLI).

Stores are ingested through ``TradeStore.ingest`` with a writer that COPYs a
DataFrame to year-partitioned Parquet, as a real release is, so the tests run
the same DuckDB-over-Parquet path as users do.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import duckdb
import numpy as np
import pandas as pd

from partnerlens.store import SourceInfo, TradeStore
from partnerlens.workspace import Workspace

COLUMNS = ["year", "exporter", "importer", "product", "value_usd"]


@dataclass(frozen=True)
class CountingWorkspace(Workspace):
    """A workspace that counts the openings of its database (a real one: every opening happens)."""

    opened: list[int] = field(default_factory=list, compare=False)

    @contextmanager
    def connect(self) -> Iterator[duckdb.DuckDBPyConnection]:
        self.opened.append(1)
        with super().connect() as con:
            yield con


def flows_frame(rows: list[tuple]) -> pd.DataFrame:
    """A flows DataFrame from ``(year, exporter, importer, product, value_usd)`` rows."""
    return pd.DataFrame(rows, columns=COLUMNS).astype({"year": "int32", "value_usd": "float64"})


def ingest(home: Path, table: pd.DataFrame, name: str = "test-release", synthetic: bool = False) -> Workspace:
    """A workspace at ``home`` whose store holds ``table`` as source ``name``."""
    workspace = Workspace.open(home)
    full = table.assign(quantity_t=np.nan, source=name)[COLUMNS + ["quantity_t", "source"]]

    def write(con: duckdb.DuckDBPyConnection, staging: Path) -> None:
        con.register("frame", full)
        con.execute(f"COPY frame TO '{staging}' (FORMAT parquet, PARTITION_BY (year), WRITE_PARTITION_COLUMNS true)")

    info = SourceInfo(
        name=name, kind="demo" if synthetic else "baci", nomenclature="HS92", release="test", synthetic=synthetic
    )
    TradeStore(workspace).ingest(info, write)
    return workspace


def random_world(
    seed: int, economies: list[str], products: list[str], years: list[int], density: float = 0.5
) -> pd.DataFrame:
    """Random flows among ``economies`` (no self-trade), about ``density`` of all pairs × products present."""
    rng = np.random.default_rng(seed)
    grid = pd.MultiIndex.from_product([years, economies, economies, products], names=COLUMNS[:4]).to_frame(index=False)
    grid = grid[(grid["exporter"] != grid["importer"]) & (rng.random(len(grid)) < density)]
    values = np.floor(rng.lognormal(10, 2, len(grid))) + 1  # whole dollars: float sums are exact
    return flows_frame(
        list(zip(grid["year"], grid["exporter"], grid["importer"], grid["product"], values, strict=False))
    )


def assert_same(x, y, path: str = "") -> None:
    """Equal through nested dicts and lists, floats within 1e-12 (sums taken in another order); NaN equals NaN."""
    if isinstance(x, float) and isinstance(y, float):
        assert (math.isnan(x) and math.isnan(y)) or math.isclose(x, y, rel_tol=1e-12, abs_tol=1e-9), (path, x, y)
    elif isinstance(x, dict) and isinstance(y, dict):
        assert x.keys() == y.keys(), path
        for key in x:
            assert_same(x[key], y[key], f"{path}.{key}")
    elif isinstance(x, list) and isinstance(y, list):
        assert len(x) == len(y), path
        for i, (a, b) in enumerate(zip(x, y, strict=True)):
            assert_same(a, b, f"{path}[{i}]")
    else:
        assert x == y, (path, x, y)
