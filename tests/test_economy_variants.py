"""find_economy without country_converter: what it resolved with country_converter, it still resolves.

tests/data/economy_variants.tsv was recorded by scripts/record_economy_variants.py while find_economy still
handed unknown names to country_converter (GPL-3, removed for issue 18): 2,900 real variants (ISO2/ISO3
codes, Atlas short and long names, iso-codes official and common names, Spanish names, the gazetteer's
English/French/Russian names and adjectives, hand-written agency variants such as "Korea, Rep." or "DRC",
and typed forms such as "THE GAMBIA" or "Republic of Kenya") with the economy each names and the answer then.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from partnerlens.reference.economies import economies, find_economy
from partnerlens.reference.parties import find_party
from partnerlens.reference.variants import fold, without_form_of_state

ROWS = list(
    csv.DictReader(
        (Path(__file__).parent / "data" / "economy_variants.tsv").open(encoding="utf-8"),
        delimiter="\t",
        quoting=csv.QUOTE_NONE,
    )
)

# Where country_converter's regular expressions were wrong (prefix matches), the right answer; None when the
# economy is not in the Atlas classification. "Republic of China" → TWN: there country_converter was right.
CORRECTED = {
    "Samoa Estadounidense": "ASM",
    "Samoa américaines": "ASM",
    "Territorios Franceses del Sur": "ATF",
    "Guinea-Bisáu": "GNB",
    "Guinea Ecuatorial": "GNQ",
    "Guayana Francesa": None,
    "San Martín (zona francesa)": None,
    "Polinesia Francesa": "PYF",
    "Islas Georgias del Sur y Sándwich del Sur": "SGS",
    "Taiwán, Provincia de China": "TWN",
    "République dominicaine": "DOM",
    "Republic of China": "TWN",
}


def test_the_recording_is_broad_and_mostly_agreed():
    assert len(ROWS) > 2500
    assert {row["source"] for row in ROWS} >= {"iso2", "iso3", "atlas", "hand", "iso-codes-es", "gazetteer-ru-names"}
    disagreements = {row["variant"] for row in ROWS if row["resolved"] and row["resolved"] != row["iso3"]}
    assert disagreements == set(CORRECTED)


def test_everything_country_converter_resolved_still_resolves_the_same():
    regressions = [
        (row["variant"], row["resolved"], find_economy(row["variant"]))
        for row in ROWS
        if row["resolved"] and row["variant"] not in CORRECTED and find_economy(row["variant"]) != row["resolved"]
    ]
    assert regressions == []


def test_country_converter_mistakes_are_corrected():
    assert {variant: find_economy(variant) for variant in CORRECTED} == CORRECTED


def test_what_country_converter_missed_resolves_to_the_named_economy_or_nothing():
    wrong = [
        (row["variant"], row["iso3"], find_economy(row["variant"]))
        for row in ROWS
        if not row["resolved"] and find_economy(row["variant"]) not in (None, row["iso3"])
    ]
    assert wrong == []


@pytest.mark.parametrize(
    ("text", "iso3"),
    [
        ("Republic of Azerbaijan", "AZE"),
        ("Viet Nam", "VNM"),
        ("Türkiye", "TUR"),
        ("Côte d'Ivoire", "CIV"),
        ("cote divoire", "CIV"),
        ("DRC", "COD"),
        ("UAE", "ARE"),
        ("Russian Federation", "RUS"),
        ("Korea, Rep.", "KOR"),
        ("St Lucia", "LCA"),
        ("Saint Kitts & Nevis", "KNA"),
        ("the Gambia", "GMB"),
        ("Allemagne", "DEU"),
        ("Alemania", "DEU"),
        ("Германия", "DEU"),
        ("Democratic Republic of the Congo", "COD"),
        ("Republic of the Congo", "COG"),
        ("Niger", "NER"),
        ("Nigeria", "NGA"),
        ("Guinea", "GIN"),
        ("kz", "KAZ"),
        ("kaz", "KAZ"),
    ],
)
def test_named_variants(text, iso3):
    assert find_economy(text) == iso3


@pytest.mark.parametrize("text", ["", "   ", "XYZ", "Q", "foo", "Europe", "Asia", "Republic of", "the", "Atlantis"])
def test_non_economies_stay_unresolved(text):
    assert find_economy(text) is None


def test_groups_still_win_over_partial_economy_names():
    assert find_party("African countries").kind == "group"
    assert find_party("EU").kind == "group"


def test_fold_and_form_of_state():
    assert fold("Côte d’Ivoire") == fold("COTE D'IVOIRE") == "cote divoire"
    assert fold("St. Vincent & the Grenadines") == "saint vincent and grenadines"
    assert without_form_of_state("republic of kenya") == "kenya"
    assert without_form_of_state("kyrgyz republic") == "kyrgyz"
    assert without_form_of_state("kenya") is None


def test_every_packaged_variant_names_one_atlas_economy_or_is_ignored():
    from partnerlens.reference.variants import packaged_variants

    atlas = economies()
    resolved = {name: find_economy(name) for code, name in packaged_variants() if code in atlas}
    assert sum(value is not None for value in resolved.values()) > 0.95 * len(resolved)


def test_the_name_file_states_its_provenance():
    path = Path(__file__).parents[1] / "src" / "partnerlens" / "reference" / "data" / "economy_names.tsv"
    header = [line for line in path.read_text("utf-8").splitlines() if line.startswith("#")]
    assert "scripts/make_economy_names.py" in " ".join(header)
    assert all(word in " ".join(header) for word in ("iso-codes", "LGPL", "gazetteer", "hand"))
