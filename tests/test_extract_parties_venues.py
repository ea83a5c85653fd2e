"""Capitals named as a place, not as a side (issue 11, party precision; ``extract/venues.py``).

Invented sentences in five languages: the capital where a summit, a forum, a conference or a fair met (governed by
the gathering's noun, as its attribute, or as the meeting's place in a sentence with a sidelines phrase), and the
capital told as a body's seat. Guards: a capital named as where a visit went stays a side, and a host named again as
a state stays.
"""

from __future__ import annotations

import pytest

from _extract_parties import article_parties

parties = article_parties


@pytest.mark.parametrize(
    ("language", "text", "kept", "dropped"),
    [
        # the venue of a gathering, governed by its noun
        (
            "en",
            "Egyptian President Sisi met Kenyan President Ruto at the African Union summit in Addis Ababa on Sunday.",
            {"EGY", "KEN"},
            {"ETH"},
        ),
        ("en", "Egypt and Kenya signed a trade agreement on Sunday at a forum in Dubai.", {"EGY", "KEN"}, {"ARE"}),
        (
            "fr",
            "Lors du sommet de l'Union africaine à Addis-Abeba, le président kényan a rencontré le président "
            "égyptien dimanche.",
            {"EGY", "KEN"},
            {"ETH"},
        ),
        (
            "fr",
            "Le ministre kényan a rencontré son homologue égyptien en marge du forum de Dakar lundi.",
            {"EGY", "KEN"},
            {"SEN"},
        ),
        (
            "ru",
            "Президент Кении встретился с президентом Египта на саммите Африканского союза в Аддис-Абебе в "
            "воскресенье.",
            {"EGY", "KEN"},
            {"ETH"},
        ),
        (
            "ru",
            "Кения и Египет подписали торговое соглашение в воскресенье на форуме в Дубае.",
            {"EGY", "KEN"},
            {"ARE"},
        ),
        (
            "es",
            "El presidente keniano se reunió con el presidente egipcio en la cumbre de la Unión Africana en Adís "
            "Abeba el domingo.",
            {"EGY", "KEN"},
            {"ETH"},
        ),
        (
            "pt",
            "O presidente queniano reuniu-se com o presidente egípcio na cimeira da União Africana em Adis Abeba no "
            "domingo.",
            {"EGY", "KEN"},
            {"ETH"},
        ),
        # the gathering's attribute, and the meeting's place with a sidelines phrase
        (
            "en",
            "Egypt and Kenya signed a trade agreement on Sunday at the Dakar forum on investment.",
            {"EGY", "KEN"},
            {"SEN"},
        ),
        (
            "en",
            "Kenyan President Ruto met Egyptian President Sisi in Addis Ababa on Sunday, on the sidelines of the summit.",
            {"EGY", "KEN"},
            {"ETH"},
        ),
        # a body's seat
        (
            "en",
            "Kenya and Egypt signed the deal at the Addis Ababa-based African Union on Monday.",
            {"EGY", "KEN"},
            {"ETH"},
        ),
        (
            "fr",
            "Le ministre kényan a rencontré son homologue égyptien à Abuja, siège de la CEDEAO, lundi.",
            {"EGY", "KEN"},
            {"NGA"},
        ),
        (
            "ru",
            "Министр Кении встретился с египетским коллегой в Абудже, где расположена штаб-квартира ЭКОВАС, в "
            "понедельник.",
            {"EGY", "KEN"},
            {"NGA"},
        ),
    ],
)
def test_a_venue_or_a_seat_is_no_side(language: str, text: str, kept: set[str], dropped: set[str]) -> None:
    found = parties(text, language)
    assert kept <= found
    assert not dropped & found


@pytest.mark.parametrize(
    ("language", "text", "kept"),
    [
        ("en", "Egyptian President Sisi arrived in Nairobi on Monday for a state visit.", {"EGY", "KEN"}),
        ("fr", "Le président égyptien est arrivé lundi à Nairobi pour une visite d'État.", {"EGY", "KEN"}),
        ("ru", "Президент Кении прибыл в Каир с государственным визитом 3 марта 2025 года.", {"EGY", "KEN"}),
        (
            "en",
            "Kenya hosted Egypt at the East African business forum in Nairobi on Monday, where they signed two accords.",
            {"EGY", "KEN"},
        ),
        (
            "fr",
            "Le ministre égyptien a signé deux accords lundi lors d'une conférence de presse à Nairobi.",
            {"EGY", "KEN"},
        ),
    ],
)
def test_a_visit_s_capital_and_a_named_host_stay_sides(language: str, text: str, kept: set[str]) -> None:
    assert kept <= parties(text, language)


