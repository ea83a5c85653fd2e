"""CEPII BACI: read an official release zip into the trade store.

A release zip (e.g. ``BACI_HS92_V202501.zip``) holds one CSV per year,
``BACI_HS92_Y{year}_V{release}.csv`` with columns ``t,i,j,k,v,q`` (year,
exporter and importer as numeric country codes, HS6 product as an integer
that has lost its leading zero, value in thousand USD, quantity in metric
tons, possibly ``NA``/blank/space-padded ``NA``), plus the code lists
``country_codes_V{release}.csv`` and ``product_codes_HS92_V{release}.csv``.

Mapping, decided once here:

* countries: the numeric codes are mapped to ISO3 with the zip's own country
  table (current columns ``country_code,country_name,country_iso2,country_iso3``
  or the older ``country_code,country_name_abbreviation,country_name_full,
  iso_2digit_alpha,iso_3digit_alpha``). Groupings and territories keep the ISO3
  the table gives them (``S19`` Other Asia nes, …). A code that the table lists
  *without* any ISO3 (blank or ``N/A``) cannot be placed: its rows are dropped
  and the ingest result says how many, and for which codes. A code that the
  table does not list at all is an error.
* products: ``k`` is zero-padded to 6 digits and must be in the product table.
* values: ``v`` × 1000 → USD, once, here. ``q`` stays in metric tons; missing
  quantities are missing (NULL), never zero.

Reading the zip itself (members, code tables, extraction) is in
:mod:`partnerlens.sources.baci_release`; this module turns its yearly CSVs into flows.

The release is streamed year by year: each year's CSV is inflated by a thread
into a named pipe next to the staging directory (never written out whole) and
read from it by DuckDB's CSV reader straight into Parquet (``COPY … TO``); no
year is ever held in pandas. Any
bad input raises :class:`PartnerlensError` with a one-line reason and the store
is left unchanged.

Reference: CEPII, *BACI: International Trade Database at the Product-Level*,
Gaulier & Zignago (2010), CEPII Working Paper 2010-23.
"""

from __future__ import annotations

import contextlib
import re
import shutil
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path

import duckdb

from partnerlens.catalogue import FLOWS_PARQUET
from partnerlens.errors import PartnerlensError
from partnerlens.sources import IngestResult, ingest, prepare, sql_string, write_year
from partnerlens.sources.baci_release import (  # noqa: F401 (re-exported: the release's reader, by its old path)
    FIRST_YEAR,
    TRADE_COLUMNS,
    Release,
    extract,
    file_sha256,
    first_line,
    open_release,
    open_zip,
    plausible_years,
    read_countries,
    read_products,
    source_name,
    streamed,
)
from partnerlens.sql import one_row
from partnerlens.store import SourceInfo, TradeStore, duckdb_reason

# -- yearly files ------------------------------------------------------------------


def _check_header(first: str, file: str) -> None:
    header = [h.strip().strip('"').lower() for h in first.strip().split(",")]
    if tuple(header) != TRADE_COLUMNS:
        raise PartnerlensError(
            f"{file}: expected columns {','.join(TRADE_COLUMNS)}, found {','.join(header) or 'none'}"
        )


def _csv_reason(exc: duckdb.Error, file: str) -> str:
    """One line for a DuckDB CSV error: which line, which column, which value."""
    text = str(exc)
    line = re.search(r"CSV Error on Line: (\d+)", text)
    where = f"{file} line {line[1]}" if line else file
    if convert := re.search(r'converting column "(\w+)"\. Could not convert string "(.*?)"', text):
        return f"{where}: column {convert[1]} holds {convert[2]!r}, not a number"
    if columns := re.search(r"Expected Number of Columns: (\d+) Found: (\d+)", text):
        return f"{where}: expected {columns[1]} columns, found {columns[2]}"
    return f"{where}: {duckdb_reason(exc)}"


