"""Reading a standard group's own flows from the world tables ``world build`` wrote (``partnerlens.world.groups``).

The world layer builds the tables (``group_sides``, ``group_sales_hs6``,
``group_members_hs6``, ``group_intra_hs6``, keyed by the digest of a group's
member set, :func:`~partnerlens.world.groups.group_tag`); the analytics read
them here, beside the profile's other readers (:mod:`.world`, :mod:`.group_world`):
export potential and diversification (``analytics.potential.inputs``) and a
merged group's exports (``analytics.flows.queries``). :func:`group_flows_to`
keeps, per handle, a group's flows to one market, which the profile and export
potential both read.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from partnerlens.analytics.flows.handle import Flows
from partnerlens.analytics.sides import sql_list
from partnerlens.sql import sql_string, sql_string_list
from partnerlens.world.groups import first_blocks, group_tag
from partnerlens.world.manifest import table_files


def world_rows(f: Flows, table: str, year: int, members: frozenset[str]) -> str | None:
    """SQL of a standard group's rows of world table ``table`` in ``year`` (``world.groups``), or None to compute.

    None unless the build wrote the group tables of ``year`` for this state of
    the store and listed exactly these members (a pair may trim a group). Two
    groups of the taxonomy with the same members (EU and european-union, ASEAN
    and south-eastern-asia) have the same tag and may sit in two blocks, each
    with the same rows: only the first block that lists the tag is read (reading
    both counted every flow twice).
    """
    if f.world is None or len(members) < 2:
        return None
    tag = group_tag(members)
    files = table_files(*f.world, table, [year])
    block = f.memoised(("group_sides", int(year)), lambda: _listed(f, year)).get(tag)
    if files is None or block is None:
        return None
    files = [path for path in files if block in Path(path).parts]
    if not files:
        return None
    return (
        f"SELECT * EXCLUDE (tag) FROM read_parquet({sql_string_list(files)}, hive_partitioning = false) "
        f"WHERE tag = {sql_string(tag)}"
    )


def _listed(f: Flows, year: int) -> dict[str, str]:
    """Each tag the build wrote for ``year`` and the first block (folder ``block=NNN``) that lists it (table
    ``group_sides``; empty without it)."""
    files = table_files(*f.world, "group_sides", [year]) if f.world else None
    if files is None:
        return {}
    rows = f.con.execute(
        f"SELECT tag, filename FROM read_parquet({sql_string_list(files)}, hive_partitioning = false, filename = true)"
    ).fetchall()
    return first_blocks(rows)


def group_flows_to(f: Flows, year: int, exporters: frozenset[str], importers: frozenset[str]) -> str:
    """The name of a view of the flows of ``year`` from a group's members to a market (``year, exporter,
    importer, product, value_usd``), read from the flows once per handle.

    A brief of a country and a group reads them twice — the profile's products
    of the group's direction, its members' sales to the market in export
    potential — and each read is a pass over every member's row groups (the
    members are spread over the exporter-sorted files): one pass, then a few
    thousand rows. The rows are kept as an Arrow table (what the handle
    memoises may be shared by the cursors of a server's reader, which do not
    see each other's temporary tables) and registered on the handle's own
    connection each time they are asked for.
    """
    tag = hashlib.sha256(f"{sql_list(exporters)}>{sql_list(importers)}".encode()).hexdigest()[:12]
    name = f"group_to_{int(year)}_{tag}"
    rows = f.shared(  # also for the brief's other thread (``Flows.forked``): the profile and export potential
        ("group_flows_to", int(year), exporters, importers),
        lambda: f.con.execute(
            f"SELECT year, exporter, importer, product, value_usd FROM flows WHERE year = {int(year)} "
            f"AND exporter IN {sql_list(exporters)} AND importer IN {sql_list(importers)}"
        ).to_arrow_table(),
    )
    f.con.register(name, rows)
    return name
