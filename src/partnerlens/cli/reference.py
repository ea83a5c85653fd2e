"""``partnerlens parties`` and ``partnerlens sectors``: the reference data users name."""

from __future__ import annotations

from typing import Optional

import typer
from rich.table import Table

from partnerlens.cli.common import JSON_OPTION, console, print_json
from partnerlens.reference import list_parties, resolve_party
from partnerlens.reference.sectors import active_sectors


def parties(
    query: Optional[str] = typer.Argument(
        None, help="Resolve one name or code (e.g. 'Republic of Azerbaijan', 'Africa')."
    ),
    kind: Optional[str] = typer.Option(None, help="Only 'economy' or 'group'."),
    as_json: bool = JSON_OPTION,
) -> None:
    """List the parties (economies and groups), or resolve one name."""
    found = [resolve_party(query)] if query else list_parties(kind)
    if as_json:
        print_json({"parties": [p.to_dict() for p in found]})
        return
    table = Table("code", "name", "kind", "members", title="Parties")
    for party in found:
        members = (
            ", ".join(sorted(party.members)) if party.is_group and len(party.members) <= 12 else str(len(party.members))
        )
        table.add_row(party.code, party.name, party.group_type or party.kind, members)
    console.print(table)


def sectors(as_json: bool = JSON_OPTION) -> None:
    """List the sector taxonomy: ids, labels, synonyms and HS codes."""
    taxonomy = active_sectors()  # the workspace's own sectors.yaml when it has one
    if as_json:
        print_json({"sectors": [s.model_dump() | {"trades_in_goods": s.trades_in_goods} for s in taxonomy.values()]})
        return
    table = Table("id", "label", "HS codes", "synonyms", title="Sectors")
    for sector in taxonomy.values():
        table.add_row(sector.id, sector.label, ", ".join(sector.hs) or "(no goods)", ", ".join(sector.synonyms[:6]))
    console.print(table)


def register(app: typer.Typer) -> None:
    app.command()(parties)
    app.command()(sectors)
