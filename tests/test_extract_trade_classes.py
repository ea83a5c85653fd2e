"""Trade figures, class by class, on invented sentences in English, French and Russian (issue 11).

tests/test_extract_figures.py holds the first examples of each failure class; this file adds the
breadth that the held-out articles showed was missing, one class per section, each in the three
languages: currency families and their adjectives; compound adjectives naming both parties
("turco-soudanais"); the value of deals and contracts, which is not trade; a figure restated in
another currency; "currently" (no year), "this year" and "last year" read against the publication; "a year earlier";
the flow word nearest the figure; "rose to" is not a bound; one figure told twice is one claim;
a range after a percentage is not its year; the year of a figure carried to the next sentence.
"""

from __future__ import annotations

from datetime import date

import pytest

from partnerlens.cooperation.extract import extract_text
from partnerlens.cooperation.extract.rates import usd_rate

PUBLISHED = date(2025, 6, 1)


def claims(text: str, language: str, published: date | None = PUBLISHED) -> list:
    found = extract_text(text, language=language, published=published, today=PUBLISHED)
    return [p for p in found if p.kind == "claim"]


def one(text: str, language: str, published: date | None = PUBLISHED):
    found = claims(text, language, published)
    assert len(found) == 1, [(c.value, c.unit, c.metric) for c in found]
    return found[0]


# --- currency words (whole families, with their adjectives) are currencies, not parties ----------------


@pytest.mark.parametrize(
    "text, language, currency",
    [
        ("Exports from Gabon to China reached 2 billion Chinese yuan in 2023.", "en", "CNY"),
        ("Les exportations du Gabon vers la Chine ont atteint 2 milliards de yuans chinois en 2023.", "fr", "CNY"),
        ("Экспорт Габона в Китай в 2023 году достиг 2 млрд китайских юаней.", "ru", "CNY"),
        ("Trade between Kazakhstan and Ghana reached 90 billion Kazakh tenge in 2023.", "en", "KZT"),
        ("Les échanges entre le Kazakhstan et le Ghana ont atteint 90 milliards de tenges en 2023.", "fr", "KZT"),
        ("Товарооборот Казахстана и Ганы в 2023 году составил 90 млрд казахстанских тенге.", "ru", "KZT"),
        ("Les exportations du Maroc vers le Nigeria ont atteint 40 milliards de nairas en 2023.", "fr", "NGN"),
        ("Экспорт Марокко в Нигерию в 2023 году составил 40 млрд нигерийских найр.", "ru", "NGN"),
    ],
)
def test_currency_families_and_their_adjectives(text, language, currency):
    claim = one(text, language)
    assert claim.unit == currency and claim.reading.currency == currency
    assert len(claim.parties) == 2 and claim.year == 2023


@pytest.mark.parametrize(
    "text, language, currency",
    [
        ("Mauritius imported goods worth 29.7 billion rupees from China in 2023.", "en", "MUR"),
        ("Maurice a importé de Chine pour 29,7 milliards de roupies de produits en 2023.", "fr", "MUR"),
        ("Маврикий в 2023 году импортировал из Китая товаров на 29,7 млрд рупий.", "ru", "MUR"),
        ("As exportações do Paquistão para a China atingiram 90 mil milhões de rúpias em 2023.", "pt", "PKR"),
        ("Las exportaciones de la India a Mauricio alcanzaron 9.000 millones de rupias en 2023.", "es", "INR"),
        ("Mauritius bought goods worth 29.7 billion Indian rupees from India in 2023.", "en", "INR"),
        ("La Tunisie a exporté vers la Libye pour 2 milliards de dinars en 2023.", "fr", "TND"),
        ("La Tunisie a importé d'Algérie pour 2 milliards de dinars algériens en 2023.", "fr", "DZD"),
        ("Экспорт Туниса в Ливию в 2023 году составил 2 млрд динаров.", "ru", "TND"),
    ],
)
def test_a_bare_shared_currency_word_is_the_sides_currency(text, language, currency):
    """A bare "rupees", "roupies", "рупий", "dinars" is the currency of the figure's side that has one ("shared" in
    currencies.yaml); one written with its state's word ("Indian rupees", "dinars algériens") keeps that state's."""
    claim = one(text, language)
    assert claim.unit == currency and claim.year == 2023


