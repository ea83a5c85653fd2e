"""``python -m evaluation.unseen``: what the extractor did on each batch when it first met it, before any tuning.

Every development-only batch (14 on) was labelled and committed before the extractor ran on it; the helpers then
wrote rules from its misses. Today's code on those batches is the tune set, and scores what was fitted to it. The
code *as it was at the commit that added a batch's labels* is an honest measure of unseen articles, and its
proposals are the realistic errors a learned decision can be trained on (the session-18 models are).

* ``dump`` — for every batch (or the ``--batch`` given): the earliest commit adding one of its label files
  (``first_commits``), that tree exported with ``git archive`` into a temporary directory, and its extractor run
  there on the batch's articles (labels of today, texts from the cache); each article's proposals are written as
  ``<store>/b<N>/<id>.json`` (``Proposal.model_dump(mode="json")``). The store is ``$PARTNERLENS_EVAL_UNSEEN``, by
  default ``~/.cache/partnerlens/eval-unseen``: proposals quote article sentences, so they stay out of the
  repository like the texts.
* ``score`` — those proposals scored with today's ``evaluation.score`` (so a change of the scorer applies to old
  outputs too), as a table or ``--json``.

Usage::

    python -m evaluation.unseen dump [--batch N …]
    python -m evaluation.unseen score [--batch N …] [--json]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

from evaluation.labels import LABELS_DIR, dev_only, load_labels
from evaluation.score import score_article, summarise

STORE_ENV = "PARTNERLENS_EVAL_UNSEEN"
REPO = LABELS_DIR.parent.parent

_RUNNER = """
import json, sys
from pathlib import Path
import yaml
from evaluation.__main__ import load_article
from partnerlens.cooperation.extract import extract

out = Path(sys.argv[1])
for name in sys.argv[2:]:
    label = yaml.safe_load(Path(name).read_text(encoding="utf-8"))
    warnings = []
    article = load_article(label, True, warnings)
    if article is None:
        continue
    proposals = [p.model_dump(mode="json") for p in extract(article)]
    (out / (label["id"] + ".json")).write_text(json.dumps(proposals, ensure_ascii=False), encoding="utf-8")
"""
"""Run inside the old tree: the evaluation's own ``load_article`` and ``extract`` have kept these signatures."""


def store_dir() -> Path:
    """Where unseen-time proposals are kept: ``$PARTNERLENS_EVAL_UNSEEN`` or the user cache."""
    configured = os.environ.get(STORE_ENV)
    return Path(configured).expanduser() if configured else Path.home() / ".cache" / "partnerlens" / "eval-unseen"


def dev_only_batches(labels: list[dict]) -> dict[int, list[str]]:
    """``{batch: [label id, …]}`` of the development-only batches."""
    batches: dict[int, list[str]] = {}
    for label in labels:
        batch = int(label.get("batch", 1))
        if dev_only(batch):
            batches.setdefault(batch, []).append(label["id"])
    return batches


def _git(repo: Path, *args: str) -> str:
    return subprocess.run(["git", "-C", str(repo), *args], check=True, capture_output=True, text=True).stdout


def first_commit(repo: Path, paths: list[str]) -> str | None:
    """The earliest commit (by commit time) that added one of ``paths`` (relative to ``repo``), or None."""
    found = []
    for path in paths:
        lines = _git(repo, "log", "--diff-filter=A", "--format=%ct %H", "--", path).split()
        found += [(int(lines[i]), lines[i + 1]) for i in range(0, len(lines), 2)]
    return min(found)[1] if found else None


def first_commits(repo: Path, labels_dir: Path, batches: dict[int, list[str]]) -> dict[int, str]:
    """``{batch: commit}``: the commit that first added a label file of each batch."""
    relative = labels_dir.resolve().relative_to(repo.resolve())
    commits = {}
    for batch, ids in sorted(batches.items()):
        commit = first_commit(repo, [str(relative / f"{i}.yaml") for i in ids])
        if commit is not None:
            commits[batch] = commit
    return commits


def dump_batch(repo: Path, commit: str, label_paths: list[Path], out: Path, python: str = sys.executable) -> int:
    """Run the extractor of ``commit`` on the labels' articles; write one JSON file per article read into ``out``."""
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="partnerlens-unseen-") as tmp:
        archive = subprocess.run(["git", "-C", str(repo), "archive", commit], check=True, capture_output=True).stdout
        subprocess.run(["tar", "-x", "-C", tmp], input=archive, check=True)
        env = os.environ | {"PYTHONPATH": f"{tmp}/src{os.pathsep}{tmp}"}
        subprocess.run([python, "-c", _RUNNER, str(out), *map(str, label_paths)], check=True, cwd=tmp, env=env)
    return sum(1 for path in label_paths if (out / f"{path.stem}.json").is_file())


def proposals_of(label: dict, store: Path | None = None) -> list[dict] | None:
    """The unseen-time proposal dicts stored for one article (``<store>/b<N>/<id>.json``), or None."""
    path = (store or store_dir()) / f"b{int(label.get('batch', 1))}" / f"{label['id']}.json"
    return json.loads(path.read_text(encoding="utf-8")) if path.is_file() else None


def stored(
    batches: set[int] | None = None, store: Path | None = None, labels: list[dict] | None = None
) -> Iterator[tuple[dict, list[dict]]]:
    """(label, proposal dicts) of every development-only article whose unseen-time proposals are stored."""
    for label in load_labels() if labels is None else labels:
        batch = int(label.get("batch", 1))
        if not dev_only(batch) or (batches and batch not in batches):
            continue
        found = proposals_of(label, store)
        if found is not None:
            yield label, found


def main(argv: list[str] | None = None) -> int:
    from evaluation.__main__ import table

    parser = argparse.ArgumentParser(prog="python -m evaluation.unseen", description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=("dump", "score"))
    parser.add_argument("--batch", type=int, action="append", metavar="N", help="this batch only (repeatable)")
    parser.add_argument("--json", action="store_true", help="score: print the summary as JSON")
    args = parser.parse_args(argv)
    chosen = set(args.batch or [])
    if args.command == "dump":
        batches = {b: ids for b, ids in dev_only_batches(load_labels()).items() if not chosen or b in chosen}
        for batch, commit in first_commits(REPO, LABELS_DIR, batches).items():
            paths = [LABELS_DIR / f"{i}.yaml" for i in batches[batch]]
            written = dump_batch(REPO, commit, paths, store_dir() / f"b{batch}")
            print(f"batch {batch}: {commit[:10]}, {written} of {len(paths)} articles", file=sys.stderr)
        return 0
    scores = [] if not store_dir().is_dir() else [score_article(lab, found) for lab, found in stored(chosen)]
    if not scores:
        print(f"error: no unseen-time proposals in {store_dir()}; run `dump` first", file=sys.stderr)
        return 1
    summary = summarise(scores)
    print(json.dumps({"summary": summary}, indent=1) if args.json else table(summary))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
