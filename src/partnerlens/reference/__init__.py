"""Reference data: economies and groups (parties), HS products, sectors, geography.

Everything here is read from packaged classifications (the Growth Lab's
``atlas-common-data``) or from the editable data files in
``reference/data/``; nothing is typed into code.
"""

from partnerlens.reference.economies import Economy, economies, resolve_economy
from partnerlens.reference.parties import Party, list_parties, resolve_party
from partnerlens.reference.products import hs_section, product_names, products
from partnerlens.reference.sectors import Sector, load_sectors, resolve_sector

__all__ = [
    "Economy",
    "Party",
    "Sector",
    "economies",
    "hs_section",
    "list_parties",
    "load_sectors",
    "product_names",
    "products",
    "resolve_economy",
    "resolve_party",
    "resolve_sector",
]
