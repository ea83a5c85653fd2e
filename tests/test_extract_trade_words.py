"""Trade figures, class by class (issue 11, fifth session): invented sentences in five languages.

Percentages written in words ("a four-percent increase", "двадцать шесть процентов"); the two bounds of a range
("between $1.5 billion and $2 billion in 2023") share their year; "top N" ranks ("among the top three trading
partners", "в тройку крупнейших") and plural rankings with no number, which state no rank; a Russian country
name that holds another as its beginning ("Нигерия" is not "Нигер").
"""

from __future__ import annotations

from datetime import date

import pytest

from partnerlens.cooperation.extract import extract_text
from partnerlens.cooperation.gazetteer import find_party_mentions
from partnerlens.cooperation.quantities import find_quantities

PUBLISHED = date(2025, 6, 1)


def claims(text: str, language: str) -> list:
    found = extract_text(text, language=language, published=PUBLISHED, today=PUBLISHED)
    return [p for p in found if p.kind == "claim"]


# --- percentages written in words --------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, value",
    [
        ("a four-percent increase", 4),
        ("thirty-seven percent", 37),
        ("une hausse de quatre pour cent", 4),
        ("trente-sept pour cent", 37),
        ("вырос на двадцать шесть процентов", 26),
        ("на сорок процентов", 40),
        ("creció un treinta y siete por ciento", 37),
        ("cresceu vinte e cinco por cento", 25),
    ],
)
def test_percentages_in_words(text, value):
    (found,) = [q for q in find_quantities(text) if q.kind == "percent"]
    assert found.value == value


@pytest.mark.parametrize(
    "text, language, value",
    [
        ("Russia and China achieved a four-percent increase in trade turnover in 2023.", "en", 4),
        ("Trade between Kenya and India grew twelve percent in 2023.", "en", 12),
        ("Les échanges entre la Russie et la Chine ont enregistré une hausse de quatre pour cent en 2023.", "fr", 4),
        ("Les exportations du Maroc vers le Sénégal ont progressé de vingt-cinq pour cent en 2023.", "fr", 25),
        ("Товарооборот России и Китая в 2023 году вырос на двадцать шесть процентов.", "ru", 26),
        ("Экспорт Казахстана в Узбекистан в 2023 году увеличился на пятнадцать процентов.", "ru", 15),
        ("El comercio entre Argentina y China creció un cuatro por ciento en 2023.", "es", 4),
        ("O comércio entre Angola e a China cresceu quatro por cento em 2023.", "pt", 4),
    ],
)
def test_growth_in_words_is_a_trade_figure(text, language, value):
    (claim,) = claims(text, language)
    assert (claim.value, claim.unit, claim.metric, claim.year, len(claim.parties)) == (
        value,
        "percent",
        "growth",
        2023,
        2,
    )


# --- the two bounds of a range ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, language",
    [
        ("Trade between Ghana and Turkey was between $1.5 billion and $2 billion in 2023.", "en"),
        ("Exports from Kenya to Uganda were worth between $600 million and $700 million in 2023.", "en"),
        ("Les échanges entre le Ghana et la Turquie se situaient entre 1,5 et 2 milliards de dollars en 2023.", "fr"),
        ("Les exportations du Maroc vers la Russie ont oscillé entre 800 et 900 millions de dollars en 2023.", "fr"),
        ("Товарооборот Ганы и Турции в 2023 году составил от 1,5 до 2 млрд долларов.", "ru"),
        ("Товарооборот Ганы и Турции составил между 1,5 и 2 млрд долларов в 2023 году.", "ru"),
    ],
)
def test_both_bounds_of_a_range_take_its_year(text, language):
    found = claims(text, language)
    assert len(found) == 2 and [c.year for c in found] == [2023, 2023]
    assert all(len(c.parties) == 2 for c in found)


