"""Test helpers for the trade sources: BACI-layout zips in the real format, and a local HTTP server.

``baci_zip`` writes a release zip exactly as CEPII lays it out: one
``BACI_HS92_Y{year}_V{release}.csv`` per year with ``t,i,j,k,v,q`` (``k`` an
integer that has lost its leading zero, ``v`` thousand USD with 3 decimals,
``q`` tons or ``NA``/blank/space-padded ``NA``), ``country_codes_V{release}.csv``
(current or older column names) and ``product_codes_HS92_V{release}.csv``.

``LocalServer`` is a real HTTP/1.1 server on 127.0.0.1 in a thread. It serves
bytes (honouring ``Range: bytes=N-``), can cut the next responses halfway
(headers promise the full length, the body stops and the connection closes),
and answers JSON routes through handler functions.
"""

from __future__ import annotations

import json
import threading
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

RELEASE = "V202501"

# Numeric codes as BACI uses them (842 for the USA, 490 for "Other Asia, nes" = S19).
COUNTRIES = [
    (4, "Afghanistan", "AF", "AFG"),
    (31, "Azerbaijan", "AZ", "AZE"),
    (398, "Kazakhstan", "KZ", "KAZ"),
    (490, "Other Asia, nes", "", "S19"),
    (646, "Rwanda", "RW", "RWA"),
    (842, "USA", "US", "USA"),
    (899, "Areas, nes", "", "N/A"),
]
PRODUCTS = [
    ("010121", "Horses: live, pure-bred breeding animals"),
    ("090111", "Coffee: not roasted or decaffeinated"),
    ("260900", "Tin ores and concentrates"),
    ("710812", "Gold: non-monetary, unwrought"),
    ("847130", "Portable automatic data processing machines"),
]
# (t, i, j, k as BACI writes it, v in thousand USD as text, q as text)
YEARS = {
    2021: [
        (2021, 646, 31, 90111, "512.345", "120.5"),
        (2021, 31, 646, 847130, "1250.000", "           NA"),
        (2021, 398, 646, 10121, "0.125", ""),
        (2021, 842, 4, 710812, "10000.500", "1.25"),
        (2021, 490, 646, 847130, "77.700", "NA"),
        (2021, 899, 646, 260900, "5.000", "2"),
    ],
    2022: [
        (2022, 646, 31, 90111, "600.001", "130"),
        (2022, 646, 31, 260900, "1500.250", "400.125"),
        (2022, 31, 646, 847130, "900.000", "NA"),
        (2022, 646, 899, 260900, "3.000", ""),
    ],
}
# Rows and value (USD) the store must hold after ingesting the default zip: code 899 has no ISO3 → dropped.
KEPT = {year: [r for r in rows if 899 not in (r[1], r[2])] for year, rows in YEARS.items()}
EXPECTED_ROWS = sum(len(rows) for rows in KEPT.values())
EXPECTED_VALUE_USD = sum(round(float(r[4]) * 1000, 6) for rows in KEPT.values() for r in rows)
DROPPED_ROWS = sum(len(YEARS[y]) - len(KEPT[y]) for y in YEARS)


def baci_csv(rows: list[tuple], header: str = "t,i,j,k,v,q") -> str:
    return header + "\n" + "".join(",".join(str(x) for x in row) + "\n" for row in rows)


def country_csv(countries: list[tuple] = COUNTRIES, layout: str = "current") -> str:
    if layout == "current":
        lines = ["country_code,country_name,country_iso2,country_iso3"]
        lines += [f'{code},"{name}",{iso2},{iso3}' for code, name, iso2, iso3 in countries]
    else:  # releases before 2023: abbreviation, full name, then ISO2 and ISO3
        lines = ["country_code,country_name_abbreviation,country_name_full,iso_2digit_alpha,iso_3digit_alpha"]
        lines += [f'{code},"{name}","{name}",{iso2},{iso3}' for code, name, iso2, iso3 in countries]
    return "\n".join(lines) + "\n"


def product_csv(products: list[tuple] = PRODUCTS) -> str:
    return "code,description\n" + "".join(f'{code},"{text}"\n' for code, text in products)


