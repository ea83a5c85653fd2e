"""The registry's tables in the workspace database, and the low-level reads and writes on them.

Tables: ``coop_sources`` (documents), ``coop_records`` (events, agreements,
KPIs; fields as JSON plus the columns filters use, and a ``version`` that every
write increments), ``coop_citations`` (record × source × evidence sentence with
offsets), ``coop_history`` (who changed what, when) and ``coop_proposals`` (the
queue ``news review`` works through).

Everything here runs inside a transaction opened by :func:`transaction`;
records pass :func:`~partnerlens.cooperation.records.checked_record` before
any of these functions writes them. The shipped registry
(``data/registry.json``) is seeded by the first migration.
"""

from __future__ import annotations

import getpass
import json
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from importlib import resources

import duckdb

from partnerlens.cooperation.models import Citation, Evidence, Record, Source, parse_record
from partnerlens.cooperation.records import stored_record
from partnerlens.errors import PartnerlensError
from partnerlens.workspace import Workspace, register_migration

SHIPPED_ACTOR = "partnerlens (shipped registry)"
_RECORD_COLUMNS = "id, kind, type, date, date_precision, parties, sectors, data, created_at, updated_at, removed_at"


def default_actor() -> str:
    """Who is making a change, for the history: the operating-system user."""
    try:
        return getpass.getuser()
    except Exception:  # no user database entry (containers)
        return "unknown"


@register_migration("cooperation-001-registry")
def _create_registry(con: duckdb.DuckDBPyConnection) -> None:
    con.execute(
        """
        CREATE TABLE coop_sources (
            id VARCHAR PRIMARY KEY, address VARCHAR, title VARCHAR, publisher VARCHAR, author VARCHAR,
            published DATE, retrieved_at TIMESTAMP, checksum VARCHAR, language VARCHAR, note VARCHAR)
        """
    )
    con.execute(
        """
        CREATE TABLE coop_records (
            id VARCHAR PRIMARY KEY, kind VARCHAR NOT NULL, type VARCHAR, date DATE, date_precision VARCHAR,
            parties VARCHAR[] NOT NULL, sectors VARCHAR[] NOT NULL, data JSON NOT NULL,
            created_at TIMESTAMP NOT NULL, updated_at TIMESTAMP NOT NULL, removed_at TIMESTAMP)
        """
    )
    con.execute(
        """
        CREATE TABLE coop_citations (
            record_id VARCHAR NOT NULL, source_id VARCHAR NOT NULL, evidence_text VARCHAR NOT NULL,
            evidence_start INTEGER NOT NULL, evidence_end INTEGER NOT NULL,
            PRIMARY KEY (record_id, source_id, evidence_start, evidence_end))
        """
    )
    con.execute("CREATE SEQUENCE coop_history_seq")
    con.execute(
        """
        CREATE TABLE coop_history (
            seq BIGINT PRIMARY KEY DEFAULT nextval('coop_history_seq'), record_id VARCHAR NOT NULL,
            action VARCHAR NOT NULL, actor VARCHAR NOT NULL, changed_at TIMESTAMP NOT NULL, changes JSON)
        """
    )
    con.execute(
        """
        CREATE TABLE coop_proposals (
            id VARCHAR PRIMARY KEY, source_id VARCHAR NOT NULL, status VARCHAR NOT NULL, data JSON NOT NULL,
            created_at TIMESTAMP NOT NULL, decided_at TIMESTAMP, decided_by VARCHAR, record_id VARCHAR)
        """
    )
    for record in shipped_records():
        insert(con, record, SHIPPED_ACTOR, action="add")


def shipped_records() -> list[Record]:
    """The curated, cited registry shipped with partnerlens (``cooperation/data/registry.json``)."""
    text = resources.files("partnerlens.cooperation").joinpath("data/registry.json").read_text(encoding="utf-8")
    return [parse_record(item) for item in json.loads(text)["records"]]


def now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None, microsecond=0)


# --- low-level writes (inside a transaction) -------------------------------------------


def upsert_source(con: duckdb.DuckDBPyConnection, source: Source) -> str:
    exists = con.execute("SELECT 1 FROM coop_sources WHERE id = ?", [source.id]).fetchone()
    if not exists:
        con.execute(
            "INSERT INTO coop_sources VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                source.id,
                source.address,
                source.title,
                source.publisher,
                source.author,
                source.published,
                source.retrieved_at.replace(tzinfo=None),
                source.checksum,
                source.language,
                source.note,
            ],
        )
    return source.id


def record_data(record: Record) -> str:
    return record.model_dump_json(exclude={"sources"})


def _indexed(record: Record) -> list:
    """The record's columns that queries filter on, then its JSON: in the order of the table."""
    return [
        record.kind,
        record.type,
        record.date,
        record.date_precision,
        record.parties,
        record.sectors,
        record_data(record),
    ]