def test_from_one_level_to_another_keeps_the_first_year_unsaid():
    (first, second) = claims("Exports from Kenya to Uganda rose from $600 million to $700 million in 2023.", "en")
    assert (first.year, second.year) == (None, 2023)


# --- "top N" ranks --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, language, rank",
    [
        ("Kazakhstan entered the top three trading partners of Uzbekistan in 2023.", "en", 3),
        ("Kazakhstan is among the top five trading partners of Uzbekistan.", "en", 5),
        ("Turkey is now among the top 10 suppliers of Nigeria.", "en", 10),
        ("Le Kazakhstan figure parmi les trois premiers partenaires commerciaux de l'Ouzbékistan.", "fr", 3),
        ("La Turquie est l'un des dix premiers fournisseurs du Nigeria.", "fr", 10),
        ("Китай входит в тройку крупнейших торговых партнеров Казахстана.", "ru", 3),
        ("Казахстан вошел в число пяти крупнейших торговых партнеров Узбекистана.", "ru", 5),
        ("Турция входит в десятку крупнейших поставщиков Нигерии.", "ru", 10),
        ("China está entre los tres principales socios comerciales de Chile.", "es", 3),
        ("A China está entre os três maiores parceiros comerciais de Angola.", "pt", 3),
    ],
)
def test_top_n_is_a_rank(text, language, rank):
    (claim,) = claims(text, language)
    assert (claim.metric, claim.value, len(claim.parties)) == ("rank", rank, 2)


@pytest.mark.parametrize(
    "text, language",
    [
        ("Kazakhstan is among the largest trading partners of Uzbekistan.", "en"),
        ("Le Kazakhstan figure parmi les principaux partenaires commerciaux de l'Ouzbékistan.", "fr"),
        ("Китай входит в число крупнейших торговых партнеров Казахстана.", "ru"),
        ("Китай является одним из крупнейших торговых партнеров Казахстана.", "ru"),
        ("China es uno de los principales socios comerciales de Chile.", "es"),
    ],
)
def test_a_ranking_without_a_number_states_no_rank(text, language):
    assert claims(text, language) == []


# --- a Russian name is not the beginning of a longer one -------------------------------------------------


@pytest.mark.parametrize(
    "text, parties",
    [
        ("Нигерия является партнером Бразилии.", ["NGA", "BRA"]),
        ("в Нигерию и Нигер", ["NGA", "NER"]),
        ("Нигерии, Нигера и Нигерией", ["NGA", "NER", "NGA"]),
        ("с Египтом, Ираном, Ираком и Суданом", ["EGY", "IRN", "IRQ", "SDN"]),
        ("в Казахстане и Израиле", ["KAZ", "ISR"]),
    ],
)
def test_russian_names_take_their_own_endings(text, parties):
    assert [m.party for m in find_party_mentions(text, "ru")] == parties


def test_a_rank_in_africa_is_between_two_states():
    (claim,) = claims("Нигерия является четвертым по величине торговым партнером Бразилии в Африке.", "ru")
    assert sorted(claim.parties) == ["BRA", "NGA"] and claim.value == 4


# --- a state named by its epithet ("l'Empire du Milieu", "Поднебесная") ------------------------------------


@pytest.mark.parametrize(
    "text, language, parties",
    [
        ("Trade between Kenya and the Middle Kingdom reached $4 billion in 2023.", "en", ["KEN", "CHN"]),
        ("Exports from Rwanda to the Land of the Rising Sun reached $20 million in 2023.", "en", ["RWA", "JPN"]),
        (
            "Les importations du Cameroun en provenance de l'Empire du Milieu ont atteint 2 milliards de dollars en 2023.",
            "fr",
            ["CMR", "CHN"],
        ),
        (
            "Les échanges entre le Royaume chérifien et le pays de la Teranga ont atteint 300 millions de dollars en 2023.",
            "fr",
            ["MAR", "SEN"],
        ),
        ("Товарооборот России с Поднебесной в 2023 году составил 240 млрд долларов.", "ru", ["RUS", "CHN"]),
        ("Экспорт Казахстана в Страну восходящего солнца в 2023 году составил 1 млрд долларов.", "ru", ["KAZ", "JPN"]),
        (
            "O comércio entre Angola e o Império do Meio atingiu 23 mil milhões de dólares em 2023.",
            "pt",
            ["AGO", "CHN"],
        ),
        (
            "El comercio entre Argentina y el reino alauí alcanzó 1.000 millones de dólares en 2023.",
            "es",
            ["ARG", "MAR"],
        ),
    ],
)
def test_a_state_named_by_its_epithet(text, language, parties):
    (claim,) = claims(text, language)
    assert sorted(claim.parties) == sorted(parties) and claim.year == 2023


