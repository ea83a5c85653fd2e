"""UN Comtrade: one reporter's annual HS6 trade, as reported, with the partners' mirror reports.

We call the Comtrade data API over HTTP with httpx, the same endpoints and
parameters the official ``comtradeapicall`` package uses
(``/data/v1/get/C/A/{cl}`` with a subscription key, ``/public/v1/preview/C/A/{cl}``
without one, ``/files/v1/app/reference/Reporters.json`` for reporter codes).
We do not call ``comtradeapicall`` itself because its functions hard-code
``https://comtradeapi.un.org`` (only an HTTP proxy can be set, which cannot
redirect HTTPS to a local test server), print errors and return ``None`` instead
of raising, and sleep 10 s before a retry.

What is stored, in source ``comtrade`` (one source that grows by reporter):

* ``reports``: every record fetched, as reported — ``(year, reporter, partner,
  flow, exporter, importer, product, value_usd, quantity_t, query)`` where
  ``flow`` is ``X`` (exports) or ``M`` (imports), ``query`` the reporter whose
  fetch brought it. For ``--reporter RWA`` that is RWA's own records
  (``reporterCode=646``) and every partner's records about RWA
  (``partnerCode=646``): the partner-reported *mirror* values.
* the flows table gets the reporter-side records of each fetched reporter,
  oriented as flows: exports ``reporter → partner``; imports ``partner →
  reporter`` (the reporter is the importer). Imports are CIF, exports FOB, as
  reported; nothing is reconciled.

``reports`` lives next to the flows, under ``flows/source=comtrade/reports/``,
so it is swapped in atomically with them; :func:`attach_reports` puts a view
over it on a connection. The mirror check of ``A → B`` compares the flows
(``exporter = A, importer = B``, reported by A) with ``reports`` where
``reporter = B AND flow = 'M' AND exporter = A`` (B's imports from A).

Fetching again for a reporter replaces that reporter's years and keeps the
rest. Partners that are not economies (World, "areas nes", …) are left out and
counted; with no key the public preview answers at most 500 records, so real
queries need ``--key`` (or ``$PARTNERLENS_COMTRADE_KEY``).
"""

from __future__ import annotations

import json
import math
import os
from collections.abc import Iterable
from datetime import datetime, timezone
from pathlib import Path
from urllib.parse import urlsplit

import duckdb
import httpx
import pyarrow as pa

from partnerlens.errors import PartnerlensError
from partnerlens.reference import economies, resolve_economy
from partnerlens.sources import IngestResult, ingest, prepare, sql_string, write_year
from partnerlens.sources.settings import COMTRADE_KEY_ENV
from partnerlens.store import SourceInfo, TradeStore

SOURCE_NAME = "comtrade"
DEFAULT_BASE_URL = "https://comtradeapi.un.org"
BASE_URL_ENV = "PARTNERLENS_COMTRADE_BASE_URL"
KEY_ENV = COMTRADE_KEY_ENV
CLASSIFICATIONS = {"HS92": "H0", "HS12": "H4", "HS22": "H6"}  # Comtrade's codes for HS as converted
KEY_LIMIT, PREVIEW_LIMIT = 250_000, 500
TIMEOUT = httpx.Timeout(120.0, connect=15.0)
REPORT_COLUMNS = {
    "year": pa.int32(), "reporter": pa.string(), "partner": pa.string(), "flow": pa.string(),
    "exporter": pa.string(), "importer": pa.string(), "product": pa.string(),
    "value_usd": pa.float64(), "quantity_t": pa.float64(), "query": pa.string(),
}


def reports_dir(store: TradeStore) -> Path:
    """Where the current version of source ``comtrade`` keeps its reports (see the store's versions)."""
    current = [s for s in store.sources() if s.name == SOURCE_NAME]
    return (store.source_path(current[0]) if current else store.source_dir(SOURCE_NAME)) / "reports"


