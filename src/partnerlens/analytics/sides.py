"""Parties as SQL: a party's members, two parties made disjoint, and the WHERE conditions every flows query uses.

Split from ``analytics/flows.py`` (issue 16); ``flows`` re-exports these names.
Parties follow one rule everywhere (ARCHITECTURE.md, *Party*): a group's flows
are the sum over its members, and trade within one side is never that side's trade.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from partnerlens.errors import PartnerlensError
from partnerlens.reference import Party, resolve_party
from partnerlens.sql import sql_string

PartyLike = str | Party | Any  # a name or code, a Party, or any object with ``.members``


def as_party(party: PartyLike) -> Party:
    """A :class:`Party` for a name or code (resolved), a Party, or an object with ``.members`` (ISO3 codes)."""
    if isinstance(party, (str, Party)):
        return resolve_party(party)
    members = frozenset(getattr(party, "members", ()))
    if not members:
        raise PartnerlensError(f"not a party: {party!r}")
    code = getattr(party, "code", None) or "+".join(sorted(members))
    kind = "economy" if len(members) == 1 and not getattr(party, "is_group", False) else "group"
    return Party(code=code, name=getattr(party, "name", code), kind=kind, members=members)


def pair_sides(a: PartyLike, b: PartyLike) -> tuple[frozenset[str], frozenset[str]]:
    """The members that stand for ``a`` and ``b`` in their bilateral trade, made disjoint.

    A party contained in the other is taken out of the larger one; members
    shared by two overlapping groups belong to neither side.
    """
    ma, mb = as_party(a).members, as_party(b).members
    if ma == mb:
        raise PartnerlensError("a party cannot be paired with itself")
    if mb < ma:
        return ma - mb, mb
    if ma < mb:
        return ma, mb - ma
    return ma - mb, mb - ma


def sql_list(codes: Iterable[str]) -> str:
    """A SQL list literal of string codes: ``('KAZ', 'RWA')`` (quotes escaped; literal lists let DuckDB prune files)."""
    items = sorted(set(codes))
    if not items:
        raise PartnerlensError("empty list of codes")
    return "(" + ", ".join(sql_string(c) for c in items) + ")"


def direction_filter(exporters: frozenset[str] | None, importers: frozenset[str] | None) -> str:
    """SQL condition for flows from ``exporters`` to ``importers``; None on one side means "the rest of the world".

    Trade within one side is excluded: an exporting group's flows to its own
    members are not its exports, and likewise for imports.
    """
    if exporters is not None and importers is not None:
        if exporters & importers:
            raise PartnerlensError("the two sides of a flow overlap; use pair_sides() first")
        return f"exporter IN {sql_list(exporters)} AND importer IN {sql_list(importers)}"
    if exporters is not None:
        members = sql_list(exporters)
        return f"exporter IN {members} AND importer NOT IN {members}"
    if importers is not None:
        members = sql_list(importers)
        return f"importer IN {members} AND exporter NOT IN {members}"
    return "TRUE"


def product_filter(products: Iterable[str] | None) -> str:
    """SQL condition for HS codes under any of ``products`` (codes of 2, 4 or 6 digits; a code covers its children)."""
    if products is None:
        return "TRUE"
    by_length: dict[int, set[str]] = {}
    for code in products:
        by_length.setdefault(len(code), set()).add(code)
    if not by_length:
        raise PartnerlensError("empty product list")
    return "(" + " OR ".join(f"left(product, {n}) IN {sql_list(codes)}" for n, codes in sorted(by_length.items())) + ")"


def year_filter(years: Iterable[int] | None) -> str:
    if years is None:
        return "TRUE"
    listed = sorted({int(y) for y in years})
    return f"year IN ({', '.join(map(str, listed))})" if listed else "FALSE"
