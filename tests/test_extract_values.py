"""Values of trade figures in every shape (issue 11): amounts in words ("one billion dollars", "un milliard
et demi", "полтора миллиарда", "mil milhões"), abbreviations ("US$1.3bn", "1,3 Md$", "5 MMDH"), currency
symbols that touch their number ("₽", "US$"), and bare currency words shared by several states ("dirhams",
"shillings", "dinars"), read in the currency of the figure's parties."""

from __future__ import annotations

from datetime import date

import pytest

from partnerlens.cooperation.extract import extract_text
from partnerlens.cooperation.quantities import find_quantities

PUBLISHED = date(2025, 6, 1)


def one(text: str, language: str):
    found = [
        p for p in extract_text(text, language=language, published=PUBLISHED, today=PUBLISHED) if p.kind == "claim"
    ]
    assert len(found) == 1, [(c.value, c.unit) for c in found]
    return found[0]


@pytest.mark.parametrize(
    "text, value, currency",
    [
        ("one billion dollars", 1e9, "USD"),
        ("a billion dollars", 1e9, "USD"),
        ("half a billion dollars", 5e8, "USD"),
        ("two and a half billion dollars", 2.5e9, "USD"),
        ("US$1.3bn", 1.3e9, "USD"),
        ("$1.3-billion", 1.3e9, "USD"),
        ("un milliard de dollars", 1e9, "USD"),
        ("un milliard et demi de dollars", 1.5e9, "USD"),
        ("1,3 Md$", 1.3e9, "USD"),
        ("1,3 mds $", 1.3e9, "USD"),
        ("5 MMDH", 5e9, "MAD"),
        ("500 MDH", 5e8, "MAD"),
        ("миллиард долларов", 1e9, "USD"),
        ("двух миллиардов долларов", 2e9, "USD"),
        ("полтора миллиарда долларов", 1.5e9, "USD"),
        ("500 млрд ₽", 5e11, "RUB"),
        ("mil milhões de dólares", 1e9, "USD"),
        ("mil millones de dólares", 1e9, "USD"),
        ("dos mil millones de dólares", 2e9, "USD"),
        ("dos millones de dólares", 2e6, "USD"),
        ("dois mil milhões de dólares", 2e9, "USD"),
        ("two billion dollars", 2e9, "USD"),
        ("deux milliards de dollars", 2e9, "USD"),
    ],
)
def test_amounts_in_words_abbreviations_and_symbols(text, value, currency):
    (money,) = [q for q in find_quantities(f"Trade reached {text} in 2023.") if q.kind == "money"]
    assert (money.value, money.currency) == (pytest.approx(value), currency)


@pytest.mark.parametrize(
    "text, language, value",
    [
        ("Trade between Kenya and Turkey reached one billion dollars in 2023.", "en", 1e9),
        ("Trade between Kenya and Turkey reached US$1.3bn in 2023.", "en", 1.3e9),
        ("Les échanges entre le Sénégal et la Turquie ont atteint un milliard de dollars en 2023.", "fr", 1e9),
        ("Товарооборот России и Египта в 2023 году составил более двух миллиардов долларов.", "ru", 2e9),
        ("O comércio entre Angola e Moçambique atingiu mil milhões de dólares em 2023.", "pt", 1e9),
        ("El comercio entre Argentina y Sudáfrica alcanzó mil millones de dólares en 2023.", "es", 1e9),
    ],
)
def test_a_figure_in_words_is_a_claim_of_its_two_parties(text, language, value):
    claim = one(text, language)
    assert claim.value == pytest.approx(value) and claim.year == 2023 and len(claim.parties) == 2
    assert "USA" not in claim.parties


@pytest.mark.parametrize(
    "text, language, currency",
    [
        ("Morocco's exports to Nigeria reached 5 billion dirhams in 2023.", "en", "MAD"),
        ("Turkey's exports to the UAE reached 36 billion dirhams in 2023.", "en", "AED"),
        (
            "Les exportations de la Turquie vers les Émirats arabes unis ont atteint 36 milliards de dirhams en 2023.",
            "fr",
            "AED",
        ),
        ("Trade between Uganda and Egypt reached 1.2 trillion shillings in 2023.", "en", "UGX"),
        ("Trade between Kenya and Egypt reached 1.2 trillion shillings in 2023.", "en", "KES"),
        ("Les échanges entre la Tunisie et la Libye ont atteint 2 milliards de dinars en 2023.", "fr", "TND"),
        ("Товарооборот Алжира и России в 2023 году составил 200 млрд динаров.", "ru", "DZD"),
    ],
)
def test_a_bare_currency_word_is_the_currency_of_the_figure_parties(text, language, currency):
    claim = one(text, language)
    assert claim.unit == currency == claim.reading.currency


@pytest.mark.parametrize(
    "language, text",
    [
        ("en", "Trade between Kenya and Uganda reached 2.392 billion dollars in 2023, against 1.507 billion in 2019."),
        (
            "fr",
            "Les échanges entre le Kenya et l'Ouganda ont atteint 2,392 milliards de dollars en 2023 contre 1,507 milliard en 2019.",
        ),
        ("ru", "Товарооборот Кении и Уганды достиг 2,392 млрд долларов в 2023 году против 1,507 млрд в 2019 году."),
        (
            "pt",
            "As trocas comerciais entre o Quénia e o Uganda atingiram 2,392 mil milhões de dólares em 2023, contra 1,507 mil milhões em 2019.",
        ),
        (
            "pt",
            "O comércio entre o Brasil e o Quênia atingiu 2,392 bilhões de dólares em 2023, contra 1,507 bilhão em 2019.",
        ),
    ],
)
def test_the_second_figure_of_a_pair_keeps_its_decimal_comma(text, language):
    """ "contre 1,507 milliard": three digits after a comma before a scale word of a language that writes decimal
    commas are decimals, in the figure told after another as in the first (not 1,507 billion)."""
    found = extract_text(text, language=language, published=PUBLISHED, today=PUBLISHED)
    values = sorted(round(p.value) for p in found if p.kind == "claim")
    assert values == [1_507_000_000, 2_392_000_000]


@pytest.mark.parametrize(
    "text, language, currency",
    [
        ("In 2010, Switzerland's exports to India reached 2.5 billion francs.", "en", "CHF"),
        ("En 2010, les exportations de la Suisse vers l'Inde ont atteint 2,5 milliards de francs.", "fr", "CHF"),
        ("В 2010 году экспорт Швейцарии в Индию составил 2,5 млрд франков.", "ru", "CHF"),
        ("Em 2010, as exportações da Suíça para a Índia atingiram 2,5 mil milhões de francos.", "pt", "CHF"),
        ("En 2010, las exportaciones de Suiza a la India alcanzaron 2.500 millones de francos.", "es", "CHF"),
        ("En 2010, les exportations du Sénégal vers le Mali ont atteint 250 milliards de francs.", "fr", "XOF"),
        ("En 2010, les échanges entre le Cameroun et le Tchad ont atteint 90 milliards de francs.", "fr", "XAF"),
    ],
)
def test_bare_francs_are_the_franc_of_the_figure_parties(text, language, currency):
    """A bare "francs" (issue 11, batch 24: "2,5 milliards de francs" of Switzerland's exports) is money: the Swiss
    franc, unless the figure's parties name a state of the CFA francs (or Rwanda) and not Switzerland."""
    claim = one(text, language)
    assert claim.unit == currency == claim.reading.currency
