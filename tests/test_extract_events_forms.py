"""Events told by the form of a verb, and their dates and status, on invented sentences in English, French and
Russian (and Portuguese and Spanish where the class is theirs):

- a visit told by the verb itself in any tense ("a visité", "visitera", "побывал", "вылетел в", "deverá
  deslocar-se", "s'envolera pour") and a meeting told by a reflexive verb with an adverb inside ("se sont ensuite
  entretenus"), by "a échangé avec" or "a accordé une audience", by an infinitive ("tiene previsto reunirse");
- the month an event is set for after a preposition ("planned for April", "prévue pour avril", "запланирован на
  апрель", "prevista para abril");
- a planned event's month or day written without its year lies ahead of the dispatch ("will attend the summit in
  October", written in March: the coming October), a held one's stays the nearest;
- a future told from a reported past ("said the president would visit", "a annoncé qu'il se rendrait", "anunció que
  visitaría"): planned, and its "would" is no hedge; "pas si longtemps" is no "si" of condition.
"""

from __future__ import annotations

from datetime import date

import pytest

from partnerlens.cooperation.extract import extract_text

PUBLISHED = date(2025, 3, 12)  # a Wednesday


def found(text: str, language: str) -> list:
    return [p for p in extract_text(text, language=language, published=PUBLISHED, today=PUBLISHED) if p.kind == "event"]


def printed(proposal) -> str | None:
    if proposal.date is None:
        return None
    return {"day": proposal.date.isoformat(), "month": proposal.date.isoformat()[:7], "year": str(proposal.date.year)}[
        proposal.date_precision
    ]


VERB_EVENTS = [
    ("en", "The Gabonese foreign minister visited Kazakhstan in February.", "held", {"GAB", "KAZ"}),
    ("fr", "Le ministre gabonais des Affaires étrangères a visité le Kazakhstan en février.", "held", {"GAB", "KAZ"}),
    ("fr", "Le ministre gabonais des Affaires étrangères visitera le Kazakhstan en avril.", "planned", {"GAB", "KAZ"}),
    ("ru", "Министр иностранных дел Габона посетил Казахстан в феврале.", "held", {"GAB", "KAZ"}),
    ("ru", "Премьер-министр Габона побывал в Казахстане в феврале.", "held", {"GAB", "KAZ"}),
    ("ru", "Президент Габона вылетел в Астану.", "held", {"GAB", "KAZ"}),
    ("fr", "Le président gabonais s'envolera pour Astana en avril.", "planned", {"GAB", "KAZ"}),
    ("pt", "O presidente do Gabão deverá deslocar-se a Astana em abril.", "planned", {"GAB", "KAZ"}),
    ("en", "The presidents of Gabon and Kazakhstan met in Astana on Monday.", "held", {"GAB", "KAZ"}),
    (
        "fr",
        "Les présidents gabonais et kazakh se sont ensuite longuement entretenus au palais présidentiel.",
        "held",
        {"GAB", "KAZ"},
    ),
    ("fr", "Le Premier ministre gabonais a échangé avec une délégation d'hommes d'affaires kazakhs.", "held", None),
    ("fr", "Le président du Gabon a accordé une audience au ministre kazakh de l'Énergie.", "held", {"GAB", "KAZ"}),
    ("ru", "Президенты Габона и Казахстана встретились в Астане в понедельник.", "held", {"GAB", "KAZ"}),
    ("es", "El presidente de Gabón tiene previsto reunirse con su homólogo de Kazajistán en abril.", "planned", None),
    ("pt", "O presidente do Gabão vai reunir-se com o homólogo do Cazaquistão em abril.", "planned", None),
]


@pytest.mark.parametrize(("language", "text", "status", "sides"), VERB_EVENTS)
def test_an_event_told_by_its_verb_is_read(language, text, status, sides):
    events = found(text, language)
    assert events, text
    assert events[0].status == status
    if sides is not None:
        assert set(events[0].parties) == sides


SET_FOR = [
    ("en", "A state visit to Astana by the President of Gabon is planned for April."),
    ("fr", "Une visite d'État du président gabonais au Kazakhstan est prévue pour avril."),
    ("ru", "Государственный визит президента Габона в Казахстан запланирован на апрель."),
    ("pt", "Uma visita de Estado do presidente do Gabão ao Cazaquistão está prevista para abril."),
    ("es", "Una visita de Estado del presidente de Gabón a Kazajistán está prevista para abril."),
]


