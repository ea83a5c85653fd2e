"""``Flows.forked``: a handle for another thread, over the same store (issue 16: a brief's profile and indices run
on a thread of their own while its directions are computed)."""

from __future__ import annotations

import threading
from dataclasses import asdict, replace

import duckdb
import pandas as pd
import pytest

from _flows_fixtures import assert_same, ingest, random_world
from partnerlens import analytics
from partnerlens.analytics import open_flows
from partnerlens.brief.gather import gather_inputs
from partnerlens.reference import resolve_party
from partnerlens.store import TradeStore

ECONOMIES = ["RWA", "AZE", "KEN", "DEU", "USA"]


@pytest.fixture(scope="module")
def store(tmp_path_factory) -> TradeStore:
    world = random_world(7, ECONOMIES, ["090111", "260900", "870323", "080300"], [2021, 2022], density=0.8)
    return TradeStore(ingest(tmp_path_factory.mktemp("ws"), world, name="demo-forked", synthetic=True))


def test_a_forked_handle_reads_the_same_views_on_its_own_connection(store: TradeStore) -> None:
    with open_flows(store) as f:
        totals = f.df(f"SELECT * FROM {f.pair_totals()} ORDER BY ALL")
        f.memoised(("marker",), lambda: "main")
        found: dict[str, object] = {}

        def run() -> None:
            with f.forked() as g:
                found["con"] = g.con
                found["totals"] = g.df("SELECT * FROM pair_totals ORDER BY ALL")  # the view, not computed again
                found["flows"] = g.con.execute("SELECT count(*) FROM flows").fetchone()
                found["memo"] = g.memoised(("marker",), lambda: "fork")
                found["years"] = g.years

        thread = threading.Thread(target=run)
        thread.start()
        thread.join()
        assert found["con"] is not f.con
        pd.testing.assert_frame_equal(found["totals"], totals)
        assert found["flows"] == f.con.execute("SELECT count(*) FROM flows").fetchone()
        assert found["memo"] == "fork"  # a memo of its own: what is memoised may belong to a connection
        assert found["years"] == f.years
        with pytest.raises(duckdb.ConnectionException):  # closed on exit; the handle's own connection is not
            found["con"].execute("SELECT 1")  # type: ignore[attr-defined]
        assert f.con.execute("SELECT 1").fetchone() == (1,)


def test_brief_inputs_are_the_same_with_the_pair_figures_on_a_thread(store: TradeStore) -> None:
    """Over a store the profile and indices are computed on a forked handle; over a table on the caller's thread."""
    a, b = resolve_party("RWA"), resolve_party("AZE")
    with open_flows(store) as f:
        threaded = gather_inputs(f, a, b, 2022)
    with open_flows(store) as f:
        table = f.df("SELECT * FROM flows")
    with open_flows(table) as f:
        inline = gather_inputs(f, a, b, 2022)
    # the sources differ (a store, a table); DuckDB's parallel sums may differ in the last bits between runs
    assert_same(asdict(_figures(threaded.profile)), asdict(_figures(inline.profile)))
    assert_same(asdict(_figures(threaded.indices)), asdict(_figures(inline.indices)))
    assert isinstance(threaded.indices, analytics.PairIndices)


def _figures(result) -> object:
    return replace(result, sources=[]) if hasattr(result, "sources") else result


def test_an_error_of_the_pair_figures_is_raised_on_the_callers_thread(store: TradeStore) -> None:
    def fails(profile) -> None:
        raise ValueError(f"no chart for {profile.a}")

    with open_flows(store) as f, pytest.raises(ValueError, match="no chart for RWA"):
        gather_inputs(f, resolve_party("RWA"), resolve_party("AZE"), 2022, on_profile=fails)
