"""Tariffs from WITS (World Bank) over UNCTAD TRAINS: applied, MFN and preferential rates by importer, partner, HS6.

A WITS *Advanced Query → Tariff* download (a job's zip holding one CSV, or the
CSV itself) has one row per reporter (importer), partner, product, year and
duty type, with these columns (names as WITS writes them; spaces, case and
underscores do not matter here)::

    Selected Nomen, Native Nomen, Reporter, Reporter Name, Partner, Partner Name,
    Product, Product Name, Tariff Year, Trade Year, Trade Source, Duty Type,
    Simple Average, Weighted Average, Standard Deviation, Minimum Rate,
    Maximum Rate, Nbr of Total Lines, …

* ``Reporter`` / ``Partner``: ISO3 codes; partner ``WLD`` (or ``000``) is the
  MFN rate every WTO member faces and is stored with exporter ``*``; a group
  code that is not an economy (``EU``, ``N37`` for MERCOSUR …) is dropped and
  counted in a note — ask WITS for partners one by one when you need them;
* ``Product``: HS6 at the *selected* nomenclature (choose ``H0`` — HS 1988/92 —
  in WITS to match a BACI HS92 store; the ingest records it and warns on another);
* ``Duty Type``: ``MFN`` (MFN applied), ``PRF`` (preferential), ``AHS``
  (effectively applied: the lowest available), ``BND`` (bound; skipped);
* ``Simple Average``: the HS6 rate in percent (average of the national tariff
  lines of the HS6, ad-valorem and ad-valorem equivalents) → a fraction here.

The store keeps HS6 rates; :mod:`partnerlens.analytics.tariffs` chooses the
applied rate for a pair (AHS, else the lower of PRF and MFN, else MFN) and
aggregates HS6 to the analysis' HS level weighted by the importer's imports.
"""

from __future__ import annotations

import re
import tempfile
from pathlib import Path

import duckdb

from partnerlens.errors import PartnerlensError
from partnerlens.sources import IngestResult, sql_string
from partnerlens.sources.baci import file_sha256, plausible_years
from partnerlens.sources.download import Progress, check_url
from partnerlens.sources.tabular import (
    csv_header,
    csv_in,
    existing_file,
    fetch,
    ingest_evidence,
    load_iso_codes,
    read_csv_sql,
    refuse_duplicates,
    require_columns,
    write_partitioned,
)
from partnerlens.sql import one_row
from partnerlens.store import SourceInfo, TradeStore

KIND = "tariffs"
NAME = "wits-tariffs"
REGIMES = ("MFN", "PRF", "AHS")
WORLD = ("WLD", "000", "WORLD")
REQUIRED = ("reporter", "partner", "product", "tariffyear", "dutytype", "simpleaverage")
DEFAULT_FILE = "wits_tariffs.zip"
NOMENCLATURES = {"H0": "HS92", "H1": "HS96", "H2": "HS02", "H3": "HS07", "H4": "HS12", "H5": "HS17", "H6": "HS22"}


def _key(column: str) -> str:
    return re.sub(r"[\s_]+", "", column).lower()


def _select(csv_sql: str, columns: dict[str, str], name: str) -> str:
    """SELECT of the stored rows; ``columns`` maps normalised names to the file's own."""

    def col(key: str) -> str:
        return f'r."{columns[key]}"'

    years = plausible_years()
    rate = f"TRY_CAST(trim({col('simpleaverage')}) AS DOUBLE)"
    lines = f"TRY_CAST(trim({col('nbroftotallines')}) AS INTEGER)" if "nbroftotallines" in columns else "NULL"
    world = ", ".join(sql_string(w) for w in WORLD)
    return f"""
        SELECT year, imp.iso3 AS importer, CASE WHEN v.partner_code IN ({world}) THEN '*' ELSE exp.iso3 END AS exporter,
               product, regime, rate, lines, {sql_string(name)} AS source
        FROM (
            SELECT
                CASE WHEN TRY_CAST(trim({col("tariffyear")}) AS INTEGER) BETWEEN {years.start} AND {years.stop - 1}
                     THEN TRY_CAST(trim({col("tariffyear")}) AS INTEGER)
                     ELSE error('Tariff Year holds ' || chr(39) || coalesce({col("tariffyear")}, 'blank') || chr(39) || ', not a year') END AS year,
                upper(trim({col("reporter")})) AS reporter_code, upper(trim({col("partner")})) AS partner_code,
                CASE WHEN regexp_full_match(trim({col("product")}), '[0-9]{{5,6}}') THEN lpad(trim({col("product")}), 6, '0')
                     ELSE error('Product holds ' || chr(39) || coalesce({col("product")}, 'blank') || chr(39) || ', not an HS6 code') END AS product,
                upper(trim({col("dutytype")})) AS regime,
                CASE WHEN isfinite({rate}) AND {rate} >= 0 AND {rate} < 100000 THEN {rate} / 100.0
                     ELSE error('Simple Average holds ' || chr(39) || coalesce({col("simpleaverage")}, 'blank') || chr(39) || ', not a rate in percent') END AS rate,
                {lines} AS lines
            FROM {csv_sql} r
            WHERE upper(trim({col("dutytype")})) IN ({", ".join(sql_string(r) for r in REGIMES)})
        ) v
        JOIN iso_codes imp ON imp.code = v.reporter_code
        LEFT JOIN iso_codes exp ON exp.code = v.partner_code
        WHERE v.partner_code IN ({world}) OR exp.iso3 IS NOT NULL
    """


