"""IMF International Trade in Goods by partner country (IMTS, formerly DOTS): monthly goods trade by partner.

The IMF publishes total goods exports and imports of each economy with each
partner, monthly, quarterly and annually, including estimates for economies that
report late or not at all (derived from their partners' reports). It is served
by the IMF's SDMX 3.0 API as dataflow ``IMF.STA/IMTS`` with the key
``COUNTRY.INDICATOR.COUNTERPART_COUNTRY.FREQUENCY``; with ``Accept:
application/vnd.sdmx.data+csv`` the answer is SDMX-CSV, one observation a line::

    STRUCTURE,STRUCTURE_ID,ACTION,COUNTRY,INDICATOR,COUNTERPART_COUNTRY,FREQUENCY,TIME_PERIOD,OBS_VALUE,...
    dataflow,IMF.STA:IMTS(1.0.0),I,RWA,XG_FOB_USD,AZE,M,2025-M10,152340.5,...

What is read: ``COUNTRY`` and ``COUNTERPART_COUNTRY`` (ISO3; aggregates such as
``G001`` World are left out and counted), ``INDICATOR`` ``XG_FOB_USD`` (exports,
FOB), ``MG_CIF_USD`` (imports, CIF) or ``MG_FOB_USD`` (imports, FOB); other
indicators (the balance ``TBG_USD``) are skipped. ``FREQUENCY`` ``M`` and
``TIME_PERIOD`` ``YYYY-MNN``. ``OBS_VALUE`` in US dollars, times ``10^UNIT_MULT``
(or ``SCALE``) when the file carries that attribute. An observation is flagged
*estimated* when ``OBS_STATUS`` (or ``STATUS``) is ``E`` or the optional
``DERIVATION_TYPE`` says it was derived from partner data. Unknown columns are
ignored; a missing required column, a bad period, or a value that is not a
finite non-negative number fails in one line naming the line, and nothing is
stored.

The observations go into the source's own **monthly table** (not the product
flows): ``monthly/part-0.parquet`` in the release's version directory, swapped
in atomically by the one ingest path, with columns ``year, month, reporter,
partner, flow (X|M), exporter, importer, value_usd, basis (FOB|CIF), estimated,
source``. The catalogue row has no product flows (rows 0, nomenclature
``TOTAL``), so no product analysis ever reads it.
"""

from __future__ import annotations

import csv
import io
import math
import os
import re
from collections.abc import Iterable
from pathlib import Path

import duckdb
import pyarrow as pa

from partnerlens import settings
from partnerlens.catalogue import IMF_TRADE_KIND
from partnerlens.errors import PartnerlensError
from partnerlens.reference import economies
from partnerlens.sources import IngestResult, ingest
from partnerlens.sources.baci import file_sha256
from partnerlens.sql import sql_string
from partnerlens.store import FLOW_COLUMNS, SourceInfo, TradeStore

SOURCE_NAME = "imf-trade"
KIND = IMF_TRADE_KIND
NOMENCLATURE = "TOTAL"  # total goods: no product codes
DEFAULT_BASE_URL = "https://api.imf.org/external/sdmx/3.0/data/dataflow/IMF.STA/IMTS/1.0.0"
BASE_URL_ENV = settings.BASE_URL_ENVS["imf"]
INDICATORS = {"XG_FOB_USD": ("X", "FOB"), "MG_CIF_USD": ("M", "CIF"), "MG_FOB_USD": ("M", "FOB")}
REQUIRED = ("COUNTRY", "INDICATOR", "COUNTERPART_COUNTRY", "FREQUENCY", "TIME_PERIOD", "OBS_VALUE")
MONTHLY_COLUMNS = {
    "year": pa.int32(),
    "month": pa.int32(),
    "reporter": pa.string(),
    "partner": pa.string(),
    "flow": pa.string(),
    "exporter": pa.string(),
    "importer": pa.string(),
    "value_usd": pa.float64(),
    "basis": pa.string(),
    "estimated": pa.bool_(),
    "source": pa.string(),
}
_PERIOD = re.compile(r"(\d{4})-M(\d{2})")
_MAX_BYTES = 2 << 30


