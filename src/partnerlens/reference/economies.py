"""Economies (ISO 3166 alpha-3) and resolution of what users type.

The list of economies and their English names comes from the Growth Lab
classification in ``atlas-common-data``; variants such as "Republic of
Azerbaijan" or "Viet Nam" are resolved through ``reference/data/economy_names.tsv``
(see ``partnerlens.reference.variants``).
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from functools import cache

import atlas_common_data

from partnerlens.errors import UnknownPartyError
from partnerlens.reference import variants

# Codes the Atlas uses for things that are not economies.
_NOT_ECONOMIES = {"ANS"}


@dataclass(frozen=True)
class Economy:
    """One economy: ISO3 code, short English name and official-style long name."""

    iso3: str
    name: str
    long_name: str
    iso2: str | None = None


@cache
def economies() -> dict[str, Economy]:
    """All economies by ISO3 code, in code order."""
    table = atlas_common_data.load_countries()
    table = table[~table["iso3_code"].isin(_NOT_ECONOMIES)].sort_values("iso3_code")
    return {
        row.iso3_code: Economy(
            iso3=row.iso3_code,
            name=row.name_short_en,
            long_name=row.name_en,
            iso2=row.iso2_code if isinstance(row.iso2_code, str) else None,
        )
        for row in table.itertuples(index=False)
    }


@cache
def names_index() -> dict[str, str]:
    """Lower-cased codes and names → ISO3."""
    index: dict[str, str] = {}
    for economy in economies().values():
        for key in (economy.iso3, economy.iso2, economy.name, economy.long_name):
            if key:
                index.setdefault(key.casefold(), economy.iso3)
    return index


@cache
def _variant_index() -> dict[str, str]:
    """Folded names → ISO3: codes and Atlas names first, then the packaged name variants."""
    atlas = [(e.iso3, key) for e in economies().values() for key in (e.iso3, e.iso2, e.name, e.long_name) if key]
    return variants.build_index([*atlas, *variants.packaged_variants()], economies())


def find_economy(text: str) -> str | None:
    """ISO3 code for a code or name, or None when nothing matches."""
    key = text.strip().casefold()
    if not key:
        return None
    if key in names_index():
        return names_index()[key]
    return variants.lookup(text, _variant_index())


def close_matches(text: str, limit: int = 5) -> list[str]:
    """Names and codes that look like ``text``, for error messages."""
    candidates = [e.name for e in economies().values()] + list(economies())
    return difflib.get_close_matches(text.strip(), candidates, n=limit, cutoff=0.6)


def resolve_economy(text: str) -> Economy:
    """The economy a code or name refers to; raises UnknownPartyError with close matches."""
    code = find_economy(text)
    if code is None:
        suggestions = close_matches(text)
        hint = f" (did you mean: {', '.join(suggestions)}?)" if suggestions else ""
        raise UnknownPartyError(f"unknown economy {text!r}{hint}")
    return economies()[code]
