"""The registry and the proposal queue in the workspace database (DuckDB).

Tables: ``coop_sources`` (documents), ``coop_records`` (events, agreements,
KPIs; fields as JSON plus the columns filters use), ``coop_citations`` (record ×
source × evidence sentence with offsets), ``coop_history`` (who changed what,
when — every add, edit, citation, merge, removal and import), and
``coop_proposals`` (the pending queue that ``news review`` works through).

Every write is one transaction: it happens whole or not at all. Nothing is
overwritten silently: ``edit`` takes explicit fields and records old and new
values; ``import_records`` refuses records that would change existing ones and
says which. The shipped registry (``data/registry.json``) is seeded by the
migration, so every new workspace has it.
"""

from __future__ import annotations

import getpass
import json
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from importlib import resources

import duckdb

from partnerlens.cooperation.models import (
    Citation,
    Evidence,
    Proposal,
    Record,
    Source,
    dates_compatible,
    parse_record,
    validation_message,
)
from partnerlens.errors import NoDataError, PartnerlensError
from partnerlens.workspace import Workspace, register_migration

SHIPPED_ACTOR = "partnerlens (shipped registry)"


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
        _insert(con, record, SHIPPED_ACTOR, action="add")


def shipped_records() -> list[Record]:
    """The curated, cited registry shipped with partnerlens (``cooperation/data/registry.json``)."""
    text = resources.files("partnerlens.cooperation").joinpath("data/registry.json").read_text(encoding="utf-8")
    return [parse_record(item) for item in json.loads(text)["records"]]


def _now() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None, microsecond=0)


# --- low-level writes (inside a transaction) -------------------------------------------


def _upsert_source(con: duckdb.DuckDBPyConnection, source: Source) -> str:
    exists = con.execute("SELECT 1 FROM coop_sources WHERE id = ?", [source.id]).fetchone()
    if not exists:
        con.execute(
            "INSERT INTO coop_sources VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [source.id, source.address, source.title, source.publisher, source.author, source.published,
             source.retrieved_at.replace(tzinfo=None), source.checksum, source.language, source.note],
        )
    return source.id


def _record_data(record: Record) -> str:
    return record.model_dump_json(exclude={"sources"})


def _insert(con: duckdb.DuckDBPyConnection, record: Record, actor: str, action: str) -> None:
    now = _now()
    con.execute(
        "INSERT INTO coop_records VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL)",
        [record.id, record.kind, record.type, record.date, record.date_precision, record.parties, record.sectors,
         _record_data(record), now, now],
    )
    for citation in record.sources:
        _cite(con, record.id, citation)
    _log(con, record.id, action, actor, {"record": json.loads(record.model_dump_json())})


def _cite(con: duckdb.DuckDBPyConnection, record_id: str, citation: Citation) -> bool:
    source_id = _upsert_source(con, citation.source)
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


def _log(con: duckdb.DuckDBPyConnection, record_id: str, action: str, actor: str, changes: dict) -> None:
    con.execute(
        "INSERT INTO coop_history (record_id, action, actor, changed_at, changes) VALUES (?, ?, ?, ?, ?)",
        [record_id, action, actor, _now(), json.dumps(changes, ensure_ascii=False, default=str)],
    )


def _update(con: duckdb.DuckDBPyConnection, record: Record) -> None:
    con.execute(
        "UPDATE coop_records SET kind=?, type=?, date=?, date_precision=?, parties=?, sectors=?, data=?, updated_at=?"
        " WHERE id=?",
        [record.kind, record.type, record.date, record.date_precision, record.parties, record.sectors,
         _record_data(record), _now(), record.id],
    )


