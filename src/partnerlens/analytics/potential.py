"""Export potential and diversification (METHODS.md, *Export potential*).

Export potential follows the supply × demand × ease decomposition of ITC's
Export Potential Indicator (Decreux & Spies 2016, *Export Potential
Assessments: A methodology to identify export opportunities for developing
countries*, ITC). For exporter i, market j, product k and base year t:

* supply ``S[i,k] = X[i,.,k] / X[.,.,k]``, i's share of world exports of k;
* demand ``D[j,k] = M[j,k] · (d[i,j] / d̄[j,k])^(−θ)``: j's imports of k,
  scaled by how far i is from j relative to the import-weighted mean distance
  ``d̄[j,k]`` of j's current suppliers of k (CEPII GeoDist ``distw``);
* ease ``E[i,j] = X[i,j,.] / Σ_k S[i,k]·D[j,k]``, clipped to ``ease_bounds``:
  how much more (or less) i sells to j than supply and demand alone predict;
* potential ``P[i,j,k] = S[i,k]·D[j,k]·E[i,j]``; untapped ``max(P − X[i,j,k], 0)``.

Parties: a group exporter's supply counts only its exports outside the group
(and the world total leaves out its internal trade); its distance to a market
is the mean of its members' distances weighted by their exports. A group
market's demand is the sum of its members' demand for imports from outside the
group. Overlapping parties are made disjoint first (``flows.pair_sides``).

Diversification ranks the products the exporter does not yet export with
``RCA ≥ rca_threshold`` by density (how close they are to what it already
exports), complexity outlook gain, product complexity and the market's
demand, using :func:`partnerlens.analytics.complexity.complexity`.

The heavy lifting is one DuckDB query per call over the year's flows; numpy
and pandas only combine per-market × product vectors.
"""

from __future__ import annotations

import importlib.metadata
from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from typing import Any

import pandas as pd

from partnerlens.analytics.complexity import complexity
from partnerlens.analytics.flows import (
    Flows,
    FlowsLike,
    PartyLike,
    Result,
    as_party,
    exports_by_product,
    open_flows,
    pair_sides,
    sql_list,
)
from partnerlens.errors import NoDataError, PartnerlensError
from partnerlens.jsonable import jsonable
from partnerlens.reference import Party
from partnerlens.reference.geography import DISTANCE_SOURCE, distances
from partnerlens.store import SourceInfo

__all__ = [
    "DEFAULT_EASE_BOUNDS", "DEFAULT_THETA", "ComplexityRanking", "Diversification", "ExportPotential",
    "complexity_ranking", "diversification", "export_potential",
]

DEFAULT_THETA = 1.0
"""Distance elasticity θ. Head & Mayer (2014, *Gravity Equations: Workhorse, Toolkit, and Cookbook*, Table 4)
find a median distance elasticity of −0.89 over all published gravity estimates and −1.14 over structural ones."""

DEFAULT_EASE_BOUNDS = (0.1, 10.0)
"""Ease of trade is clipped to this range: a pair is assumed to realise at least a tenth and at most ten times
what supply and demand predict, so that a pair with no trade yet still shows potential and a few outliers do not
dominate (a policy choice, not an estimate)."""

DEFAULT_TOP = 25
DEFAULT_WEIGHTS = (("density", 1.0), ("cog", 1.0), ("pci", 1.0), ("demand", 1.0))


class _Listed(Result):
    """A result whose ``_tables`` (DataFrames) ``to_dict`` cuts to ``parameters["top"]`` rows, with their lengths."""

    _tables: tuple[str, ...] = ()

    def to_dict(self) -> dict:
        payload = {}
        for f in fields(self):
            value = getattr(self, f.name)
            if f.name in self._tables:
                payload[f.name], payload[f"{f.name}_total"] = jsonable(value.head(self.parameters["top"])), len(value)
            else:
                payload[f.name] = jsonable(value)
        return payload