def ingest_tariffs(
    store: TradeStore,
    path: str | Path,
    origin: str | None = None,
    sha256: str | None = None,
    release: str | None = None,
) -> IngestResult:
    """Ingest a WITS tariff download (zip or CSV) as source ``wits-tariffs``."""
    path = existing_file(path)
    notes: list[str] = []

    def write(con: duckdb.DuckDBPyConnection, staging: Path) -> None:
        with tempfile.TemporaryDirectory(prefix="extract-", dir=staging) as scratch:
            csv_path = csv_in(path, Path(scratch))
            header = csv_header(csv_path)
            columns = {_key(c): c for c in header}
            require_columns(
                path,
                list(columns),
                REQUIRED,
                "a WITS tariff download (Reporter, Partner, Product, Tariff Year, Duty Type, Simple Average)",
            )
            load_iso_codes(con)
            csv_sql = read_csv_sql(csv_path, header)
            _check_nomenclature(con, csv_sql, columns, path.name, info.nomenclature)
            rows = write_partitioned(con, staging, KIND, _select(csv_sql, columns, NAME), csv_path.name)
            refuse_duplicates(
                con,
                "year, importer, exporter, product, regime",
                csv_path.name,
                "importer–partner–product–duty type–year rates",
            )
            total, other = one_row(
                con,
                f'SELECT count(*), count(*) FILTER (WHERE upper(trim(r."{columns["dutytype"]}")) NOT IN '
                f"({', '.join(sql_string(r) for r in REGIMES)})) FROM {csv_sql} r",
            )
        if not rows:
            raise PartnerlensError(
                f"{path.name}: no MFN, preferential or applied rates between economies; store unchanged"
            )
        if other:
            notes.append(f"skipped {other:,} rows of bound (BND) or other duty types")
        if total - other > rows:
            notes.append(f"dropped {total - other - rows:,} rows whose reporter or partner is a group, not an economy")

    info = SourceInfo(
        name=NAME,
        kind=KIND,
        nomenclature=_nomenclature_of(path),
        release=release,
        sha256=sha256 or file_sha256(path),
        origin=origin or path.as_uri(),
    )
    if info.nomenclature != "HS92":
        notes.append(
            f"tariffs are in {info.nomenclature}; a BACI HS92 store matches H0 "
            "(choose HS 1988/92 as the selected nomenclature in WITS)"
        )
    return ingest_evidence(store, info, write, notes)


def _nomenclature_of(path: Path) -> str:
    """The file's selected nomenclature (``H0`` → HS92 …) from its first data row; HS92 when the column is absent."""
    import csv as _csv

    with tempfile.TemporaryDirectory(prefix="partnerlens-wits-") as scratch:
        csv_path = csv_in(path, Path(scratch))
        with csv_path.open("r", encoding="utf-8-sig", errors="replace", newline="") as handle:
            reader = _csv.reader(handle)
            header = [_key(c) for c in next(reader, [])]
            first = next(reader, [])
    if "selectednomen" not in header or len(first) <= header.index("selectednomen"):
        return "HS92"
    code = first[header.index("selectednomen")].strip().upper()
    return NOMENCLATURES.get(code, code or "HS92")


def _check_nomenclature(
    con: duckdb.DuckDBPyConnection, csv_sql: str, columns: dict[str, str], file: str, expected: str
) -> None:
    """Refuse a file that mixes selected nomenclatures (one HS per source)."""
    if "selectednomen" not in columns:
        return
    found = {
        n
        for (n,) in con.execute(
            f'SELECT DISTINCT upper(trim(r."{columns["selectednomen"]}")) FROM {csv_sql} r'
        ).fetchall()
        if n
    }
    if len(found) > 1:
        raise PartnerlensError(f"{file}: mixes nomenclatures {', '.join(sorted(found))}; one per file")


def download_url(url: str | None, base_url: str | None, filename: str = DEFAULT_FILE) -> str:
    """The address to fetch: ``--url`` as given, else ``{--base-url}/{file}``; WITS has no public fixed address."""
    if url:
        check_url(url)
        return url
    if base_url:
        full = f"{base_url.rstrip('/')}/{filename}"
        check_url(full)
        return full
    raise PartnerlensError(
        "WITS tariff downloads are prepared per user: give --url with the address of your "
        "download job (WITS → Results → Download), or run `partnerlens data ingest tariffs FILE`"
    )


def get_tariffs(
    store: TradeStore,
    url: str | None = None,
    base_url: str | None = None,
    filename: str = DEFAULT_FILE,
    expected_sha256: str | None = None,
    progress: Progress | None = None,
) -> IngestResult:
    """Download a WITS tariff file (resumable, checksummed) and ingest it."""
    address = download_url(url, base_url, filename)
    name = address.rsplit("/", 1)[-1].split("?")[0] or DEFAULT_FILE
    target, sha256, notes = fetch(store, address, f"wits-{name}", "a WITS tariff file", progress, expected_sha256)
    result = ingest_tariffs(store, target, origin=address, sha256=sha256)
    return IngestResult(result.source, (*notes, *result.notes))