@pytest.mark.parametrize(("language", "text"), SET_FOR)
def test_the_month_an_event_is_set_for(language, text):
    events = found(text, language)
    assert [(e.status, printed(e)) for e in events] == [("planned", "2025-04")]


AHEAD = [
    ("en", "The President of Gabon will attend the Africa-Kazakhstan summit in October.", "2025-10"),
    ("fr", "Le président gabonais participera au sommet Afrique-Kazakhstan en octobre.", "2025-10"),
    ("ru", "Президент Габона примет участие в саммите Казахстан — Африка в октябре.", "2025-10"),
    ("en", "The President of Gabon will visit Kazakhstan on 5 January.", "2026-01-05"),
    ("en", "The President of Gabon attended the Africa-Kazakhstan summit in October.", "2024-10"),
    ("fr", "Le président gabonais a participé au sommet Afrique-Kazakhstan en octobre.", "2024-10"),
    ("ru", "Президент Габона принял участие в саммите Казахстан — Африка в октябре.", "2024-10"),
    ("en", "The President of Gabon will visit Kazakhstan in October 2024, the ministry said.", "2024-10"),
]


@pytest.mark.parametrize(("language", "text", "expected"), AHEAD)
def test_a_planned_events_yearless_date_lies_ahead(language, text, expected):
    events = found(text, language)
    assert events and printed(events[0]) == expected


REPORTED = [
    ("en", "Aliyev said the President of Gabon would pay a state visit to Kazakhstan."),
    ("en", "The ministry announced that the Gabonese president would visit Kazakhstan."),
    ("fr", "Le ministère a annoncé que le président gabonais se rendrait au Kazakhstan."),
    ("fr", "La présidence a indiqué que le chef de l'État gabonais effectuerait une visite officielle au Kazakhstan."),
    ("ru", "МИД сообщил, что президент Габона посетит Казахстан."),
    ("es", "El ministerio anunció que el presidente de Gabón visitaría Kazajistán."),
    ("pt", "O ministério anunciou que o presidente do Gabão visitaria o Cazaquistão."),
]


@pytest.mark.parametrize(("language", "text"), REPORTED)
def test_a_future_told_from_a_reported_past_is_planned(language, text):
    assert {e.status for e in found(text, language)} == {"planned"}


HEDGED = [
    ("en", "If the President of Gabon visits Kazakhstan, trade would grow."),
    ("fr", "Si le président gabonais se rend au Kazakhstan, les échanges pourraient croître."),
    ("ru", "Если президент Габона посетит Казахстан, товарооборот мог бы вырасти."),
]


@pytest.mark.parametrize(("language", "text"), HEDGED)
def test_a_condition_is_still_a_hedge(language, text):
    assert found(text, language) == []


NOT_A_CONDITION = [
    ("en", "Not so long ago, the presidents of Gabon and Kazakhstan met in Astana."),
    ("fr", "Il n'y a pas si longtemps, les présidents gabonais et kazakh se sont rencontrés à Astana."),
    ("ru", "Не так давно президенты Габона и Казахстана встретились в Астане."),
]


@pytest.mark.parametrize(("language", "text"), NOT_A_CONDITION)
def test_so_long_ago_is_no_condition(language, text):
    assert [e.status for e in found(text, language)] == ["held"]


INTENDED = [
    ("en", "The President of Gabon hopes to visit Kazakhstan."),
    ("en", "The President of Gabon hopes to pay a state visit to Kazakhstan."),
    ("fr", "Le président gabonais envisage de se rendre au Kazakhstan."),
    ("fr", "Le président gabonais souhaite effectuer une visite au Kazakhstan."),
    ("ru", "Президент Габона хочет посетить Казахстан."),
    ("ru", "Президент Габона хочет совершить визит в Казахстан."),
    ("es", "Erdogan dijo que contempla visitar Venezuela."),
    ("pt", "O presidente do Gabão pretende realizar uma visita ao Cazaquistão."),
]


@pytest.mark.parametrize(("language", "text"), INTENDED)
def test_an_event_after_a_verb_of_intent_is_planned(language, text):
    assert {e.status for e in found(text, language)} == {"planned"}


DONE_WITH_INTENT_ELSEWHERE = [
    ("en", "The President of Gabon, who hopes to boost trade, paid a state visit to Kazakhstan."),
    ("fr", "Le président gabonais, qui souhaite renforcer les échanges, a effectué une visite au Kazakhstan."),
    ("ru", "Президент Габона, который хочет увеличить товарооборот, посетил Казахстан."),
    ("es", "El presidente de Gabón viajó a Kazajistán para visitar una planta."),
]


