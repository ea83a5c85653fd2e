"""SQL text helpers: the one way to put a value or a path into SQL that DuckDB cannot bind.

DuckDB binds ``?`` parameters in ``WHERE`` and ``VALUES`` but not in table
functions and statements such as ``read_parquet(...)``, ``read_csv(...)`` or
``COPY ... TO ...``; there a path (a workspace may be ``./o'brien``) must be
written as an escaped string literal. Everything that does so calls these.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

import duckdb


def sql_string(text: str) -> str:
    """``text`` as a quoted SQL string literal (single quotes doubled): ``o'brien`` → ``'o''brien'``."""
    return "'" + text.replace("'", "''") + "'"


def sql_string_list(texts: Iterable[str]) -> str:
    """A DuckDB list literal of strings, e.g. the files for ``read_parquet([...])``: ``['a', 'b''c']``."""
    return "[" + ", ".join(sql_string(str(t)) for t in texts) + "]"


def one_row(
    con: duckdb.DuckDBPyConnection, sql: str, params: Sequence[object] | Mapping[str, object] | None = None
) -> tuple:
    """The one row of a query that always has one (an aggregate without ``GROUP BY``); ``params`` bind ``?``
    (a sequence) or ``$name`` (a mapping)."""
    row = con.execute(sql, params).fetchone()
    if row is None:  # pragma: no cover - an aggregate always yields a row
        from partnerlens.errors import PartnerlensError

        raise PartnerlensError(f"the database returned no row for an aggregate query: {sql[:80]}")
    return row
