"""Trade analytics: pure functions, tables in, tables (or numbers) out; none prints.

Every function takes flows as its first argument: a pandas DataFrame or an
Arrow table (``year, exporter, importer, product, value_usd``), a
``TradeStore`` or ``Workspace`` (its store, queried in DuckDB), an open
:class:`Flows` handle, or ``None`` for the default workspace. Parties may be
economies or groups everywhere (see :mod:`partnerlens.analytics.flows`).
Methods, formulas and references: ``docs/analytics.md`` and METHODS.md.
"""

from partnerlens.analytics import complexity as _complexity
from partnerlens.analytics import indices as _indices
from partnerlens.analytics.flows import (
    Flows,
    accepting_flows,
    as_party,
    exporter_rca,
    exports_by_product,
    flow_values,
    open_flows,
    pair_reduced,
    pair_sides,
    panel_reduced,
    year_reduced,
)
from partnerlens.analytics.members import MemberBreakdown, member_breakdown
from partnerlens.analytics.potential import (
    ComplexityRanking,
    Diversification,
    ExportPotential,
    ProductDetail,
    complexity_ranking,
    diversification,
    export_potential,
    pair_opportunities,
    product_detail,
)
from partnerlens.analytics.profile import (
    BilateralProfile,
    PairIndices,
    bilateral_profile,
    pair_indices,
)
from partnerlens.analytics.selection import selected_products

rca = accepting_flows(_indices.rca, year_reduced)
trade_complementarity = accepting_flows(_indices.trade_complementarity, pair_reduced)
trade_intensity = accepting_flows(_indices.trade_intensity, pair_reduced)
export_similarity = accepting_flows(_indices.export_similarity, pair_reduced)
complexity = accepting_flows(_complexity.complexity, panel_reduced)
proximity = accepting_flows(_complexity.proximity, panel_reduced)

__all__ = [
    "BilateralProfile",
    "ComplexityRanking",
    "Diversification",
    "ExportPotential",
    "Flows",
    "PairIndices",
    "as_party",
    "bilateral_profile",
    "complexity",
    "complexity_ranking",
    "diversification",
    "export_potential",
    "pair_opportunities",
    "export_similarity",
    "exporter_rca",
    "exports_by_product",
    "flow_values",
    "member_breakdown",
    "MemberBreakdown",
    "product_detail",
    "ProductDetail",
    "selected_products",
    "open_flows",
    "pair_indices",
    "pair_sides",
    "proximity",
    "rca",
    "trade_complementarity",
    "trade_intensity",
]
