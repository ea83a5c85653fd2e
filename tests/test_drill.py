"""Drill-down and members everywhere: Python, CLI (installed script), JSON API and web page on a real server.

The issue's acceptance commands, ``partnerlens opportunities Rwanda Azerbaijan
--sector coffee,tea`` and ``partnerlens profile Kazakhstan Africa --members``,
answer in each surface with the same figures.
"""

from __future__ import annotations

import json
import subprocess

import pytest

from _brief_fixtures import world
from _web_fixtures import CLI, Server, start_server, stop_server
from partnerlens.analytics import (
    bilateral_profile,
    member_breakdown,
    pair_opportunities,
    product_detail,
    selected_products,
)
from partnerlens.errors import PartnerlensError

WORLD = world()


def test_selected_products_reads_codes_and_sectors():
    assert selected_products(None, "coffee,tea") == ["0901", "0902"]
    assert selected_products("090111, 0902", None) == ["090111", "0902"]  # sorted as strings
    assert selected_products(None, None) is None
    with pytest.raises(PartnerlensError, match="HS code"):
        selected_products("coffee", None)
    with pytest.raises(PartnerlensError, match="unknown sector"):
        selected_products(None, "unicorns")
    with pytest.raises(PartnerlensError, match="without goods"):
        selected_products(None, "education")


def test_a_product_profile_counts_only_those_products():
    whole = bilateral_profile(WORLD, "Rwanda", "Azerbaijan")
    coffee = bilateral_profile(WORLD, "Rwanda", "Azerbaijan", products=["0901"])
    frame = WORLD[(WORLD.year == whole.year) & (WORLD.exporter == "RWA") & (WORLD.importer == "AZE")]
    assert coffee.exports_a_to_b_usd == pytest.approx(frame[frame["product"].str.startswith("0901")]["value_usd"].sum())
    assert coffee.exports_a_to_b_usd < whole.exports_a_to_b_usd and coffee.products == ["0901"]
    assert all(r.code.startswith("0901") for r in coffee.top_products_a_to_b["hs6"])


def test_the_sector_table_has_an_other_row_so_that_it_adds_up():
    p = bilateral_profile(WORLD, "Rwanda", "Azerbaijan")
    other = [s for s in p.sectors if s.sector == "other"]
    assert len(other) == 1 and p.sectors[-1].sector == "other"
    # the union of the sectors plus "other" is the whole: check with the top-level sectors, which do not overlap
    frame = WORLD[(WORLD.year == p.year) & (WORLD.exporter == "RWA") & (WORLD.importer == "AZE")]
    from partnerlens.reference import load_sectors

    prefixes = tuple(code for s in load_sectors().values() for code in s.hs)
    outside = frame[~frame["product"].str.startswith(prefixes)]["value_usd"].sum()
    assert other[0].exports_a_to_b_usd == pytest.approx(outside)


def test_members_of_a_group_add_up_to_the_pair():
    p = bilateral_profile(WORLD, "Kazakhstan", "Africa", members=True, top=5)
    (m,) = p.members
    assert m.group == "africa" and m.other == "KAZ" and len(m.rows) == 5 and m.rest is not None
    assert sum(r.total_usd for r in m.rows) + m.rest.total_usd == pytest.approx(p.total_usd)
    assert sum(r.exports_to_usd for r in m.rows) + m.rest.exports_to_usd == pytest.approx(p.exports_a_to_b_usd)
    assert m.rows[0].total_usd >= m.rows[-1].total_usd and m.rest.members == m.members - 5
    solo = bilateral_profile(WORLD, "Rwanda", "Azerbaijan", members=True)
    assert solo.members == [] and any("no breakdown" in n for n in solo.notes)
    direct = member_breakdown(WORLD, "KAZ", "Africa", top=5)
    assert direct.total_usd == pytest.approx(m.total_usd)


def test_one_product_drill_down_for_a_pair():
    d = product_detail(WORLD, "Rwanda", "Azerbaijan", "090111")
    frame = WORLD[(WORLD.year == d.year) & (WORLD["product"] == "090111")]
    imports = frame[frame.importer == "AZE"]
    assert d.market_imports_usd == pytest.approx(imports["value_usd"].sum())
    assert (
        d.suppliers["share"].sum() <= 1 + 1e-9
        and d.suppliers["supplier"].iloc[0] == imports.groupby("exporter")["value_usd"].sum().idxmax()
    )
    assert d.world_share == pytest.approx(frame[frame.exporter == "RWA"]["value_usd"].sum() / frame["value_usd"].sum())
    assert d.rca > 1 and d.distance_km > 0 and d.potential_usd > 0 and d.target_year == d.year + 5
    assert [row["year"] for row in d.series] == sorted({int(y) for y in WORLD["year"]})
    json.dumps(d.to_dict(), allow_nan=False)
    with pytest.raises(PartnerlensError, match="HS code"):
        product_detail(WORLD, "Rwanda", "Azerbaijan", "09011")


