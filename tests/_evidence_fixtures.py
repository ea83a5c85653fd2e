"""Test files in the publishers' real layouts: OECD–WTO BaTiS bulk, IMF DIP SDMX-CSV, WITS tariff downloads.

``batis_zip`` writes ``OECD-WTO_BATIS_BPM6_{release}_bulk.zip`` holding the CSV of
the same name with the bulk header (values in million USD, ISO2 economy codes,
blank reported values where the reporter published none). ``dip_csv`` writes the
IMF data portal's SDMX-CSV export (``DATAFLOW,COUNTRY,DV_TYPE,INDICATOR,…``).
``wits_zip`` writes a WITS Advanced Query tariff job (a zip holding one CSV with
WITS's column names; rates in percent). The default rows describe Rwanda and
Azerbaijan; the expected figures are spelled out next to them.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

BATIS_RELEASE = "December2025"
BATIS_HEADER = (
    "Reporter,type_Reporter,Partner,type_Partner,Flow,Item_code,type_Item,Year,"
    "Reported_value,Final_value,Methodology,Balanced_value"
)
# (Reporter, Partner, Flow, Item, Year, Reported, Final, Balanced) — million USD; "" = not reported
BATIS_ROWS = [
    ("RW", "AZ", "X", "S", 2022, "", "4.1", "4.0"),
    ("RW", "AZ", "X", "SC", 2022, "", "2.5", "2.4"),
    ("RW", "AZ", "X", "SD", 2022, "1.2", "1.2", "1.3"),
    ("RW", "AZ", "X", "SI", 2022, "", "0.3", "0.3"),
    ("AZ", "RW", "X", "S", 2022, "", "1.6", "1.5"),
    ("AZ", "RW", "X", "SC", 2022, "", "1.1", "1.0"),
    ("AZ", "RW", "X", "SD", 2022, "", "0.4", "0.5"),
    ("AZ", "RW", "M", "S", 2022, "", "3.9", "4.0"),
    ("RW", "AZ", "X", "S", 2021, "", "3.0", "3.1"),
    ("RW", "R1", "X", "S", 2022, "", "9.0", "9.0"),  # a regional aggregate: dropped
]
# Rwanda → Azerbaijan services exports in 2022, balanced, USD
RWA_AZE_SERVICES_2022 = {"S": 4.0e6, "SC": 2.4e6, "SD": 1.3e6, "SI": 0.3e6}

DIP_HEADER = "DATAFLOW,COUNTRY,DV_TYPE,INDICATOR,COUNTERPART_COUNTRY,FREQUENCY,TIME_PERIOD,OBS_VALUE,SCALE,STATUS"
# (COUNTRY, DV_TYPE, INDICATOR, COUNTERPART, YEAR, OBS_VALUE in USD)
DIP_ROWS = [
    ("RWA", "O", "INWD_D_NETLA_FALL_ALL", "AZE", 2022, "15000000"),
    ("AZE", "O", "OTWD_D_NETAL_FALL_ALL", "RWA", 2022, "12000000"),
    ("AZE", "O", "INWD_D_NETLA_FALL_ALL", "RWA", 2022, ""),  # confidential: missing, never zero
    ("RWA", "O", "INWD_D_NETLA_FALL_ALL", "AZE", 2021, "11000000"),
    ("RWA", "O", "INWD_D_NETLA_FALL_ALL", "G001", 2022, "2500000000"),  # world total: dropped
    ("RWA", "O", "INWD_D_NETLA_F51_ALL", "AZE", 2022, "9000000"),  # equity only: skipped
]

WITS_HEADER = (
    "Selected Nomen,Native Nomen,Reporter,Reporter Name,Partner,Partner Name,Product,Product Name,"
    "Tariff Year,Trade Year,Trade Source,Duty Type,Simple Average,Weighted Average,Standard Deviation,"
    "Minimum Rate,Maximum Rate,Nbr of Total Lines"
)
# (Reporter, Partner, Product, Year, Duty Type, Simple Average %)
WITS_ROWS = [
    ("AZE", "WLD", "090111", 2022, "MFN", "15"),
    ("AZE", "WLD", "260900", 2022, "MFN", "0"),
    ("AZE", "WLD", "847130", 2022, "MFN", "0"),
    ("AZE", "KAZ", "090111", 2022, "PRF", "0"),
    ("AZE", "WLD", "090111", 2022, "BND", "20"),  # bound: skipped
    ("AZE", "EU", "090111", 2022, "PRF", "5"),  # a group: dropped
]


def batis_csv(rows: list[tuple] = BATIS_ROWS, header: str = BATIS_HEADER) -> str:
    lines = [header]
    for reporter, partner, flow, item, year, reported, final, balanced in rows:
        kind = "c" if len(reporter) == 2 and reporter[1].isalpha() else "r"
        lines.append(
            f"{reporter},{kind},{partner},c,{flow},{item},s,{year},{reported},{final},"
            f"{'R' if reported else 'E'},{balanced}"
        )
    return "\n".join(lines) + "\n"


def batis_zip(
    path: Path, rows: list[tuple] = BATIS_ROWS, release: str = BATIS_RELEASE, text: str | None = None
) -> Path:
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(f"OECD-WTO_BATIS_BPM6_{release}_bulk.csv", text if text is not None else batis_csv(rows))
    return path


def dip_csv(rows: list[tuple] = DIP_ROWS) -> str:
    lines = [DIP_HEADER]
    for country, dv, indicator, counterpart, year, value in rows:
        lines.append(f"IMF.STA:DIP(12.0.1),{country},{dv},{indicator},{counterpart},A,{year},{value},6,")
    return "\n".join(lines) + "\n"


def wits_csv(rows: list[tuple] = WITS_ROWS, nomen: str = "H0") -> str:
    lines = [WITS_HEADER]
    for reporter, partner, product, year, duty, rate in rows:
        lines.append(
            f'{nomen},H5,{reporter},"Reporter {reporter}",{partner},"Partner {partner}",{product},'
            f'"Product {product}",{year},{year},CMT,{duty},{rate},{rate},0,{rate},{rate},3'
        )
    return "\n".join(lines) + "\n"


def wits_zip(path: Path, rows: list[tuple] = WITS_ROWS, nomen: str = "H0") -> Path:
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("WITS-Tariff-Result.csv", wits_csv(rows, nomen))
    return path


# -- a small BACI world around Rwanda and Azerbaijan, for the brief and export potential -----------------------------

WORLD_COUNTRIES = [
    (4, "Afghanistan", "AF", "AFG"),
    (31, "Azerbaijan", "AZ", "AZE"),
    (398, "Kazakhstan", "KZ", "KAZ"),
    (646, "Rwanda", "RW", "RWA"),
    (842, "USA", "US", "USA"),
]
# (exporter, importer, HS6 as BACI writes it, thousand USD): the same every year 2020–2022
WORLD_FLOWS = [
    (646, 842, 90111, 5000),
    (646, 842, 260900, 4000),  # Rwanda sells coffee and tin ores to the USA …
    (646, 31, 90111, 100),
    (646, 31, 260900, 80),  # … and a little of both to Azerbaijan
    (398, 31, 90111, 5000),
    (842, 31, 90111, 500),  # Azerbaijan's other coffee suppliers
    (398, 31, 260900, 2000),
    (842, 31, 260900, 1000),  # and tin ore suppliers
    (842, 398, 90111, 1000),
    (398, 842, 260900, 3000),
    (4, 842, 90111, 2000),
    (842, 4, 260900, 500),
    (31, 646, 847130, 1250),
]
WORLD_YEARS = (2020, 2021, 2022)
# Azerbaijan's tariffs in 2022 (WITS rows): coffee MFN 15 %, Kazakhstan's coffee preferential 0 %, tin ores MFN 0 %
WORLD_TARIFFS = [
    ("AZE", "WLD", "090111", 2022, "MFN", "15"),
    ("AZE", "KAZ", "090111", 2022, "PRF", "0"),
    ("AZE", "WLD", "260900", 2022, "MFN", "0"),
]


def world_zip(path: Path) -> Path:
    from _trade_fixtures import baci_zip, country_csv

    years = {y: [(y, i, j, k, f"{v:.3f}", "") for i, j, k, v in WORLD_FLOWS] for y in WORLD_YEARS}
    return baci_zip(path, years, members={"country_codes_V202501.csv": country_csv(WORLD_COUNTRIES)})
