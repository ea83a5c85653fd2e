"""``python -m evaluation.party_unseen``: the article-party model trained on realistic errors, measured by batch CV.

The thirteenth session's tool (:mod:`evaluation.party_train`) learns from today's proposals on the tune set, where the
rules leave almost no false party to learn from. This tool adds the **unseen-time outputs**: for every dev-only
batch 14–42 the proposals the extractor made when that batch was first labelled, before anyone tuned on it
(``python -m evaluation.unseen dump``: ``<store>/b<N>/<id>.json``, lists of ``Proposal.model_dump(mode="json")``). Those hold the false
article parties an unseen article really produces.

1. **Records.** An unseen-time record: the article loaded as the evaluation loads it, its context rebuilt with
   today's ``extract.context_of``, the stored proposal dicts validated into today's ``Proposal`` (every stored
   proposal validates as it is; the field ``areas``, added after some batches, defaults to empty). A today record:
   the article extracted by today's rules. Both keep (label, proposals, context); features are computed from them.
2. **Cross-validation grouped by batch.** For each batch held out, a model is fitted on the unseen-time rows and
   today's rows of the other batches (today's rows of batches 1–13's dev halves are training rows only), its
   threshold chosen inside them (inner leave-one-batch-out, as ``party_train.choose_threshold``); then the held-out
   batch's unseen-time proposals *and* its today's proposals are pruned and scored with ``evaluation.score``.
3. ``--write`` fits on every batch and writes ``data/party_model.json``; ``--check`` scores the check batches in
   aggregate (rules alone and with that model).

The proposals' directory is outside the repository (``evaluation.unseen.store_dir()``, ``$PARTNERLENS_EVAL_UNSEEN``);
``--unseen`` overrides it.
"""

from __future__ import annotations

import argparse
import os
import pickle
import sys
from dataclasses import dataclass
from pathlib import Path

from evaluation.unseen import proposals_of, store_dir

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")  # a thousand small fits: threads only wait on each other
UNSEEN = store_dir()
TUNE = (1, 2, 3, 8, 9, 10, 11, *range(14, 43))
CHECK = (4, 5, 6, 7, 12, 13)


@dataclass
class Article:
    """One labelled article as read at one time: ``when`` is "unseen" (stored proposals) or "today" (rules now)."""

    label: dict
    when: str
    proposals: list
    context: object

    @property
    def batch(self) -> int:
        return int(self.label.get("batch", 1))


def _labels(batches: tuple[int, ...]) -> list[dict]:
    from evaluation.labels import load_labels

    return [x for x in load_labels() if x["split"] == "dev" and int(x.get("batch", 1)) in batches]


def read(batches: tuple[int, ...], unseen: Path = UNSEEN, today: bool = True) -> list[Article]:
    """Unseen-time articles (batches ≥ 14 with stored proposals) and, with ``today``, today's of every batch."""
    from evaluation.__main__ import load_article
    from partnerlens.cooperation.extract import context_of, extract
    from partnerlens.cooperation.models import Proposal

    warnings: list[str] = []
    out = []
    for label in _labels(batches):
        article = load_article(label, True, warnings)
        if article is None:
            continue
        context = context_of(article)
        raw = proposals_of(label, unseen)
        if raw is not None:
            out.append(Article(label, "unseen", [Proposal.model_validate(d) for d in raw], context))
        if today:
            out.append(Article(label, "today", extract(article), context))
    return out


def cached(path: Path | None, batches: tuple[int, ...], unseen: Path = UNSEEN) -> list[Article]:
    """``read`` through a pickle at ``path`` (read when present, else written)."""
    if path is not None and path.exists():
        with path.open("rb") as handle:
            return [Article(*fields) for fields in pickle.load(handle)]
    arts = read(batches, unseen)
    if path is not None:  # plain tuples: the pickle reads the same whichever module name wrote it
        with path.open("wb") as handle:
            pickle.dump([(a.label, a.when, a.proposals, a.context) for a in arts], handle)
    return arts


