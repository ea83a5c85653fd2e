"""Done-when of issue 15: BACI, BaTiS, IMF DIP and WITS files built in tests → a Rwanda–Azerbaijan brief with
goods, services and investment sections, each cited, and export potential whose market access changes the ranking
exactly as a hand computation says."""

from __future__ import annotations

import pytest

from _evidence_fixtures import WORLD_FLOWS, WORLD_TARIFFS, batis_zip, dip_csv, wits_zip, world_zip
from partnerlens import brief as brief_module
from partnerlens.analytics.investment import position
from partnerlens.analytics.potential import export_potential
from partnerlens.analytics.services import services_flow
from partnerlens.brief.rendering import to_markdown
from partnerlens.reference.parties import resolve_party
from partnerlens.sources.baci import ingest_release
from partnerlens.sources.batis import ingest_batis
from partnerlens.sources.fdi import ingest_dip
from partnerlens.sources.tariffs import ingest_tariffs
from partnerlens.store import TradeStore
from partnerlens.workspace import Workspace

SIGMA = 5.0


@pytest.fixture(scope="module")
def world(tmp_path_factory) -> TradeStore:
    tmp = tmp_path_factory.mktemp("world")
    store = TradeStore(Workspace.open(tmp / "home"))
    ingest_release(store, world_zip(tmp / "BACI_HS92_V202501.zip"))
    ingest_batis(store, batis_zip(tmp / "OECD-WTO_BATIS_BPM6_December2025_bulk.zip"))
    (tmp / "dip.csv").write_text(dip_csv())
    ingest_dip(store, tmp / "dip.csv")
    return store


def _potential(store: TradeStore):
    result = export_potential(store, "RWA", "AZE", 2022, sigma=SIGMA)
    table = result.products.set_index("product")
    return result, table


def test_market_access_changes_the_ranking_as_a_hand_computation_says(world, tmp_path):
    before, without = _potential(world)
    assert any("market access not applied" in note for note in before.notes)
    assert without.loc["090111", "potential_usd"] > without.loc["260900", "potential_usd"]  # coffee first

    ingest_tariffs(world, wits_zip(tmp_path / "w.zip", WORLD_TARIFFS))
    after, with_access = _potential(world)
    assert not any("market access not applied" in note for note in after.notes)
    assert after.parameters["tariffs"].startswith("wits-tariffs")

    # Hand computation. Rwanda faces Azerbaijan's MFN 15 % on coffee; its competitors there are Kazakhstan
    # (preferential 0 %, imports 5,000 thousand USD) and the USA (MFN 15 %, 500): τ̄ = 0.15·500/3500.
    kaz, usa = (v for i, j, k, v in WORLD_FLOWS if j == 31 and k == 90111 and i in (398, 842))
    competitor = (0.0 * kaz + 0.15 * usa) / (kaz + usa)
    coffee_access = ((1 + 0.15) / (1 + competitor)) ** -SIGMA
    tin_access = 1.0  # MFN 0 % for everyone
    assert with_access.loc["090111", "access"] == pytest.approx(coffee_access, rel=1e-9)
    assert with_access.loc["260900", "access"] == pytest.approx(tin_access)
    # Supply and demand do not change and ease is one factor per market, so the coffee/tin ratio of potential
    # changes by exactly the ratio of their access terms …
    ratio_without = without.loc["090111", "potential_usd"] / without.loc["260900", "potential_usd"]
    ratio_with = with_access.loc["090111", "potential_usd"] / with_access.loc["260900", "potential_usd"]
    assert ratio_with == pytest.approx(ratio_without * coffee_access / tin_access, rel=1e-9)
    # … which puts tin ores ahead of coffee (the hand computation: ratio_without · 0.53 < 1).
    assert ratio_without * coffee_access < 1
    assert with_access.loc["260900", "potential_usd"] > with_access.loc["090111", "potential_usd"]


def test_pair_services_and_investment_both_ways(world):
    rwa, aze = resolve_party("RWA"), resolve_party("AZE")
    out = services_flow(world, rwa, aze)
    assert out.year == 2022 and out.total_usd == pytest.approx(4.0e6)
    assert {line.item: line.sectors for line in out.lines}["SC"] == ("air_transport", "logistics")
    assert position(world, aze, rwa).to_dict() | {"source": None} == {
        "investor": "AZE",
        "host": "RWA",
        "year": 2022,
        "outward_usd": 12e6,
        "inward_usd": 15e6,
        "basis": position(world, aze, rwa).basis,
        "source": None,
    }
    rwa_in_aze = position(world, rwa, aze)
    assert not rwa_in_aze.available and rwa_in_aze.value_usd is None  # neither side reports: no data


def test_brief_has_goods_services_and_investment_sections_each_cited(world):
    result = brief_module.build("Rwanda", "Azerbaijan", 2022, workspace=world.workspace)
    text = to_markdown(result)
    ids = [s.id for s in result.sections]
    assert ids.index("key-figures") < ids.index("trade") < ids.index("services") < ids.index("investment")
    for section_id, needle in (
        ("services", "Services exports Rwanda → Azerbaijan in 2022"),
        ("investment", "Direct investment positions between Rwanda and Azerbaijan"),
    ):
        section = result.section(section_id)
        rendered = to_markdown_section(result, section)
        assert needle in rendered and "[" in rendered  # a citation marker
    keys = {c.key for _, c in result.citations.entries()}
    assert {"evidence:batis-bpm6", "evidence:imf-dip", "release:baci-hs92-v202501"} <= keys
    assert "Services trade (OECD–WTO Balanced Trade in Services" in text
    assert "Direct investment positions (IMF DIP" in text
    investment = to_markdown_section(result, result.section("investment"))
    assert "| Rwanda in Azerbaijan | — | no data | no data |" in investment
    assert "| Azerbaijan in Rwanda | 2022 | $12.0 million | $15.0 million |" in investment
    services = to_markdown_section(result, result.section("services"))
    assert "| SC | Transport | air_transport, logistics | $2.4 million | no data |" in services
    # the shipped registry's 2025-09-20 agreements name air transport: linked to EBOPS SC, both ways 2.4 + 1.0 million
    cooperation = to_markdown_section(result, result.section("cooperation"))
    assert "Services trade in agreement sectors" in cooperation
    assert "| Air transport | SC | $3.4 million (2022) |" in cooperation


def to_markdown_section(result, section) -> str:
    from partnerlens.brief.rendering import _markdown_block

    return "\n".join(line for block in section.blocks for line in _markdown_block(block))
