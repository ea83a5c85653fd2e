"""Registry records: building them from what users type, checking them before storage, reading them back.

One place for the CLI and the web API alike:

* :func:`checked_record` is the gate of every write (add, edit, import, an
  accepted proposal, ``PATCH /api/registry/…``): a record is validated by the
  stricter pydantic model :class:`StoredRecord` — finite numbers, years within
  :data:`YEARS`, party codes and sector ids that resolve to themselves, offsets
  that fit the table's INTEGER columns, bounded text — and refused with one
  line *before* anything is written.
* :func:`stored_record` reads what is in the database. A row written by an
  older version (a ``NaN`` value committed before the gate existed) is still
  read, with a non-finite or missing number as NaN and the problem flagged in
  its ``note``, so that listing, showing, removing, briefs and claim checks keep
  working and the user can repair it with ``registry edit``.
* :func:`citation`, :func:`new_record` and :func:`field_changes` build records
  and edits from command-line or form values (party and sector names resolved).
"""

from __future__ import annotations

import datetime as dt
import json
import math
from pathlib import Path
from typing import Any

from pydantic import ValidationError, field_validator, model_validator

from partnerlens.cooperation.models import (
    RECORD_KINDS,
    Citation,
    Evidence,
    Record,
    Source,
    parse_record,
    record_id,
    text_checksum,
    validation_message,
)
from partnerlens.errors import PartnerlensError

YEARS = range(1900, 2101)  # cooperation records date from the 20th century; targets reach 2063 and beyond
MAX_VALUE = 1e18  # larger than any money amount or count a target states
MAX_OFFSET = 2**31 - 1  # evidence offsets are INTEGER columns
MAX_TEXT = 100_000  # characters of any one text field
LIST_FIELDS = frozenset({"parties", "sectors", "bodies"})
INVALID_FLAG = "INVALID IN STORAGE"


def _party_code(text: str) -> str:
    from partnerlens.reference import resolve_party

    return resolve_party(text).code


def _sector_id(text: str) -> str:
    from partnerlens.reference.sectors import resolve_sector

    return resolve_sector(text).id


class StoredRecord(Record):
    """A record as it may be written: :class:`Record` plus the checks storage needs."""

    @field_validator("value")
    @classmethod
    def _finite_value(cls, value: float | None) -> float | None:
        if value is not None and not (math.isfinite(value) and abs(value) <= MAX_VALUE):
            raise ValueError(f"must be a finite number of at most {MAX_VALUE:g} in size, not {value!r}")
        return value

    @field_validator("count")
    @classmethod
    def _count_range(cls, value: int | None) -> int | None:
        if value is not None and not 0 <= value <= MAX_OFFSET:
            raise ValueError(f"must be a count from 0 to {MAX_OFFSET}")
        return value

    @field_validator("date", "end_date")
    @classmethod
    def _plausible_year(cls, value: dt.date | None) -> dt.date | None:
        if value is not None and value.year not in YEARS:
            raise ValueError(f"year {value.year} is outside {YEARS.start}–{YEARS.stop - 1}")
        return value

    @field_validator("parties")
    @classmethod
    def _known_parties(cls, value: list[str]) -> list[str]:
        for code in value:
            if not isinstance(code, str) or len(code) > 80 or _resolves_to(code, _party_code) != code:
                raise ValueError(f"{str(code)[:40]!r} is not a party code (ISO3 like RWA, or a group code)")
        return sorted(dict.fromkeys(value))

    @field_validator("sectors")
    @classmethod
    def _known_sectors(cls, value: list[str]) -> list[str]:
        for sector in value:
            if _resolves_to(sector, _sector_id) != sector:
                raise ValueError(f"{str(sector)[:40]!r} is not a sector id (see `partnerlens sectors`)")
        return list(dict.fromkeys(value))

    @model_validator(mode="after")
    def _bounded(self) -> StoredRecord:
        for citation in self.sources:
            if citation.evidence.end > MAX_OFFSET:
                raise ValueError(f"evidence offsets must be below {MAX_OFFSET + 1}")
        for name, text in _texts(self.model_dump(mode="json", exclude={"sources"})):
            if len(text) > MAX_TEXT:
                raise ValueError(f"{name} is longer than {MAX_TEXT:,} characters")
        return self


def _resolves_to(text: str, resolve) -> str | None:
    try:
        return resolve(text)
    except PartnerlensError:
        return None


def _texts(data: Any, name: str = "record"):
    if isinstance(data, str):
        yield name, data
    elif isinstance(data, dict):
        for key, value in data.items():
            yield from _texts(value, key)
    elif isinstance(data, list):
        for value in data:
            yield from _texts(value, name)


def checked_record(record: Record | dict) -> Record:
    """``record`` if storage may hold it, else PartnerlensError naming every problem (nothing is written)."""
    data = record.model_dump() if isinstance(record, Record) else record
    if not isinstance(data, dict):
        raise PartnerlensError(f"a registry record is a JSON object, not {type(data).__name__}")
    try:
        StoredRecord.model_validate(data)
    except ValidationError as exc:
        raise PartnerlensError(
            f"invalid record {str(data.get('id', ''))[:90]!r}: {validation_message(exc)}; nothing was written"
        ) from exc
    return record if isinstance(record, Record) else parse_record(data)


