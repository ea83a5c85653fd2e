"""Partition tasks of the world tables: one year (or one year and a block of exporters) each.

A :class:`Task` holds only strings and numbers, so it pickles to a process
pool or a Dask worker; :func:`run_task` opens its own in-memory DuckDB over
the release's Parquet files, computes one partition and writes it under a
per-partition lock (``locking.single_flight``: a partition is built once,
also when two builds run at the same time). The SQL of the hot tables is the
SQL of the on-demand cache (``analytics.flows``), so an answer reads the same
rows either way.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path

import duckdb

from partnerlens.locking import single_flight

BLOCK = 16
"""Exporters per partition of the indices and export-potential tables (230 economies: 15 tasks a year)."""

PAIR_TOTALS_SQL = "SELECT year, exporter, importer, sum(value_usd) AS value_usd FROM flows WHERE year = {year} GROUP BY ALL ORDER BY ALL"
EXPORTS_SQL = (
    "SELECT year, exporter, left(product, 6) AS product, sum(value_usd) AS value_usd "
    "FROM flows WHERE year = {year} AND value_usd > 0 GROUP BY ALL"
)
IMPORTS_SQL = (
    "SELECT year, importer, left(product, {digits}) AS product, sum(value_usd) AS value_usd "
    "FROM flows WHERE year = {year} AND value_usd > 0 GROUP BY ALL ORDER BY ALL"
)
EXPORTS_DIGITS_SQL = (
    "SELECT year, exporter, left(product, {digits}) AS product, sum(value_usd) AS value_usd "
    "FROM flows WHERE year = {year} AND value_usd > 0 GROUP BY ALL ORDER BY ALL"
)


@dataclass(frozen=True)
class Task:
    """One partition to build: ``kind`` (base, complexity, indices, potential), a year, a block of exporters."""

    kind: str
    year: int
    digits: int
    out: str  # the world folder of this state
    files: tuple[str, ...]  # the release's Parquet files this task reads
    block: int | None = None
    exporters: tuple[str, ...] = ()
    sources: tuple = field(default=(), compare=False)  # SourceInfo of the releases (for export potential)
    home: str = ""

    @property
    def name(self) -> str:
        return f"{self.kind}/year={self.year}" + (f"/block={self.block:03d}" if self.block is not None else "")


def run_task(task: Task) -> dict:
    """Build ``task``'s partition(s) unless they exist; a small report (what, how long, whether built here)."""
    started = time.perf_counter()
    built = RUNNERS[task.kind](task)
    return {
        "task": task.name,
        "kind": task.kind,
        "year": task.year,
        "block": task.block,
        "built": built,
        "seconds": round(time.perf_counter() - started, 4),
    }


def _connection(task: Task) -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    con.execute("SET enable_progress_bar = false")
    con.execute("SET threads = 1")  # one task per worker core: parallelism comes from the tasks
    listed = "[" + ", ".join(_quoted(f) for f in task.files) + "]"
    con.execute(f"CREATE VIEW flows AS SELECT * FROM read_parquet({listed}, hive_partitioning = false)")
    return con


def _quoted(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def partition(task: Task, table: str, block: int | None = None) -> Path:
    folder = Path(task.out) / table / f"year={task.year}"
    if block is not None:
        folder = folder / f"block={block:03d}"
    folder.mkdir(parents=True, exist_ok=True)
    return folder / "part.parquet"


def _copy(con: duckdb.DuckDBPyConnection, sql: str, target: Path) -> bool:
    return single_flight(
        target, lambda partial: con.execute(f"COPY ({sql}) TO {_quoted(str(partial))} (FORMAT parquet)")
    )[1]


def _base(task: Task) -> bool:
    """Pair totals, six-digit exports (what profiles read), exports and imports at ``digits``."""
    with _connection(task) as con:
        y, d = task.year, task.digits
        built = [
            _copy(con, PAIR_TOTALS_SQL.format(year=y), partition(task, "pair_totals")),
            _copy(con, EXPORTS_SQL.format(year=y) + " ORDER BY ALL", partition(task, "exports_hs6")),
            _copy(con, IMPORTS_SQL.format(year=y, digits=d), partition(task, f"imports_hs{d}")),
        ]
        if d != 6:  # at 6 digits exports_hs6 is the table
            built.append(_copy(con, EXPORTS_DIGITS_SQL.format(year=y, digits=d), partition(task, f"exports_hs{d}")))
    return any(built)


def _base_table(con: duckdb.DuckDBPyConnection, task: Task, table: str) -> str:
    """SQL over one base partition of this task's year (``base`` tasks run in an earlier phase)."""
    path = partition(task, table)
    if not path.exists():
        raise FileNotFoundError(f"world table {table} for {task.year} is missing: base tasks must run first")
    return f"read_parquet({_quoted(str(path))})"


def _complexity(task: Task) -> bool:
    """ECI, PCI, density, COI and COG at ``digits`` (``analytics.complexity``), and the HS4 product space (proximity).

    Reads the year's exports from the base partitions (a few MB), not the flows.
    """
    from partnerlens.analytics.complexity import complexity, proximity

    target, near = partition(task, f"complexity_hs{task.digits}"), partition(task, "proximity_hs4")
    if target.exists() and near.exists():
        return False
    with duckdb.connect() as con:
        panel = con.execute(f"SELECT * FROM {_base_table(con, task, f'exports_hs{task.digits}')}").df()
        hs4 = con.execute(
            "SELECT year, exporter, left(product, 4) AS product, sum(value_usd) AS value_usd "
            f"FROM {_base_table(con, task, 'exports_hs6')} GROUP BY ALL ORDER BY ALL"
        ).df()
    built = [
        single_flight(target, lambda p: complexity(panel).to_parquet(p, index=False))[1],
        single_flight(near, lambda p: proximity(hs4).to_parquet(p, index=False))[1],
    ]
    return any(built)


def _indices(task: Task) -> bool:
    """Indices of a block of exporters with every partner, from the base partitions of the year."""
    from partnerlens.world.pairs import pair_indices

    target = partition(task, f"indices_hs{task.digits}", task.block)
    if target.exists():
        return False
    with duckdb.connect() as con:
        exports = con.execute(f"SELECT * FROM {_base_table(con, task, f'exports_hs{task.digits}')}").df()
        imports = con.execute(f"SELECT * FROM {_base_table(con, task, f'imports_hs{task.digits}')}").df()
        totals = con.execute(f"SELECT * FROM {_base_table(con, task, 'pair_totals')}").df()
    table = pair_indices(exports, imports, totals, task.exporters, task.year)
    return single_flight(target, lambda p: table.to_parquet(p, index=False))[1]


def _potential(task: Task) -> bool:
    from partnerlens.world.pairs import potential_rows

    target = partition(task, f"potential_hs{task.digits}", task.block)
    if target.exists():
        return False
    with _connection(task) as con:
        rows = potential_rows(con, task)
    return single_flight(target, lambda p: rows.to_parquet(p, index=False))[1]


RUNNERS = {"base": _base, "complexity": _complexity, "indices": _indices, "potential": _potential}
