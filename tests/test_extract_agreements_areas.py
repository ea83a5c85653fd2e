"""How an agreement's areas are attached (issue 11, x8sect), in the three ways a dispatch tells them, in every
language: named in the instrument's own phrase ("agreements on energy and transport", "accords dans les domaines
de …", "соглашения в сфере …", "acordos nas áreas de …", "convenios en materia de …"); in a list that follows it
("five agreements covering energy, vaccines and railways"); and in the next sentence, which speaks of the documents
by a noun ("The documents cover …") or by a pronoun that opens it ("They concern …", "Ils portent sur …", "Они
касаются …", "Estes abrangem …", "Estos abarcan …"). Every sentence here is invented."""

from __future__ import annotations

from datetime import date

import pytest

from partnerlens.cooperation.extract import extract_text

PUBLISHED = date(2025, 3, 10)


def agreement_areas(text: str, language: str) -> list[set[str]]:
    found = extract_text(text, language=language, published=PUBLISHED, today=PUBLISHED)
    return [set(p.sectors) for p in found if p.kind == "agreement"]


OWN_PHRASE = [
    ("Kenya and Ghana signed agreements on energy and transport on Monday.", "en"),
    ("Le Sénégal et le Mali ont signé lundi des accords dans les domaines de l'énergie et des transports.", "fr"),
    ("Россия и Египет подписали в понедельник соглашения в сфере энергетики и транспорта.", "ru"),
    ("Angola e Moçambique assinaram na segunda-feira acordos nas áreas da energia e dos transportes.", "pt"),
    ("Chile y Perú firmaron el lunes convenios en materia de energía y transporte.", "es"),
]


@pytest.mark.parametrize("text, language", OWN_PHRASE)
def test_the_areas_named_in_the_instruments_own_phrase_are_its(text, language):
    assert agreement_areas(text, language) == [{"energy", "logistics"}]


LIST_AFTER = [
    ("Kenya and Ghana signed five agreements covering energy, vaccines and railways on Monday.", "en"),
    (
        "Le Sénégal et le Mali ont signé lundi cinq accords portant sur l'énergie, les vaccins et les chemins de fer.",
        "fr",
    ),
    (
        "Россия и Египет подписали в понедельник пять соглашений, охватывающих энергетику, вакцины и железные дороги.",
        "ru",
    ),
    (
        "Angola e Moçambique assinaram na segunda-feira cinco acordos que abrangem a energia, as vacinas e os "
        "caminhos de ferro.",
        "pt",
    ),
    ("Chile y Perú firmaron el lunes cinco convenios que abarcan la energía, las vacunas y los ferrocarriles.", "es"),
    ("Kenya and Ghana signed seven agreements, ranging from agriculture to energy and railways.", "en"),
    ("Le Sénégal et le Mali ont signé sept accords allant de l'agriculture à l'énergie et aux chemins de fer.", "fr"),
    ("Россия и Египет подписали семь соглашений — от сельского хозяйства до энергетики и железных дорог.", "ru"),
]


@pytest.mark.parametrize("text, language", LIST_AFTER)
def test_a_list_of_areas_after_the_instrument_is_its(text, language):
    (areas,) = agreement_areas(text, language)
    assert {"energy", "logistics"} <= areas


NEXT_SENTENCE = [
    ("Kenya and Ghana signed five agreements on Monday. The documents cover energy, health and transport.", "en"),
    ("Kenya and Ghana signed five agreements on Monday. They concern energy, health and transport.", "en"),
    (
        "Le Sénégal et le Mali ont signé lundi cinq accords. Les documents portent sur l'énergie, la santé et les "
        "transports.",
        "fr",
    ),
    ("Le Sénégal et le Mali ont signé lundi cinq accords. Ils concernent l'énergie, la santé et les transports.", "fr"),
    (
        "Le Sénégal et le Mali ont signé lundi cinq conventions. Elles portent sur l'énergie, la santé et les "
        "transports.",
        "fr",
    ),
    (
        "Россия и Египет подписали в понедельник пять соглашений. Документы касаются энергетики, здравоохранения "
        "и транспорта.",
        "ru",
    ),
    (
        "Россия и Египет подписали в понедельник пять соглашений. Они касаются энергетики, здравоохранения и "
        "транспорта.",
        "ru",
    ),
    (
        "Angola e Moçambique assinaram na segunda-feira cinco acordos. Os documentos abrangem a energia, a saúde e "
        "os transportes.",
        "pt",
    ),
    (
        "Angola e Moçambique assinaram na segunda-feira cinco acordos. Estes abrangem a energia, a saúde e os "
        "transportes.",
        "pt",
    ),
    (
        "Chile y Perú firmaron el lunes cinco convenios. Los documentos abarcan la energía, la salud y el transporte.",
        "es",
    ),
    ("Chile y Perú firmaron el lunes cinco convenios. Estos abarcan la energía, la salud y el transporte.", "es"),
]


