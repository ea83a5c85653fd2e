"""Planned versus held from the form of the verbs, and dates named from the dispatch's day, on invented sentences
in English, French, Russian, Portuguese and Spanish (issue 11: event status and event date): futures by their
endings or morphology ("effectuera", "совершит", "realizará"), near futures ("va effectuer", "vai realizar"),
words that put an event ahead ("la semaine prochaine", "на следующей неделе"), the present with a day to come
("inicia esta sexta-feira"), "yesterday" in five languages, weekdays with their direction ("el pasado lunes",
"vendredi dernier", "na próxima segunda-feira"), weeks that fix no day, parts of months, ranges, 29 February."""

from __future__ import annotations

from datetime import date

import pytest

from partnerlens.cooperation.dates import find_dates, resolve_dates
from partnerlens.cooperation.extract import extract_text
from partnerlens.cooperation.extract.tense import future, past

PUBLISHED = date(2025, 3, 12)  # a Wednesday


def visit(text: str, language: str, published: date | None = PUBLISHED):
    found = [p for p in extract_text(text, language=language, published=published, today=PUBLISHED)]
    (event,) = [p for p in found if p.kind == "event"]
    return event


# --- the future by its form -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, language",
    [
        ("Le président kényan effectuera une visite officielle en Ouzbékistan.", "fr"),
        ("Le président kényan s'apprête à effectuer une visite en Ouzbékistan.", "fr"),
        ("Le président kényan doit effectuer une visite de travail en Ouzbékistan.", "fr"),
        ("Le président kényan va entamer une visite d'État en Ouzbékistan.", "fr"),
        ("Президент Кении совершит официальный визит в Узбекистан.", "ru"),
        ("Президент Кении намерен посетить Узбекистан с визитом.", "ru"),
        ("Визит президента Кении в Узбекистан продлится два дня.", "ru"),
        ("O Presidente do Quénia realizará uma visita oficial ao Uzbequistão.", "pt"),
        ("O Presidente do Quénia vai realizar uma visita ao Uzbequistão.", "pt"),
        ("El presidente de Kenia realizará una visita oficial a Uzbekistán.", "es"),
        ("El presidente de Kenia va a realizar una visita a Uzbekistán.", "es"),
        ("The Kenyan president is due to visit Uzbekistan.", "en"),
    ],
)
def test_a_visit_told_in_the_future_is_planned(text, language):
    event = visit(text, language)
    assert event.status == "planned" and set(event.parties) == {"KEN", "UZB"}


@pytest.mark.parametrize(
    "text, language",
    [
        ("The Kenyan president visited Uzbekistan, which will lift trade between the two countries.", "en"),
        ("Le président kényan a effectué une visite en Ouzbékistan qui permettra de doubler les échanges.", "fr"),
        ("Президент Кении посетил Узбекистан, что позволит нарастить торговлю.", "ru"),
        ("O Presidente do Quénia realizou uma visita ao Uzbequistão que permitirá reforçar o comércio.", "pt"),
        ("El presidente de Kenia realizó una visita a Uzbekistán que permitirá reforzar el comercio.", "es"),
    ],
)
def test_what_a_held_visit_will_bring_leaves_it_held(text, language):
    assert visit(text, language).status == "held"


@pytest.mark.parametrize(
    "text, language",
    [
        ("The Kenyan president travels to Uzbekistan next week for talks.", "en"),
        ("Le président kényan se rend en Ouzbékistan la semaine prochaine.", "fr"),
        ("На следующей неделе президент Кении посещает Узбекистан.", "ru"),
        ("O Presidente do Quénia visita o Uzbequistão na próxima semana.", "pt"),
        ("El presidente de Kenia visita Uzbekistán la próxima semana.", "es"),
    ],
)
def test_a_word_that_puts_the_visit_ahead_makes_it_planned_whatever_the_verb(text, language):
    found = extract_text(text, language=language, published=PUBLISHED, today=PUBLISHED)
    (event,) = [p for p in found if p.kind == "event" and "visit" in p.type]  # "for talks" is an event of its own
    # a week fixes no day, but its month when it lies in one (17–23 March 2025)
    assert event.status == "planned" and (event.date, event.date_precision) == (date(2025, 3, 1), "month")