def test_pair_opportunities_for_a_sector():
    found = pair_opportunities(WORLD, "Rwanda", "Azerbaijan", products=["0901", "0902"])
    rwa = found.export_potential[0]
    assert set(rwa.products["product"].str[:4]) <= {"0901", "0902"} and rwa.potential_usd > 0
    assert found.to_dict()["target_year"] == rwa.target_year and found.details == []


# -- CLI, API and web on one real store ------------------------------------------------------


@pytest.fixture(scope="module")
def server(tmp_path_factory) -> Server:
    running = start_server(tmp_path_factory.mktemp("drill"))
    yield running
    stop_server(running)


def script(server: Server, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([*CLI, "--home", str(server.home), *args], capture_output=True, text=True, timeout=300)


def test_opportunities_for_coffee_and_tea_in_cli_api_and_web(server):
    shown = script(server, "opportunities", "Rwanda", "Azerbaijan", "--sector", "coffee,tea")
    assert shown.returncode == 0, shown.stderr
    assert "Export potential Rwanda → Azerbaijan in 20" in shown.stdout and "Coffee" in shown.stdout
    printed = script(server, "opportunities", "Rwanda", "Azerbaijan", "--sector", "coffee,tea", "--json")
    cli_json = json.loads(printed.stdout)
    with server.client() as client:
        api = client.get("/api/drill/opportunities", params={"a": "Rwanda", "b": "Azerbaijan", "sector": "coffee,tea"})
        assert api.status_code == 200, api.text
        body = api.json()
        assert body["target_year"] == cli_json["target_year"]
        assert body["export_potential"][0]["potential_usd"] == pytest.approx(
            cli_json["export_potential"][0]["potential_usd"]
        )
        assert {r["product"][:4] for r in body["export_potential"][0]["products"]} <= {"0901", "0902"}
        page = client.get("/drill", params={"a": "Rwanda", "b": "Azerbaijan", "sector": "coffee,tea"})
        assert page.status_code == 200 and "Export potential in" in page.text and "Coffee" in page.text
        detail = client.get("/api/drill/opportunities", params={"a": "RWA", "b": "AZE", "product": "090111"}).json()
        assert detail["details"][0]["product"] == "090111" and detail["details"][0]["suppliers"]
        bad = client.get("/api/drill/opportunities", params={"a": "RWA", "b": "AZE", "sector": "unicorns"})
        assert bad.status_code in (400, 404, 422) and "unknown sector" in bad.json()["error"]["message"]


def test_profile_by_member_in_cli_api_and_web(server):
    shown = script(server, "profile", "Kazakhstan", "Africa", "--members")
    assert shown.returncode == 0, shown.stderr
    assert "Kazakhstan × Africa by member" in shown.stdout and "the other" in shown.stdout
    cli_json = json.loads(script(server, "profile", "Kazakhstan", "Africa", "--members", "--json").stdout)
    with server.client() as client:
        api = client.get("/api/drill/profile", params={"a": "Kazakhstan", "b": "Africa", "members": "true"})
        assert api.status_code == 200, api.text
        members = api.json()["members"][0]
        assert members["group"] == "africa" and members["total_usd"] == pytest.approx(
            cli_json["members"][0]["total_usd"]
        )
        assert [r["member"] for r in members["rows"]] == [r["member"] for r in cli_json["members"][0]["rows"]]
        page = client.get("/drill", params={"a": "Kazakhstan", "b": "Africa", "members": "true"})
        assert page.status_code == 200 and "by member" in page.text and members["rows"][0]["name"] in page.text
        pair = client.get("/pair", params={"a": "Kazakhstan", "b": "Africa"})
        assert pair.status_code == 200 and 'action="/drill"' in pair.text


def test_bad_drill_input_is_one_line_and_exit_1(server):
    failed = script(server, "opportunities", "Rwanda", "Azerbaijan", "--product", "coffee")
    assert failed.returncode == 1 and "HS code" in failed.stderr and "Traceback" not in failed.stderr
