"""What the evidence sources (BaTiS, IMF direct investment, WITS tariffs) share: files, codes, writing, fetching.

* a publisher's file arrives as a CSV or as a zip holding one CSV
  (:func:`csv_in`), extracted with the BACI reader's checked inflater;
* its header is checked against the columns the source needs
  (:func:`require_columns`), by name, so column order and extra columns do not matter;
* economy codes (ISO3, or ISO2 as BaTiS writes them) are mapped to ISO3
  through the reference economies (:func:`load_iso_codes`);
* rows are written as ``year=YYYY/`` Parquet with the kind's schema
  (:func:`write_partitioned`) and committed through
  :meth:`partnerlens.evidence.EvidenceStore.ingest` — the one atomic path;
* ``data get`` downloads through :func:`partnerlens.sources.download.download`
  (resume, progress, HTML pages refused) and checks the SHA-256 (:func:`fetch`).
"""

from __future__ import annotations

import csv
import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import duckdb

from partnerlens.errors import PartnerlensError
from partnerlens.evidence import SCHEMAS, EvidenceStore
from partnerlens.sources import IngestResult, prepare, sql_string
from partnerlens.sources.baci_release import check_member, extract, file_sha256, open_zip
from partnerlens.sql import one_row
from partnerlens.store import SourceInfo, TradeStore, duckdb_reason

if TYPE_CHECKING:  # the download code (httpx) is loaded by the functions that download or open an archive
    from partnerlens.sources.download import Progress


def evidence_store(store: TradeStore | EvidenceStore) -> EvidenceStore:
    """The evidence store of the workspace a trade store (or evidence store) belongs to."""
    return store if isinstance(store, EvidenceStore) else EvidenceStore(store.workspace)


def existing_file(path: str | Path) -> Path:
    """``path`` made absolute, or one clear error when no such file exists (before anything is read or written)."""
    found = Path(path).expanduser().resolve()
    if not found.is_file():
        raise PartnerlensError(f"{found}: no such file")
    return found


def staged_csv(
    con: duckdb.DuckDBPyConnection, path: Path, scratch: Path, required: tuple[str, ...], what: str
) -> tuple[Path, list[str], str]:
    """The CSV of a download (extracted from its zip into ``scratch``), checked for ``required`` columns, with the
    ISO code table loaded: the file, its header and the SQL that reads it."""
    csv_path = csv_in(path, scratch)
    header = csv_header(csv_path)
    require_columns(path, header, required, what)
    load_iso_codes(con)
    return csv_path, header, read_csv_sql(csv_path, header)


def csv_in(path: Path, scratch: Path, suffixes: tuple[str, ...] = (".csv",)) -> Path:
    """The CSV to read: ``path`` itself, or the one CSV member of the zip at ``path`` extracted to ``scratch``."""
    if not path.is_file():
        raise PartnerlensError(f"{path}: no such file")
    from partnerlens.sources.download import is_zip

    if not is_zip(path):
        return path
    with open_zip(path) as archive:
        members = [m for m in archive.namelist() if m.lower().endswith(suffixes) and not m.endswith("/")]
        if len(members) != 1:
            found = ", ".join(members[:5]) or "none"
            raise PartnerlensError(f"{path.name}: expected one CSV file in the zip, found {found}")
        check_member(path, archive.getinfo(members[0]))
        return extract(archive, members[0], scratch)


def csv_header(path: Path) -> list[str]:
    """The header of a CSV (UTF-8, with or without BOM), cells stripped of spaces and quotes."""
    with path.open("r", encoding="utf-8-sig", errors="replace", newline="") as handle:
        first = next(csv.reader(handle), [])
    return [cell.strip() for cell in first]


def require_columns(path: Path, header: list[str], required: tuple[str, ...], what: str) -> None:
    """Fail with one line when ``header`` lacks any ``required`` column."""
    missing = [c for c in required if c not in header]
    if missing:
        raise PartnerlensError(
            f"{path.name}: not {what}: it lacks column(s) {', '.join(missing)} "
            f"(found {', '.join(header[:12]) or 'no header'})"
        )


def read_csv_sql(path: Path, header: list[str]) -> str:
    """DuckDB ``read_csv`` of every column as text (values are checked and cast in SQL, with clear errors)."""
    columns = "{" + ", ".join(f"{sql_string(c)}: 'VARCHAR'" for c in header) + "}"
    return (
        f"read_csv({sql_string(str(path))}, header = true, auto_detect = false, delim = ',', quote = '\"', "
        f"columns = {columns})"
    )


