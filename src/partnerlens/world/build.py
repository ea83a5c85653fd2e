"""``world build``: plan the partition tasks of the store's current sources, run them, write the manifest."""

from __future__ import annotations

import hashlib
import json
import shutil
import time
from collections import defaultdict
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from partnerlens.errors import NoDataError, PartnerlensError
from partnerlens.store import TradeStore
from partnerlens.workspace import Workspace
from partnerlens.world import manifest as mf
from partnerlens.world.engines import Engine
from partnerlens.world.groups import blocks as group_blocks
from partnerlens.world.tasks import Task

KINDS = ("base", "complexity", "indices", "potential", "profiles", "space", "supply", "groups", "articles")
TABLES = {
    "base": ("pair_totals", "exports_hs6", "imports_hs{d}", "exports_hs{d}"),
    "complexity": ("complexity_hs{d}", "proximity_hs4"),
    "indices": ("indices_hs{d}",),
    "potential": ("potential_hs{d}",),
    "profiles": ("profile_products", "profile_economies"),
    "space": ("space_hs4",),
    "supply": ("supply_hs{d}",),
    "groups": ("group_sides", "group_sales_hs6", "group_members_hs6", "group_intra_hs6", "group_space_hs4"),
    "articles": (),  # the registry's articles read (world.articles): readings, not a table
}
TASK_KINDS = {
    "base": ("base", "imports"),
    "complexity": ("complexity", "proximity"),
    "indices": ("indices",),
    "potential": ("potential",),
    "profiles": ("profiles", "economies"),
    "space": ("space",),
    "supply": ("supply",),
    "groups": ("groups", "group_space"),
    "articles": (),  # planned by world.articles, once for the build (not per year)
}
"""The task kinds that build each kind of table (see :mod:`partnerlens.world.tasks`)."""
BASE_BLOCKS = 4
"""Blocks of exporters (and of importers) per year for the base tables, of about equal numbers of flows."""
INDEX_BLOCKS = 4
"""Blocks of exporters per year for the indices (each task reads the year's base tables once)."""
POTENTIAL_BLOCK = 16
"""Exporters per export-potential task (a few seconds each: 13 tasks for 206 exporters)."""
FIRST = {
    "complexity": 0,
    "base": 1,
    "imports": 2,
    "proximity": 5,
    "indices": 3,
    "potential": 4,
    "profiles": 4,
    "economies": 3,
    "space": 3,
    "supply": 4,
    "groups": 4,
    "articles": 4,
    "group_space": 4,
}
"""Order among ready tasks: the longest single task (complexity) first, so it is never the one left running alone,
then what it waits for; export potential, which nothing waits for, fills the gaps; the product space's proximity
(a few tenths of a second, nothing waits for it) last, so that with two workers the one ending last ends with a short
task, not an index block started while the other worker had nothing left (longest first, shortest last)."""


def plan(store: TradeStore, infos: tuple, years: list[int], digits: int, kinds: tuple[str, ...] = KINDS) -> list[Task]:
    """The tasks for ``years`` of the releases ``infos``, with what each waits for, in a valid order.

    Complexity and indices read the base tables, so asking for them plans the
    base tasks too.
    """
    home = store.workspace.home
    out = str(mf.world_folder(home, infos))
    by_year = {
        y: tuple(sorted(str(f) for i in infos for f in (store.source_path(i) / f"year={y}").glob("*.parquet")))
        for y in sorted({y for i in infos for y in i.years})
    }
    every_file = tuple(f for y in by_year for f in by_year[y])
    wanted = set(kinds) | ({"base"} if {"complexity", "indices", "profiles", "space", "groups"} & set(kinds) else set())
    tasks: list[Task] = []
    for year in years:
        common: dict[str, Any] = {
            "year": year,
            "digits": digits,
            "out": out,
            "home": str(home),
            "sources": tuple(infos),
        }
        rows = _rows_by_economy(by_year[year])
        exporters, importers = rows["exporter"], rows["importer"]
        blocks = {
            "base": _balanced(exporters, BASE_BLOCKS),
            "imports": _balanced(importers, BASE_BLOCKS),
            "indices": _balanced({e: 1 for e in exporters}, INDEX_BLOCKS),
            "potential": _chunks(sorted(exporters), POTENTIAL_BLOCK),
            "profiles": _balanced(exporters, BASE_BLOCKS),
            "groups": group_blocks(),
            "group_space": group_blocks(),
        }
        year_tasks: list[Task] = []
        for kind in (k for table in KINDS if table in wanted for k in TASK_KINDS[table]):
            files = every_file if kind in ("potential", "supply") else by_year[year]  # both use earlier years
            after = _after(kind, year_tasks)
            if kind in ("complexity", "proximity", "economies", "space", "supply"):
                year_tasks.append(Task(kind, files=files, after=after, **common))
                continue
            for block, members in enumerate(blocks[kind]):
                year_tasks.append(Task(kind, files=files, block=block, exporters=members, after=after, **common))
        tasks += year_tasks
    return tasks


