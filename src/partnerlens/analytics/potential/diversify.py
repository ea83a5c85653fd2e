"""Diversification: products the exporter does not yet export competitively, ranked for a market.

After ITC's product diversification indicator and the product space of
Hausmann et al. (2014): candidates are ranked by density (how close they are
to what the exporter already exports), complexity outlook gain, product
complexity and the market's demand, using
:func:`partnerlens.analytics.complexity.complexity`.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping

import pandas as pd

from partnerlens.analytics.complexity import complexity
from partnerlens.analytics.flows import Flows, FlowsLike, PartyLike, exports_by_product, open_flows, sql_list
from partnerlens.analytics.potential.assemble import export_potential, require_year, trading_sides
from partnerlens.analytics.potential.group_space import parquet_rows, world_group_space
from partnerlens.analytics.potential.inputs import demand_view, outward, within
from partnerlens.analytics.potential.model import DEFAULT_TOP, Diversification, PairOpportunities
from partnerlens.analytics.potential.tables import named
from partnerlens.errors import NoDataError, PartnerlensError
from partnerlens.reference import Party

DEFAULT_WEIGHTS = (("density", 1.0), ("cog", 1.0), ("pci", 1.0), ("demand", 1.0))
KEPT_ROW_GROUP = 8192
"""Rows per row group of a kept product space (a few economies' rows): one economy's rows are read alone."""


def diversification(
    flows: FlowsLike,
    exporter: PartyLike,
    market: PartyLike | None = None,
    year: int | None = None,
    *,
    digits: int = 4,
    rca_threshold: float = 1.0,
    weights: Mapping[str, float] | tuple[tuple[str, float], ...] = DEFAULT_WEIGHTS,
    products: list[str] | None = None,
    top: int = DEFAULT_TOP,
) -> Diversification:
    """Products for ``exporter`` to start exporting, ranked for ``market`` (None: the world) in ``year``.

    Candidates are the products the exporter sells with ``RCA < rca_threshold``
    that the market imports (``products``: only those under these HS codes or
    prefixes). Density, COG and PCI come from
    :func:`~partnerlens.analytics.complexity.complexity` on every economy's
    exports at ``digits`` (a group exporter is placed in the product space as
    one economy, its internal trade dropped). Each criterion of ``weights``
    (``density``, ``cog``, ``pci``, ``demand``) is turned into a percentile
    rank among the candidates; ``score`` is their weighted mean.
    """
    weights = dict(weights)
    unknown = set(weights) - {"density", "cog", "pci", "demand"}
    if unknown or sum(weights.values()) <= 0:
        raise PartnerlensError(f"weights name density, cog, pci or demand with a positive total; got {weights}")
    seller, buyer, side, market_side = trading_sides(exporter, market)
    with open_flows(flows) as f:
        year = f.year_or_latest(year)
        require_year(f, year)
        own = _exporter_space(f, year, digits, rca_threshold, seller)
        demand = _market_demand(f, year, side, market_side, digits)
        names, sources, synthetic = f.product_names(), list(f.sources), f.synthetic
    if own.empty:
        raise NoDataError(f"{seller.name} has no exports in {year}")
    candidates = own[own["mcp"] == 0].merge(demand, on="product", how="inner")
    candidates = candidates[candidates["market_imports_usd"] > 0]
    if products:
        candidates = candidates[candidates["product"].str.startswith(tuple(p[:digits] for p in products))]
    candidates = _scored(candidates, weights)
    candidates.insert(1, "name", named(candidates["product"], names))
    parameters = {"digits": digits, "rca_threshold": rca_threshold, "weights": weights, "top": top, "year": year}
    if products:
        parameters["products"] = list(products)
    notes = (
        []
        if own["eci"].notna().any()
        else [f"{seller.name} has no product with RCA ≥ {rca_threshold}: no density or COG"]
    )
    return Diversification(
        exporter=seller.code,
        exporter_name=seller.name,
        market=buyer.code if buyer else None,
        market_name=buyer.name if buyer else "world",
        year=year,
        parameters=parameters,
        eci=_first(own["eci"]),
        coi=_first(own["coi"]),
        candidates=candidates,
        synthetic=synthetic,
        sources=sources,
        notes=notes,
    )


def pair_opportunities(
    flows: FlowsLike,
    a: PartyLike,
    b: PartyLike,
    year: int | None = None,
    top: int = 10,
    products: list[str] | None = None,
    detail: str | None = None,
) -> PairOpportunities:
    """:func:`export_potential` and :func:`diversification` for A → B and B → A, with default parameters.

    ``products``: HS codes or prefixes (a sector's codes) to report on;
    ``detail``: one HS code to drill into both ways (:func:`.drill.product_detail`).
    """
    from partnerlens.analytics.potential.drill import product_detail

    with open_flows(flows) as f:
        potentials = [export_potential(f, x, y, year, top=top, products=products) for x, y in ((a, b), (b, a))]
        candidates = [diversification(f, x, y, year, top=top, products=products) for x, y in ((a, b), (b, a))]
        details = [product_detail(f, x, y, detail, year) for x, y in ((a, b), (b, a))] if detail else []
    return PairOpportunities(
        year=potentials[0].year, export_potential=potentials, diversification=candidates, details=details
    )


def _exporter_space(f: Flows, year: int, digits: int, rca_threshold: float, seller: Party) -> pd.DataFrame:
    """The rows of ``seller`` in the year's product space (:func:`product_space`; a group placed in it as one economy).

    Read from the world table ``space_hs4`` when it is current and holds this
    space (an economy, four digits, RCA ≥ 1: what a brief asks): the seller's
    rows only, the same rows :func:`product_space` would give. A group's merged
    space kept in the cache folder is read the same way: its rows only (a few
    row groups of the kept file), not the whole space; a standard group's rows
    are read from the world table ``group_space_hs4`` when it is current.
    """
    files = None if seller.is_group else _world_space_files(f, year, digits, rca_threshold)
    if files is not None:
        from partnerlens.sql import sql_string

        return parquet_rows(f, files, f"exporter = {sql_string(seller.code)}")
    merge = seller if seller.is_group else None
    built = world_group_space(f, year, digits, rca_threshold, seller) if merge is not None else None
    if built is not None:  # a standard group's rows, from the world table ``group_space_hs4``
        return built
    key = _space_key(year, digits, rca_threshold, merge)
    if merge is not None and f.cache_dir is not None:
        return f.memoised((*key, "rows"), lambda: _kept_space(f, key, merge, rows_of=seller.code))
    space = product_space(f, year, digits, rca_threshold, merge)
    return space[space["exporter"] == seller.code]


def _world_space_files(f: Flows, year: int, digits: int, rca_threshold: float) -> list[str] | None:
    """The files of the world table ``space_hs4`` of ``year``, when current and built for these arguments."""
    from partnerlens.world import space

    if f.world is None or (digits, float(rca_threshold)) != (space.DIGITS, space.RCA_THRESHOLD):
        return None
    from partnerlens.world.manifest import table_files

    return table_files(*f.world, space.TABLE, [year])


def product_space(f: Flows, year: int, digits: int, rca_threshold: float, merge: Party | None = None) -> pd.DataFrame:
    """:func:`~partnerlens.analytics.complexity.complexity` of every economy's exports in ``year`` at ``digits``.

    ``merge``: a group placed in the product space as one economy. Computed
    once per handle and arguments, so the two directions of a pair of
    economies share one product space; the table is shared, not to be modified.
    Read from the world table ``space_hs4`` when it is current and holds this space.
    """
    files = None if merge is not None else _world_space_files(f, year, digits, rca_threshold)
    if files is not None:
        return f.memoised(("product_space_world", int(year)), lambda: pd.read_parquet(files, partitioning=None))
    key = _space_key(year, digits, rca_threshold, merge)
    return f.memoised(key, lambda: _kept_space(f, key, merge))


def _space_key(year: int, digits: int, rca_threshold: float, merge: Party | None) -> tuple:
    """The memo and cache key of a product space (a merged group's members sorted: a frozenset's order changes
    with the hash seed)."""
    return (
        "product_space",
        int(year),
        digits,
        float(rca_threshold),
        merge.code if merge else None,
        tuple(sorted(merge.members)) if merge else None,
    )


def _kept_space(f: Flows, key: tuple, merge: Party | None, rows_of: str | None = None) -> pd.DataFrame:
    """The product space of ``key``, kept as Parquet in the store state's cache folder (over a store).

    It is store-wide (every economy's presence, density, COG), so the first brief
    of any pair after the first reads it instead of computing complexity again.
    The file name hashes the arguments and the code's fingerprint: a change to
    the complexity code is never answered from an older file. The arguments are
    hashed in an order fixed across processes (a merged group's members sorted;
    a frozenset's order follows the process's string hash seed, so every process
    used to compute and keep the same group's space again). ``rows_of``: only
    that economy's rows (the file is written in small row groups, in exporter
    order, so a reader of one economy skips the rest).
    """
    _, year, digits, rca_threshold, *_ = key

    def compute() -> pd.DataFrame:
        return complexity(exports_by_product(f, [year], digits=digits, merge=merge), rca_threshold=rca_threshold)

    def rows(space: pd.DataFrame) -> pd.DataFrame:
        return space if rows_of is None else space[space["exporter"] == rows_of]

    if f.cache_dir is None:
        return rows(compute())
    from partnerlens.locking import kept_file
    from partnerlens.workspace import code_fingerprint

    digest = hashlib.sha256(repr((key, code_fingerprint())).encode()).hexdigest()[:16]
    path = f.cache_dir / f"product_space_{year}_hs{digits}-{digest}.parquet"
    filters = None if rows_of is None else [("exporter", "==", rows_of)]
    return rows(
        kept_file(
            path,
            compute,
            lambda space, partial: space.to_parquet(partial, index=False, row_group_size=KEPT_ROW_GROUP),
            lambda kept: pd.read_parquet(kept, filters=filters),
        )
    )


def _market_demand(
    f: Flows, year: int, side: frozenset[str], market_side: frozenset[str] | None, digits: int
) -> pd.DataFrame:
    """Per product: the market's imports (from outside it) and what the exporter already sells there.

    The market's imports come from the year's demand aggregate (cached per
    state of the store) less the trade within the market (within the exporter
    when the market is the world); only flows of the market's or the
    exporter's members are read, which DuckDB finds in few row groups.
    Products whose imports from outside are a rounding residue of that
    subtraction (under 1e-9 of the total) are left out, as if never imported.
    """
    members = sql_list(side)
    inside = sql_list(market_side) if market_side is not None else members
    buyers = f"importer IN {inside}" if market_side is not None else "TRUE"
    sold_to = f"importer IN {inside}" if market_side is not None else f"importer NOT IN {members}"
    product = f"left(product, {digits})"
    within_side = market_side if market_side is not None else side
    internal = (  # a group's trade among its members: one table per handle (inputs.within)
        within(f, year, within_side)
        if len(within_side) > 1
        else f"(SELECT * FROM flows WHERE year = {int(year)} AND exporter IN {inside} AND importer IN {inside})"
    )
    return f.df(
        f"""
        WITH imports AS (SELECT {product} AS product, sum(imports) AS v FROM {demand_view(f, year, 6)} WHERE {buyers} GROUP BY ALL),
        internal AS (SELECT {product} AS product, sum(value_usd) AS v FROM {internal} GROUP BY ALL),
        sales AS (SELECT {product} AS product, sum(value_usd) AS v FROM {outward(f, year, side)} WHERE {sold_to} GROUP BY ALL)
        SELECT m.product, m.v - coalesce(i.v, 0) AS market_imports_usd, coalesce(s.v, 0) AS exports_to_market_usd
        FROM imports m LEFT JOIN internal i USING (product) LEFT JOIN sales s USING (product)
        WHERE m.v - coalesce(i.v, 0) > 1e-9 * abs(m.v)
        """
    )


def _scored(candidates: pd.DataFrame, weights: dict[str, float]) -> pd.DataFrame:
    """The candidates' criteria, each criterion's percentile rank among them and their weighted mean ``score``,
    best first (ties by product code). The columns are made first and the table built at once."""
    columns = {"density": "density", "cog": "cog", "pci": "pci", "demand": "market_imports_usd"}
    kept = ["product", "rca", "density", "cog", "pci", "market_imports_usd", "exports_to_market_usd"]
    table = {column: candidates[column].array for column in kept}  # positions, dtypes kept (Arrow strings too)
    ranks = {f"{name}_rank": candidates[columns[name]].rank(pct=True).to_numpy() for name in weights}
    total = sum(weights.values())
    score = sum(ranks[f"{name}_rank"] * w for name, w in weights.items()) / total
    scored = pd.DataFrame({**table, **ranks, "score": score})
    return scored.sort_values(["score", "product"], ascending=[False, True], ignore_index=True)


def _first(values: pd.Series) -> float | None:
    present = values.dropna()
    return float(present.iloc[0]) if len(present) else None
