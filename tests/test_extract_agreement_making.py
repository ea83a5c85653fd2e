"""Agreements made by other verbs than signing, agreements still in the making, and signings dated by the
instrument's own date or by the occasion their sentence names (issue 11, ninth session). Invented sentences in
English, French and Russian, with Portuguese and Spanish where the class is theirs too."""

from __future__ import annotations

from datetime import date

import pytest

from partnerlens.cooperation.extract import extract_text
from partnerlens.cooperation.extract.status import agreement_status, infinitive_only

PUBLISHED = date(2025, 3, 10)


def agreements(text: str, language: str, published: date | None = PUBLISHED) -> list:
    found = extract_text(text, language=language, published=published, today=PUBLISHED)
    return [p for p in found if p.kind == "agreement"]


# --- a verb other than "sign" that concludes an instrument: adopt, approve, enter into … -----------------------


@pytest.mark.parametrize(
    "text, language, status",
    [
        ("Ghana and Chile adopted an agreement on fisheries.", "en", "signed"),
        ("Ghana and Chile approved a roadmap for cooperation in mining.", "en", "signed"),
        ("Ghana and Chile entered into an agreement on air services.", "en", "signed"),
        ("Le Ghana et le Chili ont adopté un accord sur la pêche.", "fr", "signed"),
        ("Le Ghana et le Chili ont entériné l'accord sur les services aériens.", "fr", "signed"),
        ("Le Ghana et le Chili adopteront une feuille de route commune.", "fr", "announced"),
        ("Гана и Чили утвердили программу сотрудничества в горной отрасли.", "ru", "signed"),
        ("Гана и Чили одобрили соглашение о рыболовстве.", "ru", "signed"),
        ("Gana e Chile aprovaram um memorando de entendimento sobre pescas.", "pt", "signed"),
        ("Gana e Chile formalizaram um acordo de cooperação no domínio da energia.", "pt", "signed"),
        ("Le Ghana et le Chili ont formalisé un accord de coopération dans le domaine de l'énergie.", "fr", "signed"),
        ("Ghana and Chile formalised a memorandum of understanding on energy.", "en", "signed"),
        ("Гана и Чили оформили соглашение о сотрудничестве в энергетике.", "ru", "signed"),
        ("Ghana y Chile adoptarán acuerdos destinados a ampliar la cooperación minera.", "es", "announced"),
    ],
)
def test_an_instrument_concluded_by_another_verb_is_an_agreement(text, language, status):
    found = agreements(text, language)
    assert len(found) == 1, found
    assert found[0].status == status
    assert set(found[0].parties) == {"GHA", "CHL"}


@pytest.mark.parametrize(
    "text, language",
    [
        ("The President of Ghana received the delegation of Chile.", "en"),
        ("Le président du Ghana a adopté une attitude prudente envers le Chili.", "fr"),
        ("Президент Ганы принял делегацию Чили.", "ru"),
    ],
)
def test_the_verb_without_an_instrument_as_its_object_is_no_agreement(text, language):
    assert agreements(text, language) == []


# --- an instrument still in the making is announced ---------------------------------------------------------


@pytest.mark.parametrize(
    "text, language",
    [
        ("An agreement on fisheries between Ghana and Chile is under negotiation.", "en"),
        ("Several agreements between Ghana and Chile are being finalised.", "en"),
        ("Plusieurs accords entre le Ghana et le Chili sont en cours de finalisation.", "fr"),
        ("Un accord sur la pêche entre le Ghana et le Chili est en phase de négociation.", "fr"),
        ("Соглашение о рыболовстве между Ганой и Чили находится в стадии согласования.", "ru"),
        ("Vários acordos entre o Gana e o Chile estão em fase de negociação.", "pt"),
        ("Varios acuerdos entre Ghana y Chile están en proceso de elaboración.", "es"),
    ],
)
def test_an_instrument_in_the_making_is_announced(text, language):
    assert agreement_status(text, language) == "announced"


@pytest.mark.parametrize(
    "text, language",
    [
        ("Ghana and Chile signed an agreement that had been under negotiation since 2019.", "en"),
        ("Le Ghana et le Chili ont signé un accord en négociation depuis 2019.", "fr"),
        ("Гана и Чили подписали соглашение, которое находилось в стадии согласования с 2019 года.", "ru"),
    ],
)
def test_a_done_signing_outweighs_the_making(text, language):
    assert agreement_status(text, language) == "signed"


# --- Russian: a signing verb in the infinitive is not a signing done ---------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Гана и Чили должны подписать соглашение о рыболовстве.", True),
        ("Стороны готовы заключить соглашение о свободной торговле.", True),
        ("Гане и Чили удалось подписать соглашение о рыболовстве.", False),
        ("Гана и Чили подписали соглашение о рыболовстве.", False),
    ],
)
def test_russian_infinitive_of_signing(text, expected):
    assert infinitive_only(text, "ru") is expected