@dataclass
class Rows:
    """An article's candidate parties: their features and whether the label holds each."""

    article: Article
    rows: dict[str, dict[str, float]]
    targets: dict[str, bool]

    @property
    def batch(self) -> int:
        return self.article.batch


def rows_of(arts: list[Article]) -> list[Rows]:
    """Every article's candidate parties (``party_model.party_features``) and targets."""
    from partnerlens.cooperation.extract.party_model import party_features

    out = []
    for a in arts:
        rows = party_features(a.context, a.proposals)  # type: ignore[arg-type]
        gold = set(a.label.get("parties") or [])
        out.append(Rows(a, rows, {c: c in gold for c in rows}))
    return out


def fitted(recs: list[Rows], features: tuple[str, ...], threshold: float):
    """The model fitted on ``recs``' candidate parties (IRLS of ``party_train.fit``)."""
    import numpy as np

    from evaluation.party_train import fit
    from partnerlens.cooperation.extract.party_model import PartyModel

    xs = [[row[f] for f in features] for r in recs for row in r.rows.values()]
    ys = [float(t) for r in recs for t in r.targets.values()]
    x = np.array(xs, dtype=float).reshape(len(ys), len(features))
    mean, scale, coef, intercept = fit(x, np.array(ys, dtype=float))
    return PartyModel(features, tuple(mean), tuple(scale), tuple(coef), intercept, threshold)


def out_of_fold(recs: list[Rows], features: tuple[str, ...]) -> list[tuple[Rows, dict[str, float]]]:
    """Each record with its candidates' probabilities under the model fitted without its batch."""
    out = []
    for held in sorted({r.batch for r in recs}):
        model = fitted([r for r in recs if r.batch != held], features, 0.0)
        out += [(r, {c: model.probability(row) for c, row in r.rows.items()}) for r in recs if r.batch == held]
    return out


TRUE_COST = 2.0  # as party_train: a true party dropped costs recall in several fields, a false one kept costs once


def gain(scored: list[tuple[Rows, dict[str, float]]], threshold: float, cost: float = TRUE_COST) -> float:
    """False parties dropped minus ``cost`` × true parties dropped, at ``threshold``."""
    return sum(-cost if r.targets[c] else 1.0 for r, probs in scored for c, p in probs.items() if p < threshold)


def choose_threshold(recs: list[Rows], features: tuple[str, ...], cost: float = TRUE_COST) -> float:
    """The threshold of ``party_train.THRESHOLDS`` with the best gain out of fold (inner leave-one-batch-out); 0
    (drop nothing) when none gains."""
    from evaluation.party_train import THRESHOLDS

    scored = out_of_fold(recs, features)
    best = max(THRESHOLDS, key=lambda t: (gain(scored, t, cost), -t))
    return best if gain(scored, best, cost) > 0 else 0.0


def pruned(r: Rows, model) -> list:
    from partnerlens.cooperation.extract.party_model import drop_parties

    return drop_parties(
        r.article.proposals, {c for c, row in r.rows.items() if model.probability(row) < model.threshold}
    )


