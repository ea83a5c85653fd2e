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

from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pandas as pd

from partnerlens.analytics.complexity import complexity
from partnerlens.analytics.flows import (
    Flows,
    FlowsLike,
    PartyLike,
    Result,
    as_party,
    exports_by_product,
    jsonable,
    open_flows,
    pair_sides,
    sql_list,
)
from partnerlens.errors import NoDataError, PartnerlensError
from partnerlens.reference.geography import DISTANCE_SOURCE, distances
from partnerlens.reference.products import NOMENCLATURES, product_names
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


@dataclass
class ExportPotential(Result):
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

    def to_dict(self) -> dict:
        payload = jsonable(self)
        payload["products"] = jsonable(self.products.head(self.parameters["top"]))
        payload["products_total"] = len(self.products)
        return payload


@dataclass
class Diversification(Result):
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

    def to_dict(self) -> dict:
        payload = jsonable(self)
        payload["candidates"] = jsonable(self.candidates.head(self.parameters["top"]))
        payload["candidates_total"] = len(self.candidates)
        return payload


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
    seller = as_party(exporter)
    buyer = as_party(market) if market is not None else None
    side, market_side = pair_sides(seller, buyer) if buyer is not None else (seller.members, None)
    with open_flows(flows) as f:
        year = f.year_or_latest(year)
        _require_year(f, year)
        table = _potential_inputs(f, year, side, market_side, digits)
        nomenclature, sources, synthetic = f.nomenclature, list(f.sources), f.synthetic
    table["distance_factor"] = table.pop("distance_ratio") ** -theta
    table["demand_usd"] = table["market_imports_usd"] * table["distance_factor"]
    if buyer is not None:
        table = _one_market(table, buyer.code)
    markets = _ease(table, low, high)
    products = _potential(table, markets, nomenclature)
    notes = _missing_distance_notes(products)
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


def _require_year(f: Flows, year: int) -> None:
    if not f.has_year(year):
        span = f"{f.years[0]}–{f.years[-1]}" if f.years else "no years"
        raise NoDataError(f"no data for {year}: the data cover {span}")


def _potential_inputs(
    f: Flows, year: int, side: frozenset[str], market_side: frozenset[str] | None, digits: int
) -> pd.DataFrame:
    """Per market economy × product: supply share, imports, distances and actual sales, in one DuckDB query."""
    f.con.register("distances_input", distances()[["exporter", "importer", "distw"]])
    members = sql_list(side)
    if market_side is None:
        markets, outside_market = f"importer NOT IN {members}", "TRUE"
    else:
        markets = f"importer IN {sql_list(market_side)}"
        outside_market = f"exporter NOT IN {sql_list(market_side)}"
    table = f.df(
        f"""
        WITH y AS (
            SELECT exporter, importer, left(product, {digits}) AS product, value_usd FROM flows
            WHERE year = {int(year)} AND NOT (exporter IN {members} AND importer IN {members})
        ),
        world AS (SELECT product, sum(value_usd) AS world FROM y GROUP BY product),
        supply AS (SELECT product, sum(value_usd) AS supply FROM y WHERE exporter IN {members} GROUP BY product),
        seller_distance AS (  -- d[i,j]: members' distances weighted by their exports
            SELECT d.importer AS market, sum(e.v * d.distw) / sum(e.v) AS distance
            FROM (SELECT exporter, sum(value_usd) AS v FROM y WHERE exporter IN {members} GROUP BY exporter) e
            JOIN distances_input d ON d.exporter = e.exporter AND d.distw IS NOT NULL
            GROUP BY d.importer
        ),
        demand AS (  -- M[j,k] and d̄[j,k], the import-weighted distance of j's suppliers
            SELECT y.importer AS market, y.product, sum(y.value_usd) AS imports,
                   sum(y.value_usd * d.distw) / sum(y.value_usd) FILTER (WHERE d.distw IS NOT NULL) AS supplier_distance,
                   sum(y.value_usd) FILTER (WHERE y.exporter IN {members}) AS actual
            FROM (SELECT * FROM y WHERE {markets} AND {outside_market}) y
            LEFT JOIN distances_input d ON d.exporter = y.exporter AND d.importer = y.importer
            GROUP BY ALL
        )
        SELECT m.market, m.product, coalesce(s.supply, 0) / w.world AS supply_share, m.imports AS market_imports_usd,
               sd.distance / m.supplier_distance AS distance_ratio, coalesce(m.actual, 0) AS actual_usd
        FROM demand m JOIN world w USING (product) LEFT JOIN supply s USING (product)
        LEFT JOIN seller_distance sd USING (market)
        """
    )
    f.con.unregister("distances_input")
    return table


