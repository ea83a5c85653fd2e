"""One reading, one verdict: statements of the same figure in one article are judged once.

Articles repeat their headline figure ("… surpassing $783 million" in the
lead, "… reaching $783 million" in a bullet). Each repetition is the same
claim: the same measure of the same parties, product set and year, with the
same value. :func:`group_claims` merges them into one claim whose
``statements`` keep every sentence (evidence spans) and its own qualifier; the
verdict then applies all qualifiers at once (the intersection of their
intervals, :func:`partnerlens.claims.verdict.bounds_all`), so the article gets
one verdict for one figure, in every surface.
"""

from __future__ import annotations

from partnerlens.claims.model import Claim


def _key(claim: Claim) -> tuple:
    products = tuple(claim.products) if claim.products is not None else None
    return (
        claim.metric,
        claim.flow,
        tuple(sorted(claim.parties)),
        products,
        claim.sector,
        claim.year,
        claim.base_year,
        claim.value,
        claim.unit,
        claim.subject,
        claim.date,
    )


def _merge(first: Claim, other: Claim) -> Claim:
    statements = list(first.statements)
    spans = {(s.start, s.end, s.qualifier) for s in statements}
    for statement in other.statements:
        if (statement.start, statement.end, statement.qualifier) not in spans:
            statements.append(statement)
            spans.add((statement.start, statement.end, statement.qualifier))
    readings = [r for r in (first.reading, other.reading) if r is not None]
    reading = max(readings, key=lambda r: r.confidence) if readings else None  # a repetition may be read better
    return first.model_copy(update={"statements": sorted(statements, key=lambda s: s.start), "reading": reading})


def group_claims(claims: list[Claim]) -> list[Claim]:
    """Claims of one article with repeated figures merged (first statement first), in reading order.

    Claims that cannot be queried (``unresolved``) or have no value are never
    merged: there is no figure to be the same.
    """
    merged: dict[tuple, Claim] = {}
    alone: list[Claim] = []
    for claim in claims:
        if claim.unresolved or claim.value is None or claim.metric is None:
            alone.append(claim)
            continue
        key = _key(claim)
        merged[key] = _merge(merged[key], claim) if key in merged else claim
    return sorted([*merged.values(), *alone], key=lambda c: c.start)
