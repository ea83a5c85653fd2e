"""How numbers read in a brief: the one formatter of every surface (:mod:`partnerlens.formatting`), re-exported.

Kept so that sections can say ``fmt.money``; nothing is defined here, so the
CLI, the web pages and the brief cannot drift apart.
"""

from __future__ import annotations

from partnerlens.formatting import (
    NO_DATA,
    SYNTHETIC_BANNER,
    count,
    date,
    growth,
    km,
    label,
    missing,
    money,
    number,
    quantity,
    share,
    years,
)

__all__ = [
    "NO_DATA",
    "SYNTHETIC_BANNER",
    "count",
    "date",
    "growth",
    "km",
    "label",
    "missing",
    "money",
    "number",
    "quantity",
    "share",
    "years",
]
