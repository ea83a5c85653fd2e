"""``partnerlens claims list [A B]`` and ``partnerlens claims recheck``: the kept claims of accepted articles.

The library does the work (:class:`partnerlens.claims.store.ClaimStore`);
this module parses arguments and formats verdict lines with
:mod:`partnerlens.claims.present`, as ``check`` and the brief do.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

import typer
from rich.markup import escape

from partnerlens.cli.common import JSON_OPTION, console, print_json, print_synthetic_banner, workspace
from partnerlens.errors import PartnerlensError

if TYPE_CHECKING:  # the claim store reads the trade store (analytics): imported when a command runs, not for --help
    from partnerlens.claims.store import Checked

claims_app = typer.Typer(help="Trade claims of accepted articles, kept with every check run.", no_args_is_help=True)

_SOURCE_OPTION = typer.Option(None, "--source", help="Use only this release of the store (repeatable).")


def _pair(parties: list[str] | None):
    from partnerlens.reference import resolve_party

    parties = parties or []
    if len(parties) > 2:
        raise PartnerlensError("name at most two parties: partnerlens claims list [A [B]]")
    resolved = [resolve_party(p) for p in parties]
    return (resolved + [None, None])[:2]


def _article(item: Checked) -> str:
    source = item.source
    return source.title or source.address or source.id


def _print(items: list[Checked], *, changes: bool = False) -> None:
    from partnerlens.claims.present import verdict_line

    if any((i.result.source or {}).get("synthetic") for i in items):
        print_synthetic_banner()
    for number, item in enumerate(items, 1):
        quote = item.result.claim.text if len(item.result.claim.text) <= 160 else item.result.claim.text[:157] + "…"
        console.print(f"[bold]{number}.[/] “{escape(quote)}” [dim]— {escape(_article(item))}[/]")
        console.print(f"   {escape(verdict_line(item.result))}")
        if changes:
            before = item.previous
            change = (
                "first check"
                if before is None
                else f"was {before.verdict} against {before.release} ({before.checked_at:%Y-%m-%d %H:%M})"
                if item.changed
                else "unchanged"
            )
            console.print(f"   [dim]{escape(change)}[/]")


@claims_app.command("list")
def list_claims(
    parties: Optional[list[str]] = typer.Argument(None, metavar="[A [B]]", help="Only claims about these parties."),
    source: Optional[list[str]] = _SOURCE_OPTION,
    as_json: bool = JSON_OPTION,
) -> None:
    """The kept trade claims of accepted articles with their current verdicts (a run is recorded when one changed)."""
    from partnerlens.claims.store import ClaimStore

    a, b = _pair(parties)
    items = ClaimStore(workspace()).check(a=a, b=b, sources=source, record="changed")
    if as_json:
        print_json({"claims": [i.to_dict() for i in items]})
        return
    if not items:
        console.print(
            "No kept claims: accept an article's proposals with `partnerlens news review` to keep its trade claims."
        )
        return
    _print(items)


@claims_app.command("recheck")
def recheck(
    parties: Optional[list[str]] = typer.Argument(None, metavar="[A [B]]", help="Only claims about these parties."),
    source: Optional[list[str]] = _SOURCE_OPTION,
    as_json: bool = JSON_OPTION,
) -> None:
    """Check every kept claim again (after a new release) and show what changed since the last run."""
    from partnerlens.claims.store import ClaimStore

    a, b = _pair(parties)
    items = ClaimStore(workspace()).check(a=a, b=b, sources=source, record="always")
    changed = [i for i in items if i.changed]
    if as_json:
        print_json({"checked": len(items), "changed": len(changed), "claims": [i.to_dict() for i in items]})
        return
    console.print(f"{len(items)} claims checked, {len(changed)} changed since their last check.")
    _print(items, changes=True)


def register(app: typer.Typer) -> None:
    app.add_typer(claims_app, name="claims")
