"""The pair's products: what each direction trades, its largest products, its concentration and its sectors.

One DuckDB query reads the profile year's flows filtered on the parties (so that
DuckDB prunes Parquet row groups) at the finest level of the data, in product
order; each direction is then summarised once (:func:`summarise`: its HS4 and
HS6 baskets' largest products and totals, the Herfindahl–Hirschman index, the
sector totals), in plain Python (:mod:`partnerlens.sums`: the same floats pandas
gave). ``world build`` writes the same summaries for every ordered pair of
economies (:mod:`partnerlens.world.profiles`), so a profile over current world
tables reads two rows instead of the flows and gives the same figures.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import math
import sys
from dataclasses import dataclass, fields

from partnerlens.analytics.flows import Flows, direction_filter, product_filter
from partnerlens.analytics.profile.economies import KEPT_KEY
from partnerlens.analytics.profile.model import Concentration, ProductRow, SectorRow
from partnerlens.analytics.profile.series import share
from partnerlens.sums import grouped_sums, pairwise_sum

OTHER_SECTOR = "other"  # the sector row of products in no sector of the taxonomy
DIRECTIONS = ("a_to_b", "b_to_a")
WORLD_TOP = 10
"""Largest products ``world build`` keeps per direction and level: profiles asking for more read the flows."""

QUERY_GATE_KEY = ("server", "pair queries at once")
"""Key of :meth:`Flows.memoised` under which a server's reader hands its handles a semaphore that bounds how many
pairs' own queries on the flows run at once (``web.reader``: one per two cores); elsewhere nothing is bounded."""
PAIRS_DATABASE_KEY = ("server", "pair queries' database")
"""Key of :meth:`Flows.memoised` under which a server's reader before ``world build`` hands its handles a second
DuckDB database over the same flows with one thread (``web.reader.StoreReader``), where the pairs' own queries
run: a pair's query costs 15–25 % less CPU on one thread than on two, and one running while another request
builds the store-wide table on the reader's database leaves that build its threads (issue 16)."""

Products = list[tuple[str, str, float]]
"""``(direction, product, value_usd)`` rows of the pair's trade, directions then products in code order."""


def bilateral_products(
    f: Flows,
    year: int,
    side_a: frozenset[str],
    side_b: frozenset[str],
    products: list[str] | None = None,
) -> Products:
    """``direction, product, value_usd`` of the pair's trade in ``year`` at the finest level of the data
    (:func:`pair_query`), or the same rows read ahead for it by another request of a server while the store-wide
    table was built (:mod:`partnerlens.analytics.profile.queued`)."""
    if products is None:
        queued = getattr(f.memoised(KEPT_KEY, lambda: None), "queued", None)
        future = queued.claim((year, side_a, side_b)) if queued is not None else None
        if future is not None:
            with contextlib.suppress(Exception):  # the reading ahead failed: the query again, its error this request's
                return future.result()
    return pair_query(f, year, side_a, side_b, products)


def pair_query(
    f: Flows,
    year: int,
    side_a: frozenset[str],
    side_b: frozenset[str],
    products: list[str] | None = None,
) -> Products:
    """``direction, product, value_usd`` of the pair's trade in ``year`` at the finest level of the data.

    Ordered by direction and product, so every sum over these rows is the same
    from one run to the next (and the same as ``world build``'s, which sums the
    rows in that order). In a server, the query waits for the reader's gate (``QUERY_GATE_KEY``): pairs
    asked at once, as a store's first new pairs are once its store-wide tables exist, then end one after
    another instead of all together at the end (the same work, an earlier median). A query on the flows alone
    runs on the reader's pairs' database if it has one (``PAIRS_DATABASE_KEY``: the same flows, so the same rows).
    """
    directions = (("a_to_b", side_a, side_b), ("b_to_a", side_b, side_a))
    sources = [_source(f, year, exp, imp, products) for _, exp, imp in directions]
    parts = [
        f"SELECT '{name}' AS direction, product, sum(value_usd) AS value_usd FROM {source} "
        f"WHERE year = {int(year)} AND {direction_filter(exp, imp)} AND {product_filter(products)} GROUP BY product"
        for (name, exp, imp), source in zip(directions, sources, strict=True)
    ]
    sql = f"SELECT * FROM ({' UNION ALL '.join(parts)}) ORDER BY direction, product"
    gate = f.memoised(QUERY_GATE_KEY, lambda: None)
    pairs_database = f.memoised(PAIRS_DATABASE_KEY, lambda: None) if set(sources) == {"flows"} else None
    with gate if gate is not None else contextlib.nullcontext():
        if pairs_database is not None:  # a group's kept rows are the handle's own (its cursor): not there
            with contextlib.closing(pairs_database.cursor()) as con:
                rows = con.execute(sql).fetchall()
        else:
            rows = f.con.execute(sql).fetchall()
    return [(d, str(p), float(v)) for d, p, v in rows]


