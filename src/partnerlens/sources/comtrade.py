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
queries need ``--key`` (or ``$PARTNERLENS_COMTRADE_KEY`` / ``$COMTRADE_API_KEY``), sent in the
``Ocp-Apim-Subscription-Key`` header only. Records are asked for in HS as reported
(``clCode=HS``) and converted from each record's revision on ingest
(:mod:`partnerlens.sources.hs_convert`); answers are kept under ``downloads/comtrade/``
until ingested, so a run stopped by the rate limit or the quota resumes.

The API client is :mod:`partnerlens.sources.comtrade_api`; this module checks the
records, keeps the answers and stores them.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable
from datetime import UTC, datetime
from pathlib import Path

import duckdb
import pyarrow as pa

from partnerlens.errors import PartnerlensError
from partnerlens.reference import economies, resolve_economy
from partnerlens.sources import IngestResult, ingest, prepare, sql_string, write_year
from partnerlens.sources.comtrade_api import (  # noqa: F401 (re-exported: the client, by its old path)
    BASE_URL_ENV,
    DEFAULT_BASE_URL,
    KEY_ENV,
    KEY_ENVS,
    KEY_HEADER,
    KEY_LIMIT,
    PREVIEW_LIMIT,
    TIMEOUT,
    ComtradeClient,
    QuotaError,
    quota_message,
)
from partnerlens.store import SourceInfo, TradeStore

SOURCE_NAME = "comtrade"
AS_REPORTED = "HS"  # Comtrade's clCode for HS "as reported": each record says its revision (classificationCode)
CLASSIFICATIONS = {"HS92": "H0", "HS12": "H4", "HS22": "H6"}  # kept for callers; requests ask for HS as reported
REPORT_COLUMNS = {
    "year": pa.int32(),
    "reporter": pa.string(),
    "partner": pa.string(),
    "flow": pa.string(),
    "exporter": pa.string(),
    "importer": pa.string(),
    "product": pa.string(),
    "value_usd": pa.float64(),
    "quantity_t": pa.float64(),
    "query": pa.string(),
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


# -- records → reports ---------------------------------------------------------------------------------


def _number(value: object) -> bool:
    """A finite JSON number (not a boolean, not a string)."""
    return isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)


def _report_rows(
    records: Iterable[dict], query: str, known: set[str], skipped: dict[str, int], year_asked: int | None = None
) -> list[dict]:
    """Keep 6-digit X/M records between two economies; orient them as flows; count what is left out.

    Values must be finite non-negative numbers and ``refYear`` the year asked for (or, when
    none is given, a plausible year); anything else is one clear error and nothing is stored.
    """
    rows = []
    last_year = datetime.now(UTC).year + 1
    for record in records:
        if not isinstance(record, dict):
            raise PartnerlensError(f"Comtrade answered a record that is {type(record).__name__}, not an object")
        try:
            flow, product = record["flowCode"], str(record["cmdCode"])
            reporter, partner = str(record["reporterISO"]).upper(), str(record["partnerISO"]).upper()
            year, value = record["refYear"], record["primaryValue"]
        except KeyError as exc:
            raise PartnerlensError(f"Comtrade record without {exc}: not the format partnerlens reads") from exc
        if (
            isinstance(year, bool)
            or not isinstance(year, int)
            or not 1962 <= year <= last_year
            or (year_asked is not None and year != year_asked)
        ):
            raise PartnerlensError(
                f"Comtrade record {reporter}–{partner} {product} has refYear {str(year)[:20]!r}"
                + (f", not the year asked for ({year_asked})" if year_asked else "")
            )
        if (
            flow not in ("X", "M")
            or len(product) != 6
            or not (product.isascii() and product.isdigit())
            or record.get("partnerCode") == 0
            or record.get("partner2Code", 0) != 0
            or record.get("customsCode", "C00") != "C00"
            or record.get("motCode", 0) != 0
            or reporter == partner
        ):
            continue
        if reporter not in known or partner not in known:
            outsider = partner if reporter in known else reporter
            skipped[outsider] = skipped.get(outsider, 0) + 1
            continue
        if not _number(value) or value < 0:
            raise PartnerlensError(
                f"Comtrade record {reporter}–{partner} {product} {year} has value {str(value)[:40]!r}"
            )
        weight = record.get("netWgt")
        if weight is not None and not _number(weight):
            raise PartnerlensError(
                f"Comtrade record {reporter}–{partner} {product} {year} has net weight {str(weight)[:40]!r}"
            )
        rows.append(
            {
                "year": year,
                "reporter": reporter,
                "partner": partner,
                "flow": flow,
                "exporter": reporter if flow == "X" else partner,
                "importer": partner if flow == "X" else reporter,
                "product": product,
                "value_usd": float(value),
                "quantity_t": float(weight) / 1000.0 if weight is not None and weight > 0 else None,
                "query": query,
                "classification": str(record.get("classificationCode") or "H0"),
            }
        )
    return rows


