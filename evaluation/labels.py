"""The held-out evaluation set: label files, the dev/test split rule and where each article's text lives.

Labels are YAML files in ``evaluation/labels/<id>.yaml`` (see evaluation/README.md
for every field). Article texts are stored in ``evaluation/texts/<id>.txt`` only
when their licence allows redistribution; otherwise they live outside the
repository in ``$PARTNERLENS_EVAL_TEXTS`` (default ``~/.cache/partnerlens/eval-texts``).

The split is deterministic and stratified by batch and language: articles are
added in batches (a label's ``batch``, 1 when absent), and within one batch and
one language the ids are ordered by ``sha256("partnerlens-eval:" + id)`` and
alternate dev, test, dev, test, … — so each language of a batch has articles in
both halves and an odd one out goes to dev. A new batch never moves an article of
an earlier one between halves (an article once in the test half stays there, so
the test half is never something the extractor was tuned on); the labels record
the split they were given, and a test checks that the rule still gives it.

From batch 14 on (``DEV_ONLY_FROM_BATCH``) every article is development-only:
those batches were labelled to find failure classes the tune set no longer
shows, and the test half stays the 89 articles of batches 1–13, so its figures
stay comparable from session to session.

From batch 43 on (``TEST_ONLY_FROM_BATCH``) every article is test-only: fresh articles chosen as users bring them
(not for a weak field), labelled by annotators who write no extraction code, and scored once per session, never
looked at one by one. They enlarge the test half where it is thinnest (37 of its 89 texts are no longer in the
search store) and are reported both apart and with the 89.

From batch 53 on (``DEV_AGAIN_FROM_BATCH``) every article is development-only again: fresh articles as users bring
them, labelled before the extractor ran on them, so that the code of the day can be measured on unseen articles
without touching the test half, and the learned decisions get unseen-time rows (``evaluation.unseen``). Batches 43–52
stay the test-only ones.
"""

from __future__ import annotations

import hashlib
import os
from collections import defaultdict
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
LABELS_DIR = HERE / "labels"
REPO_TEXTS_DIR = HERE / "texts"
TEXTS_ENV = "PARTNERLENS_EVAL_TEXTS"
SPLITS = ("dev", "test")
DEV_ONLY_FROM_BATCH = 14
"""Batches from this one on go wholly to the development half (see the module docstring)."""
TEST_ONLY_FROM_BATCH = 43
"""Batches from this one on (up to ``DEV_AGAIN_FROM_BATCH``) go wholly to the test half (see the module docstring)."""
DEV_AGAIN_FROM_BATCH = 53
"""Batches from this one on go wholly to the development half again (see the module docstring)."""


def dev_only(batch: int) -> bool:
    """Whether every article of ``batch`` is development-only (batches 14–42, and 53 on)."""
    return DEV_ONLY_FROM_BATCH <= batch < TEST_ONLY_FROM_BATCH or batch >= DEV_AGAIN_FROM_BATCH


def split_key(article_id: str) -> str:
    """The hash that orders an article within its language for the split."""
    return hashlib.sha256(f"partnerlens-eval:{article_id}".encode()).hexdigest()


def assign_splits(languages: dict[str, str], batches: dict[str, int] | None = None) -> dict[str, str]:
    """``{id: language}`` (and ``{id: batch}``, default 1) → ``{id: "dev" | "test"}``.

    Ids alternate by hash order within each (batch, language), so adding a batch leaves earlier splits alone;
    batches from ``DEV_ONLY_FROM_BATCH`` on are development-only, from ``TEST_ONLY_FROM_BATCH`` on test-only, from
    ``DEV_AGAIN_FROM_BATCH`` on development-only again.
    """
    batches = batches or {}
    by_language: dict[tuple[int, str], list[str]] = defaultdict(list)
    for article_id, language in languages.items():
        by_language[(batches.get(article_id, 1), language)].append(article_id)
    splits: dict[str, str] = {}
    for (batch, _language), ids in by_language.items():
        for index, article_id in enumerate(sorted(ids, key=split_key)):
            splits[article_id] = _split_of(batch, index)
    return splits


def _split_of(batch: int, index: int) -> str:
    """The half of the ``index``-th article (in hash order) of one language of ``batch``."""
    if dev_only(batch):
        return "dev"
    if batch >= TEST_ONLY_FROM_BATCH:
        return "test"
    return SPLITS[index % 2]


def load_labels(directory: Path = LABELS_DIR) -> list[dict]:
    """Every label file in ``directory``, sorted by id."""
    labels = []
    for path in sorted(directory.glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        if not isinstance(data, dict) or data.get("id") != path.stem:
            raise ValueError(f"{path.name}: the id field must equal the file name")
        labels.append(data)
    return labels


def cache_dir() -> Path:
    """Where texts that may not be redistributed are kept: ``$PARTNERLENS_EVAL_TEXTS`` or the user cache."""
    configured = os.environ.get(TEXTS_ENV)
    return Path(configured).expanduser() if configured else Path.home() / ".cache" / "partnerlens" / "eval-texts"


def text_path(article_id: str) -> Path | None:
    """The stored text of an article: the repository copy first, else the cache; None when neither has it."""
    for directory in (REPO_TEXTS_DIR, cache_dir()):
        candidate = directory / f"{article_id}.txt"
        if candidate.is_file():
            return candidate
    return None


def sha256_bytes(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()
