"""A year's demand aggregate as dense importer × product matrices, cached beside the Parquet aggregates.

Export potential reads the same store-wide table for every exporter: each
importer's imports per product with the value and value × distance of the
suppliers CEPII has a distance for (:func:`.inputs.demand_view`, about a million
rows a year at HS6). Joined to one exporter's supply in DuckDB, its string keys
cost more than the arithmetic. Held as three dense arrays over the year's
sorted importers and products (some 220 × 5,000 cells, 26 MB), the same
figures are a lookup by position: what export potential needs of them is a
row and column selection, a masked product and a sum per row, in numpy.

The matrices depend on the store only, never on the exporter. Over a store
they are written once per state of the data to the workspace's ``cache/``
folder of that state (a folder of ``.npy`` files next to the Parquet aggregates, keyed by
the aggregate's query and :data:`FORMAT`, built under the same single-flight
lock: :mod:`partnerlens.analytics.cache`); over a table, or a workspace that
cannot be written, they are built in memory. Within one open handle each year
is loaded once (``Flows.memoised``).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from partnerlens.analytics.flows import Flows
from partnerlens.locking import single_flight

FORMAT = "demand-matrix-2"
"""Changes whenever the layout of the cached file changes, so an older file is never read as a newer one."""

_VALUES = ("imports", "known", "weighted")


@dataclass(frozen=True)
class DemandMatrix:
    """``imports``, ``known`` and ``weighted`` of a year's demand aggregate as (importers × products) arrays.

    ``importers`` and ``products`` are the sorted codes of the rows and
    columns. A cell without a row in the aggregate is NaN in every array, as
    is a missing (NULL) figure: missing is missing, never zero.
    """

    importers: pd.Index
    products: pd.Index
    imports: np.ndarray
    known: np.ndarray
    weighted: np.ndarray

    def cells(self, rows: np.ndarray, columns: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """``imports, known, weighted`` of the given row and column positions (copies, rows × columns)."""
        grid = np.ix_(rows, columns)
        return self.imports[grid], self.known[grid], self.weighted[grid]


def demand_matrix(f: Flows, view: str, key: str) -> DemandMatrix:
    """The matrices of the demand aggregate ``view`` (whose query text is ``key``), built or read once per state."""
    return f.memoised(("demand_matrix", view), lambda: _load_or_build(f, view, key))


def _load_or_build(f: Flows, view: str, key: str) -> DemandMatrix:
    if f.cache_dir is not None:
        digest = hashlib.sha256(f"{FORMAT}\n{key}".encode()).hexdigest()[:16]
        path = Path(f.cache_dir) / f"{view}_matrix-{digest}"
        try:
            single_flight(path, lambda partial: _write(partial, _build(f, view)))
            return _read(path)
        except OSError:  # a workspace we cannot write to: computed per handle, like Flows.aggregate
            pass
    return _build(f, view)


def _build(f: Flows, view: str) -> DemandMatrix:
    """Scatter the rows of ``view`` (``importer, product, imports, known, weighted``) into dense arrays."""
    table = f.con.execute(f"SELECT importer, product, {', '.join(_VALUES)} FROM {view}").arrow()
    table = table.read_all() if isinstance(table, pa.RecordBatchReader) else table
    importers, rows = _positions(table.column("importer"))
    products, columns = _positions(table.column("product"))
    arrays = {}
    for name in _VALUES:
        dense = np.full((len(importers), len(products)), np.nan)
        dense[rows, columns] = table.column(name).to_numpy(zero_copy_only=False).astype(float)
        arrays[name] = dense
    return DemandMatrix(importers, products, arrays["imports"], arrays["known"], arrays["weighted"])


def _positions(column: pa.ChunkedArray) -> tuple[pd.Index, np.ndarray]:
    """The sorted distinct codes of ``column`` and each row's position among them."""
    encoded = pc.dictionary_encode(column).combine_chunks()
    codes = np.asarray(encoded.dictionary.to_pylist(), dtype=object)
    order = np.argsort(codes, kind="stable")
    rank = np.empty(len(order), dtype=np.int64)
    rank[order] = np.arange(len(order))
    indices = encoded.indices.to_numpy(zero_copy_only=False)
    return pd.Index(codes[order].astype(str)), rank[indices]


def _write(partial: Path, matrix: DemandMatrix) -> None:
    """A folder of ``.npy`` files: read back memory-mapped, only the cells a call selects are read from disk."""
    partial.mkdir()
    np.save(partial / "importers.npy", matrix.importers.to_numpy(str))
    np.save(partial / "products.npy", matrix.products.to_numpy(str))
    np.save(partial / "values.npy", np.stack([matrix.imports, matrix.known, matrix.weighted]))


def _read(path: Path) -> DemandMatrix:
    values = np.load(path / "values.npy", mmap_mode="r")
    return DemandMatrix(
        pd.Index(np.load(path / "importers.npy").astype(object)),
        pd.Index(np.load(path / "products.npy").astype(object)),
        values[0],
        values[1],
        values[2],
    )
