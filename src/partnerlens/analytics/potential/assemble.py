"""Export potential assembled from its steps (Decreux & Spies 2016): supply × demand × access × ease, projected.

For exporter i, market j, product k, base years t−n+1..t and target year T:

    P[i,j,k,T] = S[i,k] · D_T[j,k] · access[i,j,k] · E[i,j]
    untapped   = max(P − X[i,j,k,t], 0)

with S from :mod:`.supply`, D_T from :mod:`.demand` and :mod:`.distance`,
access from :mod:`.access` (1 without a tariff table) and E from :mod:`.ease`.
Because supply and demand are projected to T and ease is averaged over the base
years, total potential differs from actual trade: untapped value is not only
a reshuffle of what i already sells to j.

Parties: a group exporter's supply counts only its exports outside the group;
its distance to a market weights its members' distances by their exports. A
group market is one market for ease (its members' actual and predicted trade
summed) and its members' demand adds up; ``members`` splits its potential by
member in proportion to each member's projected demand.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd

from partnerlens.analytics.flows import Flows, FlowsLike, PartyLike, as_party, exporter_rca, open_flows, pair_sides
from partnerlens.analytics.potential import access as access_step
from partnerlens.analytics.potential import demand as demand_step
from partnerlens.analytics.potential import distance as distance_step
from partnerlens.analytics.potential import ease as ease_step
from partnerlens.analytics.potential import inputs, tables
from partnerlens.analytics.potential import supply as supply_step
from partnerlens.analytics.potential.model import DEFAULT_TOP, ExportPotential
from partnerlens.errors import NoDataError, PartnerlensError
from partnerlens.reference import Party
from partnerlens.reference.geography import DISTANCE_SOURCE, distances

DEFAULT_HORIZON = 5
"""Potential is projected five years past the base year by default, as ITC's Export Potential Map does."""

TARIFFS_FILE = "tariffs.parquet"


def export_potential(
    flows: FlowsLike,
    exporter: PartyLike,
    market: PartyLike | None = None,
    year: int | None = None,
    *,
    target_year: int | None = None,
    theta: float = distance_step.DEFAULT_THETA,
    ease_bounds: tuple[float, float] = ease_step.DEFAULT_EASE_BOUNDS,
    ease_years: int = ease_step.DEFAULT_EASE_YEARS,
    trend_bounds: tuple[float, float] = supply_step.DEFAULT_TREND_BOUNDS,
    reexport_threshold: float = supply_step.DEFAULT_REEXPORT_THRESHOLD,
    elasticities: dict[str, float] | None = None,
    tariffs: pd.DataFrame | None = None,
    sigma: float = access_step.DEFAULT_SIGMA,
    products: list[str] | None = None,
    digits: int = 6,
    top: int = DEFAULT_TOP,
) -> ExportPotential:
    """Untapped export potential of ``exporter`` in ``market`` (None: every market), base ``year`` (default: latest).

    ``target_year`` (default: ``year + 5``) is the year potential is projected
    to; ``theta`` the distance elasticity; ``ease_bounds`` and ``ease_years``
    the range ease is clipped to and how many base years it averages;
    ``trend_bounds`` and ``reexport_threshold`` shape supply; ``elasticities``
    maps HS prefixes to income elasticities (default 1); ``tariffs`` a tariff
    table (default: the workspace's ``tariffs.parquet`` if any) and ``sigma``
    its elasticity; ``products`` HS codes or prefixes to report (ease is still
    computed over every product); ``digits`` the HS level; ``top`` how many
    products ``to_dict`` lists. All are echoed in ``parameters``.
    """
    _check(digits, ease_bounds, ease_years, reexport_threshold)
    seller, buyer, side, market_side = trading_sides(exporter, market)
    with open_flows(flows) as f:
        year = f.year_or_latest(year)
        require_year(f, year)
        target = int(target_year) if target_year is not None else year + DEFAULT_HORIZON
        if target < year:
            raise PartnerlensError(f"target year {target} is before the base year {year}")
        base_years = [y for y in range(year - ease_years + 1, year + 1) if f.has_year(y)]
        rows = inputs.market_rows(f, year, side, market_side, digits)
        tariff_table, tariff_source = _tariffs(f, tariffs, year, digits, side)
        access = _access(f, tariff_table, year, side, sigma, digits) if tariff_table is not None else None
        kept = _world_supply(f, seller, year, base_years[0], target - year, trend_bounds, reexport_threshold, digits)
        if kept is not None:  # built by `world build` for these parameters: read, not computed
            supplied, supply = kept
        else:
            supplied, supply = _computed_supply(
                f, seller, side, year, base_years[0], target - year, trend_bounds, reexport_threshold, digits
            )
        seller_km = distance_step.seller_distance(distances(), inputs.seller_weights(f, year, side))
        group_code = buyer.code if buyer is not None and buyer.is_group else None
        earlier = inputs.ease_rows(f, base_years[:-1], side, market_side, digits, seller_km, theta, access, group_code)
        mirror = inputs.mirror_rows(f, base_years, side, market_side, group_code)
        own = inputs.member_exports(f, year, side, market_side, digits) if seller.is_group else None
        names, sources, synthetic = f.product_names(), list(f.sources), f.synthetic
    rows = _predicted(rows, supplied, seller_km, theta, access)
    rows["ease_market"] = group_code if group_code else rows["market"]
    now = rows.groupby("ease_market", observed=True, as_index=False)[["actual_usd", "predicted_usd"]].sum()
    now = now.rename(columns={"ease_market": "market"}).assign(year=year, market=lambda t: t["market"].astype(str))
    by_year = pd.concat([earlier, now], ignore_index=True)
    reported = ease_step.actual_with_mirror(
        by_year[["market", "year", "actual_usd"]].rename(columns={"actual_usd": "value_usd"}), mirror
    )
    by_year = by_year.drop(columns="actual_usd").merge(
        reported[["market", "year", "actual_usd"]], on=["market", "year"], how="outer"
    )
    ease = ease_step.ease_of_trade(by_year, ease_bounds)
    base = _projected(rows, supply, ease, year, target, elasticities)
    parameters = {
        "year": year,
        "target_year": target,
        "base_years": base_years,
        "theta": theta,
        "ease_bounds": list(ease_bounds),
        "ease_years": ease_years,
        "trend_bounds": list(trend_bounds),
        "reexport_threshold": reexport_threshold,
        "elasticities": dict(elasticities or {}),
        "default_elasticity": demand_step.DEFAULT_ELASTICITY,
        "sigma": sigma if tariff_table is not None else None,
        "tariffs": tariff_source,
        "digits": digits,
        "top": top,
        "products": list(products) if products else None,
        "supply": "base-year share of world exports × RCA trend × re-export damping",
        "mirror": mirror is not None,
        "demand": f"imports projected with GDP growth ({demand_step.GROWTH_SOURCE})",
        "distances": DISTANCE_SOURCE,
    }
    result = tables.build_result(
        seller, buyer, base, ease, rows, names, year, target, parameters, products, synthetic, sources
    )
    if own is not None:
        result.exporter_members = tables.exporter_members(result.products, own)
    return result