def cross_validate(recs: list[Rows], features: tuple[str, ...], held_out: tuple[int, ...], cost: float = TRUE_COST):
    """For each batch of ``held_out``: fit on the other batches (threshold chosen inside), prune the batch's
    unseen-time and today's proposals. Returns {when: (rules summary, rules + model summary)}, the folds
    (batch, threshold, dropped false, dropped true) and the dropped (when, id, party, labelled)."""
    from evaluation.score import score_article, summarise

    scores: dict[str, tuple[list, list]] = {"unseen": ([], []), "today": ([], [])}
    folds, dropped = [], []
    for held in held_out:
        test = [r for r in recs if r.batch == held]
        if not test:
            continue
        train = [r for r in recs if r.batch != held]
        model = fitted(train, features, choose_threshold(train, features, cost))
        false = true = 0
        for r in test:
            weak = {c for c, row in r.rows.items() if model.probability(row) < model.threshold}
            false += sum(not r.targets[c] for c in weak)
            true += sum(r.targets[c] for c in weak)
            dropped += [(r.article.when, r.article.label["id"], c, r.targets[c]) for c in sorted(weak)]
            before, after = scores[r.article.when]
            before.append(score_article(r.article.label, r.article.proposals))
            after.append(score_article(r.article.label, pruned(r, model)))
        folds.append((held, model.threshold, false, true))
        print(f"fold {held}: threshold {model.threshold}, dropped {false} false / {true} true", file=sys.stderr)
    return {w: (summarise(b), summarise(a)) for w, (b, a) in scores.items() if b}, folds, dropped


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m evaluation.party_unseen", description=__doc__.split("\n")[0])
    parser.add_argument("--cache", type=Path, help="pickle of the tune articles (read when present, else written)")
    parser.add_argument("--unseen", type=Path, default=UNSEEN, help="the unseen-time proposals' directory")
    parser.add_argument(
        "--features",
        help="model (default: the shipped model's 22), all (with PLACE_FEATURES) or a comma-separated subset",
    )
    parser.add_argument("--cost", type=float, default=TRUE_COST, help="a true party dropped counts this many false")
    parser.add_argument("--write", action="store_true", help="fit on every tune batch and write the model file")
    parser.add_argument("--out", type=Path, help="where --write writes the model (default: data/party_model.json)")
    parser.add_argument("--check", action="store_true", help="score the check batches once (aggregate only)")
    parser.add_argument("--check-cache", type=Path, help="pickle of the check articles (read when present)")
    args = parser.parse_args(argv)
    from evaluation.party_train import table
    from partnerlens.cooperation.extract.party_model import FEATURES, MODEL_FEATURES, MODEL_PATH

    args.out = args.out or MODEL_PATH
    choices = {"model": MODEL_FEATURES, "all": FEATURES}
    features = choices.get(args.features or "model") or tuple(args.features.split(","))
    recs = rows_of(cached(args.cache, TUNE, args.unseen))
    for when in ("unseen", "today"):
        mine = [r for r in recs if r.article.when == when]
        false = sum(not t for r in mine for t in r.targets.values())
        print(f"{when}: {len(mine)} articles, {sum(len(r.rows) for r in mine)} candidates ({false} not labelled)")
    held = tuple(b for b in TUNE if b >= 14)
    summaries, folds, dropped = cross_validate(recs, features, held, args.cost)
    print("\nleave-one-batch-out (batch, threshold chosen inside, false dropped, true dropped):", folds)
    print("dropped:", dropped)
    for when, (before, after) in summaries.items():
        print(f"\n{when}-time proposals of the held-out batch, rules alone → rules + model:")
        print(table(before, after))
        print(trade(before["overall"], after["overall"]))
    if args.write or args.check:
        model = fitted(recs, features, choose_threshold(recs, features, args.cost))
        if args.write:
            args.out.write_text(model.to_json(), encoding="utf-8")
            print(f"\nwrote {args.out} (threshold {model.threshold})")
        if args.check:
            print(f"\ncheck set (aggregate; threshold {model.threshold}), rules alone → rules + model:")
            print(check(cached(args.check_cache, CHECK, args.unseen), model))
    return 0


def trade(before: dict, after: dict) -> str:
    """Trade figures fully right, rules alone → rules + model."""
    return f"trade fully right {before['trade_fully_right']}/{before['trade_figures']} → {after['trade_fully_right']}"


def check(arts: list[Article], model) -> str:
    """The check batches' today proposals scored in aggregate, rules alone and pruned by ``model``."""
    from evaluation.party_train import table
    from evaluation.score import score_article, summarise

    recs = rows_of([a for a in arts if a.when == "today"])
    rules = summarise([score_article(r.article.label, r.article.proposals) for r in recs])
    learned = summarise([score_article(r.article.label, pruned(r, model)) for r in recs])
    table_ = table({"overall": rules["overall"]}, {"overall": learned["overall"]})
    return table_ + "\n" + trade(rules["overall"], learned["overall"])


if __name__ == "__main__":
    sys.exit(main())
