"""Trade targets and what is no trade figure (issue 11, fifth session): invented sentences, five languages.

A target told with a verbal noun ("наметили цель по увеличению товарооборота до", "обеспечить рост … до"), a
subjunctive ("que o comércio chegue a", "que el intercambio llegue a"), a set task ("поставили задачу": no
flow of goods), a factor of one and a half ("в полтора раза"); what a potential is put at is neither a trade
figure nor a target; a fact told with the same nouns stays a fact.
"""

from __future__ import annotations

from datetime import date

import pytest

from partnerlens.cooperation.extract import extract_text

PUBLISHED = date(2025, 6, 1)


def read(text: str, language: str, title: str | None = None) -> tuple[list, list]:
    found = extract_text(text, language=language, published=PUBLISHED, today=PUBLISHED, title=title)
    return [p for p in found if p.kind == "kpi"], [p for p in found if p.kind == "claim"]


@pytest.mark.parametrize(
    "text, language, title, value",
    [
        ("Президенты наметили цель по увеличению товарооборота до 5 млрд долл.", "ru", "Казахстан и Узбекистан", 5e9),
        (
            "Главы государств поручили правительствам обеспечить рост товарооборота до 10 миллиардов долларов.",
            "ru",
            "Казахстан и Узбекистан",
            10e9,
        ),
        (
            "Президенты поставили задачу нарастить товарооборот до 5 миллиардов долларов.",
            "ru",
            "Казахстан и Узбекистан",
            5e9,
        ),
        ("Стороны договорились о доведении товарооборота до 3 млрд долларов.", "ru", "Россия и Египет", 3e9),
        ("O objetivo é que o comércio bilateral chegue a 3 bilhões de dólares.", "pt", "Angola e Brasil", 3e9),
        ("A meta é que as trocas comerciais atinjam 2 mil milhões de dólares.", "pt", "Angola e Brasil", 2e9),
        (
            "Se espera que el intercambio comercial llegue a 3.000 millones de dólares el próximo año.",
            "es",
            "Argentina y Chile",
            3e9,
        ),
        (
            "El objetivo es que el comercio bilateral supere los 2.000 millones de dólares.",
            "es",
            "Argentina y Chile",
            2e9,
        ),
        ("The leaders set a goal of raising bilateral trade to $3 billion.", "en", "Kenya, India agree", 3e9),
        (
            "Les deux pays visent un volume d'échanges de 3 milliards de dollars à l'horizon 2030.",
            "fr",
            "Maroc-Sénégal",
            3e9,
        ),
    ],
)
def test_targets_told_in_every_form(text, language, title, value):
    kpis, claims = read(text, language, title)
    assert claims == []
    (target,) = kpis
    assert (target.metric, target.value, len(target.parties)) == ("trade_total", value, 2)


@pytest.mark.parametrize(
    "text, language",
    [
        ("В 2023 году отмечено увеличение товарооборота между Россией и Египтом до 7 млрд долларов.", "ru"),
        ("Статистика показывает рост товарооборота между Россией и Египтом до 7 млрд долларов в 2023 году.", "ru"),
        ("Россия в 2023 году поставила в Египет пшеницы на 2 млрд долларов.", "ru"),
    ],
)
def test_a_fact_told_with_the_same_nouns_stays_a_fact(text, language):
    kpis, claims = read(text, language)
    assert kpis == [] and [(c.value, c.year) for c in claims] == [(7e9 if "7" in text else 2e9, 2023)]


@pytest.mark.parametrize(
    "text, language",
    [
        ("The potential of trade between Kenya and India is estimated at $5 billion.", "en"),
        ("Le potentiel des échanges entre le Maroc et le Sénégal est estimé à 5 milliards de dollars.", "fr"),
        ("Потенциал товарооборота России и Египта оценивается в 5 млрд долларов.", "ru"),
        ("O potencial do comércio entre Angola e o Brasil é de 5 mil milhões de dólares.", "pt"),
        ("El potencial del comercio entre Argentina y Chile se estima en 5.000 millones de dólares.", "es"),
    ],
)
def test_what_a_potential_is_put_at_is_no_figure(text, language):
    assert read(text, language) == ([], [])


def test_despite_a_potential_the_figure_is_trade():
    _, (claim,) = read("Despite the potential, trade between Kenya and India reached only $1 billion in 2023.", "en")
    assert (claim.value, claim.year) == (1e9, 2023)


@pytest.mark.parametrize(
    "text, language, kind",
    [
        ("Товарооборот между Россией и Египтом в 2023 году вырос в полтора раза.", "ru", "claim"),
        ("Экспорт Казахстана в Узбекистан в 2023 году увеличился в полтора раза.", "ru", "claim"),
        ("Лидеры России и Египта договорились увеличить товарооборот в полтора раза.", "ru", "kpi"),
    ],
)
def test_one_and_a_half_times_is_fifty_percent(text, language, kind):
    kpis, claims = read(text, language)
    (found,) = kpis if kind == "kpi" else claims
    assert (found.value, found.unit) == (50.0, "percent")


@pytest.mark.parametrize(
    "text, language",
    [
        ("The two countries have the potential for bringing mutual trade to $30 billion in the near future.", "en"),
        ("Les deux pays ont le potentiel pour porter leurs échanges à 3 milliards de dollars.", "fr"),
        ("У стран есть потенциал, чтобы довести товарооборот до 10 млрд долларов.", "ru"),
    ],
)
def test_a_potential_for_raising_trade_is_a_target(text, language):
    kpis, claims = read(
        text,
        language,
        "Kenya, India agree" if language == "en" else "Maroc-Sénégal" if language == "fr" else "Россия и Египет",
    )
    assert claims == [] and len(kpis) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Стороны видят потенциал для роста товарооборота, и на встрече был выражен план достичь отметки в 1 миллиард "
        "долларов.",
        "Стороны обсудили товарооборот и поставили цель выйти на уровень в 1 миллиард долларов.",
    ],
)
def test_a_plan_to_reach_a_mark_is_a_target(text):
    kpis, claims = read(text, "ru", "Узбекистан и Азербайджан")
    assert [k.value for k in kpis] == [1e9] and claims == []


@pytest.mark.parametrize(
    "text, language, value",
    [
        (
            "En octobre 2012, l'ambassadeur a dit que l'objectif était que les échanges entre la Turquie et le Cameroun "
            "atteignent 1.000 milliards de FCFA d'ici à 2015.",
            "fr",
            1e12,
        ),
        ("The goal is for trade between Turkey and Cameroon to reach $2 billion by 2030.", "en", 2e9),
        ("Цель в том, чтобы товарооборот России и Египта достиг 10 млрд долларов к 2030 году.", "ru", 10e9),
        (
            "El objetivo es que el comercio entre Perú y China alcance los 40.000 millones de dólares en 2030.",
            "es",
            40e9,
        ),
        ("O objetivo é que o comércio entre Angola e o Brasil atinja 5 mil milhões de dólares até 2030.", "pt", 5e9),
    ],
)
def test_an_aim_told_as_a_clause_is_a_target_not_a_fact(text, language, value):
    """Twelfth session (issue 11): "l'objectif était que ces échanges atteignent 1.000 milliards de FCFA d'ici à 2015"
    was read as trade that happened — the aim told by a clause ("que … atteignent", "for … to reach", "чтобы …
    достиг", ``target_before``), not by an infinitive."""
    found = [p for p in extract_text(text, language=language) if p.kind in ("claim", "kpi")]
    assert [(p.kind, p.value) for p in found] == [("kpi", value)]