def trading_sides(
    exporter: PartyLike, market: PartyLike | None
) -> tuple[Party, Party | None, frozenset[str], frozenset[str] | None]:
    """The exporting and market parties, and the members standing for each (None: every market)."""
    seller = as_party(exporter)
    if market is None:
        return seller, None, seller.members, None
    buyer = as_party(market)
    return (seller, buyer, *pair_sides(seller, buyer))


def require_year(f: Flows, year: int) -> None:
    if not f.has_year(year):
        span = f"{f.years[0]}–{f.years[-1]}" if f.years else "no years"
        raise NoDataError(f"no data for {year}: the data cover {span}")


def _check(digits: int, ease_bounds: tuple[float, float], ease_years: int, reexport_threshold: float) -> None:
    low, high = ease_bounds
    if not 0 <= low <= high:
        raise PartnerlensError(f"ease_bounds must satisfy 0 ≤ low ≤ high, not {ease_bounds}")
    if digits not in (2, 4, 6):
        raise PartnerlensError(f"digits must be 2, 4 or 6, not {digits}")
    if ease_years < 1:
        raise PartnerlensError(f"ease_years must be at least 1, not {ease_years}")
    if not 0 <= reexport_threshold < 1:
        raise PartnerlensError(f"reexport_threshold must be in [0, 1), not {reexport_threshold}")


def _tariffs(
    f: Flows, given: pd.DataFrame | None, year: int, digits: int, side: frozenset[str]
) -> tuple[pd.DataFrame | None, str | None]:
    """The tariff table to use and where it came from: the argument, else the workspace's ingested
    tariffs (:mod:`partnerlens.analytics.tariffs`), else the workspace's file, else none."""
    if given is not None:
        return given, "tariff table passed in"
    from partnerlens.analytics.tariffs import applied_tariffs

    table, source = applied_tariffs(f, year, digits, side)
    if table is not None and source is not None:
        return table, source.citation()
    path = f.store.workspace.home / TARIFFS_FILE if f.store is not None else None
    if path is not None and Path(path).exists():
        return pd.read_parquet(path), str(path)
    return None, None