def _load(con: duckdb.DuckDBPyConnection, ids: list[str]) -> list[Record]:
    if not ids:
        return []
    rows = con.execute(
        "SELECT id, data FROM coop_records WHERE id IN (SELECT unnest(?))", [ids]
    ).fetchall()
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
            address=row[4], title=row[5], publisher=row[6], author=row[7], published=row[8],
            retrieved_at=row[9], checksum=row[10], language=row[11], note=row[12],
        )
        by_record.setdefault(row[0], []).append(
            Citation(source=source, evidence=Evidence(text=row[1], start=row[2], end=row[3]))
        )
    records = {rid: Record.model_validate(json.loads(data) | {"sources": by_record.get(rid, [])}) for rid, data in rows}
    return [records[i] for i in ids if i in records]


# --- the registry ----------------------------------------------------------------------


@contextmanager
def _transaction(workspace: Workspace) -> Iterator[duckdb.DuckDBPyConnection]:
    """A connection inside one transaction: committed on success, rolled back on any error."""
    with workspace.connect() as con:
        con.execute("BEGIN TRANSACTION")
        try:
            yield con
            con.execute("COMMIT")
        except BaseException:
            con.execute("ROLLBACK")
            raise


@dataclass
class ImportReport:
    added: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    conflicts: list[dict] = field(default_factory=list)


class Registry:
    """Events, agreements and KPIs of one workspace, with their citations and history."""

    def __init__(self, workspace: Workspace):
        self.workspace = workspace

    # queries

    def list(
        self,
        party: str | None = None,
        sector: str | None = None,
        since: date | None = None,
        kind: str | None = None,
        include_removed: bool = False,
    ) -> list[Record]:
        """Records, filtered: ``party`` (a name, code or group; a group matches its members too),
        ``sector`` (id, label or synonym), ``since`` (dated on or after), ``kind``."""
        where, params = ["TRUE"], []
        if not include_removed:
            where.append("removed_at IS NULL")
        if party:
            codes = _party_codes(party)
            where.append("len(list_intersect(parties, ?)) > 0")
            params.append(codes)
        if sector:
            from partnerlens.reference.sectors import resolve_sector

            where.append("list_contains(sectors, ?)")
            params.append(resolve_sector(sector).id)
        if since:
            where.append("date >= ?")
            params.append(since)
        if kind:
            where.append("kind = ?")
            params.append(kind)
        with self.workspace.connect() as con:
            ids = [row[0] for row in con.execute(
                f"SELECT id FROM coop_records WHERE {' AND '.join(where)} ORDER BY date NULLS LAST, id", params
            ).fetchall()]
            return _load(con, ids)

    def get(self, record_id: str) -> Record:
        with self.workspace.connect() as con:
            found = _load(con, [record_id])
            removed = con.execute("SELECT removed_at FROM coop_records WHERE id = ?", [record_id]).fetchone()
        if not found:
            raise NoDataError(f"no registry record {record_id!r}; `partnerlens registry list` shows them")
        if removed and removed[0] is not None:
            raise NoDataError(f"registry record {record_id!r} was removed on {removed[0]:%Y-%m-%d}")
        return found[0]

    def history(self, record_id: str) -> list[dict]:
        with self.workspace.connect() as con:
            rows = con.execute(
                "SELECT action, actor, changed_at, changes FROM coop_history WHERE record_id = ? ORDER BY seq", [record_id]
            ).fetchall()
        if not rows:
            raise NoDataError(f"no registry record {record_id!r}")
        return [{"action": a, "actor": who, "at": at, "changes": json.loads(c) if c else None} for a, who, at, c in rows]

    # writes

    def add(self, record: Record, actor: str | None = None) -> Record:
        """Add a new record; an existing id is an error (use ``edit``)."""
        with _transaction(self.workspace) as con:
            if con.execute("SELECT 1 FROM coop_records WHERE id = ?", [record.id]).fetchone():
                raise PartnerlensError(f"registry record {record.id!r} already exists; use `registry edit` to change it")
            _insert(con, record, actor or default_actor(), action="add")
        return self.get(record.id)

    def edit(self, record_id: str, changes: dict, actor: str | None = None) -> Record:
        """Change the named fields of a record (explicit fields only); the history keeps old and new values."""
        if not changes:
            raise PartnerlensError("nothing to change: name the fields to edit (e.g. --set date=2025-09-20)")
        if "sources" in changes or "id" in changes:
            raise PartnerlensError("the id and the sources of a record cannot be edited")
        current = self.get(record_id)
        data = current.model_dump(mode="json") | changes
        updated = parse_record(data)
        before = current.model_dump(mode="json")
        after = updated.model_dump(mode="json")
        diff = {k: [before[k], after[k]] for k in changes if before.get(k) != after.get(k)}
        if not diff:
            return current
        with _transaction(self.workspace) as con:
            _update(con, updated)
            _log(con, record_id, "edit", actor or default_actor(), diff)
        return self.get(record_id)

    def remove(self, record_id: str, actor: str | None = None, reason: str | None = None) -> None:
        """Mark a record removed (it stays in the history and can be listed with ``include_removed``)."""
        self.get(record_id)
        with _transaction(self.workspace) as con:
            con.execute("UPDATE coop_records SET removed_at = ? WHERE id = ?", [_now(), record_id])
            _log(con, record_id, "remove", actor or default_actor(), {"reason": reason})

    def import_records(self, records: list[Record], actor: str | None = None, skip_conflicts: bool = False) -> ImportReport:
        """Add records from an export. Identical ones are skipped; ones that would change an existing
        record are conflicts: reported, and — unless ``skip_conflicts`` — nothing is imported."""
        report = ImportReport()
        with _transaction(self.workspace) as con:
            existing = {r.id: r for r in _load(con, [row[0] for row in con.execute("SELECT id FROM coop_records").fetchall()])}
            for record in records:
                old = existing.get(record.id)
                if old is None:
                    report.added.append(record.id)
                elif _same(old, record):
                    report.unchanged.append(record.id)
                else:
                    report.conflicts.append({"id": record.id, "fields": _differences(old, record)})
            if report.conflicts and not skip_conflicts:
                return report
            chosen = {r.id: r for r in records if r.id in report.added}
            for record in chosen.values():
                _insert(con, record, actor or default_actor(), action="import")
        return report

    def export(self) -> list[Record]:
        return self.list()

    # proposals → records

    def accept(self, proposal: Proposal, source: Source, actor: str | None = None, window_days: int = 3) -> tuple[str, bool]:
        """Turn a proposal into a record, or into one more citation of the same event already recorded
        (see :func:`_accept`). Returns (record id, merged?)."""
        with _transaction(self.workspace) as con:
            return _accept(con, proposal, source, actor or default_actor(), window_days)