def _year_sql(csv_path: Path, year: int, name: str, drops: bool = True) -> str:
    """SELECT of one year's flows from its CSV; DuckDB's error() stops the copy at the first bad row.

    Country codes are looked up in the list variable ``baci_iso3`` (index = code + 1: an ISO3, ``''``
    for a code listed without ISO3, NULL for a code not listed), which is much cheaper than a join.
    Rows of codes without ISO3 are dropped here; product codes are checked on the written Parquet.
    ``drops=False`` (a country table listing every code with an ISO3, as the benchmark's and most releases'):
    no row can be dropped, so the filter and the quantity's treatment of dropped rows are left out (issue 16:
    two string comparisons and a lookup per row that could not change a row).
    """
    source = (
        f"read_csv({sql_string(str(csv_path))}, header = true, auto_detect = false, delim = ',', quote = '\"', "
        "columns = {'t': 'INTEGER', 'i': 'INTEGER', 'j': 'INTEGER', 'k': 'VARCHAR', 'v': 'DOUBLE', 'q': 'VARCHAR'})"
    )

    def country(side: str, column: str) -> str:
        return (
            f"coalesce(getvariable('baci_iso3')[CASE WHEN r.{column} >= 0 THEN r.{column} + 1 END], "
            f"error('{side} code ' || coalesce(r.{column}::VARCHAR, 'blank') || ' is not in the country table'))"
        )

    def dropped() -> str:  # a row the filter below drops: its quantity is not refused (as before the check moved)
        return " OR ".join(f"getvariable('baci_iso3')[CASE WHEN r.{c} >= 0 THEN r.{c} + 1 END] = ''" for c in "ij")

    dropped_quantity = (
        f"WHEN {dropped()} THEN NULL  -- NaN, inf and negative tons, refused in the rows that are kept" if drops else ""
    )
    keep = "WHERE exporter <> '' AND importer <> ''" if drops else ""

    # The quantity is parsed and checked in the one SELECT, before the filter, so that its text is not carried
    # to an outer check (b9ingest's trace: about a tenth of the SELECT's CPU); rows the filter drops keep their
    # old treatment (only text that is not a number is refused), so what is refused is what was refused before.
    quantity = "TRY_CAST(r.q AS DOUBLE)"
    not_tons = "error('column q holds ' || chr(39) || r.q || chr(39) || ', not a number of tons')"
    return f"""
        SELECT * FROM (
            SELECT
                CASE WHEN r.t IS DISTINCT FROM {year}
                     THEN error('column t holds ' || coalesce(r.t::VARCHAR, 'blank') || ', expected {year}')
                     ELSE r.t END AS year,
                {country("exporter", "i")} AS exporter,
                {country("importer", "j")} AS importer,
                CASE WHEN length(r.k) > 6  -- lpad would cut a 7-digit code to a wrong HS6 one; the product table
                     THEN error('column k holds ' || chr(39) || r.k || chr(39) || ', not an HS6 code')  -- checks the rest
                     ELSE lpad(r.k, 6, '0') END AS product,
                CASE WHEN r.v IS NULL OR NOT isfinite(r.v * 1000) OR r.v < 0  -- finite after the conversion to USD
                     THEN error('column v holds ' || coalesce(r.v::VARCHAR, 'blank') || ', not a value in thousand USD')
                     ELSE r.v * 1000 END AS value_usd,
                CASE WHEN {quantity} >= 0 AND isfinite({quantity}) THEN {quantity}  -- (NaN sorts above every number)
                     WHEN {quantity} IS NULL  -- numbers, space-padded or not; then NA, padded NA, blank
                     THEN CASE WHEN r.q IS NULL OR trim(r.q) IN ('NA', '') THEN NULL ELSE {not_tons} END
                     {dropped_quantity}
                     ELSE {not_tons} END AS quantity_t,
                {sql_string(name)} AS source
            FROM {source} r
        ) {keep}
    """


def _check_products(con: duckdb.DuckDBPyConnection, written: Path) -> None:
    """Fail on a product code that the release's product table does not list (checked on the Parquet just written)."""
    unknown = con.execute(
        f"SELECT coalesce(product, 'blank') FROM (SELECT DISTINCT product FROM read_parquet({sql_string(str(written))})) "
        "WHERE product IS NULL OR product NOT IN (SELECT code FROM baci_products) ORDER BY product LIMIT 1"
    ).fetchone()
    if unknown:
        raise PartnerlensError(f"product code {unknown[0]} is not in the product table")


