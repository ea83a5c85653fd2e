"""The product space's edges as one SVG path (``brief.charts_space._edge_path``): made once per process, the same
string the chart wrote when it projected them for every chart (a brief's SVG bytes depend on it)."""

from __future__ import annotations

from partnerlens.brief import charts_space
from partnerlens.brief.charts import WIDTH


def test_the_edges_path_is_the_projection_of_every_edge_and_made_once():
    layout = charts_space.product_space_layout("HS92")
    assert layout is not None
    nodes, edges = layout
    width, height = WIDTH - 20, 400
    project = charts_space._projection(nodes, width, height)
    x0, y0 = project(edges["x"], edges["y"])
    x1, y1 = project(edges["x2"], edges["y2"])
    expected = "".join(f"M{a:.1f},{b:.1f}L{c:.1f},{d:.1f}" for a, b, c, d in zip(x0, y0, x1, y1, strict=True))
    charts_space._edge_path.cache_clear()
    first = charts_space._edge_path("HS92", width, height)
    assert first == expected and first.count("M") == len(edges) > 4000
    assert charts_space._edge_path("HS92", width, height) is first
    assert charts_space._edge_path.cache_info().hits == 1
