"""OECD–WTO Balanced Trade in Services (BaTiS, BPM6): services trade by partner and EBOPS 2010 category.

The bulk release (``OECD-WTO_BATIS_BPM6_{Month}{Year}_bulk.zip``, one CSV of
the same name inside; also on the WTO's statistics pages) has one row per
reporter, partner, flow, EBOPS item and year::

    (
        Reporter,
        type_Reporter,
        Partner,
        type_Partner,
        Flow,
        Item_code,
        type_Item,
        Year,
    )
    Reported_value, Final_value, Methodology, Balanced_value

* ``Reporter``/``Partner``: economy codes (ISO 3166 alpha-2 in the bulk file;
  ISO3 is accepted too) — mapped to ISO3 through the reference economies;
  codes that are not economies (regional aggregates, "rest of world") are
  dropped and counted in a note;
* ``Flow``: ``X`` exports of the reporter to the partner, ``M`` its imports;
* ``Item_code``: EBOPS 2010 (``S`` total services, ``SC`` transport, ``SD``
  travel, ``SG`` financial, ``SI`` telecommunications, computer and information …);
* values in **million US dollars**: ``Reported_value`` (as the reporter
  published it, blank where it did not), ``Final_value`` (reported including
  the OECD–WTO estimates), ``Balanced_value`` (reconciled: exports equal the
  partner's mirror imports). Converted to USD once, here; blank stays missing.

Rows that repeat a reporter–partner–flow–item–year are refused; a bad value,
year or flow stops the ingest with the file's line, and the store is unchanged.
"""

from __future__ import annotations

import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

import duckdb

from partnerlens.errors import PartnerlensError
from partnerlens.sources import IngestResult, sql_string
from partnerlens.sources.baci import file_sha256, plausible_years
from partnerlens.sources.tabular import (
    existing_file,
    fetch,
    ingest_evidence,
    refuse_duplicates,
    staged_csv,
    write_partitioned,
)
from partnerlens.sql import one_row
from partnerlens.store import SourceInfo, TradeStore

if TYPE_CHECKING:  # the download code (httpx) is loaded when downloading: the services analytics read EBOPS_MAIN
    from partnerlens.sources.download import Progress

KIND = "services"
NAME = "batis-bpm6"
DEFAULT_BASE_URL = "https://webfs-sdd.oecd.org/files/.Stat/BATIS"
DEFAULT_RELEASE = "December2025"
REQUIRED = ("Reporter", "Partner", "Flow", "Item_code", "Year", "Reported_value", "Final_value", "Balanced_value")
MILLION = 1_000_000.0

EBOPS_MAIN = {
    "S": "Total services",
    "SA": "Manufacturing services on inputs owned by others",
    "SB": "Maintenance and repair services",
    "SC": "Transport",
    "SD": "Travel",
    "SE": "Construction",
    "SF": "Insurance and pension services",
    "SG": "Financial services",
    "SH": "Charges for the use of intellectual property",
    "SI": "Telecommunications, computer and information services",
    "SJ": "Other business services",
    "SK": "Personal, cultural and recreational services",
    "SL": "Government goods and services n.i.e.",
}


def release_url(release: str = DEFAULT_RELEASE, base_url: str | None = None) -> str:
    """``{base}/OECD-WTO_BATIS_BPM6_{release}_bulk.zip`` (release as the OECD names it, e.g. December2025)."""
    if not release or not release.replace("_", "").isalnum():
        raise PartnerlensError(f"--release {release!r} is not a BaTiS release name; e.g. December2025")
    return f"{(base_url or DEFAULT_BASE_URL).rstrip('/')}/OECD-WTO_BATIS_BPM6_{release}_bulk.zip"


def _value(column: str) -> str:
    """A value column in million USD → USD; blank is missing; anything else not a finite number ≥ … stops the ingest."""
    text = f'trim(r."{column}")'
    number = f"TRY_CAST({text} AS DOUBLE)"
    return (
        f"CASE WHEN r.\"{column}\" IS NULL OR {text} IN ('', 'NA', '..') THEN NULL "
        f"WHEN isfinite({number}) THEN {number} * {MILLION} "
        f"ELSE error('column {column} holds ' || chr(39) || r.\"{column}\" || chr(39) || ', not a number of million USD') END"
    )


