"""The files of ``atlas-common-data`` read without pandas, as pandas would read them.

``atlas_common_data``'s loaders return DataFrames, and importing the package
imports pandas (and ``requests``): most of what a ``partnerlens profile`` used to
spend before its first query. The reference tables a profile needs (economies,
groups, product names, published figures) are small CSV and Parquet files; this
module finds the installed package's data folder without importing it and reads
its CSV files with :mod:`csv`, turning the cells pandas reads as missing
(``NA``, ``null``, empty …: :data:`MISSING`) into None, so that every lookup
built from them is the one built from the DataFrames before
(``tests/test_reference_atlas.py`` compares them).
"""

from __future__ import annotations

import csv
import hashlib
import importlib.util
import marshal
import re
import sys
from collections.abc import Callable, Iterator
from functools import cache
from pathlib import Path
from typing import Any

PACKAGE = "atlas_common_data"

MISSING = frozenset(
    {
        "",
        "#N/A",
        "#N/A N/A",
        "#NA",
        "-1.#IND",
        "-1.#QNAN",
        "-NaN",
        "-nan",
        "1.#IND",
        "1.#QNAN",
        "<NA>",
        "N/A",
        "NA",
        "NULL",
        "NaN",
        "None",
        "n/a",
        "nan",
        "null",
    }
)
"""The strings ``pandas.read_csv`` reads as missing by default (pandas ``STR_NA_VALUES``)."""

Row = dict[str, str | None]


@cache
def data_dir() -> Path:
    """The ``data`` folder of the installed ``atlas-common-data`` (found, not imported)."""
    spec = importlib.util.find_spec(PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError(f"{PACKAGE} is not installed")
    return Path(next(iter(spec.submodule_search_locations))) / "data"


@cache
def rows(relative: str, columns: tuple[str, ...]) -> tuple[Row, ...]:
    """``columns`` of the CSV file at ``relative`` (under :func:`data_dir`) as dicts: :func:`cells` kept per process.

    Callers must not modify the rows.
    """
    return tuple(dict(zip(columns, values, strict=True)) for values in cells(relative, columns))


def cells(relative: str, columns: tuple[str, ...]) -> Iterator[tuple[str | None, ...]]:
    """``columns`` of each line of the CSV file at ``relative``, as strings, missing (:data:`MISSING`) as None.

    The columns of a file are read from the CSV once, then from a kept copy (:func:`kept_table`).
    """
    source = data_dir() / relative
    return iter(kept_table(source, ",".join(columns), lambda: tuple(_read_cells(source, columns))))


def _read_cells(source: Path, columns: tuple[str, ...]) -> Iterator[tuple[str | None, ...]]:
    with source.open(encoding="utf-8", newline="") as handle:
        reader = csv.reader(handle)
        header = next(reader)
        at = [header.index(name) for name in columns]
        for line in reader:
            if line:  # pandas skips blank lines
                yield tuple(_cell(line, i) for i in at)


def cache_dir() -> Path:
    """Where reference tables read once are kept for later processes: the user cache folder."""
    import platformdirs

    return Path(platformdirs.user_cache_dir("partnerlens", appauthor=False)) / "reference"


def kept_table(source: Path, what: str, read: Callable[[], tuple]) -> tuple:
    """``read()`` (a table of ``source`` as a tuple of plain values), kept as a ``marshal`` file for later processes.

    Reading a reference file (a CSV through :mod:`csv`, the WDI Parquet through DuckDB) costs a warm command
    tens of milliseconds each time; loading the kept table costs about one (issue 16). The file is named by
    ``source``'s path, size and modification time, ``what`` (e.g. the columns) and the Python version, so a new
    ``atlas-common-data`` release or Python is read afresh; :func:`partnerlens.locking.kept_file` writes it once
    however many processes ask, and a cache folder that cannot be written only means reading each time.
    """
    from partnerlens.locking import kept_file

    stat = source.stat()
    key = f"{source}:{stat.st_size}:{stat.st_mtime_ns}:{what}:{marshal.version}:{sys.version_info[:2]}"
    kept = cache_dir() / f"{source.stem}-{hashlib.sha256(key.encode()).hexdigest()[:20]}.marshal"
    return kept_file(kept, read, _write_marshal, _read_marshal)


def _write_marshal(value: Any, partial: Path) -> None:
    partial.write_bytes(marshal.dumps(value))


def _read_marshal(path: Path) -> tuple:
    value = marshal.loads(path.read_bytes())
    if not isinstance(value, tuple):
        raise ValueError(f"{path} does not hold a table")  # kept_file reads the source again and replaces it
    return value


def _cell(line: list[str], i: int) -> str | None:
    value = line[i] if i < len(line) else None  # a short line: missing, as pandas reads it
    return None if value is None or value in MISSING else value


_POW10 = tuple(float(f"1e{n}") for n in range(309))
_DECIMAL = re.compile(r"([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?")
_MAX_DIGITS = 17


def number(value: str | None) -> float | None:
    """A numeric cell as ``pandas.read_csv`` reads it (its default converter), None when missing.

    pandas' converter (``precise_xstrtod``) is not Python's ``float``: it
    accumulates at most 17 digits in a double and scales by a power of ten,
    which for a few long decimals gives the neighbouring double (5 of the
    1,885 growth projections). Repeating it keeps every figure as it was.
    """
    if value is None:
        return None
    match = _DECIMAL.fullmatch(value.strip())
    if match is not None and not match.group(4) and len(match.group(2)) + len(match.group(3) or "") <= 15:
        return float(value)  # ≤ 15 digits: an exact integer over an exact power of ten, rounded once, as float()
    if match is None or not (match.group(2) or match.group(3)):
        return float(value)  # inf, nan and other words: as Python reads them
    sign, whole, fraction, power = match.groups()
    total, exponent, digits = 0.0, 0, 0
    for char in whole:
        if digits < _MAX_DIGITS:
            total = total * 10.0 + (ord(char) - 48)
            digits += 1
        else:
            exponent += 1
    for char in fraction or "":
        if digits >= _MAX_DIGITS:
            break
        total = total * 10.0 + (ord(char) - 48)
        digits += 1
        exponent -= 1
    if sign == "-":
        total = -total
    exponent += int(power) if power else 0
    if exponent > 308:
        return float(value)
    if exponent > 0:
        return total * _POW10[exponent]
    if exponent < -308:
        return 0.0 if exponent < -616 else total / _POW10[-308 - exponent] / _POW10[308]
    return total / _POW10[-exponent]


def integer(value: str | None) -> int:
    """An integer cell (pandas: int64, or float64 where the column has gaps; both read back as this int)."""
    assert value is not None, "an integer column without gaps"
    return int(float(value))
