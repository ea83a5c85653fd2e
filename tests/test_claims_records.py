"""Claims are records (issue 12 part 3): accepted articles keep their trade claims, briefs and ``claims list`` show them.

End to end with the installed command on an invented article (nothing from
../shared): ``news add`` → ``news review --accept-all`` → ``claims list`` and
the brief still show the $2 million, $783 million and +15% claims with their
verdicts; ``claims recheck`` after a new release says what changed. The seed
corpus run at the end is skipped when ../shared is not beside the clone.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from _claims_fixtures import AGREEING, DISAGREEING, build_workspace
from partnerlens.brief import build, render
from partnerlens.claims.store import ClaimStore
from partnerlens.store import TradeStore
from partnerlens.workspace import Workspace

COMMAND = Path(sys.executable).with_name("partnerlens")
CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
ARTICLE = """\
Rwanda, Azerbaijan and Kazakhstan look south (an invented example article for partnerlens tests)

Baku, 21 September 2025 — Rwanda and Azerbaijan met again in Baku.

Bilateral trade between Rwanda and Azerbaijan remains small, just $2 million in 2024.

Kazakhstan's trade with African countries hit an all-time high in 2024, surpassing $783 million.

Trade between Kazakhstan and African countries increased by 15% in 2024, reaching $783 million.
"""


def cli(home: Path, *args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
    env = {**os.environ, "COLUMNS": "400"}  # one verdict per line, however rich wraps
    done = subprocess.run(
        [str(COMMAND), "--home", str(home), *args], input=stdin, capture_output=True, text=True, timeout=180, env=env
    )
    assert done.returncode == 0, done.stderr
    return done


@pytest.fixture(scope="module")
def reviewed(tmp_path_factory) -> Path:
    """A workspace (figures far from the claims) whose reviewer accepted the invented article."""
    home = build_workspace(tmp_path_factory.mktemp("reviewed"), DISAGREEING).home
    article = home / "article.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    cli(home, "news", "add", str(article))
    done = cli(home, "news", "review", "--accept-all")
    assert "trade claims kept" in done.stdout and "claims list" in done.stdout
    return home


def _by_metric(claims: list[dict]) -> dict[str, dict]:
    return {c["metric"]: c for c in claims}


def test_accepted_articles_keep_their_claims_with_one_verdict_per_figure(reviewed):
    claims = json.loads(cli(reviewed, "claims", "list", "--json").stdout)["claims"]
    found = _by_metric(claims)
    assert sorted(found) == ["growth", "total"] or len(claims) == 3
    totals = [c for c in claims if c["metric"] == "total"]
    assert sorted(c["value"] for c in totals) == [2e6, 783e6]  # the $783 million statements are one claim
    kaz = next(c for c in totals if c["value"] == 783e6)
    assert [s["qualifier"] for s in kaz["statements"]] == ["more than", None] and len(kaz["claim_ids"]) == 2
    assert kaz["verdict"] == "inconsistent" and kaz["judged_by"] == "trade"
    growth = found["growth"]
    assert growth["line"].startswith("inconsistent [trade data] — claimed +15% vs computed -25%: 40.0 pp apart")
    assert all(c["release"] == "test-claims T1 sha256:000000000000" for c in claims)


def test_claims_list_filters_by_party(reviewed):
    claims = json.loads(cli(reviewed, "claims", "list", "Rwanda", "Azerbaijan", "--json").stdout)["claims"]
    assert [c["value"] for c in claims] == [2e6]
    assert claims[0]["reading"]["parties_from"] == "sentence"
    people = cli(reviewed, "claims", "list", "Kazakhstan", "Africa").stdout
    assert (
        "claimed $783 million (stated 2 times: more than; exact) vs computed $300 million: claimed ÷ computed ×2.61"
        in people
    )
    assert "claimed +15% vs computed -25%: 40.0 pp apart" in people


@pytest.fixture(scope="module")
def demo(tmp_path_factory) -> Path:
    """The demo store (synthetic world) whose reviewer accepted the invented article."""
    home = tmp_path_factory.mktemp("demo")
    cli(home, "data", "demo")
    (home / "article.txt").write_text(ARTICLE, encoding="utf-8")
    cli(home, "news", "add", str(home / "article.txt"))
    cli(home, "news", "review", "--accept-all")
    return home


def _claims_section(home: Path, a: str, b: str) -> str:
    markdown = render(build(a, b, workspace=Workspace.open(home)), "md")
    return markdown.split("Claims checked", 1)[1].split("Methods and sources", 1)[0]


def test_the_brief_lists_the_kept_claims_after_review(demo):
    rwa = _claims_section(demo, "Rwanda", "Azerbaijan")
    kaz = _claims_section(demo, "Kazakhstan", "Africa")
    (row,) = [line for line in rwa.splitlines() if "just $2 million in 2024" in line]
    assert "| just $2.0 million |" in row and "(trade data)" in row and "claimed ÷ computed ×" in row
    (row,) = [line for line in kaz.splitlines() if "surpassing $783 million" in line]
    assert (
        "reaching $783 million" in row and "$783 million (stated 2 times: more than; exact)" in row
    )  # one row, one verdict
    (row,) = [line for line in kaz.splitlines() if "| +15% |" in line]
    assert "pp apart" in row and "(trade data)" in row


def test_every_check_run_is_kept_and_recheck_says_what_changed(tmp_path):
    home = build_workspace(tmp_path, DISAGREEING).home
    (home / "a.txt").write_text(ARTICLE, encoding="utf-8")
    cli(home, "news", "add", str(home / "a.txt"))
    cli(home, "news", "review", "--accept-all")
    first = json.loads(cli(home, "claims", "recheck", "--json").stdout)
    assert first["checked"] == 3 and first["changed"] == 3  # first runs
    again = json.loads(cli(home, "claims", "recheck", "--json").stdout)
    assert again["changed"] == 0

    build_workspace(home, AGREEING, name="test-claims-2")  # a new release that agrees …
    TradeStore(Workspace.open(home)).remove("test-claims")  # … replaces the old one
    after = json.loads(cli(home, "claims", "recheck", "--json").stdout)
    assert after["changed"] == 3
    rwa = next(c for c in after["claims"] if c["value"] == 2e6)
    assert rwa["verdict"] == "consistent" and rwa["previous"]["verdict"] == "inconsistent"
    assert rwa["previous"]["release"].startswith("test-claims T1") and rwa["release"].startswith("test-claims-2 T1")
    people = cli(home, "claims", "recheck").stdout
    assert "3 claims checked, 0 changed" in people and "unchanged" in people

    kept = ClaimStore(Workspace.open(home)).claims()
    runs = {c.id: [r.verdict for r in c.runs] for c in kept}
    rwa_id = rwa["claim_ids"][0]
    assert runs[rwa_id] == ["inconsistent", "inconsistent", "consistent", "consistent"]


def test_nothing_kept_reads_as_such(tmp_path):
    home = build_workspace(tmp_path, AGREEING).home
    assert "No kept claims" in cli(home, "claims", "list").stdout
    bad = subprocess.run(
        [str(COMMAND), "--home", str(home), "claims", "list", "A", "B", "C"], capture_output=True, text=True
    )
    assert bad.returncode == 1 and "at most two parties" in bad.stderr and "Traceback" not in bad.stderr


@pytest.mark.skipif(
    not CORPUS.is_dir(),
    reason="the seed corpus ../shared/corpus is not beside this clone "
    "(the invented article above covers the same behaviour)",
)
def test_seed_articles_on_the_demo_store(demo):
    home = demo
    for name in ("seed-rwanda-azerbaijan-agreements.txt", "seed-kazakhstan-africa.txt"):
        counts = [
            c
            for c in json.loads(cli(home, "check", str(CORPUS / name), "--json").stdout)["claims"]
            if c["metric"] == "count"
        ]
        assert counts and all(
            c["verdict"] != "consistent" for c in counts
        )  # the registry's records cite only these articles
        cli(home, "news", "add", str(CORPUS / name))
    cli(home, "news", "review", "--accept-all")
    kaz = [
        c
        for c in json.loads(cli(home, "claims", "list", "Kazakhstan", "Africa", "--json").stdout)["claims"]
        if "seed-kazakhstan-africa" in (c["article"]["address"] or "")
    ]
    (total,) = [c for c in kaz if c["metric"] == "total"]
    assert len(total["statements"]) == 2  # "surpassing" and "reaching": one verdict
    (growth,) = [c for c in kaz if c["metric"] == "growth"]
    assert "pp apart" in growth["line"]
    rwa = _claims_section(home, "Rwanda", "Azerbaijan")
    kazb = _claims_section(home, "Kazakhstan", "Africa")
    assert "just $2 million in 2024" in rwa and "35 percent" in rwa and "(published figure)" in rwa
    assert "surpassing $783 million" in kazb and "increased by 15%" in kazb