@pytest.mark.parametrize(
    "words, language, expected",
    [
        ("il signera", "fr", True),
        ("la lira turque", "fr", False),
        ("il rencontra", "fr", False),  # passé simple, not a future
        ("посетит", "ru", True),
        ("пущу", "ru", False),  # a noun as often as a verb
        ("realizará", "pt", True),
        ("firmarán", "es", True),
        ("tendrá lugar", "es", True),
    ],
)
def test_the_future_is_read_from_the_verb_form(words, language, expected):
    assert future(words, language) is expected


@pytest.mark.parametrize(
    "words, language",
    [("s'est rendu", "fr"), ("посетил", "ru"), ("chegou", "pt"), ("llegó", "es"), ("visited", "en")],
)
def test_the_past_is_read_from_the_verb_form(words, language):
    assert past(words, language)


# --- the present with a day to come ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, language",
    [
        ("The Kenyan president begins a state visit to Uzbekistan on Friday.", "en"),
        ("Le président kényan entame vendredi une visite d'État en Ouzbékistan.", "fr"),
        ("O Presidente do Quénia inicia esta sexta-feira uma visita de Estado ao Uzbequistão.", "pt"),
        ("El presidente de Kenia inicia este viernes una visita de Estado a Uzbekistán.", "es"),
    ],
)
def test_a_weekday_in_the_present_is_the_next_one_and_the_visit_planned(text, language):
    event = visit(text, language)
    assert (event.status, event.date, event.date_precision) == ("planned", date(2025, 3, 14), "day")
    undated = visit(text, language, published=None)  # no dispatch day: still to come, but undated
    assert (undated.status, undated.date) == ("planned", None)


# --- days, weekdays and weeks named from the dispatch's day -----------------------------------------------


@pytest.mark.parametrize(
    "text, language",
    [
        ("The Kenyan president arrived in Uzbekistan yesterday on an official visit.", "en"),
        ("Le président kényan est arrivé hier en Ouzbékistan pour une visite officielle.", "fr"),
        ("Президент Кении вчера прибыл в Узбекистан с официальным визитом.", "ru"),
        ("O Presidente do Quénia chegou ontem ao Uzbequistão para uma visita oficial.", "pt"),
        ("El presidente de Kenia llegó ayer a Uzbekistán para una visita oficial.", "es"),
    ],
)
def test_yesterday_is_the_day_before_the_dispatch(text, language):
    event = visit(text, language)
    assert (event.status, event.date, event.date_precision) == ("held", date(2025, 3, 11), "day")


@pytest.mark.parametrize(
    "text, language, day",
    [
        ("El pasado lunes, el presidente de Kenia visitó Uzbekistán.", "es", date(2025, 3, 10)),
        ("El presidente de Kenia visitó Uzbekistán el lunes pasado.", "es", date(2025, 3, 10)),
        ("Le président kényan s'est rendu en Ouzbékistan vendredi dernier.", "fr", date(2025, 3, 7)),
        ("Президент Кении посетил Узбекистан в прошлый вторник.", "ru", date(2025, 3, 11)),
        ("O Presidente do Quénia visitou o Uzbequistão na segunda-feira.", "pt", date(2025, 3, 10)),
        ("The Kenyan president visited Uzbekistan last Thursday.", "en", date(2025, 3, 6)),
    ],
)
def test_a_past_weekday_is_the_last_one(text, language, day):
    event = visit(text, language)
    assert (event.status, event.date) == ("held", day)


@pytest.mark.parametrize(
    "text, language",
    [
        ("O Presidente do Quénia visitará o Uzbequistão na próxima segunda-feira.", "pt"),
        ("El presidente de Kenia visitará Uzbekistán el próximo lunes.", "es"),
        ("Le président kényan se rendra en Ouzbékistan lundi prochain.", "fr"),
        ("Президент Кении посетит Узбекистан в следующий понедельник.", "ru"),
        ("The Kenyan president will visit Uzbekistan next Monday.", "en"),
    ],
)
def test_a_next_weekday_is_the_next_one(text, language):
    event = visit(text, language)
    assert (event.status, event.date) == ("planned", date(2025, 3, 17))


@pytest.mark.parametrize(
    "text, language",
    [
        ("The Kenyan president visited Uzbekistan this week.", "en"),
        ("Le président kényan s'est rendu en Ouzbékistan cette semaine.", "fr"),
        ("Президент Кении на этой неделе посетил Узбекистан.", "ru"),
    ],
)
def test_a_week_fixes_no_day(text, language):
    event = visit(text, language)
    assert (event.status, event.date, event.date_precision) == ("held", date(2025, 3, 1), "month")  # 10–16 March
    split = visit(text, language, published=date(2025, 3, 2))  # a Sunday: its week is 24 February – 2 March
    assert split.date is None