# -- reading back ------------------------------------------------------------------------


def stored_record(data: dict, citations: list[Citation]) -> Record:
    """A record read from storage; one that no longer validates is repaired for reading and flagged in ``note``."""
    value = data.get("value")
    try:
        record = Record.model_validate(data | {"sources": citations})
        if record.value is None or math.isfinite(record.value):
            return record
        problem = f"value: {value!r} is not a finite number"
    except ValidationError as exc:
        problem = validation_message(exc)
    repaired = dict(data)
    if not isinstance(value, (int, float)) or isinstance(value, bool) or not math.isfinite(value):
        repaired["value"] = math.nan if repaired.get("kind") == "kpi" or value is not None else None
    flag = f"[{INVALID_FLAG}: {problem}; repair with `partnerlens registry edit`]"
    repaired["note"] = f"{flag} {repaired.get('note') or ''}".strip()
    try:
        return Record.model_validate(repaired | {"sources": citations})
    except ValidationError:
        return Record.model_construct(**(repaired | {"sources": citations}))


def is_flagged(record: Record) -> bool:
    """True for a record read from storage that did not validate (see :func:`stored_record`)."""
    return (record.note or "").startswith(f"[{INVALID_FLAG}")


# -- building records and edits from user input ------------------------------------------------


def citation(
    address: str,
    title: str | None,
    publisher: str | None,
    published: dt.date | None,
    evidence: str,
    source_file: Path | None = None,
) -> Citation:
    """A citation; with the source text at hand the evidence gets its offsets in it, else it quotes itself (0, len)."""
    start, checksum = 0, None
    if source_file is not None:
        from partnerlens.cooperation.article import read_article

        text = read_article(str(source_file)).text
        start = text.find(evidence)
        if start < 0:
            raise PartnerlensError(f"the evidence sentence is not in {source_file}")
        checksum = text_checksum(text)
    source = Source(address=address, title=title, publisher=publisher, published=published, checksum=checksum)
    try:
        return Citation(source=source, evidence=Evidence(text=evidence, start=start, end=start + len(evidence)))
    except ValidationError as exc:
        raise PartnerlensError(f"invalid citation: {validation_message(exc)}") from exc


def new_record(kind: str, fields: dict, cited: Citation | None = None) -> Record:
    """A new record of ``kind`` from named fields (party and sector names resolved), checked before any write.

    ``cited`` is added to the fields' ``sources`` (the CLI cites one document;
    the web API sends its citations in the fields). The id is made from the
    record when the fields give none.
    """
    if kind not in RECORD_KINDS:
        raise PartnerlensError(f"--kind must be one of {', '.join(RECORD_KINDS)}")
    data = resolve_names(fields) | {"kind": kind}
    if data.get("date") is not None and not data.get("date_precision"):
        data["date_precision"] = "day"
    if cited is not None:
        data["sources"] = [*(data.get("sources") or []), cited.model_dump()]
    if not data.get("id"):
        draft = parse_record(data | {"id": "new-record"})  # typed fields (a date from text) for the id
        data["id"] = record_id(kind, draft.type, draft.parties, draft.date, draft.metric or draft.title or "")
    return checked_record(data)


def resolve_names(fields: dict) -> dict:
    """Record fields with party and sector names turned into codes and ids."""
    resolved = dict(fields)
    for name, resolve in (("parties", _party_code), ("sectors", _sector_id)):
        if name in fields and fields[name] is not None:
            if not isinstance(fields[name], list):
                raise PartnerlensError(f"{name} must be a list")
            resolved[name] = [resolve(str(value)) for value in fields[name]]
    return resolved


EDITABLE = tuple(f for f in Record.model_fields if f not in ("id", "sources"))


def field_changes(assignments: list[str]) -> dict:
    """``FIELD=VALUE`` texts as changes: lists comma-separated, ``people`` as JSON, empty/null/none clears."""
    return dict(_assignment(text) for text in assignments)


def _assignment(text: str) -> tuple[str, object]:
    name, sep, value = text.partition("=")
    name = name.strip()
    if not sep or not name:
        raise PartnerlensError(f"--set takes FIELD=VALUE, not {text!r}")
    if name not in EDITABLE:
        raise PartnerlensError(f"cannot edit {name!r}; fields: {', '.join(EDITABLE)}")
    value = value.strip()
    if value in ("", "null", "none"):
        return name, [] if name in LIST_FIELDS | {"people"} else None
    if name == "parties":
        return name, [_party_code(v) for v in value.split(",") if v.strip()]
    if name == "sectors":
        return name, [_sector_id(v) for v in value.split(",") if v.strip()]
    if name == "bodies":
        return name, [v.strip() for v in value.split(",") if v.strip()]
    if name == "people":
        try:
            return name, json.loads(value)
        except (json.JSONDecodeError, RecursionError) as exc:
            raise PartnerlensError("--set people=… takes a JSON list of {name, role, party}") from exc
    return name, value
