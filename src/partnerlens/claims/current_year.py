"""Claims about a year no annual release covers yet, judged against year-to-date monthly figures.

When the store's annual releases end before the claim's year and monthly goods
by partner (:mod:`partnerlens.analytics.monthly`) cover part of it, a claim about
total goods trade, exports or imports between two parties is judged against the
year-to-date figure, with a caveat that says so: which months, who reported
them, that they are provisional, and that a figure for the whole year can only
be confirmed so far as a lower bound (the annual equivalent ``ytd × 12 / months``
is given for scale).
"""

from __future__ import annotations

from partnerlens.analytics.flows import pair_sides
from partnerlens.analytics.monthly import has_monthly, year_to_date
from partnerlens.claims.measure import TradeQuery
from partnerlens.claims.model import Caveat


def year_to_date_value(f, query: TradeQuery) -> tuple[float, Caveat] | None:
    """The year-to-date value of ``query`` from monthly data, with its caveat; None when it cannot be answered so."""
    if query.metric not in ("total", "exports", "imports") or query.products is not None or query.partner is None:
        return None
    if not has_monthly(getattr(f, "store", None)):
        return None
    subject, partner = pair_sides(query.subject, query.partner)
    directions = {
        "exports": [(subject, partner)],
        "imports": [(partner, subject)],
        "total": [(subject, partner), (partner, subject)],
    }[query.metric]
    found = [year_to_date(f.store, a, b, query.year) for a, b in directions]
    parts = [p for p in found if p is not None]
    if len(parts) < len(found):
        return None
    value = sum(p["value_usd"] for p in parts)
    through = min(p["through"] for p in parts)
    months = min(p["months"] for p in parts)
    reporters = sorted({r for p in parts for r in p["reported_by"]})
    equivalent = value * 12 / months
    whole = months == 12
    text = (
        f"{query.year} is in no annual release yet; judged against provisional monthly figures for "
        f"{query.year}-01 to {through} ({months} months, {parts[0]['provider']}, reported by {', '.join(reporters)})"
        + (
            ""
            if whole
            else f": a figure for the whole year can so far only be confirmed as a lower bound "
            f"(annual equivalent {equivalent:,.0f} USD)"
        )
        + "."
    )
    return value, Caveat(id="year_to_date", severity=3, text=text)
