"""Export potential, diversification and complexity rankings (METHODS.md, *Export potential* and *Rankings*).

Export potential follows ITC's Export Potential Indicator (Decreux & Spies
2016), one module per step, each a documented pure function with its
parameters echoed in the result:

* :mod:`.supply` — the exporter's market share, RCA trend, re-export damping;
* :mod:`.demand` — the market's imports projected to a target year with
  published growth projections and income elasticities;
* :mod:`.distance` — CEPII distances for every pair, traded or not;
* :mod:`.access` — tariffs relative to the market's other suppliers;
* :mod:`.ease` — actual against predicted trade over several base years;
* :mod:`.assemble` — :func:`export_potential`, the product of the steps;
* :mod:`.tables` — the result's tables (products by untapped value, markets, members);
* :mod:`.inputs` — what feeds them: the exporter's flows (DuckDB) and :mod:`.matrix`,
  each year's store-wide demand as cached importer × product arrays.

:mod:`.diversify` ranks new products (product space); :mod:`.ranking` gives
Atlas-style ECI/PCI rankings; :mod:`.drill` one product for one pair.
"""

from partnerlens.analytics.potential.access import DEFAULT_SIGMA
from partnerlens.analytics.potential.assemble import DEFAULT_HORIZON, export_potential
from partnerlens.analytics.potential.distance import DEFAULT_THETA
from partnerlens.analytics.potential.diversify import (
    DEFAULT_WEIGHTS,
    diversification,
    pair_opportunities,
    product_space,
)
from partnerlens.analytics.potential.drill import ProductDetail, product_detail
from partnerlens.analytics.potential.ease import DEFAULT_EASE_BOUNDS, DEFAULT_EASE_YEARS
from partnerlens.analytics.potential.model import (
    DEFAULT_TOP,
    ComplexityRanking,
    Diversification,
    ExportPotential,
    PairOpportunities,
)
from partnerlens.analytics.potential.ranking import MIN_EXPORTS_USD, MIN_POPULATION, complexity_ranking

__all__ = [
    "DEFAULT_EASE_BOUNDS",
    "DEFAULT_EASE_YEARS",
    "DEFAULT_HORIZON",
    "DEFAULT_SIGMA",
    "DEFAULT_THETA",
    "DEFAULT_TOP",
    "DEFAULT_WEIGHTS",
    "MIN_EXPORTS_USD",
    "MIN_POPULATION",
    "ComplexityRanking",
    "Diversification",
    "ExportPotential",
    "PairOpportunities",
    "ProductDetail",
    "complexity_ranking",
    "diversification",
    "export_potential",
    "pair_opportunities",
    "product_detail",
    "product_space",
]