@pytest.mark.parametrize(
    "text, language",
    [
        ("Le Royaume a signé trois accords.", "fr"),  # which kingdom: no party
        ("Un hexagone régulier a six côtés.", "fr"),
        ("El gigante asiático firmó tres acuerdos.", "es"),
    ],
)
def test_an_ambiguous_epithet_names_no_state(text, language):
    assert find_party_mentions(text, language) == []


# --- one state's trade with the world keeps that state alone, whatever pair the article is about ----------------


def _read_article(title: str, text: str, language: str) -> list:
    found = extract_text(text, language=language, published=PUBLISHED, today=PUBLISHED, title=title)
    return [p for p in found if p.kind == "claim"]


@pytest.mark.parametrize(
    "title, text, language, parties",
    [
        (
            "Kenya, India agree to boost trade",
            "Kenya's total exports reached $7 billion in 2023. India is a key market.",
            "en",
            ["KEN"],
        ),
        ("Kenya, India agree to boost trade", "Kenya's foreign trade reached $25 billion in 2023.", "en", ["KEN"]),
        (
            "Kenya, India agree to boost trade",
            "Kenya's foreign trade with India reached $4 billion in 2023.",
            "en",
            ["IND", "KEN"],
        ),
        (
            "Côte d'Ivoire-Chine : les échanges",
            "Le commerce extérieur de la Côte d'Ivoire a atteint 30 milliards de dollars en 2023. La Chine est un partenaire clé.",
            "fr",
            ["CIV"],
        ),
        (
            "Côte d'Ivoire-Chine",
            "Les exportations totales de la Côte d'Ivoire ont atteint 17 milliards de dollars en 2023.",
            "fr",
            ["CIV"],
        ),
        (
            "Казахстан и Азербайджан",
            "Внешнеторговый оборот Казахстана в 2023 году составил 140 млрд долларов.",
            "ru",
            ["KAZ"],
        ),
        (
            "Казахстан и Азербайджан",
            "Совокупный экспорт Казахстана в 2023 году составил 78 млрд долларов.",
            "ru",
            ["KAZ"],
        ),
        (
            "Россия и Египет",
            "Внешнеторговый оборот России с Египтом в 2023 году составил 7 млрд долларов.",
            "ru",
            ["EGY", "RUS"],
        ),
        ("Angola e China", "O comércio externo de Angola atingiu 50 mil milhões de dólares em 2023.", "pt", ["AGO"]),
        (
            "Argentina y China",
            "El comercio exterior argentino alcanzó 150.000 millones de dólares en 2023.",
            "es",
            ["ARG"],
        ),
    ],
)
def test_a_states_trade_with_the_world(title, text, language, parties):
    (claim,) = _read_article(title, text, language)
    assert sorted(claim.parties) == parties and claim.year == 2023


# --- balances and shares, in five languages --------------------------------------------------------------


