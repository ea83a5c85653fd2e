"""Which products a question is about: ``--product`` (HS codes or prefixes) and ``--sector`` (taxonomy ids).

One parser for the CLI, the API and the web pages, so that ``--sector coffee,tea``
means the same HS codes everywhere.
"""

from __future__ import annotations

import re
from pathlib import Path

from partnerlens.errors import PartnerlensError
from partnerlens.reference.sectors import load_sectors, resolve_sector

_HS = re.compile(r"^\d{2}(\d{2}(\d{2})?)?$")


def selected_products(
    product: str | None = None, sector: str | None = None, sectors_path: str | Path | None = None
) -> list[str] | None:
    """The HS codes or prefixes named by ``product`` and ``sector`` (comma-separated each), or None for all trade.

    ``product``: HS codes of 2, 4 or 6 digits (a code covers its children).
    ``sector``: ids, labels or synonyms of the sector taxonomy (a workspace's
    own ``sectors.yaml`` at ``sectors_path`` wins); their HS codes are joined.
    """
    codes: list[str] = []
    for text in _items(product):
        if not _HS.match(text):
            raise PartnerlensError(f"--product: {text!r} is not an HS code of 2, 4 or 6 digits")
        codes.append(text)
    if sector:
        taxonomy = load_sectors(sectors_path)
        for text in _items(sector):
            found = resolve_sector(text, taxonomy)
            if not found.trades_in_goods:
                raise PartnerlensError(f"--sector: {found.label} is a field of cooperation without goods (no HS codes)")
            codes.extend(found.hs)
    return sorted(set(codes)) if codes else None


def single_product(product: str | None) -> str | None:
    """The one HS code ``product`` names, if it names exactly one (then a product drill-down is shown)."""
    items = _items(product)
    return items[0] if len(items) == 1 else None


def _items(text: str | None) -> list[str]:
    return [item.strip() for item in (text or "").split(",") if item.strip()]