def read_sdmx_csv(path: Path, known: set[str]) -> tuple[pa.Table, dict[str, int]]:
    """The monthly observations of an IMTS SDMX-CSV file, and counts of what was left out (by reason)."""
    if not path.is_file():
        raise PartnerlensError(f"{path}: no such file")
    if path.stat().st_size > _MAX_BYTES:
        raise PartnerlensError(f"{path.name}: larger than {_MAX_BYTES >> 30} GB; not an IMTS download")
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise PartnerlensError(f"{path.name}: not UTF-8 text; not an IMTS SDMX-CSV file") from exc
    reader = csv.DictReader(io.StringIO(text))
    header = reader.fieldnames or []
    missing = [c for c in REQUIRED if c not in header]
    if missing:
        raise PartnerlensError(
            f"{path.name}: no column {', '.join(missing)}; not an IMTS SDMX-CSV file (expected {', '.join(REQUIRED)})"
        )
    rows: dict[str, list] = {c: [] for c in MONTHLY_COLUMNS}
    skipped: dict[str, int] = {}
    seen: set[tuple] = set()
    for line, record in enumerate(reader, start=2):
        if None in record or any(v is None for v in record.values()):
            raise PartnerlensError(f"{path.name} line {line}: wrong number of fields")
        indicator, freq = record["INDICATOR"].strip(), record["FREQUENCY"].strip()
        if indicator not in INDICATORS or freq != "M":
            skipped[f"indicator {indicator}" if indicator not in INDICATORS else f"frequency {freq}"] = (
                skipped.get(f"indicator {indicator}" if indicator not in INDICATORS else f"frequency {freq}", 0) + 1
            )
            continue
        reporter, partner = record["COUNTRY"].strip().upper(), record["COUNTERPART_COUNTRY"].strip().upper()
        if reporter not in known or partner not in known or reporter == partner:
            skipped["aggregates and unknown economies"] = skipped.get("aggregates and unknown economies", 0) + 1
            continue
        period = _PERIOD.fullmatch(record["TIME_PERIOD"].strip())
        if not period or not 1 <= int(period[2]) <= 12:
            raise PartnerlensError(
                f"{path.name} line {line}: TIME_PERIOD {record['TIME_PERIOD'][:20]!r} is not a month (YYYY-MNN)"
            )
        raw = record["OBS_VALUE"].strip()
        if raw in ("", "NA", "NaN"):
            skipped["missing values"] = skipped.get("missing values", 0) + 1
            continue
        value = _number(raw) * 10.0 ** _scale(record, path, line)
        if not math.isfinite(value) or value < 0:
            raise PartnerlensError(f"{path.name} line {line}: OBS_VALUE {raw[:30]!r} is not an amount in US dollars")
        flow, basis = INDICATORS[indicator]
        key = (int(period[1]), int(period[2]), reporter, partner, flow)
        if key in seen:
            raise PartnerlensError(
                f"{path.name} line {line}: a second {indicator} for {reporter}–{partner} {record['TIME_PERIOD']}"
            )
        seen.add(key)
        status = (record.get("OBS_STATUS") or record.get("STATUS") or "").strip().upper()
        derivation = (record.get("DERIVATION_TYPE") or "").strip().lower()
        for column, item in zip(
            MONTHLY_COLUMNS,
            (
                key[0],
                key[1],
                reporter,
                partner,
                flow,
                reporter if flow == "X" else partner,
                partner if flow == "X" else reporter,
                value,
                basis,
                status == "E" or "partner" in derivation,
                SOURCE_NAME,
            ),
            strict=True,
        ):
            rows[column].append(item)
    if not rows["year"]:
        raise PartnerlensError(f"{path.name}: no monthly exports or imports between economies; nothing was stored")
    return pa.table(rows, schema=pa.schema(MONTHLY_COLUMNS)), skipped


def _number(raw: str) -> float:
    try:
        return float(raw)
    except ValueError:
        return math.nan


def _scale(record: dict, path: Path, line: int) -> int:
    text = (record.get("UNIT_MULT") or record.get("SCALE") or "0").strip() or "0"
    if not re.fullmatch(r"-?\d{1,2}", text):
        raise PartnerlensError(f"{path.name} line {line}: UNIT_MULT {text[:20]!r} is not a power of ten")
    return int(text)


