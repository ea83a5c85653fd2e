"""The article's sectors (issue 11): an article that reports a bilateral trade figure reports trade cooperation,
whatever word its figure sentence uses for the flow ("échanges", "intercambio", "trocas", "оборот"); a sentence
that names a sector only to exclude it ("hors hydrocarbures", "non-oil", "несырьевой") adds nothing. All sentences
are invented."""

from __future__ import annotations

from datetime import date

import pytest

from partnerlens.cooperation.extract import extract_text
from partnerlens.cooperation.extract.sectors import sectors


def article_sectors(text: str, language: str) -> set[str]:
    proposals = extract_text(text, language=language, published=date(2024, 5, 20))
    return {s for p in proposals for s in p.sectors}


@pytest.mark.parametrize(
    "text, language",
    [
        (
            "President Ruto paid a state visit to Ghana on 12 May 2024. Kenya's sales to Ghana reached "
            "$450 million in 2023.",
            "en",
        ),
        (
            "Le président ivoirien a effectué une visite officielle au Maroc le 12 mai 2024. Les échanges entre le "
            "Maroc et la Côte d'Ivoire ont atteint 2 milliards de dollars en 2023.",
            "fr",
        ),
        (
            "Президент Казахстана 12 мая 2024 года посетил с государственным визитом Узбекистан. Оборот между "
            "Казахстаном и Узбекистаном в 2023 году составил 4 миллиарда долларов.",
            "ru",
        ),
        (
            "O presidente angolano fez uma visita de Estado a Moçambique a 12 de maio de 2024. As trocas entre "
            "Angola e Moçambique atingiram 300 milhões de dólares em 2023.",
            "pt",
        ),
        (
            "El presidente chileno realizó una visita oficial a Perú el 12 de mayo de 2024. El intercambio entre "
            "Chile y Perú alcanzó 5.000 millones de dólares en 2023.",
            "es",
        ),
    ],
)
def test_an_article_with_a_trade_figure_reports_trade(text, language):
    assert "trade" in article_sectors(text, language)


@pytest.mark.parametrize(
    "text, language",
    [
        ("President Ruto paid a state visit to Ghana on 12 May 2024 to discuss energy cooperation.", "en"),
        ("Le président ivoirien a effectué une visite officielle au Maroc le 12 mai 2024 pour parler d'énergie.", "fr"),
    ],
)
def test_an_article_without_a_figure_gains_no_trade(text, language):
    assert "trade" not in article_sectors(text, language)


@pytest.mark.parametrize(
    "text, language, sector",
    [
        ("China will buy sixty passenger jets from the Brazilian plane maker.", "en", "air_transport"),
        ("Ethiopian Airlines ordered ten new airliners.", "en", "air_transport"),
        ("La Chine achètera soixante avions à l'avionneur brésilien.", "fr", "air_transport"),
        ("Россия поставит в Египет десять авиалайнеров.", "ru", "air_transport"),
        ("A China comprará sessenta aviões à Embraer.", "pt", "air_transport"),
        ("China comprará sesenta aviones a Embraer.", "es", "air_transport"),
        ("The two leaders inaugurated the new port of Lamu.", "en", "logistics"),
        ("Les deux présidents ont inauguré le port en eau profonde de Ndayane.", "fr", "logistics"),
        ("Los mandatarios inaugurarán el megapuerto de Chancay.", "es", "logistics"),
        ("Os presidentes visitaram o terminal portuário e o porto de águas profundas.", "pt", "logistics"),
        ("The plant will produce cars, electrical appliances and building materials.", "en", "construction"),
        ("Стороны договорились о выпуске стройматериалов.", "ru", "construction"),
        ("Намечен запуск новых проектов в электротехнике и автопроме.", "ru", "machinery"),
        ("The plant will make electrical equipment for the region.", "en", "machinery"),
        ("Les deux pays coopéreront dans l'électrotechnique.", "fr", "machinery"),
        ("A fábrica produzirá equipamentos elétricos e eletrodomésticos.", "pt", "machinery"),
        ("La planta fabricará equipos eléctricos y electrodomésticos.", "es", "machinery"),
    ],
)
def test_aircraft_ports_and_building_materials_name_their_sectors(text, language, sector):
    assert sector in sectors(text, language, goods_only=False)


