"""A profile of two economies from the world tables, when ``world build`` wrote them for this state of the store.

``world build`` writes two tables for profiles (``partnerlens.world.profiles``):

* ``profile_products`` (per year and block of exporters): each direction of
  every ordered pair of economies summarised
  (:func:`partnerlens.analytics.profile.products.summarise` over the same rows,
  in the same order, as a profile reads from the flows);
* ``profile_economies`` (per year): each economy's exports and imports (trade
  with itself excluded, summed in DuckDB in the order the profile's series sums
  them) and its partners' values in code order (what its standing is ranked
  and summed over).

A profile of two economies then reads a few rows instead of scanning the flows
and the pair totals, and its figures are the same floats: the series
(:func:`world_series`), where each stands among the other's partners
(:func:`world_standing`) and the product summaries (:func:`world_summaries`).
Groups, product selections, a ``top`` beyond what the build kept, years the
build did not cover and another sector taxonomy read the flows as before.

Reads go through :class:`SqlTables` (a query on the Parquet files: the CLI,
one profile per process) or, in a server, a :class:`MemoryTables` kept by the
long-lived reader (``web.reader``): each year's tables loaded once into Arrow
and dictionaries, so a profile is a few dictionary lookups.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from partnerlens.analytics.flows import Flows, sql_list
from partnerlens.analytics.profile.economies import (  # noqa: F401 -- KeptEconomies: read from here too
    ECONOMIES,
    ECONOMY_COLUMNS,
    KEPT_KEY,
    NO_TRADE,
    CacheTables,
    Economy,
    KeptEconomies,
    economy_row,
)
from partnerlens.analytics.profile.model import Standing
from partnerlens.analytics.profile.products import EMPTY, WORLD_TOP, Direction, taxonomy_key
from partnerlens.analytics.profile.series import MEASURES, OTHER, Series, standing_from
from partnerlens.sql import sql_string_list
from partnerlens.world.manifest import table_files

PRODUCTS = "profile_products"
MEMORY_KEY = ("world", "profile tables in memory")
"""Key of :meth:`Flows.memoised` under which a long-lived reader hands its :class:`MemoryTables` to its handles."""


class SqlTables:
    """The world tables read with a query on their Parquet files (one profile per process: the CLI)."""

    def __init__(self, f: Flows) -> None:
        self.f = f

    def economies(self, years: tuple[int, ...], codes: frozenset[str]) -> dict[tuple[int, str], Economy] | None:
        files = table_files(*self.f.world, ECONOMIES, years) if self.f.world else None
        if files is None:
            return None
        rows = self.f.con.execute(
            f"SELECT {ECONOMY_COLUMNS} FROM read_parquet({sql_string_list(files)}) WHERE economy IN {sql_list(codes)}"
        ).fetchall()
        return {(int(year), str(code)): economy_row(*rest) for year, code, *rest in rows}

    def products(self, year: int, a: str, b: str) -> list[tuple[str, str, str]] | None:
        files = table_files(*self.f.world, PRODUCTS, [year]) if self.f.world else None
        if files is None:
            return None
        pair = sql_list(frozenset((a, b)))
        return self.f.con.execute(
            f"SELECT exporter, taxonomy, summary FROM read_parquet({sql_string_list(files)}) "
            f"WHERE year = {int(year)} AND exporter IN {pair} AND importer IN {pair} AND exporter <> importer"
        ).fetchall()


class MemoryTables:
    """The world tables of one state of the store, each year loaded once into memory (a server's reader)."""

    def __init__(self, folder: Path, manifest: dict) -> None:
        self.world = (folder, manifest)
        self._economies: dict[int, dict[str, Economy] | None] = {}
        self._products: dict[int, tuple[dict[tuple[str, str], int], Any, Any] | None] = {}
        self._lock = threading.Lock()

    def _year_economies(self, year: int) -> dict[str, Economy] | None:
        if year not in self._economies:
            with self._lock:
                if year not in self._economies:
                    files = table_files(*self.world, ECONOMIES, [year])
                    self._economies[year] = None if files is None else _read_economies(files)
        return self._economies[year]

    def economies(self, years: tuple[int, ...], codes: frozenset[str]) -> dict[tuple[int, str], Economy] | None:
        found = {}
        for year in years:
            table = self._year_economies(year)
            if table is None:
                return None
            found.update({(year, code): table[code] for code in codes if code in table})
        return found

    def products(self, year: int, a: str, b: str) -> list[tuple[str, str, str]] | None:
        if year not in self._products:
            with self._lock:
                if year not in self._products:
                    files = table_files(*self.world, PRODUCTS, [year])
                    self._products[year] = None if files is None else _read_products(files)
        loaded = self._products[year]
        if loaded is None:
            return None
        where, taxonomy, summary = loaded
        return [
            (exporter, taxonomy[i].as_py(), summary[i].as_py())
            for exporter, importer in ((a, b), (b, a))
            if (i := where.get((exporter, importer))) is not None
        ]


def _read_economies(files: list[str]) -> dict[str, Economy]:
    import pyarrow.parquet as pq

    table = pq.read_table(files, columns=ECONOMY_COLUMNS.split(", "), partitioning=None).to_pydict()
    return {
        code: economy_row(*row)
        for code, *row in zip(
            table["economy"],
            table["exports"],
            table["imports"],
            table["x_codes"],
            table["x_values"],
            table["m_codes"],
            table["m_values"],
            strict=True,
        )
    }


def _read_products(files: list[str]) -> tuple[dict[tuple[str, str], int], Any, Any]:
    import pyarrow.parquet as pq

    table = pq.read_table(files, columns=["exporter", "importer", "taxonomy", "summary"], partitioning=None)
    keys = zip(table.column("exporter").to_pylist(), table.column("importer").to_pylist(), strict=True)
    where = {key: i for i, key in enumerate(keys)}
    return where, table.column("taxonomy").combine_chunks(), table.column("summary").combine_chunks()


def prepare_economies(f: Flows, year: int) -> list[str]:
    """Make every economy of ``year`` ready for any pair, once (a server's warm-up); the economies' codes.

    A first profile of an economy otherwise made its partner lists
    (:attr:`Economy.positive_exports`, ``positive_imports``) itself: fifty
    first requests after a start-up paid it for every economy they named.
    Only for world tables kept in memory (a server's reader); nothing otherwise.
    """
    tables = world_tables(f)
    economies = tables._year_economies(year) if isinstance(tables, MemoryTables) else None
    for economy in (economies or {}).values():
        economy.positive_exports, economy.positive_imports  # noqa: B018 -- cached properties, computed now
    return sorted(economies or {})


def world_tables(f: Flows) -> SqlTables | MemoryTables | CacheTables | None:
    """How to read the profile tables from ``f``: its reader's memory, a query, the on-demand cache, or None."""
    if f.world is None:
        if f.store is None or f.cache_dir is None or f.extension:
            return None
        return CacheTables(f, f.memoised(KEPT_KEY, lambda: None))
    kept = f.memoised(MEMORY_KEY, lambda: None)
    return kept if kept is not None else SqlTables(f)


def _single(side_a: frozenset[str], side_b: frozenset[str]) -> tuple[str, str] | None:
    if len(side_a) != 1 or len(side_b) != 1 or side_a == side_b:
        return None
    (a,), (b,) = side_a, side_b
    return a, b


def world_summaries(
    f: Flows, year: int, side_a: frozenset[str], side_b: frozenset[str], goods: list, top: int
) -> dict[str, Direction] | None:
    """Both directions' summaries of two economies in ``year`` from the world tables; None to compute them."""
    tables, pair = world_tables(f), _single(side_a, side_b)
    if tables is None or pair is None or top > WORLD_TOP:
        return None
    a, b = pair
    rows = tables.products(year, a, b)
    if rows is None:
        return None
    key = taxonomy_key(goods)
    if any(taxonomy != key for _, taxonomy, _ in rows):
        return None  # summed under another sector taxonomy: compute
    found = {str(exporter): Direction.from_json(summary) for exporter, _, summary in rows}
    return {"a_to_b": found.get(a, EMPTY), "b_to_a": found.get(b, EMPTY)}


def world_economies(
    f: Flows, side_a: frozenset[str], side_b: frozenset[str], meanwhile: Callable[[], object] | None = None
) -> dict[tuple[int, str], Economy] | None:
    """Both economies in every year of the data, from ``profile_economies`` (world or on-demand); None to query.

    ``meanwhile``: what to do while another request of a server builds the on-demand table (see
    :meth:`KeptEconomies.economies`); it is not called otherwise.
    """
    tables, pair = world_tables(f), _single(side_a, side_b)
    if tables is None or pair is None or not f.years:
        return None
    if isinstance(tables, CacheTables):
        return tables.economies(f.years, frozenset(pair), meanwhile)
    return tables.economies(f.years, frozenset(pair))


def world_series(f: Flows, a: str, b: str, economies: dict[tuple[int, str], Economy]) -> Series:
    """The series of :func:`~partnerlens.analytics.profile.series.series_table` for two economies."""
    series = {}
    for year in f.years:
        ea, eb = economies.get((year, a), NO_TRADE), economies.get((year, b), NO_TRADE)
        values = (
            _value(ea.export_partners, b),
            _value(eb.export_partners, a),
            ea.exports,
            ea.imports,
            eb.exports,
            eb.imports,
        )
        series[int(year)] = dict(zip(MEASURES, values, strict=True))
    return series


def _value(partners: list[tuple[str, float]], code: str) -> float:
    return next((v for c, v in partners if c == code), 0.0)


def world_standing(f: Flows, year: int, economy: Economy, other: str) -> Standing:
    """:func:`~partnerlens.analytics.profile.series.standing` of ``other`` among ``economy``'s partners."""

    def positive(kept: tuple[list[tuple[str, float]], dict[str, int]]) -> list[tuple[str, float]]:
        """The positive values in the query's order: partner codes, the other party renamed ``_OTHER_PARTY``."""
        values, where = kept
        at = where.get(other)
        if at is None:
            named, mine = values, []
        else:
            named, mine = values[:at] + values[at + 1 :], [(OTHER, values[at][1])]
        if named and named[-1][0] > OTHER:  # a code after "_OTHER_PARTY" (not an ISO3 code): sort as the query does
            return sorted(named + mine, key=lambda item: item[0])
        return named + mine  # partners come in code order, and ISO3 codes sort before "_OTHER_PARTY"

    return standing_from(positive(economy.positive_exports), positive(economy.positive_imports), f.has_year(year))
