"""A large alternation of regular expressions, dispatched on its first character.

Python's ``re`` tries the branches of an alternation one after the other at every position of the text: the
gazetteer's alternation of every economy's names, its leaders and outlets (several thousand branches) costs a
branch test per branch and position. :func:`dispatched` groups the branches by the characters they can start with
and puts a one-character lookahead before each group (``(?=[EÉ])(?:Egypt…|Éthiopie…)``), so that at a position
only the branches that can start there are tried. Branches that can start with a common character share a group,
in their original order, so the first branch that matches at a position is the same as in the plain alternation:
the regex finds exactly what it found before (``tests/test_alternation.py``).

A branch whose first characters cannot be read simply (a class escape, a wildcard, an optional group) makes the
whole alternation stay plain.
"""

from __future__ import annotations

import re

_SIMPLE_CLASS = re.compile(r"\[([^\]\\^-]+)\]")


def dispatched(branches: list[str], ignore_case: bool = False) -> str:
    """``branches`` joined with ``|``, grouped by their possible first characters (lower-cased when the regex will
    ignore case) behind a lookahead; the plain alternation when one branch's first characters cannot be read."""
    firsts = [_first_chars(branch) for branch in branches]
    if any(chars is None for chars in firsts):
        return "|".join(branches)
    groups: list[tuple[set[str], list[int]]] = []  # disjoint character sets, with their branches in order
    for index, chars in enumerate(firsts):
        assert chars is not None
        keys = {c.lower() for c in chars} if ignore_case else set(chars)
        touching = [g for g in groups if g[0] & keys]
        merged = (keys.union(*(g[0] for g in touching)), sorted([index, *(i for g in touching for i in g[1])]))
        groups = [g for g in groups if not g[0] & keys] + [merged]
    groups.sort(key=lambda g: g[1][0])
    return "|".join(
        f"(?=[{''.join(re.escape(c) for c in sorted(chars))}])(?:{'|'.join(branches[i] for i in members)})"
        for chars, members in groups
    )


def _first_chars(pattern: str) -> set[str] | None:
    """The characters ``pattern`` can start with, or None when that is not simply read."""
    if pattern.startswith("(?P<"):  # a named group: its content
        end = pattern.index(">")
        return _first_chars(pattern[end + 1 :]) if _closes_at_end(pattern) else None
    if pattern.startswith("(?:"):
        close = _closing(pattern)
        if close is None or pattern[close + 1 : close + 2] in ("?", "*", "{"):
            return None
        chars: set[str] = set()
        for alternative in _top_level_alternatives(pattern[3:close]):
            first = _first_chars(alternative)
            if first is None:
                return None
            chars |= first
        return chars
    if pattern.startswith("\\"):
        escaped = pattern[1:2]
        return None if not escaped or escaped.isalnum() else _followed(pattern, 2, {escaped})
    if pattern.startswith("["):
        match = _SIMPLE_CLASS.match(pattern)
        return _followed(pattern, match.end(), set(match.group(1))) if match else None
    if not pattern or pattern[0] in ".^$()|?*+{}\\":
        return None
    return _followed(pattern, 1, {pattern[0]})


def _followed(pattern: str, end: int, chars: set[str]) -> set[str] | None:
    """``chars`` unless the atom that ends at ``end`` is made optional by a quantifier."""
    return None if pattern[end : end + 1] in ("?", "*", "{") else chars


def _scan(pattern: str):
    """(index, character, depth after it) of every character outside escapes and classes."""
    depth, index = 0, 0
    while index < len(pattern):
        char = pattern[index]
        if char == "\\":
            index += 2
            continue
        if char == "[":
            index = pattern.index("]", index + 1) + 1
            continue
        depth += {"(": 1, ")": -1}.get(char, 0)
        yield index, char, depth
        index += 1


def _closing(pattern: str) -> int | None:
    """The index of the parenthesis that closes the group ``pattern`` opens."""
    return next((index for index, char, depth in _scan(pattern) if char == ")" and depth == 0), None)


def _closes_at_end(pattern: str) -> bool:
    return _closing(pattern) == len(pattern) - 1


def _top_level_alternatives(body: str) -> list[str]:
    cuts = [index for index, char, depth in _scan(body) if char == "|" and depth == 0]
    return [body[a + 1 : b] for a, b in zip([-1, *cuts], [*cuts, len(body)], strict=True)]
