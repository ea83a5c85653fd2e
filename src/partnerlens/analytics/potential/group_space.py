"""A standard group's rows of its merged product space, read from the world table ``group_space_hs4``.

Diversification of a group exporter needs the group's rows of the year's HS4
product space with the group placed in it as one economy
(``diversify._exporter_space``). After ``world build`` those rows are a world
table of the taxonomy's standard groups (``world.group_space``), computed with
the on-demand path's panel and function, so the first brief of a group after a
build reads about a thousand rows instead of computing the year's complexity
again (and keeping the whole merged space in the cache folder).
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from partnerlens.analytics.flows import Flows
from partnerlens.reference import Party


def world_group_space(f: Flows, year: int, digits: int, rca_threshold: float, group: Party) -> pd.DataFrame | None:
    """``group``'s rows of its merged product space from the world table, or None to compute them on demand.

    None unless the table is current for ``year`` and holds this space (four
    digits, RCA ≥ 1) for exactly this code and member set (a pair may trim a
    group: another tag).
    """
    from partnerlens.world.group_space import DIGITS, RCA_THRESHOLD, TABLE

    if f.world is None or not group.is_group or len(group.members) < 2:
        return None
    if (digits, float(rca_threshold)) != (DIGITS, RCA_THRESHOLD):
        return None
    from partnerlens.world.groups import blocks, group_tag
    from partnerlens.world.manifest import table_files

    files = table_files(*f.world, TABLE, [year])
    block = next((f"block={i:03d}" for i, codes in enumerate(blocks()) if group.code in codes), None)
    files = [path for path in files or () if block in Path(path).parts]  # the block of the group's code
    if not files:
        return None
    from partnerlens.sql import sql_string

    where = f"tag = {sql_string(group_tag(group.members))} AND exporter = {sql_string(group.code)}"
    rows = parquet_rows(f, files, where)
    return None if rows.empty else rows.drop(columns="tag")


def parquet_rows(f: Flows, files: list[str], where: str) -> pd.DataFrame:
    """The rows of Parquet ``files`` that match ``where`` (SQL), as ``pandas.read_parquet`` gives them with filters.

    Read by the handle's DuckDB connection (it skips the row groups the
    condition excludes, in file order: the connection keeps the insertion
    order), then converted by Arrow as pandas does (object strings): the same
    frame, without importing ``pyarrow.parquet`` in a brief (0.02 s of CPU).
    """
    import pyarrow as pa

    from partnerlens.sql import sql_string_list

    result = f.con.execute(
        f"SELECT * FROM read_parquet({sql_string_list(files)}, hive_partitioning = false) WHERE {where}"
    ).arrow()
    table = result.read_all() if isinstance(result, pa.RecordBatchReader) else result
    return table.to_pandas()
