"""The flows primitives every analysis queries through: values of a direction per year, exports by product
(cached per year as aggregates of the handle), and one exporter's RCA."""

from __future__ import annotations

import hashlib
import math
import re
from collections.abc import Iterable

import pandas as pd

from partnerlens.analytics import indices, sides
from partnerlens.analytics.flows.handle import REST_OF_WORLD, Flows
from partnerlens.analytics.flows.opening import FlowsLike, open_flows
from partnerlens.analytics.sides import PartyLike, as_party
from partnerlens.errors import PartnerlensError
from partnerlens.reference import Party
from partnerlens.sql import sql_string


def _sides(
    exporter: PartyLike | None, importer: PartyLike | None
) -> tuple[frozenset[str] | None, frozenset[str] | None]:
    if exporter is not None and importer is not None:
        return sides.pair_sides(exporter, importer)
    return (
        as_party(exporter).members if exporter is not None else None,
        as_party(importer).members if importer is not None else None,
    )


def flow_values(
    flows: FlowsLike,
    exporter: PartyLike | None,
    importer: PartyLike | None,
    years: Iterable[int] | None = None,
    products: Iterable[str] | None = None,
) -> pd.Series:
    """Total value (USD) of flows from ``exporter`` to ``importer`` per year, indexed by year.

    ``None`` for a party means the rest of the world (a group's trade with its
    own members excluded). ``products`` restricts to HS codes (prefixes).
    Years the data do not cover are NaN (missing); a covered year without any
    matching flow is 0.
    """
    with open_flows(flows) as f:
        wanted = sorted({int(y) for y in years}) if years is not None else list(f.years)
        exp, imp = _sides(exporter, importer)
        table = "flows" if products is not None else f.pair_totals()
        sql = (
            f"SELECT year, sum(value_usd) AS value_usd FROM {table} "
            f"WHERE {sides.year_filter(wanted)} AND {sides.direction_filter(exp, imp)} AND {sides.product_filter(products)} GROUP BY year"
        )
        found = f.df(sql).set_index("year")["value_usd"]
        covered = set(f.years)
    values = [float(found.get(y, 0.0)) if y in covered else math.nan for y in wanted]
    return pd.Series(values, index=pd.Index(wanted, name="year"), name="value_usd", dtype="float64")


def exports_by_product(
    flows: FlowsLike,
    years: Iterable[int] | None = None,
    digits: int = 6,
    merge: PartyLike | None = None,
) -> pd.DataFrame:
    """Each economy's exports to the world per product: ``year, exporter, product, value_usd``.

    Products are rolled up to ``digits`` (2, 4 or 6). With ``merge`` (a group),
    its members count as one exporter named by the group's code and their trade
    with each other is dropped, so the group can be placed in the product space.
    Over a store each year is summed once per state of the data (``Flows.aggregate``).
    """
    _check_digits(digits)
    with open_flows(flows) as f:
        wanted = [y for y in sorted({int(y) for y in years}) if f.has_year(y)] if years is not None else list(f.years)
        panel = " UNION ALL ".join(f"SELECT * FROM {_year_exports(f, y, digits, merge)}" for y in wanted)
        if not panel:  # no year with data: the columns, no rows
            panel = "SELECT year, exporter, product, value_usd FROM flows WHERE FALSE"
        return f.df(f"SELECT * FROM ({panel}) ORDER BY year, exporter, product")


def exporter_rca(flows: FlowsLike, exporter: PartyLike, year: int, digits: int = 6) -> pd.DataFrame:
    """Balassa RCA of one party (a group as one economy) in each product it exports: ``product, export_value_usd, rca``.

    The RCA of one exporter needs only its exports and the world's by product,
    so the year's panel (:func:`exports_by_product`, cached) is summed to two
    exporters, the party and the rest of the world, which leaves the party's
    RCA as on the full panel (Balassa 1965; formula in
    :func:`partnerlens.analytics.indices.rca`). Sorted by product. Computed
    once per party, year and level while the handle is open, shared with the
    handles forked from it (``Flows.shared``: a brief asks for each side's RCA from
    its indices on one thread, export potential and sections on another).
    """
    _check_digits(digits)
    party = as_party(exporter)
    with open_flows(flows) as f:
        key = ("exporter_rca", party.code, party.members, party.is_group, int(year), digits)
        return f.shared(key, lambda: _exporter_rca(f, party, int(year), digits)).copy()  # with the brief's other thread


