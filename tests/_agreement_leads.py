"""Invented lead sentences for agreement tests: a dated visit between Chile and Ghana in five languages, so that the
sentence under test has its parties and its occasion before it; and the one way these tests read agreements."""

from __future__ import annotations

from datetime import date

from partnerlens.cooperation.extract import extract_text

PUBLISHED = date(2025, 3, 10)

LEADS = {
    "en": "Chilean President Gabriel Boric visited Ghana on 3 March 2025. Chile and Ghana want to deepen cooperation. ",
    "fr": "Le président chilien Gabriel Boric a effectué une visite d'État au Ghana le 3 mars 2025. Le Chili et le "
    "Ghana veulent renforcer leur coopération. ",
    "ru": "Президент Чили Габриэль Борич 3 марта 2025 года посетил Гану с государственным визитом. Чили и Гана "
    "намерены развивать сотрудничество. ",
    "pt": "O Presidente do Chile, Gabriel Boric, visitou o Gana a 3 de março de 2025. O Chile e o Gana querem reforçar "
    "a cooperação. ",
    "es": "El presidente de Chile, Gabriel Boric, visitó Ghana el 3 de marzo de 2025. Chile y Ghana quieren reforzar "
    "la cooperación. ",
}


def agreements_read(text: str, language: str) -> list:
    """The agreements read from ``text`` alone, published (and read) on ``PUBLISHED``."""
    found = extract_text(text, language=language, published=PUBLISHED, today=PUBLISHED)
    return [p for p in found if p.kind == "agreement"]


def agreements(text: str, language: str) -> list:
    """The agreements read from ``text`` told after the language's lead."""
    return agreements_read(LEADS[language] + text, language)
