"""Sentences glued without a space in a page's copy ("(2017-2023).Les deux dirigeants") are two sentences, so that a
figure does not take the next sentence's year; initials, short abbreviations and domains stay whole (invented
sentences, every language)."""

from __future__ import annotations

from datetime import date

import pytest

from partnerlens.cooperation.extract import extract_text, split_sentences


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Trade grew by 12% a year (2017-2022).The two leaders met in 2023.",
            ["Trade grew by 12% a year (2017-2022).", "The two leaders met in 2023."],
        ),
        (
            "Les échanges ont crû de 12 % par an (2017-2022).Les deux dirigeants se sont vus en 2023.",
            ["Les échanges ont crû de 12 % par an (2017-2022).", "Les deux dirigeants se sont vus en 2023."],
        ),
        (
            "Товарооборот вырос на 12% в 2022 году.Об этом сообщил министр.",
            ["Товарооборот вырос на 12% в 2022 году.", "Об этом сообщил министр."],
        ),
        (
            "O comércio cresceu 12% em 2022.Os dois presidentes reuniram-se.",
            ["O comércio cresceu 12% em 2022.", "Os dois presidentes reuniram-se."],
        ),
        (
            "El comercio creció un 12% en 2022.Los dos presidentes se reunieron.",
            ["El comercio creció un 12% en 2022.", "Los dos presidentes se reunieron."],
        ),
        (  # the next sentence opens with a one-letter word
            "Haverá um seminário com 500 participantes.A VI Cimeira realiza-se no Porto.",
            ["Haverá um seminário com 500 participantes.", "A VI Cimeira realiza-se no Porto."],
        ),
        (
            "Les ministres ont signé trois accords.À l'issue des entretiens, ils ont parlé.",
            ["Les ministres ont signé trois accords.", "À l'issue des entretiens, ils ont parlé."],
        ),
        (
            "Лидеры подписали три соглашения.В ходе визита они посетили завод.",
            ["Лидеры подписали три соглашения.", "В ходе визита они посетили завод."],
        ),
        (
            "The ministers signed three agreements.A business forum followed.",
            ["The ministers signed three agreements.", "A business forum followed."],
        ),
        (
            "Los ministros firmaron tres acuerdos.Y el foro empresarial siguió.",
            ["Los ministros firmaron tres acuerdos.", "Y el foro empresarial siguió."],
        ),
    ],
)
def test_a_glued_full_stop_ends_a_sentence(text: str, expected: list[str]) -> None:
    sentences = split_sentences(text)
    assert [s.text for s in sentences] == expected
    assert all(text[s.start : s.end] == s.text for s in sentences)


@pytest.mark.parametrize(
    "text",
    [
        "Визит В.Путина прошёл на ул.Ленина в Москве.",
        "Mr.Smith met J.K.Rowling, the report of Bladi.net said.",
        "Le commerce a atteint 1.5 milliard selon le site Le360.ma hier.",
    ],
)
def test_initials_abbreviations_and_domains_stay_whole(text: str) -> None:
    assert [s.text for s in split_sentences(text)] == [text]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Trade between Morocco and Senegal grew by 20% (2017-2022).The two leaders celebrated the anniversary in 2023.",
            "en",
        ),
        (
            "Les échanges entre le Maroc et le Sénégal ont progressé de 20 % (2017-2022).Les deux dirigeants ont fêté "
            "l'anniversaire en 2023.",
            "fr",
        ),
        (
            "Товарооборот между Марокко и Сенегалом вырос на 20% (2017-2022).Лидеры двух стран отметили юбилей в "
            "2023 году.",
            "ru",
        ),
    ],
)
def test_a_figure_does_not_take_the_glued_sentences_year(text: str, language: str) -> None:
    claims = [p for p in extract_text(text, today=date(2026, 12, 2), language=language) if p.kind == "claim"]
    assert claims and all(c.year != 2023 for c in claims)
    assert claims[0].year == 2022


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Last year trade between Russia and Morocco\ngrew 1.9 times and reached almost two billion dollars.", "en"),
        (
            "L'an dernier, les échanges entre la Russie et le Maroc\nont été multipliés par 1,9 et ont atteint près "
            "de deux milliards de dollars.",
            "fr",
        ),
        (
            "В прошлом году товарооборот между Россией и Марокко\nвырос в 1,9 раза и достиг почти двух миллиардов долларов.",
            "ru",
        ),
        (
            "No ano passado, o comércio entre a Rússia e Marrocos\ncresceu 1,9 vezes e atingiu quase dois mil "
            "milhões de dólares.",
            "pt",
        ),
        (
            "El año pasado, el comercio entre Rusia y Marruecos\ncreció 1,9 veces y alcanzó casi dos mil millones "
            "de dólares.",
            "es",
        ),
    ],
)
def test_a_hard_line_break_inside_a_sentence_does_not_end_it(text: str, language: str) -> None:
    """A copy with the page's hard line breaks (a forum post, an e-mail): the figure keeps the parties of the line
    before its own."""
    assert [s.text for s in split_sentences(text)] == [text]
    claims = [p for p in extract_text(text, today=date(2012, 5, 2), language=language) if p.kind == "claim"]
    totals = [c for c in claims if c.metric == "total"]
    assert totals and set(totals[0].parties) == {"RUS", "MAR"} and totals[0].value == 2e9


@pytest.mark.parametrize(
    "text",
    [
        "Russia and Morocco, a partnership:\nthe two countries signed five agreements.",
        "Russia and Morocco signed five agreements.\nthe two countries also agreed to meet again.",
        "Agreements signed;\nmemorandum on education",
        "RUSSIA AND MOROCCO\n\ntrade grew",
    ],
)
def test_a_line_ending_in_punctuation_or_a_blank_line_still_ends_the_sentence(text: str) -> None:
    assert len(split_sentences(text)) == 2
