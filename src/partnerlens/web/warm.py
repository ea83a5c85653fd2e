"""What a server process makes ready before it accepts a connection (``Data.warm`` in ``web.app``), and then keeps.

Split from ``web.app``: the pair a warm-up profiles (one flow of the latest year, no scan of the store), the
published blocks it makes for every economy, and :func:`settle`, which freezes what start-up made out of later
full garbage collections.
"""

from __future__ import annotations

import contextlib
from typing import Any

from partnerlens.store import SourceInfo, TradeStore


def prepare_published(codes: list[str], year: int) -> int:
    """The published block (``analytics.published``) of each economy of ``codes`` in ``year``, which each first
    profile naming it made otherwise (with world tables, ``prepare_economies`` has made their partner lists
    too: the world tables' economies; before a build, every economy of the reference list); how many."""
    from partnerlens.analytics.published import published_indicators
    from partnerlens.errors import PartnerlensError

    for code in codes:
        with contextlib.suppress(PartnerlensError):  # a code the reference list does not name: no published block
            published_indicators(code, year)
    return len(codes)


def trading_pair(store: TradeStore, infos: tuple[SourceInfo, ...]) -> tuple[int, str, str, str] | None:
    """One flow of the latest year of ``infos`` (its first row group only: no scan of the store)."""
    from partnerlens.catalogue import quiet_connection

    with quiet_connection() as con:
        store.attach_flows(con, infos=infos)
        latest = max((y for i in infos for y in i.years), default=None)
        row = con.execute(
            "SELECT year, exporter, importer, product FROM flows WHERE year = ? AND value_usd > 0 LIMIT 1", [latest]
        ).fetchone()
    return None if row is None else (int(row[0]), str(row[1]), str(row[2]), str(row[3]))


def one_flow(year: int, a: str, b: str, product: str, source: str) -> Any:
    import pandas as pd

    return pd.DataFrame(
        {"year": [year], "exporter": [a], "importer": [b], "product": [product], "value_usd": [1.0], "source": [source]}
    )


def settle() -> None:
    """Collect once, then leave what start-up made (modules, reference tables, the tables the warm-up read)
    out of every later full collection (``gc.freeze``: they live as long as the process).

    Without it, the first full collection came during the first requests and walked them all — about 100 ms
    of CPU in the first hundred first requests after a start (issue 16). Objects that become garbage later are
    still freed by their reference counts; only cycles among them would stay (hence only for a process that
    keeps its app: an app made and dropped, as tests do, would stay in memory).
    """
    import gc

    gc.collect()
    gc.freeze()


BRIEF_PACKAGES = (
    "partnerlens.brief",
    "partnerlens.analytics.potential",
    "partnerlens.claims",
    "partnerlens.cooperation.extract",
)
"""What a first brief imports as it goes (its sections and charts, export potential, the claim checker, the
extractor): imported whole by :func:`prepare_briefs`."""
BRIEF_MODULES = (
    "partnerlens.analytics.complexity",
    "partnerlens.analytics.tariffs",
    "partnerlens.analytics.profile.pair",
    "partnerlens.analytics.profile.group_world",
    "partnerlens.world.profiles",
    "partnerlens.world.space",
    "pyarrow.parquet",
    "scipy.linalg",
    "scipy.sparse.csgraph",
    "scipy.sparse.linalg",
)


def prepare_briefs() -> dict:
    """What a first brief in this process would load — its modules (:data:`BRIEF_PACKAGES`, :data:`BRIEF_MODULES`),
    the chart engine started and warm in its worker processes (``PARTNERLENS_SERVER_CHART_WORKERS``: charts drawn
    at once) — loaded now: a server that answers the command line's briefs (``web.cli_briefs``) answers the first
    as it answers the later ones. How many modules, how long."""
    import importlib
    import pkgutil
    import sys
    import time

    started, before = time.perf_counter(), len(sys.modules)
    from partnerlens.brief import chart_engine
    from partnerlens.settings import current

    chart_engine.start(workers=current().server_chart_workers)  # charts drawn at once (brief.chart_files)
    names = list(BRIEF_MODULES)
    for package in BRIEF_PACKAGES:
        names += [package] + [
            m.name for m in pkgutil.walk_packages(importlib.import_module(package).__path__, f"{package}.")
        ]
    for name in names:
        with contextlib.suppress(Exception):  # an optional module that does not import here: the brief will say
            importlib.import_module(name)
    return {"modules": len(sys.modules) - before, "seconds": round(time.perf_counter() - started, 3)}


def rehearse_brief(data: Any) -> dict:
    """One brief computed and rendered in memory over ``data``'s long-lived reader — the pair a warm-up profiles
    (:func:`trading_pair`), HTML — with nothing read back, kept, drawn to a file or recorded
    (``locking.nothing_kept``): what a first brief loads once per process and :func:`prepare_briefs` cannot by
    importing alone (the world tables' shared reads, each analytic's first call, the chart engine's first
    drawings) is then loaded, and the command line's first brief (``web.cli_briefs``) pays its own pair's work
    only (issue 16). Only over current world tables (``world build``): otherwise a brief would build the store's
    on-demand tables, and starting a server never scans the store. Any failure leaves the server as it was: a
    report, never an error. Which pair, how long."""
    import time

    from partnerlens.locking import nothing_kept
    from partnerlens.scope import sectors_file
    from partnerlens.world.manifest import current

    started = time.perf_counter()
    report: dict = {"rehearsed": None}
    try:
        primary = data.store.primary_source(data.sources())
        if primary is None:
            return report | {"seconds": 0.0}
        with data.store.pinned([primary.name]) as infos:
            if current(data.workspace.home, infos) is None:  # a brief would build store-wide caches: not at start-up
                return report | {"skipped": "no current world tables", "seconds": 0.0}
            pair = trading_pair(data.store, infos)
        if pair is not None:
            from partnerlens.brief.make import built
            from partnerlens.brief.rendering import render

            year, a, b, _ = pair
            with nothing_kept(), sectors_file(data.workspace.home / "sectors.yaml"), data.brief_flows() as handle:
                if handle is None:  # no long-lived reader: a brief would open the store for itself
                    return report | {"skipped": "no long-lived reader", "seconds": 0.0}
                render(built(a, b, year, workspace=data.workspace, flows=handle)[0], "html")
            report["rehearsed"] = f"{a}-{b} {year}"
    except Exception as exc:  # noqa: BLE001 -- a rehearsal is an optimisation: never stop the server starting
        report["error"] = f"{type(exc).__name__}: {exc}"
    return report | {"seconds": round(time.perf_counter() - started, 3)}
