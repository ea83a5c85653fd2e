"""New pairs before ``world build``: each computes its own part while the store-wide tables are built (issue 16).

Before a build, the first profiles of a server wait for tables every pair
needs — the pair totals, then every economy's exports, imports and partners
(``profile_economies``, read into memory once: ``KeptEconomies``) — about
0.3–0.4 s on an 11-million-flow store, with one of the two cores mostly idle.
A profile used to ask for them first and read its own pair's flows after,
in one of the analysis pool's four threads: twelve new pairs at once had
three threads waiting on the table's lock and eight requests queued behind
them, and after the table their own queries ran one after another
(twelve at once p50 ≈ 1.3× one new pair).

:func:`profile_ahead` lets a request go on while the table is built: the
reader builds and reads it in a thread of its own
(``StoreReader.economies_loading``, started by the first request that needs
it); the request computes the part of its profile that reads only its pair's
flows (``analytics.profile.build.products_ahead``, about 20 ms of CPU a pair)
in the ``ahead`` pool, then awaits the table on the event loop, holding no
thread, and the profile is computed with that part
(``bilateral_profile(..., ahead=…)``): the same function on the same flows, so
the same bytes. The ``ahead`` pool has one thread: on an idle second core it
gets through a dozen pairs while the table is built, and on a busy machine it
takes at most one core from the table; a pair whose turn comes after the table
is ready skips it and computes as before. Once the table is in memory, and
after a build, nothing of this runs: one look at the reader on the event loop.

Only with a core to spare (``Data.ahead_below_load``: the 1-minute load
average below the number of cores). The table's build keeps both cores of a
2-core machine about 1.6–1.8 busy on an 11-million-flow store; on a machine
whose cores are all taken, parts computed ahead delay the table by their own
CPU and every pair then ends with it, where without them the pairs end one
after another (measured: BENCHMARKS.md, *Twelve new pairs at once before a
build, eighth session*), so a loaded machine computes as before.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
from collections import Counter
from concurrent.futures import Future
from typing import TYPE_CHECKING, Any

from starlette.exceptions import HTTPException

if TYPE_CHECKING:
    from partnerlens.analytics.profile.build import Ahead
    from partnerlens.web.app import Data

COMPUTED: Counter = Counter()
"""How many pairs' own parts this process computed ahead of the store-wide table (what the tests count)."""


async def profile_ahead(d: Data, a: str, b: str, year: int | None, key: tuple) -> Ahead | None:
    """The pair's own part of its profile, once the store-wide table it waits for is ready; None to compute as usual.

    None (nothing done) when ``key`` is cached, when no reader is open, or when the table is in memory already.
    Any failure here is left to the profile itself, which computes the part again and answers as it always did.
    """
    version = d.version()
    if d.cache.peek((version, *key)) is not d.cache.MISSING:
        return None
    reader = d.open_reader(version)
    if reader is None or not reader.economies_pending() or not spare_core(d.ahead_below_load):
        return None
    loading = reader.economies_loading()
    if loading is None:
        return None
    try:
        ahead = await d.pools.ahead.run(lambda: d._at(version, lambda: _own_part(d, a, b, year, loading)))
    except HTTPException:  # its queue is full: compute as usual
        return None
    with contextlib.suppress(Exception):  # a failed build: the profile builds the table itself (and reports)
        await asyncio.wait_for(asyncio.wrap_future(loading), d.pools.ahead.budget)
    return ahead


def spare_core(below: float) -> bool:
    """Whether the machine has a core to spare for parts ahead: its 1-minute load average is below ``below``."""
    try:
        return os.getloadavg()[0] < below
    except OSError:  # no load average on this platform
        return False


def _own_part(d: Data, a: str, b: str, year: int | None, loading: Future) -> Any:
    from partnerlens.analytics.profile.build import products_ahead

    if loading.done():  # the table came first: nothing to do ahead of it
        return None
    try:
        with d.reading() as flows:
            ahead = products_ahead(flows, a, b, year)
    except Exception:  # noqa: BLE001 -- an unknown party, a store changed: the profile answers it
        return None
    COMPUTED["pairs"] += 1
    return ahead