@pytest.mark.parametrize(
    "text, language",
    [
        ("Trade between Senegal and Mali reached 300 billion CFA francs in 2023.", "en"),
        ("Les échanges entre le Sénégal et le Mali ont atteint 300 milliards de francs CFA en 2023.", "fr"),
        ("Товарооборот Сенегала и Мали в 2023 году составил 300 млрд франков КФА.", "ru"),
    ],
)
def test_a_currency_pegged_to_the_euro_is_converted_through_the_fixed_parity(text, language):
    claim = one(text, language)
    euro, _ = usd_rate("EUR", 2023)
    assert claim.reading.currency == "XOF" and claim.value == 300e9
    assert claim.value_usd == pytest.approx(300e9 / 655.957 * euro)
    assert "655.957" in claim.reading.rate_source and "ECB" in claim.reading.rate_source


@pytest.mark.parametrize(
    "text, language",
    [
        ("Exports from Turkey to the United Arab Emirates reached 36.7 billion UAE dirhams in 2023.", "en"),
        (
            "Les exportations de la Turquie vers les Émirats arabes unis ont atteint 36,7 milliards de dirhams émiratis en 2023.",
            "fr",
        ),
        ("Экспорт Турции в ОАЭ в 2023 году составил 36,7 млрд дирхамов ОАЭ.", "ru"),
    ],
)
def test_a_currency_pegged_to_the_dollar_is_converted_at_its_peg(text, language):
    claim = one(text, language)
    assert claim.reading.currency == "AED" and set(claim.parties) == {"TUR", "ARE"}
    assert claim.value_usd == pytest.approx(36.7e9 / 3.6725)


def test_a_currency_after_an_elided_de_is_read():
    claim = one("Le commerce entre la France et le Sénégal a atteint 1,2 milliard d'euros en 2023.", "fr")
    assert claim.reading.currency == "EUR" and claim.value == 1.2e9 and set(claim.parties) == {"FRA", "SEN"}


# --- both parties in one compound adjective -------------------------------------------------------


@pytest.mark.parametrize(
    "text, language, parties",
    [
        ("Sudanese-Turkish trade reached $500 million in 2017.", "en", {"SDN", "TUR"}),
        ("Sino-African trade reached $282 billion in 2023.", "en", {"CHN", "africa"}),
        ("Les échanges turco-soudanais ont atteint 500 millions de dollars en 2017.", "fr", {"SDN", "TUR"}),
        ("Les échanges soudano-turcs ont atteint 500 millions de dollars en 2017.", "fr", {"SDN", "TUR"}),
        ("Le commerce ivoiro-marocain a atteint 300 millions de dollars en 2023.", "fr", {"CIV", "MAR"}),
        ("Le commerce sino-africain a atteint 282 milliards de dollars en 2023.", "fr", {"CHN", "africa"}),
        ("Российско-африканский товарооборот в 2023 году составил 24 млрд долларов.", "ru", {"RUS", "africa"}),
        ("Белорусско-зимбабвийский товарооборот в 2023 году составил 50 млн долларов.", "ru", {"BLR", "ZWE"}),
    ],
)
def test_a_compound_adjective_names_both_parties(text, language, parties):
    claim = one(text, language)
    assert set(claim.parties) == parties and claim.reading.parties_from == "sentence"


def test_a_compound_with_a_part_that_is_no_state_adds_nothing():
    claim = one("Kenya's exports, shipped on Indo-Pacific routes, reached $3 billion in 2023.", "en")
    assert claim.parties == ["KEN"]


# --- the value of deals and contracts is not a trade figure ------------------------------------------


@pytest.mark.parametrize(
    "text, language",
    [
        ("During the trade mission, six contracts were signed, the value of which exceeded $55 million.", "en"),
        ("Kenya and Egypt signed trade agreements worth $2 billion in 2024.", "en"),
        (
            "Lors de la foire commerciale, 2 milliards de dollars d'accords ont été signés entre le Kenya et l'Égypte.",
            "fr",
        ),
        ("Le Kenya et l'Égypte ont signé des contrats commerciaux d'une valeur de 2 milliards de dollars.", "fr"),
        ("В ходе торговой миссии Кения и Египет подписали контракты на сумму 55 млн долларов.", "ru"),
        ("Торговые соглашения на 2 млрд долларов подписали Кения и Египет.", "ru"),
    ],
)
def test_the_worth_of_deals_is_not_trade(text, language):
    assert claims(text, language) == []