def _one_market(table: pd.DataFrame, code: str) -> pd.DataFrame:
    """A group market's rows summed over its members (members without distances add nothing to demand)."""
    grouped = table.assign(market=code).groupby(["market", "product"])
    summed = grouped[["market_imports_usd", "demand_usd", "actual_usd"]].sum(min_count=1)
    table = summed.assign(supply_share=grouped["supply_share"].first()).reset_index()
    table["distance_factor"] = table["demand_usd"] / table["market_imports_usd"]
    return table


def _ease(table: pd.DataFrame, low: float, high: float) -> pd.DataFrame:
    """Per market: actual, predicted Σ S·D, ease (raw and clipped), potential and untapped totals."""
    table["predicted_usd"] = table["supply_share"] * table["demand_usd"]
    markets = table.groupby("market", as_index=False)[["actual_usd", "predicted_usd"]].sum(min_count=1)
    predicted = markets["predicted_usd"].where(markets["predicted_usd"] > 0)
    markets["ease_raw"] = markets["actual_usd"] / predicted
    markets["ease"] = markets["ease_raw"].clip(low, high)
    return markets


def _potential(table: pd.DataFrame, markets: pd.DataFrame, nomenclature: str) -> pd.DataFrame:
    ease = table["market"].map(markets.set_index("market")["ease"])
    table["potential_usd"] = table["predicted_usd"] * ease
    table["untapped_usd"] = (table["potential_usd"] - table["actual_usd"]).clip(lower=0)
    table["realised"] = table["actual_usd"] / table["potential_usd"].where(table["potential_usd"] > 0)
    by_market = table.groupby("market")[["potential_usd", "untapped_usd"]].sum(min_count=1)
    markets[["potential_usd", "untapped_usd"]] = by_market.reindex(markets["market"]).to_numpy()
    markets.sort_values("untapped_usd", ascending=False, inplace=True, ignore_index=True)
    names = product_names(nomenclature) if nomenclature.upper() in NOMENCLATURES else {}
    table.insert(2, "name", table["product"].map(names))
    products = table[table["supply_share"] > 0].sort_values("untapped_usd", ascending=False, ignore_index=True)
    return products[["market", "product", "name", "supply_share", "market_imports_usd", "distance_factor",
                     "demand_usd", "actual_usd", "potential_usd", "untapped_usd", "realised"]]


def _missing_distance_notes(products: pd.DataFrame) -> list[str]:
    missing = products["demand_usd"].isna()
    if not missing.any():
        return []
    count = products.loc[missing, "market"].nunique()
    return [f"{count} market(s) without CEPII distances for every supplier: their demand is missing, not zero"]


# -- diversification -----------------------------------------------------------


