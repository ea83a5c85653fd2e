"""``evaluation.unseen``: finding the commit that first met each batch, running that tree's extractor, scoring it.

A throwaway git repository stands for the project's history; the extractor run is the real one, from this
repository's own HEAD exported by ``git archive``, on an invented article.
"""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from evaluation import unseen  # noqa: E402


def _git(repo: Path, *args: str, when: int = 0) -> None:
    stamp = f"@{1_700_000_000 + when} +0000"
    env = os.environ | {
        "GIT_AUTHOR_NAME": "t",
        "GIT_AUTHOR_EMAIL": "t@example.org",
        "GIT_COMMITTER_NAME": "t",
        "GIT_COMMITTER_EMAIL": "t@example.org",
        "GIT_AUTHOR_DATE": stamp,
        "GIT_COMMITTER_DATE": stamp,
    }
    subprocess.run(["git", "-C", str(repo), *args], check=True, capture_output=True, env=env)


def _commit(repo: Path, files: dict[str, str], when: int) -> str:
    for name, text in files.items():
        (repo / name).parent.mkdir(parents=True, exist_ok=True)
        (repo / name).write_text(text)
    _git(repo, "add", "-A")
    _git(repo, "commit", "-q", "-m", f"step {when}", when=when)
    return subprocess.run(["git", "-C", str(repo), "rev-parse", "HEAD"], capture_output=True, text=True).stdout.strip()


def test_each_batch_maps_to_the_commit_that_first_added_one_of_its_labels(tmp_path):
    repo = tmp_path / "repo"
    repo.mkdir()
    _git(repo, "init", "-q")
    code = _commit(repo, {"src/code.py": "x = 1\n"}, when=0)
    first = _commit(repo, {"labels/a1.yaml": "id: a1\n"}, when=10)
    _commit(repo, {"src/code.py": "x = 2\n"}, when=20)
    second = _commit(repo, {"labels/a2.yaml": "id: a2\n", "labels/b1.yaml": "id: b1\n"}, when=30)
    _commit(repo, {"labels/a1.yaml": "id: a1\nbatch: 14\n"}, when=40)  # an edit is no addition

    commits = unseen.first_commits(repo, repo / "labels", {14: ["a1", "a2"], 15: ["b1"], 16: ["none"]})

    assert commits == {14: first, 15: second}
    assert code not in commits.values()


def test_the_dev_only_batches_are_those_between_the_dev_and_test_only_thresholds():
    labels = [{"id": "a", "batch": 13}, {"id": "b", "batch": 14}, {"id": "c", "batch": 42}, {"id": "d", "batch": 43}]
    assert unseen.dev_only_batches(labels) == {14: ["b"], 42: ["c"]}


@pytest.mark.skipif(not (ROOT / ".git").exists(), reason="needs this repository's git history")
def test_the_dump_runs_that_trees_extractor_and_matches_it_run_here(tmp_path, monkeypatch):
    text = (
        "Title: Kenya and Egypt sign three agreements\nSource: https://example.org/a\nLanguage: en\n\n"
        "Nairobi, 12 March 2025 — Kenya and Egypt signed three agreements on trade, energy and health on Tuesday.\n"
        "Trade between the two countries reached $600 million in 2024.\n"
    )
    texts = tmp_path / "texts"
    texts.mkdir()
    (texts / "en-invented.txt").write_text(text, encoding="utf-8")
    label = {"id": "en-invented", "url": "https://example.org/a", "language": "en", "published": None}
    label["text_sha256"] = hashlib.sha256(text.encode()).hexdigest()
    label_path = tmp_path / "en-invented.yaml"
    label_path.write_text(yaml.safe_dump(label), encoding="utf-8")
    monkeypatch.setenv("PARTNERLENS_EVAL_TEXTS", str(texts))
    head = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "HEAD"], capture_output=True, text=True).stdout.strip()

    written = unseen.dump_batch(ROOT, head, [label_path], tmp_path / "out")

    assert written == 1
    dumped = json.loads((tmp_path / "out" / "en-invented.json").read_text(encoding="utf-8"))
    from evaluation.__main__ import load_article

    from partnerlens.cooperation.extract import extract

    here = [p.model_dump(mode="json") for p in extract(load_article(label, True, []))]
    assert dumped == here
    assert any(p["kind"] == "agreement" for p in dumped) and any(p["kind"] == "claim" for p in dumped)


def test_stored_proposals_are_scored_with_todays_scorer(tmp_path):
    label = {"id": "fr-invented", "language": "fr", "batch": 40, "parties": ["KEN", "EGY"]}
    labels = [label, {"id": "fr-old", "language": "fr", "batch": 13}]
    store = tmp_path / "store"
    (store / "b40").mkdir(parents=True)
    proposal = {"kind": "event", "type": "visit", "parties": ["KEN", "USA"], "evidence": {"text": "…"}}
    (store / "b40" / "fr-invented.json").write_text(json.dumps([proposal]), encoding="utf-8")
    (store / "b13").mkdir()
    (store / "b13" / "fr-old.json").write_text("[]", encoding="utf-8")

    pairs = list(unseen.stored(None, store, labels))

    assert pairs == [(label, [proposal])]  # batch 13 is not development-only
    assert list(unseen.stored({41}, store, labels)) == []
    parties = unseen.score_article(label, pairs[0][1]).fields["parties"]
    assert (parties.gold, parties.hit, parties.pred, parties.good) == (2, 1, 2, 1)


def test_score_without_a_store_says_what_to_do(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv(unseen.STORE_ENV, str(tmp_path / "nothing"))
    assert unseen.main(["score"]) == 1
    assert "run `dump` first" in capsys.readouterr().err
