"""HS conversion on ingest: flows of any HS revision into the store's nomenclature (HS92 by default).

The weights are the Growth Lab's trade-weighted conversion tables shipped in
``atlas-common-data`` (``data/conversion_weights/conversion_weights_H{a}_to_H{b}.csv``,
columns ``H{a},H{b},weight,group_id``: one row per pair of codes that a code of
revision *a* maps to in the adjacent revision *b*, weights summing to 1 per
source code; rows with weight 0 name the members of a correspondence group that
received none of its value). Revisions are adjacent (H6 HS22 → H5 HS17 → … →
H0 HS92), so a conversion chains the tables and multiplies the weights along
the chain; the composite weights are normalised to sum to one per source code.

Conversion is exact in totals: a flow split over several target codes gives
every part ``value × weight`` except the part with the largest weight, which
gets what is left (``value − Σ others``), so the parts add up to the flow.
Parts that land on the same target code for the same year, exporter and
importer are added up (quantities only when every part has one: missing stays
missing).

What is recorded, inside the release's version directory (swapped in with it
by the one ingest path, so it can never disagree with the flows):

* ``conversion/year=YYYY/part-0.parquet``: one row per converted part —
  ``(year, exporter, importer, product, from_product, weight, value_usd, split)``
  where ``split`` says the source code was spread over several target codes;
* ``conversion.json``: from / to nomenclature, the tables used, total value,
  value that went through one-to-many splits and its share, codes without a
  conversion row (kept as they are, and counted).
"""

from __future__ import annotations

import json
import shutil
from functools import lru_cache
from importlib import metadata
from pathlib import Path
from typing import TYPE_CHECKING

import duckdb

from partnerlens.catalogue import CONVERSION_SUMMARY, FLOWS_PARQUET
from partnerlens.errors import PartnerlensError
from partnerlens.sql import one_row, sql_string
from partnerlens.store import SourceInfo, TradeStore, Writer

if TYPE_CHECKING:  # the composite weights are an Arrow table (DuckDB imports pyarrow when it makes one)
    import pyarrow as pa

DEFAULT_NOMENCLATURE = "HS92"
REVISIONS = {"HS92": "H0", "HS96": "H1", "HS02": "H2", "HS07": "H3", "HS12": "H4", "HS17": "H5", "HS22": "H6"}
ALIASES = {
    "H0": "HS92",
    "H1": "HS96",
    "H2": "HS02",
    "H3": "HS07",
    "H4": "HS12",
    "H5": "HS17",
    "H6": "HS22",
    "HS1992": "HS92",
    "HS1996": "HS96",
    "HS2002": "HS02",
    "HS2007": "HS07",
    "HS2012": "HS12",
    "HS2017": "HS17",
    "HS2022": "HS22",
}
SUMMARY_FILE = CONVERSION_SUMMARY
FLOW_KEYS = ("year", "exporter", "importer")


def canonical(nomenclature: str) -> str:
    """``HS92``… from what a source or a user writes (``H0``, ``HS1992``, ``hs22``); unknown text is kept upper-case."""
    text = (nomenclature or "").strip().upper()
    return ALIASES.get(text, text)


def convertible(source: str, target: str) -> bool:
    """True when both are HS revisions the Growth Lab tables link (HS92 … HS22)."""
    return canonical(source) in REVISIONS and canonical(target) in REVISIONS


def weights_folder() -> Path:
    """Where ``atlas-common-data`` keeps the conversion tables."""
    import atlas_common_data

    return Path(atlas_common_data.__file__).parent / "data" / "conversion_weights"


def chain(source: str, target: str) -> list[tuple[str, str]]:
    """The adjacent steps from one revision to another: HS22 → HS92 is H6→H5, H5→H4, …, H1→H0."""
    a, b = int(REVISIONS[canonical(source)][1]), int(REVISIONS[canonical(target)][1])
    step = -1 if b < a else 1
    return [(f"H{i}", f"H{i + step}") for i in range(a, b, step)]


def tables_used(source: str, target: str) -> list[str]:
    return [f"conversion_weights_{a}_to_{b}.csv" for a, b in chain(source, target)]


def load_weights(con: duckdb.DuckDBPyConnection, source: str, target: str, name: str = "hs_weights") -> None:
    """Create temp table ``name`` with the composite weights (built once per process, see :func:`_composite`)."""
    con.register("_hs_composite", _composite(canonical(source), canonical(target)))
    con.execute(f"CREATE OR REPLACE TEMP TABLE {name} AS SELECT * FROM _hs_composite")
    con.unregister("_hs_composite")


