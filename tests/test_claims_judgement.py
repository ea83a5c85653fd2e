"""Verdicts a journalist can print (issue 12 parts 1, 2, 4; issue 10 part 2), on invented sentences.

* independence — a count only the checked article backs is ``unverifiable``;
* one reading, one verdict — repeated figures grouped, bounds intersected;
* rates compared in percentage points; the most important caveat first;
* reading confidence — low-confidence readings never give a bare verdict;
* published figures judge national totals, GDP and shares of total exports.

Stores come from ``_claims_fixtures`` (figures set on purpose); nothing here
reads ../shared.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from _claims_fixtures import AGREEING, DISAGREEING, build_workspace
from partnerlens.claims import check
from partnerlens.claims.model import CheckedClaim, Claim, Statement
from partnerlens.claims.present import comparison, verdict_label, verdict_line
from partnerlens.claims.reading import derive
from partnerlens.claims.verdict import bounds, bounds_all, judge
from partnerlens.cooperation.models import Citation, Evidence, Record, Source
from partnerlens.cooperation.storage import Registry
from partnerlens.reference.published import economy_figure

KAZ_AFRICA = (
    "Kazakhstan's trade with African countries hit an all-time high in 2024, surpassing $783 million. "
    "Trade between Kazakhstan and African countries increased by 15% in 2024, reaching $783 million."
)


@pytest.fixture(scope="module")
def stores(tmp_path_factory):
    return {
        name: build_workspace(tmp_path_factory.mktemp(name), rows)
        for name, rows in (("agreeing", AGREEING), ("disagreeing", DISAGREEING))
    }


# -- one reading, one verdict ------------------------------------------------------------


def test_a_figure_stated_twice_is_judged_once_with_both_statements(stores):
    results = check(
        KAZ_AFRICA, stores["disagreeing"]
    )  # 300 million computed: "surpassing" alone would be inconsistent too
    totals = [r for r in results if r.claim.metric == "total"]
    assert len(totals) == 1
    (total,) = totals
    assert [s.qualifier for s in total.claim.statements] == ["more than", None]
    assert total.verdict == "inconsistent" and "stated 2 times" in comparison(total)


def test_surpassing_and_reaching_give_one_verdict_even_when_the_bound_alone_would_hold(tmp_path):
    # 2,653 million computed: "surpassing $783 million" holds (loosely), "reaching $783 million" does not;
    # read together the figure is $783 million (at least), so the one verdict is inconsistent, with the scale first
    rows = [(2023, "KAZ", "EGY", "100199", 2520e6), (2024, "KAZ", "EGY", "100199", 2653e6)]
    (total, growth) = [
        r for r in check(KAZ_AFRICA, build_workspace(tmp_path, rows)) if r.claim.metric in ("total", "growth")
    ]
    assert total.verdict == "inconsistent" and total.ratio == pytest.approx(783 / 2653)
    assert total.caveats[0].id == "scale_mismatch"
    assert growth.verdict == "inconsistent"


@given(
    value=st.floats(1, 1e12),
    computed=st.floats(0, 1e13),
    qualifiers=st.lists(
        st.sampled_from([None, "more than", "surpassing", "less than", "about", "nearly", "just"]),
        min_size=1,
        max_size=3,
    ),
)
def test_grouped_statements_agree_only_when_every_statement_does(value, computed, qualifiers):
    together = judge(value, computed, qualifiers).verdict == "consistent"
    each = all(judge(value, computed, q).verdict == "consistent" for q in qualifiers)
    low, high = bounds_all(value, qualifiers)
    if low is None or high is None or low <= high:
        assert together == each
    else:
        assert not together


def test_one_qualifier_reads_the_same_as_before():
    assert bounds_all(700e6, ["more than"]) == bounds(700e6, "more than")
    assert judge(700e6, 650e6, "more than").verdict == "consistent"


def test_growth_is_compared_in_percentage_points(stores):
    (growth,) = [r for r in check(KAZ_AFRICA, stores["disagreeing"]) if r.claim.metric == "growth"]
    assert growth.difference == pytest.approx(0.15 - (300 / 400 - 1))
    line = comparison(growth)
    assert line == f"claimed +15% vs computed -25%: {abs(growth.difference) * 100:.1f} pp apart"
    assert growth.to_dict()["difference_pp"] == pytest.approx(40.0)


def test_the_verdict_line_puts_the_most_important_caveat_first(stores):
    (total,) = [
        r for r in check("Bilateral trade between Rwanda and Azerbaijan was $2 million in 2024.", stores["disagreeing"])
    ]
    severities = [c.severity for c in total.caveats]
    assert severities == sorted(severities, reverse=True)
    assert total.caveats[0].id == "scale_mismatch"  # 20 million computed for 2 claimed
    assert "Scale mismatch" in verdict_line(total)
    assert "claimed $2.0 million vs computed $20.0 million: claimed ÷ computed ×0.10" in verdict_line(total)


# -- reading confidence ---------------------------------------------------------------------


def test_a_reading_says_where_parties_and_year_came_from():
    stated = derive(["RWA", "AZE"], 2024, "Trade between Rwanda and Azerbaijan was $2 million in 2024.")
    assert (stated.parties_from, stated.year_from, stated.confidence) == ("sentence", "stated", 1.0)
    inferred = derive(["RWA", "AZE"], 2024, "Bilateral trade remains small, just $2 million.")
    assert (inferred.parties_from, inferred.year_from) == ("context", "context")
    assert inferred.confidence < 0.6 and inferred.notes == ["parties from context", "year inferred"]


def test_a_low_confidence_reading_never_gives_a_bare_verdict(stores):
    text = "Rwanda and Azerbaijan met again in 2024. Bilateral trade remains small, just $2 million."
    (total,) = [r for r in check(text, stores["agreeing"]) if r.claim.metric == "total"]
    assert total.verdict == "consistent" and total.confidence < 0.6
    assert verdict_label(total).startswith("consistent (low-confidence reading: ")
    assert total.caveats[0].id == "low_confidence" and total.to_dict()["low_confidence"] is True
    sure = check("Trade between Rwanda and Azerbaijan was just $2 million in 2024.", stores["agreeing"])[0]
    assert verdict_label(sure) == "consistent" and sure.confidence == 1.0


# -- independence of evidence ---------------------------------------------------------------


ARTICLE = "Kenya and Uzbekistan signed three intergovernmental agreements in Nairobi on 3 March 2025."


def _agreement(source: Source, sentence: str) -> Record:
    return Record(
        id="agr-ken-uzb-2025-03-03-test",
        kind="agreement",
        type="agreement_signing",
        date="2025-03-03",
        parties=["KEN", "UZB"],
        count=3,
        sources=[Citation(source=source, evidence=Evidence(text=sentence, start=0, end=len(sentence)))],
    )


def test_a_count_only_this_article_backs_is_unverifiable(tmp_path):
    workspace = build_workspace(tmp_path, AGREEING)
    registry = Registry(workspace)
    registry.add(_agreement(Source(address="https://example.org/this-article"), ARTICLE))
    (count,) = check(ARTICLE, workspace)
    assert count.verdict == "unverifiable" and count.reason.startswith("only this article says so")
    assert count.source["independent_sources"] == []

    other = Source(address="https://example.org/ministry", title="Ministry statement", publisher="MFA")
    record = registry.get("agr-ken-uzb-2025-03-03-test")
    registry.remove(record.id)
    both = record.model_copy(
        update={
            "id": "agr-ken-uzb-2025-03-03-both",
            "sources": [
                *record.sources,
                Citation(source=other, evidence=Evidence(text="Three agreements were signed.", start=0, end=29)),
            ],
        }
    )
    registry.add(both)
    (count,) = check(ARTICLE, workspace)
    assert count.verdict == "consistent" and count.judged_by == "registry"
    assert [s["address"] for s in count.source["independent_sources"]] == ["https://example.org/ministry"]


# -- published figures (WDI via atlas-common-data) -------------------------------------------


def test_a_share_of_total_exports_is_judged_by_the_published_total(stores):
    text = "Rwanda's tin, tungsten and tantalum generated more than $700 million in 2022, or 35 percent of its total exports."
    share = next(r for r in check(text, stores["disagreeing"]) if r.claim.metric == "share")
    published = economy_figure("RWA", "exports_goods", 2022)
    assert share.judged_by == "published" and share.source["kind"] == "published"
    assert share.source["implied_total"] == pytest.approx(700e6 / 0.35)
    assert share.source["value"] == published.value and share.source["vintage"].startswith("atlas-common-data")
    assert share.ratio == pytest.approx(2e9 / published.value)
    assert share.verdict == ("consistent" if abs(2e9 / published.value - 1) <= 0.1 else "inconsistent")
    assert share.caveats[0].id == "published_basis"
    assert "implying total exports of $2.0 billion ($700 million ÷ 35%) vs published" in verdict_line(share)


def test_an_implausible_share_is_inconsistent_with_the_published_total(stores):
    text = "Rwanda's coffee and tea earned $700 million in 2022, or 90 percent of its total exports."
    share = next(r for r in check(text, stores["agreeing"]) if r.claim.metric == "share")
    assert share.judged_by == "published" and share.verdict == "inconsistent"


def test_national_totals_and_gdp_are_judged_by_wdi(stores):
    exports = economy_figure("RWA", "exports_goods", 2022).value
    gdp = economy_figure("KAZ", "gdp", 2023).value
    # Checked one by one: in one text the two economies would be read as the article's pair.
    results = check(f"Rwanda's exports reached ${exports / 1e9:.2f} billion in 2022.", stores["agreeing"])
    results += check(f"Kazakhstan's GDP was ${gdp / 1e9 * 2:.0f} billion in 2023.", stores["agreeing"])
    total = next(r for r in results if r.claim.metric == "exports")
    assert total.judged_by == "published" and total.verdict == "consistent"
    (gdp_claim,) = [r for r in results if r.claim.metric == "gdp"]
    assert gdp_claim.judged_by == "published" and gdp_claim.verdict == "inconsistent"
    assert gdp_claim.ratio == pytest.approx(2, rel=0.01) and gdp_claim.source["year"] == 2023


def test_the_verdict_names_its_judge_for_every_kind():
    claim = Claim(
        text="x",
        start=0,
        end=1,
        metric="total",
        parties=["RWA", "AZE"],
        value=2e6,
        unit="usd",
        statements=[Statement(text="x", start=0, end=1)],
    )
    for judged_by, word in (("trade", "trade data"), ("published", "published figure"), ("registry", "registry")):
        result = CheckedClaim(claim=claim, verdict="consistent", computed_value=2e6, ratio=1.0, judged_by=judged_by)
        assert f"[{word}]" in verdict_line(result)