def fetch_comtrade(
    store: TradeStore,
    reporter: str,
    years: Iterable[int],
    key: str | None = None,
    base_url: str | None = None,
    nomenclature: str = "HS92",
) -> IngestResult:
    """Fetch ``reporter``'s records and its partners' mirror records for ``years`` and ingest them.

    Records come in HS as reported (each in its own revision) and are converted to the store's
    nomenclature on ingest. Every answer is kept under ``downloads/comtrade/`` until the ingest
    succeeds, so a run stopped by Comtrade's rate limit or quota continues where it stopped.
    """
    from partnerlens.sources import hs_convert

    iso3 = resolve_economy(reporter).iso3
    years = sorted(set(years))
    if not years:
        raise PartnerlensError("no years asked for")
    target = hs_convert.canonical(_store_nomenclature(store) or nomenclature)
    if target not in hs_convert.REVISIONS:
        raise PartnerlensError(f"Comtrade fetch converts into an HS revision (HS92 … HS22), not {nomenclature}")
    known, rows = set(economies()), []
    skipped: dict[str, int] = {}
    cache = store.workspace.downloads_dir / "comtrade"
    with ComtradeClient(key, base_url) as client:
        answers = _fetch_all(client, iso3, years, cache)
    try:
        for (_side, year), data in answers.items():
            rows += _report_rows(data, iso3, known, skipped, year)
    except PartnerlensError:
        for file in answers.files:  # a bad answer is never reused by the next run
            file.unlink(missing_ok=True)
        raise
    if not any(r["reporter"] == iso3 for r in rows):
        raise PartnerlensError(f"Comtrade has no HS records reported by {iso3} for {_span(years)}; store unchanged")
    fetched = pa.Table.from_pylist(rows, schema=pa.schema(REPORT_COLUMNS | {"classification": pa.string()}))
    info = SourceInfo(
        name=SOURCE_NAME, kind="comtrade", nomenclature=target, release="as reported", origin=client.base_url
    )
    revisions = sorted({hs_convert.canonical(c) for c in fetched.column("classification").to_pylist()})
    unknown = [r for r in revisions if r not in hs_convert.REVISIONS]
    if unknown:
        raise PartnerlensError(
            f"Comtrade answered records in {', '.join(unknown)}, not an HS revision partnerlens converts"
        )
    converted = [r for r in revisions if r != target]

    def write(con: duckdb.DuckDBPyConnection, staging: Path) -> None:
        prepare(con)
        con.register("fetched", fetched)
        parts = []
        for revision in revisions:
            codes = ", ".join(
                sql_string(c)
                for c in fetched.column("classification").unique().to_pylist()
                if hs_convert.canonical(c) == revision
            )
            relation = f"SELECT * EXCLUDE (classification) FROM fetched WHERE classification IN ({codes})"
            if revision == target:
                parts.append(relation)
                continue
            table = f"converted_{revision.lower()}"
            hs_convert.convert_relation(con, relation, revision, target, table, "reporter = query")
            parts.append(f"SELECT * FROM {table}")
        con.execute(f"CREATE TEMP TABLE reports AS {' UNION ALL '.join(parts)}{_kept_reports(store, iso3, years)}")
        for (year,) in con.execute("SELECT DISTINCT year FROM reports ORDER BY year").fetchall():
            _write_reports(con, staging, year)
            write_year(
                con,
                staging,
                year,
                f"SELECT year, exporter, importer, product, value_usd, quantity_t, {sql_string(SOURCE_NAME)} "
                f"AS source FROM reports WHERE year = {int(year)} AND reporter = query",
            )
        if converted:
            summary.update(hs_convert.write_records(con, staging, converted, target))

    summary: dict = {}
    notes = [
        f"{len(rows):,} records for {iso3} in {_span(years)} ({sum(r['reporter'] != iso3 for r in rows):,} "
        "reported by partners, kept as mirror values)"
    ]
    if skipped:
        listed = ", ".join(f"{code} ({n})" for code, n in sorted(skipped.items())[:8])
        notes.append(f"left out {sum(skipped.values()):,} records with partners that are not economies: {listed}")
    result = ingest(store, info, write, tuple(notes))
    for file in answers.files:
        file.unlink(missing_ok=True)
    if summary:
        result = IngestResult(result.source, (*result.notes, f"{SOURCE_NAME}: {hs_convert.describe(summary)}"))
    return result


