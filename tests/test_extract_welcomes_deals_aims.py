"""Failure classes found on evaluation batch 15 (eight Russian dispatches labelled before the extractor ran on them),
on invented sentences in English, French and Russian: a welcome on arrival is no meeting; a trade word that tells
what a contract is about leaves the contract's worth a deal value; the verb of reaching as a gerund or a noun is an
aim; a range of amounts with its scale written once is one figure; "is expected at" a meeting puts it ahead."""

from __future__ import annotations

from datetime import date

import pytest

from partnerlens.cooperation.extract import extract_text
from partnerlens.cooperation.quantities import find_quantities

PUBLISHED = date(2025, 3, 10)


def found(text: str, language: str, published: date | None = PUBLISHED) -> list:
    return extract_text(text, language=language, published=published, today=PUBLISHED)


def meetings_in(proposals: list, fragment: str) -> list:
    return [
        p
        for p in proposals
        if p.kind == "event" and p.type in ("talks", "meeting", "ministerial_meeting") and fragment in p.evidence.text
    ]


# --- a welcome on arrival is no meeting -------------------------------------------------------


@pytest.mark.parametrize(
    "text, language, welcome",
    [
        (
            "President Jane Roe of Ghana arrived in Santiago on Monday. At the airport she was met by Chilean Prime "
            "Minister John Doe.",
            "en",
            "was met by",
        ),
        (
            "La présidente du Ghana Jane Roe est arrivée lundi à Santiago. À l'aéroport, elle a été accueillie par le "
            "Premier ministre chilien John Doe.",
            "fr",
            "accueillie par",
        ),
        (
            "Президент Ганы Джейн Роу в понедельник прибыла в Сантьяго. В аэропорту её встретил премьер-министр Чили "
            "Джон Доу.",
            "ru",
            "встретил",
        ),
        (
            "Президент Ганы Джейн Роу прибыла в Сантьяго. Ранее в столице встречали президентов Перу, Боливии и "
            "Эквадора.",
            "ru",
            "встречали",
        ),
        (
            "Президент Ганы Джейн Роу прибыла в Сантьяго, где была встречена министром Чили Джоном Доу.",
            "ru",
            "встречена",
        ),
    ],
)
def test_a_welcome_on_arrival_is_no_meeting(text, language, welcome):
    proposals = found(text, language)
    assert not meetings_in(proposals, welcome)
    assert any(p.kind == "event" and p.type == "visit" for p in proposals)
    assert all(set(p.parties) <= {"GHA", "CHL"} for p in proposals)  # the states greeted elsewhere are no sides


@pytest.mark.parametrize(
    "text, language",
    [
        ("Then she met Chilean President John Doe.", "en"),
        ("Ensuite, elle a rencontré le président chilien John Doe.", "fr"),
        ("Затем президент Ганы встретилась с президентом Чили Джоном Доу.", "ru"),
        ("Президенты Ганы и Чили встретятся в мае.", "ru"),
        ("Встреча президентов Ганы и Чили прошла в Сантьяго.", "ru"),
    ],
)
def test_a_meeting_is_still_a_meeting(text, language):
    assert meetings_in(found(f"President Jane Roe of Ghana arrived in Santiago. {text}", language), text[:12])


# --- a contract's worth, with the goods it is about, is no trade figure ------------------------


@pytest.mark.parametrize(
    "text, language",
    [
        (
            "In Accra Chile and Ghana signed nearly twenty contracts for the supply of Chilean tractors worth "
            "$24 million. An export contract for 100 Chilean trucks to Ghana worth over $3 million was also signed.",
            "en",
        ),
        (
            "À Accra, le Chili et le Ghana ont signé près de vingt contrats de fourniture de tracteurs chiliens pour "
            "24 millions de dollars. Un contrat d'exportation de 100 camions chiliens vers le Ghana d'un montant de "
            "plus de 3 millions de dollars a aussi été signé.",
            "fr",
        ),
        (
            "В Аккре Чили и Гана подписали почти два десятка документов на поставки в Гану чилийской продукции на "
            "$ 24 млн. Был также заключён договор об экспорте 100 самосвалов в Гану на общую сумму более $ 3 млн.",
            "ru",
        ),
    ],
)
def test_the_worth_of_a_supply_contract_is_no_trade_figure(text, language):
    proposals = found(text, language)
    assert not [p for p in proposals if p.kind == "claim"]
    assert len([p for p in proposals if p.kind == "agreement"]) == 2


