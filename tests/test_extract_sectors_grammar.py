"""Agreement and article sectors on invented sentences (issue 11, sectors round): a topic told before the
instrument as its modifier ("a defence cooperation agreement", "энергетическое соглашение") is the instrument's
even when other areas follow it; a sentence that names the instruments again by any noun of the closed class
("the protocols", "os atos", "эти меморандумы") tells their areas; the sector vocabulary of each language
holds the field's words for fuels, veterinary care, real estate; a bare "industry" is no machinery."""

from __future__ import annotations

import pytest

from _agreement_leads import PUBLISHED, agreements
from partnerlens.cooperation.extract import extract_text
from partnerlens.cooperation.extract.agreement_sectors import modifiers_start
from partnerlens.cooperation.extract.sectors import sector_mentions


@pytest.mark.parametrize(
    "text, language, expected",
    [
        (
            "Chile and Ghana signed a defence cooperation agreement that also covers tourism.",
            "en",
            {"security_defence", "tourism"},
        ),
        (
            "Chile and Ghana signed a new energy and mining agreement that also covers tourism.",
            "en",
            {"energy", "mining", "tourism"},
        ),
        (
            "Чили и Гана подписали военно-техническое соглашение, которое касается и туризма.",
            "ru",
            {"security_defence", "tourism"},
        ),
        (
            "Чили и Гана подписали энергетическое и транспортное соглашение о строительстве.",
            "ru",
            {"energy", "logistics", "construction"},
        ),
        # French and Portuguese put the topic after the noun: read as before
        (
            "Le Chili et le Ghana ont signé un accord de coopération militaire qui couvre aussi le tourisme.",
            "fr",
            {"security_defence", "tourism"},
        ),
        (
            "O Chile e o Gana assinaram um acordo de cooperação militar que abrange também o turismo.",
            "pt",
            {"security_defence", "tourism"},
        ),
    ],
)
def test_a_topic_told_before_the_instrument_is_its_own(text, language, expected):
    found = agreements(text, language)
    assert len(found) == 1 and set(found[0].sectors) == expected


@pytest.mark.parametrize(
    "text, language",
    [
        ("Chile's trade minister will sign an agreement on tourism.", "en"),
        ("The energy ministers signed an agreement on tourism.", "en"),
        ("Министр энергетики Чили подписал соглашение о туризме.", "ru"),
    ],
)
def test_the_subject_before_the_instrument_is_not_its_modifier(text, language):
    start = text.index("agreement") if language == "en" else text.index("соглашение")
    assert modifiers_start(text, start, language) == start


@pytest.mark.parametrize(
    "text, language",
    [
        ("Chile and Ghana signed four documents. The protocols cover agriculture and health.", "en"),
        ("Chile and Ghana signed four documents. These treaties concern agriculture and health.", "en"),
        ("Le Chili et le Ghana ont signé quatre documents. Ces traités portent sur l'agriculture et la santé.", "fr"),
        (
            "Чили и Гана подписали четыре документа. Эти меморандумы касаются сельского хозяйства и здравоохранения.",
            "ru",
        ),
        ("O Chile e o Gana assinaram quatro documentos. Os atos assinados tratam da agricultura e da saúde.", "pt"),
        ("Chile y Ghana firmaron cuatro documentos. Los protocolos abarcan la agricultura y la salud.", "es"),
    ],
)
def test_the_instruments_named_again_by_any_noun_tell_their_areas(text, language):
    found = agreements(text, language)
    assert [set(a.sectors) for a in found] == [{"agriculture", "health"}]


@pytest.mark.parametrize(
    "text, language, sector",
    [
        ("cooperation on biofuels and green hydrogen", "en", "energy"),
        ("coopération dans les biocarburants et l'hydrogène", "fr", "energy"),
        ("сотрудничество в области биотоплива и водородной энергетики", "ru", "energy"),
        ("cooperação em biocombustíveis e hidrogénio verde", "pt", "energy"),
        ("cooperación en biocombustibles e hidrógeno verde", "es", "energy"),
        ("veterinary services and aquaculture", "en", "agriculture"),
        ("les services vétérinaires et l'aquaculture", "fr", "agriculture"),
        ("ветеринарные услуги и аквакультура", "ru", "agriculture"),
        ("serviços veterinários e aquicultura", "pt", "agriculture"),
        ("servicios veterinarios y acuicultura", "es", "agriculture"),
        ("real estate development", "en", "construction"),
        ("la promotion immobilière", "fr", "construction"),
        ("рынок недвижимости", "ru", "construction"),
        ("o setor imobiliário", "pt", "construction"),
        ("el sector inmobiliario", "es", "construction"),
        ("o projeto de apoio à cotonicultura", "pt", "cotton"),
    ],
)
def test_each_language_names_the_fields_words(text, language, sector):
    named, _ = sector_mentions(text, language, families=True)
    assert sector in named


@pytest.mark.parametrize(
    "text, language",
    [
        ("сотрудничество в сфере промышленности и сельского хозяйства", "ru"),
        ("cooperation in industry and agriculture", "en"),
        ("la coopération dans l'industrie et l'agriculture", "fr"),
    ],
)
def test_industry_alone_is_no_machinery(text, language):
    named, _ = sector_mentions(text, language, families=True)
    assert "machinery" not in named and "agriculture" in named