def diversification(
    flows: FlowsLike,
    exporter: PartyLike,
    market: PartyLike | None = None,
    year: int | None = None,
    *,
    digits: int = 4,
    rca_threshold: float = 1.0,
    weights: tuple[tuple[str, float], ...] = DEFAULT_WEIGHTS,
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
    unknown = {name for name, _ in weights} - {"density", "cog", "pci", "demand"}
    if unknown or not weights:
        raise PartnerlensError(f"weights name density, cog, pci or demand; got {sorted(unknown) or 'none'}")
    seller = as_party(exporter)
    buyer = as_party(market) if market is not None else None
    side, market_side = pair_sides(seller, buyer) if buyer is not None else (seller.members, None)
    with open_flows(flows) as f:
        year = f.year_or_latest(year)
        _require_year(f, year)
        panel = exports_by_product(f, [year], digits=digits, merge=seller if seller.is_group else None)
        demand = _market_demand(f, year, side, market_side, digits)
        nomenclature, sources, synthetic = f.nomenclature, list(f.sources), f.synthetic
    space = complexity(panel, rca_threshold=rca_threshold)
    own = space[space["exporter"] == seller.code]
    if own.empty:
        raise NoDataError(f"{seller.name} has no exports in {year}")
    candidates = own[own["mcp"] == 0].merge(demand, on="product", how="inner")
    candidates = _scored(candidates[candidates["market_imports_usd"] > 0], dict(weights))
    names = product_names(nomenclature) if nomenclature.upper() in NOMENCLATURES else {}
    candidates.insert(1, "name", candidates["product"].map(names))
    parameters = {"digits": digits, "rca_threshold": rca_threshold, "weights": dict(weights), "top": top, "year": year}
    notes = [] if own["eci"].notna().any() else [f"{seller.name} has no product with RCA ≥ {rca_threshold}: no density or COG"]
    return Diversification(
        exporter=seller.code, exporter_name=seller.name,
        market=buyer.code if buyer else None, market_name=buyer.name if buyer else "world",
        year=year, parameters=parameters,
        eci=_first(own["eci"]), coi=_first(own["coi"]),
        candidates=candidates, synthetic=synthetic, sources=sources, notes=notes,
    )


def _market_demand(
    f: Flows, year: int, side: frozenset[str], market_side: frozenset[str] | None, digits: int
) -> pd.DataFrame:
    """Per product: the market's imports (from outside it) and what the exporter already sells there."""
    members = sql_list(side)
    if market_side is None:
        where = f"NOT (exporter IN {members} AND importer IN {members})"
    else:
        buyers = sql_list(market_side)
        where = f"importer IN {buyers} AND exporter NOT IN {buyers}"
    return f.df(
        f"SELECT left(product, {digits}) AS product, sum(value_usd) AS market_imports_usd, "
        f"coalesce(sum(value_usd) FILTER (WHERE exporter IN {members}), 0) AS exports_to_market_usd "
        f"FROM flows WHERE year = {int(year)} AND {where} GROUP BY ALL"
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
class ComplexityRanking(Result):
    """Economies by ECI and products by PCI for one year, best first (``to_dict`` lists ``top`` of each)."""

    year: int
    parameters: dict[str, Any]
    economies: pd.DataFrame  # exporter, eci, diversity, coi
    products: pd.DataFrame  # product, name, pci, ubiquity
    synthetic: bool
    sources: list[SourceInfo]

    def to_dict(self) -> dict:
        payload = jsonable(self)
        top = self.parameters["top"]
        payload["economies"], payload["products"] = jsonable(self.economies.head(top)), jsonable(self.products.head(top))
        return payload


def complexity_ranking(
    flows: FlowsLike, year: int | None = None, *, digits: int = 4, rca_threshold: float = 1.0, top: int = DEFAULT_TOP
) -> ComplexityRanking:
    """ECI of every economy and PCI of every product in ``year`` (default: latest) at HS ``digits``."""
    with open_flows(flows) as f:
        year = f.year_or_latest(year)
        _require_year(f, year)
        panel = exports_by_product(f, [year], digits=digits)
        nomenclature, sources, synthetic = f.nomenclature, list(f.sources), f.synthetic
    space = complexity(panel, rca_threshold=rca_threshold)
    economies = (space.drop_duplicates("exporter")[["exporter", "eci", "diversity", "coi"]]
                 .dropna(subset=["eci"]).sort_values("eci", ascending=False, ignore_index=True))
    products = (space.drop_duplicates("product")[["product", "pci", "ubiquity"]]
                .dropna(subset=["pci"]).sort_values("pci", ascending=False, ignore_index=True))
    names = product_names(nomenclature) if nomenclature.upper() in NOMENCLATURES else {}
    products.insert(1, "name", products["product"].map(names))
    parameters = {"digits": digits, "rca_threshold": rca_threshold, "top": top, "year": year}
    return ComplexityRanking(year, parameters, economies, products, synthetic, sources)
