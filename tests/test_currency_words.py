"""Currency words stand as words of their own: a currency's stem inside a place name is not a currency (the Russian
naira, "найра", inside "Найроби"), and the place is still read as its state."""

from __future__ import annotations

import datetime as dt

import pytest

from partnerlens.cooperation.currencies import currency_pattern
from partnerlens.cooperation.extract import article_context


@pytest.mark.parametrize("word", ["найра", "найры", "найр", "найрах", "нигерийских найр", "naira", "₦"])
def test_naira_forms_are_currencies(word):
    assert currency_pattern().fullmatch(word) or currency_pattern().search(f"40 млрд {word}.")


@pytest.mark.parametrize("text", ["Переговоры прошли в Найроби 4 марта.", "Делегация прибыла в Найроби."])
def test_nairobi_is_no_currency_and_stays_kenya(text):
    assert currency_pattern().search(text) is None
    context = article_context(text, "ru", published=dt.date(2024, 3, 5))
    assert "KEN" in {m.party for m in context.mentions}
