"""Trade sources: each module turns one kind of input into flows for the one ingest path.

* ``baci``: a CEPII BACI release zip (``data ingest baci``);
* ``download``: fetching a BACI release from CEPII with resume and checksum (``data get baci``);
* ``comtrade``: the UN Comtrade data API, reporter-side flows plus partner-reported mirror values;
* ``demo``: a synthetic demo world calibrated on published figures (WDI totals, ECI, PCI, gravity) for trying things offline.

Every source ends in :func:`ingest`, which checks that the store keeps one
nomenclature and hands a writer to :meth:`TradeStore.ingest` (atomic: on any
failure the store is exactly as before). Writers call :func:`write_year` so
that every source writes the same Parquet layout and column types.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from pathlib import Path

import duckdb

from partnerlens.catalogue import FLOWS_PARQUET
from partnerlens.errors import PartnerlensError
from partnerlens.sql import sql_string  # noqa: F401 (re-exported: the sources import it from here)
from partnerlens.store import FLOW_COLUMNS, SourceInfo, TradeStore, Writer, ingest_step


@dataclass(frozen=True)
class IngestResult:
    """What an ingest recorded, plus notes for the user (rows dropped, files reused …)."""

    source: SourceInfo
    notes: tuple[str, ...] = ()

    def to_dict(self) -> dict:
        return self.source.to_dict() | {"notes": list(self.notes)}


def ingest(
    store: TradeStore, info: SourceInfo, write: Writer, notes: tuple[str, ...] = (), nomenclature: str | None = None
) -> IngestResult:
    """Ingest through the store's atomic path, in the store's one nomenclature.

    The store's nomenclature is that of the releases it holds, else ``nomenclature``,
    else HS92. A release in another HS revision is converted on the way in
    (:mod:`partnerlens.sources.hs_convert`); anything else that differs is refused.
    """
    from partnerlens.sources import hs_convert

    if info.nomenclature == "TOTAL":  # totals without products (monthly goods by partner): no nomenclature to keep
        return IngestResult(store.ingest(info, write), notes)
    others = {s.nomenclature for s in store.sources() if s.name != info.name and s.nomenclature != "TOTAL"}
    target = (
        next(iter(others))
        if len(others) == 1
        else hs_convert.canonical(nomenclature or hs_convert.DEFAULT_NOMENCLATURE)
    )
    if nomenclature and others and hs_convert.canonical(nomenclature) not in others:
        raise PartnerlensError(f"the store holds {', '.join(sorted(others))} data; it cannot also be {nomenclature}")
    if (
        hs_convert.canonical(info.nomenclature) != target
        and hs_convert.convertible(info.nomenclature, target)
        and len(others) <= 1
    ):
        write, summary = hs_convert.converting(write, info.nomenclature, target)
        recorded = store.ingest(replace(info, nomenclature=target), write)
        return IngestResult(recorded, (*notes, f"{info.name}: {hs_convert.describe(summary)}"))
    if others and others != {info.nomenclature}:
        raise PartnerlensError(
            f"the store holds {', '.join(sorted(others))} data and {info.name} is {info.nomenclature}; "
            "one nomenclature per store (remove the other sources or use another --home)"
        )
    return IngestResult(store.ingest(info, write), notes)


def prepare(con: duckdb.DuckDBPyConnection) -> None:
    """Connection settings for bulk writing: no ordering guarantee lets DuckDB write Parquet in parallel."""
    con.execute("SET preserve_insertion_order = false")


def write_year(con: duckdb.DuckDBPyConnection, staging: Path, year: int, select_sql: str) -> Path:
    """Write one year of flows from ``select_sql`` (which yields the flow columns) to ``year=YYYY/``; return the file.

    The columns are cast to the store's types here, once, for every source.
    """
    folder = staging / f"year={year}"
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / "part-0.parquet"
    columns = ", ".join(f"CAST({c} AS {t}) AS {c}" for c, t in FLOW_COLUMNS.items())
    con.execute(f"COPY (SELECT {columns} FROM ({select_sql})) TO {sql_string(str(target))} ({FLOWS_PARQUET})")
    ingest_step(f"year {year}")
    return target


def parse_years(text: str) -> list[int]:
    """Years from what users type: ``2019-2024``, ``2021`` or ``2019,2021,2023``."""
    years: set[int] = set()
    for part in text.replace(" ", "").split(","):
        match = re.fullmatch(r"(\d{4})(?:-(\d{4}))?", part, re.ASCII)
        if not match:
            raise PartnerlensError(f"cannot read years {text!r}; write e.g. 2019-2024, 2021 or 2019,2021")
        first, last = int(match[1]), int(match[2] or match[1])
        if last < first:
            raise PartnerlensError(f"cannot read years {text!r}: {last} comes before {first}")
        years.update(range(first, last + 1))
    return sorted(years)
