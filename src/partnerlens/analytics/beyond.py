"""Services and direct investment of a pair in one JSON-ready shape (profile, web pair page, API)."""

from __future__ import annotations

from partnerlens.analytics.investment import position
from partnerlens.analytics.services import services_flow
from partnerlens.reference.parties import resolve_party
from partnerlens.store import TradeStore


def pair_beyond_goods(store: TradeStore, a: str, b: str, year: int | None = None) -> dict:
    """Services by EBOPS category and investment positions, both directions, each with its source, basis and year.

    ``year`` None takes the latest year each source covers for the pair (services
    and investment releases end in other years than goods); missing is None.
    """
    party_a, party_b = resolve_party(a), resolve_party(b)
    services = [services_flow(store, party_a, party_b, year), services_flow(store, party_b, party_a, year)]
    positions = [position(store, party_a, party_b, year), position(store, party_b, party_a, year)]
    return {
        "a": party_a.code,
        "a_name": party_a.name,
        "b": party_b.code,
        "b_name": party_b.name,
        "services": [s.to_dict() | {"available": s.available} for s in services],
        "investment": [p.to_dict() | {"available": p.available} for p in positions],
        "sources": [
            info.to_dict()
            for info in {
                i.name: i for i in [*(s.source for s in services), *(p.source for p in positions)] if i
            }.values()
        ],
    }
