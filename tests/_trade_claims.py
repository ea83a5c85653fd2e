"""Helpers for the trade-figure tests of invented sentences: the claims an article gives, and the one with a value."""

from __future__ import annotations

from datetime import date

from partnerlens.cooperation.extract import extract_text


def claims(text: str, language: str, title: str, published: date | None = None) -> list:
    found = extract_text(text, language=language, title=title, published=published)
    return [p for p in found if p.kind == "claim"]


def one(found: list, value: float):
    matches = [p for p in found if p.value is not None and abs(p.value - value) < 1e-6 * max(1.0, abs(value))]
    assert matches, [(p.value, p.metric, p.parties, p.year) for p in found]
    return matches[0]
