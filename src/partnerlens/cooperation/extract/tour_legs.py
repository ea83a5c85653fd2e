"""Who travels on a tour whose sentence does not name the traveller (issue 11, events found).

"Il retournera en Afrique à la fin du mois pour une tournée qui le conduira au Ghana et au Togo", "She will continue
her tour in Uzbekistan and Kyrgyzstan", "Ensuite il se rendra au Vietnam puis aux Philippines": the labels count one
planned visit per leg, between the traveller and that leg's state (evaluation/README, batches 25–27 and 29). The
sentence names only the legs; the traveller is the article's.

:func:`traveller` reads no words: of the article's two sides, the host of its visit is the one whose capital or seat
is named first ("… a inauguré l'ambassade à Astana", "arrived in Dakar"), and the traveller is the other side. An
article that names no capital of its sides, or not both its sides, has no traveller to give.
"""

from __future__ import annotations

from partnerlens.cooperation.extract.context import ArticleContext, is_economy
from partnerlens.cooperation.models import Proposal


def leg_date(tour: Proposal) -> dict:
    """The date fields of a later leg of ``tour`` (see the module docstring): its month or year, else none."""
    if tour.date is not None and tour.date_precision in ("month", "year"):
        return {"date": tour.date, "date_precision": tour.date_precision}
    return {"date": None, "date_precision": None}


def traveller(context: ArticleContext) -> str | None:
    """The side of the article's pair that travels: the other side of the one whose capital or seat is named first
    in the article (see the module docstring), else None."""
    if len(context.focus) != 2 or not all(any(m.party == p for m in context.mentions) for p in context.focus):
        return None
    places = sorted((m for m in context.mentions if m.how in ("capital", "seat")), key=lambda m: m.start)
    host = next((m.party for m in places if m.party in context.focus), None)
    if host is None:
        return None
    other = next(p for p in context.focus if p != host)
    return other if is_economy(other) else None


def tour_visitor(sides: list[str], context: ArticleContext) -> str | None:
    """The article's traveller (:func:`traveller`) for a visit or tour whose sentence names only the states visited:
    when it is not one of ``sides`` (those states), else None."""
    who = traveller(context)
    return who if who is not None and who not in sides else None
