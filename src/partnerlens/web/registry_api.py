"""The registry's JSON routes (``/api/registry/…``): records listed, shown with their ``version``, added,
edited and removed; records built and names resolved by :mod:`partnerlens.cooperation.records`, as the CLI
does. Included in ``partnerlens.web.api.router``."""

from __future__ import annotations

from datetime import date
from typing import Annotated

from fastapi import APIRouter, Body, Depends, HTTPException, Path, Query

from partnerlens.cooperation.formats import record_json
from partnerlens.cooperation.models import Record
from partnerlens.cooperation.records import new_record, resolve_names
from partnerlens.cooperation.storage import Registry
from partnerlens.errors import PartnerlensError
from partnerlens.web.app import Data
from partnerlens.web.auth import Token
from partnerlens.web.bodies import RecordFields
from partnerlens.web.deps import JSON, actor, data, writer
from partnerlens.web.limits import MAX_NAME_CHARS
from partnerlens.web.security import StrictJSONRoute

router = APIRouter(default_response_class=JSON, route_class=StrictJSONRoute)  # under /api: included by web.api


KINDS = {"events": "event", "agreements": "agreement", "targets": "kpi"}
Kind = Annotated[
    str, Path(pattern="^(events|agreements|targets)$", description="events, agreements or targets (KPIs).")
]
RecordId = Annotated[str, Path(pattern="^[a-z0-9][a-z0-9-]{2,80}$")]


def registry_items(d: Data, kind: str | None, party: str | None, sector: str | None, since: date | None) -> dict:
    records = Registry(d.workspace).list(party=party, sector=sector, since=since, kind=kind)
    return {"items": [record_json(r) for r in records]}


@router.get("/registry/{kinds}", tags=["registry"])
def registry_list(
    kinds: Kind,
    party: Annotated[
        str | None, Query(max_length=MAX_NAME_CHARS, description="A party; a group matches its members too.")
    ] = None,
    sector: Annotated[str | None, Query(max_length=MAX_NAME_CHARS, description="Sector id, label or synonym.")] = None,
    since: Annotated[date | None, Query(description="Only records dated on or after (YYYY-MM-DD).")] = None,
    d: Data = Depends(data),
) -> dict:
    """Registry records of one kind, as `partnerlens registry list --kind … --json`."""
    return registry_items(d, KINDS[kinds], party, sector, since)


def _record_of_kind(d: Data, kinds: str, record_id: str):
    record = Registry(d.workspace).get(record_id)
    if record.kind != KINDS[kinds]:
        raise HTTPException(404, f"{record_id!r} is an {record.kind}, not one of the {kinds}")
    return record


@router.get("/registry/{kinds}/{record_id:path}", tags=["registry"])  # an id "/": 404, not a redirect
def registry_show(kinds: Kind, record_id: RecordId, history: bool = False, d: Data = Depends(data)) -> dict:
    """One record with its sources and evidence (and its history of changes with `history=true`)."""
    _record_of_kind(d, kinds, record_id)
    registry = Registry(d.workspace)
    return _versioned(registry, record_id) | ({"history": registry.history(record_id)} if history else {})


def _new_record(kind: str, body: dict) -> Record:
    """A record from a request body, built as the CLI builds it (:func:`partnerlens.cooperation.records.new_record`)."""
    if body.get("kind", kind) != kind:
        raise PartnerlensError(f"this endpoint adds {kind} records, not {body.get('kind')!r}")
    return new_record(kind, body)


def _versioned(registry: Registry, record_id: str) -> dict:
    """A record as `registry show --json` prints it: its fields and ``version`` (send it back with an edit)."""
    record, version = registry.get_versioned(record_id)
    return record_json(record) | {"version": version}


@router.post("/registry/{kinds}", tags=["registry"], status_code=201)
def registry_add(
    kinds: Kind,
    body: Annotated[RecordFields, Body(description="A record as `registry list --json` prints it (id optional).")],
    token: Token = Depends(writer),
    d: Data = Depends(data),
) -> dict:
    """Add a record; it must cite at least one source with its evidence sentence. Needs a token."""
    record = _new_record(KINDS[kinds], body.fields())
    with d.write_lock:
        registry = Registry(d.workspace)
        return _versioned(registry, registry.add(record, actor(token)).id)


@router.patch("/registry/{kinds}/{record_id}", tags=["registry"])
def registry_edit(
    kinds: Kind,
    record_id: RecordId,
    changes: Annotated[RecordFields, Body(description="Fields to change and their new values.")],
    token: Token = Depends(writer),
    d: Data = Depends(data),
) -> dict:
    """Change named fields of a record; the history keeps old and new values. Needs a token.

    Values are checked before anything is written: NaN and Infinity are refused (422)."""
    _record_of_kind(d, kinds, record_id)
    with d.write_lock:
        registry = Registry(d.workspace)
        registry.edit(record_id, resolve_names(changes.fields()), actor(token))
        return _versioned(registry, record_id)


@router.delete("/registry/{kinds}/{record_id}", tags=["registry"])
def registry_remove(
    kinds: Kind,
    record_id: RecordId,
    reason: Annotated[str | None, Query(max_length=500)] = None,
    token: Token = Depends(writer),
    d: Data = Depends(data),
) -> dict:
    """Remove a record (its history is kept). Needs a token."""
    _record_of_kind(d, kinds, record_id)
    with d.write_lock:
        Registry(d.workspace).remove(record_id, actor(token), reason)
    return {"removed": record_id}