@pytest.mark.parametrize(
    ("language", "text", "dropped"),
    [
        (
            "en",
            "Kenya and Egypt signed a memorandum on trade at the meeting, attended also by Ghana, Nigeria and Senegal.",
            {"GHA", "NGA", "SEN"},
        ),
        (
            "en",
            "Kenyan President Ruto met Egyptian President Sisi on the margins of the summit, which also brought "
            "together the leaders of Ghana, Nigeria and Senegal.",
            {"GHA", "NGA", "SEN"},
        ),
        (
            "fr",
            "Le président kényan a rencontré son homologue égyptien lors du sommet, auquel ont aussi pris part le "
            "Ghana et le Nigeria.",
            {"GHA", "NGA"},
        ),
        (
            "fr",
            "Le président kényan a rencontré son homologue égyptien lors de la réunion ministérielle, réunissant aussi "
            "le Ghana et le Nigeria.",
            {"GHA", "NGA"},
        ),
        (
            "ru",
            "Президент Кении встретился с президентом Египта на саммите, в котором также приняли участие Гана и "
            "Нигерия.",
            {"GHA", "NGA"},
        ),
        (
            "ru",
            "Президент Кении встретился с президентом Египта на заседании комиссии, с участием Ганы и Нигерии.",
            {"GHA", "NGA"},
        ),
        (
            "es",
            "El presidente keniano se reunió con su homólogo egipcio durante la cumbre, en la que participaron también "
            "Ghana y Nigeria.",
            {"GHA", "NGA"},
        ),
        (
            "pt",
            "O presidente queniano reuniu-se com o homólogo egípcio durante a cimeira, na qual participaram também o "
            "Gana e a Nigéria.",
            {"GHA", "NGA"},
        ),
    ],
)
def test_a_gathering_s_other_participants_are_no_sides(language: str, text: str, dropped: set[str]) -> None:
    found = parties(text, language)
    assert {"EGY", "KEN"} <= found
    assert not dropped & found


@pytest.mark.parametrize(
    ("language", "text", "kept"),
    [
        # a clause about a thing, not a gathering, may be the news
        ("en", "Kenya signed a trade deal with Egypt, which it sees as a gateway to Libya.", {"EGY", "KEN", "LBY"}),
        # a clause that goes on to tell a meeting of its own
        (
            "en",
            "Kenyan President Ruto met Egyptian President Sisi at the meeting, where Ruto also met Ghana's president.",
            {"EGY", "GHA", "KEN"},
        ),
        # the participants' clause opens after a meeting word only: a person's is no list of participants
        (
            "en",
            "Egyptian President Sisi, in the presence of Kenya's ambassador, signed a trade agreement with Ghana.",
            {"EGY", "GHA", "KEN"},
        ),
    ],
)
def test_clauses_that_are_no_list_of_participants_keep_their_states(language: str, text: str, kept: set[str]) -> None:
    assert kept <= parties(text, language)


@pytest.mark.parametrize(
    ("language", "text", "dropped"),
    [
        (
            "en",
            "The Kenyan minister flew to Cairo via Addis Ababa on Monday for talks with his Egyptian counterpart.",
            {"ETH"},
        ),
        (
            "en",
            "The Kenyan minister travelled to Cairo on Monday, transiting through Ethiopia, for talks with his "
            "Egyptian counterpart.",
            {"ETH"},
        ),
        (
            "fr",
            "Le ministre kényan s'est rendu au Caire via Addis-Abeba lundi pour des entretiens avec son homologue "
            "égyptien.",
            {"ETH"},
        ),
        (
            "ru",
            "Министр Кении прибыл в Каир с пересадкой в Аддис-Абебе в понедельник для переговоров с египетским "
            "коллегой.",
            {"ETH"},
        ),
        (
            "es",
            "El ministro keniano viajó a El Cairo con escala en Adís Abeba el lunes para conversar con su homólogo "
            "egipcio.",
            {"ETH"},
        ),
        (
            "pt",
            "O ministro queniano viajou para o Cairo com escala em Adis Abeba na segunda-feira para conversações com o "
            "homólogo egípcio.",
            {"ETH"},
        ),
    ],
)
def test_a_transit_is_no_side(language: str, text: str, dropped: set[str]) -> None:
    found = parties(text, language)
    assert {"EGY", "KEN"} <= found
    assert not dropped & found


def test_via_before_a_medium_leaves_the_state_a_side() -> None:
    """ "via" names a transit only right before the place: a talk held via a video link with a state is the news."""
    text = "Kenyan President Ruto held talks via videoconference with Ethiopian Prime Minister Abiy on Monday."
    assert {"ETH", "KEN"} <= parties(text, "en")