@dataclass
class ExportPotential(_Listed):
    """Export potential of one exporter in one market (or every market), with the parameters used.

    ``markets``: one row per market — actual, predicted (Σ S·D), raw and
    clipped ease, potential and untapped value (USD). ``products``: one row per
    market × product, sorted by untapped value — supply share, market imports,
    distance factor, demand, actual, potential, untapped, realised share.
    ``to_dict`` lists the first ``parameters["top"]`` products.
    """

    exporter: str
    exporter_name: str
    market: str | None  # None: every economy outside the exporter is a market
    market_name: str
    year: int
    parameters: dict[str, Any]
    potential_usd: float
    actual_usd: float
    untapped_usd: float
    markets: pd.DataFrame
    products: pd.DataFrame
    synthetic: bool
    sources: list[SourceInfo]
    notes: list[str] = field(default_factory=list)
    _tables = ("products",)


@dataclass
class Diversification(_Listed):
    """Products the exporter does not yet export competitively, ranked for a market.

    ``candidates``: product, name, rca, density, cog, pci, market imports and
    the exporter's current sales there, the percentile rank of each criterion
    and ``score``, their weighted mean (0–1, higher is better), best first.
    """

    exporter: str
    exporter_name: str
    market: str | None
    market_name: str
    year: int
    parameters: dict[str, Any]
    eci: float | None
    coi: float | None
    candidates: pd.DataFrame
    synthetic: bool
    sources: list[SourceInfo]
    notes: list[str] = field(default_factory=list)
    _tables = ("candidates",)


# -- export potential ----------------------------------------------------------


def export_potential(
    flows: FlowsLike,
    exporter: PartyLike,
    market: PartyLike | None = None,
    year: int | None = None,
    *,
    theta: float = DEFAULT_THETA,
    ease_bounds: tuple[float, float] = DEFAULT_EASE_BOUNDS,
    digits: int = 6,
    top: int = DEFAULT_TOP,
) -> ExportPotential:
    """Untapped export potential of ``exporter`` in ``market`` (None: every market) in ``year`` (default: latest).

    ``theta`` is the distance elasticity θ of demand; ``ease_bounds`` the range
    ease of trade is clipped to; ``digits`` the HS level of products (2, 4 or
    6); ``top`` how many products ``to_dict`` lists. All are echoed in
    ``parameters``.
    """
    low, high = ease_bounds
    if not 0 <= low <= high:
        raise PartnerlensError(f"ease_bounds must satisfy 0 ≤ low ≤ high, not {ease_bounds}")
    if digits not in (2, 4, 6):
        raise PartnerlensError(f"digits must be 2, 4 or 6, not {digits}")
    seller, buyer, side, market_side = _trading_sides(exporter, market)
    with open_flows(flows) as f:
        year = f.year_or_latest(year)
        _require_year(f, year)
        inputs = _potential_inputs(f, year, side, market_side, digits)
        _potential_table(f, inputs, theta, low, high, buyer.code if buyer else None)
        names = f.product_names()
        f.con.register("product_names_input", pd.DataFrame({"code": list(names), "name": list(names.values())}, dtype=object))
        products = f.df(
            "SELECT p.market, p.product, n.name, p.* EXCLUDE (market, product, predicted_usd, ease_raw, ease) FROM potential_rows p "
            "LEFT JOIN product_names_input n ON n.code = p.product ORDER BY untapped_usd DESC NULLS LAST, market, product"
        )
        markets = f.df(
            "SELECT market, sum(actual_usd) AS actual_usd, sum(predicted_usd) AS predicted_usd, any_value(ease_raw) AS ease_raw, "
            "any_value(ease) AS ease, sum(potential_usd) AS potential_usd, sum(untapped_usd) AS untapped_usd, "
            "count(*) FILTER (WHERE demand_usd IS NULL) AS products_without_distance "
            "FROM potential_rows GROUP BY market ORDER BY untapped_usd DESC NULLS LAST, market"
        )
        sources, synthetic = list(f.sources), f.synthetic
    missing = int((markets["products_without_distance"] > 0).sum())
    notes = [f"{missing} market(s) lack CEPII distances for some suppliers: demand there is missing, not zero"] if missing else []
    if markets.empty:
        notes.append(f"in {year} no market imports any product {seller.name} exports")
    parameters = {"theta": theta, "ease_bounds": [low, high], "digits": digits, "top": top, "year": year,
                  "supply": "base-year share of world exports", "distances": DISTANCE_SOURCE}
    return ExportPotential(
        exporter=seller.code, exporter_name=seller.name,
        market=buyer.code if buyer else None, market_name=buyer.name if buyer else "all markets",
        year=year, parameters=parameters,
        potential_usd=float(markets["potential_usd"].sum()), actual_usd=float(markets["actual_usd"].sum()),
        untapped_usd=float(markets["untapped_usd"].sum()),
        markets=markets, products=products, synthetic=synthetic, sources=sources, notes=notes,
    )