def test_russian_infinitive_announces_the_agreement():
    found = agreements("Гана и Чили должны подписать соглашение о рыболовстве.", "ru")
    assert [p.status for p in found] == ["announced"]
    assert agreements("Гане и Чили удалось подписать соглашение о рыболовстве.", "ru")[0].status == "signed"


def test_infinitive_reading_is_russian_only():
    assert infinitive_only("Ghana and Chile must sign an agreement.", "en") is False
    assert infinitive_only("Le Ghana et le Chili doivent signer un accord.", "fr") is False


# --- dates: the instrument's own date, and the occasion named in the sentence ---------------------------------


@pytest.mark.parametrize(
    "text, language",
    [  # the visa word that makes it an agreement stands at the end, beyond a month's reach from "January"
        (
            "Ghana and Chile inked in January agreements of cooperation on air transport, mutual promotion of "
            "investments, hydrocarbons and mining, renewable energy, fisheries, and visa exemptions.",
            "en",
        ),
        (
            "Le Ghana et le Chili ont signé en janvier des accords de coopération sur le transport aérien, la "
            "promotion des investissements, les hydrocarbures, les mines, la pêche, et l'exemption de visas.",
            "fr",
        ),
        (
            "В январе Гана и Чили подписали соглашения о воздушном сообщении, взаимной защите инвестиций, "
            "углеводородах и горной добыче, рыболовстве и возобновляемой энергетике, а также об отмене виз.",
            "ru",
        ),
    ],
)
def test_a_signing_is_dated_near_its_instrument(text, language):
    found = agreements(text, language)
    assert len(found) == 1, found
    assert (found[0].date, found[0].date_precision) == (date(2025, 1, 1), "month")


@pytest.mark.parametrize(
    "text, language",
    [
        (
            "Ghana and Chile signed eleven agreements on mining, fisheries, energy, tourism, education and "
            "culture, among other areas, within the framework of the Joint Commission held in February in Accra.",
            "en",
        ),
        (
            "Le Ghana et le Chili ont signé onze accords sur les mines, la pêche, l'énergie, le tourisme, "
            "l'éducation et la culture, entre autres, dans le cadre de la commission mixte tenue en février à Accra.",
            "fr",
        ),
        (
            "Гана и Чили подписали одиннадцать соглашений о горной добыче, рыболовстве, энергетике, туризме, "
            "образовании и культуре в рамках заседания межправительственной комиссии в феврале в Аккре.",
            "ru",
        ),
        (
            "Ghana y Chile firmaron once acuerdos de cooperación en minería, pesca, energía, turismo, educación y "
            "cultura, entre otras áreas, en el marco de la Comisión Mixta que se celebró en febrero en Accra.",
            "es",
        ),
    ],
)
def test_a_signing_takes_the_date_of_the_occasion_its_sentence_names(text, language):
    lead = {  # another occasion, dated, in a paragraph of its own: the signing's is the one its sentence names
        "en": "On 3 January the foreign minister of Ghana visited Chile to discuss relations between Ghana and Chile.",
        "fr": "Le 3 janvier, le ministre ghanéen s'est rendu au Chili pour évoquer les relations entre le Ghana et le Chili.",
        "ru": "3 января министр иностранных дел Ганы посетил Чили, чтобы обсудить отношения Ганы и Чили.",
        "es": "El 3 de enero el canciller de Ghana visitó Chile para tratar las relaciones entre Ghana y Chile.",
    }[language] + "\n\n"
    found = agreements(lead + text, language)
    assert found, text
    assert (found[0].date, found[0].date_precision) == (date(2025, 2, 1), "month")
    assert found[0].count == 11


def test_a_signing_told_as_earlier_keeps_no_occasion_date():
    text = (
        "Ghana and Chile had signed eleven agreements on mining, fisheries, energy, tourism, education and "
        "culture, among other areas, within the framework of the Joint Commission held in February in Accra."
    )
    assert all(p.date != date(2025, 2, 1) for p in agreements(text, "en"))


# --- a batch to be signed and a batch told as signed are two -------------------------------------------------


