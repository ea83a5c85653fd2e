"""Failure classes reported on the development batches 14–16, on invented sentences in English, French and Russian
(and Portuguese and Spanish where the class is theirs): an event told as planned in the passive or with "planned
for" is planned; a future passive of receiving ("sera reçu par", "будет принят") is a meeting to come; a verb of
aiming whose object is the trade a figure measures ("aim for trade of", "visent des échanges de", "стремятся к
товарообороту в") makes the figure a target; and an aim told in a sentence that names no trade, right after one
that does ("… to reach the goal of $200 billion"), is a target of that trade, not a trade figure."""

from __future__ import annotations

from datetime import date

import pytest

from partnerlens.cooperation.extract import extract_text

PUBLISHED = date(2025, 5, 5)


def found(text: str, language: str) -> list:
    return extract_text(text, language=language, published=PUBLISHED, today=PUBLISHED)


def of_kind(proposals: list, kind: str) -> list:
    return [p for p in proposals if p.kind == kind]


# --- planned in the passive, or "planned for" ---------------------------------------------------


@pytest.mark.parametrize(
    "text, language",
    [
        ("The state visit of the Kenyan president to Brazil is planned for 2026.", "en"),
        ("Talks between the Kenyan and Brazilian foreign ministers are scheduled for March.", "en"),
        ("A visit by Brazilian President Lula to Kenya has been planned for next year.", "en"),
        ("La visite d'État du président sénégalais au Brésil est prévue en 2026.", "fr"),
        ("Des entretiens entre les ministres sénégalais et malien sont programmés pour mars.", "fr"),
        ("Визит президента Египта в Россию запланирован на 2026 год.", "ru"),
        ("Переговоры министров иностранных дел России и Египта намечены на март.", "ru"),
        ("Поездка премьера Египта в Россию запланирована на 16–18 сентября.", "ru"),
        ("A visita do presidente angolano ao Brasil está prevista para 2026.", "pt"),
        ("La visita del presidente chileno a Argentina está prevista para 2026.", "es"),
    ],
)
def test_an_event_planned_in_the_passive_is_planned(text: str, language: str) -> None:
    events = of_kind(found(text, language), "event")
    assert events and all(e.status == "planned" for e in events)


def test_a_visit_told_as_done_stays_held() -> None:
    events = of_kind(found("Визит президента Египта в Россию состоялся в марте 2024 года.", "ru"), "event")
    assert events and all(e.status == "held" for e in events)


# --- a future passive of receiving ------------------------------------------------------------


@pytest.mark.parametrize(
    "text, language",
    [
        ("Le ministre sénégalais sera reçu par le président malien jeudi.", "fr"),
        ("Les ministres sénégalais seront reçus jeudi par le président malien à Bamako.", "fr"),
        ("Os ministros angolanos serão recebidos pelo presidente brasileiro Lula na quinta-feira.", "pt"),
        ("O ministro angolano será recebido na quinta-feira pelo seu homólogo brasileiro em Brasília.", "pt"),
        ("Глава МИД Египта будет принят президентом России Владимиром Путиным.", "ru"),
        ("Министры Египта будут приняты в Кремле президентом России.", "ru"),
        ("The Egyptian foreign minister will be received by Russian President Vladimir Putin on Thursday.", "en"),
    ],
)
def test_a_future_passive_of_receiving_is_a_meeting_to_come(text: str, language: str) -> None:
    events = of_kind(found(text, language), "event")
    assert events and all(e.status == "planned" for e in events)


# --- a verb of aiming whose object is trade -----------------------------------------------------


@pytest.mark.parametrize(
    "text, language",
    [
        ("Kenya and China aim for bilateral trade of $10 billion.", "en"),
        ("Kenya and China are aiming at trade worth $10 billion.", "en"),
        ("Kenya and China target two-way trade of $10 billion.", "en"),
        ("La France et le Sénégal visent des échanges de 10 milliards de dollars.", "fr"),
        ("Le Sénégal et le Mali ambitionnent un commerce bilatéral de 3 milliards de dollars.", "fr"),
        ("Россия и Египет стремятся к товарообороту в 10 млрд долларов.", "ru"),
        ("Россия и Египет нацелены на товарооборот в 10 млрд долларов.", "ru"),
        ("Angola e Brasil visam um comércio de 10 mil milhões de dólares.", "pt"),
        ("Chile y Argentina aspiran a un comercio de 10.000 millones de dólares.", "es"),
    ],
)
def test_a_figure_a_verb_of_aiming_governs_is_a_target(text: str, language: str) -> None:
    proposals = found(text, language)
    assert not of_kind(proposals, "claim")
    targets = of_kind(proposals, "kpi")
    assert [t.type for t in targets] == ["target"] and targets[0].metric == "trade_total"


