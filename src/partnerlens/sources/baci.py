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

The release is streamed year by year: each year's CSV is extracted to a
temporary file next to the staging directory and read by DuckDB's CSV reader
straight into Parquet (``COPY … TO``); no year is ever held in pandas. Any
bad input raises :class:`PartnerlensError` with a one-line reason and the store
is left unchanged.

Reference: CEPII, *BACI: International Trade Database at the Product-Level*,
Gaulier & Zignago (2010), CEPII Working Paper 2010-23.
"""

from __future__ import annotations

import csv
import hashlib
import io
import re
import shutil
import struct
import tempfile
import zipfile
import zlib
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import duckdb
from isal import isal_zlib

from partnerlens.errors import PartnerlensError
from partnerlens.sources import IngestResult, ingest, prepare, sql_string, write_year
from partnerlens.store import SourceInfo, TradeStore, duckdb_reason

TRADE_COLUMNS = ("t", "i", "j", "k", "v", "q")
_RELEASE = r"(V\d{6}[a-z]?)"
_YEAR_FILE = re.compile(rf"BACI_(HS\d\d)_Y(\d{{4}})_{_RELEASE}\.csv", re.IGNORECASE)
_COUNTRY_FILE = re.compile(rf"country_codes_{_RELEASE}\.csv", re.IGNORECASE)
_PRODUCT_FILE = re.compile(rf"product_codes_(HS\d\d)_{_RELEASE}\.csv", re.IGNORECASE)

# Country table layouts: (code column, ISO3 column), current first.
_COUNTRY_LAYOUTS = (("country_code", "country_iso3"), ("country_code", "iso_3digit_alpha"))
_NO_ISO3 = {"", "N/A", "NA", "NAN"}
_MAX_COUNTRY_CODE = 9999  # BACI's codes are ISO 3166 numeric (3 digits); they index a lookup list
_CHUNK = 4 << 20
FIRST_YEAR = 1962  # the first year of UN Comtrade data, from which BACI is built
_MAX_CODE_LIST = 64 << 20  # bytes of a country or product table; real ones are under 1 MB
_SUPPORTED = {zipfile.ZIP_STORED: "stored", zipfile.ZIP_DEFLATED: "deflate"}


def plausible_years() -> range:
    """Years a trade release can cover: 1962 to next year."""
    return range(FIRST_YEAR, datetime.now(UTC).year + 2)


@dataclass(frozen=True)
class Release:
    """The members of a BACI release zip that ingest reads."""

    path: Path
    nomenclature: str
    release: str
    years: dict[int, str]
    countries_member: str
    products_member: str

    @property
    def name(self) -> str:
        return source_name(self.nomenclature, self.release)


def source_name(nomenclature: str, release: str) -> str:
    """The store's name for a release: ``baci-hs92-v202501``."""
    return f"baci-{nomenclature.lower()}-{release.lower()}"


