"""``python -m evaluation.party_train``: train the article-party model and measure it by leave-one-batch-out CV.

What it does, development half only (it refuses nothing else because it reads nothing else: only labels with
``split: dev`` in the batches given are loaded):

1. **Records.** Every article of the tune batches is read as ``news add`` reads it (rules only: the shipped model
   is not applied, ``prune`` is called by us), its context rebuilt with ``extract.context_of``, and every
   party some proposal carries becomes a row: its features (``party_model.FEATURES``) and its target, whether the
   label's ``parties`` holds it. States the gazetteer finds that no proposal kept are counted (recall headroom).
2. **Fit.** An L2-penalised logistic regression by Newton's method (IRLS) in numpy on standardised features:
   deterministic, so the data file it writes is the same byte for byte from the same labels and texts.
3. **Cross-validation grouped by batch.** For each tune batch held out, a model is fitted on the other batches and
   its threshold chosen *inside* those batches (an inner leave-one-batch-out gives out-of-fold probabilities; the
   threshold is the one of ``THRESHOLDS`` that maximises false parties dropped minus ``TRUE_COST`` × true parties
   dropped, 0 — drop nothing — when none gains). The held-out batch's proposals are then pruned and scored with
   ``evaluation.score``; the table compares the rules alone with rules + model, per language.
4. ``--write`` fits on all tune batches (threshold chosen by the same inner CV) and writes ``data/party_model.json``.
   ``--check`` scores the check batches once, rules alone and rules + that model (aggregate only).

The check batches are only ever summed (``--check`` prints no article).
"""

from __future__ import annotations

import argparse
import pickle
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from evaluation.score import score_article, summarise

TUNE = (1, 2, 3, 8, 9, 10, 11, 14, 15, 16, 17, 18, 19, 20, 21, 22)
CHECK = (4, 5, 6, 7, 12, 13)
THRESHOLDS = (0.0, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5)
TRUE_COST = 2.0  # a true party dropped costs recall in several fields; a false one kept costs party precision once
L2 = 1.0


@dataclass
class Record:
    """One article: its label, the rules' proposals, each candidate party's features and target."""

    label: dict
    proposals: list
    rows: dict[str, dict[str, float]]
    headroom: int = 0  # labelled parties the gazetteer names that no proposal carries
    targets: dict[str, bool] = field(default_factory=dict)
    named: dict[str, dict[str, float]] = field(default_factory=dict)  # states named that no proposal carries
    named_targets: dict[str, bool] = field(default_factory=dict)

    @property
    def batch(self) -> int:
        return int(self.label.get("batch", 1))


def records(labels: Iterable[dict], offline: bool = True) -> tuple[list[Record], list[str]]:
    """Records of the labelled articles whose texts are present (rules only), and the warnings of those missing."""
    from evaluation.__main__ import load_article
    from partnerlens.cooperation.extract import context_of, extract
    from partnerlens.cooperation.extract.party_model import party_features

    warnings: list[str] = []
    out = []
    for label in labels:
        article = load_article(label, offline, warnings)
        if article is None:
            continue
        proposals = extract(article)
        context = context_of(article)
        rows = party_features(context, proposals)
        gold = set(label.get("parties") or [])
        named = list(dict.fromkeys(m.party for m in context.mentions if m.party not in rows))
        others = party_features(context, proposals, named)
        targets = {c: c in gold for c in rows}
        out.append(
            Record(label, proposals, rows, len(set(named) & gold), targets, others, {c: c in gold for c in others})
        )
    return out, warnings


def matrix(recs: list[Record], features: tuple[str, ...], named: bool = False) -> tuple[np.ndarray, np.ndarray]:
    """Features (rows: candidate parties in record order, then with ``named`` the states named that no proposal
    carries) and targets."""
    xs = [[row[f] for f in features] for r in recs for row in r.rows.values()]
    ys = [float(t) for r in recs for t in r.targets.values()]
    if named:
        xs += [[row[f] for f in features] for r in recs for row in r.named.values()]
        ys += [float(t) for r in recs for t in r.named_targets.values()]
    return np.array(xs, dtype=float).reshape(len(ys), len(features)), np.array(ys, dtype=float)


