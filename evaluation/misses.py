"""The trade figures of the dev half not read fully right, for whoever tunes the extractor (``python -m evaluation
--split dev --misses``): per article, each labelled figure whose value, year, parties or metric was not read right,
with the claim it paired with, then the claims that paired with no figure. Pairing is the scorer's own
(:mod:`evaluation.score`); the test half is never listed (its labels are not looked at one by one)."""

from __future__ import annotations

from evaluation.score import _same_set, as_dict, trade_claims, trade_fits, trade_pairs


def trade_misses(label: dict, proposals: list) -> list[dict]:
    """The trade figures of one article not read fully right, for a person tuning the extractor (dev half only).

    One entry per labelled figure that is not fully right — ``gold`` (value, unit, currency, year, metric, parties),
    ``read`` (the paired claim's value, value_usd, unit, year, metric, parties and evidence, or None when no claim
    paired) and ``wrong`` (the fields that differ, or ``["found"]``) — then one per claim that paired with no figure
    (``gold`` None, ``wrong`` ``["precision"]``). Pairing is the scorer's own."""
    found = [as_dict(p) for p in proposals]
    figures = label.get("trade") or []
    claims = trade_claims(found)
    pairs = trade_pairs(figures, claims)
    misses = []
    for item, claim in pairs:
        wrong = ["found"] if claim is None else _figure_wrong(item, claim)
        if wrong:
            misses.append({"gold": _gold_view(item), "read": _claim_view(claim), "wrong": wrong})
    used = {id(claim) for _, claim in pairs if claim is not None}
    misses += [
        {"gold": None, "read": _claim_view(c), "wrong": ["precision"]}
        for c in claims
        if id(c) not in used and not any(trade_fits(item, c) for item in figures)
    ]
    return misses


def _figure_wrong(item: dict, claim: dict) -> list[str]:
    checks = {
        "year": claim.get("year") == item.get("year"),
        "metric": claim.get("metric") == item.get("metric"),
        "parties": _same_set(claim.get("parties"), item.get("parties")),
    }
    return [name for name, ok in checks.items() if not ok]


def _gold_view(item: dict) -> dict:
    keys = ("value", "unit", "currency", "year", "metric", "parties", "anchors")
    return {key: item.get(key) for key in keys}


def _claim_view(claim: dict | None) -> dict | None:
    if claim is None:
        return None
    keys = ("value", "value_usd", "unit", "year", "metric", "parties")
    return {key: claim.get(key) for key in keys} | {"evidence": (claim.get("evidence") or {}).get("text")}


def misses_text(rows: list[dict]) -> str:
    """Per article, its trade figures not read fully right: the label's figure, what was read, which fields differ."""
    lines = []
    for row in rows:
        if not row.get("trade_misses"):
            continue
        lines.append(
            f"== {row['id']} ({row['language']}): {row['trade_fully_right']}/{row['trade_figures']} fully right"
        )
        for miss in row["trade_misses"]:
            lines.append(f"  wrong: {', '.join(miss['wrong'])}")
            lines.append(f"    gold: {_short(miss['gold'])}")
            lines.append(f"    read: {_short(miss['read'])}")
    return "\n".join(lines) if lines else "no trade figure missed"


def _short(view: dict | None) -> str:
    if view is None:
        return "-"
    return "; ".join(f"{key}={value}" for key, value in view.items() if value is not None)