def _after(kind: str, planned: list[Task]) -> tuple[str, ...]:
    """The tasks of the same year whose partitions a task of ``kind`` reads."""
    reads = {
        "complexity": ("base",),
        "proximity": ("base",),
        "indices": ("base", "imports"),
        "economies": ("base",),
        "space": ("base",),
        "group_space": ("base", "groups"),
    }.get(kind, ())
    return tuple(t.name for t in planned if t.kind in reads)


def _rows_by_economy(files: tuple[str, ...]) -> dict[str, dict[str, int]]:
    """Flows per exporter and per importer in ``files`` (to cut blocks of about equal work)."""
    import duckdb

    listed = "[" + ", ".join("'" + f.replace("'", "''") + "'" for f in files) + "]"
    with duckdb.connect() as con:
        con.execute(
            f"CREATE VIEW flows AS SELECT exporter, importer FROM read_parquet({listed}, hive_partitioning = false)"
        )
        return {
            side: dict(con.execute(f"SELECT {side}, count(*) FROM flows GROUP BY 1 ORDER BY 1").fetchall())
            for side in ("exporter", "importer")
        }


def _balanced(weights: dict[str, int], blocks: int) -> list[tuple[str, ...]]:
    """Contiguous runs of the sorted codes, at most ``blocks`` of them, of about equal weight (none empty).

    Each code goes to the block its weight's midpoint falls in along the
    cumulative total, so a heavy code sits where most of it belongs.
    """
    total = sum(weights.values()) or 1
    runs: list[list[str]] = [[] for _ in range(blocks)]
    done = 0
    for code in sorted(weights):
        runs[min(blocks - 1, int((done + weights[code] / 2) * blocks / total))].append(code)
        done += weights[code]
    return [tuple(r) for r in runs if r]


def _chunks(codes: list[str], size: int) -> list[tuple[str, ...]]:
    return [tuple(codes[i : i + size]) for i in range(0, len(codes), size)]


def build_world(
    workspace: Workspace,
    years: list[int] | None = None,
    digits: int = 6,
    engine: str = "local",
    scheduler: str | None = None,
    workers: int | None = None,
    kinds: tuple[str, ...] = KINDS,
) -> dict:
    """Build the world tables of the store's primary source for ``years`` (default: all); a report of what ran."""
    if digits not in (4, 6):
        raise PartnerlensError(f"--digits must be 4 or 6, not {digits}")
    unknown = set(kinds) - set(KINDS)
    if unknown:
        raise PartnerlensError(
            f"unknown world table kind(s) {', '.join(sorted(unknown))}; choose from {', '.join(KINDS)}"
        )
    store = TradeStore(workspace)
    primary = store.primary_source()
    if primary is None:
        raise NoDataError("the store holds no trade flows; ingest a release or run `partnerlens data demo`")
    with store.pinned([primary.name]) as infos:
        available = sorted({y for i in infos for y in i.years})
        chosen = available if years is None else sorted(set(years))
        missing = [y for y in chosen if y not in available]
        if missing:
            raise PartnerlensError(
                f"no data for {', '.join(map(str, missing))} in {primary.name} (it has {available[0]}–{available[-1]})"
            )
        _clear_other_layout(mf.world_folder(workspace.home, infos))
        started = time.perf_counter()
        with Engine(engine, scheduler, workers) as running:  # a cluster starts while the build plans
            reading = None
            if "articles" in kinds:  # the registry's articles, read as briefs read them (world.articles), planned
                from partnerlens.world.articles import plan_ahead  # while the tables' plan scans the flows

                reading = plan_ahead(workspace, mf.world_folder(workspace.home, infos), chosen[0], digits)
            tasks = plan(store, infos, chosen, digits, kinds)
            articles: dict = {}
            if reading is not None:
                read_tasks, articles = reading.result()
                tasks += read_tasks
            _drop_blocks_of_another_plan(tasks)
            running.mark("planned")
            reports = running.run(tasks, rank=FIRST)
            folder = mf.world_folder(workspace.home, infos)
            _record(folder, store, infos, chosen, digits, kinds, engine, articles)  # readable before the workers stop
            running.mark("manifest_written")
            seconds = time.perf_counter() - started
        timings = running.timings
    return {
        "folder": str(folder),
        "years": chosen,
        "digits": digits,
        "engine": engine,
        "tasks": len(tasks),
        "articles": articles,
        "built": sum(r["built"] for r in reports),
        "seconds": round(seconds, 3),
        "task_seconds": round(sum(r["seconds"] for r in reports), 3),
        "task_cpu_seconds": round(sum(r.get("cpu_seconds", 0.0) for r in reports), 3),
        "critical_path_s": critical_path(tasks, reports),
        "timings": timings,
        "task_times": reports,
    }


