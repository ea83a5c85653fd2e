"""Agreement dates and counts (issue 11, seventeenth session, batch 29): a count before a list of modifiers joined by
commas and a coordination, a headline in the present whose signing the article tells after a caption or a paragraph
on the visit's day, Portuguese headlines with "firmam" / "celebram", and a signing told at an earlier occasion ("at the
last visit"), which is neither dated by the article's news nor merged with it. Invented sentences in English, French
and Russian, with Portuguese and Spanish where the class is theirs too."""

from __future__ import annotations

from datetime import date

import pytest

from partnerlens.cooperation.extract import extract_text
from partnerlens.cooperation.extract.dateline import find_dateline
from partnerlens.cooperation.quantities import find_quantities

PUBLISHED = date(2025, 3, 10)


def agreements(text: str, language: str, title: str | None = None) -> list:
    found = extract_text(text, language=language, published=PUBLISHED, today=PUBLISHED, title=title)
    return [p for p in found if p.kind == "agreement"]


# --- a count before modifiers listed with commas and a coordination ---------------------------------------------


@pytest.mark.parametrize(
    "text, language, count",
    [
        ("Ghana and Chile will sign 14 new intergovernmental, interagency and commercial agreements.", "en", 14),
        ("Le Ghana et le Chili ont signé neuf accords sanitaires, douaniers et phytosanitaires.", "fr", 9),
        (
            "Гана и Чили подпишут 14 новых межгосударственных, межправительственных и межведомственных соглашений.",
            "ru",
            14,
        ),
        ("Gana e Chile assinaram cinco acordos bilaterais, regionais e multilaterais.", "pt", 5),
        ("Ghana y Chile firmaron seis convenios comerciales, culturales y científicos.", "es", 6),
    ],
)
def test_a_count_before_a_list_of_modifiers_counts_the_instrument(text, language, count):
    """Batch 29 (ru108): "12 новых межгосударственных, межправительственных и межведомственных соглашений" gave no
    count — the counted phrase stops at the first comma, and only one modifier before the coordination was allowed.
    English and Russian put the modifiers before the noun; the French, Portuguese and Spanish cases, whose modifiers
    follow it ("neuf accords sanitaires, douaniers et …"), were read before and stay as controls."""
    (found,) = agreements(text, language)
    assert found.count == count


@pytest.mark.parametrize(
    "text, language",
    [
        ("The two countries, signed and ratified agreements on fisheries.", "en"),
        ("Les deux pays, signataires et garants des accords sur la pêche, se sont réunis.", "fr"),
    ],
)
def test_a_count_of_the_subject_before_a_signing_verb_is_no_instruments(text, language):
    assert all(a.count != 2 for a in agreements(text, language))


# --- a headline in the present: the first signing, after a caption or the visit's day, is the day's -----------


@pytest.mark.parametrize(
    "title, text, language",
    [
        (
            "Ghana and Chile sign seven agreements",
            "Photo: the two presidents in Accra.\n\nThe Chilean president is in Ghana on a state visit, his first. "
            "Ghana and Chile signed seven agreements.",
            "en",
        ),
        (
            "Le Ghana et le Chili signent sept accords",
            "Photo : les deux présidents à Accra.\n\nLe président chilien est au Ghana en visite d'État, sa première. "
            "Le Ghana et le Chili ont signé sept accords.",
            "fr",
        ),
        (
            "Гана и Чили подписывают семь соглашений",
            "Фото: президенты двух стран в Аккре.\n\nПрезидент Чили находится в Гане с государственным визитом, "
            "первым. Гана и Чили подписали семь соглашений.",
            "ru",
        ),
        (
            "Gana e Chile firmam sete acordos",
            "Foto: os dois presidentes em Acra.\n\nO presidente chileno está no Gana em visita de Estado, a primeira. "
            "Gana e Chile rubricaram sete acordos.",
            "pt",
        ),
    ],
)
def test_a_present_headline_dates_the_first_signing_after_a_caption(title, text, language):
    """Batch 29 and pt40: the article's first paragraph is a photo caption, so its signing stood outside the "first
    paragraph" the headline's day was given to; no date before the publication day is written before it."""
    first = agreements(text, language, title=title)[0]
    assert (first.date, first.date_precision, first.count) == (PUBLISHED, "day", 7)


@pytest.mark.parametrize(
    "title, text, language",
    [
        (
            "Ghana and Chile sign seven agreements",
            "The two presidents met in Accra.\n\nIn 2019 relations were set up.\n\nGhana and Chile signed seven agreements.",
            "en",
        ),
        (
            "Le Ghana et le Chili signent sept accords",
            "Les deux présidents se sont réunis à Accra.\n\nEn 2019, les relations ont été établies.\n\nLe Ghana et "
            "le Chili ont signé sept accords.",
            "fr",
        ),
        (
            "Гана и Чили подписывают семь соглашений",
            "Президенты встретились в Аккре.\n\nВ 2019 году были установлены отношения.\n\nГана и Чили "
            "подписали семь соглашений.",
            "ru",
        ),
    ],
)
def test_after_an_earlier_date_the_present_headline_dates_nothing_beyond_the_lead(title, text, language):
    first = agreements(text, language, title=title)[0]
    assert first.date is None


