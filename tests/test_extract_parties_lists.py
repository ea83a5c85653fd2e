"""States listed as the members of a group are no sides of the article (issue 11, party precision): a plural group
noun whose members a list in parentheses or after a colon or a dash enumerates ("four Arab states (Tunisia, Morocco, Egypt and
Jordan)", "quatre États (…)", "четыре страны: …") names who the group is. A member named nowhere else as a side is no
party; one that is a side elsewhere (the article's pair, or a subject of another sentence) stays; a single state in
parentheses is no list. All sentences are invented."""

from __future__ import annotations

import pytest

from partnerlens.cooperation.extract.context import build_context, parties
from partnerlens.cooperation.extract.sentences import split_sentences


def sentence_parties(text: str, language: str, index: int = 1) -> list[str]:
    context = build_context(text, language, None, None, None)
    return parties(split_sentences(text)[index], context)


LISTS = [
    (
        "Tunisia and Morocco held their joint commission in Rabat last week. Their trade is also governed by a "
        "free-trade pact signed between four Mediterranean Arab states (Tunisia, Morocco, Egypt and Jordan).",
        "en",
    ),
    (
        "La Tunisie et le Maroc ont tenu leur commission mixte à Rabat. Leurs échanges relèvent aussi d'un accord "
        "conclu entre quatre États arabes méditerranéens (Tunisie, Maroc, Égypte et Jordanie).",
        "fr",
    ),
    (
        "Тунис и Марокко провели заседание совместной комиссии в Рабате. Их торговля регулируется также "
        "соглашением, заключённым между четырьмя арабскими странами (Тунис, Марокко, Египет и Иордания).",
        "ru",
    ),
    (
        "A Tunísia e Marrocos realizaram a sua comissão mista em Rabat. O comércio rege-se também por um acordo "
        "entre quatro países árabes (Tunísia, Marrocos, Egito e Jordânia).",
        "pt",
    ),
    (
        "Túnez y Marruecos celebraron su comisión mixta en Rabat. Su comercio se rige también por un acuerdo "
        "entre cuatro países árabes (Túnez, Marruecos, Egipto y Jordania).",
        "es",
    ),
]


@pytest.mark.parametrize("text, language", LISTS)
def test_members_listed_in_parentheses_are_no_sides(text, language):
    found = sentence_parties(text, language)
    assert {"TUN", "MAR"} <= set(found)
    assert "EGY" not in found and "JOR" not in found


@pytest.mark.parametrize(
    "text, language",
    [
        (
            "Kenya and Ghana signed a customs deal in Accra. The deal follows a pledge by five countries: Nigeria, "
            "Senegal, Kenya, Ghana and Togo.",
            "en",
        ),
        (
            "Le Kenya et le Ghana ont signé un accord douanier à Accra. Il prolonge l'engagement pris par cinq pays : "
            "Nigeria, Sénégal, Kenya, Ghana et Togo.",
            "fr",
        ),
        (
            "Кения и Гана подписали таможенное соглашение в Аккре. Оно продолжает обязательство пяти государств: "
            "Нигерия, Сенегал, Кения, Гана и Того.",
            "ru",
        ),
    ],
)
def test_members_listed_after_a_colon_are_no_sides(text, language):
    found = sentence_parties(text, language)
    assert {"KEN", "GHA"} <= set(found)
    assert not {"NGA", "SEN", "TGO"} & set(found)


@pytest.mark.parametrize(
    "text, language",
    [
        (
            "Kenya and Ghana signed a customs deal in Accra. The deal follows a pledge by five countries — Nigeria, "
            "Senegal, Kenya, Ghana and Togo — made last year.",
            "en",
        ),
        (
            "Le Kenya et le Ghana ont signé un accord douanier à Accra. Il prolonge l'engagement de cinq pays – le "
            "Nigeria, le Sénégal, le Kenya, le Ghana et le Togo – pris l'an dernier.",
            "fr",
        ),
        (
            "Кения и Гана подписали таможенное соглашение в Аккре. Оно продолжает обязательство пяти государств — "
            "Нигерии, Сенегала, Кении, Ганы и Того — принятое в прошлом году.",
            "ru",
        ),
    ],
)
def test_members_listed_after_a_dash_are_no_sides(text, language):
    test_members_listed_after_a_colon_are_no_sides(text, language)


@pytest.mark.parametrize(
    "text, language",
    [
        (
            "Tunisia and Morocco held their joint commission in Rabat. Egypt signed a gas deal with Morocco in May. "
            "Trade is also governed by a pact between four Arab states (Tunisia, Morocco, Egypt and Jordan).",
            "en",
        ),
        (
            "La Tunisie et le Maroc ont tenu leur commission mixte à Rabat. L'Égypte a signé un accord gazier avec le "
            "Maroc en mai. Les échanges relèvent aussi d'un accord entre quatre États arabes (Tunisie, Maroc, Égypte "
            "et Jordanie).",
            "fr",
        ),
        (
            "Тунис и Марокко провели совместную комиссию в Рабате. Египет подписал газовое соглашение с Марокко в "
            "мае. Торговля регулируется также соглашением четырёх арабских стран (Тунис, Марокко, Египет и Иордания).",
            "ru",
        ),
    ],
)
def test_a_member_that_is_a_side_elsewhere_stays(text, language):
    found = sentence_parties(text, language, index=2)
    assert "EGY" in found
    assert "JOR" not in found


@pytest.mark.parametrize(
    "text, language, kept",
    [
        ("Officials met in Nairobi. The talks were hosted by the host country (Kenya).", "en", "KEN"),
        (
            "Les responsables se sont réunis. Les pourparlers ont été accueillis par les pays hôtes (Kenya).",
            "fr",
            "KEN",
        ),
        ("Чиновники встретились в Найроби. Переговоры принимали страны-хозяйки (Кения).", "ru", "KEN"),
    ],
)
def test_a_single_state_in_parentheses_is_no_list(text, language, kept):
    assert kept in sentence_parties(text, language)


def test_a_list_that_names_the_only_states_of_the_article_keeps_its_pair():
    text = "Officials met in Geneva. The two countries (Kenya and Ethiopia) signed a road deal."
    assert {"KEN", "ETH"} <= set(sentence_parties(text, "en"))
