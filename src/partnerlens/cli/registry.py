"""``partnerlens registry`` (the cooperation record) and ``partnerlens news`` (reading articles into it)."""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path
from typing import Optional

import typer
from rich.panel import Panel
from rich.prompt import Prompt

from partnerlens import formatting
from partnerlens.cli.common import FETCH_ALLOW_OPTION, JSON_OPTION, console, fetch_allow, print_json, workspace
from partnerlens.cli.common import terminal_text as escape  # strips control characters and escape sequences too
from partnerlens.cooperation import review as review_outline
from partnerlens.cooperation.formats import export_text, read_records, record_json
from partnerlens.cooperation.models import Record
from partnerlens.cooperation.records import citation, field_changes, new_record
from partnerlens.errors import PartnerlensError

registry_app = typer.Typer(
    help="The cooperation registry: events, agreements and targets, each with its sources.", no_args_is_help=True
)
news_app = typer.Typer(help="Read articles into proposals and review them into the registry.", no_args_is_help=True)

BY_OPTION = typer.Option(None, "--by", help="Who makes the change, for the history (default: the system user).")


def _registry():
    from partnerlens.cooperation.storage import Registry

    return Registry(workspace())


def _parse_date(text: str | None, what: str = "date") -> date | None:
    if text is None:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise PartnerlensError(f"invalid {what} {text!r}: use YYYY-MM-DD") from exc


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
    records = _registry().list(party=party, sector=sector, since=_parse_date(since, "--since"), kind=kind)
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
        cited = citation(source, source_title, publisher, _parse_date(published, "--published"), evidence, source_file)
        fields = {
            "type": type_,
            "date": _parse_date(when),
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


# --- news --------------------------------------------------------------------------------


@news_app.command("add")
def news_add(
    target: str = typer.Argument(..., help="A text or HTML file, an http(s) URL, or - for standard input."),
    published: Optional[str] = typer.Option(None, help="The article's date (YYYY-MM-DD) when the text does not say."),
    dry_run: bool = typer.Option(False, "--dry-run", help="Only show the proposals; queue nothing."),
    as_json: bool = JSON_OPTION,
    fetch_allow_networks: Optional[list[str]] = FETCH_ALLOW_OPTION,
) -> None:
    """Read an article and queue what it reports as proposals for `news review`."""
    from partnerlens.cooperation.article import read_article
    from partnerlens.cooperation.extract import extract

    article = read_article(
        target, published=_parse_date(published, "--published"), allow=fetch_allow(fetch_allow_networks)
    )
    proposals = extract(article, sectors_path=_sectors_file())  # the workspace's own taxonomy wins
    if proposals and not dry_run:
        from partnerlens.cooperation.storage import ProposalQueue

        ProposalQueue(workspace()).add(article.source, proposals)
    if as_json:
        print_json(
            {"source": article.source.model_dump(mode="json"), "proposals": [_proposal_json(p) for p in proposals]}
        )
        return
    if not proposals:
        console.print("no events, agreements, targets or trade figures found in this article; nothing queued")
        return
    _print_proposals(proposals)
    console.print(
        f"{len(proposals)} proposals {'(not queued: --dry-run)' if dry_run else 'queued; run `partnerlens news review`'}"
    )


def _sectors_file():
    """The workspace's own ``sectors.yaml`` (which may not exist), found without opening or creating the workspace."""
    from partnerlens.cli.common import state
    from partnerlens.workspace import default_home

    return (state.home.expanduser() if state.home else default_home()) / "sectors.yaml"


def _proposal_json(proposal) -> dict:
    return proposal.model_dump(mode="json")


def _print_proposals(proposals) -> None:
    from partnerlens.cooperation.review import figure, when
    from partnerlens.reference import load_sectors

    sectors = load_sectors(_sectors_file())
    for number, p in enumerate(proposals, 1):
        head = " · ".join(
            filter(
                None,
                [
                    p.kind,
                    formatting.label(p.type) if p.type else "",
                    formatting.label(p.status) if p.status else "",
                    "–".join(p.parties),
                    when(p),
                    figure(p),
                    ", ".join(formatting.label(s, sectors) for s in p.sectors),
                ],
            )
        )
        quote = p.evidence.text[:160] + ("…" if len(p.evidence.text) > 160 else "")
        console.print(f"[bold]{number}.[/] {escape(head)}\n   [dim]“{escape(quote)}”[/]")


@news_app.command("pending")
def pending(as_json: bool = JSON_OPTION) -> None:
    """List the proposals waiting for review."""
    from partnerlens.cooperation.storage import ProposalQueue

    items = ProposalQueue(workspace()).pending()
    if as_json:
        print_json(
            {
                "items": [
                    {"id": i.id, "source": i.source.model_dump(mode="json"), "proposal": _proposal_json(i.proposal)}
                    for i in items
                ]
            }
        )
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
    from partnerlens.claims.store import ClaimStore
    from partnerlens.cooperation.storage import ProposalQueue

    if accept_all and reject_all:
        raise PartnerlensError("choose one of --accept-all and --reject-all")
    queue = ProposalQueue(workspace())
    items = queue.pending()
    interactive = not (accept_all or reject_all)
    if interactive and items and not sys.stdin.isatty():
        raise PartnerlensError(
            "news review asks questions and needs a terminal; use --accept-all or --reject-all in scripts"
        )
    decisions = []
    for item in items:
        accept = accept_all or (interactive and _ask(queue.workspace, item))
        if accept is None:
            break
        if isinstance(accept, tuple):  # corrected before accepting
            accept, item = accept
        status, record = queue.decide(item, accept, by)
        decisions.append(
            {
                "proposal": item.id,
                "kind": item.proposal.kind,
                "type": item.proposal.type,
                "status": status,
                "record": record,
            }
        )
    ClaimStore(queue.workspace).collect()  # accepted articles keep their trade claims (claims list, briefs)
    if as_json:
        print_json({"decisions": decisions})
        return
    counts = {s: sum(d["status"] == s for d in decisions) for s in ("accepted", "merged", "rejected", "claim")}
    console.print(
        f"{counts['accepted']} new records, {counts['merged']} merged into existing ones, {counts['rejected']} rejected, "
        f"{counts['claim']} trade claims kept with their articles (`partnerlens claims list`); {len(items) - len(decisions)} left pending"
    )


def _ask(ws, item):
    """Show what accepting will record (and any record it merges into); y/n, e to correct first, q to stop."""
    import dataclasses

    from partnerlens.cooperation import review as outline_of
    from partnerlens.reference import load_sectors

    shown = outline_of.outline(ws, item, load_sectors())
    lines = [f"[dim]{name}:[/] {escape(value)}" for name, value in shown["rows"]]
    target = shown["merge"]
    lines.append(
        f"[yellow]merges into {escape(target['title'])}, {target['date']} ({target['id']})[/]"
        if target
        else "[dim]a new record[/]"
    )
    lines.append(f"[reverse]“{escape(shown['evidence'])}”[/]\n[dim]— {escape(shown['source'])}[/]")
    console.print(Panel("\n".join(lines), title=item.id))
    answer = Prompt.ask("accept?", choices=["y", "n", "e", "q"], default="y")
    if answer == "e":
        changes = {name: Prompt.ask(name, default=value) for name, value in shown["form"].items()}
        return True, dataclasses.replace(item, proposal=outline_of.with_changes(item.proposal, changes))
    return None if answer == "q" else answer == "y"


def register(app: typer.Typer) -> None:
    app.add_typer(registry_app, name="registry")
    app.add_typer(news_app, name="news")
