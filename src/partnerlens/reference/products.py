"""HS products: codes, names and the roll-up HS6 → HS4 → HS2 → section.

Codes and names come from the Growth Lab classification in
``atlas-common-data`` (HS92, HS12, HS22); the 21 HS sections are the World
Customs Organization's, by chapter range (``reference/data/hs_sections.csv``).
Codes are strings, zero-padded: ``"0901"``.
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from typing import TYPE_CHECKING

from partnerlens.reference import atlas

if TYPE_CHECKING:
    import pandas as pd

NOMENCLATURES = ("HS92", "HS12", "HS22")


def _classification(nomenclature: str) -> str:
    key = nomenclature.upper()
    if key not in NOMENCLATURES:
        raise ValueError(f"unknown nomenclature {nomenclature!r}; expected one of {', '.join(NOMENCLATURES)}")
    return key.lower()


@cache
def sections() -> pd.DataFrame:
    """The 21 HS sections with their chapter ranges."""
    import pandas as pd  # the tables are DataFrames; product names are read without pandas (product_names)

    path = resources.files("partnerlens.reference").joinpath("data/hs_sections.csv")
    with path.open(encoding="utf-8") as handle:
        return pd.read_csv(handle, dtype=str)


def hs_section(code: str) -> str | None:
    """The HS section (roman numeral) of an HS code at any level of 2 digits or more."""
    chapter = str(code)[:2]
    if not chapter.isdigit():
        return None
    table = sections()
    match = table[(table["first_chapter"] <= chapter) & (table["last_chapter"] >= chapter)]
    return None if match.empty else match["section"].iloc[0]


@cache
def products(nomenclature: str = "HS92") -> pd.DataFrame:
    """Products at 2, 4 and 6 digits: ``code, digits, name, short_name, hs4, hs2, section``."""
    import atlas_common_data  # imports pandas
    import pandas as pd

    table = atlas_common_data.load_products(_classification(nomenclature))
    table = table[table["product_level"].isin([2, 4, 6])]
    chapter_section = {
        f"{chapter:02d}": row.section
        for row in sections().itertuples(index=False)
        for chapter in range(int(row.first_chapter), int(row.last_chapter) + 1)
    }
    code = table["code"].astype(str)
    result = pd.DataFrame(
        {
            "code": code,
            "digits": table["product_level"].astype(int),
            "name": table["name_en"],
            "short_name": table["name_short_en"],
            "hs4": code.str[:4].where(table["product_level"] >= 4),
            "hs2": code.str[:2],
            "section": code.str[:2].map(chapter_section),
        }
    )
    return result.reset_index(drop=True)


@cache
def product_names(nomenclature: str = "HS92") -> dict[str, str]:
    """Short English name by code, at every level (2, 4 and 6 digits; the classification file read without pandas)."""
    table = atlas.rows(
        f"classification/product/{_classification(nomenclature)}.csv", ("code", "name_short_en", "product_level")
    )
    return {
        str(row["code"]): row["name_short_en"]  # type: ignore[misc]
        for row in table
        if atlas.integer(row["product_level"]) in (2, 4, 6)
    }
