"""This year's trade from monthly goods by partner: the latest 12 months, year to date, months after a date.

Reads the monthly table of source ``imf-trade`` (:mod:`partnerlens.sources.imf_trade`):
total goods by reporter, partner and month, with the IMF's estimate flag. Each
direction A → B is taken as the exporter reports it (A's exports, FOB) where
A reported that month, else as the importer reports it (B's imports from A,
CIF), so that one month is never counted twice; the result says whose figures
it used. Every figure here is **provisional**: monthly figures are revised
for months, some are IMF estimates from partner data, and they are totals of
goods, not the reconciled product flows of BACI.

* rolling 12 months: the sum of the 12 months ending with the latest month any
  direction of the pair has (months without a figure are counted as missing,
  and the result says how many months it holds);
* year to date: the sum of the latest year's months so far, and its annual
  equivalent ``ytd × 12 / months``;
* after a date: the months strictly after the month of the date (an agreement
  signed on 20 September 2025 counts from October 2025).
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

import duckdb

from partnerlens.catalogue import IMF_TRADE_KIND as MONTHLY_KIND
from partnerlens.store import TradeStore

if TYPE_CHECKING:
    import pandas as pd

PROVIDER = "IMF International Trade in Goods by partner country (monthly)"


def _months(store: TradeStore | None) -> pd.DataFrame:
    """Every monthly observation in the store (empty when no monthly source is ingested)."""
    import pandas as pd  # only with monthly data: a store without it answers without pandas (recent_trade)

    from partnerlens.sources.imf_trade import monthly_files

    files = monthly_files(store) if store is not None else []
    if not files:
        return pd.DataFrame(
            columns=[
                "year",
                "month",
                "reporter",
                "partner",
                "flow",
                "exporter",
                "importer",
                "value_usd",
                "basis",
                "estimated",
                "source",
            ]
        )
    with duckdb.connect() as con:
        listed = ", ".join(f"'{f}'" for f in files)
        return con.execute(f"SELECT * FROM read_parquet([{listed}])").df()


def has_monthly(store: TradeStore | None) -> bool:
    if store is None or not any(s.kind == MONTHLY_KIND for s in store.sources()):
        return False  # answered from the catalogue alone: the monthly source's module loads pyarrow
    from partnerlens.sources.imf_trade import monthly_files

    return bool(monthly_files(store))


def direction(months: pd.DataFrame, exporters: frozenset[str], importers: frozenset[str]) -> pd.DataFrame:
    """Monthly values of goods from ``exporters`` to ``importers``: ``(year, month, value_usd, estimated, reported_by)``.

    Per exporter–importer pair and month the exporter's own report is used, else the importer's.
    """
    rows = months[months["exporter"].isin(exporters) & months["importer"].isin(importers)]
    if rows.empty:
        import pandas as pd

        return pd.DataFrame(columns=["year", "month", "value_usd", "estimated", "reported_by"])
    rows = rows.assign(own=(rows["flow"] == "X")).sort_values("own", ascending=False)
    rows = rows.drop_duplicates(["year", "month", "exporter", "importer"])
    rows = rows.assign(
        reported_by=rows["reporter"]
        + " ("
        + rows["flow"].map({"X": "exports", "M": "imports"})
        + ", "
        + rows["basis"]
        + ")",
        est_value=rows["value_usd"].where(rows["estimated"], 0.0),
    )
    return rows.groupby(["year", "month"], as_index=False).agg(
        value_usd=("value_usd", "sum"),
        estimated=("est_value", "sum"),
        reported_by=("reported_by", lambda s: "; ".join(sorted(set(s)))),
    )


def _index(year: int, month: int) -> int:
    return year * 12 + month - 1


def _label(index: int) -> str:
    return f"{index // 12}-{index % 12 + 1:02d}"


def _window(series: pd.DataFrame, first: int, last: int) -> tuple[float | None, int, float, set[str]]:
    """Sum over months ``first..last`` (indexes): value (None without any month), months with data, estimated, reporters."""
    if series.empty:
        return None, 0, 0.0, set()
    idx = series["year"].astype(int) * 12 + series["month"].astype(int) - 1
    part = series[(idx >= first) & (idx <= last)]
    if part.empty:
        return None, 0, 0.0, set()
    reporters = {r for text in part["reported_by"] for r in text.split("; ") if r}
    return float(part["value_usd"].sum()), int(len(part)), float(part["estimated"].sum()), reporters


def _latest(*series: pd.DataFrame) -> int | None:
    indexes = [
        int(s["year"].max()) * 12 + int(s[s["year"] == s["year"].max()]["month"].max()) - 1
        for s in series
        if not s.empty
    ]
    return max(indexes) if indexes else None


def _span(first: int, last: int, a_to_b: pd.DataFrame, b_to_a: pd.DataFrame) -> dict:
    ab, n_ab, est_ab, rep_ab = _window(a_to_b, first, last)
    ba, n_ba, est_ba, rep_ba = _window(b_to_a, first, last)
    total = None if ab is None and ba is None else (ab or 0.0) + (ba or 0.0)
    return {
        "from": _label(first),
        "to": _label(last),
        "months": last - first + 1,
        "months_with_data": {"a_to_b": n_ab, "b_to_a": n_ba},
        "a_to_b_usd": ab,
        "b_to_a_usd": ba,
        "total_usd": total,
        "estimated_share": ((est_ab + est_ba) / total) if total else None,
        "reported_by": {"a_to_b": sorted(rep_ab), "b_to_a": sorted(rep_ba)},
    }


def recent_trade(store: TradeStore | None, side_a: frozenset[str], side_b: frozenset[str]) -> dict | None:
    """The pair's latest 12 months and year to date from monthly data, labelled provisional; None without monthly data."""
    if not has_monthly(store):
        return None
    months = _months(store)
    if months.empty:
        return None
    a_to_b, b_to_a = direction(months, side_a, side_b), direction(months, side_b, side_a)
    last = _latest(a_to_b, b_to_a)
    if last is None:
        return None
    rolling = _span(last - 11, last, a_to_b, b_to_a)
    ytd = _span(_index(last // 12, 1), last, a_to_b, b_to_a)
    ytd["year"] = last // 12
    ytd["annual_equivalent_usd"] = ytd["total_usd"] * 12 / ytd["months"] if ytd["total_usd"] is not None else None
    return {
        "provider": PROVIDER,
        "source": "imf-trade",
        "provisional": True,
        "latest_month": _label(last),
        "rolling_12_months": rolling,
        "year_to_date": ytd,
        "label": label(rolling),
    }


def after_date(store: TradeStore | None, side_a: frozenset[str], side_b: frozenset[str], when: date) -> dict | None:
    """Trade of the pair (both directions) in the months strictly after ``when``'s month, through the latest month."""
    months = _months(store)
    if months.empty:
        return None
    a_to_b, b_to_a = direction(months, side_a, side_b), direction(months, side_b, side_a)
    last = _latest(a_to_b, b_to_a)
    first = _index(when.year, when.month) + 1
    if last is None or last < first:
        return None
    span = _span(first, last, a_to_b, b_to_a)
    span["label"] = label(span)
    return span


def year_to_date(
    store: TradeStore | None, exporters: frozenset[str], importers: frozenset[str], year: int
) -> dict | None:
    """Goods from ``exporters`` to ``importers`` in ``year`` so far (months with data), with its annual equivalent."""
    months = _months(store)
    if months.empty:
        return None
    series = direction(months, exporters, importers)
    value, n, estimated, reporters = _window(series, _index(year, 1), _index(year, 12))
    if value is None:
        return None
    through = int(series[series["year"] == year]["month"].max())
    return {
        "year": year,
        "through": f"{year}-{through:02d}",
        "months": through,
        "value_usd": value,
        "annual_equivalent_usd": value * 12 / through,
        "months_with_data": n,
        "estimated_share": estimated / value if value else None,
        "reported_by": sorted(reporters),
        "provider": PROVIDER,
        "provisional": True,
    }


def label(span: dict) -> str:
    """``provisional: IMF monthly, 2025-10 to 2026-03, reported by RWA (exports, FOB), AZE (imports, CIF)``."""
    reporters = sorted({r for side in span["reported_by"].values() for r in side})
    estimated = span.get("estimated_share")
    text = f"provisional: {PROVIDER}, {span['from']} to {span['to']}"
    if reporters:
        text += ", reported by " + ", ".join(reporters)
    if estimated:
        text += f"; {estimated * 100:.0f}% IMF estimates from partner data"
    return text
