"""``partnerlens registry`` (the cooperation record) and ``partnerlens news`` (reading articles into it)."""

from __future__ import annotations

import csv
import io
import json
import sys
from datetime import date
from pathlib import Path
from typing import Optional

import typer
from rich.markup import escape
from rich.panel import Panel
from rich.prompt import Prompt

from partnerlens.cli.common import JSON_OPTION, console, print_json, workspace
from partnerlens.cooperation.models import RECORD_KINDS, Citation, Evidence, Record, Source, parse_record, record_id, text_checksum
from partnerlens.errors import PartnerlensError
from partnerlens.formatting import date_text

registry_app = typer.Typer(help="The cooperation registry: events, agreements and targets, each with its sources.", no_args_is_help=True)
news_app = typer.Typer(help="Read articles into proposals and review them into the registry.", no_args_is_help=True)

BY_OPTION = typer.Option(None, "--by", help="Who makes the change, for the history (default: the system user).")
_LIST_FIELDS = {"parties", "sectors", "bodies"}
_CSV_FIELDS = [
    "id", "kind", "type", "date", "date_precision", "end_date", "parties", "place", "sectors", "title", "instrument",
    "status", "count", "metric", "value", "unit", "note", "bodies", "people", "sources",
]


def _registry():
    from partnerlens.cooperation.storage import Registry

    return Registry(workspace())


def _party_code(text: str) -> str:
    from partnerlens.reference import resolve_party

    return resolve_party(text).code


def _parse_date(text: str | None, what: str = "date") -> date | None:
    if text is None:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise PartnerlensError(f"invalid {what} {text!r}: use YYYY-MM-DD") from exc


def _record_json(record: Record) -> dict:
    return record.model_dump(mode="json")


def _print_records(records: list[Record], title: str) -> None:
    console.print(f"[bold]{title}[/]")
    for record in records:
        documents = len({c.source.id for c in record.sources})
        console.print(f"[cyan]{record.id}[/]\n   {escape(record.summary())} · {len(record.sources)} citations from {documents} documents")


# --- registry ----------------------------------------------------------------------------


@registry_app.command("list")
def list_records(
    party: Optional[str] = typer.Option(None, "--party", help="A country or group by name or code ('Rwanda', 'Africa'); a group also matches its members."),
    sector: Optional[str] = typer.Option(None, "--sector", help="A sector id, label or synonym ('mining', 'ICT')."),
    since: Optional[str] = typer.Option(None, "--since", help="Only records dated on or after YYYY-MM-DD."),
    kind: Optional[str] = typer.Option(None, "--kind", help="event, agreement or kpi."),
    as_json: bool = JSON_OPTION,
) -> None:
    """List registry records."""
    records = _registry().list(party=party, sector=sector, since=_parse_date(since, "--since"), kind=kind)
    if as_json:
        print_json({"items": [_record_json(r) for r in records]})
        return
    _print_records(records, f"Registry ({len(records)} records)")


@registry_app.command("show")
def show(record_id_: str = typer.Argument(..., metavar="ID"), history: bool = typer.Option(False, "--history", help="Also show the history of changes."), as_json: bool = JSON_OPTION) -> None:
    """Show one record with its sources and evidence sentences."""
    registry = _registry()
    record = registry.get(record_id_)
    changes = registry.history(record_id_) if history else None
    if as_json:
        print_json(_record_json(record) | ({"history": changes} if history else {}))
        return
    console.print(Panel(escape(record.summary()), title=record.id))
    for name in ("place", "title", "instrument", "status", "count", "metric", "value", "unit", "note"):
        if getattr(record, name) is not None:
            console.print(f"[bold]{name}[/]: {escape(str(getattr(record, name)))}")
    if record.people:
        console.print("[bold]people[/]: " + escape("; ".join(f"{p.name} ({p.role or '?'}, {p.party or '?'})" for p in record.people)))
    if record.sectors:
        console.print("[bold]sectors[/]: " + ", ".join(record.sectors))
    for number, citation in enumerate(record.sources, 1):
        source = citation.source
        head = " · ".join(filter(None, [source.title, source.publisher, str(source.published or ""), source.address]))
        console.print(f"\\[{number}] {escape(head)}\n    “{escape(citation.evidence.text)}” [dim](chars {citation.evidence.start}–{citation.evidence.end})[/]")
    for change in changes or []:
        what = json.dumps(change["changes"], ensure_ascii=False, default=str)[:200]
        console.print(f"[dim]{change['at']:%Y-%m-%d %H:%M}[/] {escape(change['actor'])}: {change['action']} {escape(what)}")


