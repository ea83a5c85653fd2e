"""``partnerlens news``: read articles into proposals, list them and review them into the registry."""

from __future__ import annotations

import sys
from typing import Optional

import typer
from rich.panel import Panel
from rich.prompt import Prompt

from partnerlens import formatting
from partnerlens.cli.common import (
    FETCH_ALLOW_OPTION,
    JSON_OPTION,
    console,
    fetch_allow,
    print_json,
    workspace,
)
from partnerlens.cli.common import terminal_text as escape  # strips control characters and escape sequences too
from partnerlens.cli.registry import BY_OPTION
from partnerlens.errors import PartnerlensError

news_app = typer.Typer(help="Read articles into proposals and review them into the registry.", no_args_is_help=True)


@news_app.command("add")
def news_add(
    target: str = typer.Argument(..., help="A text or HTML file, an http(s) URL, or - for standard input."),
    published: Optional[str] = typer.Option(
        None,
        help="The article's date (YYYY-MM-DD, or YYYY-MM / YYYY when only those are known) if the text does not say.",
    ),
    dry_run: bool = typer.Option(False, "--dry-run", help="Only show the proposals; queue nothing."),
    as_json: bool = JSON_OPTION,
    fetch_allow_networks: Optional[list[str]] = FETCH_ALLOW_OPTION,
) -> None:
    """Read an article and queue what it reports as proposals for `news review`."""
    from partnerlens.cooperation.article import publication, read_article
    from partnerlens.cooperation.extract import extract

    day, hint = publication(published)  # "2020-02": relative dates are read at the month
    article = read_article(target, published=day, date_hint=hint, allow=fetch_allow(fetch_allow_networks))
    proposals = extract(
        article
    )  # sectors: the workspace's own taxonomy, in force for the invocation (cli.common.begin)
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


def _proposal_json(proposal) -> dict:
    return proposal.model_dump(mode="json")


def _print_proposals(proposals) -> None:
    from partnerlens.cooperation.review import figure, when
    from partnerlens.reference.sectors import active_sectors

    sectors = active_sectors()
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
                    ("article's areas: " + ", ".join(formatting.label(s, sectors) for s in p.areas)) if p.areas else "",
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
    from partnerlens.reference.sectors import active_sectors

    shown = outline_of.outline(ws, item, active_sectors())
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
    app.add_typer(news_app, name="news")