@pytest.mark.parametrize(
    "text, language",
    [
        ("After the agreements were signed, trade between Kenya and Egypt reached $2 billion in 2024.", "en"),
        (
            "Après la signature des accords, les échanges entre le Kenya et l'Égypte ont atteint 2 milliards de dollars en 2024.",
            "fr",
        ),
        ("После подписания соглашений товарооборот Кении и Египта в 2024 году достиг 2 млрд долларов.", "ru"),
    ],
)
def test_trade_told_after_a_deal_word_is_trade(text, language):
    claim = one(text, language)
    assert claim.value_usd == 2e9 and set(claim.parties) == {"KEN", "EGY"} and claim.year == 2024


# --- one figure restated in another currency is one figure --------------------------------------------


@pytest.mark.parametrize(
    "text, language",
    [
        ("Trade between Azerbaijan and Kazakhstan was 500 million manat (about $294 million) in 2022.", "en"),
        (
            "Les échanges entre l'Azerbaïdjan et le Kazakhstan ont atteint 500 millions de manats (environ 294 millions de dollars) en 2022.",
            "fr",
        ),
        ("Товарооборот Азербайджана и Казахстана в 2022 году составил 500 млн манатов (около 294 млн долларов).", "ru"),
    ],
)
def test_a_restated_figure_is_one_claim_in_dollars(text, language):
    claim = one(text, language)
    assert claim.value_usd == 294e6 and claim.unit == "USD" and claim.year == 2022
    assert any("restated" in note for note in claim.reading.notes)


# --- "currently" is no year; "this year" and "last year" are read against the publication ---------------


@pytest.mark.parametrize(
    "text, language",
    [
        ("Trade between Sudan and Turkey currently stands at $500 million.", "en"),
        ("Les échanges entre le Soudan et la Turquie s'élèvent actuellement à 500 millions de dollars.", "fr"),
        ("Le volume actuel des échanges entre le Soudan et la Turquie s'élève à 500 millions de dollars.", "fr"),
        ("Товарооборот Судана и Турции в настоящее время составляет 500 млн долларов.", "ru"),
        ("O comércio entre o Sudão e a Turquia atinge neste momento 500 milhões de dólares.", "pt"),
        ("El comercio entre Sudán y Turquía asciende en la actualidad a 500 millones de dólares.", "es"),
    ],
)
def test_a_figure_said_to_hold_now_has_no_year(text, language):
    """The present moment is no year (``moment_words``): the labels leave such a level's year null."""
    claim = one(text, language)
    assert claim.year is None and claim.reading.year_from == "none"
    assert one(text, language, published=None).year is None


@pytest.mark.parametrize(
    "text, language",
    [
        ("Trade between Sudan and Turkey reached $500 million this year.", "en"),
        ("Les échanges entre le Soudan et la Turquie ont atteint 500 millions de dollars cette année.", "fr"),
        ("Товарооборот Судана и Турции в этом году достиг 500 млн долларов.", "ru"),
    ],
)
def test_a_figure_of_this_year_is_for_the_publication_year(text, language):
    assert one(text, language).year == PUBLISHED.year


@pytest.mark.parametrize(
    "text, language",
    [
        ("Trade between Sudan and Turkey has currently grown by 30%.", "en"),
        ("Les échanges entre le Soudan et la Turquie sont actuellement en hausse de 30 %.", "fr"),
        ("Товарооборот Судана и Турции в настоящее время вырос на 30%.", "ru"),
    ],
)
def test_a_growth_said_to_hold_now_is_for_the_publication_year(text, language):
    """Only a level at the present moment has no year; a growth "now" is this year's."""
    assert one(text, language).year == PUBLISHED.year


