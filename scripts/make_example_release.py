"""Write examples/BACI_HS92_V209901.zip: a small, invented release in CEPII BACI's real layout.

The layout is the official one — ``BACI_HS92_Y{year}_V{release}.csv`` with columns ``t,i,j,k,v,q`` (year,
exporter and importer as UN M49 numeric codes, HS6 as an integer without leading zeros, value in thousand USD
with 3 decimals, quantity in metric tons or a space-padded ``NA``), ``country_codes_V{release}.csv`` and
``product_codes_HS92_V{release}.csv`` — but every flow is invented. The release version V209901 (year 2099)
can never be mistaken for one of CEPII's. The figures make the claims of examples/example-rwanda-azerbaijan.txt
come out as the docs say: Rwanda–Azerbaijan $2.05 million in 2024, Rwanda's tin, tungsten and tantalum ores
$720 million of $2,057 million of exports in 2022 (35.0%), Kazakhstan–Africa $687 million in 2023 and $790
million in 2024 (+15.0%). The zip is byte-for-byte reproducible (fixed member dates).

    python scripts/make_example_release.py [OUT.zip]
"""

from __future__ import annotations

import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RELEASE = "V209901"
TARGET = ROOT / "examples" / f"BACI_HS92_{RELEASE}.zip"
M49 = {
    "ARE": (784, "United Arab Emirates", "AE"),
    "AZE": (31, "Azerbaijan", "AZ"),
    "CHN": (156, "China", "CN"),
    "EGY": (818, "Egypt", "EG"),
    "KAZ": (398, "Kazakhstan", "KZ"),
    "KEN": (404, "Kenya", "KE"),
    "MAR": (504, "Morocco", "MA"),
    "RUS": (643, "Russian Federation", "RU"),
    "RWA": (646, "Rwanda", "RW"),
    "TUR": (792, "Turkey", "TR"),
    "UGA": (800, "Uganda", "UG"),
}
PRODUCTS = {
    "090111": "Coffee, not roasted, not decaffeinated",
    "090240": "Black tea, in packages > 3 kg",
    "100199": "Wheat and meslin, other",
    "260900": "Tin ores and concentrates",
    "261590": "Niobium, tantalum, vanadium ores and concentrates",
    "270900": "Petroleum oils, crude",
    "271121": "Natural gas, gaseous",
    "310210": "Urea",
    "310420": "Potassium chloride",
    "390110": "Polyethylene, density < 0.94",
    "720241": "Ferro-chromium, > 4% carbon",
    "870323": "Cars, spark-ignition, 1500-3000 cc",
}
M = 1e6
# (year, exporter, importer, HS6, USD)
FLOWS = [
    (2024, "RWA", "AZE", "090240", 0.8 * M),
    (2024, "AZE", "RWA", "310210", 1.25 * M),
    (2023, "RWA", "AZE", "090240", 0.5 * M),
    (2022, "AZE", "RWA", "390110", 0.9 * M),
    (2023, "KAZ", "EGY", "100199", 430 * M),
    (2023, "MAR", "KAZ", "310420", 257 * M),
    (2024, "KAZ", "EGY", "100199", 500 * M),
    (2024, "MAR", "KAZ", "310420", 290 * M),
    (2023, "EGY", "MAR", "100199", 900 * M),
    (2024, "EGY", "MAR", "100199", 900 * M),
    (2022, "RWA", "CHN", "260900", 400 * M),
    (2022, "RWA", "ARE", "261590", 320 * M),
    (2022, "RWA", "KEN", "090111", 1337 * M),
    (2022, "KEN", "RWA", "100199", 50 * M),
    (2023, "RWA", "KEN", "090111", 310 * M),
    (2024, "RWA", "UGA", "090111", 280 * M),
    (2023, "RWA", "CHN", "260900", 380 * M),
    (2024, "RWA", "CHN", "261590", 410 * M),
    (2022, "AZE", "TUR", "270900", 9_100 * M),
    (2023, "AZE", "TUR", "271121", 7_300 * M),
    (2024, "AZE", "RUS", "270900", 6_800 * M),
    (2022, "KAZ", "CHN", "720241", 1_900 * M),
    (2023, "KAZ", "CHN", "270900", 5_200 * M),
    (2024, "KAZ", "RUS", "720241", 2_100 * M),
    (2022, "CHN", "KAZ", "870323", 3_400 * M),
    (2023, "RUS", "AZE", "100199", 380 * M),
    (2024, "TUR", "AZE", "870323", 240 * M),
]
UNIT_VALUE = {
    "27": 500.0,
    "26": 9_000.0,
    "72": 1_800.0,
    "87": 20_000.0,
    "09": 4_000.0,
    "10": 280.0,
    "31": 350.0,
    "39": 1_200.0,
}
STAMP = (2025, 1, 1, 0, 0, 0)


def year_csv(year: int) -> str:
    lines = ["t,i,j,k,v,q"]
    for t, exporter, importer, product, usd in sorted(row for row in FLOWS if row[0] == year):
        tons = usd / UNIT_VALUE[product[:2]]
        quantity = "           NA" if product == "261590" else f"{tons:.3f}"  # BACI leaves some quantities out
        lines.append(f"{t},{M49[exporter][0]},{M49[importer][0]},{int(product)},{usd / 1000:.3f},{quantity}")
    return "\n".join(lines) + "\n"


def main(target: Path = TARGET) -> None:
    members = {f"BACI_HS92_Y{year}_{RELEASE}.csv": year_csv(year) for year in sorted({row[0] for row in FLOWS})}
    members[f"country_codes_{RELEASE}.csv"] = "country_code,country_name,country_iso2,country_iso3\n" + "".join(
        f'{code},"{name}",{iso2},{iso3}\n' for iso3, (code, name, iso2) in sorted(M49.items(), key=lambda kv: kv[1][0])
    )
    members[f"product_codes_HS92_{RELEASE}.csv"] = "code,description\n" + "".join(
        f'{code},"{name}"\n' for code, name in PRODUCTS.items()
    )
    members["Readme.txt"] = (
        "EXAMPLE RELEASE. Invented by the partnerlens project for its documentation and tests, in the\n"
        "layout of CEPII's BACI (HS92). Every flow is made up; release version V209901 is not CEPII's.\n"
    )
    with zipfile.ZipFile(target, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, text in members.items():
            archive.writestr(zipfile.ZipInfo(name, STAMP), text.encode("utf-8"), compress_type=zipfile.ZIP_DEFLATED)
    print(target)


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else TARGET)