def _access(
    f: Flows, tariffs: pd.DataFrame, year: int, side: frozenset[str], sigma: float, digits: int
) -> pd.DataFrame:
    table = access_step.tariffs_for_year(tariffs, year)
    table = table[table["product"].str.len() == digits]
    weights = inputs.supplier_imports(f, year, table, digits) if len(table) else table.assign(value_usd=0.0)
    return access_step.market_access(table, weights[["importer", "exporter", "product", "value_usd"]], side, sigma)


def _supply(
    f: Flows,
    seller: Party,
    supplied: pd.DataFrame,
    year: int,
    first: int,
    horizon: int,
    trend_bounds: tuple[float, float],
    threshold: float,
    side: frozenset[str],
    digits: int,
) -> pd.DataFrame:
    """Projected supply per product (:func:`.supply.projected_supply`) from the base year and the first base year."""
    now = supplied.set_index("product")
    share = supply_step.supply_share(now["exports_usd"].astype(float), now["world_usd"].astype(float))
    rca_now = _rca(f, seller, year, digits)
    rca_start = _rca(f, seller, first, digits) if first < year else rca_now
    trend = supply_step.rca_trend(rca_now.reindex(share.index), rca_start, year - first, horizon, trend_bounds)
    damping = supply_step.reexport_damping(
        now["exports_usd"].astype(float), inputs.seller_imports(f, year, side, digits), threshold
    )
    return supply_step.projected_supply(share, trend, damping)