@lru_cache(maxsize=8)
def _composite(source: str, target: str) -> pa.Table:
    """The composite weights ``(from_product, product, weight, parts, largest)``, chained along the revisions.

    ``parts`` is how many target codes the source code is spread over; ``largest``
    marks the one part that takes the rounding remainder (largest weight, then code).
    """
    steps = chain(source, target)
    if not steps:
        raise PartnerlensError(f"no conversion needed from {source} to {target}")
    folder = weights_folder()
    current = None
    for index, (a, b) in enumerate(steps):
        path = folder / f"conversion_weights_{a}_to_{b}.csv"
        if not path.is_file():
            raise PartnerlensError(f"atlas-common-data has no conversion table {path.name}; reinstall it")
        table = (
            f"(SELECT lpad(CAST({a} AS VARCHAR), 6, '0') AS f, lpad(CAST({b} AS VARCHAR), 6, '0') AS t, "
            f"CAST(weight AS DOUBLE) AS w FROM read_csv({sql_string(str(path))}, header = true, all_varchar = true) "
            "WHERE CAST(weight AS DOUBLE) > 0)"
        )
        if current is None:
            current = f"SELECT f AS from_product, t AS product, w AS weight FROM {table}"
        else:
            current = (
                f"SELECT c.from_product, s.t AS product, sum(c.weight * s.w) AS weight "
                f"FROM ({current}) c JOIN {table} s ON s.f = c.product GROUP BY ALL"
            )
        current = f"SELECT * FROM ({current}) step{index}"
    with duckdb.connect() as con:
        return con.execute(
            "SELECT from_product, product, weight / sum(weight) OVER (PARTITION BY from_product) AS weight, "
            "count(*) OVER (PARTITION BY from_product) AS parts, "
            "row_number() OVER (PARTITION BY from_product ORDER BY weight DESC, product) = 1 AS largest "
            f"FROM ({current}) WHERE weight > 0"
        ).to_arrow_table()


@lru_cache(maxsize=8)
def weights(source: str, target: str) -> dict[str, dict[str, float]]:
    """The composite weights as ``{from_code: {to_code: weight}}`` (for tests and explanations)."""
    with duckdb.connect() as con:
        load_weights(con, source, target)
        out: dict[str, dict[str, float]] = {}
        for f, t, w in con.execute("SELECT from_product, product, weight FROM hs_weights").fetchall():
            out.setdefault(f, {})[t] = w
    return out


PARTS = "conversion_parts"  # temp table of converted parts, one row per (flow, target code)


def convert_relation(
    con: duckdb.DuckDBPyConnection, relation: str, source: str, target: str, out: str, record_where: str | None = "true"
) -> None:
    """Create temp table ``out``: ``relation`` (with ``product, value_usd, quantity_t``) converted to ``target``.

    The parts of the rows matching ``record_where`` (None: none) are appended to temp table
    ``conversion_parts`` (``year, exporter, importer, product, from_product, from_nomenclature,
    weight, value_usd, split, unmapped``).
    """
    load_weights(con, source, target, "hs_weights")
    columns = [r[0] for r in con.execute(f"DESCRIBE SELECT * FROM ({relation})").fetchall()]
    keys = [c for c in columns if c not in ("product", "value_usd", "quantity_t")]
    con.execute(
        "CREATE OR REPLACE TEMP TABLE parts AS "
        f"WITH s AS (SELECT *, row_number() OVER () AS rid FROM ({relation})), "
        "j AS (SELECT s.*, coalesce(w.product, s.product) AS to_product, coalesce(w.weight, 1.0) AS weight, "
        "coalesce(w.parts, 1) AS parts, coalesce(w.largest, true) AS largest, w.from_product IS NULL AS unmapped "
        "FROM s LEFT JOIN hs_weights w ON w.from_product = s.product) "
        "SELECT *, CASE WHEN largest THEN value_usd - coalesce(sum(CASE WHEN NOT largest THEN value_usd * weight END) "
        "OVER (PARTITION BY rid), 0) ELSE value_usd * weight END AS part_value, "
        "quantity_t * weight AS part_quantity FROM j"
    )
    aggregates = {
        "product": "to_product AS product",
        "value_usd": "sum(part_value) AS value_usd",
        "quantity_t": "CASE WHEN count(part_quantity) = count(*) THEN sum(part_quantity) END AS quantity_t",
    }
    selected = ", ".join(aggregates.get(c, c) for c in columns)
    group = ", ".join([*keys, "to_product"])
    con.execute(f"CREATE OR REPLACE TEMP TABLE {out} AS SELECT {selected} FROM parts GROUP BY {group}")
    if record_where is None:
        return
    con.execute(
        f"CREATE TEMP TABLE IF NOT EXISTS {PARTS} (year INTEGER, exporter VARCHAR, importer VARCHAR, "
        "product VARCHAR, from_product VARCHAR, from_nomenclature VARCHAR, weight DOUBLE, value_usd DOUBLE, "
        "split BOOLEAN, unmapped BOOLEAN)"
    )
    con.execute(
        f"INSERT INTO {PARTS} SELECT year, exporter, importer, to_product, product, ?, weight, part_value, "
        f"parts > 1, unmapped FROM parts WHERE {record_where}",
        [canonical(source)],
    )


