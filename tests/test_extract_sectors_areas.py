"""The article's areas when it tells no event or agreement (issue 11): an article that only reports trade figures
keeps its areas ("trade" for a reported flow, the headline's areas) as the ``areas`` of its first figure, never as
that figure's ``sectors`` (which narrow the goods the claim checker compares). A target accepted into the registry
records them among its sectors, where the registry's sector filter finds them. All sentences are invented."""

from __future__ import annotations

from datetime import date

import pytest

from partnerlens.claims.resolve import claim_products, trade_claim
from partnerlens.cooperation.extract import extract_text
from partnerlens.cooperation.models import Evidence, Proposal, Source
from partnerlens.cooperation.review import outline
from partnerlens.cooperation.storage import ProposalQueue, Registry
from partnerlens.reference.sectors import active_sectors
from partnerlens.workspace import Workspace

TRADE_ONLY = [
    ("Trade between Kenya and Uganda reached $1.2 billion in 2023.", "en"),
    ("Les échanges entre le Maroc et la Côte d'Ivoire ont atteint 2 milliards de dollars en 2023.", "fr"),
    ("Товарооборот между Казахстаном и Узбекистаном в 2023 году составил 4 миллиарда долларов.", "ru"),
    ("As trocas entre Angola e Moçambique atingiram 300 milhões de dólares em 2023.", "pt"),
    ("El intercambio entre Chile y Perú alcanzó 5.000 millones de dólares en 2023.", "es"),
]


def _read(text: str, language: str, title: str | None = None) -> list[Proposal]:
    return extract_text(text, language=language, published=date(2024, 5, 20), title=title)


@pytest.mark.parametrize("text, language", TRADE_ONLY)
def test_a_trade_only_article_keeps_trade_among_its_areas(text, language):
    proposals = _read(text, language)
    claims = [p for p in proposals if p.kind == "claim"]
    assert claims and not any(p.kind in ("event", "agreement") for p in proposals)
    assert "trade" in claims[0].areas
    assert all("trade" not in p.sectors for p in proposals)  # never a claim's goods


@pytest.mark.parametrize(
    "text, language, title",
    [
        (TRADE_ONLY[0][0], "en", "Kenya and Uganda eye energy cooperation"),
        (TRADE_ONLY[1][0], "fr", "Le Maroc et la Côte d'Ivoire misent sur l'énergie"),
        (TRADE_ONLY[2][0], "ru", "Казахстан и Узбекистан развивают сотрудничество в энергетике"),
    ],
)
def test_the_headline_areas_of_a_trade_only_article_are_kept(text, language, title):
    claims = [p for p in _read(text, language, title) if p.kind == "claim"]
    assert "energy" in claims[0].areas and "energy" not in claims[0].sectors


@pytest.mark.parametrize(
    "text, language",
    [
        ("President Ruto paid a state visit to Uganda on 12 May 2024. " + TRADE_ONLY[0][0], "en"),
        ("Le président ivoirien a effectué une visite officielle au Maroc le 12 mai 2024. " + TRADE_ONLY[1][0], "fr"),
        (
            "Президент Казахстана 12 мая 2024 года посетил с государственным визитом Узбекистан. " + TRADE_ONLY[2][0],
            "ru",
        ),
    ],
)
def test_an_article_with_an_event_gives_it_the_areas(text, language):
    proposals = _read(text, language)
    event = next(p for p in proposals if p.kind == "event")
    assert "trade" in event.sectors
    assert all(not p.areas for p in proposals)


def _claim(**changes) -> Proposal:
    text = "Trade between Kenya and Uganda reached $1.2 billion in 2023."
    return Proposal(
        kind="claim",
        parties=["KEN", "UGA"],
        metric="total",
        value_usd=1.2e9,
        year=2023,
        evidence=Evidence(text=text, start=0, end=len(text)),
        **changes,
    )


def test_the_claim_checker_never_reads_areas():
    """A claim with the article's areas still checks all goods; with its own sectors, only theirs."""
    assert claim_products(trade_claim(_claim(areas=["trade", "agriculture"]))) is None
    own = claim_products(trade_claim(_claim(sectors=["agriculture"], areas=["trade", "energy"])))
    assert own == claim_products(trade_claim(_claim(sectors=["agriculture"])))
    assert own


def test_a_target_records_the_article_areas_and_the_registry_finds_them(tmp_path):
    workspace = Workspace.open(tmp_path / "ws")
    text = "Kenya and Uganda aim to raise trade to $3 billion by 2030."
    target = Proposal(
        kind="kpi",
        type="trade_target",
        parties=["KEN", "UGA"],
        metric="total_trade",
        value=3e9,
        unit="usd",
        year=2030,
        areas=["trade", "agriculture"],
        evidence=Evidence(text=text, start=0, end=len(text)),
    )
    queue = ProposalQueue(workspace)
    queue.add(Source(address="https://example.org/ken-uga", title="Kenya, Uganda"), [target])
    (pending,) = queue.pending()
    assert pending.proposal.areas == ["trade", "agriculture"]  # stored and read back with the proposal
    rows = dict(outline(workspace, pending, active_sectors())["rows"])
    assert "Agriculture" in rows["Article's areas"]  # shown to the reviewer by the taxonomy's labels
    status, record_id = queue.decide(pending, accept=True, actor="erin")
    assert status == "accepted"
    found = Registry(workspace).list(sector="agriculture")
    assert [r.id for r in found if r.id == record_id] == [record_id]
    assert {"trade", "agriculture"} <= set(next(r for r in found if r.id == record_id).sectors)


@pytest.mark.parametrize(
    "text, language",
    [
        (TRADE_ONLY[0][0] + " The two sides agreed to develop energy and agriculture.", "en"),
        (TRADE_ONLY[0][0] + " Kenya and Uganda will jointly develop energy and agriculture.", "en"),
        (TRADE_ONLY[1][0] + " Les deux parties sont convenues de développer l'énergie et l'agriculture.", "fr"),
        (TRADE_ONLY[1][0] + " Ils développeront conjointement l'énergie et l'agriculture.", "fr"),
        (TRADE_ONLY[2][0] + " Стороны договорились развивать энергетику и сельское хозяйство.", "ru"),
        (TRADE_ONLY[2][0] + " Они будут совместно развивать энергетику и сельское хозяйство.", "ru"),
        (TRADE_ONLY[3][0] + " As partes acordaram desenvolver a energia e a agricultura.", "pt"),
        (TRADE_ONLY[4][0] + " Las partes acordaron desarrollar la energía y la agricultura.", "es"),
    ],
)
def test_what_the_sides_agreed_to_develop_together_are_areas(text, language):
    """A sentence telling what the sides agreed to do, or will do jointly (``cooperation_cues``: "agreed to",
    "jointly", "sont convenues", "conjointement", "договорились", "совместно", "acordaram", "acordaron") names the
    article's areas; with no event or agreement they are its first figure's."""
    claims = [p for p in _read(text, language) if p.kind == "claim"]
    assert {"energy", "agriculture"} <= set(claims[0].areas)
