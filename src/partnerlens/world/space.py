"""World table ``space_hs4``: the year's HS4 product space as diversification reads it (``analytics.potential.diversify``).

Diversification ranks an exporter's candidate products by density, COG and
PCI (METHODS.md, *Economic complexity*): the output of
:func:`partnerlens.analytics.complexity.complexity` on every economy's exports
of the year at four digits (presence at RCA ≥ 1), one row per economy ×
product with ``rca, mcp, diversity, ubiquity, eci, pci, density, coi, cog``.
On demand that is the costliest step of a first brief (the year's whole
matrix, about a second on a BACI-size year); here one task per year computes
it from the year's ``exports_hs6`` partitions with the on-demand path's SQL
(``analytics.flows.exports_by_product``: HS6 rolled up to HS4, ordered by
exporter and product), so a reader gets the same table. Rows are in the
function's order (exporter, then product) in small row groups, so a reader
asking for one exporter's rows skips the rest.
"""

from __future__ import annotations

from pathlib import Path

TABLE = "space_hs4"
DIGITS = 4
RCA_THRESHOLD = 1.0
"""The presence threshold of the table: diversification's default (``rca_threshold``); other thresholds compute on demand."""
ROW_GROUP = 8192
"""Rows per Parquet row group (a few economies' rows): one exporter's rows are found by min/max statistics."""


def panel_sql(exports_hs6: str, year: int) -> str:
    """Every economy's exports at four digits in ``year`` from the six-digit table (``exports_by_product``'s SQL)."""
    return (
        f"SELECT * FROM (SELECT year, exporter, left(product, {DIGITS}) AS product, sum(value_usd) AS value_usd "
        f"FROM {exports_hs6} WHERE year = {int(year)} GROUP BY ALL) ORDER BY year, exporter, product"
    )


def write_space(con, exports_hs6: str, year: int, partial: Path) -> None:
    """Compute the year's product space from ``exports_hs6`` (SQL of a table) and write it to ``partial``."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    from partnerlens.analytics.complexity import complexity
    from partnerlens.analytics.flows import Flows

    panel = Flows(con).df(panel_sql(exports_hs6, year))  # the dtypes of the on-demand panel (Arrow-backed strings)
    space = complexity(panel, rca_threshold=RCA_THRESHOLD)
    pq.write_table(pa.Table.from_pandas(space, preserve_index=False), partial, row_group_size=ROW_GROUP)
