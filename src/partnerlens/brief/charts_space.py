"""The product-space chart of a brief: the Growth Lab's layout with an exporter's products and its candidates.

The layout and edges for HS92 four-digit products are those ``atlas-common-data`` ships (Hausmann et al., *Atlas of
Economic Complexity*, 2014), read from the package's files by path; the chart is a plain Vega spec with coordinates
projected here, drawn to SVG by the brief's one chart engine (:mod:`partnerlens.brief.charts`).
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pandas as pd

from partnerlens.brief.charts import CANDIDATE_COLOUR, CLUSTER_COLOURS, FONT, WIDTH, _svg


@cache
def product_space_layout(nomenclature: str = "HS92") -> tuple[pd.DataFrame, pd.DataFrame] | None:
    """The Growth Lab product space: nodes (``code, name, x, y, cluster``) and edges (``x, y, x2, y2``).

    None when ``atlas-common-data`` ships no layout for the nomenclature.
    """
    classification = nomenclature.lower()
    if classification not in _space_classifications():
        return None
    products = _product_csv(classification)
    nodes = products.loc[
        (products["product_level"] == 4) & products["product_space_x"].notna(),
        ["product_id", "code", "name_short_en", "product_space_x", "product_space_y", "cluster_id"],
    ].rename(columns={"name_short_en": "name", "product_space_x": "x", "product_space_y": "y", "cluster_id": "cluster"})
    nodes["cluster"] = nodes["cluster"].astype(int)
    position = nodes.set_index("product_id")[["x", "y"]]
    edges = _product_csv(f"{classification}_ps_edges")
    edges = (
        edges.join(position, on="source").join(position.rename(columns={"x": "x2", "y": "y2"}), on="target").dropna()
    )
    return nodes.drop(columns="product_id").reset_index(drop=True), edges[["x", "y", "x2", "y2"]].reset_index(drop=True)


def placed(codes: list[str], nomenclature: str = "HS92") -> list[str]:
    """The HS4 ``codes`` the product-space layout places (about 870 of 1,240 HS92 headings have a position)."""
    layout = product_space_layout(nomenclature)
    known = set(layout[0]["code"]) if layout else set()
    return [code for code in codes if code in known]


@cache
def _cluster_names(nomenclature: str) -> tuple[str, ...]:
    clusters = _product_csv(f"{nomenclature.lower()}_ps_clusters").sort_values("cluster_id")
    return tuple(clusters["name_short_en"])


def _space_classifications() -> list[str]:
    """The classifications ``atlas-common-data`` ships a product space for (its own rule: an edges file)."""
    return sorted(path.stem.removesuffix("_ps_edges") for path in _product_folder().glob("*_ps_edges.csv"))


def _product_csv(name: str) -> pd.DataFrame:
    """``classification/product/<name>.csv`` of ``atlas-common-data``, read as its loaders read it (``pd.read_csv``).

    By path, without importing the package: its ``__init__`` imports its data sources with ``requests``,
    ``urllib3`` and ``ssl`` (a few tenths of a second of CPU, holding the GIL the brief's analytics want).
    """
    path = _product_folder() / f"{name}.csv"
    if not path.exists():
        raise FileNotFoundError(f"Data file not found: {path}")
    return pd.read_csv(path)


def _product_folder() -> Path:
    from partnerlens.reference.atlas import data_dir

    return data_dir() / "classification" / "product"


def product_space_chart(present: set[str], candidates: list[str], nomenclature: str = "HS92") -> str | None:
    """The product space with the exporter's products (RCA ≥ 1) in colour and candidates ringed.

    ``present`` and ``candidates`` are HS4 codes; candidates are numbered by
    their place in ``candidates`` (names would collide where the space is
    dense); a product the layout does not place is not drawn. A Vega spec with coordinates projected here, so that
    the 4,000-odd edges are one SVG path rather than one element each. None
    when there is no layout for the nomenclature.
    """
    layout = product_space_layout(nomenclature)
    if layout is None:
        return None
    nodes = layout[0]
    width, height = WIDTH - 20, 400
    project = _projection(nodes, width, height)
    names = _cluster_names(nomenclature)
    rank = {code: n for n, code in enumerate(candidates, start=1)}
    px, py = project(nodes["x"], nodes["y"])
    points = nodes.assign(
        px=px, py=py, present=nodes["code"].isin(present), cluster_name=[names[c] for c in nodes["cluster"]]
    )
    points = points.sort_values("present")
    ringed = points[points["code"].isin(rank)].assign(rank=lambda t: t["code"].map(rank))
    edge_path = _edge_path(nomenclature, width, height)
    spec = {
        "width": width,
        "height": height,
        "padding": 4,
        "autosize": "pad",
        "config": {
            "text": {"font": FONT},
            "legend": {"labelFont": FONT, "titleFont": FONT, "labelFontSize": 10, "titleFontSize": 11},
        },
        "data": [
            {"name": "nodes", "values": _records(points, ["px", "py", "present", "cluster_name"])},
            {"name": "ringed", "values": _records(ringed, ["px", "py", "rank"])},
        ],
        "scales": [
            {"name": "colour", "type": "ordinal", "domain": list(names), "range": list(CLUSTER_COLOURS[: len(names)])}
        ],
        "legends": [
            {
                "fill": "colour",
                "title": "Exported with RCA ≥ 1, by product-space cluster",
                "orient": "bottom",
                "direction": "horizontal",
                "columns": 4,
                "labelLimit": 150,
                "titleLimit": 500,
                "symbolType": "circle",
            }
        ],
        "marks": [
            {
                "type": "path",
                "encode": {
                    "enter": {
                        "path": {"value": edge_path},
                        "stroke": {"value": "#d9d9d9"},
                        "strokeWidth": {"value": 0.5},
                    }
                },
            },
            {
                "type": "symbol",
                "from": {"data": "nodes"},
                "encode": {
                    "enter": {
                        "x": {"field": "px"},
                        "y": {"field": "py"},
                        "size": {"signal": "datum.present ? 42 : 14"},
                        "fill": [
                            {"test": "datum.present", "scale": "colour", "field": "cluster_name"},
                            {"value": "#c4c4c4"},
                        ],
                        "stroke": {"value": "white"},
                        "strokeWidth": {"signal": "datum.present ? 0.5 : 0"},
                    }
                },
            },
            {
                "type": "symbol",
                "from": {"data": "ringed"},
                "encode": {
                    "enter": {
                        "x": {"field": "px"},
                        "y": {"field": "py"},
                        "size": {"value": 120},
                        "fill": {"value": "transparent"},
                        "stroke": {"value": CANDIDATE_COLOUR},
                        "strokeWidth": {"value": 1.8},
                    }
                },
            },
            {
                "type": "text",
                "from": {"data": "ringed"},
                "encode": {
                    "enter": {
                        "x": {"signal": "datum.px + 6"},
                        "y": {"signal": "datum.py - 5"},
                        "text": {"field": "rank"},
                        "fill": {"value": CANDIDATE_COLOUR},
                        "fontSize": {"value": 11},
                        "fontWeight": {"value": "bold"},
                        "stroke": {"value": "white"},
                        "strokeWidth": {"value": 0.3},
                    }
                },
            },
        ],
    }
    return _svg(spec, vega=True)


@cache
def _edge_path(nomenclature: str, width: int, height: int) -> str:
    """The product space's 4,000-odd edges projected onto the plot, as one SVG path: the same in every chart of the
    nomenclature, so made once per process (0.16 s of CPU, on the path of a brief's last chart: issue 16)."""
    layout = product_space_layout(nomenclature)
    assert layout is not None
    nodes, edges = layout
    project = _projection(nodes, width, height)
    x0, y0 = project(edges["x"], edges["y"])
    x1, y1 = project(edges["x2"], edges["y2"])
    return "".join(f"M{a:.1f},{b:.1f}L{c:.1f},{d:.1f}" for a, b, c, d in zip(x0, y0, x1, y1, strict=False))


def _projection(nodes: pd.DataFrame, width: int, height: int):
    """Linear map of layout coordinates onto the plot, y upwards, keeping the aspect ratio."""
    xmin, xmax, ymin, ymax = nodes["x"].min(), nodes["x"].max(), nodes["y"].min(), nodes["y"].max()
    scale = min(width / (xmax - xmin), height / (ymax - ymin))

    def project(x: pd.Series, y: pd.Series):
        return ((x - xmin) * scale).to_numpy(), (height - (y - ymin) * scale).to_numpy()

    return project


def _records(frame: pd.DataFrame, columns: list[str]) -> list[dict]:
    return frame[columns].to_dict(orient="records")