NEXT_SENTENCE += [
    (
        "Le Sénégal et le Mali ont signé lundi cinq accords. Il s'agit notamment de l'énergie, de la santé et des "
        "transports.",
        "fr",
    ),
    (
        "Россия и Египет подписали в понедельник пять соглашений. Речь идёт об энергетике, здравоохранении и "
        "транспорте.",
        "ru",
    ),
    (
        "Angola e Moçambique assinaram na segunda-feira cinco acordos. Trata-se sobretudo da energia, da saúde e "
        "dos transportes.",
        "pt",
    ),
    ("Chile y Perú firmaron el lunes cinco convenios. Se trata de la energía, la salud y el transporte.", "es"),
]


@pytest.mark.parametrize("text, language", NEXT_SENTENCE)
def test_the_next_sentence_that_speaks_of_the_documents_gives_their_areas(text, language):
    assert agreement_areas(text, language) == [{"energy", "health", "logistics"}]


@pytest.mark.parametrize(
    "text, language",
    [
        ("Kenya and Ghana signed an agreement on health on Monday. They also discussed energy and transport.", "en"),
        (
            "Le Sénégal et le Mali ont signé lundi un accord sur la santé. Ils ont aussi évoqué l'énergie et les "
            "transports.",
            "fr",
        ),
        (
            "Россия и Египет подписали в понедельник соглашение о здравоохранении. Они также обсудили энергетику и "
            "транспорт.",
            "ru",
        ),
        (
            "Angola e Moçambique assinaram na segunda-feira um acordo sobre saúde. Eles discutiram também a energia "
            "e os transportes.",
            "pt",
        ),
        (
            "Chile y Perú firmaron el lunes un convenio sobre salud. Ellos hablaron también de energía y transporte.",
            "es",
        ),
    ],
)
def test_a_pronoun_that_opens_another_action_is_no_reference_to_the_documents(text, language):
    """The areas discussed are the article's (they go to its visit), not the agreement's."""
    assert agreement_areas(VISIT[language] + text, language) == [{"health"}]


VISIT = {
    "en": "The Kenyan president paid a state visit to Ghana on Sunday. ",
    "fr": "Le président sénégalais a effectué dimanche une visite d'État au Mali. ",
    "ru": "Президент России в воскресенье посетил Египет с государственным визитом. ",
    "pt": "O Presidente de Angola efetuou no domingo uma visita de Estado a Moçambique. ",
    "es": "El presidente de Chile realizó el domingo una visita de Estado a Perú. ",
}


@pytest.mark.parametrize(
    "text, language",
    [
        ("Kenya and Ghana signed five agreements on Monday. Officials said they cover energy and transport.", "en"),
        (
            "Kenya and Ghana signed five agreements on Monday. Officials believe that they cover energy and transport.",
            "en",
        ),
    ],
)
def test_a_pronoun_inside_the_sentence_is_read_only_at_its_opening(text, language):
    """A pronoun deep in a sentence may stand for anyone: the instruments' areas are not taken from it."""
    assert agreement_areas(VISIT[language] + text, language) == [set()]


@pytest.mark.parametrize(
    "text, language",
    [
        ("Kenya and Ghana signed five agreements. According to the ministry, they cover energy and transport.", "en"),
        (
            "Le Sénégal et le Mali ont signé cinq accords. Selon le ministre, ils portent sur l'énergie et les "
            "transports.",
            "fr",
        ),
        (
            "Россия и Египет подписали пять контрактов. Как сообщает ТАСС, речь идёт о поставках нефти и "
            "организации железнодорожных перевозок.",
            "ru",
        ),
        (
            "Angola e Moçambique assinaram cinco acordos. Segundo a Lusa, trata-se de acordos na energia e nos "
            "transportes.",
            "pt",
        ),
        (
            "Chile y Perú firmaron cinco convenios. Según la cancillería, estos abarcan la energía y el transporte.",
            "es",
        ),
    ],
)
def test_an_attribution_before_the_reference_keeps_it(text, language):
    """ "Selon le ministre, ils portent sur …", "Как сообщает ТАСС, речь идёт о …": a short clause that says who
    tells it may come before the pronoun."""
    assert agreement_areas(VISIT[language] + text, language) == [{"energy", "logistics"}]


