"""Dates named from the dispatch's day, as classes, on invented sentences in English, French, Russian, Portuguese
and Spanish (issue 11: event date, agreement date, trade year): a day of the dispatch's month ("le 12 courant",
"12-го числа текущего месяца", "el 12 del corriente"), a part of the dispatch's month or the one before ("early this
month", "à la fin du mois dernier", "в конце прошлого месяца"), numeric dates ("06.12.2021"), the month and weekday
names of CLDR (with their abbreviations: "11 окт", "3 févr.", "9 jun") and the relative words of dateparser, and a
relative year told in an earlier sentence than the trade figure it dates."""

from __future__ import annotations

from datetime import date

import pytest

from partnerlens.cooperation.date_words import ABBREVIATIONS, MONTHS, RELATIVE_DAYS, WEEKDAYS
from partnerlens.cooperation.dates import find_dates, resolve_dates
from partnerlens.cooperation.extract import extract_text

PUBLISHED = date(2025, 3, 12)  # a Wednesday


def resolved(text: str, published: date | None = PUBLISHED):
    return [(m.value, m.precision) for m in resolve_dates(find_dates(text), published=published, today=PUBLISHED)]


def signing(text: str, language: str, published: date | None = PUBLISHED):
    found = extract_text(text, language=language, published=published, today=PUBLISHED)
    (agreement,) = [p for p in found if p.kind == "agreement"]
    return agreement


# --- a day of the dispatch's month -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, day",
    [
        ("signé le 10 courant à Nairobi", date(2025, 3, 10)),
        ("la réunion du 4 du mois en cours", date(2025, 3, 4)),
        ("le 28 du mois dernier", date(2025, 2, 28)),
        ("подписано 10-го числа текущего месяца", date(2025, 3, 10)),
        ("встреча 3 числа", date(2025, 3, 3)),
        ("переговоры 27 числа прошлого месяца", date(2025, 2, 27)),
        ("firmado el 10 del corriente", date(2025, 3, 10)),
        ("la reunión del 2 del mes pasado", date(2025, 2, 2)),
        ("assinado no dia 10 do corrente mês", date(2025, 3, 10)),
        ("on the 10th of this month", date(2025, 3, 10)),
        ("on the 27th of last month", date(2025, 2, 27)),
    ],
)
def test_a_day_of_the_dispatch_month_is_a_day(text, day):
    assert resolved(text) == [(day, "day")]


@pytest.mark.parametrize(
    "text", ["pendant 12 mois", "за 3 месяца", "durante 12 meses", "durante 12 meses do ano", "over 12 months"]
)
def test_a_number_of_months_is_no_date(text):
    assert resolved(text) == []


def test_a_day_of_the_month_with_no_publication_date_stays_undated():
    assert resolved("signé le 10 courant", published=None) == [(None, "day")]


# --- a part of the dispatch's month, or of the one before -----------------------------------------------------


@pytest.mark.parametrize(
    "text, month",
    [
        ("earlier this month", date(2025, 3, 1)),
        ("late last month", date(2025, 2, 1)),
        ("at the end of the month", date(2025, 3, 1)),
        ("au début du mois", date(2025, 3, 1)),
        ("à la fin du mois dernier", date(2025, 2, 1)),
        ("en début de mois", date(2025, 3, 1)),
        ("в начале месяца", date(2025, 3, 1)),
        ("в конце прошлого месяца", date(2025, 2, 1)),
        ("в середине текущего месяца", date(2025, 3, 1)),
        ("a finales del mes pasado", date(2025, 2, 1)),
        ("a principios de este mes", date(2025, 3, 1)),
        ("no início do mês", date(2025, 3, 1)),
        ("no final do mês passado", date(2025, 2, 1)),
    ],
)
def test_a_part_of_a_month_named_from_the_dispatch_is_that_month(text, month):
    assert resolved(text) == [(month, "month")]


def test_a_part_of_a_named_month_is_that_month_not_the_dispatch_one():
    assert resolved("au début du mois de janvier") == [(date(2025, 1, 1), "month")]


@pytest.mark.parametrize(
    "text, language",
    [
        ("Kenya and Uzbekistan signed an agreement on agriculture earlier this month.", "en"),
        ("Le Kenya et l'Ouzbékistan ont signé un accord agricole au début du mois.", "fr"),
        ("Кения и Узбекистан подписали соглашение о сельском хозяйстве в начале месяца.", "ru"),
        ("Quénia e Uzbequistão assinaram um acordo agrícola no início do mês.", "pt"),
        ("Kenia y Uzbekistán firmaron un acuerdo agrícola a principios de este mes.", "es"),
    ],
)
def test_a_signing_early_in_the_month_is_dated_to_the_month(text, language):
    agreement = signing(text, language)
    assert (agreement.date, agreement.date_precision) == (date(2025, 3, 1), "month")


