"""New pairs asked of a server while it builds the store-wide table: their products read in one query (issue 16).

Before ``world build``, a server's first new pairs wait for the on-demand
``profile_economies`` (:class:`~partnerlens.analytics.profile.economies.KeptEconomies`),
then each ran its own query on the year's flows (``bilateral_products``), one
at a time through the reader's gate: twelve pairs asked at once ended one after
another after the table, the median about six queries later. Here each request
registers its pair when it arrives (:meth:`PairsAhead.register`, on the event
loop, before it waits for a worker of the analysis pool), and the first request
that waits for another's build runs **one** query for every pair registered by
then (:meth:`PairsAhead.run`, while the table is made from the pair totals);
each request takes its own rows from it (:meth:`PairsAhead.take`). The query
reads the row groups of the pairs' exporters once, not once per pair (about
30 % less CPU for twelve pairs than twelve queries), and its rows are split per
pair exactly as ``bilateral_products`` returns them: the flows hold one row per
year, exporter, importer and product, so each sum is of the same single value.

A lone request never waits: nobody waits for its build, so no batch runs and it
runs its own query after the table, as before. A pair whose parties cannot be
read, a group, or a pair registered after the batch started is not in it; its
request runs its own query (and meets its own error). A batch that fails leaves
every request to its own query.
"""

from __future__ import annotations

import threading

from partnerlens.analytics.flows import Flows, as_party, pair_sides, sql_list
from partnerlens.analytics.profile.products import QUERY_GATE_KEY, Products
from partnerlens.errors import PartnerlensError
from partnerlens.sql import sql_string

AHEAD_KEY = ("server", "new pairs asked while the table is built")
"""Key of :meth:`Flows.memoised` under which a server's reader (before a build) hands its handles its
:class:`PairsAhead`; elsewhere there is none and every profile runs its own query."""

MAX_PAIRS = 64
"""At most this many pairs in one batch (the rest run their own queries): the query stays one of a few exporters'
row groups, not the year's."""


class PairsAhead:
    """The pairs asked while one reader's store-wide table is built, and (once run) their rows by pair."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._asked: dict[tuple[str, str, int | None], None] = {}  # in arrival order
        self._started = False
        self._keys: frozenset[tuple[int, str, str]] = frozenset()
        self._planned = threading.Event()  # the batch's pairs are known
        self._done = threading.Event()  # its rows are in (or it failed)
        self._rows: dict[tuple[int, str, str], Products] = {}

    def register(self, a: str, b: str, year: int | None) -> None:
        """Note that ``a`` × ``b`` (as asked: the parties' text) is wanted; nothing once the batch has started."""
        with self._lock:
            if not self._started and len(self._asked) < MAX_PAIRS:
                self._asked.setdefault((a, b, year))

    @property
    def started(self) -> bool:
        return self._started

    def run(self, f: Flows) -> None:
        """Run the batch once (the first caller, on its handle ``f``), or wait for the caller that runs it."""
        with self._lock:
            first, self._started = not self._started, True
            asked = list(self._asked)
            self._asked.clear()
        if not first:
            self._done.wait()
            return
        try:
            wanted = _resolved(f, asked)
            self._keys = frozenset((year, a, b) for year, pairs in wanted.items() for a, b in pairs)
            self._planned.set()
            for year, pairs in wanted.items():
                self._rows.update(batch_rows(f, year, pairs))
        except Exception:  # noqa: BLE001 -- every request then runs its own query and meets the error itself
            self._rows.clear()
        finally:
            self._planned.set()
            self._done.set()

    def take(self, year: int, side_a: frozenset[str], side_b: frozenset[str]) -> Products | None:
        """The rows of ``bilateral_products`` for this pair from the batch (waiting for it if it is running), or None
        when the pair is not in a batch (its request then runs its own query)."""
        if not self._started or len(side_a) != 1 or len(side_b) != 1:
            return None
        self._planned.wait()
        (a,), (b,) = side_a, side_b
        key = (int(year), a, b)
        if key not in self._keys:
            return None
        self._done.wait()
        with self._lock:
            return self._rows.pop(key, None)


def _resolved(f: Flows, asked: list[tuple[str, str, int | None]]) -> dict[int, set[tuple[str, str]]]:
    """The asked pairs of two single economies, by year (the latest when none was given); the rest left out."""
    wanted: dict[int, set[tuple[str, str]]] = {}
    for a, b, year in asked:
        try:
            side_a, side_b = pair_sides(as_party(a), as_party(b))
            at = f.year_or_latest(year)
        except (PartnerlensError, ValueError, KeyError):
            continue
        if len(side_a) == 1 and len(side_b) == 1 and side_a != side_b:
            (code_a,), (code_b,) = side_a, side_b
            wanted.setdefault(int(at), set()).add((code_a, code_b))
    return wanted


def batch_rows(f: Flows, year: int, pairs: set[tuple[str, str]]) -> dict[tuple[int, str, str], Products]:
    """``bilateral_products(f, year, {a}, {b})`` of every pair, from one query over the year's flows.

    The ``IN`` lists let DuckDB skip the row groups of other exporters; the semi-join keeps each pair's two
    directions. Rows come ordered by exporter, importer and product, so each direction's rows are in product
    order, as the pair's own query orders them.
    """
    codes = sql_list({code for pair in pairs for code in pair})
    wanted = ", ".join(f"({sql_string(e)}, {sql_string(i)})" for a, b in sorted(pairs) for e, i in ((a, b), (b, a)))
    sql = (
        "SELECT exporter, importer, product, sum(value_usd) AS value_usd FROM flows "
        f"SEMI JOIN (VALUES {wanted}) AS wanted(e, i) ON flows.exporter = wanted.e AND flows.importer = wanted.i "
        f"WHERE year = {int(year)} AND exporter IN {codes} AND importer IN {codes} GROUP BY ALL ORDER BY ALL"
    )
    gate = f.memoised(QUERY_GATE_KEY, lambda: None)
    if gate is not None:
        with gate:
            rows = f.con.execute(sql).fetchall()
    else:
        rows = f.con.execute(sql).fetchall()
    by_direction: dict[tuple[str, str], list[tuple[str, float]]] = {}
    for exporter, importer, product, value in rows:
        by_direction.setdefault((exporter, importer), []).append((str(product), float(value)))
    return {
        (int(year), a, b): [("a_to_b", p, v) for p, v in by_direction.get((a, b), [])]
        + [("b_to_a", p, v) for p, v in by_direction.get((b, a), [])]
        for a, b in pairs
    }