@pytest.mark.parametrize(
    "text, language",
    [
        (
            "Trade between Kazakhstan and Azerbaijan reached $461.9 million last year, up 40 percent compared to 2021.",
            "en",
        ),
        (
            "Les échanges entre le Kazakhstan et l'Azerbaïdjan ont atteint 461,9 millions de dollars l'an dernier, en hausse de 40 % par rapport à 2021.",
            "fr",
        ),
        (
            "Товарооборот Казахстана и Азербайджана в прошлом году достиг 461,9 млн долларов, увеличившись на 40% по сравнению с 2021 годом.",
            "ru",
        ),
    ],
)
def test_last_year_without_a_publication_date_follows_the_compared_year(text, language):
    found = claims(text, language, published=None)
    assert {c.metric for c in found} == {"total", "growth"}
    assert all(c.year == 2022 and set(c.parties) == {"KAZ", "AZE"} for c in found)


# --- "a year earlier" is the year before the other figure's -----------------------------------------


@pytest.mark.parametrize(
    "text, language",
    [
        ("Trade between Ghana and Turkey rose to $500 million in 2024 from $461 million a year earlier.", "en"),
        (
            "Les échanges entre le Ghana et la Turquie ont atteint 500 millions de dollars en 2024, contre 461 millions de dollars un an plus tôt.",
            "fr",
        ),
        ("Товарооборот Ганы и Турции в 2024 году вырос до 500 млн долларов против 461 млн долларов годом ранее.", "ru"),
    ],
)
def test_a_year_earlier_is_the_year_before(text, language):
    years = {c.value_usd: c.year for c in claims(text, language)}
    assert years == {500e6: 2024, 461e6: 2023}


# --- the flow word nearest the figure decides its flow -----------------------------------------------


@pytest.mark.parametrize(
    "text, language",
    [
        ("Kenya's imports from China reached $3 billion in 2023, while its exports stood at $200 million.", "en"),
        (
            "Les importations du Kenya en provenance de Chine ont atteint 3 milliards de dollars en 2023, tandis que ses exportations se sont établies à 200 millions de dollars.",
            "fr",
        ),
        ("Импорт Кении из Китая в 2023 году достиг 3 млрд долларов, а экспорт составил 200 млн долларов.", "ru"),
    ],
)
def test_imports_and_exports_in_one_sentence_keep_their_flows(text, language):
    flows = {c.value_usd: c.flow for c in claims(text, language)}
    assert flows == {3e9: "imports", 200e6: "exports"}


@pytest.mark.parametrize(
    "text, language",
    [
        ("Exports and imports between Ghana and Turkey totalled $900 million in 2023.", "en"),
        (
            "Les exportations et importations entre le Ghana et la Turquie ont totalisé 900 millions de dollars en 2023.",
            "fr",
        ),
        ("Экспорт и импорт Ганы и Турции в 2023 году составили 900 млн долларов.", "ru"),
    ],
)
def test_exports_and_imports_together_are_the_total(text, language):
    assert one(text, language).flow == "total"


@pytest.mark.parametrize(
    "text, language",
    [
        ("Turkey is an important partner: trade with Ghana reached $900 million in 2023.", "en"),
        (
            "La Turquie est un partenaire important: les échanges avec le Ghana ont atteint 900 millions de dollars en 2023.",
            "fr",
        ),
        ("A Turquia é um parceiro importante: o comércio com o Gana atingiu 900 milhões de dólares em 2023.", "pt"),
    ],
)
def test_important_is_not_imports(text, language):
    claim = one(text, language)
    assert claim.flow == "total" and claim.metric == "total"


# --- "rose to" is a level, not a bound ------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, language",
    [
        ("Trade between Ghana and Turkey rose to $500 million in 2024.", "en"),
        ("Les échanges entre le Ghana et la Turquie sont montés à 500 millions de dollars en 2024.", "fr"),
        ("Товарооборот Ганы и Турции в 2024 году вырос до 500 млн долларов.", "ru"),
    ],
)
def test_rose_to_has_no_qualifier(text, language):
    assert one(text, language).qualifier is None


def test_up_to_is_still_at_most_in_russian():
    claim = one("Товарооборот Ганы и Турции в 2024 году составил вплоть до 500 млн долларов.", "ru")
    assert claim.qualifier == "at most"


