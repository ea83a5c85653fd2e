"""Parties: one economy or a named group of economies.

Bilateral analysis is always party × party. Groups come from two places:

* the Growth Lab location classification in ``atlas-common-data`` — UN M49
  regions and subregions ("Africa", "Central Asia"), World Bank regions
  ("Sub-Saharan Africa"), income levels, and its political and trade groups;
* ``reference/data/blocs.yaml`` — blocs users name (EU, EAC, SADC, ECOWAS, …),
  each with its source and the date its membership list is valid for.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from importlib import resources

from partnerlens.errors import UnknownPartyError
from partnerlens.kept_yaml import parsed_yaml
from partnerlens.reference import atlas
from partnerlens.reference.economies import (
    COUNTRIES,
    MAX_NAME_CHARS,
    NameIndex,
    close_matches,
    economies,
    find_economy,
    names_index,
    shown,
    too_long,
)

# Atlas group types offered as parties, in order of precedence when names collide
# ("Africa" is both a UN region and an Atlas continent: the UN region wins).
_ATLAS_GROUP_TYPES = ("region", "subregion", "wdi_region", "wdi_income_level", "political", "trade", "continent")
_ATLAS_SOURCE = "Growth Lab classification (atlas-common-data), location groups"
_INCOME_NAMES = {
    "high": "High income",
    "low": "Low income",
    "lower middle": "Lower middle income",
    "upper middle": "Upper middle income",
}


@dataclass(frozen=True)
class Party:
    """An economy or a group of economies, the unit of bilateral analysis."""

    code: str  # ISO3 for an economy, a short slug or bloc code for a group
    name: str
    kind: str  # "economy" or "group"
    members: frozenset[str]
    group_type: str | None = None
    source: str | None = None
    aliases: tuple[str, ...] = field(default=(), compare=False)

    @property
    def is_group(self) -> bool:
        return self.kind == "group"

    def to_dict(self) -> dict:
        return {
            "code": self.code,
            "name": self.name,
            "kind": self.kind,
            "group_type": self.group_type,
            "members": sorted(self.members),
            "source": self.source,
        }


def _slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.casefold()).strip("-")


def economy_party(iso3: str) -> Party:
    economy = economies()[iso3]
    return Party(code=iso3, name=economy.name, kind="economy", members=frozenset({iso3}))


def _atlas_groups() -> list[Party]:
    groups = atlas.rows("classification/location/group.csv", ("group_type", "group_id", "group_name"))
    countries = atlas.rows(COUNTRIES, ("country_id", "iso3_code"))
    id_to_iso3 = {atlas.integer(row["country_id"]): row["iso3_code"] for row in countries}
    members: dict[int, list[int]] = {}
    for row in atlas.rows("classification/location/group_member.csv", ("group_id", "country_id")):
        members.setdefault(atlas.integer(row["group_id"]), []).append(atlas.integer(row["country_id"]))
    known = economies()
    parties = []
    for group_type in _ATLAS_GROUP_TYPES:
        for row in (g for g in groups if g["group_type"] == group_type):
            ids = members.get(atlas.integer(row["group_id"]), [])
            iso3 = frozenset(str(id_to_iso3[i]) for i in ids if id_to_iso3.get(i) in known)
            if not iso3:
                continue
            group_name = str(row["group_name"])
            name = _INCOME_NAMES.get(group_name, group_name) if group_type == "wdi_income_level" else group_name
            parties.append(
                Party(
                    code=_slug(name), name=name, kind="group", members=iso3, group_type=group_type, source=_ATLAS_SOURCE
                )
            )
    return parties


def _bloc_groups() -> list[Party]:
    text = resources.files("partnerlens.reference").joinpath("data/blocs.yaml").read_text(encoding="utf-8")
    known = economies()
    return [
        Party(
            code=bloc["code"],
            name=bloc["name"],
            kind="group",
            members=frozenset(m for m in bloc["members"] if m in known),
            group_type="bloc",
            source=f"{bloc['source']} (membership as of {bloc['as_of']})",
            aliases=tuple(bloc.get("aliases", ())),
        )
        for bloc in parsed_yaml(text)  # kept parsed: a warm command imports no PyYAML
    ]


@cache
def _group_index() -> dict[str, Party]:
    """Lower-cased group codes, names and aliases → group; blocs first, then Atlas groups."""
    index: dict[str, Party] = {}
    for party in _bloc_groups() + _atlas_groups():
        for key in (party.code, party.name, *party.aliases):
            index.setdefault(key.casefold(), party)
    return index


def list_parties(kind: str | None = None) -> list[Party]:
    """Every party: economies, then groups (each once), optionally of one kind."""
    result: list[Party] = []
    if kind in (None, "economy"):
        result += [economy_party(code) for code in economies()]
    if kind in (None, "group"):
        seen: set[str] = set()
        for party in _group_index().values():
            if party.code not in seen:
                seen.add(party.code)
                result.append(party)
    return result


_GROUP_PHRASES = re.compile(r"^(?:the\s+)?(.*?)(?:\s+countries|\s+nations|\s+states|\s+region)?$", re.IGNORECASE)


def find_party(text: str) -> Party | None:
    """The party a code or name refers to, or None."""
    if too_long(text):  # bounded work: no name is this long
        return None
    key = " ".join(text.split()).casefold()
    if not key:
        return None
    exact_economy = names_index().get(key)  # an economy's own name beats a group of the same name
    if exact_economy is not None:
        return economy_party(exact_economy)  # (the groups are not even read: an ISO3 code is found here)
    groups = _group_index()
    if key in groups:
        return groups[key]
    code = find_economy(text)
    if code is not None:
        return economy_party(code)
    phrase = _GROUP_PHRASES.match(key)
    assert phrase is not None  # the pattern matches any one line, and key has no line breaks
    stripped = phrase.group(1)  # "African countries" → "african"
    for candidate in (stripped, re.sub(r"an$", "a", stripped)):
        if candidate in groups:
            return groups[candidate]
    return None


def resolve_party(text: str | Party) -> Party:
    """The party ``text`` names (an ISO3 code, a country name or variant, a group or bloc).

    Raises UnknownPartyError listing close matches when nothing matches.
    """
    if isinstance(text, Party):
        return text
    party = find_party(text)
    if party is None:
        if too_long(text):
            raise UnknownPartyError(
                f"unknown party {shown(text)}: a party name has at most {MAX_NAME_CHARS} characters"
            )
        suggestions = close_matches(text, limit=3) + _group_names().suggest(text, limit=3)
        hint = f" (did you mean: {', '.join(suggestions)}?)" if suggestions else ""
        raise UnknownPartyError(f"unknown party {shown(text)}{hint}")
    return party


@cache
def _group_names() -> NameIndex:
    return NameIndex(sorted({p.name for p in _group_index().values()}))