def _exporter_rca(f: Flows, party: Party, year: int, digits: int) -> pd.DataFrame:
    """The party's RCA on the year's panel summed to two exporters, the party and the rest of the world.

    The rest's exports of a product are the world's (summed once per state of
    the data: ``exports_YYYY_hsD_world``, a few thousand rows) less the party's
    own rows (an economy's few row groups; a merged group's members' rows),
    instead of a grouping of the whole panel (560,000 rows at six digits) per
    call; a product no one else exports has no rest row, as before. The same
    floats where the sums are exact (values in whole dollars, as BACI's and
    the demo world's), as the world tables' sums are.
    """
    base = _year_exports(f, year, digits, None)
    world = f.aggregate(
        f"exports_{int(year)}_hs{digits}_world",
        f"SELECT year, product, sum(value_usd) AS value_usd FROM {base} GROUP BY ALL",
    )
    code = sql_string(party.code)
    if party.is_group:
        own = f"SELECT year, product, value_usd FROM {_year_exports(f, year, digits, party)} WHERE exporter = {code}"
        members = f"WHERE exporter IN {sides.sql_list(party.members)}"
    else:
        own = f"SELECT year, product, value_usd FROM {base} WHERE exporter = {code}"
        members = f"WHERE exporter = {code}"
    table = f.df(
        f"SELECT year, {code} AS exporter, product, value_usd FROM ({own}) UNION ALL "
        f"SELECT w.year, '{REST_OF_WORLD}' AS exporter, w.product, w.value_usd - coalesce(m.v, 0) AS value_usd "
        f"FROM {world} w LEFT JOIN (SELECT product, sum(value_usd) AS v FROM {base} {members} GROUP BY ALL) m "
        "USING (product) WHERE w.value_usd - coalesce(m.v, 0) > 0"
    )
    own = indices.rca(table, year)
    return own[own["exporter"] == party.code].drop(columns="exporter").reset_index(drop=True)


def _check_digits(digits: int) -> None:
    if digits not in (2, 4, 6):
        raise PartnerlensError(f"digits must be 2, 4 or 6, not {digits}")


def _year_exports(f: Flows, year: int, digits: int, merge: PartyLike | None) -> str:
    """View of one year's exports per exporter and product at ``digits``; ``merge``: a group as one exporter.

    The six-digit panel is summed from the flows once per state of the data;
    coarser levels from it. A merged group's own row comes from its members'
    flows alone (the files are sorted by exporter, so DuckDB reads few of them)
    and its members' rows are left out; after ``world build`` a standard group's
    own row is summed from its sales table (``world.groups``: positive flows
    only, as the store keeps).
    """
    year = int(year)
    if digits == 6:
        base = f.aggregate(
            f"exports_{year}_hs6",
            "SELECT year, exporter, left(product, 6) AS product, sum(value_usd) AS value_usd "
            f"FROM flows WHERE year = {year} AND value_usd > 0 GROUP BY ALL",
        )
    else:
        finer = _year_exports(f, year, 6, None)
        base = f.aggregate(
            f"exports_{year}_hs{digits}",
            f"SELECT year, exporter, left(product, {digits}) AS product, sum(value_usd) AS value_usd FROM {finer} GROUP BY ALL",
        )
    if merge is None:
        return base
    party = as_party(merge)
    members = sides.sql_list(party.members)
    tag = hashlib.sha256(members.encode()).hexdigest()[:8]  # the members, not only the code, name the view
    # a standard group's sales by importer and product (``world.groups``) when current, else its members' flows
    from partnerlens.analytics.profile.group_tables import world_rows  # here: the profile package imports this one

    world = world_rows(f, "group_sales_hs6", year, party.members)
    source = (
        f"({world}) WHERE value_usd > 0"
        if world
        else f"flows WHERE year = {year} AND exporter IN {members} AND importer NOT IN {members} AND value_usd > 0"
    )
    own = f.aggregate(
        f"exports_{year}_hs{digits}_{re.sub(r'[^a-z0-9]+', '_', party.code.lower())}_{tag}",
        f"SELECT year, {sql_string(party.code)} AS exporter, left(product, {digits}) AS product, "
        f"sum(value_usd) AS value_usd FROM {source} GROUP BY ALL",
    )
    return f"(SELECT * FROM {base} WHERE exporter NOT IN {members} UNION ALL SELECT * FROM {own})"
