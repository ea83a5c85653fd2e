"""The pair's profile started ahead of a brief's imports (``brief.ahead``) is the profile the brief computes.

``partnerlens brief`` starts the pair's profile on a thread before it imports the
analytics (issue 16); the brief takes it only when it was computed for exactly
the parties, year, ``top`` and releases it asks for, and the brief is the same
either way. Real store, real DuckDB, real threads.
"""

from __future__ import annotations

import shutil
import threading
from datetime import date
from pathlib import Path

import pytest

from _flows_fixtures import ingest, random_world
from partnerlens.analytics import bilateral_profile, open_flows
from partnerlens.brief import ahead, build, render
from partnerlens.brief.output import rendered
from partnerlens.errors import PartnerlensError
from partnerlens.reference import resolve_party
from partnerlens.store import TradeStore
from partnerlens.workspace import Workspace

ECONOMIES = ["RWA", "AZE", "KAZ", "EGY", "KEN", "DEU"]
PRODUCTS = ["090111", "090240", "100199", "260900", "270900", "847130"]


@pytest.fixture(scope="module")
def workspace(tmp_path_factory) -> Workspace:
    world = random_world(5, ECONOMIES, PRODUCTS, [2021, 2022], density=0.6)
    return ingest(tmp_path_factory.mktemp("ahead") / "ws", world, name="demo-ahead", synthetic=True)


def _alive() -> list[str]:
    return [t.name for t in threading.enumerate() if t.name == "partnerlens-brief-ahead"]


def test_the_profile_taken_is_the_profile_computed(workspace):
    rwa, aze = resolve_party("RWA"), resolve_party("AZE")
    ahead.start("Rwanda", "AZE", None, workspace=workspace, top=5)
    with open_flows(TradeStore(workspace)) as f:
        taken = ahead.taken(f, rwa, aze, 2022, 5)
        assert taken is not None
        assert taken.to_dict() == bilateral_profile(f, rwa, aze, 2022, top=5).to_dict()
        assert ahead.taken(f, rwa, aze, 2022, 5) is None  # taken once
    assert _alive() == []


@pytest.mark.parametrize(
    ("a", "b", "year", "top"),
    [("AZE", "RWA", 2022, 5), ("RWA", "AZE", 2021, 5), ("RWA", "AZE", 2022, 6), ("RWA", "Africa", 2022, 5)],
)
def test_a_profile_of_anything_else_is_not_taken(workspace, a, b, year, top):
    ahead.start("RWA", "AZE", 2022, workspace=workspace, top=5)
    with open_flows(TradeStore(workspace)) as f:
        assert ahead.taken(f, resolve_party(a), resolve_party(b), year, top) is None
    assert _alive() == []


def test_unknown_parties_start_nothing_and_a_failure_is_left_to_the_brief(workspace):
    ahead.start("Atlantis", "AZE", 2022, workspace=workspace, top=5)
    assert _alive() == []
    rwa, aze = resolve_party("RWA"), resolve_party("AZE")
    ahead.start("RWA", "AZE", 1990, workspace=workspace, top=5)  # no data that year
    with open_flows(TradeStore(workspace)) as f:
        got = ahead.taken(f, rwa, aze, 1990, 5)
        try:
            direct = bilateral_profile(f, rwa, aze, 1990, top=5).to_dict()
        except PartnerlensError:
            direct = None  # raised again where the brief computes it: never taken
    assert (None if got is None else got.to_dict()) == direct
    ahead.joined()  # nothing left to wait for
    assert _alive() == []


def test_the_command_brief_is_the_brief_built_without_it(workspace):
    home = Path(workspace.home)
    shutil.rmtree(home / "cache", ignore_errors=True)
    expected = render(build("RWA", "AZE", 2022, workspace=workspace, top=5), "html")
    shutil.rmtree(home / "cache", ignore_errors=True)
    result = rendered("RWA", "AZE", 2022, "html", workspace=workspace, top=5)
    assert result.content == expected
    assert date.today().isoformat() in result.content
    assert _alive() == []
    assert ahead._STARTED == []  # taken by the brief (or joined): nothing left for a later brief