def ingest_file(store: TradeStore, path: Path, origin: str | None = None, sha256: str | None = None) -> IngestResult:
    """Ingest an IMTS SDMX-CSV file into the monthly table of source ``imf-trade`` (replacing the earlier one)."""
    table, skipped = read_sdmx_csv(Path(path), set(economies()))
    months = sorted(
        {(y, m) for y, m in zip(table.column("year").to_pylist(), table.column("month").to_pylist(), strict=True)}
    )
    info = SourceInfo(
        name=SOURCE_NAME,
        kind=KIND,
        nomenclature=NOMENCLATURE,
        release=f"monthly {months[0][0]}-{months[0][1]:02d} to {months[-1][0]}-{months[-1][1]:02d}",
        sha256=sha256 or file_sha256(Path(path)),
        origin=origin or str(Path(path).resolve()),
    )

    def write(con: duckdb.DuckDBPyConnection, staging: Path) -> None:
        import pyarrow.parquet as pq  # here, not at the top: a brief reads monthly files without it (issue 16)

        (staging / "monthly").mkdir()
        pq.write_table(table, staging / "monthly" / "part-0.parquet")
        for year in sorted({y for y, _ in months}):  # the store's layout: an (empty) flows file per year
            folder = staging / f"year={year}"
            folder.mkdir()
            empty = ", ".join(f"NULL::{t} AS {c}" for c, t in FLOW_COLUMNS.items())
            con.execute(
                f"COPY (SELECT {empty} WHERE false) TO {sql_string(str(folder / 'part-0.parquet'))} (FORMAT parquet)"
            )

    estimated = sum(table.column("estimated").to_pylist())
    notes = [
        f"{table.num_rows:,} monthly observations, {months[0][0]}-{months[0][1]:02d} to "
        f"{months[-1][0]}-{months[-1][1]:02d} ({estimated:,} estimated by the IMF from partner data)"
    ]
    if skipped:
        notes.append("left out " + ", ".join(f"{n:,} {why}" for why, n in sorted(skipped.items())))
    return ingest(store, info, write, tuple(notes))


def series_url(reporters: Iterable[str], base_url: str | None = None) -> str:
    """The IMTS address of monthly exports and imports of ``reporters`` with every partner."""
    from partnerlens.sources.download import check_url

    base = settings.current().base_url("imf", base_url, DEFAULT_BASE_URL)
    check_url(base)
    codes = sorted({r.upper() for r in reporters})
    if not codes or not all(re.fullmatch(r"[A-Z]{3}", c) for c in codes):
        raise PartnerlensError("IMF trade: give reporters as ISO3 codes, e.g. RWA")
    return f"{base}/{'+'.join(codes)}.{'+'.join(INDICATORS)}.*.M"


def get_imf_trade(
    store: TradeStore,
    reporters: Iterable[str],
    base_url: str | None = None,
    expected_sha256: str | None = None,
    progress=None,
) -> IngestResult:
    """Download the monthly series of ``reporters`` (resumable, checksummed, like ``data get baci``) and ingest them."""
    from partnerlens.sources.download import download

    url = series_url(reporters, base_url)
    name = "imf-trade-" + "-".join(sorted({r.upper() for r in reporters})) + ".csv"
    target = store.workspace.downloads_dir / name
    if not target.exists():
        download(url, target, progress, keep=_keep_if_csv, headers={"Accept": "application/vnd.sdmx.data+csv"})
    sha256 = file_sha256(target)
    if expected_sha256 and sha256 != expected_sha256.lower():
        target.unlink()
        raise PartnerlensError(
            f"{target.name}: checksum mismatch (expected sha256 {expected_sha256}, got {sha256}); the file was deleted"
        )
    try:
        result = ingest_file(store, target, origin=url, sha256=sha256)
    except PartnerlensError:
        target.unlink(missing_ok=True)  # a malformed answer is never reused
        raise
    target.unlink(missing_ok=True)  # a monthly series is revised every month: fetch afresh next time
    return result


def _keep_if_csv(url: str, part: Path, target: Path) -> None:
    """Keep the finished download only when it starts like SDMX-CSV (a header naming the IMTS dimensions)."""
    with part.open("rb") as handle:
        head = handle.read(4096).decode("utf-8", "replace")
    if "COUNTRY" in head.split("\n", 1)[0] and "OBS_VALUE" in head.split("\n", 1)[0]:
        os.replace(part, target)
        return
    part.unlink(missing_ok=True)
    raise PartnerlensError(f"{url} answered with something that is not IMTS SDMX-CSV; nothing was kept")


def monthly_files(store: TradeStore) -> list[Path]:
    """The monthly tables of the store's monthly sources (current versions)."""
    return [
        store.source_path(s) / "monthly" / "part-0.parquet"
        for s in store.sources()
        if s.kind == KIND and (store.source_path(s) / "monthly" / "part-0.parquet").is_file()
    ]
