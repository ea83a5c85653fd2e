"""The published reference layer shown, cited and labelled in profile (human and JSON), the brief and the web pair page."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from _flows_fixtures import ingest, random_world
from _web_fixtures import start_server, stop_server
from partnerlens.analytics.published import PUBLISHED_NOTE, pair_published, published_indicators
from partnerlens.brief import build, render
from partnerlens.cli import app
from partnerlens.formatting import published
from partnerlens.reference import published as ref
from partnerlens.reference import resolve_party

ECONOMIES = ["RWA", "AZE", "KAZ", "KEN", "UGA", "ZAF", "CHN", "DEU"]
PRODUCTS = ["090111", "090240", "260900", "270900", "310210", "100190"]


@pytest.fixture(scope="module")
def homes(tmp_path_factory) -> dict[str, Path]:
    world = random_world(3, ECONOMIES, PRODUCTS, [2021, 2022], density=0.6)
    root = tmp_path_factory.mktemp("published")
    return {
        "demo": ingest(root / "demo", world, name="demo-published-test", synthetic=True).home,
        "baci": ingest(root / "baci", world, name="baci-published-test").home,
    }


def run(home: Path, *args: str):
    result = CliRunner().invoke(app, ["--home", str(home), *args], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result


# -- library ------------------------------------------------------------------------


def test_economy_block_is_wdi_eci_rank_and_growth_with_sources():
    block = published_indicators("Rwanda", 2022)
    assert [f.indicator for f in block.figures] == [
        "exports_goods",
        "imports_goods",
        "gdp",
        "population",
        "eci",
        "growth_projection",
    ]
    exports = block.figure("exports_goods")
    assert exports.value == ref.economy_figure("RWA", "exports_goods", 2022).value and exports.year == 2022
    assert exports.source == ref.WDI_SOURCE and exports.vintage == ref.vintage()
    eci = block.figure("eci")
    assert eci.ranked_of == 145 and 1 <= eci.rank <= 145
    # The growth projection is the Growth Lab's latest published one (2024), whatever the year asked.
    assert block.figure("growth_projection").year == int(ref.eci()["year"].max())
    assert block.member_eci.empty and block.ranked_economies == len(ref.ranked_economies())


def test_group_block_sums_members_with_coverage_and_tabulates_eci():
    members = resolve_party("EAC").members
    block = published_indicators("EAC", 2022)
    gdp, expected = block.figure("gdp"), ref.group_figure(members, "gdp", 2022)
    assert gdp.value == pytest.approx(expected.value)
    assert (gdp.members_with_data, gdp.members) == (expected.members_with_data, len(members))
    assert block.figure("eci") is None  # never averaged: a member table instead
    assert len(block.member_eci) > 1 and set(block.member_eci["iso3"]) <= members
    assert list(block.member_eci["eci"]) == sorted(block.member_eci["eci"], reverse=True)


def test_pair_leaves_out_of_a_group_the_members_of_the_other_party():
    rwanda, africa = pair_published("Rwanda", "Africa", 2022)
    assert "RWA" not in set(africa.member_eci["iso3"])
    alone = published_indicators("Africa", 2022)
    assert africa.figure("gdp").members == alone.figure("gdp").members - 1
    assert africa.figure("gdp").value == pytest.approx(alone.figure("gdp").value - rwanda.figure("gdp").value)


def test_formatter_reads_each_unit():
    block = published_indicators("Rwanda", 2022)
    assert re.fullmatch(r"\$\d+\.\d billion \(2022\)", published(block.figure("exports_goods")))
    assert re.fullmatch(r"-?\d+\.\d\d, rank \d+ of 145 \(2022\)", published(block.figure("eci")))
    assert published(block.figure("growth_projection")).endswith("a year (2024)")
    assert published(block.figure("population")).endswith("million people (2022)")
    assert published(None) == "no data"
    group = published_indicators("EAC", 2022).figure("exports_goods")
    assert re.search(r"; sum over \d+ of \d+ members\)$", published(group))
    assert published(group.to_dict()) == published(group)  # the web formats the JSON shape the same way


# -- profile -------------------------------------------------------------------------


def test_profile_shows_published_block_apart_from_store_figures(homes):
    out = run(homes["demo"], "profile", "Rwanda", "Kenya", "--year", "2022").stdout
    assert "synthetic demo data" in out
    assert PUBLISHED_NOTE in out
    assert "computed from the trade store" in out
    block = out[out.index(PUBLISHED_NOTE) :]
    assert published(published_indicators("Rwanda", 2022).figure("gdp")) in block
    assert "of 145" in block and "World Bank, World Development Indicators" in block and ref.vintage() in block
    real = run(homes["baci"], "profile", "Rwanda", "Kenya", "--year", "2022").stdout
    assert PUBLISHED_NOTE in real and "synthetic demo data" not in real


def test_profile_json_has_published_key_for_both_parties(homes):
    payload = json.loads(run(homes["baci"], "profile", "Rwanda", "EAC", "--year", "2022", "--json").stdout)
    a, b = payload["published"]
    assert (a["party"], a["is_group"], b["is_group"]) == ("RWA", False, True)
    assert a["published"] is True and a["note"] == PUBLISHED_NOTE and a["vintage"] == ref.vintage()
    figures = {f["indicator"]: f for f in a["figures"]}
    assert figures["eci"]["ranked_of"] == 145 and figures["exports_goods"]["source"] == ref.WDI_SOURCE
    assert all("members" in f and "members_with_data" in f for f in b["figures"])
    assert b["member_eci"] and "RWA" not in {m["iso3"] for m in b["member_eci"]}


# -- brief ---------------------------------------------------------------------------------


def _citations(md: str) -> dict[int, str]:
    sources = md[md.index("### Sources") :]
    return {int(n): text for n, text in re.findall(r"^(\d+)\. (.+)$", sources, flags=re.M)}


def test_brief_published_block_is_cited_through_the_brief_sources(homes):
    md = render(build("Rwanda", "Kenya", 2022, workspace=homes["baci"]), "md")
    block = md[md.index(f"### {PUBLISHED_NOTE}") : md.index("## 2.")]
    cited = _citations(md)
    eci_row = next(line for line in block.splitlines() if line.startswith("| Economic Complexity Index"))
    numbers = {int(n) for n in re.findall(r"\[(\d+)\]", eci_row)}
    assert numbers and all("Economic Complexity Index" in cited[n] for n in numbers)
    exports_row = next(line for line in block.splitlines() if line.startswith("| Goods exports"))
    assert all("World Development Indicators" in cited[int(n)] for n in re.findall(r"\[(\d+)\]", exports_row))
    assert "rank" in eci_row and "of 145" in eci_row
    assert any("growth projections" in text for text in cited.values())
    assert "computed from the trade data" in block and "synthetic" not in block


def test_brief_group_shows_sums_with_coverage_and_member_table(homes):
    md = render(build("Kazakhstan", "EAC", 2022, workspace=homes["demo"]), "md")
    block = md[md.index(f"### {PUBLISHED_NOTE}") : md.index("## 2.")]
    assert re.search(r"sum over \d+ of \d+ members", block)
    assert "Published ECI of EAC’s members" in block or "Published ECI of" in block
    assert "see the members’ table below" in block and "average" not in block.replace("not averaged", "")
    assert "these published figures are real" in block  # the store is the demo world, the block is not


# -- web ---------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    running = start_server(tmp_path_factory.mktemp("web-published"))
    yield running
    stop_server(running)


def test_pair_page_shows_published_block_with_banner(server):
    with server.client() as client:
        page = client.get("/pair", params={"a": "Rwanda", "b": "Azerbaijan", "year": 2021})
        assert page.status_code == 200
        html = page.text
        assert 'id="synthetic-banner"' in html and 'id="published-indicators"' in html
        block = html[html.index('id="published-indicators"') :]
        assert PUBLISHED_NOTE in block and "of 145" in block and "World Bank, World Development Indicators" in block
        assert published(published_indicators("Azerbaijan", 2021).figure("gdp")) in block
        group = client.get("/pair", params={"a": "Kazakhstan", "b": "Africa", "year": 2021}).text
        assert 'class="data member-eci"' in group and re.search(r"sum over \d+ of \d+ members", group)
        api = client.get("/api/profile", params={"a": "Rwanda", "b": "Azerbaijan", "year": 2021}).json()
        assert [b["party"] for b in api["published"]] == ["RWA", "AZE"]