@pytest.mark.parametrize(
    "text, language",
    [
        ("Kenya and Uzbekistan signed an agreement on agriculture on the 10th of this month.", "en"),
        ("Le Kenya et l'Ouzbékistan ont signé le 10 courant un accord agricole.", "fr"),
        ("Кения и Узбекистан 10-го числа текущего месяца подписали соглашение о сельском хозяйстве.", "ru"),
        ("Kenia y Uzbekistán firmaron el 10 del corriente un acuerdo agrícola.", "es"),
    ],
)
def test_a_signing_on_a_day_of_the_month_is_dated_to_the_day(text, language):
    agreement = signing(text, language)
    assert (agreement.date, agreement.date_precision) == (date(2025, 3, 10), "day")


# --- numeric dates and the library's names --------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, day",
    [
        ("06.12.2021", date(2021, 12, 6)),
        ("signé le 6.12.2021.", date(2021, 12, 6)),
        ("от 1.03.2024 г.", date(2024, 3, 1)),
    ],
)
def test_a_numeric_date_is_day_first(text, day):
    assert resolved(text) == [(day, "day")]


@pytest.mark.parametrize("text", ["version 1.12.2021.5", "31.02.2021", "a 3.5% rise", "12.5.2"])
def test_numbers_with_dots_that_are_no_date(text):
    assert resolved(text) == []


@pytest.mark.parametrize(
    "text, day",
    [
        ("С.-ПЕТЕРБУРГ, 11 окт 2022", date(2022, 10, 11)),
        ("le 3 févr. 2024", date(2024, 2, 3)),
        ("le 3 fév 2024", date(2024, 2, 3)),
        ("BUENOS AIRES, 9 jun 2019", date(2019, 6, 9)),
        ("el 9 de dic. de 2019", date(2019, 12, 9)),
        ("em 3 out. 2023", date(2023, 10, 3)),
        ("Sept. 4, 2023", date(2023, 9, 4)),
    ],
)
def test_abbreviated_months_of_every_language(text, day):
    assert resolved(text) == [(day, "day")]


@pytest.mark.parametrize("text", ["3 out of 5 deals", "he set 10 set pieces", "2 ago"])
def test_abbreviations_that_are_also_words_need_their_dot(text):
    assert resolved(text) == []


def test_the_names_come_from_cldr_and_the_russian_cases_are_pymorphy3s():
    from partnerlens.cooperation.person_names import morph

    assert MONTHS["fr"][1] == "février" and MONTHS["es"][8] == "septiembre" and MONTHS["pt"][2] == "março"
    assert MONTHS["ru_gen"][4] == "мая" and MONTHS["ru_nom"][4] == "май"
    inflected = [morph().parse(name)[0].inflect({"loct"}).word for name in MONTHS["ru_nom"]]
    assert MONTHS["ru_prep"] == inflected
    for name, day in WEEKDAYS.items():
        if name in ("среду", "пятницу", "субботу"):
            nominative = next(n for n, d in WEEKDAYS.items() if d == day and n != name and n[0] in "сп")
            assert morph().parse(nominative)[0].inflect({"accs"}).word == name
    assert ABBREVIATIONS["окт"] == 10 and ABBREVIATIONS["févr"] == 2 and ABBREVIATIONS["out."] == 10


@pytest.mark.parametrize(
    "word, shift",
    [("yesterday", -1), ("avant-hier", -2), ("позавчера", -2), ("anteontem", -2), ("anteayer", -2), ("hoje", 0)],
)
def test_relative_days_include_dateparsers(word, shift):
    assert RELATIVE_DAYS[word] == shift


@pytest.mark.parametrize(
    "text, year",
    [
        ("l'année dernière", 2024),
        ("l'année écoulée", 2024),
        ("в минувшем году", 2024),
        ("за прошлый год", 2024),
        ("el pasado año", 2024),
        ("no ano passado", 2024),
        ("в этом году", 2025),
        ("el próximo año", 2026),
    ],
)
def test_relative_years(text, year):
    assert resolved(text) == [(date(year, 1, 1), "year")]


# --- a relative year carried to the trade figure of the next sentence --------------------------------------------


@pytest.mark.parametrize(
    "text, language",
    [
        ("Last year was a record for both sides. Trade between Kenya and Uzbekistan reached $450 million.", "en"),
        (
            "L'année dernière a été marquée par une forte hausse. Les échanges entre le Kenya et l'Ouzbékistan ont "
            "atteint 450 millions de dollars.",
            "fr",
        ),
        (
            "В прошлом году Кения и Узбекистан заметно нарастили торговлю. Товарооборот между странами составил "
            "450 млн долларов.",
            "ru",
        ),
        (
            "No ano passado, Quénia e Uzbequistão reforçaram os laços. O comércio entre os dois países atingiu 450 "
            "milhões de dólares.",
            "pt",
        ),
        (
            "El año pasado Kenia y Uzbekistán reforzaron sus lazos. El comercio entre los dos países alcanzó los 450 "
            "millones de dólares.",
            "es",
        ),
    ],
)
def test_a_relative_year_of_the_previous_sentence_dates_the_figure(text, language):
    (claim,) = [p for p in extract_text(text, language=language, published=PUBLISHED) if p.kind == "claim"]
    assert claim.year == 2024


