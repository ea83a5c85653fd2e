"""Product results summed by policy sector (coffee and tea, critical minerals, …).

Sectors overlap (coffee is also agriculture), so the sums of different
sectors must not be added up. Only sectors that trade in goods (that map to HS
codes) are summed; a product belongs to a sector when its code starts with one
of the sector's HS prefixes.
"""

from __future__ import annotations

from collections.abc import Mapping

import pandas as pd

SECTOR_POTENTIAL_COLUMNS = ["sector", "label", "untapped_usd", "actual_usd"]


def untapped_by_sector(products: pd.DataFrame, sectors: Mapping) -> pd.DataFrame:
    """Untapped and actual export value summed per goods sector: ``sector, label, untapped_usd, actual_usd``.

    ``products`` is an export-potential product table (``product, untapped_usd,
    actual_usd``); sectors with no untapped potential are left out; rows are
    ordered by untapped value, largest first (ties keep the taxonomy's order).
    """
    rows = []
    for sector in sectors.values():
        if not sector.trades_in_goods:
            continue
        inside = products[products["product"].str.startswith(tuple(sector.hs))]
        untapped = inside["untapped_usd"].sum()
        if untapped > 0:
            rows.append((sector.id, sector.label, float(untapped), float(inside["actual_usd"].sum())))
    table = pd.DataFrame(rows, columns=SECTOR_POTENTIAL_COLUMNS)
    return table.sort_values("untapped_usd", ascending=False, kind="stable").reset_index(drop=True)
