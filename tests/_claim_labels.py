"""Hand labels: the quantitative claims in the five articles of ../shared/corpus.

Each label names the article, the figure as it is written (``anchor``, with
``occurrence`` when the same words appear twice) and what a correct reading
of the claim is. Trade claims are money and percentages about trade; count
claims are numbers the cooperation registry can hold (agreements signed, KPIs
such as diplomatic missions or students). Labelled by reading the articles,
not the extractor's output; figures that are not claims about trade or about
registry counts ("a three-day visit", "NST2 runs from 2024 to 2029", "his
second visit") are not labelled.

``parties`` is the set a correct reading names (ISO3 codes, ``africa`` for
"African countries"); for KPI counts the claim's own subject party suffices.
``qualifier`` is the kind of bound (see ``claims.verdict.qualifier_kind``).
"""

from __future__ import annotations

from dataclasses import dataclass

CORPUS_FILES = (
    "africapress-kagame-upcoming-visit-kazakhstan.txt",
    "ktpress-kagame-in-kazakhstan.txt",
    "seed-kazakhstan-africa.txt",
    "seed-rwanda-azerbaijan-agreements.txt",
    "seed-rwanda-azerbaijan-reflections.txt",
)


@dataclass(frozen=True)
class Label:
    article: str
    anchor: str
    metric: str  # total | exports | imports | growth | share | rank | count
    parties: frozenset[str]
    value: float  # USD, fraction or count
    year: int | None
    occurrence: int = 1
    flow: str | None = None  # for growth and share
    sector: str | None = None
    qualifier: str = "exact"
    subject: str | None = None  # what a count counts

    @property
    def is_count(self) -> bool:
        return self.metric == "count"


AGREEMENTS = "seed-rwanda-azerbaijan-agreements.txt"
KAZ_AFRICA = "seed-kazakhstan-africa.txt"
RWA_AZE = frozenset({"RWA", "AZE"})
KAZ_AFR = frozenset({"KAZ", "africa"})

LABELS = (
    # Rwanda–Azerbaijan, the agreements article
    Label(AGREEMENTS, "five intergovernmental agreements", "count", RWA_AZE, 5, 2025, subject="agreements"),
    Label(AGREEMENTS, "only one Rwandan student", "count", RWA_AZE, 1, 2025, subject="students"),
    Label(
        AGREEMENTS,
        "$700 million",
        "exports",
        frozenset({"RWA"}),
        700e6,
        2022,
        sector="three_t",
        qualifier="lower_bound",
    ),
    Label(AGREEMENTS, "35 percent", "share", frozenset({"RWA"}), 0.35, 2022, flow="exports", sector="three_t"),
    Label(AGREEMENTS, "$2 million", "total", RWA_AZE, 2e6, 2024),
    # Kazakhstan–Africa
    Label(KAZ_AFRICA, "one in 2012", "count", frozenset({"KAZ"}), 1, 2012, subject="diplomatic missions"),
    Label(KAZ_AFRICA, "six in 2025", "count", frozenset({"KAZ"}), 6, 2025, subject="diplomatic missions"),
    Label(KAZ_AFRICA, "$783 million", "total", KAZ_AFR, 783e6, 2024, qualifier="lower_bound"),
    Label(KAZ_AFRICA, "one mission in 2012", "count", frozenset({"KAZ"}), 1, 2012, subject="diplomatic missions"),
    Label(KAZ_AFRICA, "six in 2025", "count", frozenset({"KAZ"}), 6, 2025, occurrence=2, subject="diplomatic missions"),
    Label(KAZ_AFRICA, "15%", "growth", KAZ_AFR, 0.15, 2024, flow="total"),
    Label(KAZ_AFRICA, "$783 million", "total", KAZ_AFR, 783e6, 2024, occurrence=2),
)
