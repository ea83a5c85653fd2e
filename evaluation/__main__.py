"""``python -m evaluation --split dev|test [--json] [--offline]``: run extraction on one half of the set and score it.

Texts come from evaluation/texts/ (openly licensed ones), else the cache
directory (``$PARTNERLENS_EVAL_TEXTS``, default ~/.cache/partnerlens/eval-texts).
A text found in neither is fetched from its URL with partnerlens's own article
reader, with a warning when its checksum differs from the labelled one (the
scores then describe another text); with ``--offline`` or no network the run
names the missing texts and scores the rest. Each article goes through
``partnerlens.cooperation.article`` and ``partnerlens.cooperation.extract.extract``
exactly as ``news add`` reads a file. Only the split asked for is read.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date

from evaluation.labels import SPLITS, TEXTS_ENV, cache_dir, load_labels, sha256_bytes, text_path
from evaluation.misses import misses_text, trade_misses
from evaluation.score import FIELDS, score_article, summarise

_HEADER_KEYS = ("title", "source", "url", "author", "publisher", "published", "date", "note", "language")


def reader_bytes(data: bytes) -> bytes:
    """The stored file as the article reader takes it: the ``Language:`` header line (ours, not the reader's) removed."""
    lines = data.decode("utf-8").split("\n")
    kept, in_header = [], True
    for line in lines:
        key = line.split(":", 1)[0].strip().casefold() if ":" in line else None
        if in_header and key in _HEADER_KEYS:
            if key != "language":
                kept.append(line)
            continue
        in_header = False
        kept.append(line)
    return "\n".join(kept).encode("utf-8")


def load_article(label: dict, offline: bool, warnings: list[str]):
    """The Article for a label, or None (with a warning) when its text cannot be had."""
    from partnerlens.cooperation.article import article_from_bytes, read_article
    from partnerlens.errors import PartnerlensError

    path = text_path(label["id"])
    if path is not None:
        data = path.read_bytes()
        if sha256_bytes(data) != label["text_sha256"]:
            warnings.append(f"{label['id']}: stored text differs from the labelled one (checksum); scores may not hold")
        published, hint = _published(label)
        return article_from_bytes(reader_bytes(data), address=str(path), published=published, date_hint=hint)
    if offline:
        warnings.append(f"{label['id']}: text missing (offline); not scored")
        return None
    try:
        published, hint = _published(label)
        article = read_article(label["url"], published=published, date_hint=hint)
    except PartnerlensError as exc:
        warnings.append(f"{label['id']}: text missing and not fetched ({exc}); not scored")
        return None
    warnings.append(
        f"{label['id']}: fetched from {label['url']}; checksum differs from the labelled text, "
        "labels describe the stored excerpt"
    )
    return article


def _published(label: dict) -> tuple[date | None, tuple[int, int | None] | None]:
    """The label's publication date at the precision it has: (day, None), or (None, (year, month)) when the
    label knows only the month or the year (relative dates are then read at that precision, as a reader does)."""
    from partnerlens.cooperation.article import publication

    value = label.get("published")
    if isinstance(value, date):
        return value, None
    return publication(str(value)) if value else (None, None)


def run(
    split: str, offline: bool = False, batches: set[int] | None = None, misses: bool = False
) -> tuple[dict, list[dict], list[str]]:
    """Scores of one split, optionally of some batches only: (summary, per-article rows, warnings). With ``misses``
    (dev half only) each row also holds its trade figures not read fully right (``evaluation.score.trade_misses``)."""
    if misses and split == "test":
        raise ValueError("misses show labels one by one: dev half only")
    from partnerlens.cooperation.extract import extract

    warnings: list[str] = []
    scores, rows = [], []
    chosen = [
        item
        for item in load_labels()
        if item["split"] == split and (batches is None or item.get("batch", 1) in batches)
    ]
    for label in chosen:
        article = load_article(label, offline, warnings)
        if article is None:
            continue
        proposals = extract(article)
        score = score_article(label, proposals)
        scores.append(score)
        row = {
            "id": score.id,
            "language": score.language,
            "trade_fully_right": score.trade_full,
            "trade_figures": score.trade_total,
            "fields": {name: vars(counts) for name, counts in score.fields.items()},
        }
        if misses:
            row["trade_misses"] = trade_misses(label, proposals)
        rows.append(row)
    return summarise(scores), rows, warnings


def _cell(numbers: dict) -> str:
    recall, precision = numbers["recall"], numbers["precision"]
    r = "  -  " if recall is None else f"{recall:.2f}"
    p = "  -  " if precision is None else f"{precision:.2f}"
    return f"{r}/{p} ({numbers['gold']:>2})"


def table(summary: dict) -> str:
    """Fields down, languages across: recall/precision (labelled count)."""
    groups = list(summary)
    width = 18
    lines = ["field".ljust(18) + "".join(g.rjust(width) for g in groups)]
    for name in FIELDS:
        lines.append(name.ljust(18) + "".join(_cell(summary[g]["fields"][name]).rjust(width) for g in groups))

    def ratio(value):
        return "  -  " if value is None else f"{value:.2f}"

    lines.append("field recall".ljust(18) + "".join(ratio(summary[g]["field_recall"]).rjust(width) for g in groups))
    lines.append(
        "field precision".ljust(18) + "".join(ratio(summary[g]["field_precision"]).rjust(width) for g in groups)
    )
    lines.append(
        "party precision".ljust(18) + "".join(ratio(summary[g]["party_precision"]).rjust(width) for g in groups)
    )
    lines.append(
        "trade fully right".ljust(18)
        + "".join(f"{summary[g]['trade_fully_right']}/{summary[g]['trade_figures']}".rjust(width) for g in groups)
    )
    lines.append("articles".ljust(18) + "".join(str(summary[g]["articles"]).rjust(width) for g in groups))
    return "\n".join(lines)


def _of(batches: set[int] | None) -> str:
    return "" if not batches else " of batch " + ", ".join(str(b) for b in sorted(batches))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m evaluation", description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=SPLITS, required=True, help="which half to score (tune on dev only)")
    parser.add_argument("--json", action="store_true", help="print the summary and per-article counts as JSON")
    parser.add_argument("--offline", action="store_true", help="never fetch a missing text")
    parser.add_argument(
        "--batch",
        type=int,
        action="append",
        metavar="N",
        help="score only articles of batch N (repeatable; default: every batch)",
    )
    parser.add_argument(
        "--misses",
        action="store_true",
        help="print, per article, the trade figures not read fully right and the claims that paired with none "
        "(dev half only)",
    )
    args = parser.parse_args(argv)
    if args.misses and args.split == "test":
        print("error: --misses shows labels one by one; it runs on the dev half only", file=sys.stderr)
        return 2
    batches = set(args.batch) if args.batch else None
    summary, rows, warnings = run(args.split, offline=args.offline, batches=batches, misses=args.misses)
    for warning in warnings:
        print(f"warning: {warning}", file=sys.stderr)
    if summary["overall"]["articles"] == 0:
        print(
            f"error: no text of the {args.split} half{_of(batches)} could be read; "
            f"put them in {cache_dir()} or set ${TEXTS_ENV}",
            file=sys.stderr,
        )
        return 1
    if args.misses and not args.json:
        print(misses_text(rows))
        return 0
    if args.json:
        print(
            json.dumps(
                {
                    "split": args.split,
                    "batches": sorted(batches) if batches else None,
                    "summary": summary,
                    "articles": rows,
                    "warnings": warnings,
                },
                ensure_ascii=False,
                indent=1,
            )
        )
    else:
        print(f"split: {args.split}{_of(batches)} · cells: recall/precision (labelled facts)")
        print(table(summary))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
