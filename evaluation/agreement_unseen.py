"""The agreements of the dev half not read right, for whoever tunes the extractor:
``python -m evaluation.agreement_unseen --batch 1 --batch 2 …`` (dev half only, like ``--misses`` for trade).

Per article, each labelled agreement that no proposal found (``found``), or whose count, status or date was read
wrong (with the proposal it paired with), then the agreement proposals that paired with no labelled agreement and
fit none (``precision``: what was read that nobody labelled), and duplicates (``duplicate``: a second agreement
proposal anchored on a labelled agreement already paired). Pairing is the scorer's own (:mod:`evaluation.score`);
the test half is never listed (its labels are not looked at one by one).
"""

from __future__ import annotations

import argparse
import json

from evaluation.misses import miss_lines, paired_misses
from evaluation.score import _agreement_like, _agreement_rank, _fits, _pair, as_dict, date_label


def agreement_misses(label: dict, proposals: list) -> list[dict]:
    """The agreements of one article not read right: ``gold`` (count, instrument, status, date, anchors), ``read``
    (the paired proposal's count, instrument, status, date and evidence, or None) and ``wrong`` (the fields that
    differ, ``["found"]``, ``["precision"]`` or ``["duplicate"]``)."""
    found = [as_dict(p) for p in proposals]
    agreements = label.get("agreements") or []
    candidates = [x for x in found if _agreement_like(x)]
    pairs = _pair(agreements, candidates, _fits, _agreement_rank)
    misses = paired_misses(pairs, _wrong, _gold_view, _read_view)
    used = {id(p) for _, p in pairs if p is not None}
    events = label.get("events") or []
    for proposal in candidates:
        if id(proposal) in used or proposal.get("kind") != "agreement":
            continue
        if any(_fits(item, proposal) for item in agreements):
            misses.append({"gold": None, "read": _read_view(proposal), "wrong": ["duplicate"]})
        elif not any(_fits(item, proposal) for item in events):
            misses.append({"gold": None, "read": _read_view(proposal), "wrong": ["precision"]})
    return misses


def _wrong(item: dict, proposal: dict) -> list[str]:
    given = date_label(proposal.get("date"), proposal.get("date_precision"))
    checks = {
        "count": item.get("count") is None or item.get("count") == proposal.get("count"),
        "status": item.get("status") is None or item.get("status") == proposal.get("status"),
        "date": given == item.get("date"),
    }
    return [name for name, ok in checks.items() if not ok]


def _gold_view(item: dict) -> dict:
    return {key: item.get(key) for key in ("count", "instrument", "status", "date", "anchors")}


def _read_view(proposal: dict | None) -> dict | None:
    if proposal is None:
        return None
    keys = ("type", "count", "instrument", "status")
    view = {key: proposal.get(key) for key in keys}
    view["date"] = date_label(proposal.get("date"), proposal.get("date_precision"))
    return view | {"evidence": (proposal.get("evidence") or {}).get("text")}


def misses_text(rows: list[tuple[str, str, list[dict]]], only: set[str] | None = None) -> str:
    """Per article, its agreements not read right (``only``: the kinds of miss to show)."""
    lines = []
    for ident, language, misses in rows:
        shown = [m for m in misses if only is None or set(m["wrong"]) & only]
        if not shown:
            continue
        lines.append(f"== {ident} ({language})")
        lines += miss_lines(shown)
    return "\n".join(lines) if lines else "no agreement missed"


def main(argv: list[str] | None = None) -> int:
    from evaluation.__main__ import load_article
    from evaluation.labels import load_labels
    from evaluation.score import score_article, summarise
    from partnerlens.cooperation.extract import extract

    parser = argparse.ArgumentParser(prog="python -m evaluation.agreement_unseen", description=__doc__.splitlines()[0])
    parser.add_argument("--batch", type=int, action="append", metavar="N", help="batches to read (dev half only)")
    parser.add_argument("--id", action="append", help="articles to read (dev half only; default: every one)")
    parser.add_argument("--only", action="append", help="kinds of miss: found, count, status, date, precision, …")
    parser.add_argument("--scores", metavar="FILE", help="also write the scores as python -m evaluation --json does")
    args = parser.parse_args(argv)
    batches = set(args.batch) if args.batch else None
    warnings: list[str] = []
    rows, scores, counted = [], [], []
    for label in load_labels():
        if label["split"] != "dev" or (batches is not None and label.get("batch", 1) not in batches):
            continue
        if args.id and label["id"] not in args.id:
            continue
        article = load_article(label, True, warnings)
        if article is None:
            continue
        proposals = extract(article)
        rows.append((label["id"], label["language"], agreement_misses(label, proposals)))
        score = score_article(label, proposals)
        scores.append(score)
        counted.append(
            {
                "id": score.id,
                "language": score.language,
                "trade_fully_right": score.trade_full,
                "trade_figures": score.trade_total,
                "fields": {name: vars(counts) for name, counts in score.fields.items()},
            }
        )
    print(misses_text(rows, set(args.only) if args.only else None))
    if args.scores:
        document = {"split": "dev", "batches": sorted(batches) if batches else None, "summary": summarise(scores)}
        with open(args.scores, "w", encoding="utf-8") as out:
            json.dump(document | {"articles": counted, "warnings": warnings}, out, ensure_ascii=False, indent=2)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
