"""Agreement forms a reader meets in any dispatch, in each of the five languages (issue 11, session 21): a signing
told as a thing to come by a noun ("the signing of X is also expected", "the programme includes the signing"); an
instrument concluded in the passive ("the deal was formalised"); pacts and letters of cooperation; a package of
documents, which is no single instrument; a Russian initialling, which is not yet a signing; a Russian instrument governed
by a noun of signing ("подписание соглашения": one); an instrument named only to add another ("besides this
agreement, a memorandum was signed"). Vocabulary in ``data/lang/<lang>.yaml`` and ``data/event_types.yaml``;
invented sentences."""

from __future__ import annotations

import pytest

from _agreement_leads import agreements


def read(text: str, language: str) -> list[tuple]:
    return [(a.instrument, a.count, a.status) for a in agreements(text, language)]


# --- a signing told as a thing to come by its noun ------------------------------------------------------


@pytest.mark.parametrize(
    "text, language",
    [
        ("The signing of several cooperation agreements is also expected during the visit.", "en"),
        ("The programme of the visit includes the signing of new agreements that will boost trade.", "en"),
        ("La signature de plusieurs accords de coopération est également prévue.", "fr"),
        ("Le programme de la visite comprend la signature de nouveaux accords qui renforceront les échanges.", "fr"),
        ("Программа визита включает подписание новых соглашений, которые укрепят торговлю.", "ru"),
        ("Также ожидается подписание ряда соглашений о сотрудничестве.", "ru"),
        ("Também está prevista a assinatura de vários acordos de cooperação.", "pt"),
        ("O programa da visita inclui a assinatura de novos acordos.", "pt"),
        ("La visita incluye la firma de nuevos acuerdos que impulsarán el comercio.", "es"),
        ("También se prevé la firma de varios acuerdos de cooperación.", "es"),
    ],
)
def test_a_signing_noun_told_ahead_is_announced(text, language):
    assert [s for _, _, s in read(text, language)] == ["announced"]


@pytest.mark.parametrize(
    "text, language",
    [
        ("The visit included the signing of five agreements.", "en"),
        ("La visite a compris la signature de cinq accords.", "fr"),
        ("Визит включал подписание пяти соглашений.", "ru"),
        ("A visita incluiu a assinatura de cinco acordos.", "pt"),
        ("La visita incluyó la firma de cinco acuerdos.", "es"),
    ],
)
def test_a_programme_told_in_the_past_signed_them(text, language):
    assert read(text, language) == [("agreement", 5, "signed")]


# --- an instrument concluded in the passive; pacts and letters of cooperation -----------------------------


@pytest.mark.parametrize(
    "text, language",
    [
        ("The agreement was formalised on Friday in Accra.", "en"),
        ("L'accord a été formalisé vendredi à Accra.", "fr"),
        ("Соглашение было оформлено в пятницу в Аккре.", "ru"),
        ("O acordo foi formalizado na sexta-feira em Acra.", "pt"),
        ("El acuerdo fue formalizado el viernes en Acra.", "es"),
    ],
)
def test_an_instrument_formalised_is_signed(text, language):
    assert read(text, language) == [("agreement", 1, "signed")]


@pytest.mark.parametrize(
    "text, language",
    [
        ("Ghana and Chile signed a letter of cooperation on ports.", "en"),
        ("Le Ghana et le Chili ont signé un pacte de stabilité.", "fr"),
        ("Гана и Чили подписали пакт о ненападении.", "ru"),
        ("O Gana e o Chile assinaram um pacto de estabilidade.", "pt"),
        ("Ghana y Chile firmaron una carta de cooperación portuaria.", "es"),
    ],
)
def test_pacts_and_letters_of_cooperation_are_agreements(text, language):
    assert read(text, language) == [("agreement", 1, "signed")]


# --- a package of documents is no single instrument ------------------------------------------------------


