"""A pair's bottom line, brief inputs and brief kept on disk, so that a second ``profile`` or ``brief`` is quick.

The bottom line (:func:`partnerlens.brief.summary.summary`), the brief's
inputs (:func:`partnerlens.brief.make.inputs_for`) and the brief with its
charts (:func:`partnerlens.brief.make.build`) need export potential both
ways, diversification, the registry's agreements and the claims in its articles
checked against the data. What they read is the trade store, the workspace
database (registry, claims, queue, catalogues of releases and evidence), the
workspace's ``sectors.yaml`` and the code. A result is kept in the store
state's cache folder (``cache/<state>/summary/``, ``inputs/``, ``briefs/``, and
``rendered/`` for a brief as the CLI writes it, :mod:`partnerlens.brief.output`;
``charts/`` holds the brief's charts as SVG, :func:`partnerlens.brief.chart_files.kept_svg`, and
``extracted/`` what the extractor read in a record's evidence, ``brief.record``, unless
``world build`` read it already, ``world.articles``; all dropped with the releases they
were built from), under a key made of:

* what was asked (parties, year, options; the day, for a composed brief, which
  says when it was generated) and the state of the store's
  releases (``world.manifest.state_key``, the hash that names the cache folder);
* the size and modification time of the workspace database, its write-ahead
  log and ``sectors.yaml``: any write to the registry, the claims or a
  catalogue changes them, so a changed record is never answered from the cache;
* the fingerprint of the package's source files (``workspace.code_fingerprint``).

A key missed is only a recomputation; a key hit returns what was computed (the
bottom line in JSON types, as ``--json`` prints it; inputs and briefs unpickled). The
stamps are taken before computing, so a write that lands while computing
leaves the result under a key no later reader asks for. Concurrent callers
with one key compute once (``locking.single_flight``); a cache that cannot be
written or read is skipped, never an error. This module imports the standard
library and light helpers only.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from partnerlens.cooperation.evidence import EXTRACTED, extraction_key
from partnerlens.jsonable import jsonable
from partnerlens.locking import kept_file
from partnerlens.workspace import DATABASE_NAME, Workspace, code_fingerprint
from partnerlens.world.articles import world_reading
from partnerlens.world.manifest import state_key, world_folder

SUMMARY, INPUTS, BRIEFS, RENDERED, CHARTS = "summary", "inputs", "briefs", "rendered", "charts"
WATCHED = (DATABASE_NAME, f"{DATABASE_NAME}.wal", "sectors.yaml")
"""The workspace files whose change invalidates a kept result (besides the releases and the code)."""


def _stamp(path: Path) -> str:
    try:
        stat = path.stat()
    except FileNotFoundError:
        return "absent"
    return f"{stat.st_size}:{stat.st_mtime_ns}"


def kept_key(workspace: Workspace, asked: tuple, sources: Iterable) -> str:
    """The key of one kept result: what was asked, the releases, the workspace files, the code."""
    parts = [
        repr(asked),
        state_key(sources),
        *(f"{name}={_stamp(workspace.home / name)}" for name in WATCHED),
        code_fingerprint(),
    ]
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()[:24]


def kept_path(workspace: Workspace, folder: str, key: str, sources: Iterable, suffix: str) -> Path:
    """Where the result of ``key`` is kept: in the cache folder of the releases' state."""
    return workspace.home / "cache" / state_key(sources) / folder / f"{key}{suffix}"


def kept_summary(
    workspace: Workspace, a: str, b: str, year: int, sources: Iterable, compute: Callable[[], dict]
) -> dict:
    """The bottom line of ``a`` and ``b`` (as asked) in ``year``: read from the cache, else ``compute()``d and kept.

    ``sources`` are the releases the answer was computed from (a profile's
    ``sources``); the result is in JSON types.
    """
    sources = list(sources)
    path = kept_path(workspace, SUMMARY, kept_key(workspace, (str(a), str(b), int(year)), sources), sources, ".json")

    def write(value: dict, partial: Path) -> None:
        partial.write_text(json.dumps(value, ensure_ascii=False), encoding="utf-8")

    return kept_file(path, lambda: jsonable(compute()), write, lambda p: json.loads(p.read_text(encoding="utf-8")))


def kept_extraction(workspace: Workspace, asked: tuple, sources: Iterable, compute: Callable[[], Any]) -> Any:
    """What the extractor read in one text (``asked``: the text and how it was read), unpickled, else computed and kept.

    Looked up first among the readings ``world build`` kept beside the world
    tables of the releases' state (:mod:`partnerlens.world.articles`, the
    same key), then in the cache folder, where a reading computed here is kept.
    """
    sources = list(sources)
    key = extraction_key(workspace.home, asked)
    built = world_reading(world_folder(workspace.home, sources), key)
    if built is not None:
        return built
    return kept_file(kept_path(workspace, EXTRACTED, key, sources, ".pickle"), compute, _pickled, _unpickled)


def _pickled(value: Any, partial: Path) -> None:
    import pickle  # here: a profile's bottom line is JSON, and it never imports pickle (issue 16)

    partial.write_bytes(pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))


def _unpickled(path: Path) -> Any:
    import pickle

    return pickle.loads(path.read_bytes())


def kept_pickle(workspace: Workspace, folder: str, asked: tuple, sources: Iterable, compute: Callable[[], Any]) -> Any:
    """A brief's inputs (``folder`` INPUTS) or composed brief (BRIEFS) for ``asked``: unpickled, else computed and kept."""
    sources = list(sources)
    path = kept_path(workspace, folder, kept_key(workspace, (folder, *asked), sources), sources, ".pickle")
    return kept_file(path, compute, _pickled, _unpickled)
