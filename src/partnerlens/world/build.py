"""``world build``: plan the partition tasks of the store's current sources, run them, write the manifest."""

from __future__ import annotations

import time
from datetime import UTC, datetime
from pathlib import Path

from partnerlens.errors import NoDataError, PartnerlensError
from partnerlens.store import TradeStore
from partnerlens.workspace import Workspace
from partnerlens.world import manifest as mf
from partnerlens.world.engines import run
from partnerlens.world.tasks import BLOCK, Task

KINDS = ("base", "complexity", "indices", "potential")
TABLES = {
    "base": ("pair_totals", "exports_hs6", "imports_hs{d}", "exports_hs{d}"),
    "complexity": ("complexity_hs{d}", "proximity_hs4"),
    "indices": ("indices_hs{d}",),
    "potential": ("potential_hs{d}",),
}


def plan(store: TradeStore, infos: tuple, years: list[int], digits: int, kinds: tuple[str, ...] = KINDS) -> list[Task]:
    """The tasks for ``years`` of the releases ``infos``: one per year and kind, per block of exporters for pair tables."""
    home = store.workspace.home
    out = str(mf.world_folder(home, infos))
    by_year = {
        y: tuple(sorted(str(f) for i in infos for f in (store.source_path(i) / f"year={y}").glob("*.parquet")))
        for y in sorted({y for i in infos for y in i.years})
    }
    every_file = tuple(f for y in by_year for f in by_year[y])
    tasks: list[Task] = []
    for year in years:
        common = {"year": year, "digits": digits, "out": out, "home": str(home), "sources": tuple(infos)}
        exporters = _exporters(by_year[year]) if {"indices", "potential"} & set(kinds) else []
        for kind in kinds:
            files = every_file if kind == "potential" else by_year[year]
            if kind in ("base", "complexity"):
                tasks.append(Task(kind, files=files, **common))
                continue
            for block, start in enumerate(range(0, len(exporters), BLOCK)):
                tasks.append(
                    Task(kind, files=files, block=block, exporters=tuple(exporters[start : start + BLOCK]), **common)
                )
    return tasks


def _exporters(files: tuple[str, ...]) -> list[str]:
    import duckdb

    listed = "[" + ", ".join("'" + f.replace("'", "''") + "'" for f in files) + "]"
    with duckdb.connect() as con:
        return [
            e
            for (e,) in con.execute(
                f"SELECT DISTINCT exporter FROM read_parquet({listed}, hive_partitioning = false) ORDER BY 1"
            ).fetchall()
        ]


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
        tasks = plan(store, infos, chosen, digits, kinds)
        started = time.perf_counter()
        base = [t for t in tasks if t.kind == "base"]
        if set(kinds) & {"complexity", "indices"} and "base" not in kinds:  # they read the base partitions
            base = plan(store, infos, chosen, digits, ("base",))
        reports = run([base, [t for t in tasks if t.kind != "base"]], engine, scheduler, workers)
        seconds = time.perf_counter() - started
        folder = mf.world_folder(workspace.home, infos)
        _record(folder, store, infos, chosen, digits, kinds, engine)
    return {
        "folder": str(folder),
        "years": chosen,
        "digits": digits,
        "engine": engine,
        "tasks": len(tasks),
        "built": sum(r["built"] for r in reports),
        "seconds": round(seconds, 3),
        "task_times": reports,
    }


def _record(
    folder: Path, store: TradeStore, infos: tuple, years: list[int], digits: int, kinds: tuple[str, ...], engine: str
) -> None:
    """Merge this build's years and tables into the manifest (a later build of other years adds to it)."""
    old = mf.read_manifest(folder) or {}
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
            "built_at": datetime.now(UTC).isoformat(timespec="seconds"),
        },
    )