def _store_nomenclature(store: TradeStore) -> str | None:
    others = {s.nomenclature for s in store.sources() if s.name != SOURCE_NAME and s.nomenclature != "TOTAL"}
    return next(iter(others)) if len(others) == 1 else None


class _Answers(dict):
    """Answers by (side, year), with the cache files they came from or were written to."""

    files: list[Path]


def _fetch_all(client: ComtradeClient, iso3: str, years: list[int], cache: Path) -> _Answers:
    """Every (side, year) answer, from the cache when an earlier run fetched it, else from Comtrade (then cached).

    On a rate-limit or quota answer, what was fetched stays cached and the error says how far the run got.
    """
    answers, code = _Answers(), None
    answers.files = []
    asks = [(side, year) for year in years for side in ("reporter", "partner")]
    cache.mkdir(parents=True, exist_ok=True)
    for done, (side, year) in enumerate(asks):
        file = cache / f"{iso3}-{year}-{side}-{AS_REPORTED}.json"
        answers.files.append(file)
        try:
            answers[(side, year)] = json.loads(file.read_text())["data"]
            continue
        except (OSError, ValueError, KeyError, TypeError):
            pass
        try:
            if code is None:
                code = client.reporter_code(iso3)
            data = client.records(AS_REPORTED, year, **{side: code})
        except QuotaError as exc:
            raise QuotaError(
                f"{exc}; {done} of {len(asks)} requests done and kept in {cache}: "
                "run the same command again to continue"
            ) from None
        partial = file.with_suffix(".part")
        partial.write_text(json.dumps({"data": data}))
        partial.replace(file)
        answers[(side, year)] = data
    return answers


def _kept_reports(store: TradeStore, iso3: str, years: list[int]) -> str:
    """SQL tail that adds the stored reports not replaced by this fetch (other reporters, other years)."""
    if not any(reports_dir(store).glob("year=*/*.parquet")):
        return ""
    glob = sql_string(str(reports_dir(store) / "year=*" / "*.parquet"))
    listed = ", ".join(map(str, years))
    return (
        f" UNION ALL SELECT * FROM read_parquet({glob}, hive_partitioning = false) "
        f"WHERE NOT (query = {sql_string(iso3)} AND year IN ({listed}))"
    )


def _write_reports(con: duckdb.DuckDBPyConnection, staging: Path, year: int) -> None:
    folder = staging / "reports" / f"year={year}"
    folder.mkdir(parents=True, exist_ok=True)
    target = sql_string(str(folder / "part-0.parquet"))
    con.execute(f"COPY (SELECT * FROM reports WHERE year = {int(year)}) TO {target} (FORMAT parquet)")


def _span(years: list[int]) -> str:
    return f"{years[0]}–{years[-1]}" if len(years) > 1 else str(years[0])
