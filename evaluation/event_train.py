"""``python -m evaluation.event_train``: train the detector of events the rules missed and measure it by
leave-one-batch-out cross-validation on the development half.

Development half only: labels with ``split: dev`` of the tune batches. Two sources of proposals, each scored apart:

* **unseen-time** (``--unseen DIR``, default ``evaluation.unseen.store_dir()``): ``b<N>/<id>.json``, the proposals the
  extractor made when it first met dev-only batch N, before anyone tuned on it (where the misses of articles no rule
  was written from are; absent: skipped);
* **today** (``--today DIR``, the same layout, written by ``--dump DIR``): the proposals of the code as it is, without
  the detector (``event_model.added_events`` is given no model).

1. **Rows.** Every sentence that no event or agreement proposal of the source cites is a row: its
   ``event_model.cues`` and ``stems``, and its target — whether it holds an anchor of a labelled event or agreement
   that no event or agreement proposal of the source matches (what the detector should add). The event
   ``event_model.event_from`` reads from it is kept with the row.
2. **Fit.** L2-penalised logistic regression (intercept not penalised) over the standardised cues and the binary
   stems seen in at least ``MIN_DF`` training sentences, by L-BFGS (scipy) from zero: deterministic, so ``--write``
   writes the same file byte for byte from the same labels, texts and proposals.
3. **Cross-validation grouped by batch.** For each batch held out, a model is fitted on the other batches' rows (both
   sources) and its threshold chosen *inside* them (an inner cross-validation by batch over ``THRESHOLDS``: the one that
   adds most right events net of ``FALSE_COST`` × wrong ones; none — threshold 1.0 — when none gains). The held-out
   batch's proposals get the events the model adds and are scored with ``evaluation.score``; the table compares the
   rules alone with rules + model, per source.
4. ``--write`` fits on every row (threshold by the same inner CV) and writes ``data/event_model.json``.
   ``--check`` scores the check batches once, today's rules alone and rules + the written model (aggregate only).

Commands (``PYTHONPATH=$PWD/src:$PWD``, ``PARTNERLENS_EVAL_TEXTS`` the texts' cache)::

    python -m evaluation.event_train --dump /tmp/today            # today's proposals of the tune batches, then CV
    python -m evaluation.event_train --today /tmp/today [--write] [--check]
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from scipy import optimize, sparse

from evaluation import score as scoring
from evaluation.labels import load_labels
from evaluation.unseen import proposals_of, store_dir
from partnerlens.cooperation.extract.event_model import CUES, EventModel

TUNE = (1, 2, 3, 8, 9, 10, 11, *range(14, 43))
CHECK = (4, 5, 6, 7, 12, 13)
THRESHOLDS = (0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9)
FALSE_COST = 0.5
MIN_DF = 3
INNER_FOLDS = 6
L2_CUES = 1.0
L2_STEMS = 4.0


@dataclass
class Row:
    cues: dict[str, float]
    stems: set[str]
    target: bool
    event: dict | None  # the event event_from reads (None when it has fewer than two parties)


@dataclass
class Record:
    """One article under one source of proposals."""

    label: dict
    source: str
    batch: int
    proposals: list[dict]
    rows: list[Row] = field(default_factory=list)


def _texts(proposal: dict) -> list[str]:
    """The proposal's sentences, lower-cased (its evidence and ``also``), as the scorer matches anchors in them."""
    return [e.get("text", "").lower() for e in [proposal.get("evidence") or {}, *(proposal.get("also") or [])]]


def _unmatched_anchors(label: dict, proposals: list[dict]) -> list[list[str]]:
    """Anchors (lower-cased) of each labelled event or agreement no event or agreement proposal matches."""
    texts = [t for p in proposals if p.get("kind") in ("event", "agreement") for t in _texts(p)]
    missed = []
    for item in [*(label.get("events") or []), *(label.get("agreements") or [])]:
        anchors = [a.lower() for a in item.get("anchors") or []]
        if anchors and not any(a in t for a in anchors for t in texts):
            missed.append(anchors)
    return missed


def record_of(label: dict, source: str, proposals: list[dict]) -> Record | None:
    """The article's rows under ``proposals`` (None when its text is not cached)."""
    from evaluation.__main__ import load_article
    from partnerlens.cooperation.extract import article_context, split_sentences
    from partnerlens.cooperation.extract.event_model import candidates, event_from
    from partnerlens.cooperation.models import Proposal

    article = load_article(label, True, [])
    if article is None:
        return None
    text = article.text
    context = article_context(
        text,
        article.source.language,
        published=article.source.published,
        date_hint=article.date_hint,
        title=article.source.title,
    )
    sentences = split_sentences(text)
    models = [Proposal.model_validate(p) for p in proposals]
    missed = _unmatched_anchors(label, proposals)
    record = Record(label, source, int(label.get("batch", 1)), proposals)
    for index, cues, stems in candidates(sentences, context, models):
        sentence = sentences[index].text.lower()
        target = any(any(a in sentence for a in anchors) for anchors in missed)
        event = event_from(sentences[index], context, models)
        record.rows.append(Row(cues, stems, target, event.model_dump(mode="json") if len(event.parties) >= 2 else None))
    return record


