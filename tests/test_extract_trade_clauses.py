"""Trade figures told in joined clauses, on invented sentences in English, French, Russian, Portuguese and Spanish
(issue 11): a date in the next clause is that clause's ("65% last year, while this year 17%"); a percentage in a
clause joined to a growth rate is growth too; the one year stated with an earlier figure is the later figure's
when nothing makes them two levels of a comparison; a bare amount in a parallel clause that names its flow
takes the currency written once ("while imports were 48 billion", "а импорт – 600 млн"); "поставки … в" is
an export flow."""

from __future__ import annotations

from datetime import date

import pytest

from partnerlens.cooperation.extract import extract_text

PUBLISHED = date(2025, 3, 10)


def claims(text: str, language: str, title: str | None = None) -> list:
    found = extract_text(text, language=language, published=PUBLISHED, today=PUBLISHED, title=title)
    return [p for p in found if p.kind == "claim"]


@pytest.mark.parametrize(
    "text, language",
    [
        ("В прошлом году рост товарооборота России и ОАЭ составил 65%, а в этом году рост продолжается – 17%.", "ru"),
        ("Trade between Kenya and Uganda grew 65% last year, while this year it is up 17%.", "en"),
        (
            "Les échanges entre le Maroc et la Turquie ont bondi de 65 % l'an dernier, mais en 2025 la hausse est de 17 %.",
            "fr",
        ),
    ],
)
def test_a_date_in_the_next_clause_is_that_clauses(text, language):
    first, second = claims(text, language)
    assert (first.value, first.year, first.metric) == (65.0, 2024, "growth")
    assert (second.value, second.year) == (17.0, 2025)


@pytest.mark.parametrize(
    "text, language",
    [
        (
            "В 2024 году рост товарооборота России и Таджикистана превысил 7%, а за первые месяцы 2025 года - более 17%.",
            "ru",
        ),
        ("Trade between Kenya and Uganda grew 7% in 2024 and more than 17% in the first months of 2025.", "en"),
        ("Les échanges entre le Maroc et la Turquie ont progressé de 7 % en 2024 et de plus de 17 % début 2025.", "fr"),
    ],
)
def test_a_percentage_joined_to_a_growth_rate_is_growth(text, language):
    assert [(c.value, c.metric) for c in claims(text, language)] == [(7.0, "growth"), (17.0, "growth")]


@pytest.mark.parametrize(
    "text, language, years",
    [
        (
            "As trocas comerciais entre Angola e a China ascenderam a 35,91 mil milhões de dólares em 2013, com a "
            "China a vender a Angola produtos no valor de 3,96 mil milhões de dólares.",
            "pt",
            [2013, 2013],
        ),
        (
            "Trade between Kenya and Uganda reached $900 million in 2023, with Kenyan exports accounting for $700 million.",
            "en",
            [2023, 2023],
        ),
        (
            "Товарооборот России и Египта в 2023 году достиг 8 млрд долларов, при этом российский экспорт составил "
            "7,4 млрд долларов.",
            "ru",
            [2023, 2023],
        ),
        # two levels of a comparison: the earlier level is not the later one's year
        ("Trade between Kenya and Uganda rose from $500 million in 2020 to $900 million.", "en", [2020, None]),
        (
            "Les échanges entre le Maroc et la Turquie ont atteint 5 milliards de dollars en 2024, contre 4 milliards "
            "de dollars.",
            "fr",
            [2024, None],
        ),
    ],
)
def test_the_one_year_of_the_sentence_is_shared_unless_compared(text, language, years):
    assert [c.year for c in claims(text, language)] == years


@pytest.mark.parametrize(
    "text, language, values, metrics",
    [
        (
            "India's exports to the UAE stood at $31 billion in 2023, while imports were 48 billion.",
            "en",
            [31e9, 48e9],
            ["exports", "imports"],
        ),
        (
            "Les exportations marocaines vers la Turquie ont atteint 1,2 milliard de dollars en 2023, tandis que les "
            "importations se sont élevées à 3,4 milliards.",
            "fr",
            [1.2e9, 3.4e9],
            ["exports", "imports"],
        ),
        (
            "Экспорт России в Египет в 2023 году составил 7,4 млрд долларов, а импорт – 600 млн.",
            "ru",
            [7.4e9, 6e8],
            ["exports", "imports"],
        ),
        (
            "La exportación de productos chilenos a México sumó 1.951 millones de dólares en 2011, mientras que las "
            "importaciones de ese país totalizaron 2.491 millones.",
            "es",
            [1.951e9, 2.491e9],
            ["exports", "imports"],
        ),
    ],
)
def test_a_parallel_flow_takes_the_currency_written_once(text, language, values, metrics):
    found = claims(text, language)
    assert [c.value_usd for c in found] == [pytest.approx(v) for v in values]
    assert [c.metric for c in found] == metrics
    assert found[0].year == found[1].year


