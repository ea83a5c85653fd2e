"""Charts for briefs, rendered to inline SVG so that a brief needs no network.

Specs are Vega-Lite (written as Altair writes them) or, for the treemap that Vega-Lite
lacks, plain Vega; ``vl-convert`` renders both to SVG in-process. The product-space
chart is in :mod:`partnerlens.brief.charts_space`.
"""

from __future__ import annotations

import hashlib
import json
import math
import re
from typing import Any

import pandas as pd

from partnerlens.brief import chart_engine
from partnerlens.brief.chart_files import kept_or_drawn

VEGA_LITE_SCHEMA = "https://vega.github.io/schema/vega-lite/v6.4.1.json"
"""The Vega-Lite version the series chart's spec declares (Altair 6.3's; the spec is written here, without Altair,
which costs more to import and validate than the chart takes to draw)."""
FONT = "DejaVu Sans, Liberation Sans, Arial, sans-serif"
WIDTH = 640
# Colours of the two directions of a pair, and of the highlight in the product space.
DIRECTION_COLOURS = ("#1f5fa8", "#d9822b")
CANDIDATE_COLOUR = "#c0392b"
# Growth Lab product-space clusters (ids 0–7 in atlas-common-data), one colour each.
CLUSTER_COLOURS = ("#7fb069", "#c9a66b", "#4e79a7", "#9c6ad6", "#59a5b5", "#a0522d", "#e377c2", "#f1a340")
# 22 distinguishable colours (Tableau 20 and two greys) for the 21 HS sections and "all other products".
GROUP_COLOURS = (
    "#4e79a7",
    "#a0cbe8",
    "#f28e2b",
    "#ffbe7d",
    "#59a14f",
    "#8cd17d",
    "#b6992d",
    "#f1ce63",
    "#499894",
    "#86bcb6",
    "#e15759",
    "#ff9d9a",
    "#79706e",
    "#bab0ac",
    "#d37295",
    "#fabfd2",
    "#b07aa1",
    "#d4a6c8",
    "#9d7660",
    "#d7b5a6",
    "#6b6b6b",
    "#a9a9a9",
)
_CONFIG = {
    "font": FONT,
    "view": {"stroke": None},
    "axis": {"labelFontSize": 11, "titleFontSize": 11, "gridColor": "#e6e6e6", "domainColor": "#888"},
    "legend": {"labelFontSize": 11, "titleFontSize": 11, "orient": "bottom", "direction": "horizontal"},
}


# Per-mark ARIA attributes (one per edge and node) and 15-digit decimals make the
# SVG several times larger than what it draws; the figure carries its own caption.
# Decimals are cut only inside tags (the lookahead finds the tag's end before any
# text), so that numbers printed as text are left alone.
_MARK_ARIA = re.compile(r' (?:aria-label|aria-roledescription|role)="[^"]*"')
_LONG_DECIMAL = re.compile(r"(\d\.\d\d)\d+(?=[^<>]*>)")


def _svg(spec: dict, vega: bool = False) -> str:
    """SVG markup for a spec: read back when kept (:func:`partnerlens.brief.chart_files.kept_svg`), else drawn."""
    return kept_or_drawn(spec, vega, _drawn)


def _drawn(spec: dict, vega: bool) -> str:
    """SVG markup for a spec, without the XML namespace URIs that inline SVG in HTML does not need."""
    svg = chart_engine.draw(spec, vega)
    svg = re.sub(r'\s+xmlns(:xlink)?="[^"]*"', "", svg, count=2)
    svg = _MARK_ARIA.sub("", svg)
    svg = _LONG_DECIMAL.sub(r"\1", svg)
    return re.sub(
        r'(<svg[^>]*?)\swidth="(\d+)"\s+height="(\d+)"',
        r'\1 width="\2" height="\3" style="max-width:100%;height:auto"',
        svg,
        count=1,
    )


def series_chart(series: pd.DataFrame) -> str:
    """Line chart of trade by year in each direction.

    ``series`` has columns ``year``, ``flow`` (a label such as "Rwanda → Azerbaijan")
    and ``value_usd``; a missing value is a gap in its line, not a zero. The
    axis unit (thousand, million, billion USD) follows the largest value.
    """
    flows = list(dict.fromkeys(series["flow"]))
    divisor, unit = _unit(series["value_usd"].max())
    values = _json_records(series.assign(value=series["value_usd"] / divisor))
    name = _dataset_name(values)
    spec = {
        "config": {  # as Altair's ``configure`` writes it: its default view size, then the options by name
            "view": {"continuousWidth": 300, "continuousHeight": 300, "stroke": None},
            "axis": _CONFIG["axis"],
            "font": _CONFIG["font"],
            "legend": _CONFIG["legend"],
        },
        "data": {"name": name},
        "mark": {"type": "line", "point": {"size": 36}, "strokeWidth": 2},
        "encoding": {
            "color": {
                "field": "flow",
                "scale": {"domain": flows, "range": list(DIRECTION_COLOURS[: len(flows)])},
                "title": None,
                "type": "nominal",
            },
            "x": {"axis": {"labelAngle": 0}, "field": "year", "title": None, "type": "ordinal"},
            "y": {"axis": {"format": ",.3~f"}, "field": "value", "title": f"{unit} USD", "type": "quantitative"},
        },
        "height": 200,
        "width": WIDTH - 80,
        "$schema": VEGA_LITE_SCHEMA,
        "datasets": {name: values},
    }
    return _svg(spec)