@pytest.mark.parametrize(
    "text, language, value, parties",
    [
        ("Turkey posted a trade surplus of $1.2 billion with Senegal in 2023.", "en", 1.2e9, ["SEN", "TUR"]),
        ("Kenya's trade deficit with China widened to $3 billion in 2023.", "en", -3e9, ["CHN", "KEN"]),
        (
            "Le déficit commercial du Sénégal vis-à-vis de la Turquie s'est creusé à 300 millions de dollars en 2023.",
            "fr",
            -3e8,
            ["SEN", "TUR"],
        ),
        ("Профицит торговли России с Египтом в 2023 году составил 5,5 млрд долларов.", "ru", 5.5e9, ["EGY", "RUS"]),
        ("Дефицит торговли Казахстана с Китаем в 2023 году составил 3 млрд долларов.", "ru", -3e9, ["CHN", "KAZ"]),
        (
            "O superávit comercial do Brasil com Angola foi de 500 milhões de dólares em 2023.",
            "pt",
            5e8,
            ["AGO", "BRA"],
        ),
        (
            "O défice comercial de Moçambique com a África do Sul atingiu 2 mil milhões de dólares em 2023.",
            "pt",
            -2e9,
            ["MOZ", "ZAF"],
        ),
        (
            "El déficit comercial de Chile con China fue de 3.000 millones de dólares en 2023.",
            "es",
            -3e9,
            ["CHL", "CHN"],
        ),
        (
            "El superávit comercial argentino con Brasil llegó a 1.000 millones de dólares en 2023.",
            "es",
            1e9,
            ["ARG", "BRA"],
        ),
    ],
)
def test_balances_signed_from_their_holder(text, language, value, parties):
    (claim,) = claims(text, language)
    assert (claim.metric, claim.value, sorted(claim.parties), claim.year) == ("balance", value, parties, 2023)


@pytest.mark.parametrize(
    "text, language",
    [
        ("China accounted for 12% of Kenya's exports in 2023.", "en"),
        ("La Chine représente 12 % des exportations ivoiriennes en 2023.", "fr"),
        ("На Китай в 2023 году пришлось 12% экспорта Казахстана.", "ru"),
        ("Доля Китая в экспорте Казахстана в 2023 году составила 12%.", "ru"),
        ("A China respondeu por 12% das exportações angolanas em 2023.", "pt"),
        ("China representó el 12% de las exportaciones argentinas en 2023.", "es"),
    ],
)
def test_shares_of_a_flow(text, language):
    (claim,) = claims(text, language)
    assert (claim.metric, claim.value, claim.flow, len(claim.parties), claim.year) == ("share", 12, "exports", 2, 2023)


# --- the abbreviations of the Brazilian and Mexican press ------------------------------------------------------


@pytest.mark.parametrize(
    "text, value, currency",
    [
        ("US$ 2 bi", 2e9, "USD"),
        ("US$ 500 mi em 2023", 5e8, "USD"),
        ("R$ 1,2 bi", 1.2e9, "BRL"),
        ("US$ 1 tri", 1e12, "USD"),
        ("500 mdd", 5e8, "USD"),
        ("2 mmdd", 2e9, "USD"),
    ],
)
def test_press_abbreviations_of_scales(text, value, currency):
    (found,) = find_quantities(text)
    assert (found.kind, found.value, found.currency) == ("money", value, currency)


@pytest.mark.parametrize(
    "text, language, value",
    [
        ("O comércio entre o Brasil e a Nigéria somou US$ 2 bi em 2024.", "pt", 2e9),
        ("As exportações do Brasil para Angola atingiram US$ 800 mi em 2023.", "pt", 8e8),
        ("El comercio entre México y Chile sumó 3,500 mdd en 2023.", "es", 3.5e9),
    ],
)
def test_abbreviated_scales_in_a_trade_sentence(text, language, value):
    (claim,) = claims(text, language)
    assert claim.value == value and len(claim.parties) == 2


def test_the_world_named_after_the_figure_is_not_its_flow():
    claim, share = _read_article(  # the level, and the fifth as a share (tests/test_extract_trade_fractions.py)
        "Kazakhstan, Russia leaders meet",
        "Last year, trade reached US$28.7 billion, which accounts for a fifth of Kazakhstan's foreign trade.",
        "en",
    )
    assert sorted(claim.parties) == ["KAZ", "RUS"]
    assert (share.metric, share.value, sorted(share.parties)) == ("share", 20, ["KAZ", "RUS"])