def fit(x: np.ndarray, y: np.ndarray, l2: float = L2) -> tuple[np.ndarray, np.ndarray, np.ndarray, float]:
    """(mean, scale, coef, intercept) of an L2-penalised logistic regression (intercept not penalised), by IRLS."""
    mean = x.mean(axis=0)
    scale = x.std(axis=0)
    scale[scale == 0] = 1.0
    z = np.hstack([np.ones((len(x), 1)), (x - mean) / scale])
    w = np.zeros(z.shape[1])
    penalty = np.full(z.shape[1], l2)
    penalty[0] = 0.0
    for _ in range(100):
        p = 1.0 / (1.0 + np.exp(-(z @ w)))
        gradient = z.T @ (p - y) + penalty * w
        hessian = (z * (p * (1 - p))[:, None]).T @ z + np.diag(penalty) + 1e-9 * np.eye(len(w))
        step = np.linalg.solve(hessian, gradient)
        w -= step
        if np.max(np.abs(step)) < 1e-10:
            break
    return mean, scale, w[1:], float(w[0])


def model_from(recs: list[Record], features: tuple[str, ...], threshold: float, named: bool = False):
    """The model fitted on ``recs``' candidate parties (with ``named``, on the states named that no proposal carries
    too: many more states named in passing to learn from)."""
    from partnerlens.cooperation.extract.party_model import PartyModel

    x, y = matrix(recs, features, named=named)
    mean, scale, coef, intercept = fit(x, y)
    return PartyModel(features, tuple(mean), tuple(scale), tuple(coef), intercept, threshold)


def gain(recs: list[Record], probabilities: list[dict[str, float]], threshold: float) -> float:
    """False parties dropped minus TRUE_COST × true parties dropped, at ``threshold``."""
    total = 0.0
    for record, probs in zip(recs, probabilities, strict=True):
        for code, p in probs.items():
            if p < threshold:
                total += -TRUE_COST if record.targets[code] else 1.0
    return total


def choose_threshold(recs: list[Record], features: tuple[str, ...], named: bool = False) -> float:
    """The threshold of THRESHOLDS with the best gain on out-of-fold probabilities of an inner leave-one-batch-out."""
    batches = sorted({r.batch for r in recs})
    probs: list[dict[str, float]] = []
    ordered: list[Record] = []
    for held in batches:
        inner = [r for r in recs if r.batch != held]
        model = model_from(inner, features, 0.0, named)
        for r in (r for r in recs if r.batch == held):
            ordered.append(r)
            probs.append({code: model.probability(row) for code, row in r.rows.items()})
    best = max(THRESHOLDS, key=lambda t: (gain(ordered, probs, t), -t))
    return best if gain(ordered, probs, best) > 0 else 0.0


def out_of_fold(recs: list[Record], features: tuple[str, ...], named: bool = False) -> list[tuple[float, bool]]:
    """(probability, labelled) of every candidate party, each from the model fitted without its batch."""
    out = []
    for held in sorted({r.batch for r in recs}):
        model = model_from([r for r in recs if r.batch != held], features, 0.0, named)
        for r in (r for r in recs if r.batch == held):
            out += [(model.probability(row), r.targets[code]) for code, row in r.rows.items()]
    return out


def sweep(scored: list[tuple[float, bool]]) -> str:
    """At each threshold, the candidates the out-of-fold model would drop: (not labelled, labelled)."""
    cells = []
    for t in THRESHOLDS[1:]:
        false = sum(p < t and not y for p, y in scored)
        true = sum(p < t and y for p, y in scored)
        cells.append(f"{t:.2f}: {false} false / {true} true")
    negatives = sorted(p for p, y in scored if not y)
    ranks = [sum(q < p for q, _ in scored) + 1 for p in negatives]
    return "; ".join(cells) + f"\nranks of the false parties among {len(scored)} (1 = least likely): {ranks}"


def pruned(record: Record, model) -> list:
    from partnerlens.cooperation.extract.party_model import drop_parties

    weak = {code for code, row in record.rows.items() if model.probability(row) < model.threshold}
    return drop_parties(record.proposals, weak)


def cross_validate(
    recs: list[Record], features: tuple[str, ...], named: bool = False
) -> tuple[dict, dict, list[tuple[int, float, int]]]:
    """(rules alone summary, rules + model summary, per held-out batch: (batch, threshold, parties dropped))."""
    before, after, folds = [], [], []
    for held in sorted({r.batch for r in recs}):
        train = [r for r in recs if r.batch != held]
        model = model_from(train, features, choose_threshold(train, features, named), named)
        dropped = 0
        for r in (r for r in recs if r.batch == held):
            kept = pruned(r, model)
            dropped += len({c for p in r.proposals for c in p.parties} - {c for p in kept for c in p.parties})
            before.append(score_article(r.label, r.proposals))
            after.append(score_article(r.label, kept))
        folds.append((held, model.threshold, dropped))
    return summarise(before), summarise(after), folds


COMPARED = ("parties", "event_parties", "agreements", "trade_parties")