def _accept(con: duckdb.DuckDBPyConnection, proposal: Proposal, source: Source, actor: str, window_days: int) -> tuple[str, bool]:
    """The same event is: same kind, same or compatible type, the same parties, dates within
    ``window_days`` (or equal at the coarser precision); KPIs: same metric and date."""
    record = proposal_record(proposal, source)
    match = _find_same(con, record, window_days)
    if match is None:
        if con.execute("SELECT 1 FROM coop_records WHERE id = ?", [record.id]).fetchone():
            record = record.model_copy(update={"id": record.id + "-" + source.id[-4:]})
        _insert(con, record, actor, action="add")
        return record.id, False
    changes = _merge(con, match, record)
    _log(con, match.id, "merge", actor, changes)
    return match.id, True


def _same(a: Record, b: Record) -> bool:
    return _comparable(a) == _comparable(b)


def _comparable(record: Record) -> dict:
    data = json.loads(record.model_dump_json())
    data["sources"] = sorted(
        (c["source"].get("checksum") or c["source"].get("address") or "", c["evidence"]["start"], c["evidence"]["end"], c["evidence"]["text"])
        for c in data["sources"]
    )
    return data


def _differences(a: Record, b: Record) -> list[str]:
    left, right = _comparable(a), _comparable(b)
    return sorted(k for k in left.keys() | right.keys() if left.get(k) != right.get(k))


