"""Rebuilding a cached evaluation text from a search excerpt (evaluation/rebuild.py), byte for byte or not at all.

Uses the one label whose text the repository holds (a Kremlin transcript mirrored under a CC BY licence), wraps its
body in invented page furniture and a truncated sentence, and checks that only the labelled cut is written.
"""

from __future__ import annotations

import hashlib
import json
import sys
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from evaluation.labels import REPO_TEXTS_DIR, load_labels  # noqa: E402
from evaluation.rebuild import header, main, rebuild  # noqa: E402

ARTICLE = "en21-kremlin-russian-italian-talks-sochi"


@cache
def _label() -> dict:
    return next(label for label in load_labels() if label["id"] == ARTICLE)


def _stored() -> str:
    return (REPO_TEXTS_DIR / f"{ARTICLE}.txt").read_text(encoding="utf-8")


def test_the_header_is_the_stored_texts_header():
    assert _stored().startswith(header(_label()))


def test_a_body_inside_furniture_and_a_truncated_sentence_is_cut_back_exactly():
    label = _label()
    body = _stored()[len(header(label)) :]
    excerpt = "Menu | Events | Press\n" + body.rstrip("\n") + "\nRead also: the President met with the heads of"
    assert rebuild(label, excerpt) == _stored()


def test_a_body_after_the_stores_leading_date_marker_is_found():
    label = _label()
    body = _stored()[len(header(label)) :]
    for marker in (" date 2024-01 ", " date 2025-11-13 ", "date 2019 "):
        assert rebuild(label, marker + body.rstrip("\n") + " Read also") == _stored()


def test_a_changed_character_gives_nothing():
    label = _label()
    body = _stored()[len(header(label)) :].replace("Italy", "Itały", 1)
    assert rebuild(label, body) is None


def test_main_writes_only_matching_texts(tmp_path: Path):
    label = _label()
    body = _stored()[len(header(label)) :]
    answer = {
        "results": [
            {"url": label["url"], "excerpt": "Home\n" + body},
            {"url": "https://example.org/x", "excerpt": body},
        ]
    }
    (tmp_path / "answer.json").write_text(json.dumps(answer), encoding="utf-8")
    into = tmp_path / "texts"
    assert main([str(tmp_path / "answer.json"), "--into", str(into)]) == 0
    assert [path.name for path in into.iterdir()] == [f"{ARTICLE}.txt"]
    written = (into / f"{ARTICLE}.txt").read_bytes()
    assert hashlib.sha256(written).hexdigest() == label["text_sha256"]


def test_the_stores_date_marker_and_doubled_blank_lines_are_undone():
    label = _label()
    body = _stored()[len(header(label)) :]
    excerpt = " date 2017-05-17 " + body.replace("\n", "\n\n")
    assert rebuild(label, excerpt) == _stored()


def test_a_mirrors_tracking_query_string_still_matches_the_label(tmp_path: Path):
    label = _label()
    body = _stored()[len(header(label)) :]
    answer = {"results": [{"url": label["url"] + "?utm_source=rss", "excerpt": body}]}
    (tmp_path / "answer.json").write_text(json.dumps(answer), encoding="utf-8")
    assert main([str(tmp_path / "answer.json"), "--into", str(tmp_path / "texts")]) == 0
    assert (tmp_path / "texts" / f"{ARTICLE}.txt").read_text(encoding="utf-8") == _stored()