def baci_zip(
    path: Path,
    years: dict[int, list[tuple]] | None = None,
    *,
    release: str = RELEASE,
    hs: str = "HS92",
    country_layout: str = "current",
    members: dict[str, str] | None = None,
    omit: tuple[str, ...] = (),
) -> Path:
    """Write a BACI-layout release zip; ``members`` replaces or adds members by name, ``omit`` drops them."""
    contents = {
        f"BACI_{hs}_Y{year}_{release}.csv": baci_csv(rows) for year, rows in (YEARS if years is None else years).items()
    }
    contents[f"country_codes_{release}.csv"] = country_csv(layout=country_layout)
    contents[f"product_codes_{hs}_{release}.csv"] = product_csv()
    contents["Readme.txt"] = "BACI test release written by tests/_trade_fixtures.py\n"
    contents.update(members or {})
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, text in contents.items():
            if name not in omit:
                archive.writestr(name, text)
    return path


# -- a local HTTP server -------------------------------------------------------------------------------

Handler = Callable[[str, dict[str, list[str]], dict[str, str]], tuple[int, object]]


@dataclass
class LocalServer:
    """A threaded HTTP server on 127.0.0.1 for download and API tests."""

    files: dict[str, bytes] = field(default_factory=dict)
    routes: dict[str, Handler] = field(default_factory=dict)
    cut_next: int = 0  # cut this many upcoming file responses halfway
    ignore_range: bool = False  # answer 200 with the whole file even when a Range is asked
    requests: list[tuple[str, str | None]] = field(default_factory=list)  # (path, Range header)

    def __enter__(self) -> LocalServer:
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args) -> None:  # keep test output clean
                pass

            def do_GET(self) -> None:
                parts = urlsplit(self.path)
                server.requests.append((parts.path, self.headers.get("Range")))
                if parts.path in server.routes:
                    status, payload = server.routes[parts.path](parts.path, parse_qs(parts.query), dict(self.headers))
                    body = payload if isinstance(payload, bytes) else json.dumps(payload).encode()
                    self._send(status, body, {"Content-Type": "application/json"})
                elif parts.path in server.files:
                    self._send_file(server.files[parts.path])
                else:
                    self._send(404, b"not found", {"Content-Type": "text/plain"})

            def _send(self, status: int, body: bytes, headers: dict[str, str]) -> None:
                self.send_response(status)
                for name, value in headers.items():
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def _send_file(self, data: bytes) -> None:
                start = _range_start(self.headers.get("Range"))
                if start is not None and not server.ignore_range:
                    if start >= len(data):
                        self._send(416, b"", {"Content-Range": f"bytes */{len(data)}"})
                        return
                    body, status = data[start:], 206
                    headers = {"Content-Range": f"bytes {start}-{len(data) - 1}/{len(data)}"}
                else:
                    body, status, headers = data, 200, {}
                headers |= {"Content-Type": "application/zip", "Accept-Ranges": "bytes"}
                if server.cut_next > 0:
                    server.cut_next -= 1
                    self.send_response(status)
                    for name, value in headers.items():
                        self.send_header(name, value)
                    self.send_header("Content-Length", str(len(body)))
                    self.end_headers()
                    self.wfile.write(body[: len(body) // 2])
                    self.wfile.flush()
                    self.close_connection = True
                    return
                self._send(status, body, headers)

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join()

    @property
    def base_url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"


def _range_start(header: str | None) -> int | None:
    if not header or not header.startswith("bytes=") or not header.endswith("-"):
        return None
    text = header[len("bytes=") : -1]
    return int(text) if text.isdigit() else None


def unused_port_url() -> str:
    """An address on 127.0.0.1 where nothing listens (a port bound and released)."""
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}"


# -- UN Comtrade in its real response format -------------------------------------------------------------

COMTRADE_REPORTERS = {  # Comtrade's own codes: 842 for the USA, 490 for "Other Asia, nes"
    "results": [
        {
            "id": 31,
            "text": "Azerbaijan",
            "reporterCode": 31,
            "reporterDesc": "Azerbaijan",
            "reporterNote": "Azerbaijan",
            "reporterCodeIsoAlpha2": "AZ",
            "reporterCodeIsoAlpha3": "AZE",
            "entryEffectiveDate": "1992-01-01T00:00:00",
            "isGroup": False,
        },
        {
            "id": 646,
            "text": "Rwanda",
            "reporterCode": 646,
            "reporterDesc": "Rwanda",
            "reporterNote": "Rwanda",
            "reporterCodeIsoAlpha2": "RW",
            "reporterCodeIsoAlpha3": "RWA",
            "entryEffectiveDate": "1962-01-01T00:00:00",
            "isGroup": False,
        },
        {
            "id": 842,
            "text": "USA",
            "reporterCode": 842,
            "reporterDesc": "USA",
            "reporterNote": "USA",
            "reporterCodeIsoAlpha2": "US",
            "reporterCodeIsoAlpha3": "USA",
            "entryEffectiveDate": "1981-01-01T00:00:00",
            "isGroup": False,
        },
        {
            "id": 97,
            "text": "EU",
            "reporterCode": 97,
            "reporterDesc": "EU",
            "reporterNote": "European Union",
            "reporterCodeIsoAlpha2": "EU",
            "reporterCodeIsoAlpha3": "EUR",
            "entryEffectiveDate": "1900-01-01T00:00:00",
            "isGroup": True,
        },
    ]
}
_COMTRADE_ISO = {
    31: ("AZE", "Azerbaijan"),
    646: ("RWA", "Rwanda"),
    842: ("USA", "USA"),
    0: ("W00", "World"),
    490: ("S19", "Other Asia, nes"),
}


def comtrade_record(
    year: int,
    reporter: int,
    flow: str,
    partner: int,
    cmd: str,
    value: float,
    net_weight_kg: float | None = None,
    **overrides,
) -> dict:
    """One record of ``/data/v1/get/C/A/H0`` exactly as Comtrade returns it (all fields)."""
    record = {
        "typeCode": "C",
        "freqCode": "A",
        "refPeriodId": int(f"{year}0101"),
        "refYear": year,
        "refMonth": 52,
        "period": str(year),
        "reporterCode": reporter,
        "reporterISO": _COMTRADE_ISO[reporter][0],
        "reporterDesc": _COMTRADE_ISO[reporter][1],
        "flowCode": flow,
        "flowDesc": {"X": "Export", "M": "Import"}[flow],
        "partnerCode": partner,
        "partnerISO": _COMTRADE_ISO[partner][0],
        "partnerDesc": _COMTRADE_ISO[partner][1],
        "partner2Code": 0,
        "partner2ISO": "W00",
        "partner2Desc": "World",
        "classificationCode": "H0",
        "classificationSearchCode": "HS",
        "isOriginalClassification": False,
        "cmdCode": cmd,
        "cmdDesc": None,
        "aggrLevel": len(cmd) if cmd != "TOTAL" else 0,
        "isLeaf": len(cmd) == 6,
        "customsCode": "C00",
        "customsDesc": "TOTAL CPC",
        "mosCode": "0",
        "motCode": 0,
        "motDesc": "TOTAL MOT",
        "qtyUnitCode": 8,
        "qtyUnitAbbr": "kg",
        "qty": net_weight_kg,
        "isQtyEstimated": False,
        "altQtyUnitCode": -1,
        "altQtyUnitAbbr": "N/A",
        "altQty": None,
        "isAltQtyEstimated": False,
        "netWgt": net_weight_kg,
        "isNetWgtEstimated": False,
        "grossWgt": None,
        "isGrossWgtEstimated": False,
        "cifvalue": value if flow == "M" else None,
        "fobvalue": value if flow == "X" else None,
        "primaryValue": value,
        "legacyEstimationFlag": 0,
        "isReported": True,
        "isAggregate": False,
    }
    return record | overrides


def comtrade_routes(records: list[dict], key: str | None = None) -> dict[str, Handler]:
    """Handlers that answer like Comtrade: filter ``records`` by the query, cap at maxRecords."""

    def data(_path: str, query: dict[str, list[str]], _headers: dict[str, str]) -> tuple[int, object]:
        sent = _headers.get("Ocp-Apim-Subscription-Key") or query.get("subscription-key", [None])[0]
        if key is not None and _path.startswith("/data/") and sent != key:
            return 401, {"statusCode": 401, "message": "Access denied due to invalid subscription key."}
        wanted = {
            name: set(query[name][0].split(","))
            for name in ("reporterCode", "partnerCode", "period", "flowCode")
            if name in query
        }
        fields = {
            "reporterCode": "reporterCode",
            "partnerCode": "partnerCode",
            "period": "period",
            "flowCode": "flowCode",
        }
        rows = [r for r in records if all(str(r[fields[name]]) in values for name, values in wanted.items())]
        rows = rows[: int(query.get("maxRecords", ["500"])[0])]
        return 200, {"elapsedTime": "0.1 secs", "count": len(rows), "data": rows, "error": ""}

    def reporters(_path: str, _query: dict, _headers: dict) -> tuple[int, object]:
        return 200, COMTRADE_REPORTERS

    return {
        "/data/v1/get/C/A/H0": data,
        "/public/v1/preview/C/A/H0": data,
        "/data/v1/get/C/A/HS": data,
        "/public/v1/preview/C/A/HS": data,  # HS as reported (what we ask for)
        "/files/v1/app/reference/Reporters.json": reporters,
    }


# -- bad BACI inputs: (id, builder(tmp_path) -> path, fragment of the one-line message) ------------------------


def _with_row(row: tuple, year: int = 2022) -> dict[int, list[tuple]]:
    return {**YEARS, year: [*YEARS[year], row]}


def _truncated(tmp: Path) -> Path:
    whole = baci_zip(tmp / "whole.zip").read_bytes()
    path = tmp / f"BACI_HS92_{RELEASE}.zip"
    path.write_bytes(whole[: len(whole) // 2])
    return path


def _not_zip(tmp: Path) -> Path:
    path = tmp / "BACI_HS92_V202501.zip"
    path.write_text(baci_csv(YEARS[2021]))
    return path


def _damaged(tmp: Path) -> Path:
    """A zip whose central directory is fine but whose compressed data is corrupt (CRC error)."""
    big = {2021: YEARS[2021] * 2000}
    data = bytearray(baci_zip(tmp / "ok.zip", big).read_bytes())
    with zipfile.ZipFile(tmp / "ok.zip") as archive:
        info = archive.getinfo(f"BACI_HS92_Y2021_{RELEASE}.csv")
    start = info.header_offset + 30 + len(info.filename) + len(info.extra)
    for offset in range(start + 200, start + 400):
        data[offset] ^= 0x5A
    path = tmp / "damaged.zip"
    path.write_bytes(bytes(data))
    return path


BAD_BACI_CASES = [
    ("truncated", _truncated, "not a readable zip file"),
    ("not-a-zip", _not_zip, "not a readable zip file"),
    ("damaged-member", _damaged, "is damaged"),
    (
        "no-country-table",
        lambda t: baci_zip(t / "b.zip", omit=(f"country_codes_{RELEASE}.csv",)),
        "lacks country_codes",
    ),
    ("no-yearly-files", lambda t: baci_zip(t / "b.zip", years={}), "lacks BACI_HS??_Y????"),
    (
        "missing-column",
        lambda t: baci_zip(
            t / "b.zip",
            members={f"BACI_HS92_Y2021_{RELEASE}.csv": baci_csv([r[:5] for r in YEARS[2021]], header="t,i,j,k,v")},
        ),
        "expected columns t,i,j,k,v,q, found t,i,j,k,v",
    ),
    (
        "wrong-column",
        lambda t: baci_zip(
            t / "b.zip", members={f"BACI_HS92_Y2021_{RELEASE}.csv": baci_csv(YEARS[2021], header="year,i,j,k,v,q")}
        ),
        "expected columns t,i,j,k,v,q, found year,i,j,k,v,q",
    ),
    (
        "short-row",
        lambda t: baci_zip(t / "b.zip", _with_row((2022, 646, 31, 90111, "1.5"))),
        "expected 6 columns, found 5",
    ),
    (
        "non-numeric-value",
        lambda t: baci_zip(t / "b.zip", _with_row((2022, 646, 31, 90111, "abc", "1"))),
        "column v holds 'abc', not a number",
    ),
    (
        "non-numeric-quantity",
        lambda t: baci_zip(t / "b.zip", _with_row((2022, 646, 31, 90111, "1.5", "lots"))),
        "column q holds 'lots', not a number",
    ),
    (
        "non-numeric-country",
        lambda t: baci_zip(t / "b.zip", _with_row((2022, "RWA", 31, 90111, "1.5", "1"))),
        "column i holds 'RWA', not a number",
    ),
    (
        "unknown-country",
        lambda t: baci_zip(t / "b.zip", _with_row((2022, 999, 31, 90111, "1.5", "1"))),
        "exporter code 999 is not in the country table",
    ),
    (
        "unknown-product",
        lambda t: baci_zip(t / "b.zip", _with_row((2022, 646, 31, 999999, "1.5", "1"))),
        "product code 999999 is not in the product table",
    ),
    (
        "negative-value",
        lambda t: baci_zip(t / "b.zip", _with_row((2022, 646, 31, 90111, "-1.5", "1"))),
        "column v holds -1.5, not a value in thousand USD",
    ),
    (
        "blank-product",
        lambda t: baci_zip(t / "b.zip", _with_row((2022, 646, 31, "", "1.5", "1"))),
        "product code blank is not in the product table",
    ),
    (
        "wrong-year",
        lambda t: baci_zip(t / "b.zip", _with_row((2019, 646, 31, 90111, "1.5", "1"))),
        "column t holds 2019, expected 2022",
    ),
    (
        "country-table-columns",
        lambda t: baci_zip(t / "b.zip", members={f"country_codes_{RELEASE}.csv": "code,name\n646,Rwanda\n"}),
        "expected columns country_code and country_iso3",
    ),
]