def load_iso_codes(con: duckdb.DuckDBPyConnection) -> None:
    """Temp table ``iso_codes(code, iso3)``: every ISO3 to itself and every ISO2 to its ISO3 (reference economies)."""
    from partnerlens.reference.economies import economies

    pairs = {}
    for economy in economies().values():
        pairs[economy.iso3.upper()] = economy.iso3.upper()
        if economy.iso2:
            pairs.setdefault(economy.iso2.upper(), economy.iso3.upper())
    con.execute("CREATE OR REPLACE TEMP TABLE iso_codes (code VARCHAR, iso3 VARCHAR)")
    con.executemany("INSERT INTO iso_codes VALUES (?, ?)", list(pairs.items()))


def write_partitioned(con: duckdb.DuckDBPyConnection, staging: Path, kind: str, select_sql: str, file: str) -> int:
    """Write ``select_sql`` (yielding the kind's columns) as ``year=YYYY/`` Parquet; return the rows written."""
    columns = ", ".join(f"CAST({c} AS {t}) AS {c}" for c, t in SCHEMAS[kind].items())
    try:
        con.execute(f"CREATE OR REPLACE TEMP TABLE staged AS SELECT {columns} FROM ({select_sql})")
        (rows,) = one_row(con, "SELECT count(*) FROM staged")
        if rows:
            con.execute(
                f"COPY staged TO {sql_string(str(staging))} "
                "(FORMAT parquet, PARTITION_BY (year), WRITE_PARTITION_COLUMNS true, OVERWRITE_OR_IGNORE true)"
            )
    except (duckdb.ConversionException, duckdb.InvalidInputException) as exc:
        raise PartnerlensError(f"{file}: {duckdb_reason(exc)}") from exc
    return int(rows)


def refuse_duplicates(con: duckdb.DuckDBPyConnection, key: str, file: str, what: str) -> None:
    """Fail when rows of table ``staged`` repeat ``key`` (a comma-separated column list)."""
    (groups,) = one_row(con, f"SELECT count(*) FROM (SELECT 1 FROM staged GROUP BY {key} HAVING count(*) > 1)")
    if groups:
        raise PartnerlensError(
            f"{file}: {groups:,} {what} appear more than once; the file is damaged or not the published layout"
        )


def ingest_evidence(
    store: TradeStore | EvidenceStore,
    info: SourceInfo,
    write: Callable[[duckdb.DuckDBPyConnection, Path], None],
    notes: list[str],
) -> IngestResult:
    """Commit through the evidence store's atomic path (the trade store's protocol); bad input leaves it unchanged."""

    def guarded(con: duckdb.DuckDBPyConnection, staging: Path) -> None:
        prepare(con)
        write(con, staging)

    recorded = evidence_store(store).ingest(info, guarded)
    return IngestResult(recorded, tuple(notes))


def text_file_keeper(what: str) -> Callable[[str, Path, Path], None]:
    """A ``keep`` for :func:`download`: keep a finished CSV or zip, delete an HTML page (a portal's error or login)."""

    def keep(url: str, part: Path, target: Path) -> None:
        with part.open("rb") as handle:
            head = handle.read(512).lstrip().lower()
        if head.startswith((b"<!doctype html", b"<html")) or b"<html" in head or not head:
            part.unlink(missing_ok=True)
            raise PartnerlensError(
                f"{url} answered with {'an HTML page' if head else 'an empty file'}, not {what}; "
                "nothing was kept (check the address and --base-url)"
            )
        os.replace(part, target)

    return keep


def fetch(
    store: TradeStore | EvidenceStore,
    url: str,
    filename: str,
    what: str,
    progress: Progress | None = None,
    expected_sha256: str | None = None,
    headers: dict[str, str] | None = None,
) -> tuple[Path, str, list[str]]:
    """Download ``url`` to ``downloads/filename`` (or reuse a complete earlier download); its path, SHA-256 and notes."""
    from partnerlens.sources.download import check_url, download

    check_url(url)
    target = evidence_store(store).workspace.downloads_dir / filename
    notes: list[str] = []
    if target.exists():
        notes.append(f"reused the earlier download {target}")
    else:
        download(url, target, progress, headers=headers, keep=text_file_keeper(what))
    sha256 = file_sha256(target)
    if expected_sha256 and sha256 != expected_sha256.lower():
        target.unlink()
        raise PartnerlensError(
            f"{target.name}: checksum mismatch (expected sha256 {expected_sha256}, got {sha256}); the file was deleted"
        )
    return target, sha256, notes