def write_records(con: duckdb.DuckDBPyConnection, staging: Path, sources: list[str], target: str) -> dict:
    """Write ``conversion/year=YYYY/`` and ``conversion.json`` from the recorded parts; return the summary."""
    con.execute(
        f"CREATE TEMP TABLE IF NOT EXISTS {PARTS} (year INTEGER, exporter VARCHAR, importer VARCHAR, "
        "product VARCHAR, from_product VARCHAR, from_nomenclature VARCHAR, weight DOUBLE, value_usd DOUBLE, "
        "split BOOLEAN, unmapped BOOLEAN)"
    )
    for (year,) in con.execute(f"SELECT DISTINCT year FROM {PARTS} ORDER BY 1").fetchall():
        folder = staging / "conversion" / f"year={year}"
        folder.mkdir(parents=True, exist_ok=True)
        con.execute(
            f"COPY (SELECT * FROM {PARTS} WHERE year = {int(year)}) TO {sql_string(str(folder / 'part-0.parquet'))} (FORMAT parquet)"
        )
    total, split, unmapped_value = one_row(
        con,
        f"SELECT coalesce(sum(value_usd), 0), coalesce(sum(value_usd) FILTER (WHERE split), 0), "
        f"coalesce(sum(value_usd) FILTER (WHERE unmapped), 0) FROM {PARTS}",
    )
    unmapped = [
        r[0]
        for r in con.execute(f"SELECT DISTINCT from_product FROM {PARTS} WHERE unmapped ORDER BY 1 LIMIT 20").fetchall()
    ]
    try:
        version = metadata.version("atlas-common-data")
    except metadata.PackageNotFoundError:  # pragma: no cover - a dependency
        version = "unknown"
    tables = sorted({t for s in sources for t in tables_used(s, target)})
    summary = {
        "from": ", ".join(sorted({canonical(s) for s in sources})),
        "to": canonical(target),
        "weights": f"Growth Lab conversion weights, atlas-common-data {version}: " + ", ".join(tables),
        "value_usd": float(total),
        "split_value_usd": float(split),
        "split_share": float(split / total) if total else 0.0,
        "unmapped_codes": unmapped,
        "unmapped_value_usd": float(unmapped_value),
    }
    (staging / SUMMARY_FILE).write_text(json.dumps(summary, indent=1))
    return summary


def converting(write: Writer, source: str, target: str) -> tuple[Writer, dict]:
    """Wrap a source's writer so that what it writes in ``source`` is stored in ``target``.

    Returns the wrapped writer and a dict that it fills with the conversion summary.
    """
    summary: dict = {}

    def wrapped(con: duckdb.DuckDBPyConnection, staging: Path) -> None:
        native = staging / ".native"
        native.mkdir()
        write(con, native)
        for file in sorted(native.rglob("*.parquet")):
            relative = file.relative_to(native)
            out = staging / relative
            out.parent.mkdir(parents=True, exist_ok=True)
            is_flows = relative.parts[0].startswith("year=")
            convert_relation(
                con,
                f"SELECT * FROM read_parquet({sql_string(str(file))}, hive_partitioning = false)",
                source,
                target,
                "converted",
                "true" if is_flows else None,
            )
            con.execute(f"COPY converted TO {sql_string(str(out))} ({FLOWS_PARQUET})")
        for other in native.rglob("*"):
            if other.is_file() and other.suffix != ".parquet":
                (staging / other.relative_to(native)).parent.mkdir(parents=True, exist_ok=True)
                shutil.copy2(other, staging / other.relative_to(native))
        shutil.rmtree(native)
        summary.update(write_records(con, staging, [source], target))

    return wrapped, summary


def conversion(store: TradeStore, info: SourceInfo) -> dict | None:
    """The conversion summary of a release in the store, or None when it was ingested in the store's own revision."""
    try:
        return json.loads((store.source_path(info) / SUMMARY_FILE).read_text())
    except (OSError, ValueError):
        return None


def describe(summary: dict) -> str:
    """One line for users: ``converted from HS22 to HS92 (Growth Lab weights); 3.1% of value split one-to-many``."""
    line = (
        f"converted from {summary['from']} to {summary['to']} with the Growth Lab's trade-weighted conversion weights; "
        f"{summary['split_share'] * 100:.1f}% of its value went through one-to-many splits"
    )
    if summary.get("unmapped_codes"):
        line += f"; {len(summary['unmapped_codes'])} codes without a conversion row kept as they are"
    return line