def _count_without_iso3(con: duckdb.DuckDBPyConnection, csv_path: Path) -> int:
    """Rows whose exporter or importer the country table lists without an ISO3 (dropped at ingest)."""
    return one_row(
        con,
        f"SELECT count(*) FROM read_csv({sql_string(str(csv_path))}, header = true, auto_detect = false, "
        "columns = {'t': 'VARCHAR', 'i': 'INTEGER', 'j': 'INTEGER', 'k': 'VARCHAR', 'v': 'VARCHAR', 'q': 'VARCHAR'}) r "
        "WHERE getvariable('baci_iso3')[r.i + 1] = '' OR getvariable('baci_iso3')[r.j + 1] = ''",
    )[0]


def _load_code_tables(con: duckdb.DuckDBPyConnection, countries: dict[int, str | None], products: set[str]) -> None:
    lookup: list[str | None] = [None] * (max(countries) + 1)
    for code, iso3 in countries.items():
        lookup[code] = iso3 or ""
    con.execute("SET VARIABLE baci_iso3 = ?::VARCHAR[]", [lookup])
    con.execute("CREATE TEMP TABLE baci_products AS SELECT unnest(?::VARCHAR[]) AS code", [sorted(products)])


# -- ingest ------------------------------------------------------------------------


def ingest_release(
    store: TradeStore,
    path: str | Path,
    years: Iterable[int] | None = None,
    origin: str | None = None,
    sha256: str | None = None,
    sum_duplicates: bool = False,
) -> IngestResult:
    """Ingest a BACI release zip (optionally only some years) as source ``baci-hs92-v202501`` etc.

    ``origin`` is the address it came from (default: the file's path); ``sha256``
    the zip's checksum when already known (else it is computed here). Rows that
    repeat an exporter–importer–product of their year are refused, with their
    count, unless ``sum_duplicates`` asks to add them up (and a note says so).
    """
    path = Path(path).expanduser().resolve()
    release = open_release(path)
    chosen = _choose_years(release, years)
    info = SourceInfo(
        name=release.name,
        kind="baci",
        nomenclature=release.nomenclature,
        release=release.release,
        sha256=sha256 or file_sha256(path),
        origin=origin or path.as_uri(),
    )
    dropped: dict[int, int] = {}
    without_iso3: list[int] = []
    notes: list[str] = []

    def write(con: duckdb.DuckDBPyConnection, staging: Path) -> None:
        prepare(con)
        with open_zip(path) as archive:
            countries = read_countries(archive, release.countries_member)
            without_iso3.extend(code for code, iso3 in countries.items() if iso3 is None)
            _load_code_tables(con, countries, read_products(archive, release.products_member))
            with tempfile.TemporaryDirectory(prefix="extract-", dir=staging) as scratch:
                for year in chosen:
                    member = release.years[year]
                    file = member.rsplit("/", 1)[-1]
                    _check_header(first_line(archive, member), file)
                    with streamed(archive, member, Path(scratch)) as csv_path:
                        _write_year(
                            con, csv_path, year, staging, release.name, sum_duplicates, notes, bool(without_iso3)
                        )
                    dropped[year] = 0
                    if without_iso3:  # a second pass over the member, only for releases listing such codes
                        with streamed(archive, member, Path(scratch)) as csv_path:
                            dropped[year] = _counted(con, csv_path)
        if not any(staging.glob("year=*/*.parquet")):
            raise PartnerlensError(
                f"{path.name}: every year file holds only its header; no flows to ingest, store unchanged"
            )

    result = ingest(store, info, write)
    return IngestResult(result.source, (*notes, *_dropped_note(dropped, without_iso3), *result.notes))