def test_a_parallel_clause_with_no_flow_or_with_tonnes_adds_no_figure():
    found = claims(
        "Kenya's exports to Uganda reached $900 million in 2023, and the population grew to 50 million.", "en"
    )
    assert [c.value_usd for c in found] == [pytest.approx(9e8)]
    found = claims("Экспорт России в Египет составил 4 млрд долларов, а поставки зерна – 10 млн тонн.", "ru")
    assert [c.value_usd for c in found] == [pytest.approx(4e9)]


@pytest.mark.parametrize(
    "text, language",
    [
        ("Поставки российской пшеницы в Египет составили 1,3 млрд долларов в 2023 году.", "ru"),
        ("Поставки в Египет российского зерна составили 1,3 млрд долларов в 2023 году.", "ru"),
    ],
)
def test_supplies_to_a_partner_are_exports(text, language):
    (claim,) = claims(text, language)
    assert claim.metric == "exports" and set(claim.parties) == {"RUS", "EGY"}


@pytest.mark.parametrize(
    "text, language, parties",
    [
        ("La Chine est le deuxième partenaire commercial du Sénégal, derrière la France.", "fr", {"SEN", "CHN"}),
        (
            "China has been Brazil's largest trading partner since 2009, when it moved past the United States.",
            "en",
            {"BRA", "CHN"},
        ),
        ("Китай является крупнейшим торговым партнером Египта, опережая США.", "ru", {"EGY", "CHN"}),
    ],
)
def test_a_rank_with_two_candidate_partners_is_the_subjects(text, language, parties):
    (rank,) = [c for c in claims(text, language) if c.metric == "rank"]
    assert set(rank.parties) == parties


@pytest.mark.parametrize(
    "text, language, parties",
    [
        (
            "La Chine est le premier partenaire du Sénégal. Elle est aussi le deuxième fournisseur du Sénégal après la "
            "France, avec des importations passées de 227 milliards FCFA (plus de 346 millions d'euros) en 2013 à 367 "
            "milliards FCFA (plus de 559 millions d'euros) en 2017.",
            "fr",
            {"SEN", "CHN"},
        ),
        (
            "China is Kenya's top supplier. It is also Uganda's second supplier after India, with imports that rose "
            "from $1.1 billion (Sh140 billion) in 2020 to $1.6 billion in 2023.",
            "en",
            {"UGA", "CHN"},
        ),
    ],
)
def test_a_pronoun_subject_with_a_compared_state_and_a_pair_of_levels(text, language, parties):
    money = [c for c in claims(text, language) if c.unit != "rank"]
    assert [c.year for c in money] == [2013, 2017] if language == "fr" else [2020, 2023]
    assert [c.metric for c in money] == ["imports", "imports"]  # the second level is the first's flow
    assert all(set(c.parties) == parties for c in money)


@pytest.mark.parametrize(
    "text, language, value, year",
    [
        ("Египет увеличит на 30% поставки цитрусовых в Россию, заявил Путин.", "ru", 30.0, None),
        ("Kenya and Uganda will increase bilateral trade by 30 percent.", "en", 30.0, None),
        ("Les échanges entre le Maroc et la Turquie augmenteront de 20 % d'ici 2027.", "fr", 20.0, 2027),
    ],
)
def test_a_growth_aimed_at_is_a_growth_target(text, language, value, year):
    found = extract_text(text, language=language, published=PUBLISHED, today=PUBLISHED)
    assert not [p for p in found if p.kind == "claim"]
    (target,) = [p for p in found if p.kind == "kpi"]
    assert (target.metric, target.value, target.year) == ("trade_growth", value, year)


def test_a_growth_that_happened_stays_a_claim():
    (claim,) = claims("Trade between Kenya and Uganda increased by 30 percent in 2024.", "en")
    assert (claim.metric, claim.value, claim.year) == ("growth", 30.0, 2024)


