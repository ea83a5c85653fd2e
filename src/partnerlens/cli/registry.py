"""``partnerlens registry``: the cooperation record listed, shown, added, edited, removed, exported and imported
(``partnerlens news``, reading articles into it, is in :mod:`partnerlens.cli.news`)."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Optional

import typer
from rich.panel import Panel

from partnerlens import formatting
from partnerlens.cli.common import JSON_OPTION, console, parse_date, print_json, workspace
from partnerlens.cli.common import terminal_text as escape  # strips control characters and escape sequences too
from partnerlens.cooperation import review as review_outline
from partnerlens.cooperation.formats import export_text, read_records, record_json
from partnerlens.cooperation.models import Record
from partnerlens.cooperation.records import citation, field_changes, new_record
from partnerlens.errors import PartnerlensError

registry_app = typer.Typer(
    help="The cooperation registry: events, agreements and targets, each with its sources.", no_args_is_help=True
)

BY_OPTION = typer.Option(None, "--by", help="Who makes the change, for the history (default: the system user).")


def _registry():
    from partnerlens.cooperation.storage import Registry

    return Registry(workspace())


def _record_json(record: Record, version: int | None = None) -> dict:
    return record_json(record) | ({"version": version} if version is not None else {})


def _print_records(records: list[Record], title: str) -> None:
    console.print(f"[bold]{title}[/]")
    for record in records:
        documents = len({c.source.id for c in record.sources})
        console.print(
            f"[cyan]{record.id}[/]\n   {escape(record.summary(review_outline.parties(record.parties)))} · {formatting.count(len(record.sources), 'citation')} from {formatting.count(documents, 'document')}"
        )


# --- registry ----------------------------------------------------------------------------


@registry_app.command("list")
def list_records(
    party: Optional[str] = typer.Option(
        None,
        "--party",
        help="A country or group by name or code ('Rwanda', 'Africa'); a group also matches its members.",
    ),
    sector: Optional[str] = typer.Option(None, "--sector", help="A sector id, label or synonym ('mining', 'ICT')."),
    since: Optional[str] = typer.Option(None, "--since", help="Only records dated on or after YYYY-MM-DD."),
    kind: Optional[str] = typer.Option(None, "--kind", help="event, agreement or kpi."),
    as_json: bool = JSON_OPTION,
) -> None:
    """List registry records."""
    records = _registry().list(party=party, sector=sector, since=parse_date(since, "--since"), kind=kind)
    if as_json:
        print_json({"items": [_record_json(r) for r in records]})
        return
    _print_records(records, f"Registry ({len(records)} records)")


@registry_app.command("show")
def show(
    record_id_: str = typer.Argument(..., metavar="ID"),
    history: bool = typer.Option(False, "--history", help="Also show the history of changes."),
    as_json: bool = JSON_OPTION,
) -> None:
    """Show one record with its sources and evidence sentences."""
    registry = _registry()
    record, version = registry.get_versioned(record_id_)
    changes = registry.history(record_id_) if history else None
    if as_json:
        print_json(_record_json(record, version) | ({"history": changes} if history else {}))
        return
    console.print(Panel(escape(record.summary()), title=record.id))
    for name in ("place", "title", "instrument", "status", "count", "metric", "value", "unit", "note"):
        if getattr(record, name) is not None:
            console.print(f"[bold]{name}[/]: {escape(str(getattr(record, name)))}")
    if record.people:
        console.print(
            "[bold]people[/]: "
            + escape("; ".join(f"{p.name} ({p.role or '?'}, {p.party or '?'})" for p in record.people))
        )
    if record.sectors:
        console.print("[bold]sectors[/]: " + ", ".join(record.sectors))
    for number, cited in enumerate(record.sources, 1):
        source = cited.source
        head = " · ".join(filter(None, [source.title, source.publisher, str(source.published or ""), source.address]))
        console.print(
            f"\\[{number}] {escape(head)}\n    “{escape(cited.evidence.text)}” [dim](chars {cited.evidence.start}–{cited.evidence.end})[/]"
        )
    for change in changes or []:
        what = json.dumps(change["changes"], ensure_ascii=False, default=str)[:200]
        console.print(
            f"[dim]{change['at']:%Y-%m-%d %H:%M}[/] {escape(change['actor'])}: {change['action']} {escape(what)}"
        )


@registry_app.command("add")
def add(
    kind: Optional[str] = typer.Option(None, help="event, agreement or kpi."),
    type_: Optional[str] = typer.Option(
        None, "--type", help="e.g. state_visit, agreement_signing, ministerial_meeting."
    ),
    parties: list[str] = typer.Option([], "--party", help="A party (repeat for each)."),
    when: Optional[str] = typer.Option(
        None, "--date", help="YYYY-MM-DD (first day of the month or year for coarser precision)."
    ),
    precision: Optional[str] = typer.Option(None, help="day, month or year."),
    sectors: list[str] = typer.Option([], "--sector", help="A sector (repeat for each)."),
    place: Optional[str] = typer.Option(None),
    title: Optional[str] = typer.Option(None),
    instrument: Optional[str] = typer.Option(
        None, help="agreement, memorandum_of_understanding, protocol, treaty, joint_declaration, …"
    ),
    status: Optional[str] = typer.Option(None, help="Agreements: announced, signed, ratified, in_force, terminated."),
    metric: Optional[str] = typer.Option(None, help="KPIs: what is measured ('diplomatic missions in Africa')."),
    value: Optional[float] = typer.Option(None, help="KPIs: the value."),
    unit: Optional[str] = typer.Option(None, help="KPIs: the unit ('missions')."),
    note: Optional[str] = typer.Option(None),
    source: Optional[str] = typer.Option(None, "--source", help="Where the fact comes from: a URL or a description."),
    source_title: Optional[str] = typer.Option(None, "--source-title"),
    publisher: Optional[str] = typer.Option(None),
    published: Optional[str] = typer.Option(None, help="The source's publication date, YYYY-MM-DD."),
    evidence: Optional[str] = typer.Option(None, "--evidence", help="The sentence that states the fact."),
    source_file: Optional[Path] = typer.Option(
        None, "--source-file", help="The source's text, to locate the evidence sentence in it (offsets)."
    ),
    from_file: Optional[Path] = typer.Option(
        None, "--from", help="Add the records of a JSON file (a record, a list, or an export) instead."
    ),
    by: Optional[str] = BY_OPTION,
    as_json: bool = JSON_OPTION,
) -> None:
    """Add a record (every record needs a source and its evidence sentence)."""
    registry = _registry()
    if from_file is not None:
        added = [registry.add(r, by) for r in read_records(from_file)]
    else:
        if not (kind and parties and source and evidence):
            raise PartnerlensError(
                "a record needs --kind, at least one --party, --source and --evidence (or --from FILE)"
            )
        cited = citation(source, source_title, publisher, parse_date(published, "--published"), evidence, source_file)
        fields = {
            "type": type_,
            "date": parse_date(when),
            "date_precision": precision,
            "parties": parties,
            "sectors": sectors,
            "place": place,
            "title": title,
            "instrument": instrument,
            "status": status,
            "metric": metric,
            "value": value,
            "unit": unit,
            "note": note,
        }
        added = [registry.add(new_record(kind, fields, cited), by)]
    if as_json:
        print_json({"items": [_record_json(r) for r in added]})
        return
    for record in added:
        console.print(f"added [bold]{record.id}[/]: {record.summary()}")


@registry_app.command("edit")
def edit(
    record_id_: str = typer.Argument(..., metavar="ID"),
    assignments: list[str] = typer.Option(
        [], "--set", help="FIELD=VALUE (repeat); lists comma-separated: --set parties=RWA,AZE"
    ),
    version: Optional[int] = typer.Option(
        None, "--version", help="The version you read (`registry show --json`); refused if the record changed since."
    ),
    by: Optional[str] = BY_OPTION,
    as_json: bool = JSON_OPTION,
) -> None:
    """Change named fields of a record; the history keeps the old and new values."""
    changes = field_changes(assignments)
    if version is not None:
        changes["version"] = version
    record = _registry().edit(record_id_, changes, by)
    if as_json:
        print_json(_record_json(record))
        return
    console.print(f"edited [bold]{record.id}[/]: {', '.join(k for k in changes if k != 'version')}")


@registry_app.command("remove")
def remove(
    record_id_: str = typer.Argument(..., metavar="ID"),
    reason: Optional[str] = typer.Option(None, help="Why, for the history."),
    by: Optional[str] = BY_OPTION,
) -> None:
    """Remove a record (its history is kept)."""
    _registry().remove(record_id_, by, reason)
    console.print(f"removed {record_id_}")


@registry_app.command("export")
def export(
    fmt: str = typer.Option("json", "--format", help="json or csv."),
    output: Optional[Path] = typer.Option(
        None, "--output", "-o", help="Write to this file (default: standard output)."
    ),
) -> None:
    """Export the registry with its sources (JSON keeps everything; CSV puts people and sources in JSON columns)."""
    records = _registry().export()
    text = export_text(records, fmt)
    if output is None:
        sys.stdout.write(text)
        return
    tmp = output.with_name(output.name + ".partial")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(output)
    console.print(f"exported {len(records)} records to {output}")


@registry_app.command("import")
def import_(
    path: Path = typer.Argument(..., help="A JSON export, or a CSV file (.csv) in the export's columns."),
    skip_conflicts: bool = typer.Option(
        False, "--skip-conflicts", help="Import what does not conflict; report the rest."
    ),
    by: Optional[str] = BY_OPTION,
    as_json: bool = JSON_OPTION,
) -> None:
    """Import records. A record that would change an existing one is a conflict: reported, never overwritten."""
    report = _registry().import_records(read_records(path), by, skip_conflicts)
    imported = bool(report.added) and (skip_conflicts or not report.conflicts)
    if as_json:
        print_json(
            {"added": report.added if imported else [], "unchanged": report.unchanged, "conflicts": report.conflicts}
        )
    else:
        console.print(
            f"{len(report.added) if imported else 0} added, {len(report.unchanged)} unchanged, {len(report.conflicts)} conflicts"
        )
        for conflict in report.conflicts:
            console.print(f"  conflict: {conflict['id']} differs in {', '.join(conflict['fields'])}")
    if report.conflicts and not skip_conflicts:
        raise PartnerlensError(
            f"{len(report.conflicts)} records conflict with existing ones; nothing imported (see --skip-conflicts)"
        )


def register(app: typer.Typer) -> None:
    app.add_typer(registry_app, name="registry")