@pytest.mark.parametrize(
    "text",
    [
        "Kenya and Ghana signed 12 cooperation documents in areas including trade, investment and agriculture.",
        "Kenya and Ghana signed twelve intergovernmental documents in areas including trade, investment and agriculture.",
    ],
)
def test_a_count_of_documents_with_a_modifier_is_an_instrument(text):
    """English puts the documents' kind between the count and the noun ("12 cooperation documents"); other
    languages put it after ("12 documents de coopération"), which was read already."""
    found = [
        p for p in extract_text(text, language="en", published=PUBLISHED, today=PUBLISHED) if p.kind == "agreement"
    ]
    assert [(p.count, set(p.sectors)) for p in found] == [(12, {"trade", "investment", "agriculture"})]


def test_documents_with_any_other_word_between_are_no_count_of_instruments():
    text = "Kenya and Ghana exchanged 12 historical documents about their trade routes."
    found = [
        p for p in extract_text(text, language="en", published=PUBLISHED, today=PUBLISHED) if p.kind == "agreement"
    ]
    assert found == []


@pytest.mark.parametrize(
    "text, language",
    [
        (
            "Kenya and Ghana signed four agreements on Monday. Two of them cover education, a third covers tourism.",
            "en",
        ),
        (
            "Le Sénégal et le Mali ont signé lundi quatre accords. Deux d'entre eux portent sur l'éducation, un "
            "troisième sur le tourisme.",
            "fr",
        ),
        (
            "Россия и Египет подписали в понедельник четыре соглашения. Два из них касаются образования, третье — "
            "туризма.",
            "ru",
        ),
        (
            "Angola e Moçambique assinaram na segunda-feira quatro acordos. Dois deles abrangem a educação, um "
            "terceiro o turismo.",
            "pt",
        ),
        (
            "Chile y Perú firmaron el lunes cuatro convenios. Dos de ellos abarcan la educación, un tercero el turismo.",
            "es",
        ),
    ],
)
def test_a_partitive_subject_opening_the_next_sentence_tells_the_areas(text, language):
    """ "Two of them cover …", "Deux d'entre eux portent sur …", "Два из них касаются …", "Dois deles abrangem …",
    "Dos de ellos abarcan …": some of the instruments just signed, named by a partitive of the pronoun, tell the
    signing's areas as the pronoun alone does (x16sectors)."""
    assert agreement_areas(VISIT[language] + text, language) == [{"education", "tourism"}]


@pytest.mark.parametrize(
    "text, language",
    [
        (
            "Kenya and Ghana signed three memorandums of understanding on Monday. The agreements were signed in the "
            "health and energy sectors.",
            "en",
        ),
        (
            "Le Sénégal et le Mali ont signé lundi trois mémorandums d'entente. Les accords ont été signés dans les "
            "domaines de la santé et de l'énergie.",
            "fr",
        ),
        (
            "Россия и Египет подписали в понедельник три меморандума о взаимопонимании. Эти соглашения подписаны в "
            "сферах здравоохранения и энергетики.",
            "ru",
        ),
        (
            "Angola e Moçambique assinaram na segunda-feira três memorandos de entendimento. Os acordos foram "
            "assinados nas áreas da saúde e da energia.",
            "pt",
        ),
        (
            "Chile y Perú firmaron el lunes tres memorandos de entendimiento. Los acuerdos fueron firmados en las "
            "áreas de salud y energía.",
            "es",
        ),
    ],
)
def test_the_generic_noun_told_again_gives_its_areas_to_the_batch_just_told(text, language):
    """ "The agreements were signed in …" after "three memorandums": the generic noun, definite and plural with no
    count of its own, is the batch told again (x16sectors), so its areas are that batch's, and there is one."""
    found = [
        p
        for p in extract_text(VISIT[language] + text, language=language, published=PUBLISHED, today=PUBLISHED)
        if p.kind == "agreement"
    ]
    assert [(p.count, set(p.sectors)) for p in found] == [(3, {"health", "energy"})]


@pytest.mark.parametrize(
    "text, language",
    [
        (
            "Kenya and Ghana signed a memorandum on health on Monday. The agreements were signed in the energy sector.",
            "en",
        ),
        (
            "Kenya and Ghana signed three memorandums on health on Monday. Two agreements on energy were also signed.",
            "en",
        ),
    ],
)
def test_a_single_memorandum_or_a_counted_batch_stays_apart(text, language):
    found = [
        p
        for p in extract_text(VISIT[language] + text, language=language, published=PUBLISHED, today=PUBLISHED)
        if p.kind == "agreement"
    ]
    assert len(found) == 2
