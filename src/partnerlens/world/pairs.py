"""Tables over every ordered pair of economies: trade indices and export potential, one block of exporters at a time.

The indices follow ``analytics.indices`` (Michaely complementarity,
Brown–Kojima intensity, Finger–Kreinin similarity) for single economies, as
matrix operations over the year's exports and imports by product, so a block
of 16 exporters × every partner costs one pass; export potential calls
``analytics.potential.export_potential`` for each exporter of the block with
every market, and keeps its per-market table.
"""

from __future__ import annotations

from pathlib import Path

import duckdb
import numpy as np
import pandas as pd

INDEX_COLUMNS = ["year", "exporter", "importer", "complementarity", "intensity", "similarity"]
POTENTIAL_COLUMNS = ["year", "exporter", "market", "actual_usd", "potential_usd", "untapped_usd"]


def _matrix(rows: pd.DataFrame, who: str, economies: pd.Index, products: pd.Index) -> np.ndarray:
    """Values summed into an economies × products matrix (one ``bincount`` over flat cell numbers)."""
    cells = economies.get_indexer(rows[who]) * len(products) + products.get_indexer(rows["product"])
    summed = np.bincount(cells, weights=rows["value_usd"].to_numpy(float), minlength=len(economies) * len(products))
    return summed.reshape(len(economies), len(products))


def _shares(m: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    totals = m.sum(axis=1)
    with np.errstate(divide="ignore", invalid="ignore"):
        return m / totals[:, None], totals


def pair_indices(
    exports: pd.DataFrame, imports: pd.DataFrame, totals: pd.DataFrame, exporters: tuple[str, ...], year: int
) -> pd.DataFrame:
    """Complementarity, intensity and similarity of each exporter in ``exporters`` with every other economy."""
    economies = pd.Index(sorted(set(exporters) | set(exports["exporter"]) | set(imports["importer"])))
    products = pd.Index(sorted(set(exports["product"]) | set(imports["product"])))
    x_share, x_total = _shares(_matrix(exports, "exporter", economies, products))
    m_share, m_total = _shares(_matrix(imports, "importer", economies, products))
    world = float(totals["value_usd"].sum())
    bilateral = _matrix(totals.rename(columns={"importer": "product"}), "exporter", economies, economies)
    frames = []
    for i in economies.get_indexer(list(exporters)):
        others = np.arange(len(economies)) != i
        with np.errstate(divide="ignore", invalid="ignore"):
            complementarity = 100 * (1 - np.abs(m_share - x_share[i]).sum(axis=1) / 2)
            similarity = 100 * np.minimum(x_share, x_share[i]).sum(axis=1)
            intensity = (bilateral[i] / x_total[i]) / (m_total / world)
        complementarity[(m_total <= 0) | (x_total[i] <= 0)] = np.nan
        similarity[(x_total <= 0) | (x_total[i] <= 0)] = np.nan
        intensity[(m_total <= 0) | (x_total[i] <= 0)] = np.nan
        frames.append(
            pd.DataFrame(
                {
                    "year": int(year),
                    "exporter": economies[i],
                    "importer": economies[others],
                    "complementarity": complementarity[others],
                    "intensity": intensity[others],
                    "similarity": similarity[others],
                }
            )
        )
    return pd.concat(frames, ignore_index=True) if frames else pd.DataFrame(columns=INDEX_COLUMNS)


def potential_rows(con: duckdb.DuckDBPyConnection, task) -> pd.DataFrame:
    """Export potential of each exporter of ``task``'s block in every market (one row per exporter × market)."""
    from partnerlens.analytics.flows import Flows
    from partnerlens.analytics.potential import export_potential
    from partnerlens.errors import PartnerlensError
    from partnerlens.store import TradeStore
    from partnerlens.workspace import Workspace

    store = TradeStore(Workspace(Path(task.home))) if task.home else None
    years = tuple(sorted({y for s in task.sources for y in s.years}))
    flows = Flows(con, tuple(task.sources), store=store, _declared_years=years)
    frames = []
    for exporter in task.exporters:
        try:
            result = export_potential(flows, exporter, None, task.year, digits=task.digits)
        except PartnerlensError:  # an economy the reference does not know, or without exports that year
            continue
        markets = result.markets
        frames.append(
            pd.DataFrame(
                {
                    "year": task.year,
                    "exporter": exporter,
                    "market": markets["market"].astype(str),
                    "actual_usd": markets["actual_usd"],
                    "potential_usd": markets["potential_usd"],
                    "untapped_usd": markets["untapped_usd"],
                }
            )
        )
    return pd.concat(frames, ignore_index=True) if frames else pd.DataFrame(columns=POTENTIAL_COLUMNS)
