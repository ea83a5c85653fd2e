"""Reading a standard group's own flows from the world tables ``world build`` wrote (``partnerlens.world.groups``).

The world layer builds the tables (``group_sides``, ``group_sales_hs6``,
``group_members_hs6``, ``group_intra_hs6``, keyed by the digest of a group's
member set, :func:`~partnerlens.world.groups.group_tag`); the analytics read
them here, beside the profile's other readers (:mod:`.world`, :mod:`.group_world`):
export potential and diversification (``analytics.potential.inputs``) and a
merged group's exports (``analytics.flows.queries``).
"""

from __future__ import annotations

from partnerlens.analytics.flows.handle import Flows
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
