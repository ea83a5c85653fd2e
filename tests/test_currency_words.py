"""Currency words stand as words of their own: a currency's stem inside a place name is not a currency (the Russian
naira, "найра", inside "Найроби"), and the place is still read as its state; the shillings as the East African press
writes them ("Sh12 billion", "302.3bn/-") are read, in the currency of the figure's parties; so are the South Asian
press's "Rs" and its lakh and crore."""

from __future__ import annotations

import datetime as dt

import pytest

from partnerlens.cooperation.currencies import currency_pattern
from partnerlens.cooperation.extract import article_context, extract_text
from partnerlens.cooperation.quantities import find_quantities, local_currency


@pytest.mark.parametrize("word", ["найра", "найры", "найр", "найрах", "нигерийских найр", "naira", "₦"])
def test_naira_forms_are_currencies(word):
    assert currency_pattern().fullmatch(word) or currency_pattern().search(f"40 млрд {word}.")


@pytest.mark.parametrize("text", ["Переговоры прошли в Найроби 4 марта.", "Делегация прибыла в Найроби."])
def test_nairobi_is_no_currency_and_stays_kenya(text):
    assert currency_pattern().search(text) is None
    context = article_context(text, "ru", published=dt.date(2024, 3, 5))
    assert "KEN" in {m.party for m in context.mentions}


# The East African press writes shillings as "Sh12 billion", "TSh 5 billion", "USh 3 trillion" or "302.3bn/-";
# a bare "Sh" or "/-" is the Kenyan shilling unless the figure's parties name Tanzania or Uganda (and not Kenya).
@pytest.mark.parametrize(
    ("text", "parties", "value", "code"),
    [
        ("Trade between the two countries stood at 302.3bn/- last year.", ["TZA", "OMN"], 302.3e9, "TZS"),
        ("Exports rose to Sh57.9bn.", ["TZA", "IND"], 57.9e9, "TZS"),
        ("Exports rose to Sh 4.2 billion.", ["KEN", "UGA"], 4.2e9, "KES"),
        ("Imports reached TSh 244.4 billion.", ["KEN", "TZA"], 244.4e9, "TZS"),
        ("Exports to Kenya were worth Ushs 3.2 trillion.", ["UGA", "KEN"], 3.2e12, "UGX"),
        ("Les échanges ont atteint 300 milliards de shillings tanzaniens.", ["TZA", "FRA"], 300e9, "TZS"),
        ("Товарооборот составил 5 млрд угандийских шиллингов.", ["UGA", "RUS"], 5e9, "UGX"),
        ("As exportações somaram 2 mil milhões de xelins quenianos.", ["KEN", "PRT"], 2e9, "KES"),
        ("El comercio alcanzó 800 millones de chelines tanzanos.", ["TZA", "ESP"], 800e6, "TZS"),
    ],
)
def test_east_african_shillings_as_the_press_writes_them(text, parties, value, code):
    (money,) = [q for q in find_quantities(text) if q.kind == "money"]
    assert money.value == pytest.approx(value) and local_currency(money, parties).currency == code


@pytest.mark.parametrize(
    "text", ["They caught fish 5 tonnes a day.", "The Bush 4 years were different.", "Sh. Modi said"]
)
def test_sh_inside_a_word_or_without_an_amount_is_no_currency(text):
    assert [q for q in find_quantities(text) if q.kind == "money"] == []


def test_an_east_african_dispatch_reads_its_shilling_figures():
    text = (
        "Dar es Salaam, 12 June 2022 — In 2021, trade between Tanzania and Oman stood at 302.3bn/-. "
        "Tanzania imported goods worth 244.4bn/-, while its exports stood at 57.9bn/-."
    )
    claims = [p for p in extract_text(text, language="en", published=dt.date(2022, 6, 12)) if p.kind == "claim"]
    assert {(c.value, c.unit, c.year, c.metric) for c in claims} == {
        (302.3e9, "TZS", 2021, "total"),
        (244.4e9, "TZS", 2021, "imports"),
        (57.9e9, "TZS", 2021, "exports"),
    }
    assert all(set(c.parties) == {"TZA", "OMN"} for c in claims)


# The South Asian press writes "Rs 4,500 crore", "Rs. 25,000 crore", "₹1.2 lakh crore": a crore is ten million, a lakh
# a hundred thousand; a bare "Rs" is the Indian rupee unless the figure's parties name Pakistan (and not India).
@pytest.mark.parametrize(
    ("text", "value", "code"),
    [
        ("Trade between India and Kenya reached Rs 4,500 crore in 2021.", 45e9, "INR"),
        ("Trade between India and Kenya reached Rs. 4,500 crore in 2021.", 45e9, "INR"),
        ("India's exports to Kenya rose to ₹1.2 lakh crore in 2021.", 1.2e12, "INR"),
        ("India's exports to Kenya rose to INR 80 lakh in 2021.", 8e6, "INR"),
        ("Trade between Pakistan and Kenya reached Rs 50 billion in 2021.", 50e9, "PKR"),
    ],
)
def test_rupees_with_lakh_and_crore(text, value, code):
    _one_claim_in(text, "en", value, code)


# In French the bare rupee is the Mauritian press's, unless the figure's parties name India and not Mauritius.
@pytest.mark.parametrize(
    ("text", "value", "code"),
    [
        ("Les exportations de Maurice vers l'Inde ont atteint Rs 2,56 milliards en 2021.", 2.56e9, "MUR"),
        ("Les exportations de Maurice vers la Chine ont atteint 29,7 milliards de roupies en 2021.", 29.7e9, "MUR"),
        ("Les exportations de l'Inde vers le Kenya ont atteint 300 milliards de roupies en 2021.", 300e9, "INR"),
        ("Les exportations de Maurice vers l'Inde ont atteint 3 milliards de roupies indiennes en 2021.", 3e9, "INR"),
    ],
)
def test_rupees_in_french_are_mauritian_first(text, value, code):
    _one_claim_in(text, "fr", value, code)


def _one_claim_in(text: str, language: str, value: float, code: str) -> None:
    (claim,) = [p for p in extract_text(text, language=language, published=dt.date(2022, 5, 1)) if p.kind == "claim"]
    assert claim.value == pytest.approx(value) and claim.unit == code and claim.year == 2021
