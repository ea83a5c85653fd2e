"""``python -m evaluation.status_train``: train the status model and measure it by leave-one-batch-out CV.

Development half only: labels with ``split: dev`` of the tune batches. Two sources of proposals, each scored apart:

* **unseen-time** (``--unseen DIR``, default ``evaluation.unseen.store_dir()``): ``b<N>/<id>.json``, the proposals the
  extractor made when it first met dev-only batch N, before anyone tuned on it (absent: skipped);
* **today** (``--today DIR``: the same layout, written by ``--dump DIR``; else extraction is run here): the
  proposals of the code as it is (rules only: extraction does not apply the status model).

1. **Rows.** Every event or agreement proposal that the scorer pairs with a labelled event or agreement with a
   status becomes a row: ``status_model.features`` and the target, whether the label's status is planned or
   announced (still to come).
2. **Fit.** ``party_train.fit``: an L2-penalised logistic regression by IRLS on standardised features,
   deterministic, so the data file it writes is the same byte for byte from the same labels, texts and proposals.
3. **Cross-validation grouped by batch.** For each batch held out (from both sources at once), a model is fitted
   on the other batches' rows and its threshold chosen *inside* them (an inner leave-one-batch-out; the threshold
   of ``THRESHOLDS`` that fixes most statuses net of those it breaks, 1.0 — flip nothing — when none gains). The
   held-out batch's proposals get :func:`status_model.decide` and are scored with ``evaluation.score``; the table
   compares the rules alone with rules + model, per source.
4. ``--write`` fits on every row (threshold by the same inner CV) and writes ``data/status_model.json`` (not
   shipped: cross-validation gained too little; see docs/news.md).
   ``--check`` scores the check batches once, today's rules alone and rules + that model (aggregate only).

Command that writes the shipped file: ``PYTHONPATH=src:. PARTNERLENS_EVAL_TEXTS=<texts> python -m
evaluation.status_train --write``.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import numpy as np

from evaluation import score as scoring
from evaluation.party_train import fit
from evaluation.score import score_article, summarise
from evaluation.unseen import proposals_of, store_dir

TUNE = (1, 2, 3, 8, 9, 10, 11, *range(14, 43))
CHECK = (4, 5, 6, 7, 12, 13)
THRESHOLDS = (0.5, 0.6, 0.7, 0.8, 0.9, 1.0)
UNSEEN = store_dir()


@dataclass
class Record:
    """One article of one source: its label, proposals, and the rows of its paired events and agreements."""

    source: str
    label: dict
    proposals: list[dict]
    published: date | None = None
    rows: list[tuple[int, dict[str, float], bool]] = field(default_factory=list)  # (proposal index, features, ahead)

    @property
    def batch(self) -> int:
        return int(self.label.get("batch", 1))

    @property
    def language(self) -> str:
        return self.label["language"]


def pairs(label: dict, found: list[dict]) -> list[tuple[dict, dict | None]]:
    """Labelled events and agreements with the proposal the scorer pairs them with (as ``evaluation.score``)."""
    events, agreements = label.get("events") or [], label.get("agreements") or []
    candidates = [x for x in found if scoring._event_like(x) and not scoring._agreement_like(x)]
    candidates += [
        x
        for x in found
        if scoring._event_like(x) and scoring._agreement_like(x) and not any(scoring._fits(a, x) for a in agreements)
    ]
    paired = scoring._pair(events, candidates, scoring._fits, scoring._dated_rank)
    agreeing = [x for x in found if scoring._agreement_like(x)]
    return paired + scoring._pair(agreements, agreeing, scoring._fits, scoring._agreement_rank)


def decided(proposal: dict) -> bool:
    """An event or agreement proposal with a status the model may decide."""
    return proposal.get("kind") in ("event", "agreement") and proposal.get("status") is not None


def others(proposals: list[dict], proposal: dict) -> list[dict]:
    """The article's event and agreement proposals other than ``proposal``."""
    return [p for p in proposals if decided(p) and p is not proposal]


def record(source: str, label: dict, proposals: list[dict]) -> Record:
    from evaluation.__main__ import _published
    from partnerlens.cooperation.extract.status_model import AHEAD, features

    published, _ = _published(label)
    rec = Record(source, label, proposals, published)
    index = {id(p): i for i, p in enumerate(proposals)}
    for item, proposal in pairs(label, proposals):
        if proposal is None or item.get("status") is None or not decided(proposal):
            continue
        values = features(proposal, rec.language, published, others(proposals, proposal))
        rec.rows.append((index[id(proposal)], values, item["status"] in AHEAD))
    return rec


