"""Which part of an answer was converted between HS revisions, or comes from a later source than the primary release.

Results that read a store list, per source, what :mod:`partnerlens.sources.hs_convert`
recorded (from which revision, the share of value spread one-to-many by the
Growth Lab's weights) and which years come from a later source (e.g. Comtrade as
reported after BACI's last year), so that outputs say so and how much.
"""

from __future__ import annotations

from partnerlens.catalogue import CONVERSION_SUMMARY  # not sources.hs_convert, which loads pyarrow


def provenance(f) -> list[dict]:
    """One entry per source of an open :class:`~partnerlens.analytics.flows.Flows` that was converted or extends the series."""
    if getattr(f, "store", None) is None:
        return []

    out = []
    for info in f.sources:
        summary = _conversion(f.store, info)
        later = f.extension.get(info.name)
        if summary is None and not later:
            continue
        entry = {"source": info.name, "kind": info.kind}
        if later:
            entry["years"] = list(later)
        if summary is not None:
            entry["converted"] = summary
        out.append(entry)
    return out


def _conversion(store, info) -> dict | None:
    if not (store.source_path(info) / CONVERSION_SUMMARY).exists():
        return None
    from partnerlens.sources.hs_convert import conversion

    return conversion(store, info)


def provenance_notes(entries: list[dict]) -> list[str]:
    """Sentences for users: which years come from which source, what was converted and how much was split."""
    notes = []
    for entry in entries:
        parts = []
        if entry.get("years"):
            years = entry["years"]
            span = f"{years[0]}–{years[-1]}" if len(years) > 1 else str(years[0])
            as_reported = (
                " as reported (imports CIF, exports FOB, not reconciled as BACI is)"
                if entry["kind"] == "comtrade"
                else ""
            )
            parts.append(f"{span} from {entry['source']}{as_reported}, after the primary release's last year")
        if entry.get("converted"):
            from partnerlens.sources.hs_convert import describe

            parts.append(f"{entry['source']} {describe(entry['converted'])}")
        notes.append("; ".join(parts))
    return notes
