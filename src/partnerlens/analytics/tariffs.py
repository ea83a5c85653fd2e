"""Applied tariffs from the workspace's WITS rates, for export potential's market-access term.

For importer j, exporter i and HS6 product k in the latest tariff year of j
not after the analysis year, the rate i faces is the effectively applied rate
(``AHS``) when WITS gives one for the pair, else the lower of the preferential
(``PRF``) and MFN rates, else the MFN rate (``exporter = *``: every exporter).
It is expanded to the exporters that supply j with k in the store's flows and
to the analysed exporter's members (who may not sell k to j yet), then
aggregated from HS6 to the analysis' HS level weighted by j's imports of each
HS6 line from the world that year (the trade-weighted average WITS reports;
a simple mean where j imports none of the lines). Rates are fractions.
"""

from __future__ import annotations

import pandas as pd

from partnerlens.evidence import EvidenceStore
from partnerlens.sql import sql_string_list
from partnerlens.store import SourceInfo


def applied_tariffs(
    flows, year: int, digits: int, exporters: frozenset[str]
) -> tuple[pd.DataFrame | None, SourceInfo | None]:
    """``importer, exporter, product, tariff`` at ``digits`` for ``year`` from the workspace's tariffs, and their source.

    ``flows`` is an open :class:`partnerlens.analytics.flows.Flows` over a store
    (its view ``flows`` gives the weights). (None, None) when the workspace
    holds no tariffs or none for a year up to ``year``.
    """
    if flows.store is None:
        return None, None
    evidence = EvidenceStore(flows.store.workspace)
    latest = evidence.of_kind("tariffs")[:1]
    if not latest:
        return None, None
    if latest[0].nomenclature != flows.nomenclature:  # HS6 codes of another HS revision would not match the flows
        return None, None
    with evidence.pinned([latest[0].name]) as infos:
        files = evidence.files(list(infos))
        if not files:
            return None, None
        con = flows.con
        con.execute(
            f"CREATE OR REPLACE TEMP TABLE tariff_rows AS SELECT * FROM read_parquet({sql_string_list(files)}, hive_partitioning = false)"
        )
        con.execute(
            "CREATE OR REPLACE TEMP TABLE tariff_exporters AS SELECT unnest(?::VARCHAR[]) AS exporter",
            [sorted(exporters)],
        )
        table = con.execute(_SQL.format(year=int(year), digits=int(digits))).df()
    if table.empty:
        return None, infos[0]
    return table, infos[0]


_SQL = """
WITH latest AS (SELECT importer, max(year) AS y FROM tariff_rows WHERE year <= {year} GROUP BY importer),
t AS (SELECT r.* FROM tariff_rows r JOIN latest l ON r.importer = l.importer AND r.year = l.y),
mfn AS (SELECT importer, product, min(rate) AS rate FROM t WHERE regime = 'MFN' GROUP BY ALL),
prf AS (SELECT importer, exporter, product, min(rate) AS rate FROM t WHERE regime = 'PRF' AND exporter <> '*' GROUP BY ALL),
ahs AS (SELECT importer, exporter, product, min(rate) AS rate FROM t WHERE regime = 'AHS' AND exporter <> '*' GROUP BY ALL),
imports AS (SELECT importer, exporter, product, sum(value_usd) AS v FROM flows
            WHERE year = {year} AND importer IN (SELECT importer FROM latest) GROUP BY ALL),
pairs AS (SELECT importer, exporter, product FROM imports
          UNION SELECT m.importer, e.exporter, m.product FROM mfn m CROSS JOIN tariff_exporters e
          UNION SELECT importer, exporter, product FROM prf
          UNION SELECT importer, exporter, product FROM ahs),
applied AS (
    SELECT p.importer, p.exporter, p.product,
           coalesce(a.rate, CASE WHEN r.rate IS NULL THEN m.rate WHEN m.rate IS NULL THEN r.rate ELSE least(r.rate, m.rate) END) AS tariff
    FROM pairs p
    LEFT JOIN mfn m ON m.importer = p.importer AND m.product = p.product
    LEFT JOIN prf r ON r.importer = p.importer AND r.exporter = p.exporter AND r.product = p.product
    LEFT JOIN ahs a ON a.importer = p.importer AND a.exporter = p.exporter AND a.product = p.product
),
weights AS (SELECT importer, product, sum(v) AS w FROM imports GROUP BY ALL)
SELECT a.importer, a.exporter, left(a.product, {digits}) AS product,
       CASE WHEN sum(coalesce(w.w, 0)) > 0 THEN sum(a.tariff * coalesce(w.w, 0)) / sum(coalesce(w.w, 0))
            ELSE avg(a.tariff) END AS tariff
FROM applied a LEFT JOIN weights w ON w.importer = a.importer AND w.product = a.product
WHERE a.tariff IS NOT NULL
GROUP BY ALL
ORDER BY ALL
"""
