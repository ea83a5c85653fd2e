"""World tables of the taxonomy's standard groups: each group's own flows, built once per year by ``world build``.

A brief of a country and a group (Kazakhstan × Africa) reads, for the group,
its flows to economies outside it (supply, sales, export potential) and the
flows among its members (a group market's imports, re-export damping). On
demand those are two scans of the year's flows per handle (the members are
spread over the sorted files). Every standard group of the taxonomy
(``reference.parties``: blocs, regions, income levels) is fixed, so the build
writes, per year and block of groups, four small tables keyed by the group's
``tag`` (a digest of its member codes, :func:`group_tag`):

* ``group_sides``: ``year, tag, code, members`` — which groups the block
  holds (a reader uses a table only for a tag listed here);
* ``group_sales_hs6``: ``year, tag, importer, product, value_usd`` — the
  group's flows to each economy outside it, summed over its members by HS6
  product (what ``inputs.outward`` is summed to by every reader);
* ``group_members_hs6``: ``year, tag, exporter, product, value_usd`` — each
  member's exports to economies outside the group by HS6 product;
* ``group_intra_hs6``: ``year, tag, importer, product, value_usd, known,
  weighted`` — the flows among the members summed per importer and HS6
  product, with the value and value × distance of the suppliers CEPII has a
  distance for (``inputs.intra_sql``'s demand rows; ``inputs.within``).

The tag names the exact member set, so a group whose members a pair trims
(an economy asked about with a group it belongs to) has another tag and is
computed on demand. The SQL is the on-demand SQL of ``analytics.potential.inputs``
with the member lists replaced by a join on a small (tag, member) table: one
pass over the year for a block of groups. This module builds the tables; the
analytics read them through ``analytics.profile.group_tables.world_rows``.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from functools import cache
from pathlib import Path

TABLES = ("group_sides", "group_sales_hs6", "group_members_hs6", "group_intra_hs6")
BLOCKS = 4
"""Blocks of groups per year: each a task reading the year's flows once per table."""
DIGITS = 6
"""The product level of the sales and internal-trade tables: one row per (importer or exporter) and HS6 product, so
a reader at six digits takes the rows as they are, without summing them again."""


def group_tag(members: Iterable[str]) -> str:
    """The key of a member set in the group tables (the same set, the same tag, whatever the group's code)."""
    return hashlib.sha256(",".join(sorted(set(members))).encode()).hexdigest()[:16]


@cache
def standard_groups() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """``(code, members)`` of every group of the taxonomy with at least two members, by code."""
    from partnerlens.reference.parties import list_parties

    found = {p.code: tuple(sorted(p.members)) for p in list_parties("group") if len(p.members) > 1}
    return tuple(sorted(found.items()))


def blocks() -> list[tuple[str, ...]]:
    """The group codes of each block (every ``BLOCKS``-th group: the large ones spread over the blocks)."""
    codes = [code for code, _ in standard_groups()]
    return [tuple(codes[i::BLOCKS]) for i in range(BLOCKS) if codes[i::BLOCKS]]


def block_folder(filename: str) -> str:
    """The ``block=NNN`` folder of a partition file (the blocks sort in build order)."""
    return next((part for part in Path(filename).parts if part.startswith("block=")), "")


def first_blocks(rows: Iterable[tuple[str, str]]) -> dict[str, str]:
    """Each tag of ``(tag, filename)`` rows of ``group_sides`` and the first block (folder) that lists it: the block
    whose rows of that member set a reader takes (see :func:`first_written`)."""
    found: dict[str, str] = {}
    for tag, filename in sorted(rows, key=lambda row: (block_folder(row[1]), row[0])):
        found.setdefault(tag, block_folder(filename))
    return found


def _quoted(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _sides_values(codes: tuple[str, ...], alias: str) -> str:
    """SQL table ``alias(tag, member)`` of the groups ``codes`` (no row when there is no group)."""
    members = dict(standard_groups())
    rows = ", ".join(f"({_quoted(group_tag(members[code]))}, {_quoted(m)})" for code in codes for m in members[code])
    if not rows:
        return f"(SELECT NULL::VARCHAR AS tag, NULL::VARCHAR AS member WHERE false) AS {alias}"
    return f"(VALUES {rows}) AS {alias}(tag, member)"


def first_written(codes: tuple[str, ...]) -> tuple[str, ...]:
    """The groups of a block whose rows the block holds: those whose member set (tag) no earlier block, and no
    earlier group of this block, holds. Groups with the same members (EU and european-union, ASEAN and
    south-eastern-asia) have one set of rows, in the first block that lists their tag, which is the block a reader
    takes (``analytics.profile.group_tables.world_rows``); ``group_sides`` still lists every group."""
    members = dict(standard_groups())
    seen: set[str] = set()
    for block in blocks():
        if block == codes:
            break
        seen |= {group_tag(members[code]) for code in block}
    kept = []
    for code in codes:
        tag = group_tag(members[code])
        if tag not in seen:
            seen.add(tag)
            kept.append(code)
    return tuple(kept)


def block_sql(year: int, codes: tuple[str, ...]) -> dict[str, str]:
    """Per table, the query of one year's block of groups (over view ``flows`` and ``distances_input``, the
    CEPII distances ``inputs`` registers). The rows of a member set are written once (:func:`first_written`)."""
    members = dict(standard_groups())
    written = first_written(codes)
    sides = _sides_values(written, "s")
    others = _sides_values(written, "t")
    y = int(year)
    outward = (
        f"FROM flows f JOIN {sides} ON f.exporter = s.member "
        f"ANTI JOIN {others} ON t.tag = s.tag AND t.member = f.importer WHERE f.year = {y}"
    )
    listed = ", ".join(
        f"({y}, {_quoted(group_tag(members[c]))}, {_quoted(c)}, [{', '.join(_quoted(m) for m in members[c])}])"
        for c in codes
    )
    return {
        "group_sides": f"SELECT * FROM (VALUES {listed}) AS g(year, tag, code, members) ORDER BY tag",
        "group_sales_hs6": (
            f"SELECT {y} AS year, s.tag, f.importer, left(f.product, 6) AS product, sum(f.value_usd) AS value_usd "
            f"{outward} GROUP BY ALL ORDER BY ALL"
        ),
        "group_members_hs6": (
            f"SELECT {y} AS year, s.tag, f.exporter, left(f.product, 6) AS product, sum(f.value_usd) AS value_usd "
            f"{outward} GROUP BY ALL ORDER BY ALL"
        ),
        "group_intra_hs6": (
            f"SELECT {y} AS year, s.tag, f.importer, left(f.product, 6) AS product, sum(f.value_usd) AS value_usd, "
            "sum(f.value_usd) FILTER (WHERE d.distw IS NOT NULL) AS known, sum(f.value_usd * d.distw) AS weighted "
            f"FROM flows f JOIN {sides} ON f.exporter = s.member JOIN {others} ON t.tag = s.tag AND t.member = f.importer "
            "LEFT JOIN distances_input d ON d.exporter = f.exporter AND d.importer = f.importer "
            f"WHERE f.year = {y} GROUP BY ALL ORDER BY ALL"
        ),
    }
