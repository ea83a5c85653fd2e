"""Partition tasks of the world tables: one year and one block (of exporters or importers), or one year.

A :class:`Task` holds only strings and numbers, so it pickles to a process
pool or a Dask worker; :func:`run_task` opens its own in-memory DuckDB (one
thread: parallelism comes from the tasks) over the release's Parquet files,
computes one partition and writes it under a per-partition lock
(``locking.single_flight``: a partition is built once, also when two builds
run at the same time). Only file paths and small reports travel between
tasks: a task reads what the tasks it waits for (``Task.after``) wrote.

The task kinds of a year, and what each waits for:

* ``base`` (a block of exporters): pair totals and exports by product of those
  exporters — DuckDB skips the row groups of other exporters (the release's
  files are sorted by exporter);
* ``imports`` (a block of importers): imports by product of those importers;
* ``potential`` (a block of exporters): export potential in every market, from
  the flows (waits for nothing);
* ``complexity`` (the year) and ``proximity`` (the year): ECI/PCI/COI/COG at
  ``digits`` and the HS4 product space, from the ``base`` partitions;
* ``indices`` (a block of exporters): the pair indices with every partner, from
  the ``base`` and ``imports`` partitions;
* ``profiles`` (a block of exporters): each direction of every pair summarised
  for profiles (``world.profiles``), from the flows (waits for nothing);
* ``economies`` (the year): each economy's totals and partners for profiles,
  from the ``base`` partitions' pair totals;
* ``space`` (the year): the HS4 product space diversification reads
  (``world.space``), from the ``base`` partitions' six-digit exports;
* ``supply`` (the year): every exporter's supply terms of export potential
  (``world.supply``), from the flows (waits for nothing).
* ``groups`` (a block of the taxonomy's groups): each group's sales, members'
  exports and internal trade (``world.groups``), from the flows.
* ``group_space`` (a block of the taxonomy's groups): each group's rows of the
  HS4 product space with the group merged (``world.group_space``), from the
  ``base`` partitions' six-digit exports and every ``groups`` block's sales.

The SQL of the hot tables is the SQL of the on-demand cache
(``analytics.flows``), so an answer reads the same rows either way.
"""

from __future__ import annotations

import os
import socket
import time
from dataclasses import dataclass, field
from pathlib import Path

import duckdb

from partnerlens.locking import single_flight
from partnerlens.world.manifest import partition_files

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
    """One partition to build: ``kind``, a year, and for block kinds a block number and its economies."""

    kind: str
    year: int
    digits: int
    out: str  # the world folder of this state
    files: tuple[str, ...]  # the release's Parquet files this task reads (the flows)
    block: int | None = None
    exporters: tuple[str, ...] = ()  # the block's economies, sorted (importers for an ``imports`` task)
    sources: tuple = field(default=(), compare=False)  # SourceInfo of the releases (for export potential)
    home: str = ""
    after: tuple[str, ...] = field(default=(), compare=False)  # names of the tasks whose partitions this one reads

    @property
    def name(self) -> str:
        return f"{self.kind}/year={self.year}" + (f"/block={self.block:03d}" if self.block is not None else "")


def run_task(task: Task, *_done: object) -> dict:
    """Build ``task``'s partition(s) unless they exist; a small report (what, when, how long, whether built here).

    Extra arguments are the reports of the tasks it waits for (how the Dask
    engine orders them); they are not used.
    """
    began = time.time()
    started, cpu = time.perf_counter(), time.process_time()
    built = RUNNERS[task.kind](task)
    return {
        "task": task.name,
        "kind": task.kind,
        "year": task.year,
        "block": task.block,
        "built": built,
        "seconds": round(time.perf_counter() - started, 4),
        "cpu_seconds": round(
            time.process_time() - cpu, 4
        ),  # CPU of the worker process during the task (load-independent)
        "worker": f"{socket.gethostname()}:{os.getpid()}",
        "began": began,
        "ended": time.time(),
    }


