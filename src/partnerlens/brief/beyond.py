"""Evidence beyond goods for a brief: services trade and direct investment of the pair, and their citations.

Gathered once per brief (:func:`gather_beyond`, called from ``gather_inputs``)
from the workspace's evidence store; the sections in
:mod:`partnerlens.brief.sections.beyond` only arrange it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from partnerlens.analytics.investment import Position, position
from partnerlens.analytics.services import ServicesFlow, services_flow
from partnerlens.brief.model import Citation
from partnerlens.cooperation.models import Record
from partnerlens.store import SourceInfo


@dataclass
class AgreementServices:
    """Services trade of the pair in an agreement sector's EBOPS items, both directions, in BaTiS's latest year."""

    record: Record
    sector: str
    label: str
    items: tuple[str, ...]
    year: int | None
    value_usd: float | None


@dataclass
class Beyond:
    services: tuple[ServicesFlow, ServicesFlow] | None = None
    positions: tuple[Position, Position] | None = None
    agreements: list[AgreementServices] = field(default_factory=list)


def gather_beyond(f, inputs, read: tuple | None = None) -> Beyond:
    """Services both ways and investment both ways for the brief's pair (empty when the flows have no store).

    ``read``: what :func:`read_beyond` returned for the pair, when the caller has read it already.
    """
    read = read if read is not None else read_beyond(f, inputs.a, inputs.b, inputs.sectors)
    if read is None:
        return Beyond()
    services, positions = read
    return Beyond(services, positions, _agreements(inputs, services))


def read_beyond(f, a, b, sectors: dict) -> tuple | None:
    """``(services, positions)`` both ways from the store's evidence tables, or None when the flows have no store."""
    store = getattr(f, "store", None)
    if store is None:
        return None
    services = (services_flow(store, a, b, sectors=sectors), services_flow(store, b, a, sectors=sectors))
    return services, (position(store, a, b), position(store, b, a))


def _agreements(inputs, services: tuple[ServicesFlow, ServicesFlow]) -> list[AgreementServices]:
    rows = []
    for record in inputs.records:
        if getattr(record, "kind", None) != "agreement":
            continue
        for sector_id in record.sectors:
            sector = inputs.sectors.get(sector_id)
            if sector is None or not sector.ebops:
                continue
            values = [
                line.value_usd
                for flow in services
                for line in flow.lines
                if line.item in sector.ebops and line.value_usd is not None
            ]
            year = next((flow.year for flow in services if flow.year is not None), None)
            rows.append(
                AgreementServices(
                    record, sector.id, sector.label, tuple(sector.ebops), year, sum(values) if values else None
                )
            )
    return rows


def citation(info: SourceInfo | None, what: str) -> Citation | None:
    """The citation of an evidence release (None when the workspace has none)."""
    if info is None:
        return None
    text = f"{what}: " + info.described(with_rows=False)
    return Citation(key=f"evidence:{info.name}", kind="data", text=text, address=info.origin)