@pytest.mark.parametrize(
    "text, language",
    [
        ("Under the new contracts, Chile's exports to Ghana rose to $24 million in 2024.", "en"),
        (
            "Grâce aux nouveaux contrats, les exportations du Chili vers le Ghana ont atteint 24 millions de dollars en 2024.",
            "fr",
        ),
        ("По новым контрактам экспорт Чили в Гану в 2024 году вырос до $24 млн.", "ru"),
    ],
)
def test_trade_told_after_a_contract_is_still_trade(text, language):
    claims = [p for p in found(text, language) if p.kind == "claim"]
    assert [c.value_usd for c in claims] == [24_000_000]


# --- the verb of reaching as a gerund or a noun: an aim ----------------------------------------


@pytest.mark.parametrize(
    "text, language, value, year",
    [
        ("Ghana and Chile agreed to work towards achieving bilateral trade of $100 billion by 2030.", "en", 1e11, 2030),
        ("Ghana and Chile have laid the groundwork for reaching trade of $600 million a year.", "en", 6e8, None),
        (
            "Le Ghana et le Chili sont convenus d'œuvrer à la réalisation d'échanges bilatéraux de 100 milliards de "
            "dollars d'ici 2030.",
            "fr",
            1e11,
            2030,
        ),
        (
            "Le Ghana et le Chili ont posé les bases afin d'atteindre des échanges de 600 millions de dollars par an.",
            "fr",
            6e8,
            None,
        ),
        (
            "Лидеры Ганы и Чили договорились стремиться к достижению объема двусторонней торговли в 100 млрд долларов "
            "к 2030 году.",
            "ru",
            1e11,
            2030,
        ),
        ("Гана и Чили создали задел для достижения товарооборота в $ 600 млн в год.", "ru", 6e8, None),
        ("Гана и Чили согласовали план для достижения цели в $200 млрд товарооборота к 2030 году.", "ru", 2e11, 2030),
    ],
)
def test_reaching_as_a_gerund_or_a_noun_is_an_aim(text, language, value, year):
    proposals = found(text, language, published=None)  # no publication date: the year cannot tell
    assert not [p for p in proposals if p.kind == "claim"]
    (kpi,) = [p for p in proposals if p.kind == "kpi"]
    assert (kpi.value_usd, kpi.year) == (value, year)


@pytest.mark.parametrize(
    "text, language",
    [
        ("Trade between Ghana and Chile reached $600 million in 2024.", "en"),
        ("Les échanges entre le Ghana et le Chili ont atteint 600 millions de dollars en 2024.", "fr"),
        ("Товарооборот Ганы и Чили в 2024 году достиг $600 млн.", "ru"),
    ],
)
def test_reached_is_a_fact(text, language):
    claims = [p for p in found(text, language, published=None) if p.kind == "claim"]
    assert [(c.value_usd, c.year) for c in claims] == [(6e8, 2024)]


# --- a range of amounts with its scale written once ---------------------------------------------


@pytest.mark.parametrize(
    "text, language",
    [
        ("Trade between Ghana and Chile stood at $500–700 million in 2020.", "en"),
        ("Les échanges entre le Ghana et le Chili se sont élevés à 500-700 millions de dollars en 2020.", "fr"),
        ("Товарооборот Ганы и Чили составил $ 500\u2212700 млн в 2020 году.", "ru"),
    ],
)
def test_a_range_with_its_scale_written_once_is_one_figure(text, language):
    claims = [p for p in found(text, language) if p.kind == "claim"]
    assert [(c.value_usd, c.year) for c in claims] == [(500_000_000, 2020)]


def test_a_range_spans_both_bounds_and_a_year_span_is_no_range():
    (money,) = [q for q in find_quantities("about $1.2-1.5 billion") if q.kind == "money"]
    assert (money.value, money.text) == (1_200_000_000, "$1.2-1.5 billion")
    (money,) = [q for q in find_quantities("в 2019-2020 млн долларов") if q.kind == "money"]
    assert money.value == 2020_000_000


# --- "is expected at" a meeting puts it ahead ----------------------------------------------------


@pytest.mark.parametrize(
    "text, language",
    [
        ("John Doe is expected at the 24th meeting of the heads of government of Ghana and Chile.", "en"),
        ("John Doe est attendu à la 24e réunion des chefs de gouvernement du Ghana et du Chili.", "fr"),
        ("Джона Доу ждут на 24-й встрече глав правительств Ганы и Чили.", "ru"),
    ],
)
def test_expected_at_a_meeting_is_planned(text, language):
    (meeting,) = [p for p in found(text, language) if p.kind == "event"]
    assert meeting.status == "planned"


