"""A first brief's profile started before the brief's own imports, on a thread of its own (issue 16).

A brief that is not kept imports the analytics, pandas and the charts
(:mod:`partnerlens.brief.make`: ~0.8 s of one core) before its first DuckDB
work, while the machine's second core is idle. The pair's profile over all
products needs none of them (``analytics.profile``'s path imports neither
pandas, numpy nor pyarrow and binds no parameter: see ``bench_duckdb_imports.py``),
so :func:`start` computes it on a thread, over a handle of its own, as soon as
the brief command knows the pair, and the brief's pair thread
(``brief.gather``) takes it with :func:`taken` instead of computing it again —
the same function, the same arguments, one result. Anything that differs (the
parties, year, ``top``, the releases read) leaves the profile to be computed
where it always was. This module imports the standard library only.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from partnerlens.analytics.flows import Flows
    from partnerlens.reference import Party
    from partnerlens.workspace import Workspace

_LOCK = threading.Lock()
_STARTED: list[_Ahead] = []  # at most one: the brief this process is computing


@dataclass
class _Ahead:
    """A profile being computed on a thread: what it was asked for, and what came of it."""

    home: Any
    a: Party
    b: Party
    year: int | None
    top: int
    thread: threading.Thread | None = None
    outcome: dict = field(default_factory=dict)  # "key": (year, sources) read; "profile" or "error"


def start(a: str, b: str, year: int | None, *, workspace: Workspace, top: int) -> None:
    """Start the profile of ``a`` and ``b`` (as typed) in ``year`` on a thread, unless the parties are unknown.

    Its imports are made here, on the caller's thread (none is pandas): a module
    imported by two threads at once waits for the other's import anyway.
    """
    from partnerlens import analytics
    from partnerlens.analytics.flows import open_flows
    from partnerlens.analytics.profile import bilateral_profile  # noqa: F401 (loaded here: used on the thread)
    from partnerlens.errors import PartnerlensError
    from partnerlens.reference import resolve_party
    from partnerlens.store import TradeStore

    try:
        party_a, party_b = resolve_party(a), resolve_party(b)
    except PartnerlensError:
        return  # the brief says so itself
    ahead = _Ahead(workspace.home, party_a, party_b, year, top)

    def run() -> None:
        try:
            with open_flows(TradeStore(workspace)) as f:
                asked = f.year_or_latest(year)
                ahead.outcome["key"] = (asked, tuple(f.sources))
                ahead.outcome["profile"] = analytics.bilateral_profile(f, party_a, party_b, asked, top=top)
        except BaseException as exc:  # computed again, and raised, where the brief computes it
            ahead.outcome["error"] = exc

    ahead.thread = threading.Thread(target=run, name="partnerlens-brief-ahead", daemon=True)
    with _LOCK:
        _STARTED[:] = [ahead]
    ahead.thread.start()


def taken(f: Flows, a: Party, b: Party, year: int, top: int) -> Any | None:
    """The profile :func:`start` computed for exactly these parties, year, ``top`` and releases, else None.

    Waits for the thread; taken once (a later brief of the process computes its own).
    """
    with _LOCK:
        ahead = _STARTED.pop() if _STARTED else None
    if ahead is None or ahead.thread is None:
        return None
    ahead.thread.join()
    store = f.store
    if store is None or store.workspace.home != ahead.home or (ahead.a, ahead.b, ahead.top) != (a, b, top):
        return None
    if ahead.outcome.get("key") != (year, tuple(f.sources)) or "profile" not in ahead.outcome:
        return None
    return ahead.outcome["profile"]


def joined() -> None:
    """Wait for a profile started and not taken (a brief that stopped before its trade): no thread outlives it."""
    with _LOCK:
        ahead = _STARTED.pop() if _STARTED else None
    if ahead is not None and ahead.thread is not None:
        ahead.thread.join()
