"""Settings of the sources that the command line shows in its help (kept here so ``--help`` imports no source).

The demo world's scales and seed, the Comtrade key's environment variable:
``sources.demo`` and ``sources.comtrade`` import them from here.
"""

from __future__ import annotations

from dataclasses import dataclass

from partnerlens.settings import COMTRADE_KEY_ENV  # noqa: F401 (environment variables: partnerlens.settings)

DEFAULT_SEED = 42
BACI_RELEASE = "V202501"  # the release `data get baci` downloads by default
BACI_NOMENCLATURE = "HS92"


@dataclass(frozen=True)
class Scale:
    """How big a demo world is: which products, and ``nu`` (USD), the flow-existence scale."""

    name: str
    one_product_per_hs4: bool
    nu_usd: float
    about: str


SCALES = {
    "small": Scale("small", True, 4_000_000.0, "one HS6 product per HS4 heading, ~0.9M flows a year (seconds)"),
    "medium": Scale("medium", False, 1_500_000.0, "all HS6 products, ~2.6M flows a year"),
    "full": Scale("full", False, 120_000.0, "all HS6 products, ~10M flows a year (BACI size)"),
}
