"""The claim checker end to end: the corpus's seed claims against stores built with figures set on purpose.

Each seed claim comes out ``consistent`` in the agreeing store, ``inconsistent``
(with the ratio claimed ÷ computed) in the disagreeing one, and ``no_data``
where the release stops before the claim's year. Counts are checked against
the registry of the same workspace.
"""

from __future__ import annotations

import math
from pathlib import Path

import pytest

from _claim_labels import AGREEMENTS, KAZ_AFRICA, LABELS, Label
from _claims_fixtures import AGREEING, DISAGREEING, UNTIL_2023, build_workspace, frame
from partnerlens.claims import check, check_proposals
from partnerlens.claims.model import CheckedClaim
from partnerlens.cooperation.article import read_article
from partnerlens.cooperation.extract import extract
from partnerlens.cooperation.models import Evidence, Source
from partnerlens.cooperation.storage import Registry

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
TRADE_LABELS = [label for label in LABELS if not label.is_count]
# the share of Rwanda's total exports is judged by the published WDI total (tests/test_claims_published.py)
STORE_LABELS = [label for label in TRADE_LABELS if label.metric != "share"]
pytestmark = pytest.mark.skipif(
    not CORPUS.is_dir(),
    reason="the seed corpus ../shared/corpus is not beside this clone "
    "(the same behaviours are tested on invented text in test_claims_records.py and others)",
)

# what the figures in _claims_fixtures give for each seed claim: (agreeing, disagreeing)
COMPUTED = {
    "$2 million": (2.05e6, 20e6),
    "$700 million": (720e6, 300e6),
    "35 percent": (720 / 2057, 0.1),
    "$783 million": (790e6, 300e6),
    "15%": (790 / 687 - 1, 300 / 400 - 1),
}


@pytest.fixture(scope="module")
def articles():
    """Each seed article's text and extraction's proposals (extracted once)."""
    if not CORPUS.is_dir():
        pytest.skip(
            "the shared corpus (../shared/corpus) is not beside the repository; tests/test_examples.py covers this on examples/"
        )
    found = {}
    for name in (AGREEMENTS, KAZ_AFRICA):
        article = read_article(str(CORPUS / name))
        found[name] = (article.text, extract(article))
    return found


@pytest.fixture(scope="module")
def stores(tmp_path_factory):
    return {
        name: build_workspace(tmp_path_factory.mktemp(name), rows)
        for name, rows in (("agreeing", AGREEING), ("disagreeing", DISAGREEING), ("until_2023", UNTIL_2023))
    }


def _result_for(results: list[CheckedClaim], text: str, label: Label) -> CheckedClaim:
    position = -1
    for _ in range(label.occurrence):
        position = text.index(label.anchor, position + 1)
    (found,) = [
        r
        for r in results
        if any(st.start <= position < st.end for st in r.claim.statements or [r.claim])
        and r.claim.metric == label.metric
        and math.isclose(r.claim.value, label.value, rel_tol=1e-9)
    ]
    return found


@pytest.mark.parametrize("label", STORE_LABELS, ids=lambda label: f"{label.anchor}#{label.occurrence}")
def test_each_seed_claim_is_consistent_inconsistent_or_without_data(label, articles, stores):
    text, proposals = articles[label.article]
    agreeing, disagreeing = COMPUTED[label.anchor]

    good = _result_for(check_proposals(proposals, stores["agreeing"]), text, label)
    assert good.verdict == "consistent", good.reason
    assert good.computed_value == pytest.approx(agreeing) and good.judged_by == "trade"
    assert good.source["releases"][0]["name"] == "test-claims"

    bad = _result_for(check_proposals(proposals, stores["disagreeing"]), text, label)
    assert bad.verdict == "inconsistent"
    assert bad.computed_value == pytest.approx(disagreeing)
    assert bad.ratio == pytest.approx(label.value / disagreeing)

    late = _result_for(check_proposals(proposals, stores["until_2023"]), text, label)
    if label.year == 2024:
        assert late.verdict == "no_data"
        assert "2024 is not in the data" in late.reason
        assert "year_not_released" in {c.id for c in late.caveats}
        assert late.computed_value is None and late.ratio is None
    else:
        assert late.verdict == "consistent"


def test_claims_carry_their_reading_and_caveats(articles, stores):
    text, proposals = articles[KAZ_AFRICA]
    results = check_proposals(proposals, stores["agreeing"])
    total = _result_for(results, text, TRADE_LABELS[3])
    as_json = total.to_dict()
    assert as_json["parties"] == ["KAZ", "africa"] and as_json["metric"] == "total" and as_json["year"] == 2024
    assert as_json["value_usd"] == 783e6 and as_json["computed_value_usd"] == 790e6
    assert text[as_json["start"] : as_json["end"]] == as_json["text"]
    ids = {c["id"] for c in as_json["caveats"]}
    assert {"goods_only", "reconciled", "fob_cif", "group"} <= ids
    assert "synthetic" not in ids and as_json["source"]["synthetic"] is False
    growth = _result_for(results, text, TRADE_LABELS[4])
    assert (growth.claim.flow, growth.claim.base_year) == ("total", 2023)