@pytest.mark.parametrize(("language", "text"), DONE_WITH_INTENT_ELSEWHERE)
def test_an_intent_that_governs_another_verb_leaves_the_event_held(language, text):
    assert {e.status for e in found(text, language)} == {"held"}


PAIR = {
    "en": "The presidents of Gabon and Kazakhstan have strong ties. ",
    "fr": "Le Gabon et le Kazakhstan entretiennent des liens étroits. ",
    "ru": "Габон и Казахстан поддерживают тесные связи. ",
}
SIDELINES = [
    ("en", "On the sidelines of the summit in Addis Ababa, the Gabonese president met the president of Kazakhstan."),
    (
        "fr",
        "En marge du sommet de l'Union africaine à Addis-Abeba, le président gabonais a rencontré le président kazakh.",
    ),
    ("ru", "На полях саммита в Аддис-Абебе президент Габона встретился с президентом Казахстана."),
]


@pytest.mark.parametrize(("language", "text"), SIDELINES)
def test_the_meeting_on_the_sidelines_is_the_event_and_the_venue_no_side(language, text):
    events = [e for e in found(PAIR[language] + text, language) if e.evidence.text == text]
    assert [e.type for e in events] in (["talks"], ["meeting"], ["ministerial_meeting"])
    assert set(events[0].parties) == {"GAB", "KAZ"}


GATHERINGS = [
    (
        "en",
        "We were together with the Gabonese president at the Astana Forum. He will also attend the Gabon-Kazakhstan Business Forum.",
    ),
    (
        "fr",
        "Nous étions ensemble au Forum d'Astana avec le président gabonais. Il participera aussi au Forum d'affaires Gabon-Kazakhstan.",
    ),
    (
        "ru",
        "Мы были вместе с президентом Габона на Астанинском форуме. Он также примет участие в бизнес-форуме Габон — Казахстан.",
    ),
]


@pytest.mark.parametrize(("language", "text"), GATHERINGS)
def test_a_gathering_to_come_is_not_one_already_held(language, text):
    statuses = sorted(e.status for e in found(text, language) if e.type in ("forum", "summit"))
    assert "planned" in statuses


TIES = [
    ("en", "Gabon and Kazakhstan maintain close ties."),
    ("fr", "Le Gabon et le Kazakhstan entretiennent des liens étroits."),
    ("fr", "Le Gabon entretient d'excellentes relations avec le Kazakhstan."),
    ("ru", "Габон и Казахстан поддерживают тесные связи."),
]


@pytest.mark.parametrize(("language", "text"), TIES)
def test_maintaining_ties_is_no_meeting(language, text):
    assert found(text, language) == []


POSTED = [
    ("en", "11.03.2025 14:35\nThe presidents of Gabon and Kazakhstan held talks in Astana on Tuesday."),
    ("en", "11 March 2025, 14:35 GMT\nThe presidents of Gabon and Kazakhstan held talks in Astana on Tuesday."),
    ("fr", "11.03.2025 à 14h35\nLes présidents du Gabon et du Kazakhstan ont eu mardi des entretiens à Astana."),
    ("ru", "11.03.2025 14:35\nВо вторник президенты Габона и Казахстана провели переговоры в Астане."),
]


@pytest.mark.parametrize(("language", "text"), POSTED)
def test_a_date_line_with_its_hour_dates_the_dispatch(language, text):
    events = [p for p in extract_text(text, language=language) if p.kind == "event"]
    assert [printed(e) for e in events] == ["2025-03-11"]


GATHERING_WORDS = [
    ("en", "A round table on Kazakh investment in Gabon brought together 100 companies in Libreville."),
    ("en", "The first session of the Gabon-Kazakhstan strategic dialogue took place in Astana."),
    ("fr", "Les journées économiques gabono-kazakhes se sont ouvertes lundi à Libreville."),
    ("fr", "Une table ronde sur les investissements kazakhs au Gabon a réuni plus de 100 entreprises."),
    ("fr", "La première session du dialogue stratégique entre le Gabon et le Kazakhstan s'est tenue à Astana."),
    ("ru", "В Астане прошел круглый стол по инвестициям Казахстана в Габон."),
    ("ru", "В Астане состоялось первое заседание стратегического диалога Габона и Казахстана."),
]


