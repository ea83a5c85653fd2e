"""Merge policy: when a proposal read from an article is an event the registry already holds.

An accepted proposal becomes a new record, or one more citation of the same
event already recorded (:func:`accept`): same kind, same or compatible type,
the same parties, dates within a window (or equal at the coarser precision);
KPIs: same metric, date and value. A merge only adds citations and fills what
the record lacks; it never replaces a value. Also here: how two records compare
(:func:`same`, :func:`differences`), which imports use to find conflicts.
"""

from __future__ import annotations

import json

import duckdb

from partnerlens.cooperation.models import (
    Citation,
    Proposal,
    Record,
    Source,
    dates_compatible,
    record_id,
    validation_message,
)
from partnerlens.cooperation.records import checked_record
from partnerlens.cooperation.tables import cite, insert, load, log, update
from partnerlens.errors import PartnerlensError


def accept(
    con: duckdb.DuckDBPyConnection, proposal: Proposal, source: Source, actor: str, window_days: int
) -> tuple[str, bool]:
    """The same event is: same kind, same or compatible type, the same parties, dates within
    ``window_days`` (or equal at the coarser precision); KPIs: same metric and date."""
    record = proposal_record(proposal, source)
    match = _find_same(con, record, window_days)
    if match is None:
        if con.execute("SELECT 1 FROM coop_records WHERE id = ?", [record.id]).fetchone():
            record = record.model_copy(update={"id": record.id + "-" + source.id[-4:]})
        insert(con, checked_record(record), actor, action="add")
        return record.id, False
    changes = _merge(con, match, record)
    log(con, match.id, "merge", actor, changes)
    return match.id, True


def same(a: Record, b: Record) -> bool:
    return _comparable(a) == _comparable(b)


def _comparable(record: Record) -> dict:
    data = json.loads(record.model_dump_json())
    data["sources"] = sorted(
        (
            c["source"].get("checksum") or c["source"].get("address") or "",
            c["evidence"]["start"],
            c["evidence"]["end"],
            c["evidence"]["text"],
        )
        for c in data["sources"]
    )
    return data


def differences(a: Record, b: Record) -> list[str]:
    left, right = _comparable(a), _comparable(b)
    return sorted(k for k in left.keys() | right.keys() if left.get(k) != right.get(k))


def proposal_record(proposal: Proposal, source: Source) -> Record:
    """The registry record a proposal would become, citing ``source`` for each evidence sentence; a target's
    ``areas`` (the article's, when it tells no event or agreement) are recorded among its sectors."""
    if proposal.kind == "claim":
        raise PartnerlensError("trade claims are checked (`partnerlens check`), not recorded in the registry")
    citations = [Citation(source=source, evidence=e) for e in [proposal.evidence, *proposal.also]]
    extra = proposal.metric or proposal.title or ""
    if proposal.kind == "kpi" and proposal.value is not None:  # two targets of one pair ($15 billion, then $25 billion)
        extra += f"|{proposal.value:g}"
    data = proposal.model_dump(
        include={
            "kind",
            "type",
            "date",
            "date_precision",
            "parties",
            "place",
            "people",
            "bodies",
            "sectors",
            "title",
            "instrument",
            "status",
            "count",
            "metric",
            "value",
            "unit",
        }
    )
    data["sectors"] = list(dict.fromkeys(proposal.sectors + proposal.areas))
    try:
        return Record(
            id=record_id(proposal.kind, proposal.type, proposal.parties, proposal.date, extra),
            sources=citations,
            **data,
        )
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
    records = load(con, [r[0] for r in rows])
    if record.kind == "kpi":
        return next((c for c in records if _same_kpi(c, record)), None)
    candidates = [
        c
        for c in records
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
        when = record.date
        dated = [(c, c.date) for c in candidates if c.date is not None]
        return min(dated, key=lambda cd: abs((cd[1] - when).days))[0] if dated else None
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
    added = [c.evidence.text[:80] for c in new.sources if cite(con, existing.id, c)]
    filled = {}
    fill: dict = {}
    if existing.date is None and new.date is not None:
        fill |= {"date": new.date, "date_precision": new.date_precision}
    if existing.type == "visit" and new.type != "visit":
        fill["type"] = new.type
    for name in ("sectors", "bodies"):
        union = list(dict.fromkeys(getattr(existing, name) + getattr(new, name)))
        if union != getattr(existing, name):
            fill[name] = union
    people = list(
        dict.fromkeys(existing.people + [p for p in new.people if p.name not in {q.name for q in existing.people}])
    )
    if people != existing.people:
        fill["people"] = people
    for name in ("place", "title", "instrument", "status", "count"):
        if getattr(existing, name) is None and getattr(new, name) is not None:
            fill[name] = getattr(new, name)
    if fill:
        merged = checked_record(existing.model_copy(update=fill))
        update(con, merged)
        filled = {
            k: [
                json.loads(existing.model_dump_json(include={k}))[k],
                json.loads(merged.model_dump_json(include={k}))[k],
            ]
            for k in fill
        }
    return {"citations_added": added, "filled": filled}