def file_sha256(path: Path) -> str:
    """SHA-256 of a file, streamed."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def open_release(path: Path) -> Release:
    """Find and check the members of a BACI release zip (without reading the yearly files)."""
    if not path.is_file():
        raise PartnerlensError(f"{path}: no such file")
    with open_zip(path) as archive:
        release = _release_from_members(path, archive.namelist())
        for member in (*release.years.values(), release.countries_member, release.products_member):
            _check_member(path, archive.getinfo(member))
    return release


def open_zip(path: Path) -> zipfile.ZipFile:
    """The zip at ``path``, or one clear error (not a zip, truncated, member names that are not UTF-8)."""
    try:
        return zipfile.ZipFile(path)
    except UnicodeDecodeError as exc:  # before ValueError, of which it is a kind
        raise PartnerlensError(f"{path.name}: a member name is not valid UTF-8; not a BACI release") from exc
    except (zipfile.BadZipFile, OSError, EOFError, ValueError) as exc:
        raise PartnerlensError(f"{path.name}: not a readable zip file (truncated, or not a zip at all)") from exc


def _check_member(path: Path, info: zipfile.ZipInfo) -> None:
    """Refuse members partnerlens cannot read safely: encrypted, or compressed other than stored or deflate."""
    if info.flag_bits & 0x1:
        raise PartnerlensError(f"{path.name}: {info.filename} is encrypted; BACI releases are not")
    if info.compress_type not in _SUPPORTED:
        method = {9: "deflate64", 12: "bzip2", 14: "lzma", 93: "zstandard"}.get(
            info.compress_type, f"method {info.compress_type}"
        )
        raise PartnerlensError(
            f"{path.name}: {info.filename} is compressed with {method}; "
            "partnerlens reads stored or deflate members (as CEPII publishes them)"
        )


def _release_from_members(path: Path, names: Iterable[str]) -> Release:
    years: dict[int, tuple[str, str, str]] = {}  # year → (member, nomenclature, release)
    countries = products = None
    plausible = plausible_years()
    for member in names:
        base = member.rsplit("/", 1)[-1]
        if match := _YEAR_FILE.fullmatch(base):
            year = int(match[2])
            if year not in plausible:
                raise PartnerlensError(
                    f"{path.name}: {base} is for year {year}, outside {plausible.start}–{plausible.stop - 1}"
                )
            if year in years:
                raise PartnerlensError(
                    f"{path.name}: year {year} twice ({years[year][0]} and {member}); one file per year"
                )
            years[year] = (member, match[1].upper(), "V" + match[3][1:])
        elif _COUNTRY_FILE.fullmatch(base):
            countries = member
        elif _PRODUCT_FILE.fullmatch(base):
            products = member
    expected = (
        ("BACI_HS??_Y????_V??????.csv", years),
        ("country_codes_V??????.csv", countries),
        ("product_codes_HS??_V??????.csv", products),
    )
    missing = [label for label, found in expected if not found]
    if missing:
        raise PartnerlensError(f"{path.name}: not a BACI release, it lacks {', '.join(missing)}")
    editions = sorted({(hs, release) for _, hs, release in years.values()})
    if len(editions) > 1:
        raise PartnerlensError(f"{path.name}: mixes releases ({', '.join(' '.join(e) for e in editions)})")
    nomenclature, release = editions[0]
    return Release(path, nomenclature, release, {year: years[year][0] for year in sorted(years)}, countries, products)


# -- code lists ------------------------------------------------------------------


def _read_code_list(archive: zipfile.ZipFile, member: str) -> tuple[list[str], list[dict[str, str]]]:
    """Header and rows of a small code list, decoded as UTF-8 (older releases: Latin-1)."""
    raw = _read_member(archive, member)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = raw.decode("latin-1")
    reader = csv.DictReader(io.StringIO(text))
    header = [h.strip().lower() for h in reader.fieldnames or []]
    reader.fieldnames = header
    return header, [{k: (v or "").strip() for k, v in row.items() if k is not None} for row in reader]


def read_countries(archive: zipfile.ZipFile, member: str) -> dict[int, str | None]:
    """Numeric country code → ISO3 (None when the table gives none), from either table layout."""
    header, rows = _read_code_list(archive, member)
    layout = next((cols for cols in _COUNTRY_LAYOUTS if set(cols) <= set(header)), None)
    if layout is None:
        raise PartnerlensError(
            f"{member}: expected columns country_code and country_iso3 (or iso_3digit_alpha), found {', '.join(header)}"
        )
    code_column, iso3_column = layout
    countries: dict[int, str | None] = {}
    for line, row in enumerate(rows, start=2):
        text = row[code_column]
        if not text.isdigit() or int(text) > _MAX_COUNTRY_CODE:
            raise PartnerlensError(
                f"{member} line {line}: country code {text!r} is not a number up to {_MAX_COUNTRY_CODE}"
            )
        if int(text) in countries:
            raise PartnerlensError(f"{member} line {line}: country code {text} appears twice")
        iso3 = row[iso3_column].upper()
        countries[int(text)] = None if iso3 in _NO_ISO3 else iso3
    if not countries:
        raise PartnerlensError(f"{member}: no countries listed")
    return countries


def read_products(archive: zipfile.ZipFile, member: str) -> set[str]:
    """The product codes of the release, zero-padded to 6 characters."""
    header, rows = _read_code_list(archive, member)
    if "code" not in header:
        raise PartnerlensError(f"{member}: expected columns code,description, found {', '.join(header)}")
    # HS6 codes, their leading zeros possibly lost; a few catalogues carry letters (9999AA: not classified)
    bad = next(
        (row["code"] for row in rows if row["code"] and not re.fullmatch(r"[0-9A-Za-z]{1,6}", row["code"])), None
    )
    if bad is not None:
        raise PartnerlensError(f"{member}: product code {bad[:20]!r} is not an HS6 code (up to 6 digits)")
    codes = {row["code"].zfill(6) for row in rows if row["code"]}
    if not codes:
        raise PartnerlensError(f"{member}: no products listed")
    return codes


def _read_member(archive: zipfile.ZipFile, member: str) -> bytes:
    """A small member (a code list), read with a size limit whatever its header claims."""
    try:
        with archive.open(member) as handle:
            data = handle.read(_MAX_CODE_LIST + 1)
        if len(data) > _MAX_CODE_LIST:
            raise PartnerlensError(
                f"{Path(archive.filename or '').name}: {member} is larger than {_MAX_CODE_LIST >> 20} MB; "
                "not a BACI code list"
            )
        return data
    except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, RuntimeError) as exc:
        raise PartnerlensError(f"{Path(archive.filename or '').name}: {member} is damaged ({exc})") from exc


def _extract(archive: zipfile.ZipFile, member: str, folder: Path) -> Path:
    """Stream one member to a file in ``folder`` (the zip's CSVs are too big to hold in memory)."""
    info = archive.getinfo(member)
    target = folder / member.rsplit("/", 1)[-1]
    try:
        if info.compress_type == zipfile.ZIP_DEFLATED:
            _inflate(Path(archive.filename), info, target)
        else:
            with archive.open(member) as source, target.open("wb") as sink:
                shutil.copyfileobj(source, sink, _CHUNK)
    except (zipfile.BadZipFile, zlib.error, isal_zlib.IsalError, EOFError, NotImplementedError, RuntimeError) as exc:
        raise PartnerlensError(f"{Path(archive.filename or '').name}: {member} is damaged ({exc})") from exc
    return target


def _inflate(path: Path, info: zipfile.ZipInfo, target: Path) -> None:
    """Inflate a deflated member with ISA-L (about twice zlib's speed), checking its size and CRC-32."""
    inflater, crc, size = isal_zlib.decompressobj(-15), 0, 0
    with path.open("rb") as source, target.open("wb") as sink:
        source.seek(info.header_offset)
        header = source.read(zipfile.sizeFileHeader)
        if len(header) != zipfile.sizeFileHeader or header[:4] != zipfile.stringFileHeader:
            raise zipfile.BadZipFile("bad local file header")
        name_length, extra_length = struct.unpack("<HH", header[26:30])
        source.seek(name_length + extra_length, io.SEEK_CUR)
        left = info.compress_size
        while left or inflater.unconsumed_tail:
            chunk = inflater.unconsumed_tail
            if not chunk:
                chunk = source.read(min(left, _CHUNK))
                if not chunk:
                    raise EOFError("the zip ends inside the member")
                left -= len(chunk)
            data = inflater.decompress(chunk, _CHUNK)  # at most _CHUNK bytes out per call: bounded memory
            crc, size = isal_zlib.crc32(data, crc), size + len(data)
            if size > info.file_size:  # a member that lies about its size stops here, not at the end of the disk
                raise zipfile.BadZipFile(
                    f"{info.filename} inflates to more than the {info.file_size:,} bytes it declares"
                )
            sink.write(data)
            if inflater.eof:
                break
        data = inflater.flush()
        crc, size = isal_zlib.crc32(data, crc), size + len(data)
        if size > info.file_size:
            raise zipfile.BadZipFile(f"{info.filename} inflates to more than the {info.file_size:,} bytes it declares")
        sink.write(data)
    if not inflater.eof or size != info.file_size or crc != info.CRC:
        raise zipfile.BadZipFile(f"Bad CRC-32 or size for file {info.filename!r}")


# -- yearly files ------------------------------------------------------------------


def _check_header(path: Path) -> None:
    with path.open("rb") as handle:
        first = handle.readline().decode("utf-8-sig", errors="replace")
    header = [h.strip().strip('"').lower() for h in first.strip().split(",")]
    if tuple(header) != TRADE_COLUMNS:
        raise PartnerlensError(
            f"{path.name}: expected columns {','.join(TRADE_COLUMNS)}, found {','.join(header) or 'none'}"
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


def _year_sql(csv_path: Path, year: int, name: str) -> str:
    """SELECT of one year's flows from its CSV; DuckDB's error() stops the copy at the first bad row.

    Country codes are looked up in the list variable ``baci_iso3`` (index = code + 1: an ISO3, ``''``
    for a code listed without ISO3, NULL for a code not listed), which is much cheaper than a join.
    Rows of codes without ISO3 are dropped here; product codes are checked on the written Parquet.
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

    checked = f"""
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
                coalesce(TRY_CAST(r.q AS DOUBLE),  -- numbers, space-padded or not; then NA, padded NA, blank
                         CASE WHEN r.q IS NULL OR trim(r.q) IN ('NA', '') THEN NULL
                              ELSE error('column q holds ' || chr(39) || r.q || chr(39) || ', not a number of tons') END
                ) AS quantity_t,
                r.q AS q_text,
                {sql_string(name)} AS source
            FROM {source} r
        ) WHERE exporter <> '' AND importer <> ''
    """
    return f"""
        SELECT year, exporter, importer, product, value_usd,
               CASE WHEN quantity_t < 0 OR NOT isfinite(quantity_t)  -- NaN, inf and negative tons (NULL passes)
                    THEN error('column q holds ' || chr(39) || q_text || chr(39) || ', not a number of tons')
                    ELSE quantity_t END AS quantity_t,
               source
        FROM ({checked})
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
    return con.execute(
        f"SELECT count(*) FROM read_csv({sql_string(str(csv_path))}, header = true, auto_detect = false, "
        "columns = {'t': 'VARCHAR', 'i': 'INTEGER', 'j': 'INTEGER', 'k': 'VARCHAR', 'v': 'VARCHAR', 'q': 'VARCHAR'}) r "
        "WHERE getvariable('baci_iso3')[r.i + 1] = '' OR getvariable('baci_iso3')[r.j + 1] = ''"
    ).fetchone()[0]


def _load_code_tables(con: duckdb.DuckDBPyConnection, countries: dict[int, str | None], products: set[str]) -> None:
    lookup = [None] * (max(countries) + 1)
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
                    csv_path = _extract(archive, release.years[year], Path(scratch))
                    try:
                        dropped[year] = _write_year(
                            con, csv_path, year, staging, release.name, bool(without_iso3), sum_duplicates, notes
                        )
                    finally:
                        csv_path.unlink(missing_ok=True)
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
    count_dropped: bool,
    sum_duplicates: bool = False,
    notes: list[str] | None = None,
) -> int:
    """Check and copy one year's CSV to Parquet; return the rows dropped for codes without ISO3."""
    _check_header(csv_path)
    try:
        written = write_year(con, staging, year, _year_sql(csv_path, year, name))
        rows = _check_written(con, written, csv_path.name, sum_duplicates, notes if notes is not None else [])
        if rows == 0:
            shutil.rmtree(written.parent)
            if notes is not None:
                notes.append(f"{csv_path.name} holds no flows (only its header): year {year} was not ingested")
        return _count_without_iso3(con, csv_path) if count_dropped else 0
    except (duckdb.ConversionException, duckdb.InvalidInputException) as exc:
        raise PartnerlensError(_csv_reason(exc, csv_path.name)) from exc
    except PartnerlensError as exc:
        raise PartnerlensError(f"{csv_path.name}: {exc}") from exc


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
    groups, repeated = con.execute(
        f"SELECT count(*), coalesce(sum(n), 0) FROM "
        f"(SELECT count(*) AS n FROM {parquet} GROUP BY exporter, importer, product HAVING count(*) > 1)"
    ).fetchone()
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
        f"GROUP BY ALL) TO {sql_string(str(summed))} (FORMAT parquet)"
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