# --- one figure told twice is one claim ------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, language",
    [
        (
            "Trade between Russia and Egypt reached nearly $8 billion.\nPutin said that trade had reached nearly $8 billion.",
            "en",
        ),
        (
            "Les échanges entre la Russie et l'Égypte ont atteint près de 8 milliards de dollars.\nLe ministre a rappelé que les échanges avaient atteint près de 8 milliards de dollars.",
            "fr",
        ),
        (
            "Товарооборот России и Египта достиг почти 8 млрд долларов.\nПутин напомнил, что товарооборот достиг почти 8 млрд долларов.",
            "ru",
        ),
    ],
)
def test_a_figure_told_twice_is_one_claim_with_both_sentences(text, language):
    claim = one(text, language)
    assert len(claim.also) == 1 and claim.qualifier == "nearly"


def test_the_same_value_said_differently_stays_two_claims():
    text = "Trade between Russia and Egypt surpassed $8 billion in 2024. Trade between Russia and Egypt reached $8 billion in 2024."
    assert [c.qualifier for c in claims(text, "en")] == ["more than", None]


# --- a range of years after a percentage is a range, not the figure's year ---------------------------


@pytest.mark.parametrize(
    "text, language",
    [
        ("Exports from Ghana to Turkey grew by 110% in 2020-2024.", "en"),
        ("Les exportations du Ghana vers la Turquie ont progressé de 110 % entre 2020 et 2024.", "fr"),
        ("Экспорт Ганы в Турцию вырос на 110% в 2020–2024 годах.", "ru"),
    ],
)
def test_growth_over_a_range_of_years(text, language):
    claim = one(text, language)
    assert (claim.year, claim.base_year, claim.metric) == (2024, 2020, "growth")


# --- the year a figure was read with is carried to the next sentence ----------------------------------


@pytest.mark.parametrize(
    "text, language",
    [
        (
            "A cooperation programme for 2022-2026 was adopted. Trade between Kazakhstan and Azerbaijan reached "
            "$461.9 million in 2022. Trade in farm goods between Kazakhstan and Azerbaijan tripled.",
            "en",
        ),
        (
            "Un programme de coopération pour 2022-2026 a été adopté. Les échanges entre le Kazakhstan et "
            "l'Azerbaïdjan ont atteint 461,9 millions de dollars en 2022. Les échanges agricoles entre le Kazakhstan "
            "et l'Azerbaïdjan ont triplé.",
            "fr",
        ),
        (
            "Принята программа сотрудничества на 2022–2026 годы. Товарооборот Казахстана и Азербайджана в 2022 году "
            "достиг 461,9 млн долларов. Торговля сельхозпродукцией между Казахстаном и Азербайджаном утроилась.",
            "ru",
        ),
    ],
)
def test_the_year_of_the_last_figure_is_carried_over_an_older_range(text, language):
    growth = next(c for c in claims(text, language) if c.metric == "growth")
    assert growth.value == 200 and growth.year == 2022


# --- parties from the headline when the sentence names none (or one of the two) -----------------------


HEADLINES = {
    "en": "Turkey and Ghana hold trade talks",
    "fr": "La Turquie et le Ghana tiennent des pourparlers",
    "ru": "Турция и Гана провели переговоры",
}


@pytest.mark.parametrize(
    "text, language, note",
    [
        ("Trade grew by 20% in 2024, the minister said.", "en", "parties taken from the headline"),
        ("Les échanges ont progressé de 20 % en 2024, a dit le ministre.", "fr", "parties taken from the headline"),
        ("Товарооборот в 2024 году вырос на 20%, сообщил министр.", "ru", "parties taken from the headline"),
        ("Exports to Ghana reached $300 million in 2024.", "en", "partner taken from the headline"),
        (
            "Les exportations vers le Ghana ont atteint 300 millions de dollars en 2024.",
            "fr",
            "partner taken from the headline",
        ),
        ("Экспорт в Гану в 2024 году составил 300 млн долларов.", "ru", "partner taken from the headline"),
    ],
)
def test_a_figure_takes_the_parties_it_does_not_name_from_the_headline(text, language, note):
    claim = one_titled(text, language, HEADLINES[language])
    assert set(claim.parties) == {"TUR", "GHA"} and claim.reading.parties_from == "context"
    assert note in claim.reading.notes


def test_without_a_headline_a_figure_naming_no_party_has_none():
    claim = one("Trade grew by 20% in 2024, the minister said.", "en")
    assert claim.parties == [] and claim.reading.parties_from == "none"


