"""A brief in a warm server (issue 16): read through the server's long-lived reader, kept as over the store, once per pair."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from _flows_fixtures import ingest, random_world
from partnerlens.analytics.flows import opening
from partnerlens.brief import build, render
from partnerlens.brief.kept import BRIEFS
from partnerlens.web import api
from partnerlens.web.app import Data
from partnerlens.workspace import Workspace

ECONOMIES = ["RWA", "AZE", "KAZ", "EGY", "KEN", "DEU"]
PRODUCTS = ["090111", "090240", "100199", "260900", "310210", "847130"]


@pytest.fixture()
def home(tmp_path) -> Path:
    world = random_world(7, ECONOMIES, PRODUCTS, [2021, 2022], density=0.6)
    return ingest(tmp_path / "ws", world, name="demo-warm", synthetic=True).home


def kept_briefs(home: Path) -> list[Path]:
    return sorted(p for p in (home / "cache").glob(f"*/{BRIEFS}/*") if not p.name.startswith("."))


def test_web_brief_reads_through_the_reader_and_is_kept_as_over_the_store(home, monkeypatch):
    d = Data(Workspace.open(home))
    assert d.reader() is not None
    opened: list[int] = []
    store_flows = opening._store_flows

    def counted(*args, **kwargs):
        opened.append(1)
        return store_flows(*args, **kwargs)

    monkeypatch.setattr(opening, "_store_flows", counted)
    name, served = asyncio.run(api.brief_file(d, "RWA", "AZE", 2022, "html"))
    assert name == "brief-Rwanda-Azerbaijan-2022.html"
    assert opened == []  # the server's reader, not a store opened for the brief
    assert len(kept_briefs(home)) == 1
    monkeypatch.setattr(opening, "_store_flows", store_flows)
    # a brief over the store (as the CLI makes it) finds the same kept brief: the same key, the same bytes
    assert render(build("RWA", "AZE", 2022, workspace=Workspace.open(home)), "html").encode() == served
    assert len(kept_briefs(home)) == 1


def test_web_brief_equals_the_brief_computed_over_the_store(home, tmp_path):
    d = Data(Workspace.open(home))
    _, served = asyncio.run(api.brief_file(d, "KAZ", "KEN", 2022, "md"))
    other = ingest(
        tmp_path / "other", random_world(7, ECONOMIES, PRODUCTS, [2021, 2022], density=0.6), "demo-warm", True
    )
    assert render(build("KAZ", "KEN", 2022, workspace=other), "md").encode() == served


def test_two_requests_for_one_new_pair_compute_it_once(home, monkeypatch):
    d = Data(Workspace.open(home))
    calls: list[str] = []
    built_here = api.built_here

    def counted(data, a, b, year):
        calls.append(f"{a}-{b}")
        return built_here(data, a, b, year)

    monkeypatch.setattr(api, "built_here", counted)

    async def both():
        return await asyncio.gather(
            api.brief_file(d, "EGY", "DEU", 2022, "html"), api.brief_file(d, "EGY", "DEU", 2022, "html")
        )

    first, second = asyncio.run(both())
    assert first == second
    assert calls == ["EGY-DEU"]
