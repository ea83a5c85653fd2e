"""Reference data: party resolution, groups, products, sectors, geography."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from partnerlens.errors import PartnerlensError, UnknownPartyError
from partnerlens.reference import (
    economies,
    hs_section,
    list_parties,
    load_sectors,
    products,
    resolve_party,
    resolve_sector,
)
from partnerlens.reference.geography import distance_km, landlocked, latest_macro
from partnerlens.reference.sectors import find_sector_mentions


@pytest.mark.parametrize(
    "text, code",
    [
        ("RWA", "RWA"),
        ("rwa", "RWA"),
        ("Rwanda", "RWA"),
        ("Republic of Azerbaijan", "AZE"),
        ("Kazakhstan", "KAZ"),
        ("  KAZAKHSTAN ", "KAZ"),
        ("Viet Nam", "VNM"),
        ("Cote d'Ivoire", "CIV"),
        ("United States of America", "USA"),
    ],
)
def test_economies_resolve_from_codes_names_and_variants(text, code):
    party = resolve_party(text)
    assert party.code == code
    assert party.members == frozenset({code})
    assert not party.is_group


@pytest.mark.parametrize(
    "text, code, member, non_member",
    [
        ("Africa", "africa", "RWA", "AZE"),
        ("African countries", "africa", "MAR", "KAZ"),
        ("Sub-Saharan Africa", "sub-saharan-africa", "RWA", "MAR"),
        ("Central Asia", "central-asia", "KAZ", "AZE"),
        ("EU", "EU", "DEU", "GBR"),
        ("EAC", "EAC", "RWA", "ETH"),
        ("Organization of Turkic States", "OTS", "AZE", "RWA"),
        ("Non-Aligned Movement", "NONALIGNED", "RWA", "KAZ"),
    ],
)
def test_groups_resolve_with_their_members(text, code, member, non_member):
    party = resolve_party(text)
    assert party.is_group and party.code == code
    assert member in party.members and non_member not in party.members
    assert party.source


def test_unknown_party_lists_close_matches():
    with pytest.raises(UnknownPartyError, match="Rwanda"):
        resolve_party("Rwandda")
    with pytest.raises(UnknownPartyError, match="unknown party 'Narnia'"):
        resolve_party("Narnia")


def test_every_bloc_member_is_a_known_economy_and_groups_are_listed_once():
    known = set(economies())
    groups = list_parties("group")
    assert len({g.code for g in groups}) == len(groups)
    for group in groups:
        assert group.members <= known
    assert (
        len(resolve_party("Non-Aligned Movement").members) >= 115
    )  # 120 members, a few absent from the classification
    assert resolve_party("NAM").code == "NAM" and resolve_party("NAM").name == "Namibia"  # ISO3 codes win


@settings(max_examples=50, deadline=None)
@given(st.sampled_from(sorted(economies())))
def test_every_economy_resolves_by_code_and_by_name(code):
    assert resolve_party(code).code == code
    assert resolve_party(economies()[code].name).code == code


def test_products_roll_up_from_hs6_to_section():
    table = products("HS92")
    coffee = table[table["code"] == "090111"].iloc[0]
    assert (coffee["hs4"], coffee["hs2"], coffee["section"]) == ("0901", "09", "II")
    assert set(table["digits"]) == {2, 4, 6}
    assert table.loc[table["digits"] == 6, "code"].str.len().eq(6).all()
    assert hs_section("8001") == "XV" and hs_section("XX") is None
    assert len(products("HS12")) > 6000 and len(products("HS22")) > 6000


def test_sector_taxonomy_covers_what_articles_name():
    sectors = load_sectors()
    required = {
        "agriculture",
        "coffee",
        "tea",
        "grains",
        "cotton",
        "fertilizers",
        "petrochemicals",
        "energy",
        "critical_minerals",
        "mining",
        "pharmaceuticals",
        "ict",
        "textiles",
        "machinery",
        "vehicles",
        "education",
        "finance",
        "air_transport",
        "logistics",
        "public_services",
        "security_defence",
        "health",
        "tourism",
        "culture",
        "trade",
        "investment",
        "science_space",
    }
    assert required <= set(sectors)
    assert {"2609", "2611", "2615", "8001", "8101", "8103"} <= set(sectors["critical_minerals"].product_codes(4))
    assert sectors["coffee"].product_codes(6) == ["090111", "090112", "090121", "090122", "090130", "090140"]
    assert not sectors["education"].trades_in_goods and sectors["education"].product_codes() == []
    assert resolve_sector("e-government").id == "public_services"
    with pytest.raises(PartnerlensError, match="unknown sector"):
        resolve_sector("basket weaving")


def test_sector_mentions_carry_offsets_and_skip_the_pronoun_it():
    text = "It signed deals on ICT, air transportation and coffee and tea."
    found = {(m.sector, text[m.start : m.end]) for m in find_sector_mentions(text)}
    assert ("ict", "ICT") in found
    assert ("air_transport", "air transportation") in found
    assert ("coffee", "coffee") in found and ("tea", "tea") in found
    assert not any(m.sector == "ict" and m.text == "It" for m in find_sector_mentions(text))


def test_geography_from_cepii_and_wdi():
    assert 4000 < distance_km("RWA", "AZE") < 7000
    assert distance_km("RWA", "ZZZ") is None
    assert distance_km("RWA", "COD") < 2000 and distance_km("ROU", "SRB") < 1000  # GeoDist's ZAR, ROM, YUG
    rwanda = latest_macro("RWA", 2023)
    assert rwanda["year"] == 2023 and rwanda["gdp_usd"] > 1e9
    assert {"RWA", "KAZ", "AZE"} <= landlocked() and "FRA" not in landlocked()
