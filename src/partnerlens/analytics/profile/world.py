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
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any

from partnerlens.analytics.flows import Flows, sql_list
from partnerlens.analytics.profile.model import Standing
from partnerlens.analytics.profile.products import EMPTY, WORLD_TOP, Direction, taxonomy_key
from partnerlens.analytics.profile.series import MEASURES, OTHER, Series, standing_from
from partnerlens.sql import sql_string_list
from partnerlens.world.manifest import table_files

PRODUCTS = "profile_products"
ECONOMIES = "profile_economies"
MEMORY_KEY = ("world", "profile tables in memory")
"""Key of :meth:`Flows.memoised` under which a long-lived reader hands its :class:`MemoryTables` to its handles."""
KEPT_KEY = ("cache", "profile economies in memory")
"""The same for its :class:`KeptEconomies` when there are no current world tables."""


@dataclass
class Economy:
    """One economy in one year: its exports and imports, and each partner's value in code order."""

    exports: float
    imports: float
    export_partners: list[tuple[str, float]]  # (importer, value), trade with itself excluded
    import_partners: list[tuple[str, float]]  # (exporter, value)

    @cached_property
    def positive_exports(self) -> tuple[list[tuple[str, float]], dict[str, int]]:
        """The partners with a positive value, in code order, and where each code is in that list.

        The same for every pair this economy is in (a server keeps the economy), so
        a standing takes the other party out of it instead of filtering every partner.
        """
        return _positive(self.export_partners)

    @cached_property
    def positive_imports(self) -> tuple[list[tuple[str, float]], dict[str, int]]:
        return _positive(self.import_partners)


def _positive(partners: list[tuple[str, float]]) -> tuple[list[tuple[str, float]], dict[str, int]]:
    values = [(code, v) for code, v in partners if v > 0]
    return values, {code: at for at, (code, _) in enumerate(values)}


NO_TRADE = Economy(0.0, 0.0, [], [])


def _economy(exports, imports, x_codes, x_values, m_codes, m_values) -> Economy:
    return Economy(
        float(exports) if exports is not None else 0.0,
        float(imports) if imports is not None else 0.0,
        list(zip(x_codes or [], x_values or [], strict=True)),
        list(zip(m_codes or [], m_values or [], strict=True)),
    )


ECONOMY_COLUMNS = "year, economy, exports, imports, x_codes, x_values, m_codes, m_values"


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
        return {(int(year), str(code)): _economy(*rest) for year, code, *rest in rows}

    def products(self, year: int, a: str, b: str) -> list[tuple[str, str, str]] | None:
        files = table_files(*self.f.world, PRODUCTS, [year]) if self.f.world else None
        if files is None:
            return None
        pair = sql_list(frozenset((a, b)))
        return self.f.con.execute(
            f"SELECT exporter, taxonomy, summary FROM read_parquet({sql_string_list(files)}) "
            f"WHERE year = {int(year)} AND exporter IN {pair} AND importer IN {pair} AND exporter <> importer"
        ).fetchall()


class CacheTables:
    """Before a build: ``profile_economies`` of every year computed once for the store from its pair totals.

    The on-demand twin of the world table (``Flows.aggregate``: single-flight,
    kept in the workspace's cache for this state of the store), so a profile's
    series and standings are a lookup, not five queries on the pair totals.
    With ``kept`` (a server's reader, see :class:`KeptEconomies`) the table is
    read into memory once and every later profile is a dictionary lookup;
    without (the CLI: one profile a process) a query reads the two economies' rows.
    The product summaries are the pair's own (None: computed from the flows).
    """

    def __init__(self, f: Flows, kept: KeptEconomies | None = None) -> None:
        self.f, self.kept = f, kept

    def _table(self) -> str:
        from partnerlens.world.profiles import economies_sql

        return self.f.aggregate(ECONOMIES, economies_sql(self.f.pair_totals(), None))

    def economies(
        self, years: tuple[int, ...], codes: frozenset[str], meanwhile: Callable[[], object] | None = None
    ) -> dict[tuple[int, str], Economy] | None:
        if self.kept is not None:
            return self.kept.economies(years, codes, self._columns, self.f.pair_totals, meanwhile)
        rows = self.f.con.execute(
            f"SELECT {ECONOMY_COLUMNS} FROM {self._table()} WHERE economy IN {sql_list(codes)}"
        ).fetchall()
        return {(int(year), str(code)): _economy(*rest) for year, code, *rest in rows}

    def _columns(self) -> dict[str, list]:
        """The whole table as Python lists by column (through Arrow: a third of the CPU of fetching rows)."""
        table = self.f.con.execute(f"SELECT {ECONOMY_COLUMNS} FROM {self._table()}").arrow()
        return (table.read_all() if hasattr(table, "read_all") else table).to_pydict()

    def products(self, year: int, a: str, b: str) -> list[tuple[str, str, str]] | None:
        return None


class KeptEconomies:
    """The on-demand ``profile_economies`` of one state of the store, read into memory once (a server's reader).

    Before a build, each new pair read its two economies from the cache table
    with a query (about 5–10 ms of CPU at 11 M flows: the Parquet file's list
    columns decoded each time); the table is the same for every pair, so the
    first profile that needs it reads all of it into lists by column (about
    15 ms; single-flight within the process: the others wait) and each economy
    is made from its row the first time a pair asks for it. The values are the
    table's, unchanged.
    """

    def __init__(self) -> None:
        self._columns: dict[str, list] | None = None
        self._row: dict[tuple[int, str], int] = {}
        self._made: dict[tuple[int, str], Economy] = {}
        self._lock = threading.Lock()
        self._totals = threading.Event()  # set once the builder's pair totals exist (or its build ended)

    def economies(
        self,
        years: tuple[int, ...],
        codes: frozenset[str],
        read: Callable[[], dict[str, list]],
        totals: Callable[[], object] | None = None,
        meanwhile: Callable[[], object] | None = None,
    ) -> dict[tuple[int, str], Economy]:
        """Each of ``codes`` in each of ``years``: ``read()`` the table once (after ``totals()``, the pair totals
        it is made from), then lookups.

        A caller that finds another thread building the table runs ``meanwhile()`` (its pair's own query on the
        flows) as soon as the pair totals exist, while the table is made from them, then waits for it.
        """
        if self._columns is None:
            if meanwhile is not None and not self._lock.acquire(blocking=False):
                self._totals.wait()
                meanwhile()
                self._lock.acquire()
            elif meanwhile is None:
                self._lock.acquire()
            try:
                if self._columns is None:
                    if totals is not None:
                        totals()
                    self._totals.set()
                    columns = read()
                    self._row = {
                        (int(y), str(c)): i
                        for i, (y, c) in enumerate(zip(columns["year"], columns["economy"], strict=True))
                    }
                    self._columns = columns
            finally:
                self._totals.set()  # a build that failed: the waiters go on (and build it themselves)
                self._lock.release()
        found = {}
        for year in years:
            for code in codes:
                economy = self._made.get((year, code))
                if economy is None:
                    at = self._row.get((year, code))
                    if at is None:
                        continue
                    economy = self._made.setdefault((year, code), self._economy(at))
                found[(year, code)] = economy
        return found

    def _economy(self, at: int) -> Economy:
        columns = self._columns
        assert columns is not None
        return _economy(*(columns[name][at] for name in ECONOMY_COLUMNS.split(", ")[2:]))


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
        code: _economy(*row)
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