# --- the year a target aims at is no period of the facts told after it ---------------------------


@pytest.mark.parametrize(
    "text, language",
    [
        (
            "Ghana and Chile aim to raise bilateral trade to $100 billion by 2030. Trade between Ghana and Chile rose "
            "33% to $66 billion.",
            "en",
        ),
        (
            "Le Ghana et le Chili visent à porter leurs échanges à 100 milliards de dollars d'ici 2030. Les échanges "
            "entre le Ghana et le Chili ont augmenté de 33 % en un an.",
            "fr",
        ),
        (
            "Гана и Чили намерены довести товарооборот до $100 млрд к 2030 году. Товарооборот Ганы и Чили вырос на 33%.",
            "ru",
        ),
    ],
)
def test_a_target_year_is_not_carried_to_later_figures(text, language):
    proposals = found(text, language, published=None)
    assert [p.year for p in proposals if p.kind == "kpi"] == [2030]
    claims = [p for p in proposals if p.kind == "claim"]
    assert claims and all(c.year is None for c in claims)


def test_a_year_of_a_fact_is_still_carried():
    text = "В 2024 году товарооборот Ганы и Чили составил $66 млрд. Он вырос на 33%."
    claims = [p for p in found(text, "ru", published=None) if p.kind == "claim"]
    assert [c.year for c in claims] == [2024, 2024]


# --- a year told as the period a figure covers is no date of the talks in its sentence ----------


@pytest.mark.parametrize(
    "text, language",
    [
        (
            "Over 2022 trade between Ghana and Chile grew by 86%, President Jane Roe said after talks with Chilean "
            "President John Doe in Santiago.",
            "en",
        ),
        (
            "Au titre de l'année 2022, les échanges entre le Ghana et le Chili ont augmenté de 86 %, a déclaré la "
            "présidente Jane Roe après des entretiens avec le président chilien John Doe à Santiago.",
            "fr",
        ),
        (
            "Товарооборот между Ганой и Чили по итогам 2022 года увеличился на 86%, заявила президент Ганы Джейн Роу "
            "после переговоров с чилийским коллегой Джоном Доу в Сантьяго.",
            "ru",
        ),
        (
            "За 2022 год товарооборот между Ганой и Чили увеличился на 86%, заявила президент Ганы Джейн Роу после "
            "переговоров с чилийским коллегой Джоном Доу в Сантьяго.",
            "ru",
        ),
    ],
)
def test_a_figure_period_year_does_not_date_the_talks(text, language):
    proposals = found(text, language, published=None)
    (talks,) = [p for p in proposals if p.kind == "event"]
    assert talks.date is None
    assert [c.value for c in proposals if c.kind == "claim"] == [86]


@pytest.mark.parametrize(
    "text, language",
    [
        ("In 2022 President Jane Roe of Ghana held talks with Chilean President John Doe in Santiago.", "en"),
        ("En 2022, la présidente du Ghana Jane Roe a eu des entretiens avec le président chilien John Doe.", "fr"),
        ("В 2022 году президент Ганы Джейн Роу провела переговоры с чилийским коллегой Джоном Доу в Сантьяго.", "ru"),
    ],
)
def test_a_year_of_the_talks_still_dates_them(text, language):
    (talks,) = [p for p in found(text, language, published=None) if p.kind == "event"]
    assert talks.date == date(2022, 1, 1)


# --- documents counted by any cardinal are signed instruments -------------------------------------


@pytest.mark.parametrize(
    "text, language, count",
    [
        ("In Accra Ghana and Chile signed nearly twenty documents on energy.", "en", None),  # approached: no count
        ("Ghana and Chile signed twenty-two documents on energy.", "en", 22),
        ("À Accra, le Ghana et le Chili ont signé dix-sept documents sur l'énergie.", "fr", 17),
        ("Le Ghana et le Chili ont signé une vingtaine de documents sur l'énergie.", "fr", None),
        ("В Аккре Гана и Чили подписали семнадцать документов в сфере энергетики.", "ru", 17),
    ],
)
def test_documents_counted_by_any_cardinal_are_signed_instruments(text, language, count):
    (signing,) = [p for p in found(text, language) if p.kind == "agreement"]
    assert (signing.status, signing.count, signing.sectors) == ("signed", count, ["energy"])
