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

from partnerlens.analytics.flows.handle import Flows
from partnerlens.analytics.sides import sql_list
from partnerlens.sql import sql_string, sql_string_list
from partnerlens.world.groups import group_tag
from partnerlens.world.manifest import table_files


def world_rows(f: Flows, table: str, year: int, members: frozenset[str]) -> str | None:
    """SQL of a standard group's rows of world table ``table`` in ``year`` (``world.groups``), or None to compute.

    None unless the build wrote the group tables of ``year`` for this state of
    the store and listed exactly these members (a pair may trim a group).
    """
    if f.world is None or len(members) < 2:
        return None
    tag = group_tag(members)
    files = table_files(*f.world, table, [year])
    if files is None or tag not in f.memoised(("group_sides", int(year)), lambda: _listed(f, year)):
        return None
    return (
        f"SELECT * EXCLUDE (tag) FROM read_parquet({sql_string_list(files)}, hive_partitioning = false) "
        f"WHERE tag = {sql_string(tag)}"
    )


def _listed(f: Flows, year: int) -> frozenset[str]:
    """The tags of the groups the build wrote for ``year`` (table ``group_sides``; empty without it)."""
    files = table_files(*f.world, "group_sides", [year]) if f.world else None
    if files is None:
        return frozenset()
    rows = f.con.execute(f"SELECT tag FROM read_parquet({sql_string_list(files)}, hive_partitioning = false)")
    return frozenset(t for (t,) in rows.fetchall())


def group_flows_to(f: Flows, year: int, exporters: frozenset[str], importers: frozenset[str]) -> str:
    """A temporary table of the flows of ``year`` from a group's members to a market (``year, exporter, importer,
    product, value_usd``), made once per handle.

    A brief of a country and a group reads them twice — the profile's products
    of the group's direction, its members' sales to the market in export
    potential — and each read is a pass over every member's row groups (the
    members are spread over the exporter-sorted files): one pass, then a few
    thousand rows.
    """
    key = ("group_flows_to", int(year), exporters, importers)
    tag = hashlib.sha256(f"{sql_list(exporters)}>{sql_list(importers)}".encode()).hexdigest()[:12]
    name = f"group_to_{int(year)}_{tag}"

    def create() -> str:
        f.con.execute(
            f"CREATE OR REPLACE TEMP TABLE {name} AS SELECT year, exporter, importer, product, value_usd FROM flows "
            f"WHERE year = {int(year)} AND exporter IN {sql_list(exporters)} AND importer IN {sql_list(importers)}"
        )
        return name

    return f.memoised(key, create)
