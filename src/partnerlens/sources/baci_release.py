"""A CEPII BACI release zip, read safely: its members (yearly CSVs, country and product tables) found and
checked, the code tables read, a yearly CSV extracted for DuckDB. What :mod:`partnerlens.sources.baci` ingests;
also the zip reading that other zipped sources share (:mod:`partnerlens.sources.tabular`)."""

from __future__ import annotations

import contextlib
import csv
import hashlib
import io
import os
import re
import shutil
import struct
import threading
import zipfile
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import BinaryIO, cast

from isal import isal_zlib

from partnerlens.errors import PartnerlensError

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
_HEADER_BYTES = 1 << 16  # read for a member's header line
FIRST_YEAR = 1962  # the first year of UN Comtrade data, from which BACI is built
_MAX_CODE_LIST = 64 << 20  # bytes of a country or product table; real ones are under 1 MB
_LOCAL_HEADER_SIZE, _LOCAL_HEADER_MAGIC = 30, b"PK\x03\x04"  # a zip member's local file header (APPNOTE 4.3.7)
_ISAL_ERROR = cast("type[Exception]", isal_zlib.IsalError)  # its stub declares an instance, not a class
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
            check_member(path, archive.getinfo(member))
    return release


def open_zip(path: Path) -> zipfile.ZipFile:
    """The zip at ``path``, or one clear error (not a zip, truncated, member names that are not UTF-8)."""
    try:
        return zipfile.ZipFile(path)
    except UnicodeDecodeError as exc:  # before ValueError, of which it is a kind
        raise PartnerlensError(f"{path.name}: a member name is not valid UTF-8; not a BACI release") from exc
    except (zipfile.BadZipFile, OSError, EOFError, ValueError) as exc:
        raise PartnerlensError(f"{path.name}: not a readable zip file (truncated, or not a zip at all)") from exc


def check_member(path: Path, info: zipfile.ZipInfo) -> None:
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
    if missing or countries is None or products is None:
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


def extract(archive: zipfile.ZipFile, member: str, folder: Path) -> Path:
    """Stream one member to a file in ``folder`` (the zip's CSVs are too big to hold in memory)."""
    info = archive.getinfo(member)
    target = folder / member.rsplit("/", 1)[-1]
    try:
        if info.compress_type == zipfile.ZIP_DEFLATED:
            _inflate(Path(archive.filename or member), info, target)
        else:
            with archive.open(member) as source, target.open("wb") as sink:
                shutil.copyfileobj(source, sink, _CHUNK)
    except (zipfile.BadZipFile, zlib.error, _ISAL_ERROR, EOFError, NotImplementedError, RuntimeError) as exc:
        raise PartnerlensError(f"{Path(archive.filename or '').name}: {member} is damaged ({exc})") from exc
    return target


def first_line(archive: zipfile.ZipFile, member: str) -> str:
    """The first line of a member (its header), from its first block only; not checked, as the whole member is
    when it is streamed (:func:`streamed`), so that a damaged or oversized member fails there with its reason."""
    info = archive.getinfo(member)
    try:
        with Path(archive.filename or member).open("rb") as source:
            _seek_data(source, info)
            start = source.read(min(info.compress_size, _HEADER_BYTES))
        if info.compress_type == zipfile.ZIP_DEFLATED:
            start = isal_zlib.decompressobj(-15).decompress(start, _HEADER_BYTES)
    except (zipfile.BadZipFile, _ISAL_ERROR) as exc:
        raise PartnerlensError(f"{Path(archive.filename or '').name}: {member} is damaged ({exc})") from exc
    return start[: info.file_size].split(b"\n", 1)[0].decode("utf-8-sig", errors="replace")


@contextlib.contextmanager
def streamed(archive: zipfile.ZipFile, member: str, folder: Path) -> Iterator[Path]:
    """A named pipe in ``folder`` that a thread fills with the member, as :func:`extract` would write it.

    DuckDB reads the pipe as it would the extracted file, so the CSV is never written to disk nor read back
    (issue 16: inflating to a file and reading it cost more CPU than the pipe's sequential read). The member is
    still inflated by :func:`extract` (ISA-L, size and CRC-32 checked): a damaged member fails this block with
    extract's error, even when the reader stopped first on the truncated text. On the way out the pipe is
    drained until the thread ends, so a reader that failed or never opened it cannot leave the thread blocked.
    """
    if not hasattr(os, "mkfifo"):  # no named pipes (Windows): the extracted file, as before
        extracted = extract(archive, member, folder)
        try:
            yield extracted
        finally:
            extracted.unlink(missing_ok=True)
        return
    pipe = folder / member.rsplit("/", 1)[-1]
    os.mkfifo(pipe, 0o600)
    failure: list[BaseException] = []

    def feed() -> None:
        try:
            extract(archive, member, folder)
        except BaseException as exc:  # handed to the reading thread below
            failure.append(exc)

    feeder = threading.Thread(target=feed, name=f"inflate {pipe.name}", daemon=True)
    feeder.start()
    try:
        yield pipe
    except BaseException as exc:
        _drain(pipe, feeder)
        if failure and not isinstance(failure[0], BrokenPipeError):
            raise failure[0] from exc  # the member is damaged: that, not the reader's view of its text, is the reason
        raise
    finally:
        _drain(pipe, feeder)
        pipe.unlink(missing_ok=True)
    if failure:
        raise failure[0]


def _drain(pipe: Path, feeder: threading.Thread) -> None:
    """Read and discard what is left in ``pipe`` until ``feeder`` has ended (opening it unblocks a waiting writer)."""
    if not feeder.is_alive():
        return
    handle = os.open(pipe, os.O_RDONLY | os.O_NONBLOCK)
    try:
        while feeder.is_alive():
            try:
                if os.read(handle, _CHUNK):
                    continue
            except BlockingIOError:
                pass
            feeder.join(0.01)
    finally:
        os.close(handle)


def _seek_data(source: BinaryIO, info: zipfile.ZipInfo) -> None:
    """Move ``source`` (the zip file) to the first byte of the member's data, past its local header."""
    source.seek(info.header_offset)
    header = source.read(_LOCAL_HEADER_SIZE)
    if len(header) != _LOCAL_HEADER_SIZE or header[:4] != _LOCAL_HEADER_MAGIC:
        raise zipfile.BadZipFile("bad local file header")
    name_length, extra_length = struct.unpack("<HH", header[26:30])
    source.seek(name_length + extra_length, io.SEEK_CUR)


def _inflate(path: Path, info: zipfile.ZipInfo, target: Path) -> None:
    """Inflate a deflated member with ISA-L (about twice zlib's speed), checking its size and CRC-32."""
    inflater, crc, size = isal_zlib.decompressobj(-15), 0, 0
    with path.open("rb") as source, target.open("wb") as sink:
        _seek_data(source, info)
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
