"""A workspace's own ``sectors.yaml`` wins everywhere (issue 18): listing, record checks, review labels, the web.

Within a CLI invocation or a web request, every sector resolved without a taxonomy in hand resolves against the
workspace's file when it has one (``partnerlens.scope``); two invocations in one process each see their own.
"""

from __future__ import annotations

import json
from pathlib import Path

from fastapi.testclient import TestClient
from typer.testing import CliRunner

from partnerlens.cli import app
from partnerlens.reference.sectors import resolve_sector
from partnerlens.web.app import create_app
from partnerlens.workspace import Workspace

PACKAGED = (Path(__file__).parents[1] / "src/partnerlens/reference/data/sectors.yaml").read_text(encoding="utf-8")
DRONES = "- id: drones\n  label: Drones\n  synonyms: [drones, UAV]\n  hs: ['880621']\n"
SENTENCE = "Ghana and Chile signed a memorandum on drones in Accra on 4 March 2025."


def own_taxonomy(home: Path) -> Path:
    Workspace.open(home)
    (home / "sectors.yaml").write_text(PACKAGED + DRONES, "utf-8")
    return home


def cli(home: Path, *args: str):
    return CliRunner().invoke(app, ["--home", str(home), *args])


def add_drones_agreement(home: Path):
    return cli(
        home, "registry", "add", "--kind", "agreement", "--type", "agreement_signing", "--party", "GHA",
        "--party", "CHL", "--date", "2025-03-04", "--sector", "drones", "--source", "https://example.org/accra",
        "--evidence", SENTENCE, "--json",
    )  # fmt: skip


def test_the_sectors_command_lists_the_workspace_taxonomy(tmp_path):
    home = own_taxonomy(tmp_path / "own")
    listed = json.loads(cli(home, "sectors", "--json").stdout)["sectors"]
    assert "drones" in {s["id"] for s in listed}
    packaged = json.loads(cli(tmp_path / "plain", "sectors", "--json").stdout)["sectors"]
    assert "drones" not in {s["id"] for s in packaged}


def test_a_record_takes_a_workspace_sector_and_only_in_that_workspace(tmp_path):
    home = own_taxonomy(tmp_path / "own")
    added = add_drones_agreement(home)
    assert added.exit_code == 0, added.output
    listed = cli(home, "registry", "list", "--sector", "drones", "--json")
    assert listed.exit_code == 0, listed.output
    records = json.loads(listed.stdout)["items"]
    assert [r["sectors"] for r in records] == [["drones"]]
    # the next invocation in the same process, on a workspace without the file, refuses the sector
    refused = add_drones_agreement(tmp_path / "plain")
    assert refused.exit_code != 0 and "unknown sector 'drones'" in str(refused.exception)
    # and nothing leaks out of an invocation into the library
    try:
        resolve_sector("drones")
    except Exception as error:
        assert "unknown sector" in str(error)
    else:
        raise AssertionError("the workspace taxonomy outlived its invocation")


def test_the_web_app_reads_the_workspace_taxonomy(tmp_path):
    home = own_taxonomy(tmp_path / "own")
    with TestClient(create_app(Workspace.open(home))) as client:
        sectors = client.get("/api/sectors").json()["sectors"]
    assert "drones" in {s["id"] for s in sectors}
    with TestClient(create_app(Workspace.open(tmp_path / "plain"))) as client:
        sectors = client.get("/api/sectors").json()["sectors"]
    assert "drones" not in {s["id"] for s in sectors}


def test_news_add_reads_the_workspace_sectors(tmp_path):
    home = own_taxonomy(tmp_path / "own")
    article = tmp_path / "article.txt"
    article.write_text(SENTENCE + "\n", "utf-8")
    read = cli(home, "news", "add", str(article), "--dry-run", "--json")
    assert read.exit_code == 0, read.output
    agreements = [p for p in json.loads(read.stdout)["proposals"] if p["kind"] == "agreement"]
    assert agreements and all("drones" in p["sectors"] for p in agreements)
    plain = json.loads(cli(tmp_path / "plain", "news", "add", str(article), "--dry-run", "--json").stdout)
    assert all("drones" not in p["sectors"] for p in plain["proposals"])


def test_the_web_app_reads_articles_with_the_workspace_taxonomy(tmp_path):
    """Articles are read in a worker pool: the worker must run in the request's context, which holds the workspace's
    taxonomy (a bare thread pool would run it with the packaged one and miss "drones")."""
    home = own_taxonomy(tmp_path / "own")
    token = json.loads(cli(home, "token", "create", "--name", "reader", "--json").stdout)["token"]
    with TestClient(create_app(Workspace.open(home))) as client:
        response = client.post(
            "/api/news",
            params={"dry_run": "true"},
            json={"text": SENTENCE},
            headers={"Authorization": f"Bearer {token}"},
        )
    assert response.status_code == 201, response.text
    sectors = {s for p in response.json()["proposals"] for s in p["sectors"]}
    assert "drones" in sectors