def dump_today(out: Path, batches: tuple[int, ...]) -> int:
    """Today's proposals (rules only) of the dev articles of ``batches`` as ``out/b<N>/<id>.json``."""
    from evaluation.__main__ import load_article
    from partnerlens.cooperation.extract import extract
    from partnerlens.cooperation.extract.event_model import rules_only

    written = 0
    for label in load_labels():
        batch = int(label.get("batch", 1))
        if label.get("split") != "dev" or batch not in batches:
            continue
        article = load_article(label, True, [])
        if article is None:
            continue
        target = out / f"b{batch}" / f"{label['id']}.json"
        target.parent.mkdir(parents=True, exist_ok=True)
        with rules_only():
            proposals = [p.model_dump(mode="json") for p in extract(article)]
        target.write_text(json.dumps(proposals, ensure_ascii=False), encoding="utf-8")
        written += 1
    return written


def records(sources: dict[str, Path], batches: tuple[int, ...]) -> list[Record]:
    out = []
    for label in load_labels():
        if label.get("split") != "dev" or int(label.get("batch", 1)) not in batches:
            continue
        for source, store in sources.items():
            proposals = proposals_of(label, store)
            if proposals is None:
                continue
            record = record_of(label, source, proposals)
            if record is not None:
                out.append(record)
    return out


# --- fitting -------------------------------------------------------------------------------------------------------


def fit(rows: list[Row], threshold: float = 1.0) -> EventModel:
    """The L2-penalised logistic regression over ``rows`` (see the module docstring), as the model extraction reads,
    so that cross-validation scores with the very function that ships (``EventModel.probability``)."""
    dense = np.array([[r.cues[c] for c in CUES] for r in rows])
    mean, scale = dense.mean(axis=0), dense.std(axis=0)
    scale[scale == 0] = 1.0
    counts: dict[str, int] = {}
    for r in rows:
        for s in r.stems:
            counts[s] = counts.get(s, 0) + 1
    vocab = sorted(s for s, n in counts.items() if n >= MIN_DF)
    column = {s: i for i, s in enumerate(vocab)}
    indptr, indices = [0], []
    for r in rows:
        indices += sorted(column[s] for s in r.stems if s in column)
        indptr.append(len(indices))
    words = sparse.csr_matrix((np.ones(len(indices)), indices, indptr), shape=(len(rows), len(vocab)))
    x = sparse.hstack([sparse.csr_matrix(np.ones((len(rows), 1))), (dense - mean) / scale, words]).tocsr()
    y = np.array([float(r.target) for r in rows])
    penalty = np.concatenate([[0.0], np.full(len(CUES), L2_CUES), np.full(len(vocab), L2_STEMS)])

    def loss(w: np.ndarray) -> tuple[float, np.ndarray]:
        z = x @ w
        value = float(np.sum(np.logaddexp(0.0, z) - y * z) + 0.5 * np.sum(penalty * w * w))
        gradient = x.T @ (1.0 / (1.0 + np.exp(-z)) - y) + penalty * w
        return value, gradient

    result = optimize.minimize(loss, np.zeros(x.shape[1]), jac=True, method="L-BFGS-B", options={"maxiter": 2000})
    w = result.x
    return EventModel(
        CUES,
        tuple(float(v) for v in mean),
        tuple(float(v) for v in scale),
        tuple(float(v) for v in w[1 : 1 + len(CUES)]),
        float(w[0]),
        threshold,
        {s: float(w[1 + len(CUES) + i]) for i, s in enumerate(vocab)},
    )


def gain(rows_probs: list[tuple[Row, float]], threshold: float) -> float:
    """Right events added minus FALSE_COST × wrong ones, at ``threshold``."""
    return sum(
        (1.0 if row.target else -FALSE_COST) for row, p in rows_probs if p >= threshold and row.event is not None
    )


def choose_threshold(recs: list[Record]) -> float:
    """The threshold of THRESHOLDS with the best gain on out-of-fold probabilities of an inner cross-validation
    (``INNER_FOLDS`` folds of whole batches, every ``INNER_FOLDS``-th batch in one), counted on the unseen-time
    rows when there are any (they stand for articles no rule was written from); 1.0 (add nothing) when none gains."""
    batches = sorted({r.batch for r in recs})
    fold = {batch: i % INNER_FOLDS for i, batch in enumerate(batches)}
    judged = "unseen" if any(r.source == "unseen" for r in recs) else "today"
    scored: list[tuple[Row, float]] = []
    for held in range(INNER_FOLDS):
        model = fit([row for r in recs if fold[r.batch] != held for row in r.rows])
        scored += [
            (row, model.probability(row.cues, row.stems))
            for r in recs
            if fold[r.batch] == held and r.source == judged
            for row in r.rows
        ]
    best = max(THRESHOLDS, key=lambda t: (gain(scored, t), t))
    return best if gain(scored, best) > 0 else 1.0


