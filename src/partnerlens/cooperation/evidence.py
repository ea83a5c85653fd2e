"""What a pair's records cite, as the extractor reads it: the texts, how each is read, and the key of a reading.

A brief reads the evidence its pair's records quote from each article
(``brief.record``) and ``world build`` reads the same texts ahead for every
pair the registry knows (``world.articles``); both take the texts, the way
each is read and the key a reading is kept under from here, so a reading
kept by one is found by the other. Which records a pair has: those naming a
code of each party (a group through its members). The key of a reading
leaves out the workspace database (a change to the registry keeps it) and
has the text and how it was read, the workspace's ``sectors.yaml``, the code
and the package's data files. Standard library and light modules only.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from functools import cache
from pathlib import Path
from typing import Any

from partnerlens.workspace import code_fingerprint

EXTRACTED = "extracted"
"""The kind of a kept reading (the first element of its key, and its cache folder's name)."""
DATA_FOLDERS = ("cooperation", "reference/data", "claims")
"""Where the package's data files (gazetteer, vocabularies, sectors) live, under ``partnerlens/``."""


def party_codes(party: Any) -> set[str]:
    """The codes a registry record may use for ``party``: its own code and, for a group, its members."""
    return {party.code, *party.members}


def about(parties: Iterable[str], a: Any, b: Any) -> bool:
    """Whether a record or proposal naming ``parties`` is about the pair ``a`` and ``b``."""
    named = set(parties)
    return bool(named & party_codes(a)) and bool(named & party_codes(b))


def cited_evidence(records: Iterable[Any]) -> dict[str, tuple[Any, list]]:
    """The articles the records cite, each with the evidence the records quote from it, in the records' order."""
    articles: dict[str, tuple[Any, list]] = {}
    for record in records:
        for citation in record.sources:
            articles.setdefault(citation.source.id, (citation.source, []))[1].append(citation.evidence)
    return articles


def evidence_text(evidence: list) -> str:
    """An article's quoted sentences as the extractor reads them: in the article's order, each once."""
    return "\n\n".join(dict.fromkeys(e.text for e in sorted(evidence, key=lambda e: e.start)))


def asked_of(text: str, source: Any, day: str) -> tuple:
    """How a text is read, as a kept reading's key names it: the text, the article's language and date, the day.

    The day (ISO) is the one relative dates are read against.
    """
    return (text, source.language, str(source.published), day)


def extraction_key(home: Path, asked: tuple) -> str:
    """The key of one reading of a text (``asked``: :func:`asked_of`) in the workspace at ``home``."""
    parts = [repr((EXTRACTED, *asked)), _stamp(Path(home) / "sectors.yaml"), code_fingerprint(), data_fingerprint()]
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()[:24]


def _stamp(path: Path) -> str:
    try:
        stat = path.stat()
    except FileNotFoundError:
        return "absent"
    return f"{stat.st_size}:{stat.st_mtime_ns}"


@cache
def data_fingerprint() -> str:
    """A hash of the package's data files (paths, sizes, times): what extraction reads besides its code."""
    root = Path(__file__).resolve().parents[1]
    digest = hashlib.sha256()
    for folder in DATA_FOLDERS:
        for path in sorted((root / folder).rglob("*")):
            if path.is_file() and path.suffix != ".pyc":
                stat = path.stat()
                digest.update(f"{path.relative_to(root)}:{stat.st_size}:{stat.st_mtime_ns};".encode())
    return digest.hexdigest()[:24]
