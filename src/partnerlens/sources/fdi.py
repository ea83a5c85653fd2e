"""IMF Direct Investment Positions by Counterpart Economy (DIP, formerly CDIS): inward and outward positions.

The IMF data portal (dataset ``IMF.STA:DIP``) exports SDMX-CSV, one row per
observation::

    DATAFLOW, COUNTRY, DV_TYPE, INDICATOR, COUNTERPART_COUNTRY, FREQUENCY, TIME_PERIOD, OBS_VALUE, SCALE, STATUS

* ``COUNTRY`` the reporting economy, ``COUNTERPART_COUNTRY`` the investor
  (inward) or investment (outward) economy — ISO3 codes, with ``G…`` codes
  for world and regional totals (dropped, counted in a note);
* ``INDICATOR``: ``INWD_D_NETLA_FALL_ALL`` (inward position, net liabilities
  less assets, all instruments) and ``OTWD_D_NETAL_FALL_ALL`` (outward, net
  assets less liabilities); equity/debt breakdowns are counted and skipped;
* ``DV_TYPE`` ``O``: as the economy reported it; other codes: derived by the
  IMF from the counterparts' reports (the mirror tables); stored as
  ``reported`` / ``derived``;
* ``FREQUENCY`` ``A`` (annual, end-of-year positions), ``TIME_PERIOD`` the year;
* ``OBS_VALUE`` in US dollars (``SCALE`` says how the portal displays it:
  6 = millions; the value itself is not rescaled). Positions can be negative
  (net of reverse investment); a blank value is missing (confidential or not
  reported), never zero.

Mirror figures for a pair come from the same table: A's inward position from B
as A reports it, against B's outward position in A as B reports it
(:mod:`partnerlens.analytics.investment`).
"""

from __future__ import annotations

import hashlib
import tempfile
from collections.abc import Iterable
from pathlib import Path

import duckdb

from partnerlens.errors import PartnerlensError
from partnerlens.sources import IngestResult, sql_string
from partnerlens.sources.baci import file_sha256, plausible_years
from partnerlens.sources.download import Progress
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

KIND = "investment"
NAME = "imf-dip"
DEFAULT_BASE_URL = "https://api.imf.org/external/sdmx/2.1/data"
INDICATORS = {"INWD_D_NETLA_FALL_ALL": "inward", "OTWD_D_NETAL_FALL_ALL": "outward"}
REQUIRED = ("COUNTRY", "INDICATOR", "COUNTERPART_COUNTRY", "TIME_PERIOD", "OBS_VALUE")
CSV_ACCEPT = "application/vnd.sdmx.data+csv;version=1.0.0"


def query_url(reporters: Iterable[str] = (), years: Iterable[int] | None = None, base_url: str | None = None) -> str:
    """The SDMX 2.1 data query for the total positions of ``reporters`` (empty: all) in ``years``.

    Key order of the DIP dataflow: COUNTRY.DV_TYPE.INDICATOR.COUNTERPART_COUNTRY.FREQUENCY (empty = all).
    """
    codes = "+".join(sorted({r.strip().upper() for r in reporters if r.strip()}))
    if codes and not all(len(c) == 3 and c.isalpha() for c in codes.split("+")):
        raise PartnerlensError(f"--reporters {codes!r}: write ISO3 codes, e.g. RWA,AZE")
    key = f"{codes}..{'+'.join(INDICATORS)}..A"
    chosen = sorted(set(years or ()))
    period = f"?startPeriod={chosen[0]}&endPeriod={chosen[-1]}" if chosen else ""
    return f"{(base_url or DEFAULT_BASE_URL).rstrip('/')}/IMF.STA,DIP/{key}{period}"