def _trading_sides(exporter: PartyLike, market: PartyLike | None) -> tuple[Party, Party | None, frozenset[str], frozenset[str] | None]:
    """The exporting and market parties, and the members standing for each (None: every market)."""
    seller = as_party(exporter)
    if market is None:
        return seller, None, seller.members, None
    buyer = as_party(market)
    return (seller, buyer, *pair_sides(seller, buyer))


def _require_year(f: Flows, year: int) -> None:
    if not f.has_year(year):
        span = f"{f.years[0]}–{f.years[-1]}" if f.years else "no years"
        raise NoDataError(f"no data for {year}: the data cover {span}")


def _potential_inputs(f: Flows, year: int, side: frozenset[str], market_side: frozenset[str] | None, digits: int) -> str:
    """SQL: per market economy × product the exporter supplies, supply share, imports, distance ratio, actual sales.

    Market imports and their suppliers' distances come from the year's
    demand aggregate (``_demand``, computed once per state of the store);
    only the exporter's own flows, and a group's internal trade to take out,
    are read from the flows, filtered on its members so DuckDB prunes files.
    """
    demand = _demand(f, year, digits)
    members = sql_list(side)
    markets = {"seller": side} if market_side is None else {"seller": side, "market": market_side}
    f.register_sides(markets)
    in_market = ("m.importer NOT IN (SELECT code FROM party_sides WHERE side = 'seller')" if market_side is None
                 else "m.importer IN (SELECT code FROM party_sides WHERE side = 'market')")
    intra_market = _intra(f, year, market_side, digits) if market_side is not None and len(market_side) > 1 else _NO_INTRA
    product = f"left(product, {digits})"
    return f"""
        WITH sales AS (
            SELECT importer, {product} AS product, sum(value_usd) AS v FROM flows
            WHERE year = {int(year)} AND exporter IN {members} AND importer NOT IN {members} GROUP BY ALL
        ),
        supply AS (SELECT product, sum(v) AS supply FROM sales GROUP BY product),
        internal AS (SELECT product, sum(imports) AS v FROM ({_intra(f, year, side, digits)}) GROUP BY product),
        world AS (SELECT product, sum(imports) AS world FROM {demand} GROUP BY product),
        seller_distance AS (  -- d[i,j]: the members' distances to j weighted by their exports
            SELECT d.importer AS market, sum(p.value_usd * d.distw) / sum(p.value_usd) AS distance
            FROM {f.pair_totals()} p JOIN distances_input d ON d.exporter = p.exporter AND d.importer = p.importer
            WHERE p.year = {int(year)} AND p.exporter IN {members} AND p.importer NOT IN {members}
            GROUP BY d.importer
        ),
        market AS (  -- M[j,k] and d̄[j,k], less a group market's internal trade
            SELECT m.importer AS market, m.product, m.imports - coalesce(x.imports, 0) AS imports,
                   (m.weighted - coalesce(x.weighted, 0)) / nullif(m.known - coalesce(x.known, 0), 0) AS supplier_distance
            FROM {demand} m LEFT JOIN ({intra_market}) x ON x.importer = m.importer AND x.product = m.product
            WHERE {in_market}
        ),
        shares AS (  -- S[i,k], over the products the seller supplies
            SELECT product, s.supply / (w.world - coalesce(i.v, 0)) AS supply_share
            FROM supply s JOIN world w USING (product) LEFT JOIN internal i USING (product)
        )
        SELECT m.market, m.product, s.supply_share, m.imports AS market_imports_usd,
               sd.distance / m.supplier_distance AS distance_ratio, coalesce(a.v, 0) AS actual_usd
        FROM market m JOIN shares s USING (product)
        LEFT JOIN sales a ON a.importer = m.market AND a.product = m.product
        LEFT JOIN seller_distance sd ON sd.market = m.market
        WHERE m.imports > 0
        """