def _source(
    f: Flows, year: int, exporters: frozenset[str], importers: frozenset[str], products: list[str] | None
) -> str:
    """The flows a direction is read from: a group's flows to the other party, kept for the handle
    (``group_tables.group_flows_to``: export potential reads them again), else the flows. The kept rows are an
    Arrow table: only where pyarrow is already loaded (a brief, the server), so that a profile from the CLI stays
    without pyarrow, numpy and pandas (``tests/test_profile_startup.py``)."""
    if products is None and len(exporters) > 1 and not exporters & importers and "pyarrow" in sys.modules:
        from partnerlens.analytics.profile.group_tables import group_flows_to

        return group_flows_to(f, year, exporters, importers)
    return "flows"


@dataclass
class Direction:
    """One direction of a pair's trade in one year, summarised: what its profile blocks need, nothing more.

    ``top``: the first ``keep`` entries ``(code, value)`` of the HS4 and HS6
    baskets (largest first, ties in code order); ``totals``: each basket's sum;
    ``hhi``: its Herfindahl–Hirschman index; ``sectors``: the sum of the rows in
    each goods sector that has any (by sector id); ``rest``: of the rows in no
    sector; ``total``: of every row (in product order, as the sector shares use it).
    """

    top: dict[str, list[tuple[str, float]]]
    totals: dict[str, float]
    hhi: dict[str, float | None]
    products_hs6: int
    sectors: dict[str, float]
    rest: float
    total: float

    def to_json(self) -> str:
        """Exact text (floats as ``repr``): what ``world build`` stores for this direction."""
        fields = (self.top, self.totals, self.hhi, self.products_hs6, self.sectors, self.rest, self.total)
        return json.dumps(dict(zip(_FIELDS, fields, strict=True)), separators=(",", ":"))  # asdict's text, no copies

    @classmethod
    def from_json(cls, text: str) -> Direction:
        data = json.loads(text)
        data["top"] = {k: [(str(c), float(v)) for c, v in rows] for k, rows in data["top"].items()}
        return cls(**data)


_FIELDS = tuple(f.name for f in fields(Direction))


EMPTY = Direction({"hs4": [], "hs6": []}, {"hs4": 0.0, "hs6": 0.0}, {"hs4": None, "hs6": None}, 0, {}, 0.0, 0.0)
"""A direction without any product row (nothing traded that way)."""


def goods_sectors(sectors: dict) -> list:
    """The sectors of a taxonomy that trade in goods (the others have no HS codes), in taxonomy order."""
    return [sector for sector in sectors.values() if sector.trades_in_goods]


def taxonomy_key(goods: list) -> str:
    """A digest of the goods sectors (ids and HS prefixes): world summaries are read only under the same taxonomy."""
    text = json.dumps([(s.id, list(s.hs)) for s in goods])
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def summarise(rows: list[tuple[str, float]], goods: list, keep: int) -> Direction:
    """The summary of one direction from its ``(product, value)`` rows in product order (``goods``: goods sectors)."""
    if not rows:
        return EMPTY
    top, totals, hhi = {}, {}, {}
    for digits in (4, 6):
        basket = sorted(grouped_sums((p[:digits], v) for p, v in rows).items(), key=lambda item: -item[1])
        values = [v for _, v in basket]
        totals[f"hs{digits}"] = pairwise_sum(values)
        hhi[f"hs{digits}"] = _hhi(values)
        top[f"hs{digits}"] = basket[:keep]
        if digits == 6:
            products_hs6 = sum(1 for v in values if v > 0)
    sums, rest = _sector_sums(rows, goods)
    return Direction(top, totals, hhi, products_hs6, sums, rest, pairwise_sum([v for _, v in rows]))


def _hhi(values: list[float]) -> float | None:
    """Herfindahl–Hirschman index Σ s², s the shares of a positive total (Hirschman 1945; Herfindahl 1950)."""
    total = pairwise_sum(values)
    return pairwise_sum([(v / total) * (v / total) for v in values]) if total > 0 else None