def _labels(batches: tuple[int, ...]) -> list[dict]:
    from evaluation.labels import load_labels

    return [x for x in load_labels() if x["split"] == "dev" and int(x.get("batch", 1)) in batches]


def from_dir(source: str, root: Path, batches: tuple[int, ...]) -> list[Record]:
    """Records of the stored proposals under ``root`` (``b<N>/<id>.json``)."""
    out = []
    for label in _labels(batches):
        found = proposals_of(label, root)
        if found is not None:
            out.append(record(source, label, found))
    return out


def extracted(batches: tuple[int, ...], dump: Path | None = None) -> list[Record]:
    """Records of today's extraction (rules only: extraction applies no status model), optionally stored under
    ``dump``."""
    from evaluation.__main__ import load_article
    from partnerlens.cooperation.extract import extract

    out: list[Record] = []
    warnings: list[str] = []
    for label in _labels(batches):
        article = load_article(label, True, warnings)
        if article is None:
            continue
        proposals = [p.model_dump(mode="json") for p in extract(article)]
        if dump is not None:
            folder = dump / f"b{int(label.get('batch', 1))}"
            folder.mkdir(parents=True, exist_ok=True)
            (folder / f"{label['id']}.json").write_text(json.dumps(proposals, ensure_ascii=False), encoding="utf-8")
        out.append(record("today", label, proposals))
    print(f"today: {len(out)} articles read; {len(warnings)} texts missing", file=sys.stderr)
    return out


def matrix(recs: list[Record]) -> tuple[np.ndarray, np.ndarray]:
    from partnerlens.cooperation.extract.status_model import FEATURES

    xs = [[values[f] for f in FEATURES] for r in recs for _, values, _ in r.rows]
    ys = [float(ahead) for r in recs for _, _, ahead in r.rows]
    return np.array(xs, dtype=float).reshape(len(ys), len(FEATURES)), np.array(ys, dtype=float)


def model_from(recs: list[Record], threshold: float) -> dict:
    from partnerlens.cooperation.extract.status_model import FEATURES

    x, y = matrix(recs)
    mean, scale, coef, intercept = fit(x, y)
    return {
        "features": list(FEATURES),
        "mean": [round(float(v), 10) for v in mean],
        "scale": [round(float(v), 10) for v in scale],
        "coef": [round(float(v), 10) for v in coef],
        "intercept": round(intercept, 10),
        "threshold": threshold,
    }


def net(recs: list[Record], probs: list[list[float]], threshold: float) -> int:
    """Statuses fixed minus statuses broken on the rows at ``threshold``."""
    from partnerlens.cooperation.extract.status_model import AHEAD, flipped

    total = 0
    for r, ps in zip(recs, probs, strict=True):
        for (i, _, ahead), p in zip(r.rows, ps, strict=True):
            proposal = r.proposals[i]
            before = proposal["status"] in AHEAD
            after = flipped(proposal["status"], proposal["kind"], p, threshold) in AHEAD
            total += (after == ahead) - (before == ahead)
    return total


def _probs(model: dict, r: Record) -> list[float]:
    from partnerlens.cooperation.extract.status_model import probability

    return [probability(model, values) for _, values, _ in r.rows]


def choose_threshold(recs: list[Record]) -> float:
    """The threshold with the best net fixes on out-of-fold probabilities of an inner leave-one-batch-out."""
    ordered, probs = [], []
    for held in sorted({r.batch for r in recs}):
        model = model_from([r for r in recs if r.batch != held], 1.0)
        for r in (r for r in recs if r.batch == held):
            ordered.append(r)
            probs.append(_probs(model, r))
    best = max(THRESHOLDS, key=lambda t: (net(ordered, probs, t), t))
    return best if net(ordered, probs, best) > 0 else 1.0


def applied(r: Record, model: dict) -> list[dict]:
    """The record's proposals with every event and agreement status decided by ``model``."""
    from partnerlens.cooperation.extract.status_model import decide

    return [
        {**p, "status": decide(p, r.language, r.published, others(r.proposals, p), model)} if decided(p) else p
        for p in r.proposals
    ]


