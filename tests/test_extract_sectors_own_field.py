"""Agreement sectors told with the instrument's own field (issue 11, sector classes of batch 41): a Russian
ministry's short name ("Минздрав", "Минсельхоз", "Минэнерго") is a ministry, whose area is that of an instrument
it signs that names none, and never a sentence's area; a generic word another field qualifies is that field's
("renewable energy technologies" is not ICT). Every sentence here is invented."""

from __future__ import annotations

from datetime import date

import pytest

from partnerlens.cooperation.extract import extract_text
from partnerlens.cooperation.extract.sectors import office_sectors, sector_mentions

PUBLISHED = date(2025, 6, 4)


def read(text: str, language: str) -> list:
    return extract_text(text, language=language, published=PUBLISHED, today=PUBLISHED)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Минздрав Чили и Минздрав Перу подписали меморандум о совместных регистрах.", ["health"]),
        ("Минсельхоз Боливии и его эквадорский партнёр заключили соглашение.", ["agriculture"]),
        ("Документ подписали Минэнерго Монголии и Минобрнауки Вьетнама в Ханое.", ["energy", "education"]),
        ("По словам Минобороны Перу, меморандум вступит в силу весной.", ["security_defence"]),
    ],
)
def test_a_russian_ministrys_short_name_is_a_ministry(text: str, expected: list[str]) -> None:
    assert office_sectors(text, "ru") == expected
    assert not set(expected) & set(sector_mentions(text, "ru", families=True)[0])  # an office, not an area


def test_the_signing_ministries_short_names_give_the_instrument_its_area() -> None:
    found = read("Минздравы Чили и Перу подписали в Лиме двустороннее соглашение.", "ru")
    assert [p.sectors for p in found if p.kind == "agreement"] == [["health"]]


def test_a_short_name_that_is_another_word_is_no_ministry() -> None:
    text = "Минимальный объём поставок минеральной воды обсудили на встрече в Лиме."
    assert office_sectors(text, "ru") == []


@pytest.mark.parametrize(
    "text, language, expected",
    [
        ("The memorandum covers technologies related to solar and wind power.", "en", {"energy"}),
        ("They will exchange renewable energy technologies and experts.", "en", {"energy"}),
        ("Le protocole porte sur les technologies agricoles.", "fr", {"agriculture"}),
        ("Le mémorandum vise les technologies de l'énergie solaire.", "fr", {"energy"}),
        ("Меморандум касается энергетических технологий.", "ru", {"energy"}),
        ("Стороны обменяются технологиями в области медицины.", "ru", {"health"}),
    ],
)
def test_technologies_of_another_field_are_that_fields(text: str, language: str, expected: set) -> None:
    assert set(sector_mentions(text, language, families=True)[0]) == expected


@pytest.mark.parametrize(
    "text, language",
    [
        ("The sides will cooperate in energy, mining and technology.", "en"),
        ("Cooperation in technology was the main topic.", "en"),
        ("La coopération couvre l'énergie, la santé et les technologies.", "fr"),
        ("Сотрудничество охватит энергетику, медицину и технологии.", "ru"),
    ],
)
def test_technology_told_as_an_item_of_its_own_is_ict(text: str, language: str) -> None:
    assert "ict" in sector_mentions(text, language, families=True)[0]