def _json_records(frame: pd.DataFrame) -> list[dict]:
    """The rows of ``frame`` as JSON values, as Altair writes a DataFrame's data: numbers as Python numbers,
    missing and infinite values as None (``altair.utils.sanitize_pandas_dataframe``)."""
    columns: dict[str, list[Any]] = {}
    for name in frame.columns:
        column = frame[name]
        if pd.api.types.is_bool_dtype(column.dtype) and str(column.dtype) == "bool":
            columns[name] = [bool(v) for v in column]
        elif pd.api.types.is_integer_dtype(column.dtype) and str(column.dtype)[0] != "I":  # numpy ints
            columns[name] = [int(v) for v in column]
        elif pd.api.types.is_float_dtype(column.dtype) and str(column.dtype)[0] != "F":  # numpy floats
            columns[name] = [None if not math.isfinite(v) else float(v) for v in column.to_numpy(float)]
        else:  # strings, categories, nullable and object columns: missing values as None
            columns[name] = [None if _missing(v) else v for v in column.astype(object)]
    return [dict(zip(columns, row, strict=True)) for row in zip(*columns.values(), strict=True)]


def _missing(value: object) -> bool:
    return value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value))


def _dataset_name(values: list[dict]) -> str:
    """The name Altair gives inline data: a hash of its JSON (``altair.vegalite.v6.api._dataset_name``), so that
    the spec, and the kept chart it names, are the ones Altair wrote."""
    text = json.dumps(values, sort_keys=True, default=str)
    return "data-" + hashlib.sha256(text.encode()).hexdigest()[:32]


def _unit(largest: float) -> tuple[float, str]:
    for divisor, unit in ((1e9, "billion"), (1e6, "million"), (1e3, "thousand")):
        if largest >= divisor:
            return divisor, unit
    return 1.0, ""


def treemap_chart(items: pd.DataFrame, groups: list[str] | None = None, height: int = 260) -> str:
    """Squarified treemap of a basket: ``label``, ``value_usd``, ``group`` (colour) per item.

    ``groups`` fixes the colour of every possible group (the HS sections), so
    that two treemaps of a brief colour the same section alike; the legend lists
    only the groups present. Vega's ``treemap`` transform lays the rectangles
    out (Bruls, Huizing & van Wijk 2000); labels are drawn only where they fit.
    """
    total = float(items["value_usd"].sum())
    present = list(dict.fromkeys(items["group"]))
    domain = list(dict.fromkeys([*(groups or []), *present]))
    colour = {group: GROUP_COLOURS[n % len(GROUP_COLOURS)] for n, group in enumerate(domain)}
    leaves = [
        {
            "id": f"i{n}",
            "parent": "root",
            "label": row.label,
            "group": row.group,
            "value": float(row.value_usd),
            "share": f"{row.value_usd / total:.0%}" if total > 0 else "",
            "ink": _ink(colour[row.group]),
        }
        for n, row in enumerate(items.itertuples(index=False))
    ]
    spec = {
        "width": WIDTH - 20,
        "height": height,
        "padding": 4,
        "autosize": "pad",
        "config": {"text": {"font": FONT}, "legend": {"labelFont": FONT, "labelFontSize": 10, "symbolType": "square"}},
        "data": [
            {
                "name": "tree",
                "values": [{"id": "root", "parent": None}] + leaves,
                "transform": [
                    {"type": "stratify", "key": "id", "parentKey": "parent"},
                    {
                        "type": "treemap",
                        "field": "value",
                        "sort": {"field": "value"},
                        "round": True,
                        "method": "squarify",
                        "ratio": 1.6,
                        "paddingInner": 2,
                        "size": [{"signal": "width"}, {"signal": "height"}],
                    },
                ],
            },
            {"name": "leaves", "source": "tree", "transform": [{"type": "filter", "expr": "datum.id !== 'root'"}]},
        ],
        "scales": [{"name": "colour", "type": "ordinal", "domain": domain, "range": [colour[g] for g in domain]}],
        "legends": [
            {
                "fill": "colour",
                "values": present,
                "orient": "bottom",
                "direction": "horizontal",
                "columns": 2,
                "labelLimit": 290,
            }
        ],
        "marks": [
            {
                "type": "rect",
                "from": {"data": "leaves"},
                "encode": {
                    "enter": {
                        "x": {"field": "x0"},
                        "y": {"field": "y0"},
                        "x2": {"field": "x1"},
                        "y2": {"field": "y1"},
                        "fill": {"scale": "colour", "field": "group"},
                        "stroke": {"value": "white"},
                    }
                },
            },
            _treemap_label("datum.label", 14, 12, "bold", min_height=20),
            _treemap_label("datum.share", 27, 11, "normal", min_height=34),
        ],
    }
    return _svg(spec, vega=True)


def _treemap_label(text: str, dy: int, size: int, weight: str, min_height: int) -> dict:
    fits = f"datum.y1 - datum.y0 >= {min_height} && datum.x1 - datum.x0 >= 36"
    return {
        "type": "text",
        "from": {"data": "leaves"},
        "encode": {
            "enter": {
                "x": {"signal": "datum.x0 + 4"},
                "y": {"signal": f"datum.y0 + {dy}"},
                "text": {"signal": f"{fits} ? {text} : ''"},
                "limit": {"signal": "datum.x1 - datum.x0 - 8"},
                "fill": {"field": "ink"},
                "fontSize": {"value": size},
                "fontWeight": {"value": weight},
            }
        },
    }


def _ink(fill: str) -> str:
    """Dark text on light fills, white on dark ones (relative luminance, ITU-R BT.709 weights)."""
    red, green, blue = (int(fill[i : i + 2], 16) / 255 for i in (1, 3, 5))
    return "#1d2329" if 0.2126 * red + 0.7152 * green + 0.0722 * blue > 0.55 else "white"