# --- months, ranges and 29 February ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, language, expected",
    [
        ("Le président kényan s'est rendu en Ouzbékistan début mars.", "fr", ("held", date(2025, 3, 1), "month")),
        ("Президент Кении посетил Узбекистан в конце февраля.", "ru", ("held", date(2025, 2, 1), "month")),
        ("El presidente de Kenia visitó Uzbekistán a finales de febrero.", "es", ("held", date(2025, 2, 1), "month")),
        ("The Kenyan president visited Uzbekistan in early February.", "en", ("held", date(2025, 2, 1), "month")),
        ("The Kenyan president will visit Uzbekistan next month.", "en", ("planned", date(2025, 4, 1), "month")),
        (
            "Le président kényan se rendra en Ouzbékistan le mois prochain.",
            "fr",
            ("planned", date(2025, 4, 1), "month"),
        ),
    ],
)
def test_a_month_told_in_parts_or_from_the_dispatch_is_month_precise(text, language, expected):
    event = visit(text, language)
    assert (event.status, event.date, event.date_precision) == expected


@pytest.mark.parametrize(
    "text, language",
    [
        ("La commission mixte Kenya-Ouzbékistan s'est réunie du 3 au 5 mars.", "fr"),
        ("Межправительственная комиссия Кении и Узбекистана заседала 3–5 марта.", "ru"),
        ("La comisión mixta de Kenia y Uzbekistán se reunió del 3 al 5 de marzo.", "es"),
        ("A comissão mista do Quénia e do Uzbequistão reuniu-se de 3 a 5 de março.", "pt"),
    ],
)
def test_a_range_of_days_dates_the_event_its_first_day(text, language):
    event = visit(text, language)
    assert (event.date, event.date_precision) == (date(2025, 3, 3), "day")


def test_29_february_without_a_year_is_in_the_leap_year_before_the_dispatch():
    (mention,) = resolve_dates(find_dates("on 29 February"), published=PUBLISHED)
    assert mention.value == date(2024, 2, 29)
    (undated,) = resolve_dates(find_dates("on 29 February"), today=PUBLISHED)  # no known date: no year
    assert undated.value is None


# --- the parties of a visit or meeting with a counterpart; states named in Portuguese and Spanish -------------


ARTICLE_HEAD = {
    "en": "Kenya and Uzbekistan: Kenya's minister in Tashkent. Kenya hopes for more trade. ",
    "fr": "Le Kenya et l'Ouzbékistan : le ministre du Kenya à Tachkent. Le Kenya espère plus d'échanges. ",
    "ru": "Кения и Узбекистан: министр Кении в Ташкенте. Кения надеется на рост торговли. ",
    "pt": "O Quénia e o Uzbequistão: ministro do Quénia em Tasquente. O Quénia espera mais comércio. ",
    "es": "Kenia y Uzbekistán: el ministro de Kenia en Taskent. Kenia espera más comercio. ",
}


@pytest.mark.parametrize(
    "sentence, language",
    [
        ("The minister met his counterparts from Uzbekistan and Tajikistan.", "en"),
        ("Le ministre a rencontré ses homologues d'Ouzbékistan et du Tadjikistan.", "fr"),
        ("Министр встретился со своими коллегами из Узбекистана и Таджикистана.", "ru"),
        ("O ministro reuniu-se com os seus homólogos do Uzbequistão e do Tajiquistão.", "pt"),
        ("El ministro se reunió con sus pares de Uzbekistán y Tayikistán.", "es"),
    ],
)
def test_the_side_a_counterpart_sentence_leaves_unnamed_is_the_articles_own(sentence, language):
    found = extract_text(ARTICLE_HEAD[language] + sentence, language=language, published=PUBLISHED)
    meetings = [p for p in found if p.kind == "event" and "TJK" in p.parties]
    assert meetings and set(meetings[0].parties) == {"KEN", "UZB", "TJK"}