def _party_codes(text: str) -> list[str]:
    """The codes a ``--party`` filter matches: the party itself, and for a group its members."""
    from partnerlens.reference import resolve_party

    party = resolve_party(text)
    return sorted({party.code, *party.members}) if party.is_group else [party.code]


def proposal_record(proposal: Proposal, source: Source) -> Record:
    """The registry record a proposal would become, citing ``source`` for each evidence sentence."""
    from partnerlens.cooperation.models import record_id

    if proposal.kind == "claim":
        raise PartnerlensError("trade claims are checked (`partnerlens check`), not recorded in the registry")
    citations = [Citation(source=source, evidence=e) for e in [proposal.evidence, *proposal.also]]
    extra = proposal.metric or proposal.title or ""
    if proposal.kind == "kpi" and proposal.value is not None:  # two targets of one pair ($15 billion, then $25 billion)
        extra += f"|{proposal.value:g}"
    data = proposal.model_dump(
        include={"kind", "type", "date", "date_precision", "parties", "place", "people", "bodies", "sectors",
                 "title", "instrument", "status", "count", "metric", "value", "unit"}
    )
    try:
        return Record(id=record_id(proposal.kind, proposal.type, proposal.parties, proposal.date, extra), sources=citations, **data)
    except ValueError as exc:
        raise PartnerlensError(f"the proposal cannot be recorded: {validation_message(exc)}") from exc


def _find_same(con: duckdb.DuckDBPyConnection, record: Record, window_days: int) -> Record | None:
    """The recorded event ``record`` repeats, if any (see :func:`_accept`).

    Among several candidates, the one already citing the same sentence wins; else a
    dated record takes the nearest date, an undated one the candidate sharing the
    most people with it, and none when that does
    not single one out ("Kagame's recent visit" next to visits of 2015 and 2025).
    """
    rows = con.execute("SELECT id FROM coop_records WHERE removed_at IS NULL AND kind = ?", [record.kind]).fetchall()
    records = _load(con, [r[0] for r in rows])
    if record.kind == "kpi":
        return next((c for c in records if _same_kpi(c, record)), None)
    candidates = [
        c for c in records
        if c.parties == record.parties
        and _types_match(c.type, record.type)
        and dates_compatible(c, record, window_days if c.type == record.type else 0)
    ]
    if len(candidates) <= 1:
        return candidates[0] if candidates else None
    cited = {(c.source.id, c.evidence.start, c.evidence.end) for c in record.sources}
    citing = [c for c in candidates if cited & {(s.source.id, s.evidence.start, s.evidence.end) for s in c.sources}]
    if len(citing) == 1:  # the registry already cites this very sentence for one of them
        return citing[0]
    if record.date is not None:
        dated = [c for c in candidates if c.date is not None]
        return min(dated, key=lambda c: abs((c.date - record.date).days)) if dated else None
    names = {p.name for p in record.people}
    scored = sorted(((len(names & {p.name for p in c.people}), c) for c in candidates), key=lambda pair: -pair[0])
    best, runner_up = scored[0][0], scored[1][0]
    return scored[0][1] if best > 0 and best > runner_up else None


def _same_kpi(recorded: Record, new: Record) -> bool:
    """A KPI value repeats one recorded: same date and value, its parties among the recorded ones, same unit."""
    return (
        recorded.date == new.date
        and recorded.value == new.value
        and set(new.parties) <= set(recorded.parties)
        and (recorded.unit or "").casefold() == (new.unit or "").casefold()
    )


def _types_match(a: str | None, b: str | None) -> bool:
    visits = {"state_visit", "official_visit", "working_visit", "visit"}
    return a == b or (a in visits and b in visits and "visit" in (a, b))


