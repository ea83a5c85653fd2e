"""When a signing happened, read from the visit it was part of, as classes, on invented articles in English, French,
Russian, Portuguese and Spanish (issue 11: agreement date): a signing told without a date after the one visit the
article reports as held is of that visit — its day, or its month when the visit lasted several days ("on 3-4 March",
"les 3 et 4 mars", "3–4 марта", "a two-day visit", "de dos días"); several occasions, or a signing told as earlier,
leave it undated."""

from __future__ import annotations

from datetime import date

import pytest

from partnerlens.cooperation.extract import extract_text

PUBLISHED = date(2025, 3, 12)


def signings(text: str, language: str) -> list:
    found = extract_text(text, language=language, published=PUBLISHED, today=PUBLISHED)
    return [p for p in found if p.kind == "agreement"]


@pytest.mark.parametrize(
    "text, language",
    [
        (
            "Kenyan President William Ruto paid a state visit to Uzbekistan on 3-4 March.\n"
            "In the energy sector, Kenya and Uzbekistan signed a memorandum of understanding.",
            "en",
        ),
        (
            "Kenyan President William Ruto paid a two-day state visit to Uzbekistan on 3 March.\n"
            "In the energy sector, Kenya and Uzbekistan signed a memorandum of understanding.",
            "en",
        ),
        (
            "Le président kényan William Ruto a effectué une visite d'État en Ouzbékistan les 3 et 4 mars.\n"
            "Dans le secteur de l'énergie, le Kenya et l'Ouzbékistan ont signé un mémorandum d'entente.",
            "fr",
        ),
        (
            "Президент Кении Уильям Руто 3-4 марта посетил Узбекистан с государственным визитом.\n"
            "В сфере энергетики Кения и Узбекистан подписали меморандум о взаимопонимании.",
            "ru",
        ),
        (
            "Президент Кении Уильям Руто 3 марта прибыл в Узбекистан с двухдневным государственным визитом.\n"
            "В сфере энергетики Кения и Узбекистан подписали меморандум о взаимопонимании.",
            "ru",
        ),
        (
            "O Presidente do Quénia, William Ruto, realizou uma visita de Estado de dois dias ao Uzbequistão a 3 de "
            "março.\nNo setor da energia, Quénia e Uzbequistão assinaram um memorando de entendimento.",
            "pt",
        ),
        (
            "El presidente de Kenia, William Ruto, realizó una visita de Estado de dos días a Uzbekistán el 3 de marzo."
            "\nEn el sector energético, Kenia y Uzbekistán firmaron un memorando de entendimiento.",
            "es",
        ),
    ],
)
def test_a_signing_during_a_visit_of_several_days_is_dated_to_its_month(text, language):
    (agreement,) = signings(text, language)
    assert (agreement.date, agreement.date_precision) == (date(2025, 3, 1), "month")


@pytest.mark.parametrize(
    "text, language",
    [
        (
            "Kenyan President William Ruto visited Uzbekistan on 3 March.\n"
            "In the energy sector, Kenya and Uzbekistan signed a memorandum of understanding.",
            "en",
        ),
        (
            "Le président kényan William Ruto a effectué une visite en Ouzbékistan le 3 mars.\n"
            "Dans le secteur de l'énergie, le Kenya et l'Ouzbékistan ont signé un mémorandum d'entente.",
            "fr",
        ),
        (
            "Президент Кении Уильям Руто 3 марта посетил Узбекистан с визитом.\n"
            "В сфере энергетики Кения и Узбекистан подписали меморандум о взаимопонимании.",
            "ru",
        ),
    ],
)
def test_a_signing_after_a_one_day_visit_is_of_its_day(text, language):
    (agreement,) = signings(text, language)
    assert (agreement.date, agreement.date_precision) == (date(2025, 3, 3), "day")


@pytest.mark.parametrize(
    "text, language",
    [
        (
            "Kenyan President William Ruto visited Uzbekistan on 3 March. The Kenyan and Uzbek foreign ministers "
            "held talks in Nairobi on 10 February.\nKenya and Uzbekistan signed a memorandum of understanding on energy.",
            "en",
        ),
        (
            "Kenyan President William Ruto visited Uzbekistan on 3 March.\n"
            "Kenya and Uzbekistan had previously signed a memorandum of understanding on energy.",
            "en",
        ),
        (
            "Le président kényan William Ruto a effectué une visite en Ouzbékistan le 3 mars.\n"
            "Le Kenya et l'Ouzbékistan avaient signé auparavant un mémorandum d'entente sur l'énergie.",
            "fr",
        ),
        (
            "Президент Кении Уильям Руто 3 марта посетил Узбекистан с визитом.\n"
            "Ранее Кения и Узбекистан подписали меморандум о взаимопонимании в сфере энергетики.",
            "ru",
        ),
    ],
)
def test_several_occasions_or_an_earlier_signing_leave_it_undated(text, language):
    (agreement,) = signings(text, language)
    assert agreement.date is None