@pytest.mark.parametrize(
    "text, language, expected",
    [
        ("Argelia y Egipto firmaron un acuerdo", "es", {"DZA", "EGY"}),
        ("o presidente angolano recebeu o homólogo moçambicano", "pt", {"AGO", "MOZ"}),
        ("la delegación emiratí llegó a Moscú", "es", {"ARE", "RUS"}),
        ("os Emirados e a parte chinesa", "pt", {"ARE", "CHN"}),
        ("les Émirats et le Maroc", "fr", {"ARE", "MAR"}),
        ("Эмираты и Марокко", "ru", {"ARE", "MAR"}),
        ("Quênia e Irã", "pt", {"KEN", "IRN"}),
        ("na língua portuguesa", "pt", set()),  # a language is no party
    ],
)
def test_states_are_named_by_name_adjective_capital_and_short_form(text, language, expected):
    from partnerlens.cooperation.gazetteer import find_party_mentions

    assert {m.party for m in find_party_mentions(text, language)} == expected


# --- invitations, occasions, a figure's year, a year told nearby, parts of the day --------------------------


@pytest.mark.parametrize(
    "text, language",
    [
        ("The Kenyan president received an invitation to pay an official visit to Uzbekistan.", "en"),
        ("Le président kényan a reçu une invitation à effectuer une visite officielle en Ouzbékistan.", "fr"),
        ("Президент Кении получил приглашение посетить Узбекистан с официальным визитом.", "ru"),
        ("O Presidente do Quénia recebeu um convite para efectuar uma visita oficial ao Uzbequistão.", "pt"),
        ("El presidente de Kenia recibió una invitación para realizar una visita oficial a Uzbekistán.", "es"),
    ],
)
def test_an_invitation_to_visit_is_a_visit_to_come(text, language):
    assert visit(text, language).status == "planned"


@pytest.mark.parametrize(
    "text, language",
    [
        ("Kenya and Uzbekistan will sign five agreements during the official visit, officials said.", "en"),
        ("Le Kenya et l'Ouzbékistan signeront cinq accords lors de la visite officielle.", "fr"),
        ("Кения и Узбекистан подпишут пять соглашений в ходе официального визита.", "ru"),
    ],
)
def test_the_tense_of_what_happens_during_a_visit_is_not_the_visits(text, language):
    found = extract_text(text, language=language, published=PUBLISHED, today=PUBLISHED)
    (event,) = [p for p in found if p.kind == "event"]
    assert event.status == "held"
    assert all(p.status == "announced" for p in found if p.kind == "agreement")


@pytest.mark.parametrize(
    "text, language",
    [
        ("Trade reached $5.4 billion in 2022, the Kenyan minister said at the Kenya-Uzbekistan business forum.", "en"),
        (
            "Les échanges ont atteint 5,4 milliards de dollars en 2022, a déclaré le ministre kényan lors du forum "
            "d'affaires Kenya-Ouzbékistan.",
            "fr",
        ),
    ],
)
def test_a_figures_year_does_not_date_an_event(text, language):
    found = extract_text(text, language=language, published=PUBLISHED, today=PUBLISHED)
    (forum,) = [p for p in found if p.kind == "event"]
    assert forum.date_precision != "year"  # undated, or the dispatch's day (a statement made at it)


@pytest.mark.parametrize(
    "text, language",
    [
        (
            "The Kenyan president was due in Tashkent on 11 June 2014, just after the first Kenya-Uzbekistan business "
            "forum (9 and 10 June).",
            "en",
        ),
        (
            "Le président kényan devait se rendre à Tachkent le 11 juin 2014 juste après le premier forum d'affaires "
            "Kenya-Ouzbékistan (9 et 10 juin).",
            "fr",
        ),
    ],
)
def test_a_day_without_a_year_takes_the_year_written_just_before_it(text, language):
    mentions = resolve_dates(find_dates(text), published=PUBLISHED)
    assert [m.value for m in mentions if m.day in (9, 11)] == [date(2014, 6, 11), date(2014, 6, 9)]


@pytest.mark.parametrize(
    "text, language, day",
    [
        ("The Kenyan president arrived in Tashkent last night for a visit to Uzbekistan.", "en", date(2025, 3, 11)),
        ("Le président kényan est arrivé ce soir à Tachkent pour une visite en Ouzbékistan.", "fr", PUBLISHED),
        ("O Presidente do Quénia chegou esta manhã a Tasquente para uma visita ao Uzbequistão.", "pt", PUBLISHED),
        ("Esta noche llegó a Taskent el presidente de Kenia para una visita a Uzbekistán.", "es", PUBLISHED),
        ("El presidente de Kenia llegó anoche a Taskent para una visita a Uzbekistán.", "es", date(2025, 3, 11)),
    ],
)
def test_a_part_of_a_day_dates_the_visit_that_day(text, language, day):
    event = visit(text, language)
    assert (event.status, event.date) == ("held", day)


