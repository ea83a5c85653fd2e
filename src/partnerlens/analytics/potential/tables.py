"""The tables of an export-potential result: products by untapped value, markets, a group's members.

:func:`build_result` turns the per market × product rows that
:mod:`.assemble` computes (every step's factor, potential and untapped value)
into an :class:`~.model.ExportPotential`: the product table sorted by untapped
value, one row per market with its ease, a group market summed over its
members and split by member, and the notes that say what is missing.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd

from partnerlens.analytics.potential.model import ExportPotential
from partnerlens.reference import Party

_PRODUCT_COLUMNS = [
    "market",
    "product",
    "name",
    "supply_share",
    "rca_trend",
    "reexport_damping",
    "supply",
    "market_imports_usd",
    "distance_km",
    "supplier_distance_km",
    "distance_factor",
    "demand_usd",
    "gdp_growth",
    "projected_demand_usd",
    "access",
    "predicted_usd",
    "actual_usd",
    "potential_usd",
    "untapped_usd",
    "realised",
]


def build_result(
    seller: Party,
    buyer: Party | None,
    base: pd.DataFrame,
    ease: pd.DataFrame,
    rows: pd.DataFrame,
    names: dict[str, str],
    year: int,
    target: int,
    parameters: dict[str, Any],
    products: list[str] | None,
    synthetic: bool,
    sources: list,
) -> ExportPotential:
    notes = []
    shown = base if not products else base[base["product"].str.startswith(tuple(products))]
    if products:
        notes.append(f"products {', '.join(products)} only; ease of trade is computed over every product")
    member_rows = None
    if buyer is not None and buyer.is_group:
        member_rows = _members(shown)
        shown = _summed_over_members(shown, buyer.code)
    product_table = _sorted_products(shown, names)
    market_table = _markets(shown, ease, rows, year)
    growth = base.attrs.get("growth")
    unprojected = int((~growth["projected"]).sum()) if growth is not None else 0
    if unprojected:
        notes.append(f"{unprojected} market(s) have no published growth projection: the median projection is used")
    missing = int(product_table["demand_usd"].isna().sum())
    if missing:
        notes.append(
            f"{missing} market × product row(s) have no CEPII distance for the exporter or the market's suppliers: "
            "their potential is missing, not zero"
        )
    if market_table.empty:
        what = f"any of the products {', '.join(products)}" if products else "any product"
        notes.append(f"in {year} no market imports {what} {seller.name} exports")
    new = int(market_table["new_market"].sum()) if len(market_table) else 0
    if new:
        notes.append(
            f"{new} market(s) bought nothing from {seller.name} in the base years: their potential uses the lowest ease"
        )
    if parameters.get("tariffs") is None:
        notes.append(
            "market access not applied: no tariffs in the workspace for the base year "
            "(`partnerlens data ingest tariffs FILE` adds WITS rates)"
        )
    notes.append(f"potential is projected to {target}; actual trade is {year}'s")
    return ExportPotential(
        exporter=seller.code,
        exporter_name=seller.name,
        market=buyer.code if buyer else None,
        market_name=buyer.name if buyer else "all markets",
        year=year,
        target_year=target,
        parameters=parameters,
        potential_usd=float(product_table["potential_usd"].sum()),
        actual_usd=float(product_table["actual_usd"].sum()),
        untapped_usd=float(product_table["untapped_usd"].sum()),
        markets=market_table,
        products=product_table,
        synthetic=synthetic,
        sources=sources,
        notes=notes,
        members=member_rows,
    )


def _sorted_products(rows: pd.DataFrame, names: dict[str, str]) -> pd.DataFrame:
    """The product table, largest untapped value first (ties by market and product code; missing last), with names."""
    columns = [c for c in _PRODUCT_COLUMNS if c != "name"]
    keys = [_codes(rows["product"]), _codes(rows["market"]), -rows["untapped_usd"].fillna(-np.inf).to_numpy()]
    order = np.lexsort(keys)
    table = _taken(rows, columns, order)
    table.insert(2, "name", named(table["product"], names).astype(object))
    return table


def named(codes: pd.Series, names: dict[str, str]) -> pd.Series | np.ndarray:
    """The name of each code (NaN where ``names`` has none), as ``codes.map(names)`` gives the values.

    Each distinct code is looked up once in the dict (a categorical's categories, else the codes themselves):
    ``map`` first turns the whole dict, every HS code at every level, into a Series. An empty dict or
    column is left to ``map`` (its dtype then is not object).
    """
    if not names or codes.empty:
        return codes.map(names)
    if isinstance(codes.dtype, pd.CategoricalDtype):
        looked = np.array([names.get(code, np.nan) for code in codes.cat.categories] + [np.nan], dtype=object)
        return looked[codes.cat.codes.to_numpy()]  # a missing code, −1, reads the NaN appended last
    return np.array([names.get(code, np.nan) for code in codes.to_numpy(dtype=object)], dtype=object)


def _taken(rows: pd.DataFrame, columns: list[str], order: np.ndarray) -> pd.DataFrame:
    """``rows[columns]`` in ``order``, column by column: the float columns taken straight into one block.

    A frame built up column by column is fragmented: ``DataFrame.take`` on it
    copies block by block, and a frame built from a dict of arrays copies them
    again to consolidate; one preallocated (columns × rows) block is written once.
    """
    floats = [c for c in columns if rows[c].dtype == np.float64]
    block = np.empty((len(floats), len(order)))
    for i, column in enumerate(floats):
        np.take(rows[column].to_numpy(), order, out=block[i])
    table = pd.DataFrame(block.T, columns=floats, copy=False)
    for position, column in enumerate(columns):
        if column in floats:
            continue
        values = rows[column]
        if isinstance(values.dtype, pd.CategoricalDtype):
            taken = pd.Categorical.from_codes(values.cat.codes.to_numpy()[order], values.cat.categories)
        else:
            taken = values.to_numpy()[order]
        table.insert(position, column, taken)
    return table


def _codes(values: pd.Series) -> np.ndarray:
    """Sort keys of a column of codes (categorical codes when the categories are sorted, else the strings)."""
    if isinstance(values.dtype, pd.CategoricalDtype) and values.cat.categories.is_monotonic_increasing:
        return values.cat.codes.to_numpy()
    return values.astype(str).to_numpy()


_SUMMED = [
    "market_imports_usd",
    "demand_usd",
    "projected_demand_usd",
    "actual_usd",
    "predicted_usd",
    "potential_usd",
    "untapped_usd",
]
_FIRST = ["supply_share", "rca_trend", "reexport_damping", "supply", "ease_raw", "ease"]
_WEIGHTED = ["distance_km", "supplier_distance_km", "gdp_growth", "access"]


def _summed_over_members(rows: pd.DataFrame, code: str) -> pd.DataFrame:
    """A group market's rows summed per product (weighted means for its factors, by the members' imports).

    One grouping of the rows serves every column: the sums in one pass of
    pandas' sum kernel, the per-product terms (the exporter's, the same in
    every member) in one ``first``, the weighted means' numerators in one sum
    and their common denominator once (the same kernels, column by column, as
    one aggregation per column: the same floats).
    """
    by_product = rows.groupby("product", observed=True)
    sums = by_product[_SUMMED].sum()
    firsts = by_product[_FIRST].first()  # the same index: the observed products in category order
    for column in _FIRST:
        sums[column] = firsts[column]
    sums = sums.reset_index()
    sums.attrs = {}  # as an aggregation per column gave: the rows' attrs (growth) are the caller's, not copied
    weight = rows["market_imports_usd"]
    at, _ = _keys(rows["product"])  # the products' integer keys, in the grouping's order
    numerators = rows[_WEIGHTED].mul(weight, axis=0).groupby(at).sum()
    denominator = weight.groupby(at).sum().to_numpy()
    with np.errstate(invalid="ignore", divide="ignore"):  # no member imports: a missing mean, as pandas gives
        for column in _WEIGHTED:
            sums[column] = (numerators[column].to_numpy() / denominator).astype(float)
    sums["distance_factor"] = sums["demand_usd"] / sums["market_imports_usd"]
    sums["realised"] = sums["actual_usd"] / sums["potential_usd"].where(sums["potential_usd"] > 0)
    sums["market"] = code
    sums["ease_market"] = code
    return sums


def exporter_members(products: pd.DataFrame, own: pd.DataFrame) -> pd.DataFrame:
    """Per member of a group exporter: potential and untapped value apportioned by its share of the group's exports
    of each product, and its actual sales to the market, largest potential first (the rows add up to the totals).

    ``own`` has one row per member × product (10⁵ for a continent): the rows
    are grouped by integer codes of their product and member (``pd.factorize``
    of the Arrow-backed strings, no Python string per row) with the same
    pandas sum kernels, in the same row order, as a grouping on the strings —
    the same floats; the members are put in code order before the shares are
    summed, as that grouping left them.
    """
    if own.empty:
        return pd.DataFrame(columns=["exporter", "actual_usd", "potential_usd", "untapped_usd", "share_of_potential"])
    totals = products.groupby(products["product"].astype(str))[["potential_usd", "untapped_usd"]].sum()
    product_at, product_codes = pd.factorize(own["product"])
    member_at, members = pd.factorize(own["exporter"])
    exports = own["exports_usd"].to_numpy(float)
    with np.errstate(invalid="ignore", divide="ignore"):  # a product its members export nothing of: missing, as pandas
        weight = exports / pd.Series(exports).groupby(product_at).sum().to_numpy()[product_at]
    names = pd.Index(np.asarray(product_codes, dtype=object).astype(str))
    summed = {"actual_usd": own["sales_usd"].to_numpy(float)}
    for column in ("potential_usd", "untapped_usd"):
        summed[column] = weight * totals[column].reindex(names).astype(float).fillna(0.0).to_numpy()[product_at]
    by_member = pd.DataFrame(summed).groupby(member_at).sum()
    table = pd.DataFrame({"exporter": np.asarray(members, dtype=object)[by_member.index].astype(str)})
    for column in ("actual_usd", "potential_usd", "untapped_usd"):
        table[column] = by_member[column].to_numpy()
    table = table.sort_values("exporter", ignore_index=True)  # the order a grouping on the strings gives
    table["share_of_potential"] = table["potential_usd"] / table["potential_usd"].sum()
    return table.sort_values(["potential_usd", "exporter"], ascending=[False, True], ignore_index=True)


def _members(rows: pd.DataFrame) -> pd.DataFrame:
    """Per member economy of a group market: actual, potential and untapped (USD), largest potential first."""
    table = rows.groupby("market", as_index=False, observed=True)[["actual_usd", "potential_usd", "untapped_usd"]].sum(
        min_count=1
    )
    table["market"] = table["market"].astype(str)
    table["share_of_potential"] = table["potential_usd"] / table["potential_usd"].sum()
    return table.sort_values(["potential_usd", "market"], ascending=[False, True], ignore_index=True)


def _markets(shown: pd.DataFrame, ease: pd.DataFrame, rows: pd.DataFrame, year: int) -> pd.DataFrame:
    """Per market: base-year actual, ease over the base years, distance, growth, potential, untapped, new market.

    Grouped on integer keys (a categorical's codes, else the sorted codes'
    positions): pandas' sum and first kernels over the same rows in the same
    order as a grouping on the market column, without its per-aggregation
    machinery; the market's ease looked up by its ease market (a left join on
    a unique key).
    """
    if shown.empty:
        return pd.DataFrame(
            columns=["market", "actual_usd", "potential_usd", "untapped_usd", "ease_raw", "ease", "new_market"]
        )
    at, labels = _keys(shown["market"])
    ease_at, ease_labels = _keys(shown["ease_market"])
    frame = pd.DataFrame({column: shown[column].to_numpy() for column in _MARKET_SUMS + _MARKET_FIRSTS})
    frame["products_without_distance"] = shown["demand_usd"].isna().to_numpy(int)
    frame["ease_market"] = ease_at
    groups = frame.groupby(at)
    sums = groups[[*_MARKET_SUMS, "products_without_distance"]].sum()
    firsts = groups[[*_MARKET_FIRSTS, "ease_market"]].first()
    by_ease_market = ease.set_index("market").reindex(ease_labels[firsts["ease_market"].to_numpy()])
    table = pd.DataFrame(  # built at once: a column inserted at a time costs more than the sums
        {
            "market": labels[sums.index.to_numpy()].astype(str),
            **{column: sums[column].to_numpy() for column in _MARKET_SUMS},
            **{column: firsts[column].to_numpy() for column in _MARKET_FIRSTS},
            "products_without_distance": sums["products_without_distance"].to_numpy(),
            **{column: by_ease_market[column].to_numpy() for column in by_ease_market.columns},
        }
    )
    table["new_market"] = table["ease_actual_usd"].fillna(0) <= 0
    return table.sort_values(["untapped_usd", "market"], ascending=[False, True], na_position="last", ignore_index=True)


_MARKET_SUMS = ["actual_usd", "potential_usd", "untapped_usd"]
_MARKET_FIRSTS = ["distance_km", "gdp_growth"]


def _keys(values: pd.Series) -> tuple[np.ndarray, np.ndarray]:
    """Integer group keys of a column of codes, in the order a grouping on the column gives, and the codes they stand
    for (a categorical's codes and categories; else positions in the sorted distinct codes)."""
    if isinstance(values.dtype, pd.CategoricalDtype):
        return values.cat.codes.to_numpy(), values.cat.categories.astype(str).to_numpy(dtype=object)
    at, distinct = pd.factorize(values.astype(str).to_numpy(dtype=object), sort=True)
    return at, np.asarray(distinct, dtype=object)
