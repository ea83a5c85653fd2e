"""What the article-party tests share: the parties an article is read to have (the union of its proposals')."""

from __future__ import annotations

from datetime import date

from partnerlens.cooperation.extract import extract_text


def article_parties(text: str, language: str, *, published: date | None = None, title: str | None = None) -> set[str]:
    """Every party of every proposal read from ``text`` (``published`` is also the reading's today)."""
    found = extract_text(text, language=language, published=published, today=published, title=title)
    return {code for proposal in found for code in proposal.parties}
