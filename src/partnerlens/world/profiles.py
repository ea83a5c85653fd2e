"""World tables for profiles: ``profile_products`` (each direction of every ordered pair of economies, summarised)
and ``profile_economies`` (each economy's totals and partners). Read by ``analytics.profile.world``.

A profile of two economies needs, per direction, the largest products at HS4
and HS6 with their basket totals, the Herfindahl–Hirschman index and the sum
of each sector (``analytics.profile.products.Direction``). Computed on demand
this is a scan of the flows filtered on the pair and a sum over thousands of
products in Python (tens of milliseconds a pair); here one task per block of
exporters reads the block's flows once, in the order a profile reads them
(pair, then product), and summarises each pair with the same function, so a
profile over current world tables reads two rows and gives the same floats.

Rows: ``year, exporter, importer, taxonomy, summary`` (``summary``: the
direction as exact JSON; ``taxonomy``: a digest of the goods sectors it was
summed under, so a changed ``sectors.yaml`` is never read), sorted by exporter
and importer in small row groups, so a reader's filter on the pair skips the rest.
"""

from __future__ import annotations

from pathlib import Path

ROW_GROUP = 2048
"""Rows per Parquet row group: a pair's two rows are found by min/max statistics without decoding the file."""


def summarise_block(con, year: int, condition: str, home: str) -> dict[str, list]:
    """The columns of the table for the exporters selected by ``condition`` (SQL) in ``year``."""
    import numpy as np

    from partnerlens.analytics.profile.blocks import summarise_groups
    from partnerlens.analytics.profile.products import WORLD_TOP, goods_sectors, taxonomy_key
    from partnerlens.reference import load_sectors

    goods = goods_sectors(load_sectors(Path(home) / "sectors.yaml" if home else None))
    key = taxonomy_key(goods)
    flows = con.execute(
        "SELECT exporter, importer, product::VARCHAR AS product, sum(value_usd)::DOUBLE AS value_usd FROM flows "
        f"WHERE year = {int(year)} AND {condition} AND exporter <> importer "
        "GROUP BY ALL ORDER BY exporter, importer, product"
    ).to_arrow_table()
    exporter, importer, product = (
        flows[c].combine_chunks().dictionary_encode() for c in ("exporter", "importer", "product")
    )
    pair = np.stack([exporter.indices.to_numpy(), importer.indices.to_numpy()], axis=1)
    change = np.ones(len(pair), bool)
    change[1:] = (pair[1:] != pair[:-1]).any(axis=1)
    starts = np.flatnonzero(change)
    lengths = np.diff(np.append(starts, len(pair)))
    values = flows["value_usd"].combine_chunks().to_numpy(zero_copy_only=False)
    directions = summarise_groups(
        lengths, product.dictionary.to_pylist(), product.indices.to_numpy(), values, goods, WORLD_TOP
    )
    exporters, importers = exporter.dictionary.to_pylist(), importer.dictionary.to_pylist()
    return {
        "year": [int(year)] * len(starts),
        "exporter": [exporters[i] for i in pair[starts, 0].tolist()],
        "importer": [importers[i] for i in pair[starts, 1].tolist()],
        "taxonomy": [key] * len(starts),
        "summary": [d.to_json() for d in directions],
    }


def write_columns(columns: dict[str, list], partial: Path) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    table = pa.table(
        {
            "year": pa.array(columns["year"], pa.int32()),
            "exporter": pa.array(columns["exporter"], pa.string()),
            "importer": pa.array(columns["importer"], pa.string()),
            "taxonomy": pa.array(columns["taxonomy"], pa.string()),
            "summary": pa.array(columns["summary"], pa.string()),
        }
    )
    pq.write_table(table, partial, row_group_size=ROW_GROUP)


def economies_sql(pair_totals: str, year: int | None) -> str:
    """Each economy's exports and imports (trade with itself excluded) and its partners' values, in one year.

    The sums are the profile series' (``analytics.profile.series.series_table``):
    DuckDB's ``sum`` over the same pair totals in the same order (exporter, then
    importer), so they are the same floats; the partners are listed in code order.
    """
    own = "FILTER (WHERE importer <> exporter)"
    chosen = "" if year is None else f" WHERE year = {int(year)}"  # None: every year
    return f"""
        WITH pt AS (SELECT * FROM {pair_totals}{chosen}),
        x AS (
            SELECT year, exporter AS economy, sum(value_usd ORDER BY exporter, importer) {own} AS exports,
                list(importer ORDER BY importer) {own} AS x_codes, list(value_usd ORDER BY importer) {own} AS x_values
            FROM pt GROUP BY ALL),
        m AS (
            SELECT year, importer AS economy, sum(value_usd ORDER BY exporter, importer) {own} AS imports,
                list(exporter ORDER BY exporter) {own} AS m_codes, list(value_usd ORDER BY exporter) {own} AS m_values
            FROM pt GROUP BY ALL)
        SELECT coalesce(x.year, m.year) AS year, coalesce(x.economy, m.economy) AS economy,
            exports, imports, x_codes, x_values, m_codes, m_values
        FROM x FULL OUTER JOIN m ON x.year = m.year AND x.economy = m.economy
        ORDER BY year, economy"""