@pytest.mark.parametrize(
    "text, language",
    [
        ("En attendant l'atterrissage de l'avion présidentiel, la délégation patientait.", "fr"),
        ("Самолёт президента приземлился в аэропорту Каира.", "ru"),
        ("The president's aircraft landed in Nairobi.", "en"),
        ("Les portes du Maroc sont ouvertes aux investisseurs.", "fr"),
    ],
)
def test_a_leaders_plane_or_a_door_names_no_sector(text, language):
    assert not {"air_transport", "logistics"} & set(sectors(text, language, goods_only=False))


def all_areas(text: str, language: str) -> set[str]:
    """The article's areas as the scorer reads them: every proposal's sectors and areas."""
    proposals = extract_text(text, language=language, published=date(2024, 5, 20))
    return {s for p in proposals for s in [*p.sectors, *p.areas]}


@pytest.mark.parametrize(
    "text, language",
    [
        (
            "President Ruto paid a state visit to Ghana on 12 May 2024. Kenya is the third largest investor in "
            "Ghana. Ghana mostly sells agricultural products.",
            "en",
        ),
        (
            "Le président ivoirien a effectué une visite officielle au Maroc le 12 mai 2024. Le Maroc est le "
            "troisième investisseur en Côte d'Ivoire. Abidjan vend surtout des produits agricoles.",
            "fr",
        ),
        (
            "Президент Казахстана 12 мая 2024 года посетил с государственным визитом Узбекистан. Казахстан входит в "
            "тройку стран, инвестирующих в Узбекистан. Ташкент продаёт в основном сельскохозяйственную продукцию.",
            "ru",
        ),
        (
            "O presidente angolano fez uma visita de Estado a Moçambique a 12 de maio de 2024. Angola é o terceiro "
            "investidor em Moçambique. Maputo vende sobretudo produtos agrícolas.",
            "pt",
        ),
        (
            "El presidente chileno realizó una visita de Estado a Perú el 12 de mayo de 2024. Chile es el tercer "
            "inversor en Perú. Lima vende sobre todo productos agrícolas.",
            "es",
        ),
    ],
)
def test_investment_and_farming_told_anywhere_are_the_articles_areas(text, language):
    """Investment one side makes in the other and farm goods are the article's fields wherever a sentence tells
    them, as trade is wherever a flow is told (x16sectors): no cooperation word or event is needed in that sentence."""
    assert {"investment", "agriculture"} <= all_areas(text, language)


@pytest.mark.parametrize(
    "text, language",
    [
        (
            "Kenya and Ghana signed two memorandums on health on 12 May 2024. Kenya is also among the largest "
            "investors in the region.",
            "en",
        ),
        (
            "Le Maroc et la Côte d'Ivoire ont signé le 12 mai 2024 deux mémorandums sur la santé. Le Maroc figure "
            "aussi parmi les premiers investisseurs de la région.",
            "fr",
        ),
    ],
)
def test_an_article_wide_field_is_never_an_agreements_own(text, language):
    """With no event, the article-wide field is an ``areas`` entry, never the sectors the agreement was signed on."""
    proposals = extract_text(text, language=language, published=date(2024, 5, 20))
    agreements = [p for p in proposals if p.kind == "agreement"]
    assert [set(p.sectors) for p in agreements] == [{"health"}]
    assert "investment" in all_areas(text, language)


@pytest.mark.parametrize(
    "text, language",
    [
        ("President Ruto paid a state visit to Ghana on 12 May 2024. He was received at the port of Tema.", "en"),
        (
            "Le président ivoirien a effectué une visite officielle au Maroc le 12 mai 2024. Il a logé à l'hôtel "
            "du port.",
            "fr",
        ),
    ],
)
def test_other_sectors_told_in_passing_stay_out(text, language):
    assert "logistics" not in all_areas(text, language)