def test_share_and_sector_claims_read_exports_of_the_taxonomy_codes(articles, stores):
    text, proposals = articles[AGREEMENTS]
    results = check_proposals(proposals, stores["agreeing"])
    exports = _result_for(results, text, TRADE_LABELS[0])
    assert exports.claim.flow == "exports" and exports.claim.sector == "three_t"
    assert "2609" in exports.claim.products and "re_exports" in {c.id for c in exports.caveats}
    share = _result_for(results, text, TRADE_LABELS[1])
    assert share.claim.flow == "exports" and share.claim.sector == "three_t" and share.judged_by == "published"


def _second_source(registry: Registry, proposals, metric: str, sentence: str) -> None:
    """The same fact from another outlet, merged into the registry record (an independent citation)."""
    proposal = next(p for p in proposals if p.kind == metric)
    other = Source(address="https://example.org/other-outlet", title="Another outlet")
    registry.accept(
        proposal.model_copy(update={"evidence": Evidence(text=sentence, start=0, end=len(sentence)), "also": []}), other
    )


def test_counts_are_checked_against_the_registry(articles, tmp_path):
    workspace = build_workspace(tmp_path, AGREEING)
    registry = Registry(workspace)
    text, proposals = articles[AGREEMENTS]
    five = next(label for label in LABELS if label.subject == "agreements")

    result = _result_for(check_proposals(proposals, workspace), text, five)
    assert result.verdict == "unverifiable" and "only this article says so" in result.reason
    _second_source(
        registry, proposals, "agreement", "Azerbaijan and Rwanda signed five documents in Baku, the presidency said."
    )
    result = _result_for(check_proposals(proposals, workspace), text, five)
    assert result.verdict == "consistent" and result.source["kind"] == "registry"
    (record_id,) = result.source["records"]
    assert result.source["independent_sources"][0]["address"] == "https://example.org/other-outlet"

    registry.edit(record_id, {"count": 3})
    result = _result_for(check_proposals(proposals, workspace), text, five)
    assert result.verdict == "inconsistent" and result.ratio == pytest.approx(5 / 3)

    registry.remove(record_id)
    result = _result_for(check_proposals(proposals, workspace), text, five)
    assert result.verdict == "no_data" and "registry holds no agreements" in result.reason


def test_kpi_counts_match_the_registry_metric_by_its_words(articles, tmp_path):
    workspace = build_workspace(tmp_path, AGREEING)
    text, proposals = articles[KAZ_AFRICA]
    six = next(label for label in LABELS if label.anchor == "six in 2025")
    result = _result_for(check_proposals(proposals, workspace), text, six)
    assert result.verdict == "unverifiable"
    kpi = next(p for p in proposals if p.kind == "kpi" and p.value == 6)
    _second_source(
        Registry(workspace), [kpi], "kpi", "Kazakhstan now has six diplomatic missions in Africa, the ministry says."
    )
    result = _result_for(check_proposals(proposals, workspace), text, six)
    assert result.verdict == "consistent" and result.computed_value == 6
    (record_id,) = result.source["records"]
    Registry(workspace).edit(record_id, {"value": 4})
    result = _result_for(check_proposals(proposals, workspace), text, six)
    assert result.verdict == "inconsistent" and result.ratio == pytest.approx(1.5)


def test_a_bare_table_checks_trade_and_has_no_registry(articles):
    _, proposals = articles[AGREEMENTS]
    results = check_proposals(proposals, frame(AGREEING, "demo-claims"))
    counts = [r for r in results if r.claim.metric == "count"]
    trade = [r for r in results if r.claim.metric != "count"]
    assert counts and all(r.verdict == "no_data" and r.reason == "no workspace registry to count in" for r in counts)
    assert trade and all(r.verdict == "consistent" for r in trade)
    from_store = [r for r in trade if r.judged_by == "trade"]
    assert from_store and all(r.source["synthetic"] and "synthetic" in {c.id for c in r.caveats} for r in from_store)


def test_nothing_is_dropped_unresolved_claims_say_why(stores):
    # extraction now converts currencies the ECB quotes (€) and carries parties from earlier sentences,
    # so the unresolved cases are a currency without a reference rate and a figure before any party
    text = (
        "Exports rose to $9 million in 2024. "
        "Rwanda and Kenya traded goods worth 5 billion tenge in 2024. "
        "Trade between Rwanda and Uzbekistan reached $3 million in 2024."
    )
    results = check(text, stores["agreeing"])
    assert [r.verdict for r in results] == ["unresolved", "unresolved", "no_data"]
    assert "no party" in results[0].reason
    assert "KZT" in results[1].reason and "no exchange rate" in results[1].reason
    assert results[2].reason == "Uzbekistan has no trade flows in the data for 2024"


def test_tolerance_is_a_parameter(stores):
    text = "Bilateral trade between Rwanda and Azerbaijan was $1.9 million in 2024."
    (strict,) = check(text, stores["agreeing"], tolerance=0.05)
    (default,) = check(text, stores["agreeing"])
    assert (strict.verdict, default.verdict) == ("inconsistent", "consistent")


def test_ranks_and_partner_shares_are_computed_from_the_partners(stores):
    text = (
        "In 2022, Kenya was Rwanda's largest export market. "
        "China was Rwanda's largest trading partner in 2022. "
        "Kenya took about 65% of Rwanda's exports in 2022."
    )
    market, partner, share = check(text, stores["agreeing"])
    assert (market.verdict, market.computed_value) == ("consistent", 1)
    assert (partner.verdict, partner.computed_value, partner.claim.flow) == ("inconsistent", 2, "total")
    assert share.claim.metric == "share" and share.computed_value == pytest.approx(1337 / 2057)
    assert share.verdict == "consistent"