@registry_app.command("add")
def add(
    kind: Optional[str] = typer.Option(None, help="event, agreement or kpi."),
    type_: Optional[str] = typer.Option(None, "--type", help="e.g. state_visit, agreement_signing, ministerial_meeting."),
    parties: list[str] = typer.Option([], "--party", help="A party (repeat for each)."),
    when: Optional[str] = typer.Option(None, "--date", help="YYYY-MM-DD (first day of the month or year for coarser precision)."),
    precision: Optional[str] = typer.Option(None, help="day, month or year."),
    sectors: list[str] = typer.Option([], "--sector", help="A sector (repeat for each)."),
    place: Optional[str] = typer.Option(None),
    title: Optional[str] = typer.Option(None),
    instrument: Optional[str] = typer.Option(None, help="agreement, memorandum_of_understanding, protocol, treaty, joint_declaration, …"),
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
    source_file: Optional[Path] = typer.Option(None, "--source-file", help="The source's text, to locate the evidence sentence in it (offsets)."),
    from_file: Optional[Path] = typer.Option(None, "--from", help="Add the records of a JSON file (a record, a list, or an export) instead."),
    by: Optional[str] = BY_OPTION,
    as_json: bool = JSON_OPTION,
) -> None:
    """Add a record (every record needs a source and its evidence sentence)."""
    registry = _registry()
    if from_file is not None:
        records = _read_records(from_file)
        added = [registry.add(r, by) for r in records]
    else:
        if not (kind and parties and source and evidence):
            raise PartnerlensError("a record needs --kind, at least one --party, --source and --evidence (or --from FILE)")
        citation = _citation(source, source_title, publisher, _parse_date(published, "--published"), evidence, source_file)
        codes = [_party_code(p) for p in parties]
        day = _parse_date(when)
        data = {
            "kind": kind, "type": type_, "date": day, "date_precision": precision or ("day" if day else None),
            "parties": codes, "sectors": [_sector_id(s) for s in sectors], "place": place, "title": title,
            "instrument": instrument, "status": status, "metric": metric, "value": value, "unit": unit, "note": note,
        }
        if kind not in RECORD_KINDS:
            raise PartnerlensError(f"--kind must be one of {', '.join(RECORD_KINDS)}")
        data["id"] = record_id(kind, type_, codes, day, metric or title or "")
        added = [registry.add(parse_record(data | {"sources": [citation.model_dump()]}), by)]
    if as_json:
        print_json({"items": [_record_json(r) for r in added]})
        return
    for record in added:
        console.print(f"added [bold]{record.id}[/]: {record.summary()}")


def _sector_id(text: str) -> str:
    from partnerlens.reference.sectors import resolve_sector

    return resolve_sector(text).id


def _citation(address: str, title, publisher, published, evidence: str, source_file: Path | None) -> Citation:
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
    return Citation(source=source, evidence=Evidence(text=evidence, start=start, end=start + len(evidence)))


@registry_app.command("edit")
def edit(
    record_id_: str = typer.Argument(..., metavar="ID"),
    assignments: list[str] = typer.Option([], "--set", help="FIELD=VALUE (repeat); lists comma-separated: --set parties=RWA,AZE"),
    by: Optional[str] = BY_OPTION,
    as_json: bool = JSON_OPTION,
) -> None:
    """Change named fields of a record; the history keeps the old and new values."""
    changes = dict(_assignment(a) for a in assignments)
    record = _registry().edit(record_id_, changes, by)
    if as_json:
        print_json(_record_json(record))
        return
    console.print(f"edited [bold]{record.id}[/]: {', '.join(changes)}")