_NO_INTRA = "SELECT NULL::VARCHAR AS importer, NULL::VARCHAR AS product, 0.0 AS imports, 0.0 AS known, 0.0 AS weighted WHERE false"
_DISTANCES_VERSION = importlib.metadata.version("atlas-common-data")


def _register_distances(f: Flows) -> None:
    f.con.register("distances_input", distances()[["exporter", "importer", "distw"]])


def _demand_sql(source: str, digits: int) -> str:
    """Imports per importer × product of ``source`` (flows), with the value and value × distance of known distances."""
    return (
        f"SELECT y.importer, left(y.product, {digits}) AS product, sum(y.value_usd) AS imports, "
        "sum(y.value_usd) FILTER (WHERE d.distw IS NOT NULL) AS known, sum(y.value_usd * d.distw) AS weighted "
        f"FROM {source} y LEFT JOIN distances_input d ON d.exporter = y.exporter AND d.importer = y.importer "
        "GROUP BY ALL"
    )


def _demand(f: Flows, year: int, digits: int) -> str:
    """View of every importer's imports per product in ``year``, with supplier distances (CEPII ``distw``)."""
    _register_distances(f)
    sql = _demand_sql(f"(SELECT * FROM flows WHERE year = {int(year)})", digits)
    return f.aggregate(f"demand_{int(year)}_hs{digits}", f"{sql} /* distances: atlas-common-data {_DISTANCES_VERSION} */")


def _intra(f: Flows, year: int, members: frozenset[str], digits: int) -> str:
    """SQL: the demand rows of trade among ``members`` in ``year`` (empty for one economy)."""
    if len(members) < 2:
        return _NO_INTRA
    codes = sql_list(members)
    return _demand_sql(f"(SELECT * FROM flows WHERE year = {int(year)} AND exporter IN {codes} AND importer IN {codes})", digits)


def _potential_table(f: Flows, inputs: str, theta: float, low: float, high: float, market: str | None) -> None:
    """Temp table ``potential_rows``: demand, predicted value, ease and potential per market × product.

    With one ``market`` code (a group), its members' rows are summed per
    product first; members without distances add nothing to demand.
    """
    demand = f"market_imports_usd * pow(distance_ratio, {-float(theta)})"
    rows = (
        f"SELECT '{market}' AS market, product, any_value(supply_share) AS supply_share, "
        f"sum(market_imports_usd) AS market_imports_usd, sum({demand}) AS demand_usd, sum(actual_usd) AS actual_usd "
        "FROM inputs GROUP BY product"
        if market is not None
        else f"SELECT market, product, supply_share, market_imports_usd, {demand} AS demand_usd, actual_usd FROM inputs"
    )
    f.con.execute(
        f"""
        CREATE OR REPLACE TEMP TABLE potential_rows AS
        WITH inputs AS ({inputs}),
        rows AS ({rows}),
        scored AS (SELECT *, supply_share * demand_usd AS predicted_usd FROM rows),
        ease AS (
            SELECT market, sum(actual_usd) / nullif(sum(predicted_usd), 0) AS ease_raw FROM scored GROUP BY market
        ),
        potential AS (
            SELECT s.*, demand_usd / market_imports_usd AS distance_factor, e.ease_raw,
                   least(greatest(e.ease_raw, {float(low)}), {float(high)}) AS ease,
                   predicted_usd * least(greatest(e.ease_raw, {float(low)}), {float(high)}) AS potential_usd
            FROM scored s JOIN ease e USING (market)
        )
        SELECT market, product, supply_share, market_imports_usd, distance_factor, demand_usd, actual_usd, predicted_usd,
               potential_usd, greatest(potential_usd - actual_usd, 0) AS untapped_usd,
               actual_usd / nullif(potential_usd, 0) AS realised, ease_raw, ease
        FROM potential
        """
    )