def attach_reports(store: TradeStore, con: duckdb.DuckDBPyConnection, name: str = "comtrade_reports") -> None:
    """Create view ``name`` over every Comtrade record as reported (one row per reporter's statement).

    A statement fetched twice (as B's own record and as a mirror of A) is kept once, preferring B's own fetch.
    """
    files = sorted(reports_dir(store).glob("year=*/*.parquet"))
    if not files:
        empty = ", ".join(f"NULL::{_sql_type(t)} AS {c}" for c, t in REPORT_COLUMNS.items())
        con.execute(f"CREATE OR REPLACE TEMP VIEW {name} AS SELECT {empty} WHERE false")
        return
    glob = sql_string(str(reports_dir(store) / "year=*" / "*.parquet"))
    con.execute(
        f"CREATE OR REPLACE TEMP VIEW {name} AS SELECT * EXCLUDE (rank) FROM ("
        "SELECT *, row_number() OVER (PARTITION BY year, reporter, flow, partner, product "
        "ORDER BY (reporter = query) DESC, query) AS rank "
        f"FROM read_parquet({glob}, hive_partitioning = false)) WHERE rank = 1"
    )


def _sql_type(arrow_type: pa.DataType) -> str:
    return {pa.int32(): "INTEGER", pa.string(): "VARCHAR", pa.float64(): "DOUBLE"}[arrow_type]


# -- the HTTP API ------------------------------------------------------------------------------------


class ComtradeClient:
    """The few Comtrade API calls we need, against ``base_url`` (default: the UN's server)."""

    def __init__(self, key: str | None = None, base_url: str | None = None):
        self.key = key or os.environ.get(KEY_ENV) or None
        self.base_url = (base_url or os.environ.get(BASE_URL_ENV) or DEFAULT_BASE_URL).rstrip("/")
        self.http = httpx.Client(timeout=TIMEOUT, follow_redirects=True)

    def __enter__(self) -> "ComtradeClient":
        return self

    def __exit__(self, *exc) -> None:
        self.http.close()

    @property
    def limit(self) -> int:
        return KEY_LIMIT if self.key else PREVIEW_LIMIT

    def _get_json(self, path: str, params: dict | None = None) -> dict:
        params = dict(params or {})
        if self.key:
            params["subscription-key"] = self.key
        host = urlsplit(self.base_url).netloc
        try:
            response = self.http.get(self.base_url + path, params=params)
        except httpx.ConnectError as exc:
            raise PartnerlensError(f"cannot reach Comtrade at {host}: {exc}") from exc
        except httpx.TransportError as exc:
            raise PartnerlensError(f"Comtrade at {host} did not answer ({type(exc).__name__}): {exc}") from exc
        if response.status_code in (401, 403):
            raise PartnerlensError(f"Comtrade refused the request (HTTP {response.status_code}): check the subscription key")
        if response.status_code == 429:
            raise PartnerlensError("Comtrade rate limit reached (HTTP 429); wait a minute and try again")
        if response.status_code >= 400:
            raise PartnerlensError(f"Comtrade answered HTTP {response.status_code} for {path}")
        payload = _strict_json(response.content, path)
        if not isinstance(payload, dict):
            raise PartnerlensError(f"Comtrade answered {path} with unexpected JSON")
        if payload.get("error"):
            raise PartnerlensError(f"Comtrade: {str(payload['error'])[:300]}")
        return payload

    def reporter_code(self, iso3: str) -> int:
        """Comtrade's numeric reporter code for an ISO3 code (from its reference list)."""
        payload = self._get_json("/files/v1/app/reference/Reporters.json")
        results = payload.get("results", [])
        if not isinstance(results, list):
            raise PartnerlensError("Comtrade answered the reporter list without a results list")
        rows = [r for r in results if isinstance(r, dict)
                and str(r.get("reporterCodeIsoAlpha3", "")).upper() == iso3 and not r.get("isGroup")]
        rows.sort(key=lambda r: r.get("entryExpiredDate") is not None)  # current entries first
        if not rows:
            raise PartnerlensError(f"Comtrade lists no reporter with ISO3 code {iso3}")
        code = rows[0].get("reporterCode")
        if isinstance(code, bool) or not isinstance(code, int) or not 0 < code < 10_000:
            raise PartnerlensError(f"Comtrade's reporter list gives {iso3} the code {str(code)[:40]!r}, not a number")
        return code

    def records(self, classification: str, year: int, reporter: int | None = None,
                partner: int | None = None) -> list[dict]:
        """Annual HS6 records for one year, totals over customs procedure, mode of transport and partner 2."""
        endpoint = "/data/v1/get" if self.key else "/public/v1/preview"
        params = {"period": str(year), "flowCode": "X,M", "cmdCode": "AG6", "partner2Code": "0", "customsCode": "C00",
                  "motCode": "0", "breakdownMode": "classic", "includeDesc": "false", "maxRecords": str(self.limit)}
        if reporter is not None:
            params["reporterCode"] = str(reporter)
        if partner is not None:
            params["partnerCode"] = str(partner)
        payload = self._get_json(f"{endpoint}/C/A/{classification}", params)
        data = payload.get("data")
        if not isinstance(data, list):
            raise PartnerlensError("Comtrade answered without a data list")
        if len(data) >= self.limit:
            hint = "pass --key for up to 250,000" if not self.key else "ask for fewer years at a time"
            raise PartnerlensError(f"Comtrade capped the answer for {year} at {self.limit:,} records; {hint}")
        return data


