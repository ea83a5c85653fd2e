"""Independence of evidence: a claim is never confirmed by the article that makes it.

Trade data and published indicators are independent of any article. Registry
records are not always: the record of "six diplomatic missions in 2025" may
have been read from the very sentence being checked, and counting it would
make the article confirm itself. A registry record is independent evidence
only through a citation from *another* document; a citation is from the
checked article when

* it cites the same source (same id: same text checksum, else address), or
  the same address; or
* its evidence sentence is one of the claim's own sentences, or appears in
  the checked text (the shipped registry cites the seed articles under their
  own addresses; the sentence still gives them away); then every citation of
  that document is the article's.

A count whose matching records all come from the article itself is
``unverifiable`` ("only this article says so"), never ``consistent``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from partnerlens.cooperation.models import Citation, Record, Source

ONLY_THIS_ARTICLE = "only this article says so"


def _norm(text: str | None) -> str:
    return " ".join(re.sub(r"[“”\"'’‘]", "", text or "").casefold().split())


@dataclass(frozen=True)
class Origin:
    """The article a claim comes from, as far as it is known: its source, its text, the claim's sentences."""

    source: Source | None = None
    text: str | None = None
    sentences: tuple[str, ...] = field(default_factory=tuple)

    def said(self, citation: Citation) -> bool:
        """Whether ``citation`` is this article speaking (so not independent evidence)."""
        cited = citation.source
        if self.source is not None:
            if cited.id == self.source.id:
                return True
            if cited.address and self.source.address and cited.address == self.source.address:
                return True
        sentence = _norm(citation.evidence.text)
        if not sentence:
            return False
        if any(sentence == _norm(s) or (len(sentence) > 40 and sentence in _norm(s)) for s in self.sentences):
            return True
        return self.text is not None and len(sentence) > 40 and sentence in _norm(self.text)


def independent_citations(record: Record, origin: Origin) -> list[Citation]:
    """The citations of ``record`` that come from documents other than the claim's article.

    A document one of whose cited sentences is the article's is the article:
    its other citations (another sentence of the same text) are not independent either.
    """
    article = {c.source.id for c in record.sources if origin.said(c)}
    return [c for c in record.sources if c.source.id not in article]


def split_records(records: list[Record], origin: Origin) -> tuple[list[Record], list[Record]]:
    """``(independent, self_only)``: records with at least one other source, and records only the article backs."""
    independent = [r for r in records if independent_citations(r, origin)]
    return independent, [r for r in records if r not in independent]


def independent_sources(records: list[Record], origin: Origin) -> list[dict]:
    """The other documents the independent records cite: address or title, publisher, date, the record."""
    seen: dict[str, dict] = {}
    for record in records:
        for citation in independent_citations(record, origin):
            source = citation.source
            key = source.id
            entry = seen.setdefault(
                key,
                {
                    "address": source.address,
                    "title": source.title,
                    "publisher": source.publisher,
                    "published": source.published.isoformat() if source.published else None,
                    "records": [],
                },
            )
            entry["records"].append(record.id)
    return list(seen.values())