def _merge(con: duckdb.DuckDBPyConnection, existing: Record, new: Record) -> dict:
    """Add ``new``'s citations to ``existing`` and fill what it lacks (never replacing a value it has)."""
    added = [c.evidence.text[:80] for c in new.sources if _cite(con, existing.id, c)]
    filled = {}
    update: dict = {}
    if existing.date is None and new.date is not None:
        update |= {"date": new.date, "date_precision": new.date_precision}
    if existing.type == "visit" and new.type != "visit":
        update["type"] = new.type
    for name in ("sectors", "bodies"):
        union = list(dict.fromkeys(getattr(existing, name) + getattr(new, name)))
        if union != getattr(existing, name):
            update[name] = union
    people = list(dict.fromkeys(existing.people + [p for p in new.people if p.name not in {q.name for q in existing.people}]))
    if people != existing.people:
        update["people"] = people
    for name in ("place", "title", "instrument", "status", "count"):
        if getattr(existing, name) is None and getattr(new, name) is not None:
            update[name] = getattr(new, name)
    if update:
        merged = existing.model_copy(update=update)
        _update(con, merged)
        filled = {k: [json.loads(existing.model_dump_json(include={k}))[k], json.loads(merged.model_dump_json(include={k}))[k]] for k in update}
    return {"citations_added": added, "filled": filled}


# --- the proposal queue ----------------------------------------------------------------


@dataclass(frozen=True)
class PendingProposal:
    id: str
    source: Source
    proposal: Proposal


class ProposalQueue:
    """Proposals read from articles, waiting for review."""

    def __init__(self, workspace: Workspace):
        self.workspace = workspace
        self.registry = Registry(workspace)

    def add(self, source: Source, proposals: list[Proposal]) -> list[str]:
        """Queue ``proposals`` read from ``source``; the same proposal from the same text is queued once."""
        import hashlib

        ids = []
        with _transaction(self.workspace) as con:
            _upsert_source(con, source)
            for proposal in proposals:
                data = proposal.model_dump_json()
                pid = "prop-" + hashlib.sha256(f"{source.id}|{data}".encode()).hexdigest()[:10]
                if not con.execute("SELECT 1 FROM coop_proposals WHERE id = ?", [pid]).fetchone():
                    con.execute(
                        "INSERT INTO coop_proposals VALUES (?, ?, 'pending', ?, ?, NULL, NULL, NULL)",
                        [pid, source.id, data, _now()],
                    )
                ids.append(pid)
        return ids

    def pending(self) -> list[PendingProposal]:
        with self.workspace.connect() as con:
            rows = con.execute(
                """
                SELECT p.id, p.data, s.address, s.title, s.publisher, s.author, s.published, s.retrieved_at,
                       s.checksum, s.language, s.note
                FROM coop_proposals p JOIN coop_sources s ON s.id = p.source_id
                WHERE p.status = 'pending' ORDER BY p.created_at, p.id
                """
            ).fetchall()
        return [
            PendingProposal(
                row[0],
                Source(address=row[2], title=row[3], publisher=row[4], author=row[5], published=row[6],
                       retrieved_at=row[7], checksum=row[8], language=row[9], note=row[10]),
                Proposal.model_validate_json(row[1]),
            )
            for row in rows
        ]

    def decide(self, pending: PendingProposal, accept: bool, actor: str | None = None) -> tuple[str, str | None]:
        """Accept (into the registry) or reject one pending proposal; claims are set aside, not recorded.

        Returns (status, record id).
        """
        actor = actor or default_actor()
        record_id, status = None, "rejected"
        with _transaction(self.workspace) as con:
            if accept and pending.proposal.kind == "claim":
                status = "claim"
            elif accept:
                record_id, merged = _accept(con, pending.proposal, pending.source, actor, window_days=3)
                status = "merged" if merged else "accepted"
            con.execute(
                "UPDATE coop_proposals SET status=?, decided_at=?, decided_by=?, record_id=? WHERE id=?",
                [status, _now(), actor, record_id, pending.id],
            )
        return status, record_id
