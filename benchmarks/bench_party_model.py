"""CPU share of the article-party model (features + probabilities) beside extraction, on development articles.

What ``extract.party_model.prune`` costs extraction per article (wired in since the eighteenth session, so
``extract`` below includes it once), measured in the same loop as ``extract`` itself (so load on a shared machine touches both alike): for every article, CPU time of ``extract``,
then of ``party_features`` and the shipped model's probabilities (the context is rebuilt outside the timed part:
extraction already has it). Rounds repeat the whole set; the median share is reported.

    PYTHONPATH=$PWD/src:$PWD PARTNERLENS_EVAL_TEXTS=/work/eval-texts \\
        python benchmarks/bench_party_model.py --rounds 3 --batch 17 --batch 19
"""

from __future__ import annotations

import argparse
import statistics
import time


def main() -> None:
    from evaluation.__main__ import load_article
    from evaluation.labels import load_labels

    from partnerlens.cooperation.extract import context_of, extract
    from partnerlens.cooperation.extract.party_model import PartyModel, party_features, shipped_model

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--batch", type=int, action="append", default=[])
    args = parser.parse_args()
    model = shipped_model()
    assert isinstance(model, PartyModel), "no party model shipped"
    labels = [x for x in load_labels() if x["split"] == "dev" and int(x.get("batch", 1)) in set(args.batch or [17])]
    articles = [a for a in (load_article(x, True, []) for x in labels) if a is not None]
    shares = []
    for round_ in range(1, args.rounds + 1):
        extracting = judging = 0.0
        for article in articles:
            start = time.process_time()
            proposals = extract(article)
            extracting += time.process_time() - start
            context = context_of(article)
            start = time.process_time()
            for row in party_features(context, proposals).values():
                model.probability(row)
            judging += time.process_time() - start
        shares.append(judging / extracting)
        print(
            f"round {round_}: {len(articles)} articles, extract CPU {extracting:.2f} s, "
            f"features + model CPU {judging * 1000:.1f} ms ({judging / extracting:.2%})"
        )
    print(f"median share of extraction CPU: {statistics.median(shares):.2%}")


if __name__ == "__main__":
    main()