@pytest.mark.parametrize(
    "text, language",
    [
        (
            "Les échanges entre l'Algérie et la Chine ont atteint 10 milliards de dollars en 2024, soit +60% en un an.",
            "fr",
        ),
        ("Trade between Algeria and China reached $10 billion in 2024, or +60% in a year.", "en"),
        ("Товарооборот России и Египта составил 9 млрд долларов, что на 60% больше, чем годом ранее.", "ru"),
    ],
)
def test_a_signed_or_compared_percentage_is_growth(text, language):
    assert [c.metric for c in claims(text, language) if c.unit == "percent"] == ["growth"]


def test_a_range_of_percentages_is_not_a_signed_change():
    (claim,) = claims("Kenya's exports to Uganda make up 5-7% of its total exports.", "en")
    assert claim.metric == "share"


@pytest.mark.parametrize(
    "text, language",
    [
        (
            "El intercambio entre Argentina y China alcanzó en 2017 los 17.000 millones de dólares, pero la balanza "
            "arroja un déficit para Argentina de 7.736 millones de dólares.",
            "es",
        ),
        ("Morocco's trade deficit with Turkey stood at $2 billion in 2023.", "en"),
        ("Le déficit commercial du Maroc avec la Turquie s'est établi à 2 milliards de dollars en 2023.", "fr"),
        ("Дефицит торговли Египта с Россией составил 2 млрд долларов в 2023 году.", "ru"),
    ],
)
def test_a_deficit_is_a_negative_balance(text, language):
    (balance,) = [c for c in claims(text, language) if c.metric == "balance"]
    assert balance.value < 0 and balance.value_usd is not None and balance.value_usd < 0


def test_a_surplus_is_a_positive_balance():
    (balance,) = [c for c in claims("Argentina posted a trade surplus of $4.6 billion with Africa in 2022.", "en")]
    assert balance.metric == "balance" and balance.value > 0


@pytest.mark.parametrize(
    "text, language, title",
    [
        (
            "Les échanges commerciaux entre le Maroc et la Turquie ont atteint 5 milliards de dollars, selon l'Office "
            "des changes.",
            "fr",
            "Maroc-Turquie : des échanges de 5 milliards de dollars en 2024",
        ),
        (
            "Об этом сообщил министр. Товарооборот России и Египта составил 9 млрд долларов.",
            "ru",
            "Товарооборот России и Египта в 2024 году вырос до 9 млрд долларов",
        ),
        (
            "Kenya's exports to Uganda reached $1.1 billion, the ministry said.",
            "en",
            "Kenya's 2024 exports to Uganda top $1bn",
        ),
    ],
)
def test_a_trade_headline_gives_its_year_to_figures_with_none(text, language, title):
    (claim,) = claims(text, language, title=title)
    assert claim.year == 2024


def test_a_headline_year_aimed_at_or_not_about_trade_gives_none():
    text = "Kenya's exports to Uganda reached $1.1 billion, the ministry said."
    assert [c.year for c in claims(text, "en", title="Kenya eyes $5bn trade with Uganda by 2030")] == [None]
    assert [c.year for c in claims(text, "en", title="Ruto visits Kampala for 2024 summit")] == [None]


def test_a_party_from_context_is_one_side():
    text = "Erdogan will travel to Nigeria after Angola. Trade with Nigeria stood at $750 million in 2023."
    (claim,) = claims(text, "en", title="Erdogan visits Angola, Nigeria and Togo")
    assert set(claim.parties) == {"NGA", "TUR"}


def test_a_pronoun_opening_the_sentence_after_trade_words_is_that_trade():
    text = (
        "Les échanges commerciaux entre la Côte d'Ivoire et le Maroc ont fortement progressé. Ils sont passés de "
        "206,4 milliards de FCFA en 2022 à 282,5 milliards de FCFA en 2023."
    )
    found = claims(text, "fr")
    assert [(c.value, c.year) for c in found] == [(206.4e9, 2022), (282.5e9, 2023)]
    assert all(set(c.parties) == {"CIV", "MAR"} for c in found)


@pytest.mark.parametrize(
    "text, value",
    [
        ("le volume des importations a atteint 4.724,5 milliards de FCFA", 4724.5e9),
        ("las importaciones totalizaron 2.491,7 millones de dólares", 2491.7e6),
        ("atingiu mil milhões de dólares", 1e9),
        ("alcanzó mil millones de dólares", 1e9),
        ("reached a billion dollars", 1e9),
    ],
)
def test_values_in_every_notation(text, value):
    from partnerlens.cooperation.quantities import find_quantities

    assert [q.value for q in find_quantities(text) if q.kind == "money"] == [pytest.approx(value)]


