"""Events told by grammar rather than by the words of one article, on invented sentences in English, French and
Russian (and Portuguese and Spanish where the class is theirs):

- a month or day written without its year, of an event whose own verb tells it done, lies on or before the dispatch
  ("met Erdogan on 27 March", written on 12 March: the last 27 March, held), as a planned event's lies ahead;
- a sentence that names no state but says the article's event took place ("The talks took place on 3 March", "Les
  entretiens se sont déroulés le 3 mars", "3 марта состоялись переговоры") dates it; a date in another clause
  ("This was his second visit, the first being in 2015") still does not;
- a visitor "expected in" a capital ("est attendu à Luanda", "ожидается в Луанде", "é esperado em Luanda") is a
  planned visit, and "expected in May" is none;
- a working session, "des concertations", "рабочее совещание" are meetings; "was the guest of", "a été l'hôte de"
  is a visit;
- an event told with an additive adverb ("also met", "a aussi rencontré", "также встретился", "también mantendrá
  reuniones") is a further event, not the earlier one told again; "also discussed" is the same talks' topics.
"""

from __future__ import annotations

from datetime import date

import pytest

from partnerlens.cooperation.extract import extract_text

PUBLISHED = date(2025, 3, 12)


def found(text: str, language: str) -> list:
    return [p for p in extract_text(text, language=language, published=PUBLISHED, today=PUBLISHED) if p.kind == "event"]


def printed(proposal) -> str | None:
    if proposal.date is None:
        return None
    return {"day": proposal.date.isoformat(), "month": proposal.date.isoformat()[:7], "year": str(proposal.date.year)}[
        proposal.date_precision
    ]


DONE_BEFORE = [
    ("en", "Kazakh President Tokayev met Turkish President Erdogan on March 27.", "2024-03-27"),
    ("en", "Kazakh President Tokayev paid a state visit to Turkey on March 26-27.", "2024-03-26"),
    ("en", "Kazakh President Tokayev visited Turkey in April.", "2024-04"),
    ("fr", "Le président kazakh a rencontré le président turc le 27 mars.", "2024-03-27"),
    ("fr", "Le président kazakh a effectué une visite en Turquie le 27 mars.", "2024-03-27"),
    ("ru", "Президент Казахстана посетил Турцию 27 марта.", "2024-03-27"),
    ("ru", "Президент Казахстана встретился с президентом Турции 27 марта.", "2024-03-27"),
]


@pytest.mark.parametrize(("language", "text", "expected"), DONE_BEFORE)
def test_a_done_event_s_yearless_date_lies_before_the_dispatch(language, text, expected):
    (event,) = found(text, language)
    assert (event.status, printed(event)) == ("held", expected)


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("en", "Kazakh President Tokayev will visit Turkey on March 27.", "2025-03-27"),
        ("fr", "Le président kazakh se rendra en Turquie le 27 mars.", "2025-03-27"),
        ("ru", "Президент Казахстана посетит Турцию 27 марта.", "2025-03-27"),
        ("en", "Kazakh President Tokayev visited Turkey on 27 March 2024.", "2024-03-27"),
        ("en", "Kazakh President Tokayev visited Turkey on March 3.", "2025-03-03"),
    ],
)
def test_a_planned_or_past_dated_event_keeps_its_year(language, text, expected):
    (event,) = found(text, language)
    assert printed(event) == expected


OCCURRED = [
    (
        "en",
        "Kazakh President Tokayev held talks with Turkish President Erdogan in Ankara. "
        "The talks took place on March 3.",
    ),
    (
        "fr",
        "Le président kazakh Kassym-Jomart Tokaïev a eu des entretiens avec le président turc à Ankara. "
        "Le Kazakhstan et la Turquie ont des liens anciens. Les entretiens se sont déroulés le 3 mars.",
    ),
    (
        "ru",
        "Президент Казахстана провел переговоры с президентом Турции в Анкаре. "
        "Казахстан и Турция связаны давними узами. Переговоры прошли 3 марта.",
    ),
    (
        "ru",
        "Президент Казахстана провел переговоры с президентом Турции в Анкаре. "
        "Казахстан и Турция связаны давними узами. 3 марта состоялись переговоры в расширенном составе.",
    ),
    (
        "pt",
        "O presidente do Cazaquistão manteve conversações com o presidente da Turquia em Ancara. "
        "O Cazaquistão e a Turquia têm laços antigos. As conversações decorreram a 3 de março.",
    ),
    (
        "es",
        "El presidente de Kazajistán sostuvo conversaciones con el presidente de Turquía en Ankara. "
        "Kazajistán y Turquía tienen lazos antiguos. Las conversaciones tuvieron lugar el 3 de marzo.",
    ),
]


