"""The "Published indicators" block of ``partnerlens profile``: real figures, cited, apart from the store's.

Not a command: :func:`print_published` is called by the commands that show a
pair. It prints one table for both parties (goods exports and imports, GDP,
population, ECI with its rank, growth projection), numbered sources with their
vintage and basis, and for a group its members' published ECI (never averaged).
"""

from __future__ import annotations

from rich.table import Table

from partnerlens.analytics.published import ORDER, PublishedIndicators
from partnerlens.cli.common import console
from partnerlens.formatting import number, published


def print_published(blocks: tuple[PublishedIndicators, ...], store_sources: list) -> None:
    """Print the published block of a pair, saying which figures come from the store and which are published."""
    if not blocks:
        return
    console.print(
        "[dim]computed from the trade store:[/] every table above ("
        + "; ".join(s.citation() for s in store_sources)
        + ")"
    )
    console.print(_table(blocks))
    for block in blocks:
        if block.is_group:
            console.print(_member_table(block))


def _table(blocks: tuple[PublishedIndicators, ...]) -> Table:
    sources = list(dict.fromkeys(f.source for b in blocks for f in b.figures))
    table = Table("indicator", *(b.name for b in blocks), title=blocks[0].note)
    for indicator in ORDER:
        figures = [b.figure(indicator) for b in blocks]
        if not any(figures):
            continue
        label = next(f.label for f in figures if f)
        table.add_row(label, *(_cell(f, b, indicator, sources) for f, b in zip(figures, blocks, strict=False)))
    bases = {f.label: f.basis for b in blocks for f in b.figures if f.basis}
    vintage = next((f.vintage for b in blocks for f in b.figures), "")
    table.caption = "\n".join(
        [f"[{n}] {source} ({vintage})" for n, source in enumerate(sources, start=1)]
        + [f"{label}: {basis}" for label, basis in bases.items()]
    )
    return table


def _cell(figure, block: PublishedIndicators, indicator: str, sources: list[str]) -> str:
    if figure is None:
        return "see the members' table below" if block.is_group and indicator == "eci" else published(None)
    return f"{published(figure)} [{sources.index(figure.source) + 1}]"


def _member_table(block: PublishedIndicators) -> Table:
    table = Table("member", "ECI", "rank", title=f"Published ECI of {block.name} members (a table, not an average)")
    for row in block.member_eci.itertuples(index=False):
        table.add_row(f"{row.name} ({row.iso3})", number(row.eci), f"{row.rank} of {row.ranked_of} ({row.year})")
    if block.member_eci.empty:
        table.add_row("no member has a published ECI", "", "")
    return table