@pytest.mark.parametrize(
    "text, language",
    [
        ("Kenya, which aims at closer ties, reported trade with China of $10 billion in 2023.", "en"),
        (
            "Les échanges entre la France et le Sénégal, qui visent l'équilibre, ont atteint 3 milliards de dollars en 2023.",
            "fr",
        ),
        ("Товарооборот России и Египта, который стремится к балансу, составил 10 млрд долларов в 2023 году.", "ru"),
    ],
)
def test_a_verb_of_aiming_in_another_clause_leaves_the_fact(text: str, language: str) -> None:
    proposals = found(text, language)
    assert of_kind(proposals, "claim") and not of_kind(proposals, "kpi")


# --- an aim after a sentence on trade --------------------------------------------------------


@pytest.mark.parametrize(
    "text, language",
    [
        (
            "Trade between Kenya and China reached $20 billion in 2023. The two sides agreed on steps to reach the "
            "goal of $200 billion by 2030.",
            "en",
        ),
        (
            "Les échanges entre le Sénégal et le Mali ont atteint 2 milliards de dollars en 2023. Les deux pays ont "
            "adopté une feuille de route pour atteindre l'objectif de 5 milliards de dollars d'ici 2030.",
            "fr",
        ),
        (
            "Товарооборот России и Египта в 2023 году составил 20 млрд долларов. Стороны согласовали дорожную карту "
            "для достижения цели в $200 млрд к 2030 году.",
            "ru",
        ),
        (
            "O comércio entre Angola e Brasil atingiu 2 mil milhões de dólares em 2023. Os dois países querem "
            "alcançar a meta de 5 mil milhões de dólares até 2030.",
            "pt",
        ),
    ],
)
def test_an_aim_after_a_sentence_on_trade_is_its_target(text: str, language: str) -> None:
    proposals = found(text, language)
    claims = of_kind(proposals, "claim")
    targets = of_kind(proposals, "kpi")
    assert [c.year for c in claims] == [2023]
    assert len(targets) == 1 and targets[0].type == "target" and targets[0].year == 2030
    assert targets[0].parties == claims[0].parties


@pytest.mark.parametrize(
    "text, language",
    [
        (
            "Trade between Kenya and China reached $20 billion in 2023. The company invested $3 billion in a port.",
            "en",
        ),
        (
            "Товарооборот России и Египта в 2023 году составил 20 млрд долларов. Компания вложила $3 млрд в порт.",
            "ru",
        ),
        (
            "Les échanges entre le Sénégal et le Mali ont atteint 2 milliards de dollars en 2023. La société a investi "
            "300 millions de dollars dans un port.",
            "fr",
        ),
    ],
)
def test_a_figure_that_is_no_aim_after_a_sentence_on_trade_is_not_read(text: str, language: str) -> None:
    proposals = found(text, language)
    assert [c.value_usd for c in of_kind(proposals, "claim")] and not of_kind(proposals, "kpi")
    assert len(of_kind(proposals, "claim")) == 1


# --- a passive of planning in a sentence that names no state ------------------------------------


@pytest.mark.parametrize(
    "text, language",
    [
        (
            "Egypt and Russia will sign a trade deal\n\nEgypt and Russia will sign a document on trade during the "
            "visit of Egyptian Prime Minister Mostafa Madbouly.\n\nThe trip of Mostafa Madbouly is planned for 16–18 "
            "September.",
            "en",
        ),
        (
            "Le Sénégal et le Mali signeront un accord\n\nLe Sénégal et le Mali signeront un document sur le commerce "
            "lors de la visite du Premier ministre malien Choguel Maïga.\n\nLa visite de Choguel Maïga est prévue du 16 "
            "au 18 septembre.",
            "fr",
        ),
        (
            "Египет и Россия подпишут соглашение\n\nЕгипет и Россия в ходе визита премьер-министра Египта Мустафы "
            "Мадбули намерены подписать документ о торговле.\n\nПоездка Мустафы Мадбули запланирована на 16–18 "
            "сентября.",
            "ru",
        ),
    ],
)
def test_a_passive_of_planning_tells_the_event_its_status_and_date(text: str, language: str) -> None:
    visits = [e for e in of_kind(found(text, language), "event") if "visit" in e.type]
    assert len(visits) == 1
    assert visits[0].status == "planned" and visits[0].date == date(2025, 9, 16)


@pytest.mark.parametrize(
    "text, language",
    [
        ("Brazilian President Lula visited Kenya in March. His first visit was in 2015.", "en"),
        ("Le président malien a effectué une visite au Sénégal en mars. Sa première visite remonte à 2015.", "fr"),
        ("Президент Египта посетил Россию в марте. Его первый визит состоялся в 2015 году.", "ru"),
    ],
)
def test_a_sentence_naming_no_state_without_a_passive_of_planning_leaves_the_event(text: str, language: str) -> None:
    visits = [e for e in of_kind(found(text, language), "event") if "visit" in e.type and e.evidence.start == 0]
    # the visit of the first sentence; the earlier visit, when read (extract/event_model.py), is an event of its own
    assert visits and all(v.status == "held" and v.date != date(2015, 1, 1) for v in visits)