def one_titled(text: str, language: str, title: str):
    found = [
        p
        for p in extract_text(text, language=language, published=PUBLISHED, today=PUBLISHED, title=title)
        if p.kind == "claim"
    ]
    assert len(found) == 1, found
    return found[0]


# --- rank claims in three languages ------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, language, parties, rank, flow",
    [
        ("Turkey is the primary trading partner of the UAE in the Gulf.", "en", ["ARE", "TUR"], 1, "total"),
        ("Kenya is Uganda's second-largest export market.", "en", ["UGA", "KEN"], 2, "exports"),
        ("La Turquie est le premier partenaire commercial du Maroc en Afrique.", "fr", ["MAR", "TUR"], 1, "total"),
        ("La Chine est le troisième fournisseur du Sénégal.", "fr", ["SEN", "CHN"], 3, "imports"),
        ("Египет является крупнейшим торговым партнёром России в Африке.", "ru", ["RUS", "EGY"], 1, "total"),
        ("Турция стала вторым по величине торговым партнёром Египта.", "ru", ["EGY", "TUR"], 2, "total"),
    ],
)
def test_rank_claims(text, language, parties, rank, flow):
    claim = one(text, language)
    assert (claim.metric, claim.parties, claim.value, claim.flow) == ("rank", parties, rank, flow)


@pytest.mark.parametrize(
    "text, language",
    [
        ("China is one of Kenya's largest trading partners.", "en"),
        ("La Chine est l'un des principaux partenaires commerciaux du Kenya.", "fr"),
        ("Китай является одним из крупнейших торговых партнёров Кении.", "ru"),
    ],
)
def test_one_of_the_largest_states_no_rank(text, language):
    assert claims(text, language) == []


# --- the issue's first classes, with further sentences (Algeria–Turkey) ---------------------------------


@pytest.mark.parametrize(
    "text, language",
    [
        ("Trade between Algeria and Turkey, excluding gas, reached $2.5 billion in 2023.", "en"),
        (
            "Les échanges hors hydrocarbures entre l'Algérie et la Turquie ont atteint 2,5 milliards de dollars en 2023.",
            "fr",
        ),
        (
            "Les échanges entre l'Algérie et la Turquie, à l'exception du gaz, ont atteint 2,5 milliards de dollars en 2023.",
            "fr",
        ),
        ("Ненефтяной товарооборот Алжира и Турции в 2023 году составил 2,5 млрд долларов.", "ru"),
        ("Товарооборот Алжира и Турции без учёта газа в 2023 году составил 2,5 млрд долларов.", "ru"),
    ],
)
def test_a_qualified_sector_is_excluded(text, language):
    claim = one(text, language)
    assert "energy" not in claim.sectors and any("excludes energy" in note for note in claim.reading.notes)


@pytest.mark.parametrize(
    "text, language",
    [
        ("Algeria's exports to Turkey climbed from 1.1 to 2.5 billion dollars between 2019 and 2023.", "en"),
        (
            "Les exportations algériennes vers la Turquie sont passées de 1,1 à 2,5 milliards de dollars entre 2019 et 2023.",
            "fr",
        ),
        ("Экспорт Алжира в Турцию вырос с 1,1 до 2,5 млрд долларов в 2019–2023 годах.", "ru"),
    ],
)
def test_a_pair_of_figures_over_a_range_of_years(text, language):
    found = {(c.value_usd, c.year, c.flow) for c in claims(text, language)}
    assert found == {(1.1e9, 2019, "exports"), (2.5e9, 2023, "exports")}


@pytest.mark.parametrize(
    "text, language",
    [
        ("Trade between Algeria and Turkey tripled between 2019 and 2023.", "en"),
        ("Les échanges entre l'Algérie et la Turquie ont été multipliés par trois entre 2019 et 2023.", "fr"),
        ("Товарооборот Алжира и Турции в 2019–2023 годах вырос в три раза.", "ru"),
    ],
)
def test_a_factor_over_a_range_is_growth_from_its_first_year(text, language):
    claim = one(text, language)
    assert (claim.metric, claim.value, claim.year, claim.base_year) == ("growth", 200, 2023, 2019)