@pytest.mark.parametrize(("language", "text"), GATHERING_WORDS)
def test_a_gathering_named_by_its_kind_is_an_event(language, text):
    events = found(text, language)
    assert events and {"GAB", "KAZ"} <= set(events[0].parties)


THEN = [
    (
        "en",
        "The Emir of Qatar paid an official visit to Gabon on Friday, 22 December 2017.\n\n"
        "He was welcomed at the airport by the Gabonese president.\n\n"
        "The two heads of state then held talks at the presidential palace.",
    ),
    (
        "fr",
        "L'émir du Qatar était ce vendredi 22 décembre 2017 en visite officielle au Gabon.\n\n"
        "Il a été accueilli à l'aéroport par le président gabonais.\n\n"
        "Les deux chefs d'Etat se sont ensuite entretenus au palais présidentiel.",
    ),
    (
        "ru",
        "Эмир Катара 22 декабря 2017 года прибыл с официальным визитом в Габон.\n\n"
        "В аэропорту его встретил президент Габона.\n\n"
        "Затем эмир Катара и президент Габона провели переговоры во дворце президента.",
    ),
]


@pytest.mark.parametrize(("language", "text"), THEN)
def test_talks_told_as_following_the_visit_take_its_day(language, text):
    last = text.split("\n\n")[-1]
    events = [e for e in found(text, language) if last in [e.evidence.text, *(a.text for a in e.also or [])]]
    assert [printed(e) for e in events] == ["2017-12-22"]


def test_a_meeting_still_to_come_after_then_keeps_no_borrowed_day():
    text = (
        "Esta noche llegó a Libreville el presidente de Kazajistán.\n\n"
        "Posteriormente, el mandatario kazajo sostendrá un encuentro privado con el presidente de Gabón."
    )
    events = [e for e in found(text, "es") if e.status == "planned"]
    assert events and all(e.date is None or e.date != PUBLISHED for e in events)


NTH_DAY = [
    (
        "en",
        "Gabon and Kazakhstan signed six agreements on Monday, on the second day of the official visit of the Kazakh minister.",
    ),
    (
        "fr",
        "Le Gabon et le Kazakhstan ont signé six accords lundi, au deuxième jour de la visite officielle du ministre kazakh.",
    ),
    (
        "ru",
        "Габон и Казахстан подписали шесть соглашений в понедельник, во второй день официального визита министра Казахстана.",
    ),
    (
        "pt",
        "O Gabão e o Cazaquistão assinaram seis acordos na segunda-feira, no segundo dia da visita oficial do ministro cazaque.",
    ),
    (
        "es",
        "Gabón y Kazajistán firmaron seis convenios el lunes, en la segunda jornada de la visita oficial del canciller kazajo.",
    ),
]


@pytest.mark.parametrize(("language", "text"), NTH_DAY)
def test_a_visit_told_on_its_second_day_began_the_day_before(language, text):
    visits = [e for e in found(text, language) if "visit" in e.type]
    assert [printed(v) for v in visits] == ["2025-03-09"]  # Monday 10 March was its second day


def test_a_meeting_told_that_day_keeps_the_day_itself():
    text = (
        "Gabón y Kazajistán firmaron seis convenios el lunes, en la segunda jornada de la visita oficial del canciller"
        " kazajo. Durante el encuentro celebrado previo a la firma, los cancilleres de Gabón y Kazajistán destacaron"
        " las potencialidades."
    )
    dates = {e.type: printed(e) for e in found(text, "es")}
    assert dates.get("official_visit") == "2025-03-09"
    assert "2025-03-10" in dates.values()


@pytest.mark.parametrize(
    "text, language",
    [
        ("Minister Novak spoke after the eighth meeting of the joint Russian-Algerian commission on trade.", "en"),
        ("Le ministre s'est exprimé après la huitième session de la commission mixte algéro-russe.", "fr"),
        (
            "Министр выступил по итогам восьмого заседания смешанной межправительственной российско-алжирской "
            "комиссии по торгово-экономическому сотрудничеству.",
            "ru",
        ),
    ],
)
def test_a_commission_named_with_a_hyphenated_adjective_is_a_commission(text, language):
    """Batch 19 (issue 11): "смешанной межправительственной российско-алжирской комиссии" was no event — the words
    allowed between "mixed" and "commission" could not hold a hyphenated adjective ("российско-алжирской",
    "Russian-Algerian")."""
    assert "intergovernmental_commission" in {
        p.type for p in extract_text(text, language=language) if p.kind == "event"
    }