def cross_validate(recs: list[Record]) -> tuple[dict[str, list], dict[str, list], list[tuple[int, float, int]]]:
    """Per source, the scores of the rules alone and of rules + a model fitted without the batch; per fold (batch,
    threshold chosen inside, statuses changed)."""
    from partnerlens.cooperation.extract.status_model import AHEAD

    before: dict[str, list] = {}
    after: dict[str, list] = {}
    folds = []
    for held in sorted({r.batch for r in recs}):
        train = [r for r in recs if r.batch != held]
        model = model_from(train, choose_threshold(train))
        changed = 0
        for r in (r for r in recs if r.batch == held):
            new = applied(r, model)
            changed += sum(a.get("status") != b.get("status") for a, b in zip(new, r.proposals, strict=True))
            for i, _, ahead in r.rows:
                if new[i]["status"] != r.proposals[i]["status"]:
                    FLIPS[
                        (r.source, new[i]["status"], "fixed" if (new[i]["status"] in AHEAD) == ahead else "broken")
                    ] += 1
            before.setdefault(r.source, []).append(score_article(r.label, r.proposals))
            after.setdefault(r.source, []).append(score_article(r.label, new))
        folds.append((held, model["threshold"], changed))
    return before, after, folds


FLIPS: Counter = Counter()  # (source, new status, fixed | broken) of the cross-validation's flips on paired rows
_SHOWN = ("event_status", "agreement_status", "events", "agreements", "event_date", "agreement_date")


def table(name: str, before: list, after: list) -> str:
    """Status fields and field recall, rules alone → rules + model, overall and per language."""
    b, a = summarise(before), summarise(after)
    lines = [f"{name}: {b['overall']['articles']} articles"]
    for group in ["overall", *sorted(k for k in b if k not in ("overall", "all"))]:
        fb, fa = b[group]["fields"], a[group]["fields"]
        cells = "  ".join(f"{f} {fb[f]['hit']}→{fa[f]['hit']}/{fb[f]['gold']}" for f in _SHOWN[:2])
        lines.append(
            f"  {group:8} {cells}  field recall {b[group]['field_recall']:.3f}→{a[group]['field_recall']:.3f}"
            f"  party precision {b[group]['party_precision']:.3f}→{a[group]['party_precision']:.3f}"
        )
    return "\n".join(lines)


def confusion(recs: list[Record]) -> str:
    """Label status × proposal status on paired events and agreements, per source."""
    lines = []
    for source in sorted({r.source for r in recs}):
        counts: Counter = Counter()
        for r in (r for r in recs if r.source == source):
            for item, proposal in pairs(r.label, r.proposals):
                if proposal is not None and item.get("status"):
                    counts[(item["status"], proposal.get("status"))] += 1
        right = sum(v for (g, p), v in counts.items() if g == p)
        lines.append(f"{source}: {right}/{sum(counts.values())} statuses right on found events and agreements")
        lines += [f"  label {g:9} proposal {p!s:9} {v}" for (g, p), v in sorted(counts.items(), key=lambda x: -x[1])]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    from partnerlens.cooperation.extract.status_model import MODEL_PATH

    parser = argparse.ArgumentParser(prog="python -m evaluation.status_train", description=__doc__.split("\n")[0])
    parser.add_argument("--unseen", type=Path, default=UNSEEN, help="unseen-time proposals (b<N>/<id>.json)")
    parser.add_argument("--today", type=Path, help="today's proposals stored by --dump (else extraction runs)")
    parser.add_argument("--dump", type=Path, help="store today's proposals there (b<N>/<id>.json)")
    parser.add_argument("--write", action="store_true", help=f"fit on every row and write {MODEL_PATH.name}")
    parser.add_argument("--out", type=Path, default=MODEL_PATH, help="where --write writes the model")
    parser.add_argument("--check", action="store_true", help="score the check batches once (aggregate only)")
    args = parser.parse_args(argv)
    today = from_dir("today", args.today, TUNE) if args.today else extracted(TUNE, args.dump)
    unseen = from_dir("unseen", args.unseen, TUNE) if args.unseen.is_dir() else []
    recs = unseen + today
    print(confusion(recs))
    print(f"\nrows: {sum(len(r.rows) for r in recs)} ({sum(a for r in recs for *_, a in r.rows)} to come)")
    before, after, folds = cross_validate(recs)
    print("\nleave-one-batch-out (batch, threshold chosen inside, statuses changed):", folds)
    print("flips on paired rows (source, new status, fixed or broken):", dict(sorted(FLIPS.items())))
    for source in before:
        print(table(source, before[source], after[source]))
    if args.write or args.check:
        model = model_from(recs, choose_threshold(recs))
        if args.write:
            args.out.write_text(json.dumps(model, indent=1) + "\n", encoding="utf-8")
            print(f"\nwrote {args.out} (threshold {model['threshold']})")
        if args.check:
            check = extracted(CHECK)
            rules = [score_article(r.label, r.proposals) for r in check]
            learned = [score_article(r.label, applied(r, model)) for r in check]
            print(f"\ncheck set (aggregate; threshold {model['threshold']}):")
            print(table("check", rules, learned).splitlines()[1])
    return 0


if __name__ == "__main__":
    sys.exit(main())