def _assignment(text: str) -> tuple[str, object]:
    name, sep, value = text.partition("=")
    name = name.strip()
    if not sep or not name:
        raise PartnerlensError(f"--set takes FIELD=VALUE, not {text!r}")
    if name not in Record.model_fields or name in ("id", "sources"):
        raise PartnerlensError(f"cannot edit {name!r}; fields: {', '.join(f for f in Record.model_fields if f not in ('id', 'sources'))}")
    value = value.strip()
    if value in ("", "null", "none"):
        return name, [] if name in _LIST_FIELDS | {"people"} else None
    if name == "parties":
        return name, [_party_code(v) for v in value.split(",") if v.strip()]
    if name == "sectors":
        return name, [_sector_id(v) for v in value.split(",") if v.strip()]
    if name == "bodies":
        return name, [v.strip() for v in value.split(",") if v.strip()]
    if name == "people":
        try:
            return name, json.loads(value)
        except json.JSONDecodeError as exc:
            raise PartnerlensError("--set people=… takes a JSON list of {name, role, party}") from exc
    return name, value


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
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="Write to this file (default: standard output)."),
) -> None:
    """Export the registry with its sources (JSON keeps everything; CSV puts people and sources in JSON columns)."""
    if fmt not in ("json", "csv"):
        raise PartnerlensError(f"unknown format {fmt!r}: json or csv")
    records = _registry().export()
    text = _to_csv(records) if fmt == "csv" else json.dumps(
        {"format": "partnerlens-registry", "version": 1, "records": [_record_json(r) for r in records]}, ensure_ascii=False, indent=2
    ) + "\n"
    if output is None:
        sys.stdout.write(text)
        return
    tmp = output.with_name(output.name + ".partial")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(output)
    console.print(f"exported {len(records)} records to {output}")


def _to_csv(records: list[Record]) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=_CSV_FIELDS, lineterminator="\n")
    writer.writeheader()
    for record in records:
        data = _record_json(record)
        row = {k: data.get(k) for k in _CSV_FIELDS}
        for name in _LIST_FIELDS:
            row[name] = ";".join(data[name])
        row["people"] = json.dumps(data["people"], ensure_ascii=False)
        row["sources"] = json.dumps(data["sources"], ensure_ascii=False)
        writer.writerow({k: "" if v is None else v for k, v in row.items()})
    return buffer.getvalue()


def _from_csv(text: str) -> list[dict]:
    rows = []
    for row in csv.DictReader(io.StringIO(text)):
        missing = set(_CSV_FIELDS) - set(row)
        if missing:
            raise PartnerlensError(f"CSV lacks columns: {', '.join(sorted(missing))}")
        data: dict = {k: (v if v != "" else None) for k, v in row.items() if k in _CSV_FIELDS}
        for name in _LIST_FIELDS:
            data[name] = [v for v in (row[name] or "").split(";") if v]
        try:
            data["people"] = json.loads(row["people"] or "[]")
            data["sources"] = json.loads(row["sources"] or "[]")
        except json.JSONDecodeError as exc:
            raise PartnerlensError(f"invalid JSON in the people or sources column of {row.get('id')!r}") from exc
        rows.append(data)
    return rows


def _read_records(path: Path) -> list[Record]:
    if not path.is_file():
        raise PartnerlensError(f"no such file: {path}")
    text = path.read_text(encoding="utf-8-sig")
    if path.suffix.lower() == ".csv":
        items = _from_csv(text)
    else:
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise PartnerlensError(f"{path} is not JSON (line {exc.lineno}: {exc.msg}); CSV files need a .csv name") from exc
        items = data if isinstance(data, list) else data.get("records") or data.get("items") or ([data] if "id" in data else [])
    return [parse_record(item) for item in items]


@registry_app.command("import")
def import_(
    path: Path = typer.Argument(..., help="A JSON export, or a CSV file (.csv) in the export's columns."),
    skip_conflicts: bool = typer.Option(False, "--skip-conflicts", help="Import what does not conflict; report the rest."),
    by: Optional[str] = BY_OPTION,
    as_json: bool = JSON_OPTION,
) -> None:
    """Import records. A record that would change an existing one is a conflict: reported, never overwritten."""
    report = _registry().import_records(_read_records(path), by, skip_conflicts)
    imported = bool(report.added) and (skip_conflicts or not report.conflicts)
    if as_json:
        print_json({"added": report.added if imported else [], "unchanged": report.unchanged, "conflicts": report.conflicts})
    else:
        console.print(f"{len(report.added) if imported else 0} added, {len(report.unchanged)} unchanged, {len(report.conflicts)} conflicts")
        for conflict in report.conflicts:
            console.print(f"  conflict: {conflict['id']} differs in {', '.join(conflict['fields'])}")
    if report.conflicts and not skip_conflicts:
        raise PartnerlensError(f"{len(report.conflicts)} records conflict with existing ones; nothing imported (see --skip-conflicts)")


# --- news --------------------------------------------------------------------------------


