"""The series chart's Vega-Lite spec, written without Altair, is the spec Altair writes for the same chart.

The brief used to build it with ``altair.Chart(...).to_dict()``; importing and
validating with Altair cost more than drawing the chart, so the spec is now
written by hand. The kept chart files are named by a hash of the spec, so the
two must be equal key for key (and the drawn SVG is then the same).
"""

from __future__ import annotations

import json
import math

import pandas as pd
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from partnerlens.brief import charts

alt = pytest.importorskip("altair")


def _altair_spec(series: pd.DataFrame) -> dict:
    """What ``series_chart`` passed to the chart engine before (Altair 6)."""
    flows = list(dict.fromkeys(series["flow"]))
    divisor, unit = charts._unit(series["value_usd"].max())
    data = series.assign(value=series["value_usd"] / divisor)
    chart = (
        alt.Chart(data)
        .mark_line(point={"size": 36}, strokeWidth=2)
        .encode(
            x=alt.X("year:O", title=None, axis=alt.Axis(labelAngle=0)),
            y=alt.Y("value:Q", title=f"{unit} USD", axis=alt.Axis(format=",.3~f")),
            color=alt.Color(
                "flow:N",
                title=None,
                scale=alt.Scale(domain=flows, range=list(charts.DIRECTION_COLOURS[: len(flows)])),
            ),
        )
        .properties(width=charts.WIDTH - 80, height=200)
        .configure(**charts._CONFIG)
    )
    return chart.to_dict()


def _spec(series: pd.DataFrame, monkeypatch: pytest.MonkeyPatch) -> dict:
    seen: list[dict] = []
    monkeypatch.setattr(charts, "_svg", lambda spec, vega=False: seen.append(spec) or "")
    charts.series_chart(series)
    return seen[0]


def _same(ours: dict, theirs: dict) -> None:
    assert json.dumps(ours, sort_keys=True) == json.dumps(theirs, sort_keys=True)
    assert list(ours) == list(theirs)  # the same keys in the same order, too


def test_the_brief_series_spec_is_altairs(monkeypatch):
    series = pd.DataFrame(
        {
            "year": [2019, 2020, 2021, 2019, 2020, 2021],
            "flow": ["Rwanda → Azerbaijan"] * 3 + ["Azerbaijan → Rwanda"] * 3,
            "value_usd": [1.5e6, math.nan, 2.25e9, 3e6, 4e6, 0.0],
        }
    )
    _same(_spec(series, monkeypatch), _altair_spec(series))


def test_the_web_series_frame_with_none_values_is_altairs(monkeypatch):
    """The web page builds the frame from dicts, where a missing year is None (an object or float column)."""
    rows = [
        {"year": 2021, "flow": "A → B", "value_usd": None},
        {"year": 2021, "flow": "B → A", "value_usd": 12.0},
        {"year": 2022, "flow": "A → B", "value_usd": 7},
        {"year": 2022, "flow": "B → A", "value_usd": None},
    ]
    series = pd.DataFrame(rows)
    _same(_spec(series, monkeypatch), _altair_spec(series))
    arrow = series.astype({"flow": pd.StringDtype("pyarrow")})
    _same(_spec(arrow, monkeypatch), _altair_spec(arrow))


values = st.one_of(st.none(), st.floats(min_value=0, max_value=1e13), st.just(math.nan), st.just(math.inf))


@settings(max_examples=40, deadline=None)
@given(st.lists(st.tuples(st.integers(1990, 2030), values, values), min_size=1, max_size=8))
def test_any_series_spec_is_altairs(rows):
    series = pd.DataFrame(
        [
            {"year": year, "flow": flow, "value_usd": value}
            for year, ab, ba in rows
            for flow, value in (("X → Y", ab), ("Y → X", ba))
        ]
    )
    assume(series["value_usd"].notna().any())  # the brief draws no chart without a value (Altair wrote NaN then)
    with pytest.MonkeyPatch.context() as monkeypatch:
        _same(_spec(series, monkeypatch), _altair_spec(series))


def test_drawing_the_series_chart_imports_no_altair():
    """The point of writing the spec by hand: a first brief's process never imports Altair."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    code = (
        "import sys, pandas as pd\n"
        "from partnerlens.brief import charts\n"
        "svg = charts.series_chart(pd.DataFrame({'year': [2021, 2022], 'flow': ['A → B'] * 2, 'value_usd': [1e6, 2e6]}))\n"
        "assert svg.startswith('<svg') and 'million USD' in svg, svg[:200]\n"
        "assert 'altair' not in sys.modules\n"
    )
    src = str(Path(__file__).resolve().parents[1] / "src")
    env = os.environ | {"PYTHONPATH": src + os.pathsep + os.environ.get("PYTHONPATH", "")}
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=300)
    assert run.returncode == 0, run.stderr
