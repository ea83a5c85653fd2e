"""A brief computed after ``world build`` (world tables read) is the brief computed on demand, for a pair and a group.

After ``world build`` the brief reads the store-wide tables the build wrote (pair
totals, each economy's exports by product, the pair indices of two economies)
instead of summing the flows; the text and the HTML must not change. Whole-dollar
flows keep the sums exact whichever way they are added up.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from _flows_fixtures import ingest, random_world
from partnerlens.analytics import open_flows
from partnerlens.brief import build, render
from partnerlens.store import TradeStore
from partnerlens.workspace import Workspace
from partnerlens.world.build import build_world
from partnerlens.world.manifest import current_manifest

ECONOMIES = ["RWA", "AZE", "KAZ", "EGY", "KEN", "DEU", "USA", "CHN"]  # Africa: EGY, KEN, RWA
PRODUCTS = ["090111", "090240", "100199", "260900", "270900", "310210", "720241", "847130"]
PER_PAIR = ("inputs", "briefs", "rendered", "charts", "extracted")


@pytest.fixture(scope="module")
def home(tmp_path_factory) -> Path:
    world = random_world(11, ECONOMIES, PRODUCTS, [2021, 2022], density=0.6)
    return ingest(tmp_path_factory.mktemp("world-brief") / "ws", world, name="demo-world-brief", synthetic=True).home


def _forget(home: Path) -> None:
    """Drop everything kept of a pair and the store's on-demand aggregates: the next brief computes from scratch."""
    for folder in (home / "cache").glob("*/*"):
        if folder.is_dir():
            shutil.rmtree(folder)
        elif folder.name.startswith("product_space_"):  # the year's product space, kept once computed
            folder.unlink()


def _kept_spaces(home: Path) -> int:
    return len(list((home / "cache").glob("*/product_space_*.parquet")))


def _briefs(home: Path) -> dict[tuple[str, str, str], str]:
    out = {}
    for a, b in (("RWA", "AZE"), ("KAZ", "Africa")):
        _forget(home)
        brief = build(a, b, 2022, workspace=home)
        for fmt in ("md", "html"):
            out[(a, b, fmt)] = render(brief, fmt)
    return out


def test_a_brief_from_world_tables_is_the_brief_computed_on_demand(home):
    workspace = Workspace.open(home)
    assert current_manifest(workspace) is None
    on_demand = _briefs(home)
    assert _kept_spaces(home) == 2  # of the economies, and of Africa placed in it as one economy
    build_world(workspace, years=[2022], workers=1)
    assert current_manifest(workspace) is not None
    with open_flows(TradeStore(workspace)) as f:
        assert f.world is not None  # the handle the brief opens reads the world tables
    from_world = _briefs(home)
    assert _kept_spaces(home) == 0  # the economies' product space read from space_hs4, Africa's from group_space_hs4
    assert from_world.keys() == on_demand.keys()
    for key, text in on_demand.items():
        assert from_world[key] == text, key
    assert "Kazakhstan × Africa" in from_world[("KAZ", "Africa", "md")]