def insert(con: duckdb.DuckDBPyConnection, record: Record, actor: str, action: str) -> None:
    at = now()
    con.execute(
        f"INSERT INTO coop_records ({_RECORD_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL)",
        [record.id, *_indexed(record), at, at],
    )
    for citation in record.sources:
        cite(con, record.id, citation)
    log(con, record.id, action, actor, {"record": json.loads(record.model_dump_json())})


def cite(con: duckdb.DuckDBPyConnection, record_id: str, citation: Citation) -> bool:
    source_id = upsert_source(con, citation.source)
    evidence = citation.evidence
    exists = con.execute(
        "SELECT 1 FROM coop_citations WHERE record_id=? AND source_id=? AND evidence_start=? AND evidence_end=?",
        [record_id, source_id, evidence.start, evidence.end],
    ).fetchone()
    if exists:
        return False
    con.execute(
        "INSERT INTO coop_citations VALUES (?, ?, ?, ?, ?)",
        [record_id, source_id, evidence.text, evidence.start, evidence.end],
    )
    return True


def log(con: duckdb.DuckDBPyConnection, record_id: str, action: str, actor: str, changes: dict) -> None:
    con.execute(
        "INSERT INTO coop_history (record_id, action, actor, changed_at, changes) VALUES (?, ?, ?, ?, ?)",
        [record_id, action, actor, now(), json.dumps(changes, ensure_ascii=False, default=str)],
    )


def update(con: duckdb.DuckDBPyConnection, record: Record) -> None:
    con.execute(
        "UPDATE coop_records SET kind=?, type=?, date=?, date_precision=?, parties=?, sectors=?, data=?, updated_at=?,"
        " version = version + 1 WHERE id=?",
        [*_indexed(record), now(), record.id],
    )


def load(con: duckdb.DuckDBPyConnection, ids: list[str]) -> list[Record]:
    if not ids:
        return []
    rows = con.execute("SELECT id, data FROM coop_records WHERE id IN (SELECT unnest(?))", [ids]).fetchall()
    citations = con.execute(
        """
        SELECT c.record_id, c.evidence_text, c.evidence_start, c.evidence_end,
               s.address, s.title, s.publisher, s.author, s.published, s.retrieved_at, s.checksum, s.language, s.note
        FROM coop_citations c JOIN coop_sources s ON s.id = c.source_id
        WHERE c.record_id IN (SELECT unnest(?))
        ORDER BY c.record_id, s.published NULLS LAST, c.source_id, c.evidence_start
        """,
        [ids],
    ).fetchall()
    by_record: dict[str, list[Citation]] = {}
    for row in citations:
        source = Source(
            address=row[4],
            title=row[5],
            publisher=row[6],
            author=row[7],
            published=row[8],
            retrieved_at=row[9],
            checksum=row[10],
            language=row[11],
            note=row[12],
        )
        by_record.setdefault(row[0], []).append(
            Citation(source=source, evidence=Evidence(text=row[1], start=row[2], end=row[3]))
        )
    records = {rid: stored_record(_json_object(data), by_record.get(rid, [])) for rid, data in rows}
    return [records[i] for i in ids if i in records]


def _json_object(text: str) -> dict:
    """The stored JSON of a record (NaN and Infinity, which older versions could write, read as floats)."""
    data = json.loads(text)
    return data if isinstance(data, dict) else {}


@register_migration("cooperation-002-record-version")
def _add_record_version(con: duckdb.DuckDBPyConnection) -> None:
    con.execute("ALTER TABLE coop_records ADD COLUMN version INTEGER DEFAULT 1")


def versions(con: duckdb.DuckDBPyConnection, ids: list[str]) -> dict[str, int]:
    """The current version of each record (every write increments it)."""
    rows = con.execute(
        "SELECT id, coalesce(version, 1) FROM coop_records WHERE id IN (SELECT unnest(?))", [ids]
    ).fetchall()
    return {rid: int(version) for rid, version in rows}


@contextmanager
def transaction(workspace: Workspace) -> Iterator[duckdb.DuckDBPyConnection]:
    """A connection inside one transaction: committed on success, rolled back on any error.

    Two writers that change the same row at once make DuckDB refuse the second
    (a write-write conflict): that is reported as a clear error, never as a lost update.
    """
    with workspace.connect() as con:
        con.execute("BEGIN TRANSACTION")
        try:
            yield con
            con.execute("COMMIT")
        except duckdb.TransactionException as exc:
            con.execute("ROLLBACK")
            raise PartnerlensError(
                "the registry was changed by someone else at the same time; nothing was written, "
                "read the record again and retry"
            ) from exc
        except BaseException:
            con.execute("ROLLBACK")
            raise
