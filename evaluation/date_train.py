"""``python -m evaluation.date_train``: train the choice among candidate dates and measure it by leave-one-batch-out
CV on two sets of outputs: the extractor's as it was when each dev-only batch was first labelled (``--unseen DIR``:
``b<N>/<id>.json`` lists of ``Proposal.model_dump(mode="json")``), and today's rules on the tune batches.

1. **Records.** ``--dump DIR`` reads every dev article of the tune batches as ``news add`` does (the date model not
   applied), and writes ``DIR/<id>.json``: its batch, today's proposals and the article's ``view`` (text, date
   mentions, publication, dateline: what :mod:`partnerlens.cooperation.extract.date_choice` reads). Later runs
   read ``--records DIR`` instead of extracting again.
2. **Examples.** Each labelled agreement or event paired with a proposal (the scorer's own pairing) gives one
   example: the proposal's candidates (``date_choice.candidates``), their features, and the labelled date (None
   when the label leaves it undated: then "no date" is the right candidate).
3. **Fit.** Pointwise L2-penalised logistic regression by Newton's method in numpy (the right candidate 1, the
   others 0): deterministic, so ``--write`` writes the same file byte for byte from the same labels and outputs.
   The margin by which a candidate must beat the rules' date is chosen inside the training batches (inner
   leave-one-batch-out) from ``MARGINS``, maximising dates right minus dates given wrong.
4. **CV.** For each batch held out, fit on every other batch (both sets of outputs), choose the margin inside them,
   and count on the held-out batch, separately for unseen-time and today's outputs: labelled dates right, dates
   given, dates given wrong — rules alone against rules + model.
5. ``--write FILE`` fits on everything (margin by the same inner CV) and writes the model there, byte for byte the
   same from the same labels and outputs. No model is shipped: held out, it gained nothing (docs/news.md).

Commands (from a worktree, ``PYTHONPATH=$PWD/src:$PWD``, ``PARTNERLENS_EVAL_TEXTS`` the texts' cache)::

    python -m evaluation.date_train --dump /tmp/date-records --unseen ~/.cache/partnerlens/eval-unseen   # extract, then CV
    python -m evaluation.date_train --records /tmp/date-records --unseen ~/.cache/partnerlens/eval-unseen [--no-inner]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from evaluation import date_candidates as C
from evaluation import score as S
from evaluation.labels import load_labels
from evaluation.unseen import proposals_of

TUNE = (1, 2, 3, 8, 9, 10, 11, *range(14, 43))
MARGINS = (0.0, 0.5, 1.0, 2.0, 3.0, float("inf"))
WRONG_COST = 1.0
L2 = 1.0


@dataclass
class Example:
    """One labelled agreement or event and the proposal paired with it."""

    batch: int
    language: str
    source: str  # "unseen" or "today"
    article: str
    gold: str | None
    rule: str | None
    values: list[str | None]
    rows: np.ndarray  # one row of features per candidate


def dump(directory: Path, batches: tuple[int, ...] = TUNE) -> None:
    """Today's proposals and views of the tune batches' dev articles, one file each (step 1)."""
    from evaluation.__main__ import load_article
    from partnerlens.cooperation.extract import context_of, extract

    directory.mkdir(parents=True, exist_ok=True)
    for label in load_labels():
        if label["split"] != "dev" or int(label.get("batch", 1)) not in batches:
            continue
        article = load_article(label, True, [])
        if article is None:
            continue
        proposals = [p.model_dump(mode="json") for p in extract(article)]
        record = {"id": label["id"], "batch": int(label.get("batch", 1)), "view": C.view(context_of(article))}
        record["proposals"] = proposals
        (directory / f"{label['id']}.json").write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")


def _pairs(label: dict, found: list[dict]):
    events, agreements = label.get("events") or [], label.get("agreements") or []
    loose = [x for x in found if S._event_like(x) and not S._agreement_like(x)]
    loose += [
        x for x in found if S._event_like(x) and S._agreement_like(x) and not any(S._fits(a, x) for a in agreements)
    ]
    yield from S._pair(events, loose, S._fits, S._dated_rank)
    yield from S._pair(agreements, [x for x in found if S._agreement_like(x)], S._fits, S._agreement_rank)


def examples(records: Path, unseen: Path | None) -> list[Example]:
    """Step 2 over today's outputs and, when given, the unseen-time ones (on the same articles' views)."""
    labels = {label["id"]: label for label in load_labels()}
    names = C.feature_names()
    out: list[Example] = []
    for path in sorted(records.glob("*.json")):
        record = json.loads(path.read_text(encoding="utf-8"))
        label, view, batch = labels[record["id"]], record["view"], record["batch"]
        sets = [("today", record["proposals"])]
        old = proposals_of(label, unseen) if unseen else None
        if old is not None:
            sets.append(("unseen", old))
        for source, found in sets:
            for item, proposal in _pairs(label, found):
                if proposal is None:
                    continue
                options = C.candidates(proposal, found, view)
                rows = np.array([C.vector(C.features(c, proposal, view), names) for c in options])
                rule = C.label_of(proposal.get("date"), proposal.get("date_precision"))
                out.append(
                    Example(
                        batch,
                        label["language"],
                        source,
                        record["id"],
                        item.get("date"),
                        rule,
                        [c.value for c in options],
                        rows,
                    )
                )
    return out


def fit(train: list[Example]) -> tuple[np.ndarray, float]:
    """Weights and bias of the pointwise logistic regression (Newton's method, L2 on the weights). Features are
    0/1, so identical rows are fitted once with their counts (the same optimum, far fewer rows)."""
    x = np.vstack([e.rows for e in train])
    y = np.concatenate([[float(v == e.gold) for v in e.values] for e in train])
    rows, inverse = np.unique(x, axis=0, return_inverse=True)
    inverse = inverse.reshape(-1)
    total = np.bincount(inverse, minlength=len(rows)).astype(float)
    positive = np.bincount(inverse, weights=y, minlength=len(rows))
    x1 = np.hstack([rows, np.ones((len(rows), 1))])
    w = np.zeros(x1.shape[1])
    penalty = np.full(x1.shape[1], L2)
    penalty[-1] = 0.0
    for _ in range(50):
        p = 1.0 / (1.0 + np.exp(-np.clip(x1 @ w, -30, 30)))
        gradient = x1.T @ (total * p - positive) + penalty * w
        hessian = (x1 * (total * p * (1 - p))[:, None]).T @ x1 + np.diag(penalty + 1e-9)
        step = np.linalg.solve(hessian, gradient)
        w -= step
        if np.max(np.abs(step)) < 1e-10:
            break
    return w[:-1], float(w[-1])


def decide(example: Example, weights: np.ndarray, bias: float, margin: float) -> str | None:
    scores = example.rows @ weights + bias
    rule = scores[example.values.index(example.rule)]
    best = int(np.argmax(scores))
    return example.values[best] if scores[best] - rule > margin else example.rule


def tally(chosen: list[tuple[Example, str | None]]) -> dict[str, int]:
    right = sum(v is not None and v == e.gold for e, v in chosen)
    given = sum(v is not None for _, v in chosen)
    return {"right": right, "given": given, "wrong": given - right}


def _gain(chosen: list[tuple[Example, str | None]]) -> float:
    counts = tally(chosen)
    return counts["right"] - WRONG_COST * counts["wrong"]


def choose_margin(train: list[Example]) -> float:
    """The margin that does best on the training batches, each scored by a model fitted without it."""
    batches = sorted({e.batch for e in train})
    scored: dict[float, list] = defaultdict(list)
    for held in batches:
        inner = [e for e in train if e.batch != held]
        weights, bias = fit(inner)
        for e in (e for e in train if e.batch == held):
            for margin in MARGINS:
                scored[margin].append((e, decide(e, weights, bias, margin)))
    return max(MARGINS, key=lambda m: (_gain(scored[m]), m))


def cross_validate(data: list[Example], inner: bool = True) -> dict:
    """Held-out counts per batch set of outputs: rules alone against rules + model (steps 3–4)."""
    out: dict = {s: {"rules": [], "model": []} for s in ("unseen", "today")}
    margins = []
    for held in sorted({e.batch for e in data}):
        train = [e for e in data if e.batch != held]
        weights, bias = fit(train)
        margin = choose_margin(train) if inner else 0.0
        margins.append(margin)
        for e in (e for e in data if e.batch == held):
            out[e.source]["rules"].append((e, e.rule))
            out[e.source]["model"].append((e, decide(e, weights, bias, margin)))
    table = {s: {k: tally(v) for k, v in d.items()} for s, d in out.items()}
    changed = [
        [e.source, e.article, e.gold, e.rule, chosen]
        for s in out.values()
        for (e, chosen) in s["model"]
        if chosen != e.rule
    ]
    per_language: dict = {}
    for s, d in out.items():
        for k, v in d.items():
            for lang in sorted({e.language for e, _ in v}):
                per_language.setdefault(s, {}).setdefault(lang, {})[k] = tally(
                    [(e, c) for e, c in v if e.language == lang]
                )
    return {"table": table, "per_language": per_language, "margins": margins, "changed": changed}


def write(data: list[Example], path: Path) -> dict:
    """The model fitted on every example, as JSON (features by name, weights, bias, margin)."""
    weights, bias = fit(data)
    model = {
        "bias": round(bias, 6),
        "features": C.feature_names(),
        "margin": choose_margin(data),
        "weights": [round(float(w), 6) for w in weights],
    }
    path.write_text(json.dumps(model, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    return model


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m evaluation.date_train")
    ap.add_argument("--dump", type=Path, help="extract the tune batches and write their records here")
    ap.add_argument("--records", type=Path, help="records written by --dump")
    ap.add_argument(
        "--unseen", type=Path, help="unseen-time outputs: b<N>/<id>.json (python -m evaluation.unseen dump)"
    )
    ap.add_argument("--no-inner", action="store_true", help="margin 0 instead of one chosen by inner CV (faster)")
    ap.add_argument("--write", type=Path, help="fit on everything and write the model to this file")
    args = ap.parse_args(argv)
    if args.dump:
        dump(args.dump)
        args.records = args.records or args.dump
    if args.records is None:
        ap.error("give --records DIR (or --dump DIR)")
    data = examples(args.records, args.unseen)
    if args.write:
        model = write(data, args.write)
        print(f"wrote {args.write} (margin {model['margin']})")
        return 0
    result = cross_validate(data, inner=not args.no_inner)
    json.dump(result, sys.stdout, indent=1)
    print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
