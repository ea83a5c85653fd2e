"""Sector words in another sense (issue 11, x8sect): a word that names a sector in one sense names none in
another, told by the words around it (``sector_other_senses`` in the language file, or a longer listed word that
wins): a hotel named as the venue is no tourism, crops are agriculture and not culture, customs is trade, a
party's militants, a parliamentary bench, an inauguration, a political party and the defence of interests are
nothing; the military honours and band a guest is greeted with are ceremony, not defence. Every sentence here is invented."""

from __future__ import annotations

import pytest

from partnerlens.cooperation.extract.sectors import sectors


@pytest.mark.parametrize(
    "text, language",
    [
        ("This cooperation has borne fruit.", "en"),
        ("Cette coopération porte ses fruits.", "fr"),
        ("Esta cooperação já deu frutos.", "pt"),
        ("Esta cooperación ha dado frutos.", "es"),
    ],
)
def test_a_figure_of_speech_about_fruit_is_no_agriculture(text, language):
    assert "agriculture" not in sectors(text, language, goods_only=False)


@pytest.mark.parametrize(
    "text, language",
    [
        ("The two sides signed an agreement on mutual assistance in customs matters.", "en"),
        ("Les deux parties ont signé un accord d'assistance mutuelle en matière douanière.", "fr"),
        ("Стороны подписали соглашение о таможенном сотрудничестве.", "ru"),
        ("As partes assinaram um acordo que visa facilitar os trâmites aduaneiros.", "pt"),
        ("Las partes firmaron un convenio de cooperación aduanera.", "es"),
    ],
)
def test_customs_is_trade(text, language):
    """An instrument between customs services (mutual assistance, authorised economic operators) is about trade."""
    assert "trade" in sectors(text, language, goods_only=False)


@pytest.mark.parametrize(
    "text, language",
    [
        ("The presidents met at the Serena Hotel in Nairobi to discuss energy.", "en"),
        ("La rencontre a eu lieu à l'hôtel King Fahd Palace et a porté sur l'énergie.", "fr"),
        ("O encontro decorreu no Hotel Epic Sana, em Luanda, e centrou-se na energia.", "pt"),
        ("La reunión se celebró en el Hotel Nacional y trató sobre la energía.", "es"),
    ],
)
def test_a_hotel_named_as_the_venue_is_no_tourism(text, language):
    assert sectors(text, language, goods_only=False) == ["energy"]


@pytest.mark.parametrize(
    "text, language",
    [
        ("Investment in hotels and resorts is growing.", "en"),
        ("Les investissements dans les hôtels et l'hôtellerie progressent.", "fr"),
        ("O investimento em hotéis e na hotelaria cresce.", "pt"),
        ("La inversión en hoteles crece.", "es"),
    ],
)
def test_hotels_as_a_trade_are_tourism(text, language):
    assert "tourism" in sectors(text, language, goods_only=False)


@pytest.mark.parametrize(
    "text, language, expected",
    [
        ("Farmers grow cash crops and food crops.", "en", {"agriculture"}),
        ("La culture du coton et les cultures vivrières progressent.", "fr", {"cotton", "agriculture"}),
        ("Растёт производство зерновых и масличных культур.", "ru", {"grains", "agriculture"}),
        ("Cresce a cultura do algodão e as culturas alimentares.", "pt", {"cotton", "agriculture"}),
        ("Crecen los cultivos de soja.", "es", {"agriculture"}),
    ],
)
def test_crops_are_agriculture_not_culture(text, language, expected):
    assert set(sectors(text, language, goods_only=False)) == expected


@pytest.mark.parametrize(
    "text, language",
    [
        ("La culture de la paix et la culture du pays.", "fr"),
        ("Развивается русская культура.", "ru"),
        ("A cultura do país e a cultura da paz.", "pt"),
    ],
)
def test_culture_stays_culture(text, language):
    assert sectors(text, language, goods_only=False) == ["culture"]


@pytest.mark.parametrize(
    "text, language",
    [
        ("Os militantes do partido reuniram-se em Luanda.", "pt"),
        ("Los militantes del partido se reunieron en Lima.", "es"),
        ("A bancada parlamentar do partido votou contra.", "pt"),
        ("O Presidente assistiu à cerimónia de investidura do homólogo.", "pt"),
        ("La formation politique du président a gagné.", "fr"),
        ("La formación política de Sánchez ganó las elecciones.", "es"),
        ("La défense des intérêts du pays reste la priorité.", "fr"),
        ("A defesa dos interesses nacionais é a prioridade.", "pt"),
        ("La defensa de los intereses nacionales es la prioridad.", "es"),
        ("The defence of their interests comes first.", "en"),
    ],
)
def test_words_in_another_sense_name_no_sector(text, language):
    """A party's members, a parliamentary group, an inauguration, a political party, the defence of interests."""
    assert sectors(text, language, goods_only=False) == []


@pytest.mark.parametrize(
    "text, language, expected",
    [
        ("A cooperação militar e os investidores.", "pt", {"security_defence", "investment"}),
        ("La cooperación militar y los inversores.", "es", {"security_defence", "investment"}),
        (
            "La coopération en matière de défense et la formation professionnelle.",
            "fr",
            {"security_defence", "education"},
        ),
        ("A cooperação entre os bancos centrais.", "pt", {"finance"}),
    ],
)
def test_the_sector_senses_stay(text, language, expected):
    assert set(sectors(text, language, goods_only=False)) == expected


@pytest.mark.parametrize(
    "text, language",
    [
        ("China pledged financing for the second phase of the development plan.", "en"),
        ("La Chine a promis un financement de 60 milliards pour la deuxième phase du plan.", "fr"),
        ("Les deux banques centrales étudient de nouveaux financements.", "fr"),
        ("L'Inde a octroyé une ligne de crédits de 80 millions de dollars au pays.", "fr"),
        ("Китай обещал финансирование второй фазы плана развития.", "ru"),
        ("A China prometeu financiamento para a segunda fase do plano.", "pt"),
        ("China prometió financiación para la segunda fase del plan.", "es"),
    ],
)
def test_funding_and_credit_lines_are_finance(text, language):
    """A state's funding or credit line names finance among the areas, in every language (issue 11, x12areas)."""
    assert "finance" in sectors(text, language, goods_only=False)


@pytest.mark.parametrize(
    "text, language",
    [
        ("The guest was welcomed with full military honours and a military band played the anthems.", "en"),
        ("L'hôte a été accueilli avec les honneurs militaires, au son de la fanfare militaire.", "fr"),
        ("Гостя встретили с военными почестями, звучал военный оркестр.", "ru"),
        ("O visitante foi recebido com honras militares e uma banda militar tocou os hinos.", "pt"),
        ("El visitante fue recibido con honores militares y una banda militar tocó los himnos.", "es"),
    ],
)
def test_military_honours_and_band_at_a_welcome_are_no_defence(text, language):
    """A welcome ceremony's honours and band are protocol (x16sectors): they named defence in articles about
    anything else."""
    assert "security_defence" not in sectors(text, language, goods_only=False)


@pytest.mark.parametrize(
    "text, language",
    [
        ("The two sides discussed military cooperation and the honours owed to veterans.", "en"),
        ("Les deux parties ont évoqué la coopération militaire.", "fr"),
        ("Стороны обсудили военное сотрудничество и почести ветеранам.", "ru"),
        ("As partes discutiram a cooperação militar.", "pt"),
        ("Las partes discutieron la cooperación militar.", "es"),
    ],
)
def test_military_cooperation_is_still_defence(text, language):
    assert "security_defence" in sectors(text, language, goods_only=False)
