"""Atlas-style rankings: the inclusion rule, disconnected presence matrices and the proximity diagonal."""

import json

import numpy as np
import pandas as pd
import pytest

from partnerlens.analytics import complexity_ranking
from partnerlens.analytics.complexity import complexity, proximity
from partnerlens.analytics.potential.ranking import inclusion
from partnerlens.reference import published

YEAR = 2017


def real_shaped_hs4(seed: int = 3, products: int = 120) -> pd.DataFrame:
    """Every economy WDI knows in 2017, tiny ones included, plus codes without WDI figures (Bouvet Island, …).

    Export values follow each economy's published goods exports (a small
    default where there is none), spread over HS4 codes by a latent
    capability model, so that tiny exporters get extreme RCAs as on real data.
    """
    rng = np.random.default_rng(seed)
    wdi = published.wdi()
    rows = wdi[(wdi["year"] == YEAR)].set_index("iso3")
    codes = sorted(set(rows.index) | {"BVT", "ATF", "HMD"})
    size = rows["exports_goods"].reindex(codes).fillna(5e7).clip(lower=1e6).to_numpy()
    hs4 = [f"{n:04d}" for n in rng.choice(np.arange(101, 9700), size=products, replace=False)]
    capability = rng.random(len(codes))[:, None] > rng.random(products)[None, :] * 0.9
    weights = rng.lognormal(0, 1.5, (len(codes), products)) * (capability | (rng.random((len(codes), products)) < 0.05))
    weights[weights.sum(axis=1) == 0, 0] = 1.0
    values = size[:, None] * weights / weights.sum(axis=1, keepdims=True)
    idx = np.argwhere(values > 0)
    return pd.DataFrame(
        {
            "year": YEAR,
            "exporter": np.asarray(codes)[idx[:, 0]],
            "importer": "WLD",
            "product": np.asarray(hs4)[idx[:, 1]],
            "value_usd": values[idx[:, 0], idx[:, 1]],
        }
    )


def latest(column: str) -> pd.Series:
    """Each economy's published figure in YEAR, else its latest earlier one (as the Atlas rule reads them)."""
    rows = published.wdi().query("year <= @YEAR").dropna(subset=[column]).sort_values("year")
    return rows.groupby("iso3")[column].last()


def test_default_ranking_has_no_economy_under_one_million_people_or_one_billion_of_exports():
    table = real_shaped_hs4()
    ranking = complexity_ranking(table, YEAR, digits=4, top=10)
    ranked = ranking.economies["exporter"]
    assert len(ranked) > 100
    assert (latest("population").loc[ranked] >= 1e6).all() and (latest("exports_goods").loc[ranked] >= 1e9).all()
    assert {"BVT", "ATF", "HMD"} <= set(ranking.excluded["exporter"])
    assert any(f"{len(ranking.excluded)} of " in note and "Atlas rule" in note for note in ranking.notes)
    everyone = complexity_ranking(table, YEAR, digits=4, include_all=True)
    assert len(everyone.economies) > len(ranked) and everyone.excluded.empty and everyone.parameters["include_all"]
    payload = ranking.to_dict()
    json.dumps(payload, allow_nan=False)
    assert payload["excluded_total"] == len(ranking.excluded) and payload["parameters"]["min_population"] == 1e6


def test_thresholds_are_parameters():
    table = real_shaped_hs4()
    strict = complexity_ranking(table, YEAR, digits=4, min_population=2e7, min_exports_usd=5e10)
    assert (latest("population").loc[strict.economies["exporter"]] >= 2e7).all()
    rule = inclusion(["RWA", "TUV", "BVT"], YEAR).set_index("exporter")
    assert rule.loc["RWA", "included"] and not rule.loc["TUV", "included"]
    assert rule.loc["TUV", "reason"].startswith("population under") and "no published" in rule.loc["BVT", "reason"]


def blocks_table() -> pd.DataFrame:
    """Two worlds that share no product: AAA, BBB make 01xx; CCC, DDD make 02xx."""
    rows = [
        ("AAA", "0101", 5),
        ("AAA", "0102", 1),
        ("BBB", "0101", 1),
        ("BBB", "0102", 5),
        ("CCC", "0201", 5),
        ("CCC", "0202", 1),
        ("DDD", "0201", 1),
        ("DDD", "0202", 5),
    ]
    return pd.DataFrame(
        [(YEAR, e, "WLD", p, float(v)) for e, p, v in rows],
        columns=["year", "exporter", "importer", "product", "value_usd"],
    )


def test_a_disconnected_presence_matrix_gives_nan_with_a_note():
    result = complexity(blocks_table())
    assert result["eci"].isna().all() and result["pci"].isna().all() and result["cog"].isna().all()
    assert result["density"].notna().all()
    assert any("disconnected" in note for note in result.attrs["notes"])
    ranking = complexity_ranking(blocks_table(), YEAR, include_all=True)
    assert ranking.economies.empty and any("disconnected" in note for note in ranking.notes)


def test_the_proximity_diagonal_is_selectable_and_leaves_eci_alone():
    table = real_shaped_hs4(products=40).query(
        "exporter in ['USA', 'DEU', 'RWA', 'KAZ', 'BRA', 'CHN', 'IND', 'KEN', 'FRA', 'JPN']"
    )
    ones, zeros = complexity(table), complexity(table, proximity_diagonal=0.0)
    assert np.allclose(ones["eci"], zeros["eci"], equal_nan=True)
    assert not np.allclose(ones["density"], zeros["density"], equal_nan=True)
    space = proximity(table, diagonal=0.0)
    diagonal = space[space["product_1"] == space["product_2"]]["proximity"].dropna()
    assert (diagonal == 0).all() and len(diagonal) > 0
    assert (proximity(table).query("product_1 == product_2")["proximity"].dropna() == 1).all()
    with pytest.raises(ValueError, match="diagonal"):
        complexity(table, proximity_diagonal=0.5)
