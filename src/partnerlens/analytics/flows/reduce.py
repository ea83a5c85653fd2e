"""Functions written for a flows table, given any flows-like value: :func:`accepting_flows` with an explicit
reducer that says which smallest table gives the same result (so a BACI-scale store never reaches pandas)."""

from __future__ import annotations

import functools
import inspect
from collections.abc import Callable, Mapping
from typing import Any

import pandas as pd
import pyarrow as pa

from partnerlens.analytics.flows.handle import REST_OF_WORLD, Flows
from partnerlens.analytics.flows.opening import open_flows
from partnerlens.analytics.sides import year_filter

Reducer = Callable[[Flows, Mapping[str, Any]], pd.DataFrame]
"""Given an open handle and the call's arguments (defaults applied), the smallest table giving the same result."""


def accepting_flows(fn: Callable[..., Any], reduce: Reducer) -> Callable[..., Any]:
    """Let ``fn``, written for a flows DataFrame or Arrow table in its ``flows`` argument, take any flows-like value.

    Tables pass through untouched. Anything else (a store, a workspace, a
    :class:`Flows` handle) is reduced in DuckDB by ``reduce`` — the caller says
    which: :func:`pair_reduced` for an index of two parties, :func:`year_reduced`
    for a function of each exporter, :func:`panel_reduced` for the complexity
    family — so that a BACI-scale store never reaches pandas.
    """
    signature = inspect.signature(fn)

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        bound = signature.bind(*args, **kwargs)
        if not isinstance(bound.arguments["flows"], (pd.DataFrame, pa.Table)):
            bound.apply_defaults()
            with open_flows(bound.arguments["flows"]) as f:
                bound.arguments["flows"] = reduce(f, bound.arguments)
        return fn(*bound.args, **bound.kwargs)

    return wrapper


def _members(party: Any) -> frozenset[str]:
    return frozenset({party}) if isinstance(party, str) else frozenset(party.members)


def pair_reduced(f: Flows, arguments: Mapping[str, Any]) -> pd.DataFrame:
    """For ``fn(flows, i, j, year)``: the year's flows with every economy outside parties ``i`` and ``j`` merged."""
    return pair_table(f, arguments["year"], _members(arguments["i"]) | _members(arguments["j"]))


def year_reduced(f: Flows, arguments: Mapping[str, Any]) -> pd.DataFrame:
    """For ``fn(flows, year=None)`` of each exporter (RCA): every exporter kept, the importers merged."""
    return pair_table(f, arguments["year"], frozenset(), keep_exporters=True)


def panel_reduced(f: Flows, arguments: Mapping[str, Any]) -> pd.DataFrame:
    """For ``fn(flows, time, location, product, value)`` (complexity): the flows summed by those four columns."""
    keys = [f'"{arguments[name]}"' for name in ("time", "location", "product")]
    value = arguments["value"]
    return f.df(f'SELECT {", ".join(keys)}, sum("{value}") AS "{value}" FROM flows GROUP BY ALL')


def pair_table(f: Flows, year: int | None, kept: frozenset[str], keep_exporters: bool = False) -> pd.DataFrame:
    """The flows of ``year`` (None: all) summed with every economy outside ``kept`` merged into ``REST_OF_WORLD``.

    Every total over exporters, importers and products that separates only the
    ``kept`` economies is the same as on the full flows; the table is small
    enough for pandas. ``keep_exporters`` keeps every exporter (for RCA).
    """
    table = f.with_sides(f"(SELECT * FROM flows WHERE {year_filter(None if year is None else [year])})", {"kept": kept})
    exporter = (
        "exporter" if keep_exporters else f"CASE WHEN exporter_side = 'kept' THEN exporter ELSE '{REST_OF_WORLD}' END"
    )
    importer = f"CASE WHEN importer_side = 'kept' THEN importer ELSE '{REST_OF_WORLD}' END"
    return f.df(
        f"SELECT year, {exporter} AS exporter, {importer} AS importer, product, sum(value_usd) AS value_usd "
        f"FROM {table} GROUP BY ALL"
    )
