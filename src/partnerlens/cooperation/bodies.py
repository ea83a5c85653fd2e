"""Organisations named in articles: a listed body (``data/bodies.yaml``) or a capitalised name ending in an
organisation noun ("Rwanda Mining Board", "Ministry of Foreign Affairs"), with the state a name in it points to."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from partnerlens.cooperation.gazetteer import PartyMention, data_file
from partnerlens.patterns import compiled

_BODY_HEAD = (
    r"(?:Board|Ministry|Agency|Fund|Bank|Foundation|Authority|Council|Company|Corporation|Commission|Chamber of Commerce"
    r"|Chamber|Institute|University|Holding|Organi[sz]ation|Office|Movement|Centre|Center|Association|Exchange|Secretariat)"
)
_BODY = compiled(
    rf"(?:(?:[A-Z][\w&’'-]*\s+){{1,5}}{_BODY_HEAD}(?:\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w-]*(?:\s+(?:and\s+)?[A-Z][\w-]*){{0,4}})?"
    rf"|{_BODY_HEAD}\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w-]*(?:\s+(?:and\s+)?[A-Z][\w-]*){{0,4}})"
)


@dataclass(frozen=True)
class BodyMention:
    name: str
    start: int
    end: int
    party: str | None = None


@cache
def _listed_bodies() -> tuple[re.Pattern | None, dict[str, str]]:
    """The bodies list as one regex, and each name's state."""
    names = {name: entry["party"] for entry in data_file("bodies.yaml") for name in entry["names"]}
    if not names:
        return None, names
    alternatives = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return compiled(rf"(?<![\w-])({alternatives})(?![\w-])"), names


def find_bodies(text: str, mentions: list[PartyMention]) -> list[BodyMention]:
    """Organisations named in ``text``, with the state a name or adjective in them points to."""
    found: list[BodyMention] = []
    listed, parties = _listed_bodies()
    if listed is not None:
        found += [BodyMention(m.group(1), m.start(), m.end(), parties[m.group(1)]) for m in listed.finditer(text)]
    for match in _BODY.finditer(text):
        start, name = match.start(), match.group(0)
        lead = re.match(r"(?:The|A|An|In|On|At|For|With|By|From|During|While)\s+", name)
        if lead:
            start, name = start + lead.end(), name[lead.end() :]
        if any(b.start < match.end() and start < b.end for b in found) or name.endswith("Forum"):
            continue
        inside = [m for m in mentions if start <= m.start and m.end <= match.end()]
        found.append(BodyMention(name, start, match.end(), inside[0].party if inside else None))
    return sorted(found, key=lambda b: b.start)