@pytest.mark.parametrize(("language", "text"), OCCURRED)
def test_a_sentence_saying_the_event_took_place_dates_it(language, text):
    (event,) = found(text, language)
    assert (event.type, printed(event), set(event.parties)) == ("talks", "2025-03-03", {"KAZ", "TUR"})


def test_a_date_in_another_clause_dates_another_visit():
    told = found("Kazakh President Tokayev visited Turkey. This was his second visit, the first being in 2015.", "en")
    (event,) = [e for e in told if e.evidence.start == 0]  # the visit of the first sentence
    assert event.date is None  # the earlier visit, when read (extract/event_model.py), is an event of its own


EXPECTED_IN = [
    ("en", "The Turkish president is expected in Luanda on Monday.", "2025-03-17"),
    ("fr", "Le président turc est attendu à Luanda en mai.", "2025-05"),
    ("fr", "Le président turc est attendu au Sénégal en mai.", "2025-05"),
    ("ru", "Президент Турции ожидается в Луанде в мае.", "2025-05"),
    ("pt", "O presidente turco é esperado em Luanda em maio.", "2025-05"),
    ("es", "El presidente turco es esperado en Luanda en mayo.", "2025-05"),
]


@pytest.mark.parametrize(("language", "text", "expected"), EXPECTED_IN)
def test_a_visitor_expected_in_a_capital_is_a_planned_visit(language, text, expected):
    (event,) = found(text, language)
    assert (event.type, event.status, printed(event)) == ("visit", "planned", expected)
    assert len(event.parties) == 2


def test_expected_in_a_month_is_no_visit():
    assert found("The Turkish president is expected in May.", "en") == []


MEETINGS_AND_GUESTS = [
    ("en", "The Senegalese minister held a working session with his Moroccan counterpart.", "meeting"),
    ("fr", "Le ministre sénégalais a eu une séance de travail avec son homologue marocain.", "meeting"),
    ("fr", "Les deux délégations ont tenu des concertations à Rabat sur la coopération sénégalo-marocaine.", "meeting"),
    ("ru", "Министр Сенегала провел рабочее совещание с марокканским коллегой.", "meeting"),
    ("pt", "O ministro senegalês teve uma sessão de trabalho com o seu homólogo marroquino.", "meeting"),
    ("es", "El ministro senegalés mantuvo una sesión de trabajo con su homólogo marroquí.", "meeting"),
    ("en", "The Senegalese president was the guest of the King of Morocco.", "visit"),
    ("fr", "Le chef de l'Etat sénégalais a été l'hôte de son homologue marocain.", "visit"),
]


@pytest.mark.parametrize(("language", "text", "kind"), MEETINGS_AND_GUESTS)
def test_working_sessions_are_meetings_and_guests_visitors(language, text, kind):
    (event,) = found(text, language)
    assert (event.type, event.status, set(event.parties)) == (kind, "held", {"SEN", "MAR"})


FURTHER = [
    (
        "en",
        "The Angolan president received his Turkish counterpart in Luanda. "
        "The Turkish president also met business leaders in Luanda.",
    ),
    (
        "fr",
        "Le président angolais a reçu son homologue turc à Luanda. "
        "Le président turc a aussi rencontré des hommes d'affaires angolais à Luanda.",
    ),
    (
        "ru",
        "Президент Турции провел переговоры с президентом Анголы в Луанде. "
        "Президент Турции также встретился с представителями деловых кругов Анголы.",
    ),
    (
        "es",
        "El presidente turco se reunirá el lunes con el presidente angoleño en Luanda. "
        "El presidente turco también mantendrá reuniones con empresarios angoleños.",
    ),
]


def meetings(events: list) -> list:
    return [e for e in events if e.type in ("talks", "meeting", "ministerial_meeting", "business_meeting")]


@pytest.mark.parametrize(("language", "text"), FURTHER)
def test_an_event_told_with_also_is_a_further_event(language, text):
    assert len(meetings(found(text, language))) == 2


TOPICS_TOO = [
    ("en", "The Angolan president received his Turkish counterpart in Luanda. The two leaders also discussed trade."),
    (
        "fr",
        "Le président angolais a reçu son homologue turc à Luanda. Les deux présidents ont également évoqué le commerce.",
    ),
    ("ru", "Президент Анголы принял президента Турции в Луанде. Президенты также обсудили торговлю."),
]


@pytest.mark.parametrize(("language", "text"), TOPICS_TOO)
def test_also_discussed_tells_the_same_talks(language, text):
    assert len(meetings(found(text, language))) == 1
