"""A meeting told with a list of counterparts of several states (issue 11, session 17, batch 42), on invented
sentences in English, French, Russian, Portuguese and Spanish:

- a meeting verb or noun followed by counterparts of two or more states, joined by commas, semicolons or a
  coordination, is one bilateral meeting per counterpart, each with the one who met them
  (``extract/event_lists.py``);
- a meeting the sentence calls joint ("trilateral", "ensemble", "трёхсторонняя") stays one meeting;
- a list that stops at a gap with no separator does not take the states after it ("… of Mali on the sidelines of
  the forum in Nairobi");
- "Guinée Bissau" written without its hyphen is Guinea-Bissau, not Guinea;
- the state right after a discussion's word and its preposition ("the discussion on Yemen", "la discussion sur la
  Syrie", "дискуссия по Сирии") is what was discussed, not a side of the meeting.
"""

from __future__ import annotations

from datetime import date

import pytest

from partnerlens.cooperation.extract import extract_text
from partnerlens.cooperation.gazetteer import find_party_mentions

PUBLISHED = date(2025, 3, 12)
_MEETINGS = ("talks", "meeting", "ministerial_meeting")


def meetings(text: str, language: str) -> list[set[str]]:
    found = extract_text(text, language=language, published=PUBLISHED, today=PUBLISHED)
    return [set(p.parties) for p in found if p.kind == "event" and p.type in _MEETINGS]


@pytest.mark.parametrize(
    "text, language, host, guests",
    [
        (
            "On the sidelines of the forum, the Prime Minister of Japan met President Jean Dossou of Benin; President "
            "Amadou Ndiaye of Senegal and Vice President Koffi Yao of Côte d'Ivoire.",
            "en",
            "JPN",
            {"BEN", "SEN", "CIV"},
        ),
        (
            "En marge du sommet, le président togolais Koami Agbo s'est entretenu mardi avec Jean Dossou, son "
            "homologue du Bénin, et avec le Ghanéen Kwame Mensah.",
            "fr",
            "TGO",
            {"BEN", "GHA"},
        ),
        (
            "Le président tunisien a ainsi échangé avec son homologue italien, Marco Rossi, le président mauritanien, "
            "Ahmed Salem, et le président nigérian, Musa Bello.",
            "fr",
            "TUN",
            {"ITA", "MRT", "NGA"},
        ),
        (
            "На полях форума президент Казахстана встретился с президентом Анголы Жозе Мануэлом, премьер-министром "
            "Эфиопии Алему Бекеле и президентом Кении Питером Отиено.",
            "ru",
            "KAZ",
            {"AGO", "ETH", "KEN"},
        ),
        (
            "À margem da cimeira, o Presidente de Portugal reuniu-se com o Presidente de Angola, Manuel Neto, e com o "
            "Primeiro-Ministro de Cabo Verde, José Lopes.",
            "pt",
            "PRT",
            {"AGO", "CPV"},
        ),
        (
            "Al margen de la cumbre, el presidente de Chile se reunió con el presidente de Ghana, Kofi Mensah, y con "
            "el primer ministro de Senegal, Amadou Ndiaye.",
            "es",
            "CHL",
            {"GHA", "SEN"},
        ),
    ],
)
def test_a_meeting_with_listed_counterparts_is_one_meeting_each(
    text: str, language: str, host: str, guests: set[str]
) -> None:
    found = meetings(text, language)
    assert all(len(parties) == 2 for parties in found), found
    assert {frozenset(p) for p in found} == {frozenset({host, guest}) for guest in guests}


@pytest.mark.parametrize(
    "text, language",
    [
        (
            "The President of Kenya held a trilateral meeting with the presidents of Uganda and Tanzania.",
            "en",
        ),
        (
            "Le président du Niger s'est entretenu ensemble avec les présidents du Mali et du Burkina Faso.",
            "fr",
        ),
        (
            "Президент России провёл трёхстороннюю встречу с президентами Азербайджана и Армении.",
            "ru",
        ),
        (
            "O Presidente de Angola reuniu-se conjuntamente com os Presidentes de Moçambique e do Zimbabué.",
            "pt",
        ),
    ],
)
def test_a_joint_meeting_stays_one(text: str, language: str) -> None:
    found = meetings(text, language)
    assert len(found) == 1 and len(found[0]) == 3, found


@pytest.mark.parametrize(
    "text, language",
    [
        ("The President of Ghana met the President of Mali on the sidelines of the forum in Nairobi.", "en"),
        ("Le président du Ghana a rencontré le président malien en marge du forum de Nairobi.", "fr"),
    ],
)
def test_a_list_stops_where_no_separator_joins(text: str, language: str) -> None:
    found = meetings(text, language)
    assert found and all(parties == {"GHA", "MLI"} for parties in found), found


@pytest.mark.parametrize(
    "text, language",
    [
        ("Il a reçu le président de Guinée Bissau.", "fr"),
        ("He received the President of Guinea Bissau.", "en"),
        ("Он принял президента Гвинеи Бисау.", "ru"),
    ],
)
def test_guinea_bissau_without_its_hyphen(text: str, language: str) -> None:
    assert {m.party for m in find_party_mentions(text, language)} == {"GNB"}


@pytest.mark.parametrize(
    "text, language, sides",
    [
        (
            "The President of Kenya praised the frank discussion on Yemen held during his meeting with the President "
            "of Ghana.",
            "en",
            {"KEN", "GHA"},
        ),
        (
            "Le président malien a salué la discussion sur la Syrie lors de sa rencontre avec le président ghanéen.",
            "fr",
            {"MLI", "GHA"},
        ),
        (
            "Президент Казахстана высоко оценил дискуссию по Сирии в ходе встречи с президентом Анголы.",
            "ru",
            {"KAZ", "AGO"},
        ),
        (
            "El presidente de Chile elogió la discusión sobre Siria durante su reunión con el presidente de Ghana.",
            "es",
            {"CHL", "GHA"},
        ),
    ],
)
def test_the_state_a_discussion_is_about_is_no_side(text: str, language: str, sides: set[str]) -> None:
    found = meetings(text, language)
    assert found and all(parties == sides for parties in found), found