def _select(csv_sql: str, name: str) -> str:
    years = plausible_years()
    return f"""
        SELECT year, rep.iso3 AS reporter, par.iso3 AS partner, flow, item,
               reported_usd, estimated_usd, balanced_usd, {sql_string(name)} AS source
        FROM (
            SELECT
                CASE WHEN TRY_CAST(trim(r."Year") AS INTEGER) BETWEEN {years.start} AND {years.stop - 1}
                     THEN TRY_CAST(trim(r."Year") AS INTEGER)
                     ELSE error('column Year holds ' || chr(39) || coalesce(r."Year", 'blank') || chr(39) || ', not a year') END AS year,
                upper(trim(r."Reporter")) AS reporter_code, upper(trim(r."Partner")) AS partner_code,
                CASE WHEN upper(trim(r."Flow")) IN ('X', 'M') THEN upper(trim(r."Flow"))
                     ELSE error('column Flow holds ' || chr(39) || coalesce(r."Flow", 'blank') || chr(39) || ', expected X or M') END AS flow,
                CASE WHEN coalesce(trim(r."Item_code"), '') <> '' THEN upper(trim(r."Item_code"))
                     ELSE error('column Item_code is blank') END AS item,
                {_value("Reported_value")} AS reported_usd,
                {_value("Final_value")} AS estimated_usd,
                {_value("Balanced_value")} AS balanced_usd
            FROM {csv_sql} r
        ) v
        JOIN iso_codes rep ON rep.code = v.reporter_code
        JOIN iso_codes par ON par.code = v.partner_code
    """


def ingest_batis(
    store: TradeStore,
    path: str | Path,
    origin: str | None = None,
    sha256: str | None = None,
    release: str | None = None,
    years: Iterable[int] | None = None,
) -> IngestResult:
    """Ingest a BaTiS bulk file (the zip or its CSV) as source ``batis-bpm6``; optionally only some years."""
    path = existing_file(path)
    chosen = sorted(set(years)) if years else None
    notes: list[str] = []
    info = SourceInfo(
        name=NAME,
        kind=KIND,
        nomenclature="EBOPS2010",
        release=release or _release_from(path.name),
        sha256=sha256 or file_sha256(path),
        origin=origin or path.as_uri(),
    )

    def write(con: duckdb.DuckDBPyConnection, staging: Path) -> None:
        with tempfile.TemporaryDirectory(prefix="extract-", dir=staging) as scratch:
            csv_path, header, csv_sql = staged_csv(con, path, Path(scratch), REQUIRED, "a BaTiS (BPM6) bulk file")
            select = _select(csv_sql, NAME)
            if chosen:
                select = f"SELECT * FROM ({select}) WHERE year IN ({', '.join(map(str, chosen))})"
            rows = write_partitioned(con, staging, KIND, select, csv_path.name)
            (total,) = one_row(con, f"SELECT count(*) FROM {csv_sql}")
            refuse_duplicates(
                con, "year, reporter, partner, flow, item", csv_path.name, "reporter–partner–flow–item–year rows"
            )
        if not rows:
            raise PartnerlensError(
                f"{path.name}: no services rows between economies"
                f"{' in the years asked' if chosen else ''}; store unchanged"
            )
        if not chosen and total > rows:
            notes.append(
                f"dropped {total - rows:,} rows whose reporter or partner is not an economy "
                "(regional aggregates, rest of the world)"
            )

    return ingest_evidence(store, info, write, notes)


def _release_from(filename: str) -> str | None:
    stem = filename.removesuffix(".zip").removesuffix(".csv")
    if stem.startswith("OECD-WTO_BATIS_BPM6_"):
        return stem.removeprefix("OECD-WTO_BATIS_BPM6_").removesuffix("_bulk") or None
    return None


def get_batis(
    store: TradeStore,
    release: str = DEFAULT_RELEASE,
    base_url: str | None = None,
    expected_sha256: str | None = None,
    progress: Progress | None = None,
    years: Iterable[int] | None = None,
) -> IngestResult:
    """Download the BaTiS bulk zip (resumable, checksummed) and ingest it."""
    url = release_url(release, base_url)
    target, sha256, notes = fetch(store, url, url.rsplit("/", 1)[-1], "the BaTiS bulk file", progress, expected_sha256)
    result = ingest_batis(store, target, origin=url, sha256=sha256, release=release, years=years)
    return IngestResult(result.source, (*notes, *result.notes))