# -- diversification -----------------------------------------------------------


def diversification(
    flows: FlowsLike,
    exporter: PartyLike,
    market: PartyLike | None = None,
    year: int | None = None,
    *,
    digits: int = 4,
    rca_threshold: float = 1.0,
    weights: Mapping[str, float] | tuple[tuple[str, float], ...] = DEFAULT_WEIGHTS,
    top: int = DEFAULT_TOP,
) -> Diversification:
    """Products for ``exporter`` to start exporting, ranked for ``market`` (None: the world) in ``year``.

    Candidates are the products the exporter sells with ``RCA < rca_threshold``
    that the market imports. Density, COG and PCI come from
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
    seller, buyer, side, market_side = _trading_sides(exporter, market)
    with open_flows(flows) as f:
        year = f.year_or_latest(year)
        _require_year(f, year)
        space = product_space(f, year, digits, rca_threshold, seller if seller.is_group else None)
        demand = _market_demand(f, year, side, market_side, digits)
        names, sources, synthetic = f.product_names(), list(f.sources), f.synthetic
    own = space[space["exporter"] == seller.code]
    if own.empty:
        raise NoDataError(f"{seller.name} has no exports in {year}")
    candidates = own[own["mcp"] == 0].merge(demand, on="product", how="inner")
    candidates = _scored(candidates[candidates["market_imports_usd"] > 0], weights)
    candidates.insert(1, "name", candidates["product"].map(names))
    parameters = {"digits": digits, "rca_threshold": rca_threshold, "weights": weights, "top": top, "year": year}
    notes = [] if own["eci"].notna().any() else [f"{seller.name} has no product with RCA ≥ {rca_threshold}: no density or COG"]
    return Diversification(
        exporter=seller.code, exporter_name=seller.name,
        market=buyer.code if buyer else None, market_name=buyer.name if buyer else "world",
        year=year, parameters=parameters,
        eci=_first(own["eci"]), coi=_first(own["coi"]),
        candidates=candidates, synthetic=synthetic, sources=sources, notes=notes,
    )


@dataclass
class PairOpportunities(Result):
    """Export potential and diversification candidates in both directions of a pair."""

    year: int
    export_potential: list[ExportPotential]
    diversification: list[Diversification]

    @property
    def synthetic(self) -> bool:
        return self.export_potential[0].synthetic

    def to_dict(self) -> dict:
        return {
            "year": self.year,
            "export_potential": [p.to_dict() for p in self.export_potential],
            "diversification": [d.to_dict() for d in self.diversification],
            "synthetic": self.synthetic,
        }


def pair_opportunities(flows: FlowsLike, a: PartyLike, b: PartyLike, year: int | None = None, top: int = 10) -> PairOpportunities:
    """:func:`export_potential` and :func:`diversification` for A → B and B → A, with default parameters."""
    with open_flows(flows) as f:
        potentials = [export_potential(f, x, y, year, top=top) for x, y in ((a, b), (b, a))]
        candidates = [diversification(f, x, y, year, top=top) for x, y in ((a, b), (b, a))]
    return PairOpportunities(year=potentials[0].year, export_potential=potentials, diversification=candidates)


def product_space(f: Flows, year: int, digits: int, rca_threshold: float, merge: Party | None = None) -> pd.DataFrame:
    """:func:`~partnerlens.analytics.complexity.complexity` of every economy's exports in ``year`` at ``digits``.

    ``merge``: a group placed in the product space as one economy. Computed
    once per handle and arguments, so the two directions of a pair of
    economies share one product space; the table is shared, not to be modified.
    """
    key = ("product_space", int(year), digits, float(rca_threshold), merge.code if merge else None,
           merge.members if merge else None)
    return f.memoised(key, lambda: complexity(exports_by_product(f, [year], digits=digits, merge=merge), rca_threshold=rca_threshold))


def _market_demand(
    f: Flows, year: int, side: frozenset[str], market_side: frozenset[str] | None, digits: int
) -> pd.DataFrame:
    """Per product: the market's imports (from outside it) and what the exporter already sells there.

    The market's imports come from the year's demand aggregate (``_demand``,
    cached per state of the store) less the trade within the market (within
    the exporter when the market is the world); only flows of the market's or
    the exporter's members are read, which DuckDB finds in few row groups.
    Products whose imports from outside are a rounding residue of that
    subtraction (under 1e-9 of the total) are left out, as if never imported.
    """
    members = sql_list(side)
    inside = sql_list(market_side) if market_side is not None else members
    buyers = f"importer IN {inside}" if market_side is not None else "TRUE"
    sold_to = f"importer IN {inside}" if market_side is not None else f"importer NOT IN {members}"
    product = f"left(product, {digits})"
    return f.df(
        f"""
        WITH imports AS (SELECT {product} AS product, sum(imports) AS v FROM {_demand(f, year, 6)} WHERE {buyers} GROUP BY ALL),
        internal AS (
            SELECT {product} AS product, sum(value_usd) AS v FROM flows
            WHERE year = {int(year)} AND exporter IN {inside} AND importer IN {inside} GROUP BY ALL
        ),
        sales AS (
            SELECT {product} AS product, sum(value_usd) AS v FROM flows
            WHERE year = {int(year)} AND exporter IN {members} AND {sold_to} GROUP BY ALL
        )
        SELECT m.product, m.v - coalesce(i.v, 0) AS market_imports_usd, coalesce(s.v, 0) AS exports_to_market_usd
        FROM imports m LEFT JOIN internal i USING (product) LEFT JOIN sales s USING (product)
        WHERE m.v - coalesce(i.v, 0) > 1e-9 * abs(m.v)
        """
    )


def _scored(candidates: pd.DataFrame, weights: dict[str, float]) -> pd.DataFrame:
    columns = {"density": "density", "cog": "cog", "pci": "pci", "demand": "market_imports_usd"}
    table = candidates[["product", "rca", "density", "cog", "pci", "market_imports_usd", "exports_to_market_usd"]].copy()
    for name in weights:
        table[f"{name}_rank"] = table[columns[name]].rank(pct=True)
    total = sum(weights.values())
    table["score"] = sum(table[f"{name}_rank"] * w for name, w in weights.items()) / total
    return table.sort_values(["score", "product"], ascending=[False, True], ignore_index=True)


def _first(values: pd.Series) -> float | None:
    present = values.dropna()
    return float(present.iloc[0]) if len(present) else None


# -- complexity ranking --------------------------------------------------------


@dataclass
class ComplexityRanking(_Listed):
    """Economies by ECI and products by PCI for one year, best first (``to_dict`` lists ``top`` of each)."""

    year: int
    parameters: dict[str, Any]
    economies: pd.DataFrame  # exporter, eci, diversity, coi
    products: pd.DataFrame  # product, name, pci, ubiquity
    synthetic: bool
    sources: list[SourceInfo]
    _tables = ("economies", "products")


def complexity_ranking(
    flows: FlowsLike, year: int | None = None, *, digits: int = 4, rca_threshold: float = 1.0, top: int = DEFAULT_TOP
) -> ComplexityRanking:
    """ECI of every economy and PCI of every product in ``year`` (default: latest) at HS ``digits``."""
    with open_flows(flows) as f:
        year = f.year_or_latest(year)
        _require_year(f, year)
        space = product_space(f, year, digits, rca_threshold)
        names, sources, synthetic = f.product_names(), list(f.sources), f.synthetic
    economies = (space.drop_duplicates("exporter")[["exporter", "eci", "diversity", "coi"]]
                 .dropna(subset=["eci"]).sort_values("eci", ascending=False, ignore_index=True))
    products = (space.drop_duplicates("product")[["product", "pci", "ubiquity"]]
                .dropna(subset=["pci"]).sort_values("pci", ascending=False, ignore_index=True))
    products.insert(1, "name", products["product"].map(names))
    parameters = {"digits": digits, "rca_threshold": rca_threshold, "top": top, "year": year}
    return ComplexityRanking(year, parameters, economies, products, synthetic, sources)
