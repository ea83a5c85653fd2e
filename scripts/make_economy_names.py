"""Generate src/partnerlens/reference/data/economy_names.tsv, the name variants ``find_economy`` reads.

Run once (and again only to refresh the data), with pycountry installed (a development-time input, not a
runtime dependency):

    python scripts/make_economy_names.py > src/partnerlens/reference/data/economy_names.tsv

Sources, all permissive or usable as data:
- Debian iso-codes (through pycountry 26.2.16): ISO 3166-1 names, official names, common names, and their
  Spanish, French and Russian translations. iso-codes is LGPL-2.1; we use its data as data, which the LGPL
  allows in an Apache-2.0 project (the data file is not linked code, and it is redistributed with its notice).
- src/partnerlens/cooperation/data/economies.yaml (the project's gazetteer; see its header for its own
  sources: world-countries (MIT), countryinfo (MIT), iso-codes translations): English, French and Russian
  names and adjectives.
- HAND below: common English and agency variants written for this project.
English short and long names are not repeated: find_economy reads them from atlas-common-data at run time.
"""

from __future__ import annotations

import gettext
from importlib import metadata
from pathlib import Path

import pycountry
import yaml

ROOT = Path(__file__).resolve().parents[1]
ISO_CODES_VERSION = f"pycountry {metadata.version('pycountry')} (Debian iso-codes data)"

HAND: dict[str, list[str]] = {
    "ARE": ["UAE", "Emirates"],
    "AZE": ["Azerbaijan Republic"],
    "COD": ["DRC", "DR Congo", "Congo, Dem. Rep.", "Congo-Kinshasa", "Democratic Republic of Congo"],
    "COG": ["Congo, Rep.", "Republic of the Congo", "Congo-Brazzaville"],
    "CIV": ["Ivory Coast"],
    "CPV": ["Cape Verde"],
    "CZE": ["Czech Republic"],
    "EGY": ["Egypt, Arab Rep."],
    "FSM": ["Micronesia, Fed. Sts."],
    "GBR": ["UK", "Great Britain", "Britain"],
    "GMB": ["Gambia, The"],
    "BHS": ["Bahamas, The"],
    "IRN": ["Iran, Islamic Rep."],
    "KAZ": ["Kazakstan"],
    "KGZ": ["Kyrgyz Republic"],
    "KOR": ["South Korea", "Korea, Rep.", "Republic of Korea", "Korea (South)", "ROK"],
    "PRK": ["North Korea", "DPRK", "Korea, Dem. People's Rep.", "Korea, Dem. Rep."],
    "LAO": ["Laos", "Lao PDR"],
    "MKD": ["Macedonia", "Republic of North Macedonia"],
    "MMR": ["Burma"],
    "NLD": ["Holland"],
    "PSE": ["West Bank and Gaza", "Palestinian Territories"],
    "RUS": ["Russia"],
    "SVK": ["Slovak Republic"],
    "SWZ": ["Swaziland"],
    "TLS": ["East Timor"],
    "TUR": ["Türkiye", "Republic of Türkiye"],
    "TWN": ["Chinese Taipei", "Taiwan, China", "Republic of China"],
    "USA": ["US", "USA", "America", "United States of America"],
    "VAT": ["Vatican", "Vatican City"],
    "VEN": ["Venezuela, RB"],
    "VNM": ["Viet Nam", "Vietnam", "Socialist Republic of Vietnam"],
    "YEM": ["Yemen, Rep."],
    "CHN": ["PRC"],
    "HKG": ["Hong Kong SAR, China", "Hong Kong"],
    "MAC": ["Macao", "Macau", "Macao SAR, China"],
}


def _iso_codes():
    translations = {
        lang: gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang]) for lang in ("es", "fr", "ru")
    }
    for country in pycountry.countries:
        for attr in ("name", "official_name", "common_name"):
            value = getattr(country, attr, None)
            if value:
                yield country.alpha_3, value, "iso-codes"
                for lang, table in translations.items():
                    translated = table.gettext(value)
                    if translated != value:
                        yield country.alpha_3, translated, f"iso-codes-{lang}"


def _gazetteer():
    data = yaml.safe_load((ROOT / "src/partnerlens/cooperation/data/economies.yaml").read_text("utf-8"))
    for code, entry in data.items():
        for value in entry["en"]["names"] + entry["en"]["adjectives"]:
            yield code, value, "gazetteer-en"
        for lang in ("fr", "ru"):
            for value in entry[lang]["names"] + entry[lang]["adjectives"]:
                yield code, value, f"gazetteer-{lang}"


def _hand():
    for code, values in HAND.items():
        for value in values:
            yield code, value, "hand"


def main() -> None:
    print("# Name variants of economies, one per line: ISO 3166 alpha-3 code, name, source. Read by")
    print("# partnerlens.reference.economies.find_economy (matched after folding case, accents and punctuation).")
    print("# Generated once by scripts/make_economy_names.py from permissive sources or data used as data:")
    print(f"#   iso-codes*: Debian iso-codes ISO 3166-1 names and es/fr/ru translations, via {ISO_CODES_VERSION};")
    print("#     LGPL-2.1 data, used as data (not linked code) — compatible with this Apache-2.0 project;")
    print("#   gazetteer-*: partnerlens cooperation/data/economies.yaml (world-countries MIT, countryinfo MIT,")
    print("#     iso-codes translations, hand corrections); hand: variants written for partnerlens (Apache-2.0).")
    print("# Hand edits are fine: keep one economy per name; the hand source wins over the others.")
    print("iso3\tname\tsource")
    seen: set[tuple[str, str]] = set()
    for code, value, source in [*_hand(), *_iso_codes(), *_gazetteer()]:
        if (code, value) not in seen and "\t" not in value:
            seen.add((code, value))
            print(f"{code}\t{value}\t{source}")


if __name__ == "__main__":
    main()
