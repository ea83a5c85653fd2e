"""World table ``supply_hs{d}``: each exporter's supply terms of export potential, per product (``analytics.potential``).

Export potential (METHODS.md, *Export potential*) is ``P[i,j,k] = S[i,k] ·
D[j,k] · E[i,j]``. Its market side is already store-wide (the year's demand
matrices, cached); its supply side ``S[i,k]`` — i's share of world exports of
k, the trend of its RCA and re-export damping (``analytics.potential.supply``)
— is computed per exporter on demand from three scans of the year's panel (about
0.1 s an exporter on an 11-million-flow year). Here one task per year computes
it for every exporter at once, with the same step functions applied to all
exporters' rows together (Series indexed by exporter and product), so a
reader joins its exporter's rows with any market's demand.

Rows (one per exporter × product the exporter sells outside itself in the
year): ``year, exporter, product, exports_usd, world_usd, supply_share,
rca_trend, reexport_damping, supply, first_year, horizon``, sorted by exporter
and product in small row groups. ``first_year`` is the first base year the
RCA trend starts from and ``horizon`` the years to the target year; the table
holds the default parameters (``DEFAULT_TREND_BOUNDS``,
``DEFAULT_REEXPORT_THRESHOLD``, ``DEFAULT_EASE_YEARS``, ``DEFAULT_HORIZON``)
and a reader asking for others computes on demand.

The sums are those of the on-demand path over the same flows (exports outside
the exporter, world imports, the exporter's imports, the RCA panel of values
above zero); the RCA is Balassa's (``analytics.indices._balassa``) on the
exporters × products matrix where the on-demand path takes the exporter
against the rest of the world: the same floats when sums are exact (values in
whole dollars, as BACI's thousands with three decimals and the demo world).
"""

from __future__ import annotations

from pathlib import Path

TABLE = "supply_hs{d}"
ROW_GROUP = 8192
"""Rows per Parquet row group: one exporter's rows are found by min/max statistics."""


def first_base_year(years: tuple[int, ...], year: int) -> int:
    """The first base year export potential's RCA trend starts from (``assemble.export_potential``'s rule)."""
    from partnerlens.analytics.potential.ease import DEFAULT_EASE_YEARS

    present = set(years)
    return next(y for y in range(year - DEFAULT_EASE_YEARS + 1, year + 1) if y in present or y == year)


def supply_table(con, year: int, first: int, digits: int):
    """Every exporter's supply terms of ``year`` (see the module docstring) from view ``flows`` of connection ``con``."""
    import numpy as np
    import pandas as pd

    from partnerlens.analytics.flows import Flows
    from partnerlens.analytics.potential import supply as step
    from partnerlens.analytics.potential.assemble import DEFAULT_HORIZON

    f = Flows(con)  # strings come Arrow-backed: no Python string per row
    product = f"left(product, {int(digits)})"
    scanned = f.df(  # one scan of the year: sales outside the exporter, and the RCA panel (values above zero)
        f"SELECT exporter, {product} AS product, sum(value_usd) FILTER (WHERE exporter <> importer) AS exports_usd, "
        f"sum(value_usd) FILTER (WHERE value_usd > 0) AS v FROM flows WHERE year = {int(year)} GROUP BY ALL"
    )
    bought = f.df(
        f"SELECT importer AS exporter, {product} AS product, sum(value_usd) AS imports "
        f"FROM flows WHERE year = {int(year)} GROUP BY ALL"
    )
    world = bought.groupby("product", observed=True)["imports"].sum()
    sold = scanned[(scanned["exports_usd"] > 0) & scanned["product"].isin(world.index)]  # the join to world imports
    keys = pd.MultiIndex.from_arrays([sold["exporter"], sold["product"]])
    exports = pd.Series(sold["exports_usd"].to_numpy(float), index=keys)
    world_at = pd.Series(world.reindex(keys.get_level_values(1)).to_numpy(float), index=keys)
    share = step.supply_share(exports, world_at)
    rca_now = _rca(scanned[scanned["v"].notna()])
    rca_start = _rca(_panel(f, first, product)) if first < year else rca_now
    trend = step.rca_trend(
        rca_now.reindex(share.index), rca_start, year - first, DEFAULT_HORIZON, step.DEFAULT_TREND_BOUNDS
    )
    imports = pd.Series(
        bought["imports"].to_numpy(float), index=pd.MultiIndex.from_arrays([bought["exporter"], bought["product"]])
    )
    damping = step.reexport_damping(exports, imports, step.DEFAULT_REEXPORT_THRESHOLD)
    supply = step.projected_supply(share, trend, damping)
    table = pd.DataFrame(
        {
            "year": np.full(len(keys), int(year), dtype=np.int32),
            "exporter": keys.get_level_values(0),
            "product": keys.get_level_values(1),
            "exports_usd": exports.to_numpy(),
            "world_usd": world_at.to_numpy(),
        }
    )
    for column in ("supply_share", "rca_trend", "reexport_damping", "supply"):
        table[column] = supply[column].reindex(keys).to_numpy(float)
    table["first_year"] = np.int32(first)
    table["horizon"] = np.int32(DEFAULT_HORIZON)
    return table.sort_values(["exporter", "product"], ignore_index=True)


def _panel(f, year: int, product: str):
    """``exporter, product, v``: every exporter's exports of ``year`` with values above zero (the RCA panel)."""
    return f.df(
        f"SELECT exporter, {product} AS product, sum(value_usd) AS v FROM flows "
        f"WHERE year = {int(year)} AND value_usd > 0 GROUP BY ALL"
    )


def _rca(panel):
    """Balassa RCA of every exporter in each product of ``panel`` (a Series by exporter and product)."""
    import numpy as np
    import pandas as pd

    from partnerlens.analytics.indices import _balassa

    rows, exporters = pd.factorize(panel["exporter"], sort=True)
    columns, products = pd.factorize(panel["product"], sort=True)
    matrix = np.zeros((len(exporters), len(products)))
    matrix[rows, columns] = panel["v"].to_numpy(float)
    index = pd.MultiIndex.from_arrays([exporters[rows], products[columns]])
    return pd.Series(_balassa(matrix)[rows, columns], index=index)


def write_supply(con, year: int, first: int, digits: int, partial: Path) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    table = pa.Table.from_pandas(supply_table(con, year, first, digits), preserve_index=False)
    pq.write_table(table, partial, row_group_size=ROW_GROUP)
