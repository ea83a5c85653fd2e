"""Figures listed partner by partner in one sentence (issue 11, batch 17 of the evaluation set): each figure's
partner is the one its own clause names, the other side the dispatch's state ("Товарооборот с Казахстаном – 4 млрд
долларов, с Кыргызстаном – 700 млн"; "le déficit vis-à-vis de la Chine … contre 46,7 MMDH pour l'Arabie"), not every
state of the sentence at once. A partner named in passing with no figure of its own starts no list. All sentences
are invented."""

from __future__ import annotations

from datetime import date

import pytest

from partnerlens.cooperation.extract import extract_text

PUBLISHED = date(2024, 5, 2)


def pairs(text: str, language: str, title: str) -> list[tuple[float, set[str]]]:
    found = extract_text(text, language=language, published=PUBLISHED, today=PUBLISHED, title=title)
    return [(abs(p.value), set(p.parties)) for p in found if p.kind == "claim"]


LISTS = [
    (
        "Товарооборот с Таджикистаном приближается к 3 миллиардам долларов, с Киргизией - почти 800 миллионов "
        "долларов, а с Туркменистаном - превышает 450 миллионов долларов.",
        "ru",
        "Казахстан нарастил торговлю с соседями",
        {"KAZ"},
    ),
    (
        "Trade with Tanzania reached $3 billion, with Uganda nearly $800 million and with Rwanda over $450 million.",
        "en",
        "Kenya expands trade with its neighbours",
        {"KEN"},
    ),
    (
        "Le déficit commercial vis-à-vis de la Tanzanie a atteint 3 milliards de dollars, celui vis-à-vis de l'Ouganda près de "
        "800 millions de dollars, contre 450 millions de dollars pour le Rwanda.",
        "fr",
        "Le Kenya creuse son déficit avec ses voisins",
        {"KEN"},
    ),
    (
        "O comércio com a Tanzânia chegou a 3 bilhões de dólares, com Uganda a 800 milhões de dólares e com Ruanda "
        "a 450 milhões de dólares.",
        "pt",
        "Quênia amplia comércio com vizinhos",
        {"KEN"},
    ),
    (
        "El comercio con Tanzania llegó a 3.000 millones de dólares, con Uganda a 800 millones de dólares y con "
        "Ruanda a 450 millones de dólares.",
        "es",
        "Kenia amplía su comercio con sus vecinos",
        {"KEN"},
    ),
]


@pytest.mark.parametrize(("text", "language", "title", "home"), LISTS)
def test_each_figure_takes_the_partner_of_its_own_clause(text, language, title, home):
    found = pairs(text, language, title)
    partners = [parties - home for _, parties in found]
    assert [value for value, _ in found] == [3e9, 8e8, 4.5e8]
    assert all(home <= parties for _, parties in found), found
    assert [len(p) for p in partners] == [1, 1, 1] and len({frozenset(p) for p in partners}) == 3, found


@pytest.mark.parametrize(
    ("text", "language", "title", "expected"),
    [
        (
            "Товарооборот с Египтом вырос до 5 млрд долларов, сообщил посол в России.",
            "ru",
            "Россия и Египет",
            {"RUS", "EGY"},
        ),
        (
            "Trade with Egypt rose to $5 billion, the ambassador to Russia said.",
            "en",
            "Russia and Egypt",
            {"RUS", "EGY"},
        ),
    ],
)
def test_a_partner_named_in_passing_starts_no_list(text, language, title, expected):
    assert pairs(text, language, title) == [(5e9, expected)]


# the trade phrase names a pair ("Russia's trade with Egypt"), then a later clause of the list names its own partner:
# that clause's figure is the owner's trade with that partner, not the first pair's (twelfth session)
AFTER_A_PHRASE = [
    (
        "Товарооборот России с Египтом вырос до 7 млрд долларов, а с Алжиром – до 3 млрд долларов.",
        "ru",
        "Путин провел переговоры с Сиси",
        [{"RUS", "EGY"}, {"RUS", "DZA"}],
    ),
    (
        "Экспорт Белоруссии в Россию составил 20 млрд долларов, в Китай – 3 млрд долларов.",
        "ru",
        "Лукашенко о торговле",
        [{"BLR", "RUS"}, {"BLR", "CHN"}],
    ),
    (
        "Kenya's trade with Uganda rose to $1 billion last year, and with Tanzania to $500 million.",
        "en",
        "Ruto hails regional trade",
        [{"KEN", "UGA"}, {"KEN", "TZA"}],
    ),
    (
        "Les échanges du Maroc avec le Sénégal ont atteint 300 millions de dollars, et avec la Mauritanie 150 millions "
        "de dollars.",
        "fr",
        "Le roi reçoit une délégation",
        [{"MAR", "SEN"}, {"MAR", "MRT"}],
    ),
    (
        "O comércio de Angola com o Brasil chegou a 2 bilhões de dólares, e com Portugal a 1 bilhão de dólares.",
        "pt",
        "Lourenço recebe delegação",
        [{"AGO", "BRA"}, {"AGO", "PRT"}],
    ),
    (
        "El comercio de México con Guatemala llegó a 3.000 millones de dólares, y con Honduras a 1.000 millones de "
        "dólares.",
        "es",
        "López Obrador recibe a su homólogo",
        [{"MEX", "GTM"}, {"MEX", "HND"}],
    ),
]


@pytest.mark.parametrize(("text", "language", "title", "expected"), AFTER_A_PHRASE)
def test_a_later_clause_of_a_list_after_a_trade_phrase_takes_its_own_partner(text, language, title, expected):
    assert [parties for _, parties in pairs(text, language, title)] == expected


@pytest.mark.parametrize(
    ("text", "language", "title", "expected"),
    [
        (
            "Kenya's trade with Uganda rose to $1 billion, up from $800 million in 2022, the envoy to Tanzania said.",
            "en",
            "Kenya and Uganda",
            [{"KEN", "UGA"}, {"KEN", "UGA"}],
        ),
        (
            "Les échanges du Maroc avec le Sénégal ont atteint 300 millions de dollars, contre 250 millions en 2022, "
            "selon l'ambassadeur en Mauritanie.",
            "fr",
            "Maroc-Sénégal",
            [{"MAR", "SEN"}, {"MAR", "SEN"}],
        ),
        (
            "Товарооборот России с Египтом вырос до 7 млрд долларов против 6 млрд в 2022 году, сообщил посол в Алжире.",
            "ru",
            "Россия и Египет",
            [{"RUS", "EGY"}, {"RUS", "EGY"}],
        ),
    ],
)
def test_a_phrase_pair_stays_when_no_later_clause_names_a_partner_of_its_own(text, language, title, expected):
    assert [parties for _, parties in pairs(text, language, title)] == expected
