"""Economic complexity agrees with the Growth Lab's ``ecomplexity`` (the reference)."""

import warnings

import ecomplexity
import numpy as np
import pandas as pd
import pyarrow as pa
import pytest

from partnerlens.analytics.complexity import complexity, proximity

KEYS = ["year", "exporter", "product"]
METRICS = ["rca", "mcp", "diversity", "ubiquity", "eci", "pci", "density", "coi", "cog"]
ECOMPLEXITY_COLUMNS = {"time": "year", "loc": "exporter", "prod": "product", "val": "value_usd"}


def reference(panel: pd.DataFrame, **options) -> pd.DataFrame:
    """``ecomplexity.ecomplexity`` on the panel, quietly."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return ecomplexity.ecomplexity(
            panel, ECOMPLEXITY_COLUMNS, verbose=False, check_logsupermodularity=False, **options
        )


def assert_agree(ours: pd.DataFrame, theirs: pd.DataFrame, metrics=METRICS) -> None:
    """Every row of ``theirs`` is in ``ours`` with the same metrics, to 1e-6."""
    merged = ours.merge(theirs, on=KEYS, suffixes=("", "_ref"), validate="one_to_one")
    assert len(merged) == len(theirs)
    for metric in metrics:
        np.testing.assert_allclose(merged[metric], merged[f"{metric}_ref"], rtol=0, atol=1e-6, err_msg=metric)


def long_panel(values: np.ndarray, year: int) -> pd.DataFrame:
    """Economies × products matrix as location × product rows, zeros left out (as in BACI)."""
    economy, product = np.nonzero(values)
    return pd.DataFrame(
        {
            "year": year,
            "exporter": [f"E{code:03d}" for code in economy],
            "product": [f"{code:04d}" for code in product],
            "value_usd": values[economy, product],
        }
    )


def latent_capability_values(rng: np.random.Generator, n_economies: int, n_products: int) -> np.ndarray:
    """Economies export the products whose requirement their capability exceeds, mostly.

    One latent dimension makes a nested matrix whose second eigenvalue is well
    separated from the third, so ECI is well defined.
    """
    capability = rng.random(n_economies)[:, np.newaxis]
    requirement = rng.random(n_products)
    exports_it = rng.random((n_economies, n_products)) < 1 / (1 + np.exp((requirement - capability) / 0.1))
    size = rng.lognormal(0, 1, (n_economies, 1))
    return size * rng.lognormal(0, 1, (n_economies, n_products)) * exports_it


def latent_capability_panel(n_economies=40, n_products=120, years=(2018, 2019, 2020), seed=7) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    return pd.concat(
        [long_panel(latent_capability_values(rng, n_economies, n_products), year) for year in years],
        ignore_index=True,
    )


# Four economies, five products; every economy exports 100, world 400.
# World shares of products: 100/400, 100/400, 100/400, 60/400, 40/400.
HAND = np.array(
    [
        [40, 30, 20, 10, 0],  # RCA 1.6, 1.2, 0.8, 0.67, 0    -> M 1 1 0 0 0
        [0, 40, 30, 20, 10],  # RCA 0, 1.6, 1.2, 1.33, 1.0    -> M 0 1 1 1 1
        [0, 0, 50, 30, 20],  # RCA 0, 0, 2.0, 2.0, 2.0       -> M 0 0 1 1 1
        [60, 30, 0, 0, 10],  # RCA 2.4, 1.2, 0, 0, 1.0       -> M 1 1 0 0 1
    ],
    dtype=float,
)


def test_small_panel_by_hand_and_against_ecomplexity():
    panel = long_panel(HAND, 2020)
    ours = complexity(panel)
    assert list(ours.columns) == KEYS + ["value_usd"] + METRICS
    assert len(ours) == 4 * 5
    by_economy = ours.groupby("exporter").first()
    by_product = ours.groupby("product").first()
    assert by_economy["diversity"].tolist() == [2, 4, 3, 3]
    assert by_product["ubiquity"].tolist() == [2, 3, 2, 2, 3]
    rca = ours.pivot(index="exporter", columns="product", values="rca").to_numpy()
    np.testing.assert_allclose(rca[1], [0, 1.6, 1.2, 0.2 / 0.15, 1.0])
    assert ours["mcp"].tolist() == [1, 1, 0, 0, 0, 0, 1, 1, 1, 1, 0, 0, 1, 1, 1, 1, 1, 0, 0, 1]
    assert by_economy["eci"].mean() == pytest.approx(0, abs=1e-12)
    assert by_economy["eci"].std(ddof=0) == pytest.approx(1)
    assert_agree(ours, reference(panel))


def test_random_panel_agrees_with_ecomplexity():
    panel = latent_capability_panel()
    ours, theirs = complexity(panel), reference(panel)
    assert len(ours) == len(theirs)  # each year's economies × that year's products
    assert_agree(ours, theirs)
    # PCI is on the ECI's scale: an economy's ECI is the mean PCI of what it exports.
    exported = ours[ours.mcp == 1].groupby(["year", "exporter"])
    np.testing.assert_allclose(exported["eci"].first(), exported["pci"].mean(), atol=1e-12)


def test_more_economies_than_products_agrees_with_ecomplexity():
    panel = latent_capability_panel(n_economies=90, n_products=30, years=(2020,), seed=3)
    assert_agree(complexity(panel), reference(panel))


def test_bilateral_flows_are_summed_over_importers():
    panel = latent_capability_panel(years=(2020,))
    halves = [panel.assign(importer=importer, value_usd=panel.value_usd / 2) for importer in ("AAA", "BBB")]
    bilateral = pd.concat(halves, ignore_index=True)
    pd.testing.assert_frame_equal(complexity(bilateral), complexity(panel), check_exact=False, atol=1e-9)


def test_accepts_arrow_tables_and_other_column_names():
    panel = latent_capability_panel(years=(2020,))
    renamed = panel.rename(columns={"year": "t", "exporter": "origin", "product": "hs4", "value_usd": "v"})
    ours = complexity(pa.Table.from_pandas(renamed), time="t", location="origin", product="hs4", value="v")
    assert list(ours.columns[:4]) == ["t", "origin", "hs4", "v"]
    np.testing.assert_array_equal(ours["eci"], complexity(panel)["eci"])


def panel_with_zero_diversity_and_ubiquity() -> pd.DataFrame:
    """A latent-capability year plus two economies and two products whose RCA stays near 1.

    The two "flat" economies export every product in proportion to world
    exports, and every economy exports the two "universal" products in
    proportion to its total (±5%): with a presence threshold of 1.2, the flat
    economies have zero diversity and the universal products zero ubiquity.
    """
    rng = np.random.default_rng(11)
    core = latent_capability_values(rng, 40, 120)
    world_shares = core.sum(axis=0) / core.sum()
    flat = rng.lognormal(0, 1, (2, 1)) * world_shares * rng.uniform(0.95, 1.05, (2, 120))
    with_flat = np.vstack([core, flat])
    universal = 0.02 * with_flat.sum(axis=1, keepdims=True) * rng.uniform(0.95, 1.05, (42, 2))
    return long_panel(np.hstack([with_flat, universal]), 2020)


def test_zero_diversity_and_ubiquity_are_left_out():
    threshold = 1.2
    panel = panel_with_zero_diversity_and_ubiquity()
    ours = complexity(panel, rca_threshold=threshold)
    zero_diversity, zero_ubiquity = ours["diversity"] == 0, ours["ubiquity"] == 0
    assert ours.loc[zero_diversity, "exporter"].nunique() == 2
    assert ours.loc[zero_ubiquity, "product"].nunique() == 2

    # Presence is computed on the whole panel ...
    with_presence = reference(panel, rca_mcp_threshold=threshold)
    assert_agree(ours, with_presence, ["rca", "mcp", "diversity", "ubiquity"])
    # ... and complexity on the rest, as ecomplexity does when given that presence.
    presence = with_presence[KEYS + ["mcp"]].rename(columns={"mcp": "value_usd"})
    on_the_rest = reference(presence, presence_test="manual").dropna(subset=["eci"])
    assert_agree(ours, on_the_rest, ["eci", "pci", "density", "coi", "cog"])

    assert ours.loc[zero_diversity, ["eci", "density", "coi", "cog"]].isna().all().all()
    assert ours.loc[zero_ubiquity, ["pci", "density", "cog"]].isna().all().all()
    assert ours.loc[~zero_diversity & ~zero_ubiquity].notna().all().all()


def test_a_year_with_a_single_economy_has_presence_but_no_complexity():
    single = long_panel(HAND[:1], 2020)
    ours = complexity(single)
    assert ours["mcp"].tolist() == [1, 1, 1, 1]  # every product it exports: RCA 1
    assert ours[["eci", "pci", "density", "coi", "cog"]].isna().all().all()


def test_manual_presence_agrees_with_ecomplexity():
    panel = latent_capability_panel(years=(2020,))
    presence = complexity(panel)[KEYS + ["mcp"]].rename(columns={"mcp": "value_usd"})
    ours = complexity(presence, presence_test="manual")
    assert ours["rca"].isna().all()
    assert_agree(ours, reference(presence, presence_test="manual"), METRICS[1:])


def test_proximity_by_hand():
    hand = proximity(long_panel(HAND, 2020)).set_index(["product_1", "product_2"])["proximity"]
    # products 0000 and 0001 are both exported by E000 and E003; ubiquity 2 and 3
    assert hand[("0000", "0001")] == pytest.approx(2 / 3)
    assert hand[("0000", "0000")] == 1


@pytest.mark.parametrize(
    "panel, threshold",
    [(latent_capability_panel(), 1.0), (panel_with_zero_diversity_and_ubiquity(), 1.2)],
    ids=["random panel", "zero ubiquity"],
)
def test_proximity_agrees_with_ecomplexity(panel, threshold):
    ours = proximity(panel, rca_threshold=threshold)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        theirs = ecomplexity.proximity(panel, ECOMPLEXITY_COLUMNS, rca_mcp_threshold=threshold)
    assert len(ours) == len(theirs)
    merged = ours.merge(theirs, on=["year", "product_1", "product_2"], suffixes=("", "_ref"))
    np.testing.assert_allclose(merged["proximity"], merged["proximity_ref"], rtol=0, atol=1e-12)
    assert ours["proximity"].isna().any() == (threshold > 1)


def test_refuses_missing_values_and_unknown_presence_tests():
    panel = long_panel(HAND, 2020)
    with pytest.raises(ValueError, match="missing values"):
        complexity(panel.assign(value_usd=np.where(panel.index == 0, np.nan, panel.value_usd)))
    with pytest.raises(ValueError, match="presence_test"):
        complexity(panel, presence_test="rpop")
    with pytest.raises(ValueError, match="0 or 1"):
        complexity(panel, presence_test="manual")
    with pytest.raises(ValueError, match="lack column"):
        complexity(panel.drop(columns="year"))