def _select(csv_sql: str, header: list[str], name: str) -> str:
    years = plausible_years()
    dv = 'upper(trim(r."DV_TYPE"))' if "DV_TYPE" in header else "'O'"
    frequency = 'upper(trim(r."FREQUENCY"))' if "FREQUENCY" in header else "'A'"
    cases = " ".join(f"WHEN {sql_string(code)} THEN {sql_string(direction)}" for code, direction in INDICATORS.items())
    number = 'TRY_CAST(trim(r."OBS_VALUE") AS DOUBLE)'
    return f"""
        SELECT year, rep.iso3 AS reporter, cp.iso3 AS counterpart, direction, derivation, value_usd,
               {sql_string(name)} AS source
        FROM (
            SELECT
                CASE WHEN {frequency} <> 'A' THEN error('FREQUENCY ' || {frequency} || ': only annual positions (A) are read')
                     WHEN TRY_CAST(trim(r."TIME_PERIOD") AS INTEGER) BETWEEN {years.start} AND {years.stop - 1}
                     THEN TRY_CAST(trim(r."TIME_PERIOD") AS INTEGER)
                     ELSE error('TIME_PERIOD holds ' || chr(39) || coalesce(r."TIME_PERIOD", 'blank') || chr(39) || ', not a year') END AS year,
                upper(trim(r."COUNTRY")) AS reporter_code, upper(trim(r."COUNTERPART_COUNTRY")) AS counterpart_code,
                CASE upper(trim(r."INDICATOR")) {cases} END AS direction,
                CASE WHEN {dv} IN ('O', '') OR {dv} IS NULL THEN 'reported' ELSE 'derived' END AS derivation,
                CASE WHEN r."OBS_VALUE" IS NULL OR trim(r."OBS_VALUE") IN ('', 'NA', 'NaN', '..', 'C') THEN NULL
                     WHEN isfinite({number}) THEN {number}
                     ELSE error('OBS_VALUE holds ' || chr(39) || r."OBS_VALUE" || chr(39) || ', not a number of US dollars') END
                     AS value_usd
            FROM {csv_sql} r
        ) v
        JOIN iso_codes rep ON rep.code = v.reporter_code
        JOIN iso_codes cp ON cp.code = v.counterpart_code
        WHERE direction IS NOT NULL AND rep.iso3 <> cp.iso3
    """


def ingest_dip(
    store: TradeStore,
    path: str | Path,
    origin: str | None = None,
    sha256: str | None = None,
    release: str | None = None,
) -> IngestResult:
    """Ingest an IMF DIP SDMX-CSV export (or a zip holding one) as source ``imf-dip``."""
    path = existing_file(path)
    notes: list[str] = []
    info = SourceInfo(
        name=NAME,
        kind=KIND,
        nomenclature="BPM6-directional",
        release=release,
        sha256=sha256 or file_sha256(path),
        origin=origin or path.as_uri(),
    )

    def write(con: duckdb.DuckDBPyConnection, staging: Path) -> None:
        with tempfile.TemporaryDirectory(prefix="extract-", dir=staging) as scratch:
            what = "an IMF direct investment positions (DIP) SDMX-CSV export"
            csv_path, header, csv_sql = staged_csv(con, path, Path(scratch), REQUIRED, what)
            rows = write_partitioned(con, staging, KIND, _select(csv_sql, header, NAME), csv_path.name)
            refuse_duplicates(
                con,
                "year, reporter, counterpart, direction, derivation",
                csv_path.name,
                "reporter–counterpart–direction–year positions",
            )
            total, other = one_row(
                con,
                f'SELECT count(*), count(*) FILTER (WHERE upper(trim("INDICATOR")) NOT IN '
                f"({', '.join(sql_string(i) for i in INDICATORS)})) FROM {csv_sql}",
            )
        if not rows:
            raise PartnerlensError(
                f"{path.name}: no total inward or outward positions between economies "
                f"({', '.join(INDICATORS)}); store unchanged"
            )
        if other:
            notes.append(f"skipped {other:,} rows of other indicators (equity/debt breakdowns)")
        if total - other > rows:
            notes.append(
                f"dropped {total - other - rows:,} rows whose economy or counterpart is a world or regional total"
            )

    return ingest_evidence(store, info, write, notes)


def get_dip(
    store: TradeStore,
    reporters: Iterable[str] = (),
    years: Iterable[int] | None = None,
    base_url: str | None = None,
    expected_sha256: str | None = None,
    progress: Progress | None = None,
) -> IngestResult:
    """Query the IMF SDMX API for DIP positions as SDMX-CSV (resumable, checksummed) and ingest them."""
    url = query_url(reporters, years, base_url)
    filename = f"IMF_DIP_{hashlib.sha256(url.encode()).hexdigest()[:12]}.csv"
    target, sha256, notes = fetch(
        store, url, filename, "an SDMX-CSV file", progress, expected_sha256, headers={"Accept": CSV_ACCEPT}
    )
    result = ingest_dip(store, target, origin=url, sha256=sha256)
    return IngestResult(result.source, (*notes, *result.notes))