def table(before: dict, after: dict) -> str:
    """Per language: party precision and recall, field recall and precision, and the party-bearing fields' recall."""
    head = "| | " + " | ".join(before) + " |"
    lines = [head, "| --- |" + " --- |" * len(before)]

    def cells(getter) -> str:
        out = []
        for lang in before:
            a, b = getter(before[lang]), getter(after[lang])
            out.append("-" if a is None else f"{a:.3f} → {b:.3f}")
        return " | ".join(out)

    lines.append("| party precision | " + cells(lambda g: g["party_precision"]) + " |")
    lines.append("| party recall | " + cells(lambda g: g["fields"]["parties"]["recall"]) + " |")
    for name in COMPARED[1:]:
        lines.append(f"| {name} recall | " + cells(lambda g, n=name: g["fields"][n]["recall"]) + " |")
    lines.append("| field recall | " + cells(lambda g: g["field_recall"]) + " |")
    lines.append("| field precision | " + cells(lambda g: g["field_precision"]) + " |")
    lines.append("| articles | " + " | ".join(str(before[lang]["articles"]) for lang in before) + " |")
    return "\n".join(lines)


def _labels(batches: tuple[int, ...]) -> list[dict]:
    from evaluation.labels import load_labels

    return [x for x in load_labels() if x["split"] == "dev" and int(x.get("batch", 1)) in batches]


def _cached(path: Path | None, batches: tuple[int, ...]) -> list[Record]:
    if path is not None and path.exists():
        with path.open("rb") as handle:
            return pickle.load(handle)
    recs, warnings = records(_labels(batches))
    print(f"{len(recs)} articles read; {len(warnings)} texts missing", file=sys.stderr)
    if path is not None:
        with path.open("wb") as handle:
            pickle.dump(recs, handle)
    return recs


def main(argv: list[str] | None = None) -> int:
    from partnerlens.cooperation.extract.party_model import FEATURES, MODEL_PATH, TEXT_FEATURES

    parser = argparse.ArgumentParser(prog="python -m evaluation.party_train", description=__doc__.split("\n")[0])
    parser.add_argument("--cache", type=Path, help="pickle of the tune records (read when present, else written)")
    parser.add_argument("--write", action="store_true", help=f"fit on all tune batches and write {MODEL_PATH.name}")
    parser.add_argument("--out", type=Path, default=MODEL_PATH, help="where --write writes the model")
    parser.add_argument("--check", action="store_true", help="score the check batches once (aggregate only)")
    parser.add_argument(
        "--check-cache", type=Path, help="pickle of the check records (read when present, else written)"
    )
    parser.add_argument(
        "--features",
        help="all (default), text (features of the text only, trained on every state named too), "
        "or a comma-separated subset",
    )
    args = parser.parse_args(argv)
    choices = {"all": FEATURES, "text": TEXT_FEATURES, "all+named": FEATURES}
    features = choices.get(args.features or "all") or tuple(args.features.split(","))
    learn_named = args.features in ("text", "all+named")
    recs = _cached(args.cache, TUNE)
    candidates = sum(len(r.rows) for r in recs)
    false = sum(not t for r in recs for t in r.targets.values())
    headroom = sum(r.headroom for r in recs)
    print(
        f"tune: {len(recs)} articles, {candidates} candidate parties ({false} not labelled); "
        f"{headroom} labelled parties named in the text but carried by no proposal"
    )
    named_false = sum(not t for r in recs for t in r.named_targets.values())
    print(f"states named that no proposal carries: {sum(len(r.named) for r in recs)} ({named_false} not labelled)")
    print("\nout-of-fold drops by threshold:", sweep(out_of_fold(recs, features, learn_named)))
    before, after, folds = cross_validate(recs, features, learn_named)
    print("\nleave-one-batch-out (batch, threshold chosen inside, parties dropped):", folds)
    print(table(before, after))
    if args.write or args.check:
        model = model_from(recs, features, choose_threshold(recs, features, learn_named), learn_named)
        if args.write:
            args.out.write_text(model.to_json(), encoding="utf-8")
            print(f"\nwrote {args.out} (threshold {model.threshold})")
        if args.check:
            check = _cached(args.check_cache, CHECK)
            rules = summarise([score_article(r.label, r.proposals) for r in check])
            learned = summarise([score_article(r.label, pruned(r, model)) for r in check])
            probs = [(model.probability(row), r.targets[c]) for r in check for c, row in r.rows.items()]
            print("\ncheck set, drops by threshold of the model fitted on all tune batches (aggregate):", sweep(probs))
            print(f"\ncheck set (aggregate; threshold {model.threshold}):")
            print(table({"overall": rules["overall"]}, {"overall": learned["overall"]}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