# -- records → reports ---------------------------------------------------------------------------------


def _strict_json(content: bytes, path: str) -> dict:
    """A Comtrade answer as a JSON object; NaN, Infinity, bad UTF-8 or deep nesting are one clear error."""

    def refuse(constant: str) -> None:
        raise PartnerlensError(f"Comtrade answered {path} with {constant}, which is not a number JSON allows")

    try:
        payload = json.loads(content.decode("utf-8"), parse_constant=refuse)
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise PartnerlensError(f"Comtrade answered {path} with something that is not JSON") from exc
    if not isinstance(payload, dict):
        raise PartnerlensError(f"Comtrade answered {path} with unexpected JSON")
    return payload


def _number(value: object) -> bool:
    """A finite JSON number (not a boolean, not a string)."""
    return isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)


def _report_rows(records: Iterable[dict], query: str, known: set[str], skipped: dict[str, int],
                 year_asked: int | None = None) -> list[dict]:
    """Keep 6-digit X/M records between two economies; orient them as flows; count what is left out.

    Values must be finite non-negative numbers and ``refYear`` the year asked for (or, when
    none is given, a plausible year); anything else is one clear error and nothing is stored.
    """
    rows = []
    last_year = datetime.now(timezone.utc).year + 1
    for record in records:
        if not isinstance(record, dict):
            raise PartnerlensError(f"Comtrade answered a record that is {type(record).__name__}, not an object")
        try:
            flow, product = record["flowCode"], str(record["cmdCode"])
            reporter, partner = str(record["reporterISO"]).upper(), str(record["partnerISO"]).upper()
            year, value = record["refYear"], record["primaryValue"]
        except KeyError as exc:
            raise PartnerlensError(f"Comtrade record without {exc}: not the format partnerlens reads") from exc
        if isinstance(year, bool) or not isinstance(year, int) or not 1962 <= year <= last_year or (
                year_asked is not None and year != year_asked):
            raise PartnerlensError(f"Comtrade record {reporter}–{partner} {product} has refYear {str(year)[:20]!r}"
                                   + (f", not the year asked for ({year_asked})" if year_asked else ""))
        if (flow not in ("X", "M") or len(product) != 6 or not (product.isascii() and product.isdigit()) or record.get("partnerCode") == 0
                or record.get("partner2Code", 0) != 0 or record.get("customsCode", "C00") != "C00"
                or record.get("motCode", 0) != 0 or reporter == partner):
            continue
        if reporter not in known or partner not in known:
            outsider = partner if reporter in known else reporter
            skipped[outsider] = skipped.get(outsider, 0) + 1
            continue
        if not _number(value) or value < 0:
            raise PartnerlensError(f"Comtrade record {reporter}–{partner} {product} {year} has value {str(value)[:40]!r}")
        weight = record.get("netWgt")
        if weight is not None and not _number(weight):
            raise PartnerlensError(f"Comtrade record {reporter}–{partner} {product} {year} has net weight {str(weight)[:40]!r}")
        rows.append({
            "year": year, "reporter": reporter, "partner": partner, "flow": flow,
            "exporter": reporter if flow == "X" else partner, "importer": partner if flow == "X" else reporter,
            "product": product, "value_usd": float(value),
            "quantity_t": float(weight) / 1000.0 if weight is not None and weight > 0 else None,
            "query": query,
        })
    return rows