def test_a_visitor_is_no_visit():
    found = extract_text(
        "Duque será distinguido como visitante ilustre de la ciudad de Buenos Aires, en Argentina y Colombia.",
        language="es",
        published=PUBLISHED,
    )
    assert not [p for p in found if p.kind == "event"]


# --- people with their titles in five languages -----------------------------------------------------------


@pytest.mark.parametrize(
    "text, language, name, party",
    [
        (
            "Le vice-ministre kényan des Affaires étrangères, Jean Mwangi, a annoncé l'accord.",
            "fr",
            "Jean Mwangi",
            "KEN",
        ),
        (
            "Firmó el ministro keniano de Comercio Exterior y la Inversión Extranjera, Juan Kamau.",
            "es",
            "Juan Kamau",
            "KEN",
        ),
        ("Assinou o ministro queniano das Relações Exteriores, João Otieno.", "pt", "João Otieno", "KEN"),
        ("The president met his Kenyan counterpart William Ruto on Monday.", "en", "William Ruto", "KEN"),
        ("El Presidente electo de Kenia, Pedro Wanjiku, llegó a Taskent.", "es", "Pedro Wanjiku", "KEN"),
        ("Президент Кении В.Руто провел переговоры в Ташкенте.", "ru", "В.Руто", "KEN"),
    ],
)
def test_people_are_read_with_their_title_portfolio_and_state(text, language, name, party):
    from partnerlens.cooperation.gazetteer import find_party_mentions
    from partnerlens.cooperation.people import find_people

    found = {p.person.name: p.person for p in find_people(text, find_party_mentions(text, language), language)}
    assert name in found and found[name].party == party


def test_a_name_with_particles_is_read_whole_and_in_the_nominative():
    from partnerlens.cooperation.gazetteer import find_party_mentions
    from partnerlens.cooperation.people import find_people

    text = "заявил Путин на встрече с главой ОАЭ Мухаммедом бен Заид Аль Нахайяном."
    names = [p.person.name for p in find_people(text, find_party_mentions(text, "ru"), "ru")]
    assert "Мухаммед бен Заид Аль Нахайян" in names


# --- a statement made at an event; a weekday of another clause --------------------------------------------


@pytest.mark.parametrize(
    "text, language",
    [
        ("Speaking at the Kenya-Uzbekistan joint commission in Tashkent, the Kenyan minister said trade grew.", "en"),
        ("Les échanges ont doublé, a déclaré le ministre kényan lors de la commission mixte Kenya-Ouzbékistan.", "fr"),
        ("Товарооборот вырос, заявил министр Кении на заседании межправительственной комиссии с Узбекистаном.", "ru"),
    ],
)
def test_an_event_a_statement_was_made_at_is_dated_the_dateline_day(text, language):
    dateline = {
        "en": "TASHKENT, March 11 (UzA) - ",
        "fr": "TACHKENT, 11 mars (UzA) – ",
        "ru": "ТАШКЕНТ, 11 марта. /УзА/. ",
    }
    opened = f"{dateline[language]}The weather was mild. {text}" if language == "en" else f"{dateline[language]}{text}"
    found = [p for p in extract_text(opened, language=language, published=PUBLISHED) if p.kind == "event"]
    assert [(e.status, e.date, e.date_precision) for e in found] == [("held", date(2025, 3, 11), "day")]
    (undated,) = [p for p in extract_text(text, language=language, published=PUBLISHED) if p.kind == "event"]
    assert undated.status == "held" and undated.date is None  # no dateline: the header's date is not the text's


@pytest.mark.parametrize(
    "text, language",
    [
        (
            "O Presidente do Quénia recebeu um convite para efectuar uma visita oficial ao Uzbequistão, que lhe foi "
            "transmitido pelo embaixador, quinta-feira em Nairobi.",
            "pt",
        ),
        (
            "The Kenyan president received an invitation to pay an official visit to Uzbekistan, which the ambassador "
            "handed over on Thursday in Nairobi.",
            "en",
        ),
    ],
)
def test_a_weekday_of_another_clause_does_not_date_a_visit_to_come(text, language):
    event = visit(text, language)
    assert (event.status, event.date) == ("planned", None)
