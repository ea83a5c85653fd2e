"""The trade figures of the dev half not read fully right, for whoever tunes the extractor (``python -m evaluation
--split dev --misses``): per article, each labelled figure whose value, year, parties or metric was not read right,
with the claim it paired with, then the claims that paired with no figure. Pairing is the scorer's own
(:mod:`evaluation.score`); the test half is never listed (its labels are not looked at one by one)."""

from __future__ import annotations

from collections.abc import Callable

from evaluation.score import _same_set, as_dict, trade_claims, trade_fits, trade_pairs


def paired_misses(
    pairs: list[tuple[dict, dict | None]],
    wrong: Callable[[dict, dict], list[str]],
    gold_view: Callable[[dict], dict],
    read_view: Callable[[dict | None], dict | None],
) -> list[dict]:
    """The labelled facts of scorer ``pairs`` not read right: one entry per fact that paired with nothing (``wrong``
    ``["found"]``) or whose pair differs in the fields ``wrong`` names, each with the fact's ``gold_view`` and its
    pair's ``read_view`` (shared by the trade and the agreement listings)."""
    misses = []
    for item, match in pairs:
        differ = ["found"] if match is None else wrong(item, match)
        if differ:
            misses.append({"gold": gold_view(item), "read": read_view(match), "wrong": differ})
    return misses


def miss_lines(misses: list[dict]) -> list[str]:
    """The lines that show each miss: which fields differ, the label's view, what was read."""
    lines = []
    for miss in misses:
        lines.append(f"  wrong: {', '.join(miss['wrong'])}")
        lines.append(f"    gold: {_short(miss['gold'])}")
        lines.append(f"    read: {_short(miss['read'])}")
    return lines


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
    misses = paired_misses(pairs, _figure_wrong, _gold_view, _claim_view)
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
        lines += miss_lines(row["trade_misses"])
    return "\n".join(lines) if lines else "no trade figure missed"


def _short(view: dict | None) -> str:
    if view is None:
        return "-"
    return "; ".join(f"{key}={value}" for key, value in view.items() if value is not None)
