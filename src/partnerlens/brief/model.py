"""What a brief is made of: sections of blocks, and numbered citations.

A brief is format-free: sections hold paragraphs, bullet lists, tables and
charts whose text already carries citation markers ``[n]``. The renderers
(``rendering.py``) turn the same object into Markdown, HTML or PDF.

Citations are numbered in order of first use: ``Citations.mark`` gives a
source its number the first time a figure cites it and the same number ever
after, so the list in *Methods and sources* reads in the order of the text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

FORMATS = ("md", "html", "pdf")
"""The formats a brief is written in (Markdown, HTML, PDF); the CLI checks ``--format`` against them without Jinja."""

MARKER = re.compile(r"\[(\d+)\]")


@dataclass(frozen=True)
class Citation:
    """One source a figure can cite.

    ``key`` identifies the source (two figures from the same release share one
    number); ``kind`` is ``data`` (a trade data release), ``reference`` (a
    reference dataset), ``article`` (a news article or statement) or ``method``
    (the literature behind an indicator).
    """

    key: str
    kind: str
    text: str
    address: str | None = None
    synthetic: bool = False


class Citations:
    """Sources numbered in order of first use."""

    def __init__(self) -> None:
        self._entries: list[Citation] = []
        self._numbers: dict[str, int] = {}

    def mark(self, *citations: Citation | None) -> str:
        """The markers ``[n]`` of ``citations`` (numbering new ones), or "" when none."""
        numbers = []
        for citation in citations:
            if citation is None:
                continue
            if citation.key not in self._numbers:
                self._entries.append(citation)
                self._numbers[citation.key] = len(self._entries)
            numbers.append(self._numbers[citation.key])
        return "".join(f"[{n}]" for n in dict.fromkeys(numbers))

    def entries(self) -> list[tuple[int, Citation]]:
        """``(number, citation)`` pairs in numbering order."""
        return list(enumerate(self._entries, start=1))

    def __len__(self) -> int:
        return len(self._entries)


@dataclass(frozen=True)
class Heading:
    """A sub-heading inside a section (one direction of the pair, say)."""

    text: str


@dataclass(frozen=True)
class Paragraph:
    text: str


@dataclass(frozen=True)
class Bullets:
    items: tuple[str, ...]


@dataclass(frozen=True)
class Table:
    """A table of preformatted cells.

    ``kinds`` has one letter per column: ``t`` text (wraps), ``n`` number
    (right-aligned, never wraps), ``c`` code or date (never wraps); missing
    letters mean text.
    """

    caption: str
    columns: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    kinds: str = ""

    def kind(self, index: int) -> str:
        return self.kinds[index] if index < len(self.kinds) else "t"

    def is_numeric(self, index: int) -> bool:
        return self.kind(index) == "n"


@dataclass(frozen=True)
class Chart:
    """A chart rendered to inline SVG, with a caption that cites its data."""

    caption: str
    svg: str
    alt: str


@dataclass(frozen=True)
class SourceList:
    """The numbered list of citations, as they stand when the block is made."""

    entries: tuple[tuple[int, Citation], ...]


Block = Heading | Paragraph | Bullets | Table | Chart | SourceList


@dataclass
class Section:
    id: str
    title: str
    blocks: list[Block] = field(default_factory=list)

    def add(self, *blocks: Block | None) -> Section:
        self.blocks.extend(b for b in blocks if b is not None)
        return self


@dataclass
class Brief:
    """A partnership brief for parties ``a`` and ``b``, ready to render."""

    title: str
    subtitle: str
    a: str
    b: str
    year: int | None
    synthetic: bool
    generated_on: date
    sections: list[Section]
    citations: Citations
    parameters: dict

    def section(self, section_id: str) -> Section:
        for section in self.sections:
            if section.id == section_id:
                return section
        raise KeyError(section_id)

    def to_dict(self) -> dict:
        """A JSON-ready outline: sections with their text blocks, citations, parameters."""
        return {
            "title": self.title,
            "subtitle": self.subtitle,
            "a": self.a,
            "b": self.b,
            "year": self.year,
            "synthetic": self.synthetic,
            "generated_on": self.generated_on.isoformat(),
            "sections": [
                {"id": s.id, "title": s.title, "blocks": [_block_dict(block) for block in s.blocks]}
                for s in self.sections
            ],
            "citations": [
                {"number": n, "kind": c.kind, "text": c.text, "address": c.address, "synthetic": c.synthetic}
                for n, c in self.citations.entries()
            ],
            "parameters": self.parameters,
        }


def _block_dict(block: Block) -> dict:
    if isinstance(block, Heading):
        return {"type": "heading", "text": block.text}
    if isinstance(block, Paragraph):
        return {"type": "paragraph", "text": block.text}
    if isinstance(block, Bullets):
        return {"type": "bullets", "items": list(block.items)}
    if isinstance(block, Table):
        return {
            "type": "table",
            "caption": block.caption,
            "columns": list(block.columns),
            "rows": [list(r) for r in block.rows],
        }
    if isinstance(block, Chart):
        return {"type": "chart", "caption": block.caption, "alt": block.alt}
    return {
        "type": "sources",
        "entries": [{"number": n, "text": c.text, "address": c.address} for n, c in block.entries],
    }
