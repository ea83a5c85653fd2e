"""The mirror check: each direction of the pair as the exporter and as the importer reported it (UN Comtrade)."""

from __future__ import annotations

from partnerlens.analytics.flows import Flows, sql_list
from partnerlens.analytics.profile.model import MirrorCheck


def mirror_check(f: Flows, year: int, side_a: frozenset[str], side_b: frozenset[str]) -> MirrorCheck:
    """The mirror check from UN Comtrade's reports (``sources.comtrade``): both reporters' figures for each direction."""
    if f.store is None or not any(s.kind == "comtrade" for s in f.sources):
        names = ", ".join(s.name for s in f.sources) or "no source"
        return MirrorCheck(
            False,
            f"not available: {names} hold one value per flow; a mirror check needs both "
            "reporters' figures (UN Comtrade)",
        )
    from partnerlens.sources.comtrade import attach_reports  # HTTP client and all: only for a Comtrade store

    attach_reports(f.store, f.con, "comtrade_reports")
    a, b = sql_list(side_a), sql_list(side_b)

    def reported(flow: str, reporter: str, exporter: str, importer: str) -> str:
        return (
            f"CASE WHEN count(*) FILTER (WHERE reporter IN {reporter}) > 0 THEN coalesce(sum(value_usd) FILTER "
            f"(WHERE flow = '{flow}' AND reporter IN {reporter} AND exporter IN {exporter} AND importer IN {importer}), 0) END"
        )

    ab_by_a, ab_by_b, ba_by_b, ba_by_a = f.con.execute(
        f"SELECT {reported('X', a, a, b)}, {reported('M', b, a, b)}, {reported('X', b, b, a)}, {reported('M', a, b, a)} "
        f"FROM comtrade_reports WHERE year = {int(year)}"
    ).fetchall()[0]  # an aggregate without GROUP BY: always one row

    def gap(by_importer, by_exporter):
        return None if by_importer is None or by_exporter is None else by_importer - by_exporter

    available = gap(ab_by_b, ab_by_a) is not None or gap(ba_by_a, ba_by_b) is not None
    note = (
        "UN Comtrade: exports as the exporter reports them (FOB) against imports as the importer reports them (CIF)"
        if available
        else f"not available: UN Comtrade holds no reports by both parties for {year}"
    )
    return MirrorCheck(
        available, note, ab_by_a, ab_by_b, gap(ab_by_b, ab_by_a), ba_by_b, ba_by_a, gap(ba_by_a, ba_by_b)
    )
