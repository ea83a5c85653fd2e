"""What the store reads back from a release's staged Parquet before it commits it (:meth:`TradeStore.ingest`).

The catalogue records exactly what was written: its rows, years and total value, read from the staged files,
after the store's own checks (the columns it expects, no row under another source's name, no DOUBLE that is not
finite). Issue 16 (b12ingest): what the files' footers already say is read there rather than by a scan — the
years and the source name are the per-row-group minimum and maximum DuckDB wrote with them (a constant column
per year file) — so the one scan reads the DOUBLE columns only (rows, sums). A footer without those statistics,
or statistics that do not settle the question (a row group of two years, a name that is not the source's), falls
back to reading the column in that same scan, so the refusals are those of a full scan.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import duckdb

from partnerlens.catalogue import SourceInfo
from partnerlens.errors import PartnerlensError
from partnerlens.sql import one_row, sql_string, sql_string_list


def summarise(
    con: duckdb.DuckDBPyConnection, staging: Path, info: SourceInfo, version: str, expected: dict[str, str]
) -> SourceInfo:
    """``info`` as the catalogue will record it: rows, years and value of the staged files (checked)."""
    files = sorted(str(f) for f in staging.glob("year=*/*.parquet"))
    if not files:
        raise PartnerlensError(f"ingest of {info.name} produced no rows; store unchanged")
    staged = f"read_parquet({sql_string(str(staging) + '/year=*/*.parquet')}, hive_partitioning = false)"
    columns = [row[0] for row in con.execute(f"DESCRIBE SELECT * FROM {staged}").fetchall()]
    if columns != list(expected):
        raise PartnerlensError(
            f"ingest of {info.name} wrote columns {', '.join(columns)}, expected {', '.join(expected)}; store unchanged"
        )
    years, one_source = footer_facts(con, files, info.name)
    doubles = [c for c, t in expected.items() if t == "DOUBLE"]
    # A sum of finite numbers is finite unless it overflows, and NaN or ±inf make any sum non-finite: so
    # finite sums prove every value finite, for a third of the CPU of testing each row; the rows are
    # counted only when a sum is not finite (a bad value, or an overflow that the count then clears).
    sums_finite = " AND ".join(f"coalesce(isfinite(sum({c})), true)" for c in doubles) or "true"
    value_sql = "coalesce(sum(value_usd), 0)" if "value_usd" in expected else "0"
    years_sql = "NULL" if years is not None else "list(DISTINCT year ORDER BY year)"
    foreign_sql = "0" if one_source else "count(*) FILTER (WHERE source IS DISTINCT FROM ?)"
    rows, value, scanned_years, foreign, finite_sums = one_row(
        con,
        f"SELECT count(*), {value_sql}, {years_sql}, {foreign_sql}, {sums_finite} FROM {staged}",
        [] if one_source else [info.name],
    )
    if foreign:
        raise PartnerlensError(f"ingest of {info.name} wrote {foreign} rows under another source name; store unchanged")
    infinite = 0 if finite_sums else not_finite_rows(con, staged, doubles)
    if infinite:  # the sources check their values; this is the store's own guarantee
        raise PartnerlensError(
            f"ingest of {info.name} wrote {infinite} rows with a value that is not finite; store unchanged"
        )
    return SourceInfo(
        name=info.name,
        kind=info.kind,
        nomenclature=info.nomenclature,
        release=info.release,
        sha256=info.sha256,
        origin=info.origin,
        synthetic=info.synthetic,
        years=tuple(years if years is not None else scanned_years or ()),
        rows=int(rows),
        value_usd=float(value),
        ingested_at=datetime.now(UTC).replace(tzinfo=None),
        version=version,
    )


def footer_facts(con: duckdb.DuckDBPyConnection, files: list[str], name: str) -> tuple[list[int] | None, bool]:
    """From the files' footers: their years (None when the statistics do not settle them) and whether every row
    is under source ``name`` (False when they do not prove it).

    A row group whose ``year`` statistics have one value and no NULL holds that year only; one whose ``source``
    statistics are exactly ``name`` at both ends, with no NULL, holds no other name. Row groups without rows
    say nothing and are skipped.
    """
    groups = con.execute(
        "SELECT path_in_schema, stats_min_value, stats_max_value, stats_null_count, "
        "coalesce(min_is_exact AND max_is_exact, true) "
        f"FROM parquet_metadata({sql_string_list(files)}) "
        "WHERE path_in_schema IN ('year', 'source') AND row_group_num_rows > 0"
    ).fetchall()
    years: set[int] | None = set()
    one_source = True
    for column, low, high, nulls, exact in groups:
        settled = low is not None and low == high and nulls == 0 and exact
        if column == "year":
            if not settled or years is None or not low.lstrip("-").isdigit():
                years = None
            else:
                years.add(int(low))
        elif not settled or low != name:
            one_source = False
    return (sorted(years) if years is not None else None), one_source


def not_finite_rows(con: duckdb.DuckDBPyConnection, staged: str, doubles: list[str]) -> int:
    """Rows of the staged flows holding NaN or ±inf in a DOUBLE column (NULL is missing, not infinite)."""
    finite = " OR ".join(f"NOT isfinite(coalesce({c}, 0))" for c in doubles)
    return int(one_row(con, f"SELECT count(*) FROM {staged} WHERE {finite}")[0])