def _computed_supply(
    f: Flows,
    seller: Party,
    side: frozenset[str],
    year: int,
    first: int,
    horizon: int,
    trend_bounds: tuple[float, float],
    threshold: float,
    digits: int,
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """``supplied`` (:func:`.inputs.supply_rows`) and ``supply`` (:func:`_supply`) computed from the flows; a group's
    kept in the cache folder for its later briefs (:mod:`.group_supply`: they do not depend on the market)."""

    def compute() -> tuple[pd.DataFrame, pd.DataFrame]:
        supplied = inputs.supply_rows(f, year, side, digits)
        supply = _supply(f, seller, supplied, year, first, horizon, trend_bounds, threshold, side, digits)
        return supplied, supply

    if not seller.is_group:
        return compute()
    from partnerlens.analytics.potential.group_supply import kept_group_supply

    arguments = (year, first, horizon, tuple(trend_bounds), threshold, digits)
    return kept_group_supply(f, side, arguments, compute)


SUPPLY_COLUMNS = ["supply_share", "rca_trend", "reexport_damping", "supply"]


def _world_supply(
    f: Flows,
    seller: Party,
    year: int,
    first: int,
    horizon: int,
    trend_bounds: tuple[float, float],
    threshold: float,
    digits: int,
) -> tuple[pd.DataFrame, pd.DataFrame] | None:
    """``supplied`` and ``supply`` of an economy from the world table ``supply_hs{digits}`` (``world.supply``), or None.

    Only when the table is current for ``year`` and was built for these
    parameters (the default trend bounds and re-export threshold, the same
    first base year and horizon): its rows are the ones :func:`.inputs.supply_rows`
    and :func:`_supply` give, read for one exporter (a few row groups).
    """
    if f.world is None or seller.is_group:
        return None
    if (tuple(trend_bounds), threshold) != (supply_step.DEFAULT_TREND_BOUNDS, supply_step.DEFAULT_REEXPORT_THRESHOLD):
        return None
    from partnerlens.sql import sql_string, sql_string_list
    from partnerlens.world.manifest import table_files

    files = table_files(*f.world, f"supply_hs{digits}", [year])
    if files is None:
        return None
    rows = f.df(
        f"SELECT * FROM read_parquet({sql_string_list(files)}, hive_partitioning = false) "
        f"WHERE exporter = {sql_string(seller.code)} ORDER BY product"
    )
    if rows.empty or (int(rows["first_year"].iloc[0]), int(rows["horizon"].iloc[0])) != (first, horizon):
        return None  # no row (computed, to say why) or other base years or target: compute on demand
    supplied = rows[["year", "product", "exports_usd", "world_usd"]]
    return supplied, rows.set_index("product")[SUPPLY_COLUMNS]


def _rca(f: Flows, seller: Party, year: int, digits: int) -> pd.Series:
    return exporter_rca(f, seller, year, digits).set_index("product")["rca"].astype(float)


def _predicted(
    rows: pd.DataFrame, supplied: pd.DataFrame, seller_km: pd.Series, theta: float, access: pd.DataFrame | None
) -> pd.DataFrame:
    """Per market × product of the base year: share, distance factor, demand, access and ``predicted_usd = s·D·access``.

    ``predicted_usd`` summed per market is the base year's entry of
    :func:`.inputs.ease_rows` (which sums the same product per market for the earlier base years).
    """
    shares = (supplied["exports_usd"] / supplied["world_usd"].where(supplied["world_usd"] > 0)).set_axis(
        supplied["product"]
    )
    rows["supply_share"] = _mapped(rows["product"], shares)
    rows["distance_km"] = _mapped(rows["market"], seller_km)
    rows["distance_factor"] = distance_step.distance_factor(rows["distance_km"], rows["supplier_distance_km"], theta)
    rows["demand_usd"] = rows["market_imports_usd"] * rows["distance_factor"]
    if access is not None:
        keys = pd.MultiIndex.from_arrays([rows["market"].astype(str), rows["product"].astype(str)])
        rows["access"] = access.set_index(["market", "product"])["access"].reindex(keys).fillna(1.0).to_numpy()
    else:
        rows["access"] = 1.0
    rows["predicted_usd"] = rows["supply_share"] * rows["demand_usd"] * rows["access"]
    return rows


def _projected(
    base: pd.DataFrame,
    supply: pd.DataFrame,
    ease: pd.DataFrame,
    year: int,
    target: int,
    elasticities: dict[str, float] | None,
) -> pd.DataFrame:
    """The base year's rows carried to the target year: projected supply and demand, ease, potential and untapped.

    Each term is looked up once per distinct product or market (:func:`_looked_up`: one table per key, taken by
    the rows' codes) and computed on numpy arrays, then set as columns: the same floats as pandas' element-wise
    operations on the columns. (Joined in one step instead, the new columns are copied into one block: cheaper
    for a pair's thousand rows, dearer for a group market's 10⁵.)
    """
    product, market = base["product"], base["market"]
    supplied = _looked_up(product, supply[SUPPLY_COLUMNS])
    # a categorical's categories are the markets present (market_rows): no pass over the rows
    markets = pd.Index(market.cat.categories.astype(str) if hasattr(market, "cat") else market.astype(str).unique())
    growth = demand_step.market_growth(markets, year)
    gdp_growth = _looked_up(market, growth[["gdp_growth"]])["gdp_growth"]
    products = pd.Series(product.cat.categories if hasattr(product, "cat") else product.unique())
    eps = demand_step.elasticity(products.astype(str), elasticities).set_axis(products)
    demand = demand_step.projected_demand(
        base["demand_usd"], gdp_growth, _looked_up(product, eps.to_frame("eps"))["eps"], target - year
    ).to_numpy()
    eased = _looked_up(base["ease_market"], ease.set_index("market")[["ease_raw", "ease"]])
    potential = supplied["supply"] * demand * base["access"].to_numpy(float) * eased["ease"]
    actual = base["actual_usd"].to_numpy(float)
    with np.errstate(invalid="ignore", divide="ignore"):
        untapped = np.where(np.isnan(potential), np.nan, np.maximum(potential - actual, 0.0))
        realised = actual / np.where(potential > 0, potential, np.nan)
    columns = {**supplied, "gdp_growth": gdp_growth, "projected_demand_usd": demand, **eased}
    columns.update(potential_usd=potential, untapped_usd=untapped, realised=realised)
    for column, values in columns.items():
        base[column] = values
    base.attrs["growth"] = growth
    return base


def _looked_up(keys: pd.Series, table: pd.DataFrame) -> dict[str, np.ndarray]:
    """Each column of ``table`` (indexed by code) looked up by ``keys``, as float arrays; NaN where a key is absent.

    A categorical's categories are looked up once and the rows take them by code (fast on 10⁶ rows); other keys
    column by column as :func:`_mapped`.
    """
    if not isinstance(keys.dtype, pd.CategoricalDtype):
        return {column: _mapped(keys, table[column]) for column in table.columns}
    values = table.astype(float).reindex(keys.cat.categories.astype(str)).to_numpy().T  # a row per column
    values = np.hstack([values, np.full((len(values), 1), np.nan)])  # a missing key's code, −1, reads NaN
    codes = keys.cat.codes.to_numpy()
    return {column: values[i][codes] for i, column in enumerate(table.columns)}


def _mapped(keys: pd.Series, values: pd.Series) -> np.ndarray:
    """``values`` looked up by ``keys`` (categorical keys map their categories only: fast on 10⁶ rows); NaN where absent."""
    values = values.astype(float)
    if isinstance(keys.dtype, pd.CategoricalDtype):
        table = np.append(values.reindex(keys.cat.categories.astype(str)).to_numpy(), np.nan)
        return table[keys.cat.codes.to_numpy()]  # a missing key's code, −1, reads the NaN appended last
    return keys.astype(str).map(values).to_numpy(float)