TITLE_LISTS = {
    "en": "Following the talks, Chile and Ghana signed a package of documents.\n"
    "Agreement between the Government of Chile and the Government of Ghana on cooperation in the field of agriculture.\n"
    "Memorandum of Understanding between the Ministry of Energy of Chile and the Ministry of Mines of Ghana on "
    "cooperation in health.\n",
    "fr": "À l'issue des entretiens, le Chili et le Ghana ont signé plusieurs documents.\n"
    "Accord de coopération entre le Chili et le Ghana dans le domaine de la pêche maritime.\n"
    "Mémorandum d'entente entre le ministère de l'Énergie du Chili et le ministère des Mines du Ghana relatif à la "
    "santé.\n",
    "ru": "По итогам переговоров Чили и Гана подписали пакет документов.\n"
    "Соглашение между Правительством Республики Чили и Правительством Республики Гана о сотрудничестве в области "
    "сельского хозяйства.\n"
    "Меморандум о взаимопонимании между Министерством энергетики Чили и Министерством горнодобывающей "
    "промышленности Ганы о сотрудничестве в сфере здравоохранения.\n",
    "pt": "No final das conversações, o Chile e o Gana assinaram um pacote de documentos.\n"
    "Acordo entre o Governo do Chile e o Governo do Gana sobre cooperação no domínio da pesca marítima.\n"
    "Memorando de Entendimento entre o Ministério da Energia do Chile e o Ministério das Minas do Gana sobre saúde.\n",
}


@pytest.mark.parametrize("language", sorted(TITLE_LISTS))
def test_title_lines_after_a_signing_are_its_instruments_each_with_its_field(language):
    found = agreements(TITLE_LISTS[language], language)
    listed = [a for a in found if a.count == 1]
    assert [a.sectors for a in listed] == [["agriculture"], ["health"]]


@pytest.mark.parametrize(
    "text, language",
    [
        ("Agreements were also reached on agriculture.", "en"),
        ("The agreement on agriculture was signed earlier.", "en"),
    ],
)
def test_a_line_that_is_no_title_lists_nothing(text, language):
    from partnerlens.cooperation.extract.agreements_listed import listed_instruments

    assert not listed_instruments(text, language, line=True)


FIGURES = {
    "en": "President Boric visited Ghana on 3 March 2025. In 2024 trade between Chile and Ghana reached $40 million, "
    "mainly Chilean exports of wheat, copper and fertilizers.",
    "fr": "Le président Boric a visité le Ghana le 3 mars 2025. En 2024, les échanges entre le Chili et le Ghana ont "
    "atteint 40 millions de dollars, surtout des exportations chiliennes de blé, de cuivre et d'engrais.",
    "ru": "Президент Борич посетил Гану 3 марта 2025 года. В 2024 году товарооборот между Чили и Ганой достиг 40 млн "
    "долларов, в основном за счёт чилийского экспорта пшеницы, меди и удобрений.",
    "pt": "O Presidente Boric visitou o Gana a 3 de março de 2025. Em 2024, o comércio entre o Chile e o Gana atingiu "
    "40 milhões de dólares, com destaque para as exportações chilenas de trigo, cobre e fertilizantes.",
    "es": "El presidente Boric visitó Ghana el 3 de marzo de 2025. En 2024, el comercio entre Chile y Ghana alcanzó 40 "
    "millones de dólares, sobre todo exportaciones chilenas de trigo, cobre y fertilizantes.",
}


@pytest.mark.parametrize("language", sorted(FIGURES))
def test_the_goods_a_trade_figure_is_made_of_are_not_the_visits_areas(language):
    found = extract_text(FIGURES[language], language=language, published=PUBLISHED, today=PUBLISHED)
    (visit,) = [p for p in found if p.kind == "event"]
    assert "trade" in visit.sectors
    assert not {"grains", "fertilizers", "agriculture", "mining"} & set(visit.sectors)


@pytest.mark.parametrize(
    "text, language",
    [
        ("an accord on the formation of a joint commission; the minister will travel to Accra", "en"),
        ("un accord sur la formation d'une commission mixte", "fr"),
        ("um acordo sobre a formação de uma comissão mista", "pt"),
        ("un acuerdo sobre la formación de una comisión mixta", "es"),
    ],
)
def test_a_sector_word_in_another_sense_names_no_sector(text, language):
    named, _ = sector_mentions(text, language, families=True)
    assert named == []


@pytest.mark.parametrize(
    "text, language, sector",
    [
        ("travel and tourism between the two countries", "en", "tourism"),
        ("la formation des cadres et la formation professionnelle", "fr", "education"),
        ("a formação de quadros", "pt", "education"),
        ("la formación de docentes", "es", "education"),
        ("подготовка кадров и образование", "ru", "education"),
    ],
)
def test_the_same_words_in_their_sector_sense_still_name_it(text, language, sector):
    named, _ = sector_mentions(text, language, families=True)
    assert sector in named


@pytest.mark.parametrize(
    "text, language, sector",
    [
        ("un accord sur les bourses d’études", "fr", "education"),
        ("un accord sur le maintien de l’ordre", "fr", "security_defence"),
        ("un mémorandum sur la modernisation de l’administration", "fr", "public_services"),
    ],
)
def test_a_sector_word_with_a_typographic_apostrophe_is_read(text: str, language: str, sector: str) -> None:
    """Most French sites print "d’études" with U+2019, the vocabulary "d'études": both are read."""
    named, _ = sector_mentions(text, language)
    assert sector in named
