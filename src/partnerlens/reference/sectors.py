"""The sector taxonomy: policy words mapped to HS codes.

The taxonomy is data (``reference/data/sectors.yaml``), read and edited by
users; a workspace may hold its own copy (``sectors.yaml`` in the home), which
then replaces the packaged one.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from partnerlens import scope
from partnerlens.errors import PartnerlensError
from partnerlens.kept_yaml import is_yaml_error, parsed_yaml
from partnerlens.patterns import compiled
from partnerlens.reference.products import products

_ID = re.compile(r"[a-z][a-z0-9_]*")
_LISTS = ("synonyms", "hs", "ebops")


@dataclass(frozen=True)
class Sector:
    """One sector: id, label, synonyms, HS codes (empty for goods-less fields) and EBOPS services items.

    A plain frozen dataclass checked on creation (not a pydantic model: importing pydantic was a large part of
    every command's start-up, issue 16); ``model_dump`` and ``model_copy`` keep the calls its users make.
    """

    id: str
    label: str
    synonyms: tuple[str, ...] = ()
    hs: tuple[str, ...] = ()
    ebops: tuple[str, ...] = ()  # EBOPS 2010 services items (BaTiS) linked to the sector, e.g. ("SC",)

    def __post_init__(self) -> None:
        for name in ("id", "label"):
            if not isinstance(getattr(self, name), str):
                raise TypeError(f"{name}: a string is required, got {getattr(self, name)!r}")
        if not _ID.fullmatch(self.id):
            raise TypeError(f"id {self.id!r}: lower-case letters, digits and _ only, starting with a letter")
        for name in _LISTS:
            value = getattr(self, name)
            if isinstance(value, str) or not isinstance(value, (list, tuple)):
                raise TypeError(f"{self.id}.{name}: a list of strings is required, got {value!r}")
            if not all(isinstance(item, str) for item in value):
                raise TypeError(f"{self.id}.{name}: every item must be a string (quote codes), got {list(value)!r}")
            object.__setattr__(self, name, tuple(value))

    def model_dump(self) -> dict[str, Any]:
        """The fields as a dict (as the pydantic model gave it)."""
        return dataclasses.asdict(self)

    def model_copy(self, update: dict[str, Any] | None = None) -> Sector:
        """A copy with the fields in ``update`` replaced (checked again)."""
        return dataclasses.replace(self, **(update or {}))

    @property
    def trades_in_goods(self) -> bool:
        return bool(self.hs)

    def product_codes(self, digits: int = 6, nomenclature: str = "HS92") -> list[str]:
        """The sector's HS codes expanded to ``digits`` (a 2- or 4-digit code covers its children)."""
        table = products(nomenclature)
        codes = table.loc[table["digits"] == digits, "code"]
        prefixes = tuple(self.hs)
        matches = codes[codes.str.startswith(prefixes)] if prefixes else codes.iloc[:0]
        shorter = [code[:digits] for code in self.hs if len(code) > digits]
        return sorted(set(matches) | set(shorter))


def _read(text: str, origin: str) -> dict[str, Sector]:
    try:
        entries = parsed_yaml(text) or []  # kept parsed: a warm command imports no PyYAML
        sectors = [Sector(**_known(entry)) for entry in entries]
    except Exception as exc:
        if not (isinstance(exc, TypeError) or is_yaml_error(exc)):
            raise
        raise PartnerlensError(f"invalid sector taxonomy in {origin}: {exc}") from exc
    duplicates = {s.id for s in sectors if sum(t.id == s.id for t in sectors) > 1}
    if duplicates:
        raise PartnerlensError(f"invalid sector taxonomy in {origin}: duplicate ids {sorted(duplicates)}")
    return {sector.id: sector for sector in sectors}


def _known(entry: Any) -> dict[str, Any]:
    """An entry's fields that a sector has (other keys are ignored, as they always were)."""
    if not isinstance(entry, dict):
        raise TypeError(f"each sector is a mapping of id, label, synonyms, hs, ebops; got {entry!r}")
    return {k: v for k, v in entry.items() if k in Sector.__dataclass_fields__}


@cache
def _packaged() -> dict[str, Sector]:
    text = resources.files("partnerlens.reference").joinpath("data/sectors.yaml").read_text(encoding="utf-8")
    return _read(text, "the packaged sectors.yaml")


def load_sectors(path: str | Path | None = None) -> dict[str, Sector]:
    """Sectors by id, from ``path`` if given (a workspace's own taxonomy), else the packaged one."""
    if path is None or not Path(path).exists():
        return _packaged()
    return _read(Path(path).read_text(encoding="utf-8"), str(path))


def taxonomy_file(path: str | Path | None):
    """Within this block, sectors resolve against the taxonomy at ``path`` (a workspace's ``sectors.yaml``) when
    that file exists (see :mod:`partnerlens.scope`)."""
    return scope.sectors_file(path)


def active_file() -> tuple[str, float] | None:
    """The workspace taxonomy file in force (path and modification time), or None for the packaged one."""
    return scope.active_sectors_file()


def active_sectors() -> dict[str, Sector]:
    """The taxonomy in force: the workspace's own inside :func:`taxonomy_file`, else the packaged one."""
    return _sectors_of(scope.active_sectors_file())


@cache
def _sectors_of(file: tuple[str, float] | None) -> dict[str, Sector]:
    return load_sectors(file[0] if file else None)


def resolve_sector(text: str, sectors: dict[str, Sector] | None = None) -> Sector:
    """The sector whose id, label or synonym is ``text`` (case-insensitive), in ``sectors`` or the taxonomy in
    force (:func:`active_sectors`)."""
    sectors = sectors or active_sectors()
    key = text.strip().casefold()
    for sector in sectors.values():
        if key in {sector.id, sector.label.casefold(), *(s.casefold() for s in sector.synonyms)}:
            return sector
    raise PartnerlensError(f"unknown sector {text!r}; `partnerlens sectors` lists them")


@dataclass(frozen=True)
class SectorMention:
    sector: str
    start: int
    end: int
    text: str


def _synonym_pattern(term: str) -> str:
    escaped = r"\s+".join(re.escape(word) for word in term.split())
    return escaped + r"(?:s|es)?" if term[-1].isalpha() else escaped


@cache
def _terms(sectors_key: tuple[tuple[str, tuple[str, ...]], ...]) -> tuple[tuple[str, str], ...]:
    """Every (synonym, sector id), longest first; ties in length in the order of the text, then the sector (sorted
    once per taxonomy, as its pattern is compiled once: every mention search reads them).

    The order is the pattern's order of alternatives, so it must not depend on
    the process's hash seed (a set's order): the same pattern in every process
    is what lets :func:`partnerlens.patterns.compiled` find its kept program.
    Two synonyms of one length can only both match the same words when they
    are the same words (up to case), so the tie order changes no mention.
    """
    return tuple(sorted({(t, sid) for sid, synonyms in sectors_key for t in synonyms}, key=lambda p: (-len(p[0]), p)))


@cache
def _mention_regex(sectors_key: tuple[tuple[str, tuple[str, ...]], ...]) -> re.Pattern:
    alternatives = "|".join(f"(?P<s{i}>{_synonym_pattern(term)})" for i, (term, _) in enumerate(_terms(sectors_key)))
    return compiled(rf"(?<![\w-])(?:{alternatives})(?![\w-])", re.IGNORECASE)


def find_sector_mentions(text: str, sectors: dict[str, Sector] | None = None) -> list[SectorMention]:
    """Every mention of a sector synonym in ``text``, longest match first, with offsets.

    Short all-capital synonyms ("IT", "LNG") match only in capitals, so that the
    pronoun "it" is not read as information technology.
    """
    sectors = sectors or load_sectors()
    key = tuple((s.id, s.synonyms + (s.label,)) for s in sectors.values())
    terms = _terms(key)
    mentions = []
    for match in _mention_regex(key).finditer(text):
        assert match.lastgroup is not None  # every alternative is a named group
        index = int(match.lastgroup[1:])
        term, sector_id = terms[index]
        if term.isupper() and len(term) <= 4 and match.group(0) != match.group(0).upper():
            continue
        mentions.append(SectorMention(sector_id, match.start(), match.end(), match.group(0)))
    return mentions
