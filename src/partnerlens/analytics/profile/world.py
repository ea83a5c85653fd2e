"""A pair's product summaries from the world tables, when ``world build`` wrote them for this state of the store.

``world build`` summarises each direction of every ordered pair of economies
in each year (:func:`partnerlens.analytics.profile.products.summarise` over the
same rows, in the same order, as a profile reads from the flows) into the world
table ``profile_products``. A profile of two economies then reads two rows
instead of scanning the flows and summing thousands of products, and its
figures are the same floats. Groups, product selections, a ``top`` beyond what
the build kept, a year the build did not cover or another sector taxonomy read
the flows as before.
"""

from __future__ import annotations

from partnerlens.analytics.flows import Flows, sql_list
from partnerlens.analytics.profile.products import EMPTY, WORLD_TOP, Direction, taxonomy_key
from partnerlens.sql import sql_string_list
from partnerlens.world.manifest import table_files

TABLE = "profile_products"


def world_summaries(
    f: Flows, year: int, side_a: frozenset[str], side_b: frozenset[str], goods: list, top: int
) -> dict[str, Direction] | None:
    """Both directions' summaries of two economies in ``year`` from the world tables; None to compute them."""
    if f.world is None or len(side_a) != 1 or len(side_b) != 1 or side_a == side_b or top > WORLD_TOP:
        return None
    files = table_files(*f.world, TABLE, [year])
    if files is None:
        return None
    (a,), (b,) = side_a, side_b
    pair = sql_list(frozenset((a, b)))
    rows = f.con.execute(
        f"SELECT exporter, taxonomy, summary FROM read_parquet({sql_string_list(files)}) "
        f"WHERE year = {int(year)} AND exporter IN {pair} AND importer IN {pair} AND exporter <> importer"
    ).fetchall()
    key = taxonomy_key(goods)
    if any(taxonomy != key for _, taxonomy, _ in rows):
        return None  # summed under another sector taxonomy: compute
    found = {str(exporter): Direction.from_json(summary) for exporter, _, summary in rows}
    return {"a_to_b": found.get(a, EMPTY), "b_to_a": found.get(b, EMPTY)}
