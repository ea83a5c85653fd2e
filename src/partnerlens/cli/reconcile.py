"""``partnerlens reconcile A B --year Y``: why do these figures differ?

Prints every figure the workspace has for the pair and year — each release in
the store, each Comtrade reporter's own and mirror figure, WDI's published
totals, the figures the pair's articles state — saying which are computed from
the store, which are published and which are stated; then the usual causes of
gaps with their numbers. ``--json`` prints the library's result.
"""

from __future__ import annotations

from typing import Optional

import typer
from rich.markup import escape
from rich.table import Table

from partnerlens.cli.analytics import PARTY_A, PARTY_B
from partnerlens.cli.common import JSON_OPTION, console, print_json, print_synthetic_banner, workspace
from partnerlens.formatting import money, share

KINDS = {"store": "computed", "published": "published", "article": "stated"}
LEGEND = (
    "computed: from a release in the trade store · published: WDI figures, real, not from the trade store · "
    "stated: in an article, as written"
)


def reconcile(
    a: str = PARTY_A,
    b: str = PARTY_B,
    year: Optional[int] = typer.Option(
        None, "--year", help="Year (default: the latest year of the store's primary release)."
    ),
    as_json: bool = JSON_OPTION,
) -> None:
    """Why do these figures differ? Every figure for A and B in a year, side by side, with the causes of the gaps."""
    from partnerlens.brief.reconcile import pair_reconciliation  # claims and extraction: loaded only when asked for

    result = pair_reconciliation(workspace(), a, b, year)
    if as_json:
        print_json(result.to_dict())
        return
    console.print(
        f"[bold]Why do these figures differ? {escape(result.a_name)} and {escape(result.b_name)}, {result.year}[/]"
    )
    if result.synthetic:
        print_synthetic_banner()
    for note in result.notes:
        console.print(f"[dim]note:[/] {escape(note)}")
    console.print(LEGEND)
    console.print(_figures_table(result))
    for cause in result.causes:
        mark = "" if cause.measured else " [dim](not measurable with this workspace's data)[/]"
        console.print(f"\n[bold]{escape(cause.title)}[/]{mark}\n{escape(cause.explanation)}")


def _figures_table(result) -> Table:
    table = Table("figure", "value", "what it is", "source", "basis / note", title="Every figure the workspace has")
    for f in result.figures:
        note = f.basis
        if f.share_of:
            note += f"; bilateral flow = {share(f.share_of['share'], 2)} of it"
        if f.note:
            note += f"; {f.note}"
        table.add_row(
            escape(f.label), money(f.value_usd), KINDS[f.kind], escape(f"{f.source} ({f.year})"), escape(note)
        )
    return table


def register(app: typer.Typer) -> None:
    app.command()(reconcile)