def _sector_sums(rows: list[tuple[str, float]], goods: list) -> tuple[dict[str, float], float]:
    """The sum of the rows in each goods sector that has any (sectors may overlap), and of the rows in none."""
    kept = _kept_sectors(goods)
    members: list[list[float]] = [[] for _ in goods]  # each sector's values, in the rows' order
    rest = []
    for code, value in rows:
        found = kept.codes.get(code)
        if found is None:
            found = kept.codes.setdefault(code, kept.sectors_of(code))
        for n in found:
            members[n].append(value)
        if not found:
            rest.append(value)
    sums = {sector.id: pairwise_sum(inside) for sector, inside in zip(goods, members, strict=True) if inside}
    return sums, pairwise_sum(rest)


class _KeptSectors:
    """One taxonomy's goods sectors by HS prefix, and the sectors of each product code met so far.

    The same for every pair, so a process (a server) works a code's sectors out
    once, not once per row of every profile."""

    def __init__(self, goods: list) -> None:
        self.by_prefix: dict[str, set[int]] = {}  # HS prefix → the goods sectors it opens
        for number, sector in enumerate(goods):
            for prefix in sector.hs:
                self.by_prefix.setdefault(prefix, set()).add(number)
        self.lengths = sorted({len(prefix) for prefix in self.by_prefix})
        self.codes: dict[str, tuple[int, ...]] = {}

    def sectors_of(self, code: str) -> tuple[int, ...]:
        """The numbers (in the taxonomy's goods) of the sectors one of whose HS prefixes starts ``code``."""
        return tuple(
            {n for length in self.lengths if len(code) >= length for n in self.by_prefix.get(code[:length], ())}
        )


_KEPT_SECTORS: dict[tuple, _KeptSectors] = {}


def _kept_sectors(goods: list) -> _KeptSectors:
    key = tuple((sector.id, tuple(sector.hs)) for sector in goods)
    kept = _KEPT_SECTORS.get(key)
    if kept is None:
        if len(_KEPT_SECTORS) > 8:  # a few taxonomies at most (an edited sectors.yaml): never grows without bound
            _KEPT_SECTORS.clear()
        kept = _KEPT_SECTORS.setdefault(key, _KeptSectors(goods))
    return kept


def summaries(products: Products, goods: list, keep: int) -> dict[str, Direction]:
    """Each direction's summary from the rows of :func:`bilateral_products`.

    In plain Python, so that a profile loads no numpy (``tests/test_profile_startup.py``);
    ``world build`` sums the same rows in the same order with numpy
    (:mod:`partnerlens.analytics.profile.blocks`), and ``tests/test_world_profiles.py``
    checks the two give the same text.
    """
    return {d: summarise([(p, v) for dd, p, v in products if dd == d], goods, keep) for d in DIRECTIONS}


def top_products(summary: Direction, top: int, names: dict[str, str]) -> dict[str, list[ProductRow]]:
    """The ``top`` products of one direction at HS4 and HS6, with names and shares of the direction's total."""
    result = {}
    for level in ("hs4", "hs6"):
        total = summary.totals[level]
        result[level] = [
            ProductRow(code=code, name=names.get(code), value_usd=v, share=v / total if total else math.nan)
            for code, v in summary.top[level][:top]
            if v > 0
        ]
    return result


def concentration(summary: Direction) -> Concentration:
    """The HHI of one direction's basket at HS6 and HS4."""
    return Concentration(hhi_hs6=summary.hhi["hs6"], hhi_hs4=summary.hhi["hs4"], products_hs6=summary.products_hs6)


def sector_rows(ab: Direction, ba: Direction, goods: list) -> list[SectorRow]:
    """Totals per goods sector, largest first, then ``other``: the products in no sector.

    Sectors may overlap (coffee is also agriculture), so the rows add up to
    the total only over distinct products: the union of the sectors plus
    ``other`` is exactly the direction's total.
    """
    rows = []
    for sector in goods:
        x, y = ab.sectors.get(sector.id, 0.0), ba.sectors.get(sector.id, 0.0)
        if x or y:
            rows.append(SectorRow(sector.id, sector.label, x, y, share(x, ab.total), share(y, ba.total)))
    rows.sort(key=lambda r: -(r.exports_a_to_b_usd + r.exports_b_to_a_usd))
    if rows and (ab.rest or ba.rest):
        rows.append(
            SectorRow(
                OTHER_SECTOR,
                "Other products (in no sector)",
                ab.rest,
                ba.rest,
                share(ab.rest, ab.total),
                share(ba.rest, ba.total),
            )
        )
    return rows