def test_a_portuguese_headline_with_firmam_or_celebram_is_a_signing_in_the_present():
    text = "Os presidentes de Gana e do Chile assinaram uma série de memorandos de entendimento sobre pescas."
    for title in ("Gana e Chile firmam acordos", "Gana e Chile celebram acordos de cooperação"):
        first = agreements(text, "pt", title=title)[0]
        assert (first.date, first.date_precision) == (PUBLISHED, "day")


# --- a signing at an earlier occasion is not the day's, and is another batch -----------------------------------


@pytest.mark.parametrize(
    "text, language",
    [
        (
            "On 10 March 2025 Ghana and Chile signed seven agreements in Accra. During the last visit of the Ghanaian "
            "president to Chile, the two countries signed agreements on air transport and mining.",
            "en",
        ),
        (
            "Le 10 mars 2025, le Ghana et le Chili ont signé sept accords à Accra. Lors de la précédente visite du "
            "président ghanéen au Chili, les deux pays ont signé des accords sur le transport aérien et les mines.",
            "fr",
        ),
        (
            "10 марта 2025 года Гана и Чили подписали семь соглашений в Аккре. В ходе прошлого визита президента Ганы "
            "в Чили стороны подписали соглашения о воздушном транспорте и горной добыче.",
            "ru",
        ),
        (
            "A 10 de março de 2025, Gana e Chile assinaram sete acordos em Acra. Na última visita do presidente ganês "
            "ao Chile, os dois países assinaram acordos nos domínios dos transportes aéreos e da mineração.",
            "pt",
        ),
        (
            "El 10 de marzo de 2025, Ghana y Chile firmaron siete acuerdos en Acra. Durante la anterior visita del "
            "presidente ghanés a Chile, los dos países firmaron acuerdos sobre transporte aéreo y minería.",
            "es",
        ),
    ],
)
def test_a_signing_at_an_earlier_visit_is_another_undated_batch(text, language):
    """pt40: "Na recente visita do Presidente à Turquia, os dois países assinaram acordos …" was folded into the
    day's seven agreements, so a date given to those was scored against the earlier batch."""
    found = agreements(text, language)
    today = [a for a in found if a.count == 7]
    earlier = [a for a in found if a.count != 7]
    assert len(today) == 1 and today[0].date == PUBLISHED
    assert earlier and all(a.date is None for a in earlier)
    assert all(len(a.also) == 0 for a in today)  # the earlier batch's sentence is not the day's batch told again


# --- a Russian dateline with its year written out ("10 марта 2025 года") -----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "МИНСК, 10 марта 2025 года. Белоруссия и Гана подписали пять соглашений.",
        "Минск, 10 марта 2025 года — Белоруссия и Гана подписали пять соглашений.",
        "10 марта 2025 года, Минск — Белоруссия и Гана подписали пять соглашений.",
        "МИНСК, 10 марта 2025 г. /БЕЛТА/. Белоруссия и Гана подписали пять соглашений.",
    ],
)
def test_a_russian_dateline_keeps_the_year_it_writes(text):
    """Probing batch 29's class (the day a dateline fixes): "МИНСК, 10 марта 2025 года." was read as "МИНСК, 10
    марта" and took its year from the reading day (2026), so the signing under it was dated a year late."""
    later = date(2026, 1, 1)
    found = extract_text(text, language="ru", published=None, today=later)
    (signing,) = [p for p in found if p.kind == "agreement"]
    assert (signing.date, signing.count) == (date(2025, 3, 10), 5)
    assert find_dateline(text, "ru", None, later).date == date(2025, 3, 10)


# --- a weekday told with the signing's participle is the last such day -------------------------------------------


@pytest.mark.parametrize(
    "text, language",
    [
        ("The seven agreements, signed by Ghana and Chile on Monday in Accra, cover fisheries.", "en"),
        ("Les sept accords, signés lundi à Accra par le Ghana et le Chili, portent sur la pêche.", "fr"),
        ("Семь соглашений, подписанных Ганой и Чили в понедельник в Аккре, касаются рыболовства.", "ru"),
        ("Os sete acordos, assinados pelo Gana e pelo Chile na segunda-feira em Acra, abrangem as pescas.", "pt"),
        ("Los siete acuerdos, firmados el lunes por Ghana y Chile en Acra, abarcan la pesca.", "es"),
    ],
)
def test_a_weekday_with_the_signings_participle_points_back(text, language):
    """Probing batch 29's class (a signing's day against the publication date): "Les accords, signés lundi, portent
    sur …" — the main verb in the present sent the weekday ahead (the next Monday), after the dispatch, and the date was
    then dropped; the participle tells a signing done, so the Monday is the last one."""
    wednesday = date(2025, 3, 12)
    found = extract_text(text, language=language, published=wednesday, today=wednesday)
    (signing,) = [p for p in found if p.kind == "agreement"]
    assert (signing.date, signing.date_precision, signing.count) == (date(2025, 3, 10), "day", 7)


