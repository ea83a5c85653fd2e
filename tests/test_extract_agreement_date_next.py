"""A signing dated by the sentence beside it, and a tour's later legs dated by their sentence's month (issue 11,
session 21: agreement and event dates). "Kenya and Ghana signed six agreements. The agreements were signed on 4
March." (``agreement_dated_next`` in the language files); "a tour at the end of March that will take him to Ghana,
Togo and Benin" dates every leg to March, a day stays the first stop's. Invented sentences in English, French,
Russian, Portuguese and Spanish."""

from __future__ import annotations

from datetime import date

import pytest

from partnerlens.cooperation.extract import extract_text

PUBLISHED = date(2025, 3, 20)

_DATED_BESIDE = [
    ("Kenya and Ghana signed six cooperation agreements. The agreements were signed on 4 March in Nairobi.", "en"),
    (
        "Kenya and Ghana signed six cooperation agreements. The two presidents sealed these commitments on 4 March.",
        "en",
    ),
    ("On 4 March the two ministers initialled the documents. Kenya and Ghana signed six cooperation agreements.", "en"),
    (
        "Le Kenya et le Ghana ont signé six accords de coopération. Les accords ont été paraphés le 4 mars à Nairobi.",
        "fr",
    ),
    (
        "Le Kenya et le Ghana ont signé six accords de coopération. Les deux présidents ont scellé ces engagements le 4 mars.",
        "fr",
    ),
    ("Le Kenya et le Ghana ont signé six accords de coopération. La signature a eu lieu le 4 mars au palais.", "fr"),
    ("Кения и Гана подписали шесть соглашений о сотрудничестве. Документы были подписаны 4 марта в Найроби.", "ru"),
    ("Кения и Гана подписали шесть соглашений о сотрудничестве. Подписание состоялось 4 марта в Найроби.", "ru"),
    (
        "O Quénia e o Gana assinaram seis acordos de cooperação. Os acordos foram assinados a 4 de março em Nairobi.",
        "pt",
    ),
    ("O Quénia e o Gana assinaram seis acordos de cooperação. A assinatura decorreu a 4 de março em Nairobi.", "pt"),
    (
        "O Quénia e o Gana assinaram seis acordos de cooperação. Os dois presidentes selaram estes compromissos a 4 de março.",
        "pt",
    ),
    ("Kenia y Ghana firmaron seis acuerdos de cooperación. Los acuerdos se firmaron el 4 de marzo en Nairobi.", "es"),
    (
        "Kenia y Ghana firmaron seis acuerdos de cooperación. Los presidentes sellaron estos compromisos el 4 de marzo.",
        "es",
    ),
]


@pytest.mark.parametrize("text, language", _DATED_BESIDE)
def test_a_signing_takes_the_date_of_the_sentence_beside_that_takes_it_up(text: str, language: str) -> None:
    found = extract_text(text, language=language, published=PUBLISHED, today=PUBLISHED)
    signed = [p for p in found if p.kind == "agreement" and p.status == "signed"]
    assert signed and all(p.date == date(2025, 3, 4) and p.date_precision == "day" for p in signed)


@pytest.mark.parametrize(
    "text, language",
    [
        ("Kenya and Ghana signed six cooperation agreements. The first agreement was signed on 4 March 2010.", "en"),
        (
            "Le Kenya et le Ghana ont signé six accords de coopération. Le premier accord a été signé le 4 mars 2010.",
            "fr",
        ),
        ("Кения и Гана подписали шесть соглашений. Первые документы были подписаны 4 марта 2010 года.", "ru"),
        ("O Quénia e o Gana assinaram seis acordos. Os primeiros acordos foram assinados a 4 de março de 2010.", "pt"),
        ("Kenia y Ghana firmaron seis acuerdos. Los primeros acuerdos se firmaron el 4 de marzo de 2010.", "es"),
    ],
)
def test_another_signing_beside_leaves_the_date(text: str, language: str) -> None:
    found = extract_text(text, language=language, published=PUBLISHED, today=PUBLISHED)
    first = [p for p in found if p.kind == "agreement" and p.evidence.start == 0]
    assert first and all(p.date != date(2010, 3, 4) for p in first)


@pytest.mark.parametrize(
    "text, language, month",
    [
        ("Kenyan President Ruto arrived in Accra on Monday. In April he will visit Togo, Benin and Nigeria.", "en", 4),
        (
            "Le président kényan Ruto est arrivé lundi à Accra. En avril, il se rendra au Togo, au Bénin et au Nigeria.",
            "fr",
            4,
        ),
        (
            "Le président kényan est arrivé lundi à Accra. Il repartira à la fin de mars pour une tournée "
            "qui le conduira au Togo, au Bénin et au Nigeria.",
            "fr",
            3,
        ),
        ("Президент Кении Руто прибыл в Аккру в понедельник. В апреле он посетит Того, Бенин и Нигерию.", "ru", 4),
        (
            "Президент Кении Руто прибыл в Аккру в понедельник. В конце марта он отправится в турне, "
            "которое приведёт его в Того, Бенин и Нигерию.",
            "ru",
            3,
        ),
        (
            "O Presidente do Quénia, Ruto, chegou a Accra na segunda-feira. Em abril, visitará o Togo, o Benim e a Nigéria.",
            "pt",
            4,
        ),
        (
            "O Presidente do Quénia, Ruto, chegou a Accra na segunda-feira. No final de março, partirá para um périplo "
            "que o levará ao Togo, ao Benim e à Nigéria.",
            "pt",
            3,
        ),
        ("El presidente keniano Ruto llegó a Accra el lunes. En abril visitará Togo, Benín y Nigeria.", "es", 4),
    ],
)
def test_a_tours_later_legs_take_its_month(text: str, language: str, month: int) -> None:
    found = extract_text(text, language=language, published=PUBLISHED, today=PUBLISHED)
    legs = [p for p in found if p.kind == "event" and p.status == "planned" and set(p.parties) & {"TGO", "BEN", "NGA"}]
    assert len(legs) == 3
    assert all(p.date == date(2025, month, 1) and p.date_precision == "month" for p in legs)


@pytest.mark.parametrize(
    "text, language",
    [
        ("Kenyan President Ruto will visit Togo, Benin and Nigeria from 4 April.", "en"),
        ("Le président kényan Ruto se rendra au Togo, au Bénin et au Nigeria à partir du 4 avril.", "fr"),
        ("Президент Кении Руто с 4 апреля посетит Того, Бенин и Нигерию.", "ru"),
        ("El presidente keniano Ruto visitará Togo, Benín y Nigeria a partir del 4 de abril.", "es"),
        ("O Presidente do Quénia, Ruto, visitará o Togo, o Benim e a Nigéria a partir de 4 de abril.", "pt"),
    ],
)
def test_a_day_is_the_first_stops_only(text: str, language: str) -> None:
    found = extract_text(text, language=language, published=PUBLISHED, today=PUBLISHED)
    visits = [p for p in found if p.kind == "event" and set(p.parties) & {"TGO", "BEN", "NGA"}]
    assert all(p.date is None for p in visits if "TGO" not in p.parties)