def connect() -> duckdb.DuckDBPyConnection:
    """An in-memory DuckDB with one thread: one task per worker core, so the tasks do not fight over cores."""
    con = duckdb.connect()
    con.execute("SET enable_progress_bar = false")
    con.execute("SET threads = 1")
    return con


def _connection(task: Task) -> duckdb.DuckDBPyConnection:
    con = connect()
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
    def write(partial: Path) -> None:
        con.execute(f"COPY ({sql}) TO {_quoted(str(partial))} (FORMAT parquet)")

    return single_flight(target, write)[1]


def _in_block(column: str, task: Task) -> str:
    """SQL condition: ``column`` within the task's block (a contiguous range of sorted codes)."""
    return f"{column} BETWEEN {_quoted(task.exporters[0])} AND {_quoted(task.exporters[-1])}"


def _where(sql: str, condition: str) -> str:
    return sql.replace(" WHERE ", f" WHERE {condition} AND ", 1)


def _base(task: Task) -> bool:
    """Pair totals and exports by product of a block of exporters (six digits, and ``digits`` when 4)."""
    y, d, b = task.year, task.digits, task.block
    mine = _in_block("exporter", task)
    with _connection(task) as con:
        built = [
            _copy(con, _where(PAIR_TOTALS_SQL.format(year=y), mine), partition(task, "pair_totals", b)),
            _copy(con, _where(EXPORTS_SQL.format(year=y), mine) + " ORDER BY ALL", partition(task, "exports_hs6", b)),
        ]
        if d != 6:  # at 6 digits exports_hs6 is the table
            built.append(
                _copy(
                    con, _where(EXPORTS_DIGITS_SQL.format(year=y, digits=d), mine), partition(task, f"exports_hs{d}", b)
                )
            )
    return any(built)


def _imports(task: Task) -> bool:
    """Imports by product at ``digits`` of a block of importers (a scan of the year that keeps their rows)."""
    sql = _where(IMPORTS_SQL.format(year=task.year, digits=task.digits), _in_block("importer", task))
    with _connection(task) as con:
        return _copy(con, sql, partition(task, f"imports_hs{task.digits}", task.block))


def base_table(task: Task, table: str) -> str:
    """SQL over every block of one base table of this task's year (written by the tasks it waits for)."""
    files = partition_files(Path(task.out), table, task.year)
    if not files:
        raise FileNotFoundError(f"world table {table} for {task.year} is missing: base tasks must run first")
    return "read_parquet([" + ", ".join(_quoted(f) for f in files) + "], hive_partitioning = false)"


def _complexity(task: Task) -> bool:
    """ECI, PCI, density, COI and COG at ``digits`` (``analytics.complexity``), from the year's exports."""
    from partnerlens.analytics.complexity import complexity

    target = partition(task, f"complexity_hs{task.digits}")
    if target.exists():
        return False
    with connect() as con:
        panel = con.execute(f"SELECT * FROM {base_table(task, f'exports_hs{task.digits}')}").df()
    return single_flight(target, lambda p: complexity(panel).to_parquet(p, index=False))[1]


def _proximity(task: Task) -> bool:
    """The HS4 product space (``analytics.complexity.proximity``), from the year's six-digit exports."""
    from partnerlens.analytics.complexity import proximity

    target = partition(task, "proximity_hs4")
    if target.exists():
        return False
    with connect() as con:
        hs4 = con.execute(
            "SELECT year, exporter, left(product, 4) AS product, sum(value_usd) AS value_usd "
            f"FROM {base_table(task, 'exports_hs6')} GROUP BY ALL ORDER BY ALL"
        ).df()
    return single_flight(target, lambda p: proximity(hs4).to_parquet(p, index=False))[1]