@pytest.mark.parametrize(
    "text, language",
    [
        ("In 2023 trade between Algeria and Turkey was 35% higher than in 2022.", "en"),
        ("En 2023, les échanges entre l'Algérie et la Turquie ont été de 35 % plus élevés qu'en 2022.", "fr"),
        ("В 2023 году товарооборот Алжира и Турции был на 35% больше, чем в 2022 году.", "ru"),
    ],
)
def test_a_percentage_compared_with_a_year_is_growth(text, language):
    claim = one(text, language)
    assert (claim.metric, claim.value, claim.year, claim.base_year) == ("growth", 35, 2023, 2022)


@pytest.mark.parametrize(
    "text, language",
    [
        ("More than 90 percent of Algeria's exports to Turkey are hydrocarbons, trade data for 2023 show.", "en"),
        ("Plus de 90 % des exportations algériennes vers la Turquie sont des hydrocarbures en 2023.", "fr"),
        ("Более 90% экспорта Алжира в Турцию в 2023 году приходится на углеводороды.", "ru"),
    ],
)
def test_a_percentage_of_a_flow_is_a_share(text, language):
    claim = one(text, language)
    assert (claim.metric, claim.flow, claim.qualifier) == ("share", "exports", "more than")


@pytest.mark.parametrize(
    "text, language",
    [
        ("В 2023 году Алжир и Турция наторговали на 6 млрд долларов.", "ru"),
        ("Взаимная торговля Алжира и Турции в 2023 году достигла 6 млрд долларов.", "ru"),
        ("Внешнеторговый оборот Алжира и Турции в 2023 году составил 6 млрд долларов.", "ru"),
        (
            "Le volume des échanges commerciaux entre l'Algérie et la Turquie a atteint 6 milliards de dollars en 2023.",
            "fr",
        ),
        ("Les flux commerciaux entre l'Algérie et la Turquie ont atteint 6 milliards de dollars en 2023.", "fr"),
        ("Two-way trade between Algeria and Turkey hit $6 billion in 2023.", "en"),
        ("O intercâmbio comercial entre a Argélia e a Turquia atingiu 6 mil milhões de dólares em 2023.", "pt"),
        ("El intercambio comercial entre Egipto y Turquía alcanzó 6.000 millones de dólares en 2023.", "es"),
    ],
)
def test_trade_vocabulary_of_each_language(text, language):
    claim = one(text, language)
    assert (claim.value_usd, claim.year, claim.metric) == (6e9, 2023, "total")
    assert set(claim.parties) == ({"EGY", "TUR"} if language == "es" else {"DZA", "TUR"})


@pytest.mark.parametrize(
    "text, language",
    [
        ("Trade between Sudan and Turkey reached $500 million last year.", "en"),
        ("Les échanges entre le Soudan et la Turquie ont atteint 500 millions de dollars l'an dernier.", "fr"),
        ("Товарооборот Судана и Турции в прошлом году достиг 500 млн долларов.", "ru"),
    ],
)
def test_last_year_is_the_year_before_publication_and_says_so(text, language):
    claim = one(text, language)
    assert claim.year == PUBLISHED.year - 1 and claim.reading.year_from == "publication"


# --- a figure in a parallel clause shares the year of the one before it ------------------------------


@pytest.mark.parametrize(
    "text, language",
    [
        ("Kenya's imports from China reached $3 billion in 2023, while its exports stood at $200 million.", "en"),
        (
            "Les importations du Kenya en provenance de Chine ont atteint 3 milliards de dollars en 2023, tandis que ses exportations se sont établies à 200 millions de dollars.",
            "fr",
        ),
        ("Импорт Кении из Китая достиг 3 млрд долларов в 2023 году, а экспорт составил 200 млн долларов.", "ru"),
    ],
)
def test_a_parallel_clause_shares_the_year(text, language):
    assert {c.value_usd: c.year for c in claims(text, language)} == {3e9: 2023, 200e6: 2023}


@pytest.mark.parametrize(
    "text, language",
    [
        ("Trade between Ghana and Turkey rose to $500 million in 2024 from $461 million.", "en"),
        (
            "Les échanges entre le Ghana et la Turquie sont passés à 500 millions de dollars en 2024, contre 461 millions de dollars.",
            "fr",
        ),
    ],
)
def test_an_earlier_level_does_not_take_the_year(text, language):
    assert {c.value_usd: c.year for c in claims(text, language)} == {500e6: 2024, 461e6: None}