def fetch_comtrade(
    store: TradeStore,
    reporter: str,
    years: Iterable[int],
    key: str | None = None,
    base_url: str | None = None,
    nomenclature: str = "HS92",
) -> IngestResult:
    """Fetch ``reporter``'s records and its partners' mirror records for ``years`` and ingest them."""
    iso3 = resolve_economy(reporter).iso3
    years = sorted(set(years))
    if not years:
        raise PartnerlensError("no years asked for")
    if nomenclature not in CLASSIFICATIONS:
        raise PartnerlensError(f"Comtrade fetch supports {', '.join(CLASSIFICATIONS)}, not {nomenclature}")
    known, skipped, rows = set(economies()), {}, []
    with ComtradeClient(key, base_url) as client:
        code = client.reporter_code(iso3)
        for year in years:
            for side in ({"reporter": code}, {"partner": code}):
                rows += _report_rows(client.records(CLASSIFICATIONS[nomenclature], year, **side), iso3, known, skipped, year)
    if not any(r["reporter"] == iso3 for r in rows):
        raise PartnerlensError(f"Comtrade has no {nomenclature} records reported by {iso3} for {_span(years)}; store unchanged")
    fetched = pa.Table.from_pylist(rows, schema=pa.schema(REPORT_COLUMNS))
    info = SourceInfo(name=SOURCE_NAME, kind="comtrade", nomenclature=nomenclature, release="as reported",
                      origin=client.base_url)

    def write(con: duckdb.DuckDBPyConnection, staging: Path) -> None:
        prepare(con)
        con.register("fetched", fetched)
        con.execute(f"CREATE TEMP TABLE reports AS SELECT * FROM fetched{_kept_reports(store, iso3, years)}")
        for (year,) in con.execute("SELECT DISTINCT year FROM reports ORDER BY year").fetchall():
            _write_reports(con, staging, year)
            write_year(con, staging, year,
                       f"SELECT year, exporter, importer, product, value_usd, quantity_t, {sql_string(SOURCE_NAME)} "
                       f"AS source FROM reports WHERE year = {int(year)} AND reporter = query")

    notes = [f"{len(rows):,} records for {iso3} in {_span(years)} ({sum(r['reporter'] != iso3 for r in rows):,} "
             "reported by partners, kept as mirror values)"]
    if skipped:
        listed = ", ".join(f"{code} ({n})" for code, n in sorted(skipped.items())[:8])
        notes.append(f"left out {sum(skipped.values()):,} records with partners that are not economies: {listed}")
    return ingest(store, info, write, tuple(notes))


def _kept_reports(store: TradeStore, iso3: str, years: list[int]) -> str:
    """SQL tail that adds the stored reports not replaced by this fetch (other reporters, other years)."""
    if not any(reports_dir(store).glob("year=*/*.parquet")):
        return ""
    glob = sql_string(str(reports_dir(store) / "year=*" / "*.parquet"))
    listed = ", ".join(map(str, years))
    return (f" UNION ALL SELECT * FROM read_parquet({glob}, hive_partitioning = false) "
            f"WHERE NOT (query = {sql_string(iso3)} AND year IN ({listed}))")


def _write_reports(con: duckdb.DuckDBPyConnection, staging: Path, year: int) -> None:
    folder = staging / "reports" / f"year={year}"
    folder.mkdir(parents=True, exist_ok=True)
    target = sql_string(str(folder / "part-0.parquet"))
    con.execute(f"COPY (SELECT * FROM reports WHERE year = {int(year)}) TO {target} (FORMAT parquet)")


def _span(years: list[int]) -> str:
    return f"{years[0]}–{years[-1]}" if len(years) > 1 else str(years[0])
