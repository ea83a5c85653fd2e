"""The registry and the proposal queue of a workspace: what callers use to read and change them.

Every write is one transaction, happens whole or not at all, and passes
:func:`~partnerlens.cooperation.records.checked_record` before anything is
written (finite numbers, plausible years, known codes). Nothing is overwritten
silently: ``edit`` takes explicit fields, records old and new values, reads the
record inside its own transaction and, given the version the caller read,
refuses an edit based on a stale copy; ``import_records`` refuses records that
would change existing ones and says which.

The tables and their low-level writes are in :mod:`~partnerlens.cooperation.tables`;
when an accepted proposal is an event already recorded is decided in
:mod:`~partnerlens.cooperation.merge`.
"""

from __future__ import annotations

import builtins  # Registry.list shadows the built-in inside the class: annotations there name it in full
import hashlib
import json
from dataclasses import dataclass, field
from datetime import date

from partnerlens.cooperation import merge
from partnerlens.cooperation.merge import differences, proposal_record, same
from partnerlens.cooperation.models import Proposal, Record, Source, parse_record
from partnerlens.cooperation.records import checked_record
from partnerlens.cooperation.tables import (
    SHIPPED_ACTOR,
    default_actor,
    insert,
    load,
    log,
    now,
    shipped_records,
    transaction,
    update,
    upsert_source,
    versions,
)
from partnerlens.errors import NoDataError, PartnerlensError
from partnerlens.workspace import Workspace

__all__ = [
    "SHIPPED_ACTOR",
    "ImportReport",
    "PendingProposal",
    "ProposalQueue",
    "Registry",
    "default_actor",
    "proposal_record",
    "shipped_records",
]


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
        where: builtins.list[str] = ["TRUE"]
        params: builtins.list[object] = []
        if not include_removed:
            where.append("removed_at IS NULL")
        if party:
            codes = _party_codes(party)
            where.append("len(list_intersect(parties, ?)) > 0")
            params.append(codes)
        if sector:
            from partnerlens.reference.sectors import load_sectors, resolve_sector

            where.append("list_contains(sectors, ?)")  # the workspace's own sectors.yaml wins
            params.append(resolve_sector(sector, load_sectors(self.workspace.home / "sectors.yaml")).id)
        if since:
            where.append("date >= ?")
            params.append(since)
        if kind:
            where.append("kind = ?")
            params.append(kind)
        with self.workspace.connect() as con:
            ids = [
                row[0]
                for row in con.execute(
                    f"SELECT id FROM coop_records WHERE {' AND '.join(where)} ORDER BY date NULLS LAST, id", params
                ).fetchall()
            ]
            return load(con, ids)

    def get(self, record_id: str) -> Record:
        return self.get_versioned(record_id)[0]

    def get_versioned(self, record_id: str) -> tuple[Record, int]:
        """A record and its version (pass the version to :meth:`edit` to refuse edits based on a stale copy)."""
        with self.workspace.connect() as con:
            return _current(con, record_id)

    def versions(self, ids: builtins.list[str]) -> dict[str, int]:
        with self.workspace.connect() as con:
            return versions(con, ids)

    def history(self, record_id: str) -> builtins.list[dict]:
        with self.workspace.connect() as con:
            rows = con.execute(
                "SELECT action, actor, changed_at, changes FROM coop_history WHERE record_id = ? ORDER BY seq",
                [record_id],
            ).fetchall()
        if not rows:
            raise NoDataError(f"no registry record {record_id!r}")
        return [
            {"action": a, "actor": who, "at": at, "changes": json.loads(c) if c else None} for a, who, at, c in rows
        ]

    # writes

    def add(self, record: Record, actor: str | None = None) -> Record:
        """Add a new record; an existing id is an error (use ``edit``)."""
        record = checked_record(record)
        with transaction(self.workspace) as con:
            if con.execute("SELECT 1 FROM coop_records WHERE id = ?", [record.id]).fetchone():
                raise PartnerlensError(
                    f"registry record {record.id!r} already exists; use `registry edit` to change it"
                )
            insert(con, record, actor or default_actor(), action="add")
        return self.get(record.id)

    def edit(
        self, record_id: str, changes: dict, actor: str | None = None, expected_version: int | None = None
    ) -> Record:
        """Change the named fields of a record (explicit fields only); the history keeps old and new values.

        The record is read and written in one transaction. ``expected_version``
        (or a ``version`` key in ``changes``, as the web API passes it) is the
        version the caller read: when the record has changed since, nothing is
        written and the error says so.
        """
        changes = dict(changes)
        if "version" in changes:
            expected_version = _version_number(changes.pop("version"))
        if not changes:
            raise PartnerlensError("nothing to change: name the fields to edit (e.g. --set date=2025-09-20)")
        if "sources" in changes or "id" in changes:
            raise PartnerlensError("the id and the sources of a record cannot be edited")
        with transaction(self.workspace) as con:
            current, version = _current(con, record_id)
            if expected_version is not None and expected_version != version:
                raise PartnerlensError(
                    f"registry record {record_id!r} changed since it was read (version {expected_version}, now {version}); "
                    "nothing was written: show it again and redo the edit"
                )
            before = current.model_dump(mode="json")
            updated = checked_record(parse_record(before | changes))
            after = updated.model_dump(mode="json")
            diff = {k: [before[k], after[k]] for k in changes if before.get(k) != after.get(k)}
            if not diff:
                return current
            update(con, updated)
            log(con, record_id, "edit", actor or default_actor(), diff)
        return self.get(record_id)

    def remove(self, record_id: str, actor: str | None = None, reason: str | None = None) -> None:
        """Mark a record removed (it stays in the history and can be listed with ``include_removed``)."""
        with transaction(self.workspace) as con:
            _current(con, record_id)
            con.execute(
                "UPDATE coop_records SET removed_at = ?, version = coalesce(version, 1) + 1 WHERE id = ?",
                [now(), record_id],
            )
            log(con, record_id, "remove", actor or default_actor(), {"reason": reason})

    def import_records(
        self, records: builtins.list[Record], actor: str | None = None, skip_conflicts: bool = False
    ) -> ImportReport:
        """Add records from an export. Identical ones are skipped; ones that would change an existing
        record are conflicts: reported, and — unless ``skip_conflicts`` — nothing is imported.
        Every record is checked first: one invalid record and nothing is imported."""
        records = [checked_record(r) for r in records]
        report = ImportReport()
        with transaction(self.workspace) as con:
            existing = {
                r.id: r for r in load(con, [row[0] for row in con.execute("SELECT id FROM coop_records").fetchall()])
            }
            for record in records:
                old = existing.get(record.id)
                if old is None:
                    report.added.append(record.id)
                elif same(old, record):
                    report.unchanged.append(record.id)
                else:
                    report.conflicts.append({"id": record.id, "fields": differences(old, record)})
            if report.conflicts and not skip_conflicts:
                return report
            chosen = {r.id: r for r in records if r.id in report.added}
            for record in chosen.values():
                insert(con, record, actor or default_actor(), action="import")
        return report

    def export(self) -> builtins.list[Record]:
        return self.list()

    # proposals → records

    def accept(
        self, proposal: Proposal, source: Source, actor: str | None = None, window_days: int = 3
    ) -> tuple[str, bool]:
        """Turn a proposal into a record, or into one more citation of the same event already recorded
        (see :func:`~partnerlens.cooperation.merge.accept`). Returns (record id, merged?)."""
        with transaction(self.workspace) as con:
            return merge.accept(con, proposal, source, actor or default_actor(), window_days)


