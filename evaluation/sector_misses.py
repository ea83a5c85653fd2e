"""``python -m evaluation.sector_misses --batch N …``: the article sectors missed and falsely found, per language.

Dev half only (it shows labels one by one); give the tune batches, never the check batches. An article's sectors are
those of all its proposals and their ``areas``, as the scorer reads them (``evaluation.score``). Prints, per language,
each sector id with how often it was missed and falsely found, and the articles of each.
"""

from __future__ import annotations

import argparse
from collections import defaultdict

from evaluation.__main__ import load_article
from evaluation.labels import load_labels


def sector_misses(batches: set[int]) -> dict[str, dict[str, dict[str, list[str]]]]:
    """{language: {"missed"|"false": {sector: [article ids]}}} over the dev articles of ``batches``."""
    from partnerlens.cooperation.extract import extract

    found: dict[str, dict[str, dict[str, list[str]]]] = defaultdict(
        lambda: {"missed": defaultdict(list), "false": defaultdict(list)}
    )
    for label in load_labels():
        if label["split"] != "dev" or label.get("batch", 1) not in batches:
            continue
        article = load_article(label, True, [])
        if article is None:
            continue
        read = {s for p in extract(article) for s in [*p.sectors, *p.areas]}
        gold = set(label.get("sectors") or [])
        for sector in sorted(gold - read):
            found[label["language"]]["missed"][sector].append(label["id"])
        for sector in sorted(read - gold):
            found[label["language"]]["false"][sector].append(label["id"])
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m evaluation.sector_misses")
    parser.add_argument("--batch", type=int, action="append", required=True, help="a tune batch (repeat)")
    args = parser.parse_args(argv)
    for language, kinds in sorted(sector_misses(set(args.batch)).items()):
        for kind, sectors in kinds.items():
            print(f"== {language} {kind}: {sum(len(v) for v in sectors.values())}")
            for sector, ids in sorted(sectors.items(), key=lambda item: -len(item[1])):
                print(f"  {sector:24} {len(ids):3}  {' '.join(ids)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
