"""A brief as ``partnerlens brief`` writes it, kept on disk (``brief.output``): the file computed, read back without pandas."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from _flows_fixtures import ingest, random_world
from partnerlens.brief import build, render
from partnerlens.brief.kept import RENDERED
from partnerlens.brief.output import Rendered, rendered
from partnerlens.cli import app
from partnerlens.cooperation.models import Citation, Evidence, Record, Source
from partnerlens.cooperation.storage import Registry
from partnerlens.workspace import Workspace

ECONOMIES = ["RWA", "AZE", "KAZ", "EGY", "KEN", "DEU"]
PRODUCTS = ["090111", "090240", "100199", "260900", "310210", "847130"]
SRC = str(Path(__file__).resolve().parents[1] / "src")
PROBE = """
import atexit, json, sys
atexit.register(lambda: print("MODULES=" + json.dumps(sorted(m for m in sys.modules if m.split('.')[0] in
    ('pandas', 'altair', 'vl_convert', 'partnerlens')))))
sys.argv = ['partnerlens'] + sys.argv[1:]
from partnerlens.cli import main
main()
"""


@pytest.fixture()
def home(tmp_path) -> Path:
    world = random_world(5, ECONOMIES, PRODUCTS, [2021, 2022], density=0.6)
    return ingest(tmp_path / "ws", world, name="demo-rendered", synthetic=True).home


def kept(home: Path) -> list[Path]:
    return sorted(p for p in (home / "cache").glob(f"*/{RENDERED}/*") if not p.name.startswith("."))


def cli(home: Path, *args: str) -> str:
    result = CliRunner().invoke(app, ["--home", str(home), *args], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.stdout


def probe(home: Path, *args: str) -> set[str]:
    """The modules a fresh ``partnerlens --home HOME ARGS…`` process had loaded when it exited."""
    env = os.environ | {"PYTHONPATH": SRC + os.pathsep + os.environ.get("PYTHONPATH", "")}
    run = subprocess.run(
        [sys.executable, "-c", PROBE, "--home", str(home), *args], capture_output=True, text=True, env=env, timeout=600
    )
    assert run.returncode == 0, run.stderr
    line = [x for x in run.stdout.splitlines() if x.startswith("MODULES=")][-1]
    return set(json.loads(line.removeprefix("MODULES=")))


def add_agreement(home: Path, day: str, count: int, sentence: str, address: str) -> None:
    """A signed agreement of Rwanda and Azerbaijan on ``day``, citing ``sentence`` at ``address``, in the registry."""
    Registry(Workspace.open(home)).add(
        Record(
            id=f"agr-aze-rwa-{day}-kept-test",
            kind="agreement",
            type="agreement_signing",
            date=day,
            parties=["AZE", "RWA"],
            count=count,
            sectors=["coffee"],
            sources=[
                Citation(
                    source=Source(address=address),
                    evidence=Evidence(text=sentence, start=0, end=len(sentence)),
                )
            ],
        )
    )


def test_the_kept_file_is_the_rendered_brief_byte_for_byte(home, tmp_path):
    out = tmp_path / "brief.html"
    cli(home, "brief", "Rwanda", "Azerbaijan", "--format", "html", "--out", str(out))
    first = out.read_bytes()
    assert len(kept(home)) == 1
    out.unlink()
    cli(home, "brief", "Rwanda", "Azerbaijan", "--format", "html", "--out", str(out))
    assert out.read_bytes() == first and len(kept(home)) == 1
    assert render(build("Rwanda", "Azerbaijan", workspace=home), "html").encode() == first
    markdown = cli(home, "brief", "Rwanda", "Azerbaijan")  # another format: its own file
    assert markdown == cli(home, "brief", "Rwanda", "Azerbaijan") == render(build("RWA", "AZE", workspace=home), "md")
    assert len(kept(home)) == 2


def test_a_kept_brief_imports_no_pandas_no_analytics_no_chart_engine(home, tmp_path):
    out = tmp_path / "b.html"
    computed = probe(home, "brief", "KAZ", "Africa", "--format", "html", "--out", str(out))
    assert "pandas" in computed and "partnerlens.brief.charts" in computed  # the first brief computes and draws
    first = out.read_bytes()
    again = probe(home, "brief", "KAZ", "Africa", "--format", "html", "--out", str(out))
    assert out.read_bytes() == first
    heavy = {
        "pandas",
        "altair",
        "vl_convert",
        "jinja2",
        "partnerlens.analytics",
        "partnerlens.claims",
        "partnerlens.brief.charts",
    }
    assert not {m for m in again if m.split(".")[0] in heavy or m in heavy or m.startswith("partnerlens.analytics.")}


def test_a_registry_change_renews_the_kept_brief(home):
    before = cli(home, "brief", "RWA", "AZE")
    sentence = "Rwanda and Azerbaijan signed three agreements in Baku on 4 May 2021."
    add_agreement(home, "2021-05-04", 3, sentence, "https://example.org/baku")
    after = cli(home, "brief", "RWA", "AZE")
    assert "https://example.org/baku" not in before and "https://example.org/baku" in after
    assert len(kept(home)) >= 2


def test_an_unreadable_kept_file_is_computed_again(home):
    ws = Workspace.open(home)
    first = rendered("RWA", "AZE", None, "md", workspace=ws, top=10)
    assert isinstance(first, Rendered) and first.synthetic and first.year == 2022
    [path] = kept(home)
    path.write_bytes(b"not json\n")
    again = rendered("RWA", "AZE", None, "md", workspace=ws, top=10)
    assert again == first and path.read_bytes().endswith(first.data)


def test_an_unknown_party_is_one_line_and_keeps_nothing(home, tmp_path):
    result = CliRunner().invoke(app, ["--home", str(home), "brief", "Atlantis", "AZE"])
    assert result.exit_code == 1 and "unknown party 'Atlantis'" in str(result.exception)
    assert kept(home) == []


def test_charts_are_kept_as_svg_and_read_back(home):
    html = render(build("KAZ", "Africa", workspace=home), "html")
    svgs = sorted((home / "cache").glob("*/charts/*/*.svg"))
    assert len(svgs) >= 3 and all(p.read_text(encoding="utf-8") in html for p in svgs)
    for folder in ("briefs", "inputs"):  # the brief computed again: its charts are read, not drawn
        for path in (home / "cache").glob(f"*/{folder}/*.pickle"):
            path.unlink()
    assert render(build("KAZ", "Africa", workspace=home), "html") == html
    marker = '<svg id="kept-chart"></svg>'
    svgs[0].write_text(marker, encoding="utf-8")
    for path in (home / "cache").glob("*/briefs/*.pickle"):
        path.unlink()
    assert marker in render(build("KAZ", "Africa", workspace=home), "html")


def test_a_registry_change_reads_no_article_again(home):
    def extracted() -> dict[Path, int]:
        return {p: p.stat().st_mtime_ns for p in (home / "cache").glob("*/extracted/*.pickle")}

    first = render(build("RWA", "AZE", workspace=home), "md")
    before = extracted()
    assert before, "the pair's records cite articles with evidence"
    sentence = "Rwanda and Azerbaijan signed four agreements in Kigali on 9 June 2021."
    add_agreement(home, "2021-06-09", 4, sentence, "https://example.org/kigali-june")
    second = render(build("RWA", "AZE", workspace=home), "md")
    after = extracted()
    assert second != first and "https://example.org/kigali-june" in second
    assert {p: after[p] for p in before} == before and len(after) == len(before) + 1  # only the new article read
    for path in after:
        path.unlink()
    for path in (home / "cache").glob("*/briefs/*.pickle"):
        path.unlink()
    for path in (home / "cache").glob("*/inputs/*.pickle"):
        path.unlink()
    assert render(build("RWA", "AZE", workspace=home), "md") == second  # read afresh: the same brief
