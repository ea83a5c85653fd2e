"""Currency words stand as words of their own: a currency's stem inside a place name is not a currency (the Russian
naira, "найра", inside "Найроби"), and the place is still read as its state; the shillings as the East African press
writes them ("Sh12 billion", "302.3bn/-") are read, in the currency of the figure's parties."""

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
