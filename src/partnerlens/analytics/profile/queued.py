"""Pairs asked of a server before its store-wide table is in memory: their own queries run while it is built.

Before ``world build``, the first new pairs asked of a server at once wait for one request to build the
store-wide ``profile_economies`` (:class:`~partnerlens.analytics.profile.economies.KeptEconomies`): a scan of
every flow on both cores (the pair totals), then the table made from them, which leaves a core free. Only the
requests that already hold a thread of the analysis pool could use that core for their pair's own query (three
of twelve); the others waited in the pool's queue and ran their queries one after another once the table was
there (issue 16: twelve new pairs at once, p50 within 1.2× one).

Now the route notes each profile request's pair as it arrives (:meth:`Queued.note`, on the event loop, only while
the table is not in memory; at most :data:`MOST` pairs), and a request that waits for the table runs the queries
of the noted pairs, one after another, until the table is there (:meth:`Queued.run_next`). Each runs on the
reader's one-thread pairs' database (``products.PAIRS_DATABASE_KEY``), through the reader's gate, so the build
keeps its threads. When a noted request reaches its own query (:func:`products.bilateral_products`), it takes the rows
read for it (:meth:`Queued.claim`; waiting if they are being read); its pair's query is the same query on the same
flows, so the rows, and every byte of the answer, are the same. A query that failed is run again by its request.
"""

from __future__ import annotations

import threading
from collections import deque
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # concurrent.futures (and logging with it) only where rows are read ahead: a server's requests
    from concurrent.futures import Future

MOST = 64
"""Pairs noted at most while the table is built (a burst's first pairs; the others run their own queries)."""

Key = tuple[int, frozenset[str], frozenset[str]]
"""A pair's query: year, exporters and importers of the first direction (``bilateral_products``'s arguments)."""

_OWN = object()
"""Marks a key whose request runs its own query (nobody reads it ahead)."""


class Queued:
    """The noted pairs of one reader's requests and the rows read ahead for them, until the table is in memory."""

    def __init__(self) -> None:
        self._asked: deque[tuple[str, str, int | None]] = deque()
        self._seen: set[tuple[str, str, int | None]] = set()
        self._rows: dict[Key, Future | object] = {}
        self._lock = threading.Lock()
        self.open = True  # False once the table is in memory: nothing is noted or read ahead any more

    def note(self, a: str, b: str, year: int | None) -> None:
        """A profile request of ``a`` and ``b`` (as asked) arrived; cheap, called on the event loop."""
        asked = (a, b, year)
        with self._lock:
            if self.open and len(self._seen) < MOST and asked not in self._seen:
                self._seen.add(asked)
                self._asked.append(asked)

    def close(self) -> None:
        """The table is in memory: later pairs run their own queries (rows already read stay to be claimed)."""
        with self._lock:
            self.open = False
            self._asked.clear()

    def claim(self, key: Key) -> Future | None:
        """The rows read ahead for ``key`` (a future: they may still be read), or None: the caller runs the query."""
        with self._lock:
            found = self._rows.pop(key, None)
            if found is None and self.open:
                self._rows[key] = _OWN  # read by its own request: not read ahead again
            return None if found is None or found is _OWN else found  # type: ignore[return-value]

    def run_next(self, f: Any) -> bool:
        """Read the next noted pair's rows through ``f`` (a handle of the same reader); False when none is left."""
        from concurrent.futures import Future

        from partnerlens.analytics.flows import as_party, pair_sides
        from partnerlens.analytics.profile.products import pair_query

        while True:
            with self._lock:
                if not self.open or not self._asked:
                    return False
                a, b, year = self._asked.popleft()
            try:
                side_a, side_b = pair_sides(as_party(a), as_party(b))
                key = (f.year_or_latest(year), side_a, side_b)
            except Exception:  # noqa: BLE001 -- a pair its own request will refuse, with its own message
                continue
            if len(side_a) != 1 or len(side_b) != 1:
                continue  # a group reads other tables: its request reads them
            with self._lock:
                if key in self._rows:
                    continue
                future: Future = Future()
                self._rows[key] = future
            try:
                future.set_result(pair_query(f, *key))
            except BaseException as exc:  # noqa: BLE001 -- its request runs the query again and sees the error
                future.set_exception(exc)
            return True
