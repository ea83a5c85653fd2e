"""Datelines as classes, on invented dispatches in English, French, Russian, Portuguese and Spanish (issue 11: event
and agreement dates): place, region, date (abbreviated or not, with or without its year), agency and separator in
every agency's form; the date before the place; a line holding only the page's date; a dateline without a year
and no publication date fixes no day; a signing under a dateline is of its day."""

from __future__ import annotations

from datetime import date

import pytest

from partnerlens.cooperation.extract import extract_text
from partnerlens.cooperation.extract.dateline import find_dateline

PUBLISHED = date(2025, 3, 12)


@pytest.mark.parametrize(
    "text, language, place, party, day",
    [
        ("NAIROBI, Mar 10 (KNA) - Kenya and Uzbekistan held talks.", "en", "NAIROBI", "KEN", date(2025, 3, 10)),
        (
            "TASHKENT, Uzbekistan, March 10. Kenya and Uzbekistan held talks.",
            "en",
            "TASHKENT",
            "UZB",
            date(2025, 3, 10),
        ),
        ("(Agency) TASHKENT, Uzbekistan, March 10. Kenya held talks.", "en", "TASHKENT", "UZB", date(2025, 3, 10)),
        (
            "NAIROBI, le 10 mars (APS) – Le Kenya et l'Ouzbékistan ont tenu des entretiens.",
            "fr",
            "NAIROBI",
            "KEN",
            date(2025, 3, 10),
        ),
        (
            "ТАШКЕНТ, 10 мар - РИА Новости. Кения и Узбекистан провели переговоры.",
            "ru",
            "ТАШКЕНТ",
            "UZB",
            date(2025, 3, 10),
        ),
        (
            "ТАШКЕНТ, 10 марта. /ТАСС/. Кения и Узбекистан провели переговоры.",
            "ru",
            "ТАШКЕНТ",
            "UZB",
            date(2025, 3, 10),
        ),
        (
            "10 марта, Ташкент /Корр. агентства/. Кения и Узбекистан провели переговоры.",
            "ru",
            "Ташкент",
            "UZB",
            date(2025, 3, 10),
        ),
        (
            "NAIROBI, 10 mar (Xinhua) -- Kenia y Uzbekistán celebraron conversaciones.",
            "es",
            "NAIROBI",
            "KEN",
            date(2025, 3, 10),
        ),
        (
            "Nairobi, 10 de marzo de 2025 (EFE).- Kenia y Uzbekistán celebraron conversaciones.",
            "es",
            "Nairobi",
            "KEN",
            date(2025, 3, 10),
        ),
        ("LUANDA, 10 Mar (Lusa) - Angola e Quénia realizaram conversações.", "pt", "LUANDA", "AGO", date(2025, 3, 10)),
        (
            "Luanda, 10 de março de 2025 – Angola e Quénia realizaram conversações.",
            "pt",
            "Luanda",
            "AGO",
            date(2025, 3, 10),
        ),
    ],
)
def test_every_agency_form_gives_place_and_day(text, language, place, party, day):
    dateline = find_dateline(text, language, published=PUBLISHED)
    assert dateline is not None and dateline.place == place and dateline.date == day
    assert dateline.mention is not None and dateline.mention.party == party


@pytest.mark.parametrize(
    "text, language, day",
    [
        ("Kenya and Uzbekistan\n\n10.03.2025\nKenya and Uzbekistan held talks.", "en", date(2025, 3, 10)),
        ("10 March 2025\n\nKenya and Uzbekistan held talks.", "en", date(2025, 3, 10)),
        ("10.03.2025\nКения и Узбекистан провели переговоры.", "ru", date(2025, 3, 10)),
    ],
)
def test_a_line_holding_only_a_date_is_the_page_day(text, language, day):
    dateline = find_dateline(text, language)
    assert dateline is not None and dateline.date == day and dateline.mention is None


@pytest.mark.parametrize(
    "text, language",
    [
        ("NAIROBI, March 10 (KNA) - Kenya and Uzbekistan held talks.", "en"),
        ("NAIROBI, 10 mars (APS) – Le Kenya et l'Ouzbékistan ont tenu des entretiens.", "fr"),
        ("ТАШКЕНТ, 10 марта. /ТАСС/. Кения и Узбекистан провели переговоры.", "ru"),
    ],
)
def test_a_dateline_without_its_year_and_no_publication_date_fixes_no_day(text, language):
    dateline = find_dateline(text, language)  # no publication date, no reading day given
    assert dateline is not None and dateline.date is None and dateline.mention is not None


def test_a_dateline_year_comes_from_the_address_hint():
    dateline = find_dateline("NAIROBI, March 10 (KNA) - Kenya held talks.", "en", hint=(2019, 3))
    assert dateline is not None and dateline.date == date(2019, 3, 10)


@pytest.mark.parametrize(
    "text, language",
    [
        ("Le président, 3 juin, a dit que les échanges progressent.", "fr"),
        ("In Nairobi, officials said trade grew.", "en"),
    ],
)
def test_sentences_are_no_datelines(text, language):
    assert find_dateline(text, language, published=PUBLISHED) is None


@pytest.mark.parametrize(
    "text, language",
    [
        ("NAIROBI, March 10 (KNA) - The ministers met. Kenya and Uzbekistan signed three agreements on trade.", "en"),
        (
            "NAIROBI, 10 mars (APS) – Les ministres se sont réunis. Le Kenya et l'Ouzbékistan ont signé trois accords.",
            "fr",
        ),
        ("ТАШКЕНТ, 10 марта. /ТАСС/. Министры встретились. Кения и Узбекистан подписали три соглашения.", "ru"),
        ("LUANDA, 10 Mar (Lusa) - Os ministros reuniram-se. Angola e Quénia assinaram três acordos.", "pt"),
        ("NAIROBI, 10 mar (Xinhua) -- Los ministros se reunieron. Kenia y Uzbekistán firmaron tres acuerdos.", "es"),
    ],
)
def test_a_signing_under_a_dateline_is_of_its_day(text, language):
    found = extract_text(text, language=language, published=PUBLISHED)
    (agreement,) = [p for p in found if p.kind == "agreement"]
    assert (agreement.date, agreement.date_precision) == (date(2025, 3, 10), "day")
