"""Sums in plain Python that give the same floats as numpy and pandas, so the profile (and the published
figures it shows) need neither.

A profile's shares, HHI and sector totals are sums of a few thousand floats.
They used to be summed by pandas; the profile now runs without pandas (a
``profile`` answers in a fresh process in well under a second), and its output
stays byte for byte what it was because each sum here repeats the algorithm
that produced it:

* :func:`pairwise_sum` is numpy's ``add.reduce`` over a float64 array
  (``Series.sum()``): pairwise summation, eight accumulators in blocks of up
  to 128 values (numpy ``loops_utils.h``, ``pairwise_sum``);
* :func:`grouped_sums` is pandas' ``groupby(...).sum()`` over float64: Kahan
  compensated summation per group in row order, groups sorted by key
  (pandas ``_libs/groupby.pyx``, ``group_sum``).

``tests/test_profile_sums.py`` checks both against numpy and pandas on random data.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

_BLOCK = 128  # numpy's PW_BLOCKSIZE


def pairwise_sum(values: Sequence[float]) -> float:
    """The sum of ``values`` exactly as ``numpy.sum`` gives it for a float64 array in this order."""
    return _pairwise(values, 0, len(values))


def _pairwise(a: Sequence[float], start: int, n: int) -> float:
    if n < 8:
        total = 0.0
        for i in range(start, start + n):
            total += a[i]
        return total
    if n <= _BLOCK:
        r = [float(v) for v in a[start : start + 8]]
        i, whole = start + 8, start + n - n % 8
        while i < whole:
            for j in range(8):
                r[j] += a[i + j]
            i += 8
        total = ((r[0] + r[1]) + (r[2] + r[3])) + ((r[4] + r[5]) + (r[6] + r[7]))
        for k in range(i, start + n):
            total += a[k]
        return total
    half = n // 2
    half -= half % 8
    return _pairwise(a, start, half) + _pairwise(a, start + half, n - half)


def grouped_sums(pairs: Iterable[tuple[str, float]]) -> dict[str, float]:
    """``{key: sum}`` of ``(key, value)`` pairs, keys ascending, as pandas' ``groupby(key).sum()`` gives it."""
    sums: dict[str, float] = {}
    compensation: dict[str, float] = {}
    for key, value in pairs:
        total, c = sums.get(key, 0.0), compensation.get(key, 0.0)
        y = value - c
        t = total + y
        c = t - total - y
        compensation[key] = 0.0 if c != c else c  # an infinite value: no compensation (pandas GH#53606)
        sums[key] = t
    return {key: sums[key] for key in sorted(sums)}