def _write_year(
    con: duckdb.DuckDBPyConnection,
    csv_path: Path,
    year: int,
    staging: Path,
    name: str,
    sum_duplicates: bool = False,
    notes: list[str] | None = None,
    drops: bool = True,
) -> None:
    """Check and copy one year's CSV to Parquet (a year of only its header is a note, and no file); ``drops``:
    the country table lists codes without ISO3, whose rows are dropped."""
    with _reasons(csv_path.name):
        written = write_year(con, staging, year, _year_sql(csv_path, year, name, drops))
        rows = _check_written(con, written, csv_path.name, sum_duplicates, notes if notes is not None else [])
        if rows == 0:
            shutil.rmtree(written.parent)
            if notes is not None:
                notes.append(f"{csv_path.name} holds no flows (only its header): year {year} was not ingested")


def _counted(con: duckdb.DuckDBPyConnection, csv_path: Path) -> int:
    """Rows of a year's CSV dropped for codes without ISO3 (its rows were checked by :func:`_write_year`)."""
    with _reasons(csv_path.name):
        return _count_without_iso3(con, csv_path)


@contextlib.contextmanager
def _reasons(file: str) -> Iterator[None]:
    """DuckDB's CSV errors as one line naming the file, line and value; ours prefixed with the file."""
    try:
        yield
    except (duckdb.ConversionException, duckdb.InvalidInputException) as exc:
        raise PartnerlensError(_csv_reason(exc, file)) from exc
    except PartnerlensError as exc:
        raise PartnerlensError(f"{file}: {exc}") from exc


def _check_written(
    con: duckdb.DuckDBPyConnection, written: Path, file: str, sum_duplicates: bool, notes: list[str]
) -> int:
    """Rows of a year's Parquet after refusing unknown products and repeated flows (or summing them when asked)."""
    _check_products(con, written)
    parquet = f"read_parquet({sql_string(str(written))})"
    # No two equal 64-bit hashes of the key proves every flow unique; sorting the hashes in NumPy costs a
    # fifth of DuckDB's distinct count over 10M rows. Equal hashes (duplicates, or a collision) are settled
    # by the exact grouping below.
    hashes = con.execute(f"SELECT hash(exporter, importer, product) AS h FROM {parquet}").fetchnumpy()["h"]
    rows = len(hashes)
    hashes.sort()
    if not (hashes[1:] == hashes[:-1]).any():
        return rows
    del hashes
    groups, repeated = one_row(
        con,
        f"SELECT count(*), coalesce(sum(n), 0) FROM "
        f"(SELECT count(*) AS n FROM {parquet} GROUP BY exporter, importer, product HAVING count(*) > 1)",
    )
    if not groups:
        return int(rows)
    if not sum_duplicates:
        raise PartnerlensError(
            f"{groups:,} exporter–importer–product flows appear more than once ({repeated:,} rows); BACI has one row "
            "per flow, so the file is damaged or not BACI (--sum-duplicates adds them up instead)"
        )
    summed = written.with_name("summed.parquet")
    con.execute(
        f"COPY (SELECT year, exporter, importer, product, sum(value_usd) AS value_usd, "
        f"CASE WHEN count(quantity_t) = count(*) THEN sum(quantity_t) END AS quantity_t, source FROM {parquet} "
        f"GROUP BY ALL) TO {sql_string(str(summed))} ({FLOWS_PARQUET})"
    )
    summed.replace(written)
    notes.append(
        f"{file}: summed {repeated:,} rows repeating {groups:,} exporter–importer–product flows (--sum-duplicates)"
    )
    return int(rows) - int(repeated) + int(groups)


def _choose_years(release: Release, years: Iterable[int] | None) -> list[int]:
    if years is None:
        return list(release.years)
    chosen = sorted(set(years))
    absent = [y for y in chosen if y not in release.years]
    if absent:
        have = f"{min(release.years)}–{max(release.years)}"
        raise PartnerlensError(f"{release.path.name} has no year {', '.join(map(str, absent))} (it covers {have})")
    return chosen


def _dropped_note(dropped: dict[int, int], codes: list[int]) -> tuple[str, ...]:
    total = sum(dropped.values())
    if not total:
        return ()
    by_year = ", ".join(f"{year}: {count:,}" for year, count in dropped.items() if count)
    listed = ", ".join(map(str, codes[:10])) + (" …" if len(codes) > 10 else "")
    return (
        f"dropped {total:,} rows whose exporter or importer the country table lists without an ISO3 code "
        f"(codes {listed}; by year {by_year})",
    )