@pytest.mark.parametrize("text", ["des milliards de dollars", "billions of dollars", "миллиарды долларов"])
def test_a_bare_plural_scale_is_no_amount(text):
    from partnerlens.cooperation.quantities import find_quantities

    assert [q for q in find_quantities(text) if q.kind == "money"] == []


def test_a_bare_fcfa_in_cameroon_is_the_central_african_franc():
    (claim,) = claims(
        "Les importations du Cameroun en provenance de Chine ont atteint 800 milliards de FCFA en 2023.", "fr"
    )
    assert claim.unit == "XAF" and claim.value_usd is not None
    (claim,) = claims("Les exportations du Sénégal vers la Chine ont atteint 80 milliards de FCFA en 2023.", "fr")
    assert claim.unit == "XOF"


@pytest.mark.parametrize(
    "text, language, metric, value",
    [
        (
            "Entre 2017 et 2023, les importations du Cameroun en provenance de Chine ont atteint 4.724,5 milliards de "
            "FCFA. Soit une hausse globale estimée à 82,6 %.",
            "fr",
            "growth",
            82.6,
        ),
        (
            "Russia's exports to Egypt reached $7 billion in 2023. That is an increase of 20 percent.",
            "en",
            "growth",
            20.0,
        ),
        ("Экспорт России в Египет в 2023 году составил 7 млрд долларов. Это рост на 20%.", "ru", "growth", 20.0),
    ],
)
def test_a_sentence_restating_the_figure_just_told(text, language, metric, value):
    second = claims(text, language)[-1]
    assert (second.metric, second.value) == (metric, value) and len(second.parties) == 2


@pytest.mark.parametrize(
    "text, language",
    [
        (
            "Le volume des échanges entre le Sénégal et la Turquie s'est approché de 500 millions de dollars. "
            "Dans un premier temps, notre objectif est de 1 milliard de dollars.",
            "fr",
        ),
        ("Trade between Kenya and Uganda reached $500 million in 2024. Our goal is $1 billion.", "en"),
    ],
)
def test_a_target_noun_right_after_a_figure_is_a_target_of_its_parties(text, language):
    kpis = [p for p in extract_text(text, language=language, published=PUBLISHED, today=PUBLISHED) if p.kind == "kpi"]
    assert [(k.value_usd, len(k.parties)) for k in kpis] == [(1e9, 2)]


@pytest.mark.parametrize(
    "text, language",
    [
        (
            "O Brasil e a Nigéria tiveram no ano passado um fluxo comercial de US$ 2 bilhões.",
            "pt",
        ),
        ("Argentina y Nigeria tuvieron el año pasado un flujo comercial de 2.000 millones de dólares.", "es"),
    ],
)
def test_trade_flow_words(text, language):
    (claim,) = claims(text, language)
    assert (claim.value_usd, claim.year) == (2e9, 2024)


@pytest.mark.parametrize(
    "text, language",
    [
        (
            "La Chine est devenue le premier fournisseur du Cameroun en 2023 avec une part de marché de 18,9 %, "
            "devant l'Inde et la France.",
            "fr",
        ),
        ("China became Cameroon's top supplier in 2023 with a market share of 18.9%, ahead of India and France.", "en"),
    ],
)
def test_states_listed_after_a_compared_one_are_compared_too(text, language):
    (share,) = [c for c in claims(text, language) if c.metric == "share"]
    assert set(share.parties) == {"CMR", "CHN"} and share.value == 18.9


@pytest.mark.parametrize(
    "text, language",
    [
        (
            "O Brasil e a Nigéria, no ano passado, tiveram um fluxo comercial de US$ 2 bilhões — um crescimento de 20% "
            "com relação a 2023.",
            "pt",
        ),
        (
            "Argentina y Nigeria tuvieron el año pasado un flujo comercial de 2.000 millones de dólares, un crecimiento "
            "del 20% en relación con 2023.",
            "es",
        ),
    ],
)
def test_a_compared_year_is_not_the_figures_year(text, language):
    assert [c.year for c in claims(text, language)] == [2024, 2024]


def test_a_rank_takes_the_relative_date_of_its_sentence_not_a_compared_year():
    text = "Angola, no ano passado, foi o quarto maior parceiro comercial do Brasil, um crescimento de 20% com relação a 2023."
    (rank,) = [c for c in claims(text, "pt") if c.metric == "rank"]
    assert rank.year == 2024