@pytest.mark.parametrize(
    "text, language",
    [
        (
            "During the visit, the presidents of Ghana and Chile will adopt agreements to deepen their partnership. "
            "As a prelude, officials of Ghana and Chile signed two agreements on health and education.",
            "en",
        ),
        (
            "Pendant la visite, les présidents du Ghana et du Chili adopteront des accords pour approfondir leur "
            "partenariat. En prélude, des responsables du Ghana et du Chili ont signé deux accords sur la santé et "
            "l'éducation.",
            "fr",
        ),
        (
            "В ходе визита президенты Ганы и Чили подпишут соглашения об углублении партнёрства. Накануне "
            "представители Ганы и Чили подписали два соглашения о здравоохранении и образовании.",
            "ru",
        ),
        (
            "Durante la visita, los presidentes de Ghana y Chile adoptarán acuerdos para profundizar su asociación. "
            "Como preludio, funcionarios de Ghana y Chile firmaron dos acuerdos de cooperación en salud y educación.",
            "es",
        ),
    ],
)
def test_announced_and_signed_batches_stay_apart(text, language):
    found = agreements(text, language)
    assert sorted((p.status, p.count) for p in found) == [("announced", None), ("signed", 2)], found


# --- a headline in the present: the lead's signing is of the publication day ----------------------------------


@pytest.mark.parametrize(
    "title, text, language",
    [
        (
            "Ghana and Chile sign nine agreements",
            "In the presence of both heads of state, ministers of Ghana and Chile signed nine agreements, among "
            "them memorandums and protocols.\n\nThe agreements cover mining and fisheries.",
            "en",
        ),
        (
            "Le Ghana et le Chili signent neuf accords",
            "En présence des deux chefs d'État, des ministres du Ghana et du Chili ont signé neuf accords, dont "
            "des mémorandums et des protocoles.\n\nLes accords portent sur les mines et la pêche.",
            "fr",
        ),
        (
            "Гана и Чили подписывают девять соглашений",
            "В присутствии глав государств министры Ганы и Чили подписали девять соглашений, в том числе "
            "меморандумы и протоколы.\n\nСоглашения касаются горной добычи и рыболовства.",
            "ru",
        ),
        (
            "Gana e Chile assinam nove acordos",
            "Na presença dos dois chefes de Estado, ministros do Gana e do Chile assinaram nove acordos, entre "
            "memorandos e protocolos.\n\nOs acordos abrangem a mineração e as pescas.",
            "pt",
        ),
    ],
)
def test_a_headline_in_the_present_dates_the_leads_signing(title, text, language):
    found = extract_text(text, language=language, published=PUBLISHED, today=PUBLISHED, title=title)
    first = next(p for p in found if p.kind == "agreement")
    assert (first.date, first.date_precision, first.count) == (PUBLISHED, "day", 9)
    undated = extract_text(text, language=language, published=PUBLISHED, today=PUBLISHED, title=None)
    assert next(p for p in undated if p.kind == "agreement").date is None


@pytest.mark.parametrize(
    "title, language",
    [
        ("Ghana and Chile to sign nine agreements", "en"),
        ("Ghana and Chile sign nine agreements tomorrow", "en"),
        ("Le Ghana et le Chili signeront neuf accords", "fr"),
        ("Гана и Чили подпишут девять соглашений", "ru"),
    ],
)
def test_a_headline_that_points_ahead_dates_nothing(title, language):
    text = {
        "en": "Ministers of Ghana and Chile signed nine agreements, among them memorandums and protocols.",
        "fr": "Des ministres du Ghana et du Chili ont signé neuf accords, dont des mémorandums et des protocoles.",
        "ru": "Министры Ганы и Чили подписали девять соглашений, в том числе меморандумы и протоколы.",
    }[language]
    found = extract_text(text, language=language, published=PUBLISHED, today=PUBLISHED, title=title)
    assert next(p for p in found if p.kind == "agreement").date is None


# --- an instrument being prepared is an agreement to come ---------------------------------------------------


@pytest.mark.parametrize(
    "text, language",
    [
        ("Ghana and Chile prepared two agreements on mining.", "en"),
        ("Ghana and Chile drafted a roadmap for cooperation in mining.", "en"),
        ("Le Ghana et le Chili ont préparé plusieurs accords de coopération.", "fr"),
        ("Le Ghana et le Chili élaborent une feuille de route sur les mines.", "fr"),
        ("Для Ганы и Чили подготовлен пакет новых инвестиционных соглашений.", "ru"),
        ("Гана и Чили разрабатывают дорожную карту сотрудничества.", "ru"),
        ("Gana e Chile prepararam dois acordos de cooperação.", "pt"),
        ("Ghana y Chile preparan varios acuerdos de cooperación.", "es"),
    ],
)
def test_an_instrument_being_prepared_is_announced(text, language):
    found = agreements(text, language)
    assert [p.status for p in found] == ["announced"], found


@pytest.mark.parametrize(
    "text, language",
    [
        ("Ghana and Chile signed the agreement prepared by their ministries.", "en"),
        ("Le Ghana et le Chili ont signé l'accord préparé par leurs ministères.", "fr"),
        ("Гана и Чили подписали соглашение, подготовленное министерствами.", "ru"),
    ],
)
def test_a_prepared_instrument_signed_is_signed(text, language):
    assert [p.status for p in agreements(text, language)] == ["signed"]
