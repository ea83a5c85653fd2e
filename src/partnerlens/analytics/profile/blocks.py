"""Directions of trade summarised many at once, in numpy: what ``world build`` writes and a profile computes.

A group is one direction of one pair: its ``(product, value)`` rows, contiguous
and in product order. Every group of a block is summarised by whole-array
operations (a stable sort by group and key, group boundaries, sums per
segment), never a Python loop over rows, so that summarising every ordered
pair of a year costs about as much as reading its flows. Each sum repeats,
segment by segment, the algorithm the profile has always used
(:mod:`partnerlens.sums`), so the floats are the same to the last bit:

* :func:`segment_sums` is numpy's pairwise summation (``numpy.sum`` of each
  segment on its own; ``numpy.add.reduceat`` sums in order, a different float);
* :func:`kahan_sums` is pandas' ``groupby().sum()``: compensated summation per
  key in row order.

The on-demand profile (:func:`partnerlens.analytics.profile.products.summaries`)
and ``world build`` (:mod:`partnerlens.world.profiles`) both call
:func:`summarise_groups`, so the two give the same JSON.
"""

from __future__ import annotations

import numpy as np

_BLOCK = 128  # numpy's PW_BLOCKSIZE
_LANES = np.arange(8)


def segment_sums(values: np.ndarray, starts: np.ndarray, lengths: np.ndarray) -> np.ndarray:
    """``numpy.sum(values[s : s + n])`` for every segment: pairwise summation, segments side by side.

    The recursion of numpy's ``pairwise_sum`` is unrolled breadth first: long
    segments split (at half, rounded down to a multiple of 8) until each piece
    has at most 128 values; pieces are summed with eight accumulators; the
    halves are added back up level by level.
    """
    starts, lengths = np.asarray(starts, np.int64), np.asarray(lengths, np.int64)
    count = len(starts)
    node, levels, leaves = np.arange(count), [], []
    nodes = count
    while len(starts):
        big = lengths > _BLOCK
        leaves.append((starts[~big], lengths[~big], node[~big]))
        starts, lengths, node = starts[big], lengths[big], node[big]
        if not len(starts):
            break
        half = lengths // 2
        half -= half % 8
        left = nodes + np.arange(len(starts))
        right = left + len(starts)
        nodes += 2 * len(starts)
        levels.append((node, left, right))
        starts, lengths, node = (
            np.concatenate([starts, starts + half]),
            np.concatenate([half, lengths - half]),
            np.concatenate([left, right]),
        )
    total = np.zeros(nodes)
    for s, n, at in leaves:
        total[at] = _leaf_sums(values, s, n)
    for at, left, right in reversed(levels):
        total[at] = total[left] + total[right]
    return total[:count]