def critical_path(tasks: list[Task], reports: list[dict]) -> float:
    """Seconds of the longest chain of tasks that wait for one another (the least any number of workers needs)."""
    seconds = {r["task"]: r["seconds"] for r in reports}
    finish: dict[str, float] = {}
    for task in tasks:  # planned in an order where every task follows the ones it waits for
        finish[task.name] = max((finish[a] for a in task.after), default=0.0) + seconds.get(task.name, 0.0)
    return round(max(finish.values(), default=0.0), 3)


def _clear_other_layout(folder: Path) -> None:
    """Before building over tables of an earlier partition layout: drop their unblocked files and their manifest.

    Pair totals, exports and imports were one file a year (``year=Y/part.parquet``)
    and are now blocks (``year=Y/block=NNN/part.parquet``): left in place, a
    reader globbing the year would count both. The other tables' files are
    the same in both layouts and stay (a task finding its file skips it).
    """
    old = mf.read_manifest(folder)
    if old is not None and old.get("layout") == mf.LAYOUT:
        return
    for table in ("pair_totals", "exports_hs6", "exports_hs4", "imports_hs6", "imports_hs4"):
        for stale in folder.glob(f"{table}/year=*/part.parquet"):
            stale.unlink(missing_ok=True)
    if old is not None:
        (folder / mf.MANIFEST).unlink(missing_ok=True)


BLOCK_TABLES = {
    "base": ("pair_totals", "exports_hs6", "exports_hs{d}"),
    "imports": ("imports_hs{d}",),
    "indices": ("indices_hs{d}",),
    "potential": ("potential_hs{d}",),
    "profiles": ("profile_products",),
    "groups": ("group_sides", "group_sales_hs6", "group_members_hs6", "group_intra_hs6"),
    "group_space": ("group_space_hs4",),
}
"""The block tables each block task kind writes (``{d}``: the build's digits)."""
PLAN_MARK = "plan.sha256"


def _drop_blocks_of_another_plan(tasks: list[Task]) -> None:
    """Keep a year's blocks of a table only when they were cut the way this build cuts them.

    A task finding its file skips it, so an interrupted build resumes. That is
    right only while ``block=NNN`` holds the same economies: when the blocks are
    cut otherwise (other constants, other code), an old block would be reused
    for other economies, or left beside the new ones and read twice. Each
    year folder of a block table carries the digest of its blocks' economies;
    a folder with another digest, or none, is emptied before any task runs.
    """
    blocks: dict[tuple[str, int, str], dict[int, tuple[str, ...]]] = defaultdict(dict)
    for task in tasks:
        if task.block is not None and task.kind in BLOCK_TABLES:
            blocks[(task.kind, task.year, task.out)][task.block] = task.exporters
    for (kind, year, out), cut in blocks.items():
        digest = hashlib.sha256(json.dumps(sorted(cut.items())).encode()).hexdigest()
        digits = next(t.digits for t in tasks if t.kind == kind)
        for table in dict.fromkeys(name.format(d=digits) for name in BLOCK_TABLES[kind]):
            folder = Path(out) / table / f"year={year}"
            mark = folder / PLAN_MARK
            if folder.exists() and not (mark.exists() and mark.read_text(encoding="utf-8") == digest):
                shutil.rmtree(folder)
            folder.mkdir(parents=True, exist_ok=True)
            mark.write_text(digest, encoding="utf-8")


def _record(
    folder: Path,
    store: TradeStore,
    infos: tuple,
    years: list[int],
    digits: int,
    kinds: tuple[str, ...],
    engine: str,
    articles: dict | None = None,
) -> None:
    """Merge this build's years and tables into the manifest (a later build of other years adds to it)."""
    old = mf.read_manifest(folder) or {}  # of this layout: _clear_other_layout removed any other
    tables: dict[str, list[int]] = {k: list(v) for k, v in old.get("tables", {}).items()}
    for kind in kinds:
        for name in TABLES[kind]:
            table = name.format(d=digits)
            tables[table] = sorted(set(tables.get(table, [])) | set(years))
    mf.write_manifest(
        folder,
        {
            "sources": [mf.source_entry(i, store.source_path(i)) for i in infos],
            "years": sorted(set(old.get("years", [])) | set(years)),
            "digits": digits,
            "tables": tables,
            "engine": engine,
            "layout": mf.LAYOUT,
            "built_at": datetime.now(UTC).isoformat(timespec="seconds"),
        }
        | ({"articles": articles} if articles else {"articles": old["articles"]} if "articles" in old else {}),
    )
