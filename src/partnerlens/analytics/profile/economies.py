"""Each economy's row of ``profile_economies`` (its totals and partners in one year), and the table before a build.

``profile_economies`` is written by ``world build`` (:mod:`partnerlens.world.profiles`) or, before a build,
computed once for the store from its pair totals (:class:`CacheTables`, kept in the workspace's cache); a
server's reader keeps that on-demand table in memory (:class:`KeptEconomies`). How the world tables are read,
and a profile made from them, is :mod:`partnerlens.analytics.profile.world`.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property

from partnerlens.analytics.flows import Flows, sql_list
from partnerlens.analytics.profile.queued import Queued

ECONOMIES = "profile_economies"
KEPT_KEY = ("cache", "profile economies in memory")
"""Key of :meth:`Flows.memoised` under which a long-lived reader hands its :class:`KeptEconomies` to its handles
when there are no current world tables."""


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


def economy_row(exports, imports, x_codes, x_values, m_codes, m_values) -> Economy:
    return Economy(
        float(exports) if exports is not None else 0.0,
        float(imports) if imports is not None else 0.0,
        list(zip(x_codes or [], x_values or [], strict=True)),
        list(zip(m_codes or [], m_values or [], strict=True)),
    )


ECONOMY_COLUMNS = "year, economy, exports, imports, x_codes, x_values, m_codes, m_values"


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
        kept = self.kept
        if kept is not None:
            more = (lambda: kept.queued.run_next(self.f)) if meanwhile is not None else None
            return kept.economies(years, codes, self._columns, self.f.pair_totals, meanwhile, more)
        rows = self.f.con.execute(
            f"SELECT {ECONOMY_COLUMNS} FROM {self._table()} WHERE economy IN {sql_list(codes)}"
        ).fetchall()
        return {(int(year), str(code)): economy_row(*rest) for year, code, *rest in rows}

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

    While one request builds it (the pair totals, a scan of every flow on both
    cores, then ``profile_economies`` from them, which leaves a core free), the
    others asking at once run their pairs' own queries on the flows in that second
    step instead of after it (``meanwhile``; issue 16: twelve new pairs at once).
    """

    def __init__(self) -> None:
        self._columns: dict[str, list] | None = None
        self._row: dict[tuple[int, str], int] = {}
        self._made: dict[tuple[int, str], Economy] = {}
        self._lock = threading.Lock()
        self._totals = threading.Event()  # set once the builder's pair totals exist (or its build ended)
        self.queued = Queued()  # the pairs noted by the server's route, read ahead while the table is built
        self._beside = threading.Lock()  # held by the one waiting request that runs queries beside the build

    def economies(
        self,
        years: tuple[int, ...],
        codes: frozenset[str],
        read: Callable[[], dict[str, list]],
        totals: Callable[[], object] | None = None,
        meanwhile: Callable[[], object] | None = None,
        more: Callable[[], bool] | None = None,
    ) -> dict[tuple[int, str], Economy]:
        """Each of ``codes`` in each of ``years``: ``read()`` the table once (after ``totals()``, the pair totals
        it is made from), then lookups.

        A caller that finds another thread building the table runs ``meanwhile()`` (its pair's own query on the
        flows) as soon as the pair totals exist, while the table is made from them, then ``more()`` (another
        noted pair's query, :meth:`Queued.run_next`) until none is left or the table is there, then waits for it.
        """
        if self._columns is None:
            if meanwhile is not None and not self._lock.acquire(blocking=False):
                self._totals.wait()
                with self._beside:  # one query at a time beside the build, on one thread: it keeps a core
                    meanwhile()
                    while more is not None and more():
                        pass
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
                    self.queued.close()
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
        return economy_row(*(columns[name][at] for name in ECONOMY_COLUMNS.split(", ")[2:]))