@pytest.mark.parametrize(
    "text, language",
    [
        ("Ghana and Chile plan to adopt a package of bilateral documents.", "en"),
        ("Ghana and Chile signed a package of bilateral documents.", "en"),
        ("Le Ghana et le Chili ont signé un paquet de documents bilatéraux.", "fr"),
        ("Гана и Чили подписали пакет двусторонних документов.", "ru"),
        ("O Gana e o Chile assinaram um pacote de documentos bilaterais.", "pt"),
        ("Ghana y Chile firmaron un paquete de documentos bilaterales.", "es"),
    ],
)
def test_a_package_of_documents_is_uncounted(text, language):
    assert [(i, c) for i, c, _ in read(text, language)] == [("agreement", None)]


# --- an initialling is not yet a signing where the press keeps the word for it (Russian) ------------------


@pytest.mark.parametrize(
    "text, language, status",
    [
        ("The agreement on fisheries was initialled by the two ministers in 2019.", "en", "signed"),
        ("Все документы к предстоящим переговорам парафированы.", "ru", "announced"),
        ("Соглашение, парафированное в январе, было подписано в понедельник.", "ru", "signed"),
        ("L'accord a été paraphé par les deux ministres.", "fr", "signed"),
        ("O acordo foi rubricado pelos dois ministros.", "pt", "signed"),
        ("El acuerdo fue rubricado por los dos ministros.", "es", "signed"),
    ],
)
def test_an_initialling_alone_is_announced(text, language, status):
    assert [s for _, _, s in read(text, language)] == [status]


# --- Russian: an instrument governed by a noun of signing is a genitive singular --------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Состоялось подписание соглашения о рыболовстве.", [("agreement", 1)]),
        ("Церемония подписания нового соглашения о торговле прошла в Аккре.", [("agreement", 1)]),
        ("Планируется подписание совместного заявления о создании совета.", [("joint_declaration", 1)]),
        ("Состоялось подписание соглашений о рыболовстве и торговле.", [("agreement", None)]),
        ("Гана и Чили подписали соглашения о рыболовстве.", [("agreement", None)]),
    ],
)
def test_a_russian_instrument_after_a_signing_noun_is_one(text, expected):
    assert [(i, c) for i, c, _ in read(text, "ru")] == expected


# --- an instrument named only to add another ---------------------------------------------------------------


@pytest.mark.parametrize(
    "text, language",
    [
        ("Besides this agreement, the two railways also signed a memorandum on freight.", "en"),
        ("In addition to the agreement, a memorandum on freight was signed by the two railways.", "en"),
        ("Outre cet accord, un mémorandum sur le fret a été signé par les deux compagnies ferroviaires.", "fr"),
        ("En plus de l'accord, les deux compagnies ont signé un mémorandum sur le fret.", "fr"),
        ("Помимо этого соглашения, был также подписан меморандум о грузоперевозках.", "ru"),
        ("Além deste acordo, foi assinado um memorando sobre o transporte de mercadorias.", "pt"),
        ("Además de este acuerdo, se firmó un memorando sobre el transporte de carga.", "es"),
    ],
)
def test_an_instrument_told_before_is_not_read_again(text, language):
    assert read(text, language) == [("memorandum_of_understanding", 1, "signed")]


@pytest.mark.parametrize(
    "text, language",
    [
        (
            "The two leaders will sign agreements on Tuesday. The signing of cooperation agreements is also expected "
            "at the business forum.",
            "en",
        ),
        (
            "Les deux dirigeants signeront des accords mardi. La signature d'accords de coopération est également "
            "prévue au forum d'affaires.",
            "fr",
        ),
        (
            "Лидеры подпишут соглашения во вторник. На бизнес-форуме также ожидается подписание соглашений о "
            "сотрудничестве.",
            "ru",
        ),
        (
            "Os dois líderes vão assinar acordos na terça-feira. Também está prevista a assinatura de acordos de "
            "cooperação no fórum empresarial.",
            "pt",
        ),
        (
            "Los dos líderes firmarán acuerdos el martes. También se prevé la firma de acuerdos de cooperación en el "
            "foro empresarial.",
            "es",
        ),
    ],
)
def test_a_signing_also_expected_is_one_more_batch(text, language):
    assert read(text, language) == [("agreement", None, "announced")] * 2
