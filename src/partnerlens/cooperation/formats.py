"""Registry files: the JSON export (``partnerlens-registry`` version 1) and its CSV form, read and written.

Used by ``registry export/import/add --from`` and by the web API alike. Reading
is defensive: a file that is not UTF-8 text, not JSON (or CSV with the export's
columns), a scalar, ``null``, a list of non-objects or JSON nested past
:data:`MAX_DEPTH` is one clear :class:`PartnerlensError`, before anything is
written; each record is then checked by the import itself.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from partnerlens.cooperation.models import Record, parse_record
from partnerlens.cooperation.records import LIST_FIELDS
from partnerlens.errors import PartnerlensError

FORMAT_NAME, FORMAT_VERSION = "partnerlens-registry", 1
MAX_FILE_BYTES = 64 << 20
MAX_DEPTH = 20  # records nest four levels (record → sources → source → fields); anything far deeper is not an export
CSV_FIELDS = [
    "id",
    "kind",
    "type",
    "date",
    "date_precision",
    "end_date",
    "parties",
    "place",
    "sectors",
    "title",
    "instrument",
    "status",
    "count",
    "metric",
    "value",
    "unit",
    "note",
    "bodies",
    "people",
    "sources",
]


def record_json(record: Record) -> dict:
    return record.model_dump(mode="json")


def export_text(records: list[Record], fmt: str) -> str:
    """The registry as a JSON export or as CSV (people and sources in JSON columns)."""
    if fmt == "csv":
        return to_csv(records)
    if fmt == "json":
        document = {"format": FORMAT_NAME, "version": FORMAT_VERSION, "records": [record_json(r) for r in records]}
        return json.dumps(document, ensure_ascii=False, indent=2) + "\n"
    raise PartnerlensError(f"unknown format {fmt!r}: json or csv")


def to_csv(records: list[Record]) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=CSV_FIELDS, lineterminator="\n")
    writer.writeheader()
    for record in records:
        data = record_json(record)
        row = {k: data.get(k) for k in CSV_FIELDS}
        for name in LIST_FIELDS:
            row[name] = ";".join(data[name])
        row["people"] = json.dumps(data["people"], ensure_ascii=False)
        row["sources"] = json.dumps(data["sources"], ensure_ascii=False)
        writer.writerow({k: "" if v is None else v for k, v in row.items()})
    return buffer.getvalue()


def from_csv(text: str) -> list[dict]:
    rows = []
    try:
        for row in csv.DictReader(io.StringIO(text)):
            missing = set(CSV_FIELDS) - set(row)
            if missing:
                raise PartnerlensError(f"CSV lacks columns: {', '.join(sorted(missing))}")
            data: dict = {k: (v if v != "" else None) for k, v in row.items() if k in CSV_FIELDS}
            for name in LIST_FIELDS:
                data[name] = [v for v in (row[name] or "").split(";") if v]
            data["people"] = _json(row["people"] or "[]", f"the people column of {row.get('id')!r}")
            data["sources"] = _json(row["sources"] or "[]", f"the sources column of {row.get('id')!r}")
            rows.append(data)
    except csv.Error as exc:
        raise PartnerlensError(f"not a readable CSV file: {exc}") from exc
    return rows


def _json(text: str, what: str):
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise PartnerlensError(f"{what} is not JSON (line {exc.lineno}: {exc.msg})") from exc
    except RecursionError as exc:
        raise PartnerlensError(f"{what} nests JSON too deeply") from exc
    if _depth(data) > MAX_DEPTH:
        raise PartnerlensError(f"{what} nests JSON more than {MAX_DEPTH} levels deep; not a registry export")
    return data


def _depth(data, level: int = 0) -> int:
    """How deeply ``data`` nests (iterative: hostile input must not exhaust the stack)."""
    deepest, stack = level, [(data, level)]
    while stack:
        item, depth = stack.pop()
        deepest = max(deepest, depth)
        if deepest > MAX_DEPTH:
            break
        children = item.values() if isinstance(item, dict) else item if isinstance(item, list) else ()
        stack.extend((child, depth + 1) for child in children)
    return deepest


def read_text(path: Path) -> str:
    """A registry file's text: UTF-8 (with or without BOM), bounded in size, not binary."""
    if not path.is_file():
        raise PartnerlensError(f"no such file: {path}")
    if path.stat().st_size > MAX_FILE_BYTES:
        raise PartnerlensError(f"{path} is larger than {MAX_FILE_BYTES >> 20} MB; not a registry export")
    raw = path.read_bytes()
    if b"\x00" in raw:
        raise PartnerlensError(f"{path} is a binary file, not a JSON or CSV registry export")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise PartnerlensError(
            f"{path} is not UTF-8 text (byte {exc.start}); save it as UTF-8 and import again"
        ) from exc


def record_items(data, where: str) -> list[dict]:
    """The record objects of parsed JSON: an export, ``{"items": …}``, a list of records, or one record."""
    if isinstance(data, dict):
        if "records" in data or "items" in data:
            items = data.get("records", data.get("items"))
        elif "id" in data:
            items = [data]
        else:
            raise PartnerlensError(f'{where}: a JSON object without records (expected an export with "records")')
    elif isinstance(data, list):
        items = data
    else:
        shown = "null" if data is None else type(data).__name__
        raise PartnerlensError(f'{where}: JSON {shown} is not a registry export (expected an object with "records")')
    if not isinstance(items, list):
        raise PartnerlensError(f'{where}: "records" must be a list of records')
    for number, item in enumerate(items, 1):
        if not isinstance(item, dict):
            raise PartnerlensError(f"{where}: record {number} is {type(item).__name__}, not an object")
    return items


def read_records(path: Path) -> list[Record]:
    """The records of a JSON export or a CSV file (``.csv``), parsed; PartnerlensError on anything else."""
    text = read_text(path)
    if path.suffix.lower() == ".csv":
        items = from_csv(text)
    else:
        items = record_items(_json(text, str(path)), str(path))
    return [parse_record(item) for item in items]