def detected(record: Record, model: EventModel) -> list[Row]:
    """The rows whose sentence gives an event (two parties) at the model's threshold, as ``added_events`` does."""
    return [
        row
        for row in record.rows
        if row.event is not None and model.probability(row.cues, row.stems) >= model.threshold
    ]


def with_added(record: Record, found: list[Row]) -> list[dict]:
    """The record's proposals and the events of its ``found`` rows (:func:`detected`)."""
    return record.proposals + [row.event for row in found if row.event is not None]


def cross_validate(recs: list[Record]) -> tuple[dict[str, dict], dict[str, dict], list[tuple[int, float, int, int]]]:
    """Per source: (rules alone summary, rules + model summary); per held-out batch: (batch, threshold, added,
    added right)."""
    before: dict[str, list] = {}
    after: dict[str, list] = {}
    folds = []
    for held in sorted({r.batch for r in recs}):
        train = [r for r in recs if r.batch != held]
        model = fit([row for r in train for row in r.rows], choose_threshold(train))
        added = right = 0
        for r in (r for r in recs if r.batch == held):
            found = detected(r, model)
            added += len(found)
            right += sum(row.target for row in found)
            kept = with_added(r, found)
            before.setdefault(r.source, []).append(scoring.score_article(r.label, r.proposals))
            after.setdefault(r.source, []).append(scoring.score_article(r.label, kept))
        folds.append((held, model.threshold, added, right))
        print(f"batch {held}: threshold {model.threshold}, added {added}, on a missed anchor {right}", file=sys.stderr)
    return (
        {s: scoring.summarise(v) for s, v in before.items()},
        {s: scoring.summarise(v) for s, v in after.items()},
        folds,
    )


def _line(name: str, before: dict, after: dict) -> str:
    o, n = before["overall"], after["overall"]
    ev, ev2 = o["fields"]["events"], n["fields"]["events"]
    ag, ag2 = o["fields"]["agreements"], n["fields"]["agreements"]
    return (
        f"{name}: field recall {o['field_recall']:.4f} → {n['field_recall']:.4f}, precision "
        f"{o['field_precision']:.4f} → {n['field_precision']:.4f}, party precision {o['party_precision']:.4f} → "
        f"{n['party_precision']:.4f}; events {ev['hit']} → {ev2['hit']} of {ev['gold']} (predicted {ev['pred']} → "
        f"{ev2['pred']}, right {ev['good']} → {ev2['good']}); agreements {ag['hit']} → {ag2['hit']} of {ag['gold']}"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m evaluation.event_train", description=__doc__.splitlines()[0])
    parser.add_argument("--unseen", type=Path, default=None, help="unseen-time proposals (default: the store)")
    parser.add_argument("--today", type=Path, default=None, help="today's proposals (b<N>/<id>.json)")
    parser.add_argument("--dump", type=Path, default=None, help="write today's proposals here first")
    parser.add_argument("--write", action="store_true", help="fit on everything and write data/event_model.json")
    parser.add_argument("--check", action="store_true", help="score the check batches with the written model")
    parser.add_argument("--no-cv", action="store_true", help="skip the cross-validation")
    args = parser.parse_args(argv)
    if args.dump:
        print(f"{dump_today(args.dump, TUNE)} tune articles dumped to {args.dump}", file=sys.stderr)
        args.today = args.dump
    sources = {"unseen": args.unseen or store_dir()}
    if args.today:
        sources["today"] = args.today
    recs = records(sources, TUNE)
    if not recs:
        print("error: no proposals found for the tune batches (run evaluation.unseen dump, or --dump)", file=sys.stderr)
        return 1
    rows = [row for r in recs for row in r.rows]
    print(f"{len(recs)} records, {len(rows)} sentences, {sum(r.target for r in rows)} on a missed anchor")
    if not args.no_cv:
        before, after, _ = cross_validate(recs)
        for source in before:
            print(_line(source, before[source], after[source]))
    if args.write or args.check:
        from partnerlens.cooperation.extract.event_model import MODEL_PATH

        model = fit(rows, choose_threshold(recs))
        if args.write:
            MODEL_PATH.write_text(model.to_json(), encoding="utf-8")
            print(f"wrote {MODEL_PATH} (threshold {model.threshold})")
        if args.check:
            check = tempfile_dump(CHECK)
            crecs = records({"today": check}, CHECK)
            base = scoring.summarise([scoring.score_article(r.label, r.proposals) for r in crecs])
            added = scoring.summarise(
                [scoring.score_article(r.label, with_added(r, detected(r, model))) for r in crecs]
            )
            print(_line("check (today)", base, added))
    return 0


def tempfile_dump(batches: tuple[int, ...]) -> Path:
    import tempfile

    out = Path(tempfile.mkdtemp(prefix="partnerlens-event-check-"))
    dump_today(out, batches)
    return out


if __name__ == "__main__":
    sys.exit(main())
