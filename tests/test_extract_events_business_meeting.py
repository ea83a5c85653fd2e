"""A meeting with business people is an event of its own beside the visit or the talks its sentence tells ("Besides
the talks with Aliyev, meetings with business representatives are planned"), of the article's pair; and a meeting
told after a visit in a clause of its own ("began his state visit and met his counterpart") is kept beside the
visit (issue 11, events, twenty-fourth session). Invented sentences in the five languages."""

from __future__ import annotations

import datetime as dt

import pytest

from partnerlens.cooperation.extract import extract_text

DAY = dt.date(2022, 4, 20)

BUSINESS = {
    "en": "Kyrgyz President Japarov arrived in Baku on a state visit to Azerbaijan. Kyrgyzstan and Azerbaijan signed "
    "six agreements. Besides the talks with Aliyev, Japarov will meet with business leaders.",
    "fr": "Le président kirghiz Japarov est arrivé à Bakou pour une visite d'Etat en Azerbaïdjan. Le Kirghizistan et "
    "l'Azerbaïdjan ont signé six accords. Outre les entretiens avec Aliev, Japarov aura une rencontre avec les "
    "hommes d'affaires.",
    "ru": "Президент Киргизии Жапаров прибыл в Баку с государственным визитом в Азербайджан. Киргизия и Азербайджан "
    "подписали шесть соглашений. Кроме переговоров с Алиевым у него запланированы встречи с представителями "
    "местного бизнеса.",
    "pt": "O Presidente do Quirguistão, Japarov, chegou a Baku para uma visita de Estado ao Azerbaijão. O "
    "Quirguistão e o Azerbaijão assinaram seis acordos. Além das conversações com Aliyev, Japarov vai reunir-se "
    "com empresários.",
    "es": "El presidente de Kirguistán, Japarov, llegó a Bakú para una visita de Estado a Azerbaiyán. Kirguistán y "
    "Azerbaiyán firmaron seis acuerdos. Además de las conversaciones con Aliyev, Japarov se reunirá con "
    "empresarios.",
}


@pytest.mark.parametrize("language", sorted(BUSINESS))
def test_a_meeting_with_business_people_is_an_event_of_the_pair(language):
    found = extract_text(BUSINESS[language], language=language, published=DAY)
    (meeting,) = [p for p in found if p.kind == "event" and p.type == "business_meeting"]
    assert sorted(meeting.parties) == ["AZE", "KGZ"] and meeting.status == "planned"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The President of Ethiopia will meet with Indian business leaders on Friday."),
        ("fr", "Le président éthiopien rencontrera vendredi les hommes d'affaires indiens."),
    ],
)
def test_the_meeting_word_of_a_business_meeting_is_no_talks(language, text):
    found = extract_text(text, language=language, published=DAY)
    assert [p.type for p in found if p.kind == "event"] == ["business_meeting"]


COORDINATED = {
    "en": "The President of Paraguay began his state visit to Mexico on Monday and met his Mexican counterpart at "
    "Los Pinos.",
    "fr": "Le président du Paraguay a entamé lundi sa visite d'Etat au Mexique et a rencontré son homologue "
    "mexicain à Los Pinos.",
    "ru": "Президент Парагвая в понедельник начал государственный визит в Мексику и встретился с мексиканским "
    "коллегой в Лос-Пинос.",
    "pt": "O Presidente do Paraguai iniciou na segunda-feira a sua visita de Estado ao México e reuniu-se com o seu "
    "homólogo mexicano em Los Pinos.",
    "es": "El presidente de Paraguay comenzó el lunes su visita de Estado a México y se reunió en Los Pinos con su "
    "homólogo mexicano.",
}


@pytest.mark.parametrize("language", sorted(COORDINATED))
def test_a_meeting_in_its_own_clause_after_the_visit_is_kept(language):
    found = extract_text(COORDINATED[language], language=language, published=DAY)
    events = [p for p in found if p.kind == "event"]
    assert any(p.type in ("state_visit", "visit") for p in events)
    assert any(
        p.type in ("meeting", "talks", "ministerial_meeting") and set(p.parties) == {"PRY", "MEX"} for p in events
    )


NOMINAL = {  # a business meeting told by its noun, then a meeting with a minister (read or not: one per family)
    "en": "On Thursday a business meeting between Azerbaijani and Spanish companies will take place, and then the "
    "minister will have a meeting with Azerbaijan's Minister of Economy, Shahin Mustafayev.",
    "fr": "Jeudi aura lieu une rencontre d'affaires entre entreprises azerbaïdjanaises et espagnoles, puis le "
    "ministre aura un entretien avec le ministre azerbaïdjanais de l'Economie, Shahin Mustafayev.",
    "ru": "В четверг состоится деловая встреча азербайджанских и испанских компаний, а затем министр проведет "
    "переговоры с министром экономики Азербайджана Шахином Мустафаевым.",
    "pt": "Na quinta-feira terá lugar uma reunião empresarial entre empresas do Azerbaijão e de Espanha, e depois o "
    "ministro terá um encontro com o ministro da Economia do Azerbaijão, Shahin Mustafayev.",
    "es": "El jueves tendrá lugar una reunión empresarial azerí-española y después el ministro mantendrá un "
    "encuentro con el ministro de Economía de Azerbaiyán, Shahin Mustafayev.",
}


@pytest.mark.parametrize("language", sorted(NOMINAL))
def test_a_business_meeting_told_by_its_noun_is_one(language):
    """ "Una reunión empresarial", "une rencontre d'affaires", "деловая встреча": a business meeting, planned."""
    found = extract_text(NOMINAL[language], language=language, published=dt.date(2015, 3, 4))
    (business,) = [p for p in found if p.kind == "event" and p.type == "business_meeting"]
    assert business.status == "planned"
