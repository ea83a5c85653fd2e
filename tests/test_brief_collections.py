"""A first brief computes with fewer runs of the cyclic garbage collector (``brief.output.fewer_collections``)."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest

from _flows_fixtures import ingest, random_world
from partnerlens.brief import build, render
from partnerlens.brief.output import YOUNG_OBJECTS, fewer_collections, rendered
from partnerlens.workspace import Workspace

ECONOMIES = ["RWA", "AZE", "KAZ", "EGY", "KEN", "DEU"]
PRODUCTS = ["090111", "090240", "100199", "260900", "310210", "847130"]


@pytest.fixture()
def home(tmp_path) -> Path:
    world = random_world(7, ECONOMIES, PRODUCTS, [2021, 2022], density=0.6)
    return ingest(tmp_path / "ws", world, name="demo-collections", synthetic=True).home


def test_the_thresholds_are_raised_within_and_restored_after():
    before = gc.get_threshold()
    with fewer_collections():
        assert gc.get_threshold() == (max(before[0], YOUNG_OBJECTS), *before[1:])
    assert gc.get_threshold() == before


def test_the_thresholds_are_restored_after_an_error():
    before = gc.get_threshold()
    with pytest.raises(ValueError), fewer_collections():
        raise ValueError("inside")
    assert gc.get_threshold() == before


def test_a_higher_threshold_of_the_callers_is_kept():
    before = gc.get_threshold()
    gc.set_threshold(YOUNG_OBJECTS * 2, *before[1:])
    try:
        with fewer_collections():
            assert gc.get_threshold()[0] == YOUNG_OBJECTS * 2
    finally:
        gc.set_threshold(*before)


def test_cycles_made_within_are_still_collected():
    class Node:
        pass

    with fewer_collections():
        node = Node()
        node.self = node  # a cycle: only the collector frees it
        del node
        gc.collect()  # an explicit collection runs whatever the thresholds
        assert not any(type(o) is Node for o in gc.get_objects())


def test_a_first_brief_computes_under_the_raised_threshold_and_renders_the_same(home, monkeypatch):
    import partnerlens.brief.make as make

    before = gc.get_threshold()
    seen: list[int] = []
    real = make.built

    def watched(*args, **kwargs):  # the real computation, with the threshold it runs under written down
        seen.append(gc.get_threshold()[0])
        return real(*args, **kwargs)

    monkeypatch.setattr(make, "built", watched)
    result = rendered("Rwanda", "Azerbaijan", 2022, "html", workspace=Workspace.open(home), top=10)
    assert gc.get_threshold() == before
    assert seen == [max(before[0], YOUNG_OBJECTS)]  # the brief was computed, at the raised threshold
    assert result.content == render(build("Rwanda", "Azerbaijan", 2022, workspace=home), "html")