@news_app.command("add")
def news_add(
    target: str = typer.Argument(..., help="A text or HTML file, an http(s) URL, or - for standard input."),
    published: Optional[str] = typer.Option(None, help="The article's date (YYYY-MM-DD) when the text does not say."),
    dry_run: bool = typer.Option(False, "--dry-run", help="Only show the proposals; queue nothing."),
    as_json: bool = JSON_OPTION,
) -> None:
    """Read an article and queue what it reports as proposals for `news review`."""
    from partnerlens.cooperation.article import read_article
    from partnerlens.cooperation.extract import extract

    article = read_article(target, published=_parse_date(published, "--published"))
    proposals = extract(article)
    if proposals and not dry_run:
        from partnerlens.cooperation.storage import ProposalQueue

        ProposalQueue(workspace()).add(article.source, proposals)
    if as_json:
        print_json({"source": article.source.model_dump(mode="json"), "proposals": [_proposal_json(p) for p in proposals]})
        return
    if not proposals:
        console.print("no events, agreements, targets or trade figures found in this article; nothing queued")
        return
    _print_proposals(proposals)
    console.print(f"{len(proposals)} proposals {'(not queued: --dry-run)' if dry_run else 'queued; run `partnerlens news review`'}")


def _proposal_json(proposal) -> dict:
    return proposal.model_dump(mode="json")


def _print_proposals(proposals) -> None:
    for number, p in enumerate(proposals, 1):
        figure = (
            f"{p.qualifier + ' ' if p.qualifier else ''}${p.value_usd:,.0f}" if p.value_usd
            else f"{p.value:g} {p.unit or ''}" if p.value is not None
            else f"{p.count} × {p.instrument or 'agreement'}" if p.count else ""
        )
        when = date_text(p.date, p.date_precision, p.status) if p.date else str(p.year) if p.year else "undated"
        head = " · ".join(filter(None, [p.kind, p.type, "–".join(p.parties), when, figure, ", ".join(p.sectors)]))
        quote = p.evidence.text[:160] + ("…" if len(p.evidence.text) > 160 else "")
        console.print(f"[bold]{number}.[/] {escape(head)}\n   [dim]“{escape(quote)}”[/]")


@news_app.command("pending")
def pending(as_json: bool = JSON_OPTION) -> None:
    """List the proposals waiting for review."""
    from partnerlens.cooperation.storage import ProposalQueue

    items = ProposalQueue(workspace()).pending()
    if as_json:
        print_json({"items": [{"id": i.id, "source": i.source.model_dump(mode="json"), "proposal": _proposal_json(i.proposal)} for i in items]})
        return
    _print_proposals([i.proposal for i in items])


@news_app.command("review")
def review(
    accept_all: bool = typer.Option(False, "--accept-all", help="Accept every pending proposal (for scripts)."),
    reject_all: bool = typer.Option(False, "--reject-all", help="Reject every pending proposal."),
    by: Optional[str] = BY_OPTION,
    as_json: bool = JSON_OPTION,
) -> None:
    """Turn pending proposals into registry records (the same event from several articles becomes one record)."""
    from partnerlens.cooperation.storage import ProposalQueue

    if accept_all and reject_all:
        raise PartnerlensError("choose one of --accept-all and --reject-all")
    queue = ProposalQueue(workspace())
    items = queue.pending()
    interactive = not (accept_all or reject_all)
    if interactive and items and not sys.stdin.isatty():
        raise PartnerlensError("news review asks questions and needs a terminal; use --accept-all or --reject-all in scripts")
    decisions = []
    for item in items:
        accept = accept_all or (interactive and _ask(item))
        if accept is None:
            break
        status, record = queue.decide(item, accept, by)
        decisions.append({"proposal": item.id, "kind": item.proposal.kind, "type": item.proposal.type, "status": status, "record": record})
    if as_json:
        print_json({"decisions": decisions})
        return
    counts = {s: sum(d["status"] == s for d in decisions) for s in ("accepted", "merged", "rejected", "claim")}
    console.print(
        f"{counts['accepted']} new records, {counts['merged']} merged into existing ones, {counts['rejected']} rejected, "
        f"{counts['claim']} trade claims set aside for `partnerlens check`; {len(items) - len(decisions)} left pending"
    )


def _ask(item) -> bool | None:
    p = item.proposal
    body = (
        f"[bold]{p.kind}[/] {p.type or ''} · {', '.join(p.parties)} · {date_text(p.date, p.date_precision, p.status)}"
        f"{' · ' + ', '.join(p.sectors) if p.sectors else ''}\n“{escape(p.evidence.text)}”\n[dim]{escape(item.source.title or item.source.address or '')}[/]"
    )
    console.print(Panel(body, title=item.id))
    answer = Prompt.ask("accept?", choices=["y", "n", "q"], default="y")
    return None if answer == "q" else answer == "y"


def register(app: typer.Typer) -> None:
    app.add_typer(registry_app, name="registry")
    app.add_typer(news_app, name="news")