@pytest.mark.parametrize(
    "text, language",
    [
        ("Ghana and Chile will sign seven agreements on Thursday in Accra.", "en"),
        ("Le Ghana et le Chili signeront sept accords jeudi à Accra.", "fr"),
        ("Гана и Чили подпишут семь соглашений в четверг в Аккре.", "ru"),
    ],
)
def test_a_weekday_of_a_signing_to_come_still_points_ahead(text, language):
    (signing,) = agreements(text, language)
    assert signing.status == "announced" and signing.date == date(2025, 3, 13)


# --- a lower bound told by a negated comparative is the count ("no fewer than 12", "pas moins de 12") ------------


@pytest.mark.parametrize(
    "text, language",
    [
        ("Ghana and Chile signed no fewer than 12 agreements.", "en"),
        ("Ghana and Chile signed not less than 12 agreements.", "en"),
        ("Le Ghana et le Chili ont signé pas moins de 12 accords.", "fr"),
        ("Гана и Чили подписали не менее 12 соглашений.", "ru"),
        ("Gana e Chile assinaram nada menos de 12 acordos.", "pt"),
        ("Ghana y Chile firmaron no menos de 12 convenios.", "es"),
    ],
)
def test_a_negated_comparative_gives_the_lower_bound_as_the_count(text, language):
    """Probing batch 29's counts: "no fewer than 12" was read as "fewer than 12" (no count), though "at least 12"
    and "не менее 12" gave 12 — the label rule's lower bound."""
    (signing,) = agreements(text, language)
    assert signing.count == 12


def test_a_negated_comparative_is_at_least_for_figures_too():
    (figure,) = find_quantities("pas moins de 3 milliards de dollars")
    assert figure.qualifier == "at least"
    (fewer,) = find_quantities("moins de 3 milliards de dollars")
    assert fewer.qualifier == "less than"


def test_memoranda_of_understanding_written_in_capitals_are_an_instrument():
    """en44: "sign 3 cooperation agreements and 3 MOUs" lost the memoranda ("MoUs" only was read)."""
    found = agreements("Ghana and Chile signed 3 cooperation agreements and 2 MOUs.", "en")
    assert [(a.instrument, a.count) for a in found] == [("agreement", 3), ("memorandum_of_understanding", 2)]


# --- the page's own date line, led by its word for it, dates a weekday's signing ----------------------------------


@pytest.mark.parametrize(
    "text, language",
    [
        ("Posted on March 12, 2025\n\nGhana and Chile signed seven agreements on Monday.", "en"),
        ("Publié le mercredi 12 mars 2025 | APS\n\nLe Ghana et le Chili ont signé lundi sept accords.", "fr"),
        ("Опубликовано: 12.03.2025\n\nГана и Чили в понедельник подписали семь соглашений.", "ru"),
        ("Publicado em 12 de março de 2025\n\nGana e Chile assinaram na segunda-feira sete acordos.", "pt"),
    ],
)
def test_a_posted_date_line_dates_the_weekday_of_a_signing(text, language):
    """Probing batch 29's class (fr151's page has "Publié le vendredi 21 juin 2019 | APA" above the lead): a line
    holding only a date was the page's date, but not one led by "Publié le", "Posted on", "Опубликовано:"."""
    found = extract_text(text, language=language, published=None, today=date(2026, 1, 1))
    (signing,) = [p for p in found if p.kind == "agreement"]
    assert (signing.date, signing.count) == (date(2025, 3, 10), 7)


@pytest.mark.parametrize(
    "text, language",
    [
        ("ACCRA, June 21 (Reuters) - Ghana and Chile signed seven agreements yesterday.", "en"),
        ("Accra, 21 juin (APS) - Le Ghana et le Chili ont signé hier sept accords.", "fr"),
        ("АККРА, 21 июня. /ТАСС/. Гана и Чили вчера подписали семь соглашений.", "ru"),
        ("Acra, 21 jun (Lusa) - Gana e Chile assinaram ontem sete acordos.", "pt"),
    ],
)
def test_a_dateline_without_its_year_is_not_after_the_reading_day(text, language):
    """A dateline's day with no year, read on 1 January 2026 with no publication date, is the last 21 June (2025),
    not the coming one: the signing "yesterday" is of 20 June 2025."""
    found = extract_text(text, language=language, published=None, today=date(2026, 1, 1))
    (signing,) = [p for p in found if p.kind == "agreement"]
    assert signing.date == date(2025, 6, 20)
