"""Investment and services claims judged against IMF DIP and BaTiS releases built in tests (claims.beyond)."""

from __future__ import annotations

import pytest

from _evidence_fixtures import batis_zip, dip_csv, world_zip
from partnerlens.claims import Claim, check, check_claims
from partnerlens.sources.baci import ingest_release
from partnerlens.sources.batis import ingest_batis
from partnerlens.sources.fdi import ingest_dip
from partnerlens.store import TradeStore
from partnerlens.workspace import Workspace


@pytest.fixture(scope="module")
def store(tmp_path_factory) -> TradeStore:
    tmp = tmp_path_factory.mktemp("claims")
    store = TradeStore(Workspace.open(tmp / "home"))
    ingest_release(store, world_zip(tmp / "BACI_HS92_V202501.zip"))
    ingest_batis(store, batis_zip(tmp / "OECD-WTO_BATIS_BPM6_December2025_bulk.zip"))
    (tmp / "dip.csv").write_text(dip_csv())
    ingest_dip(store, tmp / "dip.csv")
    return store


def one(text: str, store: TradeStore):
    results = check(text, store, workspace=store.workspace)
    assert len(results) == 1, [r.claim.text for r in results]
    return results[0]


def investment_claim(text: str, parties: list[str], value: float, flow: str | None = None) -> Claim:
    """A claim as the Python API takes it (the article reader does not yet pick out investment sentences)."""
    return Claim(
        text=text, start=0, end=len(text), metric=flow, flow=flow, parties=parties, value=value, unit="usd", year=2022
    )


@pytest.mark.parametrize(
    "text, verdict, computed",
    [
        ("Rwanda's exports of services to Azerbaijan were $4 million in 2022.", "consistent", 4.0e6),
        ("Rwanda's exports of services to Azerbaijan were $9 million in 2022.", "inconsistent", 4.0e6),
        ("Azerbaijan's exports of services to Rwanda were $1.5 million in 2022.", "consistent", 1.5e6),
    ],
)
def test_services_claims_in_text_are_judged_by_batis(store, text, verdict, computed):
    result = one(text, store)
    assert result.judged_by == "services" and result.source["releases"][0]["name"] == "batis-bpm6"
    assert result.verdict == verdict and result.computed_value == pytest.approx(computed)


@pytest.mark.parametrize("value, verdict", [(12e6, "consistent"), (40e6, "inconsistent")])
def test_investment_claims_are_judged_by_the_investor_s_reported_position(store, value, verdict):
    claim = investment_claim("Azerbaijan's direct investment in Rwanda reached that in 2022.", ["AZE", "RWA"], value)
    (result,) = check_claims([claim], store, workspace=store.workspace)
    assert result.judged_by == "investment" and result.verdict == verdict
    assert result.computed_value == pytest.approx(12e6) and result.source["releases"][0]["name"] == "imf-dip"


def test_an_investment_claim_without_a_position_is_no_data_not_zero(store):
    claim = investment_claim("Rwanda's investment in Azerbaijan reached $5 million in 2022.", ["RWA", "AZE"], 5e6)
    (result,) = check_claims([claim], store, workspace=store.workspace)
    assert result.verdict == "no_data" and result.computed_value is None and result.judged_by == "investment"


def test_goods_claims_still_go_to_the_trade_store(store):
    result = one("Rwanda's exports to Azerbaijan were $180,000 in 2022.", store)
    assert result.judged_by == "trade" and result.verdict == "consistent"