def _indices(task: Task) -> bool:
    """Indices of a block of exporters with every partner, from the base partitions of the year."""
    from partnerlens.world.pairs import pair_indices

    target = partition(task, f"indices_hs{task.digits}", task.block)
    if target.exists():
        return False
    with connect() as con:
        exports = con.execute(f"SELECT * FROM {base_table(task, f'exports_hs{task.digits}')}").df()
        imports = con.execute(f"SELECT * FROM {base_table(task, f'imports_hs{task.digits}')}").df()
        totals = con.execute(f"SELECT * FROM {base_table(task, 'pair_totals')}").df()
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


def _profiles(task: Task) -> bool:
    """Each direction of every pair of a block of exporters, summarised for profiles (``world.profiles``)."""
    from partnerlens.world.profiles import summarise_block, write_columns

    target = partition(task, "profile_products", task.block)
    if target.exists():
        return False
    with _connection(task) as con:
        columns = summarise_block(con, task.year, _in_block("exporter", task), task.home)
    return single_flight(target, lambda p: write_columns(columns, p))[1]


def _economies(task: Task) -> bool:
    """Each economy's exports, imports and partners in the year, for profiles (``world.profiles``), from pair totals."""
    from partnerlens.world.profiles import economies_sql

    target = partition(task, "profile_economies")
    if target.exists():
        return False
    with connect() as con:
        return _copy(con, economies_sql(base_table(task, "pair_totals"), task.year), target)


def _space(task: Task) -> bool:
    """The year's HS4 product space for diversification (``world.space``), from the year's six-digit exports."""
    from partnerlens.world.space import TABLE, write_space

    target = partition(task, TABLE)
    if target.exists():
        return False
    with connect() as con:
        return single_flight(target, lambda p: write_space(con, base_table(task, "exports_hs6"), task.year, p))[1]


def _supply(task: Task) -> bool:
    """Every exporter's supply terms of export potential in the year (``world.supply``), from the flows."""
    from partnerlens.world.supply import TABLE, first_base_year, write_supply

    target = partition(task, TABLE.format(d=task.digits))
    if target.exists():
        return False
    first = first_base_year(tuple(sorted({y for s in task.sources for y in s.years})), task.year)
    with _connection(task) as con:
        return single_flight(target, lambda p: write_supply(con, task.year, first, task.digits, p))[1]


def _groups(task: Task) -> bool:
    """The standard groups' own flows (``world.groups``) of a block of groups (``task.exporters``: their codes)."""
    from partnerlens.reference.geography import distances
    from partnerlens.world.groups import block_sql

    with _connection(task) as con:
        con.register("distances_input", distances()[["exporter", "importer", "distw"]])
        built = [
            _copy(con, sql, partition(task, table, task.block))
            for table, sql in block_sql(task.year, task.exporters).items()
        ]
    return any(built)


def _read_articles(task: Task) -> bool:
    """A block of the registry's article texts read as a brief reads them (``world.articles``)."""
    from partnerlens.world.articles import read_block

    return read_block(task)


def _group_space(task: Task) -> bool:
    """Each group of a block placed in the year's HS4 product space as one economy (``world.group_space``)."""
    from partnerlens.world.group_space import TABLE, write_group_space

    target = partition(task, TABLE, task.block)
    if target.exists():
        return False
    out = Path(task.out)
    exports = base_table(task, "exports_hs6")
    sales, sides = (partition_files(out, table, task.year) for table in ("group_sales_hs6", "group_sides"))
    with connect() as con:
        return single_flight(target, lambda p: write_group_space(con, exports, sales, sides, task.exporters, p))[1]


RUNNERS = {
    "base": _base,
    "imports": _imports,
    "complexity": _complexity,
    "proximity": _proximity,
    "indices": _indices,
    "potential": _potential,
    "profiles": _profiles,
    "economies": _economies,
    "space": _space,
    "supply": _supply,
    "groups": _groups,
    "articles": _read_articles,
    "group_space": _group_space,
}