def test_a_next_year_of_the_previous_sentence_dates_no_figure():
    text = "Next year both sides hope for more. Trade between Kenya and Uzbekistan reached $450 million."
    (claim,) = [p for p in extract_text(text, language="en", published=PUBLISHED) if p.kind == "claim"]
    assert claim.year is None


# --- weeks: no day, but their month when the whole week lies in one ------------------------------------------


@pytest.mark.parametrize(
    "text, published, month",
    [
        ("last week", date(2021, 2, 3), date(2021, 1, 1)),
        ("la semaine dernière", date(2021, 2, 3), date(2021, 1, 1)),
        ("на прошлой неделе", date(2021, 2, 3), date(2021, 1, 1)),
        ("na semana passada", date(2021, 2, 3), date(2021, 1, 1)),
        ("la semana pasada", date(2021, 2, 3), date(2021, 1, 1)),
        ("next week", PUBLISHED, date(2025, 3, 1)),
        ("cette semaine", PUBLISHED, date(2025, 3, 1)),
    ],
)
def test_a_week_named_from_the_dispatch_fixes_its_month(text, published, month):
    assert resolved(text, published) == [(month, "month")]


@pytest.mark.parametrize("text", ["last week", "la semaine dernière", "на прошлой неделе"])
def test_a_week_across_two_months_fixes_nothing(text):
    assert resolved(text, date(2025, 3, 5)) == [(None, "day")]  # 24 February – 2 March


def test_a_day_in_the_sentence_dates_the_event_rather_than_its_week():
    text = "É a segunda visita nesta semana; na segunda (10), o presidente do Quénia reuniu-se com o do Uzbequistão."
    found = extract_text(text, language="pt", published=PUBLISHED, today=PUBLISHED)
    # the visit and the meeting told in its own clause after it (an event of its own): both on the day, not the week
    assert {(p.date, p.date_precision) for p in found if p.kind == "event"} == {(date(2025, 3, 10), "day")}


# --- a month named as the last one, or after "au mois de" --------------------------------------------------------


@pytest.mark.parametrize(
    "text, month",
    [
        ("janvier dernier", date(2025, 1, 1)),
        ("au mois de janvier dernier", date(2025, 1, 1)),
        ("last January", date(2025, 1, 1)),
        ("last March", date(2024, 3, 1)),
        ("el pasado enero", date(2025, 1, 1)),
        ("en enero pasado", date(2025, 1, 1)),
        ("em janeiro passado", date(2025, 1, 1)),
        ("в минувшем январе", date(2025, 1, 1)),
        ("au mois de février", date(2025, 2, 1)),
        ("in the month of February", date(2025, 2, 1)),
        ("en el mes de febrero", date(2025, 2, 1)),
        ("no mês de fevereiro", date(2025, 2, 1)),
    ],
)
def test_a_month_named_as_the_last_one_is_the_last_before_the_dispatch(text, month):
    assert resolved(text) == [(month, "month")]


def test_the_last_month_in_an_undated_article_is_the_last_before_its_latest_date():
    text = "signé en janvier dernier; le 28 de ce mois de janvier 2010, un protocole; fin avril 2010, une cession"
    values = [(m.text, m.value) for m in resolve_dates(find_dates(text), published=None, today=PUBLISHED)]
    assert ("janvier dernier", date(2010, 1, 1)) in values
    assert ("28 de ce mois de janvier 2010", date(2010, 1, 28)) in values


@pytest.mark.parametrize("text", ["le 24 du mois de janvier 2010", "le 24 de ce même mois de janvier 2010"])
def test_a_day_of_a_named_month_with_mois_de(text):
    assert resolved(text) == [(date(2010, 1, 24), "day")]


def test_the_stored_library_words_are_what_babel_and_dateparser_give():
    """``data/date_words.yaml`` is read at import (CLDR and dateparser's data cost 0.2 s to load); it must still be
    what the installed libraries give: regenerate it with ``scripts/make_date_words.py`` when they change."""
    from partnerlens.cooperation.date_words import _stored, library_words

    assert _stored() == library_words()


# --- a typographic apostrophe --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, year",
    [
        ("les échanges de l’année dernière", 2024),
        ("les échanges de l’an dernier", 2024),
        ("le sommet de l’année prochaine", 2026),
        ("le sommet de l’an prochain", 2026),
    ],
)
def test_a_relative_year_with_a_typographic_apostrophe_is_read(text: str, year: int) -> None:
    """Most French sites print "l’année" with U+2019; the mention keeps the text's own characters."""
    (mention,) = resolve_dates(find_dates(text), published=PUBLISHED, today=PUBLISHED)
    assert mention.value == date(year, 1, 1) and "’" in mention.text


def test_a_figure_of_last_year_with_a_typographic_apostrophe_is_dated() -> None:
    found = extract_text(
        "L’année dernière a enregistré le volume des exportations portugaises vers le Maroc à 711,9 millions d’euros "
        "(+15 % par rapport à 2012).",
        language="fr",
        published=date(2017, 12, 4),
    )
    level = next(p for p in found if p.kind == "claim" and p.unit == "EUR")
    assert level.year == 2016
