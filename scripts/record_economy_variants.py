"""Record what ``find_economy`` resolved for real name variants while it used country_converter.

Run once, before country_converter was removed (issue 18), with country_converter and pycountry installed:

    PYTHONPATH=src python scripts/record_economy_variants.py > tests/data/economy_variants.tsv

Each row: the variant, where it comes from, the economy the source says it names, and what
``find_economy`` (names index + country_converter regexes) answered then ("" for nothing).
tests/test_economy_variants.py checks the resolver that replaced country_converter against it.
"""

from __future__ import annotations

import gettext
import sys
from pathlib import Path

import pycountry
import yaml

from partnerlens.reference.economies import economies, find_economy

ROOT = Path(__file__).resolve().parents[1]

# Common English (and agency) variants, written by hand.
HAND = {
    "ARE": ["UAE", "U.A.E.", "Emirates", "the United Arab Emirates"],
    "AZE": ["Republic of Azerbaijan", "Azerbaijan Republic"],
    "BHS": ["The Bahamas", "Bahamas, The"],
    "BOL": ["Bolivia", "Plurinational State of Bolivia"],
    "BRN": ["Brunei", "Brunei Darussalam"],
    "CIV": ["Côte d'Ivoire", "Cote d'Ivoire", "Ivory Coast", "Cote dIvoire"],
    "COD": ["DRC", "DR Congo", "Congo, Dem. Rep.", "Democratic Republic of the Congo", "Congo-Kinshasa"],
    "COG": ["Congo, Rep.", "Republic of the Congo", "Congo-Brazzaville"],
    "CPV": ["Cape Verde", "Cabo Verde"],
    "CZE": ["Czechia", "Czech Republic"],
    "EGY": ["Egypt, Arab Rep.", "Arab Republic of Egypt"],
    "FSM": ["Micronesia", "Micronesia, Fed. Sts."],
    "GBR": ["UK", "U.K.", "United Kingdom", "Great Britain", "Britain"],
    "GMB": ["The Gambia", "Gambia, The"],
    "IRN": ["Iran", "Iran, Islamic Rep.", "Islamic Republic of Iran"],
    "KAZ": ["Republic of Kazakhstan", "Kazakstan"],
    "KGZ": ["Kyrgyz Republic", "Kyrgyzstan"],
    "KOR": ["South Korea", "Korea, Rep.", "Republic of Korea", "Korea (South)"],
    "PRK": ["North Korea", "DPRK", "Korea, Dem. People's Rep.", "Democratic People's Republic of Korea"],
    "LAO": ["Laos", "Lao PDR", "Lao People's Democratic Republic"],
    "MDA": ["Moldova", "Republic of Moldova"],
    "MKD": ["North Macedonia", "Macedonia", "Republic of North Macedonia"],
    "MMR": ["Burma", "Myanmar"],
    "NLD": ["Holland", "The Netherlands"],
    "PSE": ["Palestine", "West Bank and Gaza", "State of Palestine"],
    "RUS": ["Russia", "Russian Federation"],
    "SVK": ["Slovak Republic", "Slovakia"],
    "SWZ": ["Eswatini", "Swaziland"],
    "SYR": ["Syria", "Syrian Arab Republic"],
    "TLS": ["East Timor", "Timor-Leste"],
    "TUR": ["Türkiye", "Turkiye", "Turkey", "Republic of Türkiye"],
    "TWN": ["Taiwan", "Chinese Taipei", "Taiwan, China"],
    "TZA": ["Tanzania", "United Republic of Tanzania"],
    "USA": ["US", "U.S.", "USA", "U.S.A.", "United States of America", "America"],
    "VAT": ["Vatican", "Holy See", "Vatican City"],
    "VEN": ["Venezuela", "Venezuela, RB", "Bolivarian Republic of Venezuela"],
    "VNM": ["Viet Nam", "Vietnam", "Socialist Republic of Vietnam"],
    "YEM": ["Yemen, Rep.", "Republic of Yemen"],
    "CHN": ["PRC", "People's Republic of China"],
    "HKG": ["Hong Kong SAR, China", "Hong Kong"],
    "MAC": ["Macao", "Macau", "Macao SAR, China"],
    "KNA": ["St. Kitts and Nevis", "Saint Kitts and Nevis"],
    "LCA": ["St. Lucia", "Saint Lucia"],
    "VCT": ["St. Vincent and the Grenadines", "Saint Vincent and the Grenadines"],
}


def _rows():
    atlas = economies()
    for code, economy in atlas.items():
        for source, value in (
            ("iso3", code),
            ("iso2", economy.iso2),
            ("atlas", economy.name),
            ("atlas-long", economy.long_name),
        ):
            if value:
                yield value, source, code
        # How people type them: upper case, with an article, with a form of state.
        for template in ("{}", "the {}", "Republic of {}", "{} Republic"):
            yield (
                template.format(economy.name).upper() if template == "{}" else template.format(economy.name),
                "derived",
                code,
            )
    spanish = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["es"])
    for country in pycountry.countries:
        for attr in ("name", "official_name", "common_name"):
            value = getattr(country, attr, None)
            if value:
                yield value, f"iso-codes-{attr}", country.alpha_3
        yield spanish.gettext(country.name), "iso-codes-es", country.alpha_3
    gazetteer = yaml.safe_load((ROOT / "src/partnerlens/cooperation/data/economies.yaml").read_text("utf-8"))
    for code, entry in gazetteer.items():
        for lang in ("en", "fr", "ru"):
            for kind in ("names", "adjectives"):
                for value in (entry.get(lang) or {}).get(kind, []):
                    yield value, f"gazetteer-{lang}-{kind}", code
    for code, values in HAND.items():
        for value in values:
            yield value, "hand", code


def main() -> None:
    seen: set[tuple[str, str]] = set()
    print("variant\tsource\tiso3\tresolved")
    for value, source, code in _rows():
        if (value, code) in seen or "\t" in value:
            continue
        seen.add((value, code))
        print(f"{value}\t{source}\t{code}\t{find_economy(value) or ''}")


if __name__ == "__main__":
    sys.exit(main())