# --- a growth noun before a percentage; thousands of millions written with "mil" ---------------------------------


@pytest.mark.parametrize(
    "text, language",
    [
        ("Officials noted an increase of 12% in trade between Kenya and India in 2023.", "en"),
        (
            "Les deux pays ont salué l'augmentation de 12 % du volume des échanges entre le Maroc et la Chine en 2023.",
            "fr",
        ),
        ("Отмечен рост на 12% товарооборота между Россией и Египтом в 2023 году.", "ru"),
        ("Houve um aumento de 12% do comércio entre Angola e o Brasil em 2023.", "pt"),
        ("Se registró un aumento del 12% del comercio entre Argentina y Chile en 2023.", "es"),
    ],
)
def test_a_growth_noun_before_a_percentage_makes_it_growth(text, language):
    (claim,) = claims(text, language)
    assert (claim.metric, claim.value, len(claim.parties), claim.year) == ("growth", 12, 2, 2023)


def test_thousands_of_millions_written_with_mil():
    found = claims(
        "Las exportaciones de Perú a China en 2023 alcanzaron un valor de 23 mil 200 millones de dólares, "
        "mientras las importaciones llegaron a 13 mil 500 millones.",
        "es",
    )
    assert [(c.value, c.metric) for c in found] == [(23.2e9, "exports"), (13.5e9, "imports")]
    (other,) = claims("As exportações do Brasil para a China somaram US$ 104 mil 300 milhões em 2023.", "pt")
    assert other.value == 104.3e9
    (plain,) = claims("El comercio entre Argentina y China sumó 23 mil millones de dólares en 2023.", "es")
    assert plain.value == 23e9


@pytest.mark.parametrize(
    "text, language",
    [
        (
            "China es el principal mercado de las exportaciones peruanas -por encima de Estados Unidos-, que en 2023 "
            "alcanzaron un valor de 23.200 millones de dólares.",
            "es",
        ),
        (
            "A China é o principal mercado das exportações angolanas, acima dos Estados Unidos, que em 2023 atingiram "
            "30 mil milhões de dólares.",
            "pt",
        ),
    ],
)
def test_a_state_a_rank_is_compared_with_is_no_party_of_the_figure(text, language):
    levels = [c for c in claims(text, language) if c.metric != "rank"]
    assert [sorted(c.parties) for c in levels] == [sorted(levels[0].parties)] and "USA" not in levels[0].parties


@pytest.mark.parametrize(
    "text, language",
    [
        (
            "Товарооборот России и Сенегала в 2021 году составил $1,224 млрд, в том числе российский экспорт — "
            "$1,221 млрд и импорт — $3,558 млн.",
            "ru",
        ),
        (
            "В 2021 году товарооборот России и Сенегала составил $1,224 млрд, в том числе экспорт — $1,221 млрд, "
            "а также импорт — $3,558 млн.",
            "ru",
        ),
        (
            "Trade between Russia and Senegal reached $1.224 billion in 2021, including Russian exports of "
            "$1.221 billion and imports of $3.558 million.",
            "en",
        ),
        (
            "En 2021, les échanges entre la Russie et le Sénégal ont atteint 1,224 milliard de dollars, dont des "
            "exportations russes de 1,221 milliard de dollars et des importations de 3,558 millions de dollars.",
            "fr",
        ),
    ],
)
def test_a_flow_word_after_a_conjunction_belongs_to_the_next_figure(text, language):
    """ "экспорт — $1,221 млрд и импорт — $3,558 млн": "и импорт" after the first figure is the second's flow."""
    assert [(c.metric, c.year) for c in claims(text, language)] == [
        ("total", 2021),
        ("exports", 2021),
        ("imports", 2021),
    ]
