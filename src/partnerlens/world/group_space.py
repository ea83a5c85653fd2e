"""World table ``group_space_hs4``: each standard group's own rows of the HS4 product space with the group merged.

Diversification of a group exporter (Africa → Kazakhstan) places the group in
the year's product space as one economy (its members' rows replaced by one
row of their exports outside the group: ``analytics.flows.exports_by_product``
with ``merge``) and reads the group's rows of
:func:`partnerlens.analytics.complexity.complexity` on that panel. On demand
that is the whole year's complexity once more per group (about 0.5–0.8 s of
CPU on an 11-million-flow year), computed by the first brief of the group after
a build and kept in the cache folder. Here one task per year and block of the
taxonomy's standard groups (``world.groups``) computes it for each group of the
block from the year's ``exports_hs6`` partitions and the group's
``group_sales_hs6`` rows — the on-demand path's SQL over the same tables, so a
reader gets the same floats — and keeps only the group's own rows (about a
thousand per group: what ``diversify._exporter_space`` reads).

Rows: the columns of ``complexity`` (``exporter`` is the group's code) and
``tag``, the digest of the group's members (``world.groups.group_tag``); a
reader takes the rows of its group's code and tag, so a group whose members a
pair trims has another tag and is computed on demand. Groups with the same
members (EU and european-union) have one row set each, under their own code.
A group whose space cannot be computed (no exports outside it) has no rows:
its readers compute on demand. Only the default threshold (RCA ≥ 1) at four
digits is built, as for ``space_hs4``.
"""

from __future__ import annotations

from pathlib import Path

from partnerlens.world.space import DIGITS, RCA_THRESHOLD

TABLE = "group_space_hs4"
ROW_GROUP = 2048
"""Rows per Parquet row group (one or two groups' rows): a reader's group is found by min/max statistics."""


def _quoted(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def merged_panel_sql(base: str, sales: str, code: str, members: tuple[str, ...]) -> str:
    """One year's exports at four digits with ``code``'s members merged, as ``exports_by_product(…, merge=…)`` sums
    them after ``world build``: every other economy's rows of ``base`` (the HS4 roll-up of ``exports_hs6``) and the
    group's own row summed from its positive sales (``sales``: SQL of its rows of ``group_sales_hs6``)."""
    listed = "(" + ", ".join(_quoted(m) for m in sorted(members)) + ")"
    own = (
        f"SELECT year, {_quoted(code)} AS exporter, left(product, {DIGITS}) AS product, sum(value_usd) AS value_usd "
        f"FROM ({sales}) WHERE value_usd > 0 GROUP BY ALL"
    )
    return (
        f"SELECT * FROM (SELECT * FROM (SELECT * FROM {base} WHERE exporter NOT IN {listed} UNION ALL {own})) "
        "ORDER BY year, exporter, product"
    )


def _sales_sql(con, sales_files: list[str], sides_files: list[str]) -> dict[str, str]:
    """Per tag, SQL of its rows of ``group_sales_hs6``, from the first block that lists it in ``group_sides``: the
    block a reader takes (``analytics.profile.group_tables.world_rows``; a store built before the rows of a member
    set were written once holds them in two blocks)."""
    from partnerlens.world.groups import first_blocks

    listed = ", ".join(_quoted(f) for f in sides_files)
    rows = con.execute(
        f"SELECT tag, filename FROM read_parquet([{listed}], hive_partitioning = false, filename = true)"
    )
    found = {}
    for tag, block in first_blocks(rows.fetchall()).items():
        files = ", ".join(_quoted(f) for f in sales_files if block in Path(f).parts)
        if files:
            found[tag] = (
                f"SELECT * EXCLUDE (tag) FROM read_parquet([{files}], hive_partitioning = false) "
                f"WHERE tag = {_quoted(tag)}"
            )
    return found


def group_space_rows(con, exports_hs6: str, sales_files: list[str], sides_files: list[str], codes: tuple[str, ...]):
    """The rows of each group of ``codes`` in its merged product space of the year of ``exports_hs6`` (SQL of the
    year's table), its sales read from ``sales_files`` / ``sides_files`` (see the module docstring)."""
    import pandas as pd

    from partnerlens.analytics.complexity import complexity
    from partnerlens.analytics.flows import Flows
    from partnerlens.world.groups import group_tag, standard_groups

    members = dict(standard_groups())
    sales = _sales_sql(con, sales_files, sides_files)
    con.execute(  # the on-demand path's ``exports_YYYY_hs4``: the six-digit table rolled up, once per task
        "CREATE OR REPLACE TEMP TABLE base_hs4 AS SELECT year, exporter, left(product, 4) AS product, "
        f"sum(value_usd) AS value_usd FROM {exports_hs6} GROUP BY ALL"
    )
    f = Flows(con)  # Arrow-backed strings, as the on-demand panel
    found = []
    for code in codes:
        tag = group_tag(members[code])
        if tag not in sales:
            continue
        panel = f.df(merged_panel_sql("base_hs4", sales[tag], code, members[code]))
        if not (panel["exporter"] == code).any():
            continue  # no exports outside the group: nothing to place (readers compute on demand)
        space = complexity(panel, rca_threshold=RCA_THRESHOLD)
        rows = space[space["exporter"] == code].reset_index(drop=True)
        rows["tag"] = tag
        found.append(rows)
    if not found:
        return pd.DataFrame(columns=["exporter", "product", "tag"])
    return pd.concat(found, ignore_index=True)


def write_group_space(
    con, exports_hs6: str, sales_files: list[str], sides_files: list[str], codes: tuple[str, ...], partial: Path
) -> None:
    """Compute the block's rows (:func:`group_space_rows`) and write them to ``partial`` in small row groups."""
    rows = group_space_rows(con, exports_hs6, sales_files, sides_files, codes)
    rows.to_parquet(partial, index=False, row_group_size=ROW_GROUP)