def _current(con, record_id: str) -> tuple[Record, int]:
    """The record (not removed) and its version, read on ``con`` (inside the caller's transaction)."""
    found = load(con, [record_id])
    row = con.execute("SELECT removed_at, coalesce(version, 1) FROM coop_records WHERE id = ?", [record_id]).fetchone()
    if not found or row is None:
        raise NoDataError(f"no registry record {record_id!r}; `partnerlens registry list` shows them")
    if row[0] is not None:
        raise NoDataError(f"registry record {record_id!r} was removed on {row[0]:%Y-%m-%d}")
    return found[0], int(row[1])


def _version_number(value: object) -> int:
    if (
        isinstance(value, bool)
        or not isinstance(value, (int, str))
        or not str(value).isascii()
        or not str(value).isdecimal()
    ):
        raise PartnerlensError(f"version must be the record's version number as read, not {str(value)[:40]!r}")
    return int(value)


def _party_codes(text: str) -> list[str]:
    """The codes a ``--party`` filter matches: the party itself, and for a group its members."""
    from partnerlens.reference import resolve_party

    party = resolve_party(text)
    return sorted({party.code, *party.members}) if party.is_group else [party.code]


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
        ids = []
        with transaction(self.workspace) as con:
            upsert_source(con, source)
            for proposal in proposals:
                data = proposal.model_dump_json()
                pid = "prop-" + hashlib.sha256(f"{source.id}|{data}".encode()).hexdigest()[:10]
                if not con.execute("SELECT 1 FROM coop_proposals WHERE id = ?", [pid]).fetchone():
                    con.execute(
                        "INSERT INTO coop_proposals VALUES (?, ?, 'pending', ?, ?, NULL, NULL, NULL)",
                        [pid, source.id, data, now()],
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
                Source(
                    address=row[2],
                    title=row[3],
                    publisher=row[4],
                    author=row[5],
                    published=row[6],
                    retrieved_at=row[7],
                    checksum=row[8],
                    language=row[9],
                    note=row[10],
                ),
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
        with transaction(self.workspace) as con:
            if accept and pending.proposal.kind == "claim":
                status = "claim"
            elif accept:
                record_id, merged = merge.accept(con, pending.proposal, pending.source, actor, window_days=3)
                status = "merged" if merged else "accepted"
            con.execute(
                "UPDATE coop_proposals SET status=?, decided_at=?, decided_by=?, record_id=? WHERE id=?",
                [status, now(), actor, record_id, pending.id],
            )
        return status, record_id
