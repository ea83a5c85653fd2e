"""A pair's bottom line and brief inputs kept on disk (``brief.kept``): the same as computed afresh, renewed on change."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from _flows_fixtures import ingest, random_world
from partnerlens.brief import build, render
from partnerlens.brief.kept import BRIEFS, INPUTS, SUMMARY, kept_summary
from partnerlens.brief.summary import summary
from partnerlens.cli import app
from partnerlens.cooperation.models import Citation, Evidence, Record, Source
from partnerlens.cooperation.storage import Registry
from partnerlens.jsonable import jsonable
from partnerlens.workspace import Workspace

ECONOMIES = ["RWA", "AZE", "KAZ", "EGY", "KEN", "DEU"]
PRODUCTS = ["090111", "090240", "100199", "260900", "310210", "847130"]


def run(home: Path, *args: str) -> str:
    result = CliRunner().invoke(app, ["--home", str(home), *args], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.stdout


def kept(home: Path, folder: str = SUMMARY) -> list[Path]:
    return sorted(p for p in (home / "cache").glob(f"*/{folder}/*") if not p.name.startswith("."))


@pytest.fixture()
def home(tmp_path) -> Path:
    world = random_world(3, ECONOMIES, PRODUCTS, [2021, 2022], density=0.6)
    return ingest(tmp_path / "ws", world, name="demo-summary", synthetic=True).home


def test_the_kept_bottom_line_is_the_computed_one(home):
    first = run(home, "profile", "Rwanda", "Azerbaijan", "--json")
    assert len(kept(home)) == 1
    second = run(home, "profile", "Rwanda", "Azerbaijan", "--json")
    assert second == first  # read from the cache, word for word
    assert len(kept(home)) == 1
    fresh = jsonable(summary("Rwanda", "Azerbaijan", 2022, workspace=Workspace.open(home)))
    assert json.loads(first)["summary"] == fresh["sentences"]
    text = run(home, "profile", "Rwanda", "Azerbaijan")
    assert "Bottom line" in text and fresh["sentences"][0]["text"].split(" [")[0] in text.replace("\n", " ")


def test_a_registry_change_is_never_answered_from_the_cache(home):
    before = json.loads(run(home, "profile", "RWA", "AZE", "--json"))["summary"]
    agreements = next(s for s in before if s["topic"] == "agreements")
    sentence = "Rwanda and Azerbaijan signed two agreements in Kigali on 3 March 2021."
    Registry(Workspace.open(home)).add(
        Record(
            id="agr-aze-rwa-2021-03-03-cache-test",
            kind="agreement",
            type="agreement_signing",
            date="2021-03-03",
            parties=["AZE", "RWA"],
            count=2,
            sectors=["coffee"],
            sources=[
                Citation(
                    source=Source(address="https://example.org/kigali"),
                    evidence=Evidence(text=sentence, start=0, end=len(sentence)),
                )
            ],
        )
    )
    after = json.loads(run(home, "profile", "RWA", "AZE", "--json"))["summary"]
    renewed = next(s for s in after if s["topic"] == "agreements")
    assert renewed["figures"]["agreements"] == agreements["figures"]["agreements"] + 1
    assert len(kept(home)) == 2


def test_an_unwritable_cache_still_answers(home):
    workspace = Workspace.open(home)
    if (home / "cache").exists():
        for path in sorted((home / "cache").rglob("*"), reverse=True):
            path.rmdir() if path.is_dir() else path.unlink()
        (home / "cache").rmdir()
    (home / "cache").write_text("not a folder")  # the cache cannot be written (root ignores permissions)
    calls = []

    def compute() -> dict:
        calls.append(1)
        return {"sentences": [{"text": "x", "figures": {"share": float("nan")}}]}

    got = kept_summary(workspace, "RWA", "AZE", 2022, [], compute)
    assert got == {"sentences": [{"text": "x", "figures": {"share": None}}]} and calls == [1]


def test_a_second_brief_is_read_back_and_reads_alike(home):
    first = render(build("Rwanda", "Azerbaijan", workspace=home), "md")
    assert len(kept(home, INPUTS)) == 1 and len(kept(home, BRIEFS)) == 1
    second = render(build("Rwanda", "Azerbaijan", workspace=home), "md")
    assert second == first and len(kept(home, INPUTS)) == 1 and len(kept(home, BRIEFS)) == 1
    packaged = Path(__file__).parent.parent / "src/partnerlens/reference/data/sectors.yaml"
    (home / "sectors.yaml").write_text(packaged.read_text())
    third = render(build("Rwanda", "Azerbaijan", workspace=home), "md")  # the workspace's taxonomy changed: computed
    assert third == first and len(kept(home, INPUTS)) == 2 and len(kept(home, BRIEFS)) == 2
    other = render(build("Rwanda", "Azerbaijan", workspace=home, top=3), "md")  # another question: its own brief
    assert other != first and len(kept(home, BRIEFS)) == 3