def _leaf_sums(values: np.ndarray, starts: np.ndarray, lengths: np.ndarray) -> np.ndarray:
    """Sums of segments of at most 128 values, as numpy's ``pairwise_sum`` adds them."""
    out = np.zeros(len(starts))
    short = lengths < 8
    for k in range(7):  # fewer than eight: one after another from 0.0
        chosen = short & (lengths > k)
        out[chosen] += values[starts[chosen] + k]
    s, n = starts[~short], lengths[~short]
    if len(s):
        r = values[s[:, None] + _LANES]  # eight accumulators
        whole = n - n % 8
        for block in range(1, _BLOCK // 8):
            chosen = whole >= 8 * (block + 1)
            if not chosen.any():
                break
            r[chosen] += values[s[chosen, None] + 8 * block + _LANES]
        sums = ((r[:, 0] + r[:, 1]) + (r[:, 2] + r[:, 3])) + ((r[:, 4] + r[:, 5]) + (r[:, 6] + r[:, 7]))
        for k in range(7):
            chosen = n % 8 > k
            sums[chosen] += values[s[chosen] + whole[chosen] + k]
        out[~short] = sums
    return out


def kahan_sums(values: np.ndarray, starts: np.ndarray, lengths: np.ndarray) -> np.ndarray:
    """Compensated sum of each segment in order, as pandas' ``group_sum`` (no compensation past an infinity)."""
    total, compensation = np.zeros(len(starts)), np.zeros(len(starts))
    for k in range(int(lengths.max()) if len(lengths) else 0):
        at = np.flatnonzero(lengths > k)
        y = values[starts[at] + k] - compensation[at]
        t = total[at] + y
        c = (t - total[at]) - y
        compensation[at] = np.where(c != c, 0.0, c)
        total[at] = t
    return total


def _bounds(keys: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Starts and lengths of the runs of equal ``keys`` (rows of an integer array, or one integer array)."""
    if not len(keys):
        return np.zeros(0, np.int64), np.zeros(0, np.int64)
    change = np.ones(len(keys), bool)
    change[1:] = (keys[1:] != keys[:-1]).any(axis=1) if keys.ndim == 2 else keys[1:] != keys[:-1]
    starts = np.flatnonzero(change)
    return starts, np.diff(np.append(starts, len(keys)))


def summarise_groups(
    lengths: np.ndarray, codes: list[str], product: np.ndarray, values: np.ndarray, goods: list, keep: int
) -> list:
    """The :class:`~partnerlens.analytics.profile.products.Direction` of each group of rows.

    ``lengths``: the rows of each group (each at least one), which follow one
    another in ``product`` (indices into ``codes``) and ``values``, each group's
    rows in product order.
    """
    from partnerlens.analytics.profile.products import Direction

    groups = len(lengths)
    starts = (np.cumsum(lengths) - lengths).astype(np.int64)
    group = np.repeat(np.arange(groups), lengths)
    values = np.ascontiguousarray(values, np.float64)
    top, totals, hhi = {}, {}, {}
    for digits in (4, 6):
        keys = [code[:digits] for code in codes]
        order = {key: rank for rank, key in enumerate(sorted(set(keys)))}
        key = np.array([order[k] for k in keys], np.int64)[product] if len(codes) else np.zeros(0, np.int64)
        names = np.array(sorted(order), dtype=object)
        width = max(len(order), 1)
        combined = group * width + key
        if len(combined) and bool((combined[1:] < combined[:-1]).any()):  # rows not in product order
            by_key = np.argsort(combined, kind="stable")  # each key's rows in the group's order
            combined, in_order = combined[by_key], values[by_key]
        else:
            in_order = values
        b_start, b_len = _bounds(combined)
        basket = kahan_sums(in_order, b_start, b_len)
        b_group, b_key = np.divmod(combined[b_start], width)
        ranked = np.argsort(-basket, kind="stable")  # largest first, ties in code order (baskets are in code order)
        ranked = ranked[np.argsort(b_group[ranked], kind="stable")]  # then by group
        basket, b_group, b_key = basket[ranked], b_group[ranked], b_key[ranked]
        g_start, g_len = _bounds(b_group)
        level = f"hs{digits}"
        totals[level] = segment_sums(basket, g_start, g_len)
        shares = totals[level][b_group]
        with np.errstate(divide="ignore", invalid="ignore"):
            squares = (basket / shares) * (basket / shares)
        hhi[level] = [
            h if t > 0 else None
            for h, t in zip(segment_sums(squares, g_start, g_len).tolist(), totals[level].tolist(), strict=True)
        ]
        kept = np.flatnonzero(np.arange(len(basket)) - g_start[b_group] < keep)
        top[level] = _split(
            list(zip(names[b_key[kept]].tolist(), basket[kept].tolist(), strict=True)), b_group[kept], groups
        )
        if digits == 6:
            positive = np.bincount(b_group, weights=basket > 0, minlength=groups).astype(np.int64).tolist()
    sectors, rest = _sector_sums(codes, product, values, group, groups, goods)
    total = segment_sums(values, starts, lengths).tolist()
    hs4, hs6 = totals["hs4"].tolist(), totals["hs6"].tolist()
    return [
        Direction(
            {"hs4": top["hs4"][g], "hs6": top["hs6"][g]},
            {"hs4": hs4[g], "hs6": hs6[g]},
            {"hs4": hhi["hs4"][g], "hs6": hhi["hs6"][g]},
            positive[g],
            sectors[g],
            rest[g],
            total[g],
        )
        for g in range(groups)
    ]


def _split(items: list, group: np.ndarray, groups: int) -> list[list]:
    """``items`` (in group order) as one list per group."""
    cuts = np.searchsorted(group, np.arange(groups + 1)).tolist()
    return [items[cuts[g] : cuts[g + 1]] for g in range(groups)]


def _sector_sums(
    codes: list[str], product: np.ndarray, values: np.ndarray, group: np.ndarray, groups: int, goods: list
) -> tuple[list[dict[str, float]], list[float]]:
    """Per group: the sum of its rows in each goods sector that has any (sectors may overlap), and of the rest."""
    member = np.array([[code.startswith(tuple(s.hs)) for s in goods] for code in codes], bool).reshape(
        len(codes), len(goods)
    )
    rows = member[product] if len(codes) else np.zeros((0, len(goods)), bool)
    sums: list[dict[str, float]] = [{} for _ in range(groups)]
    for n, sector in enumerate(goods):
        inside = rows[:, n]
        if inside.any():
            start, length = _bounds(group[inside])
            for g, v in zip(
                group[inside][start].tolist(), segment_sums(values[inside], start, length).tolist(), strict=True
            ):
                sums[g][sector.id] = v
    outside = ~rows.any(axis=1)
    rest = [0.0] * groups
    start, length = _bounds(group[outside])
    for g, v in zip(group[outside][start].tolist(), segment_sums(values[outside], start, length).tolist(), strict=True):
        rest[g] = v
    return sums, rest
