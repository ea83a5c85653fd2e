"""Trade analytics: pure functions, tables in, tables (or numbers) out; none prints.

Every function takes flows as its first argument: a pandas DataFrame or an
Arrow table (``year, exporter, importer, product, value_usd``), a
``TradeStore`` or ``Workspace`` (its store, queried in DuckDB), an open
:class:`Flows` handle, or ``None`` for the default workspace. Parties may be
economies or groups everywhere (see :mod:`partnerlens.analytics.flows`).
Methods, formulas and references: ``docs/analytics.md`` and METHODS.md.

The names below are loaded on first use (PEP 562), so that importing one
module of the package (``partnerlens.analytics.profile``, which runs without
pandas) does not import every other one.
"""

from __future__ import annotations

import importlib
import sys
import types
from typing import TYPE_CHECKING, Any

from partnerlens.lazy import lazy_names

if TYPE_CHECKING:
    from partnerlens.analytics.flows import (
        Flows,
        as_party,
        exporter_rca,
        exports_by_product,
        flow_values,
        open_flows,
        pair_sides,
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
    from partnerlens.analytics.profile import BilateralProfile, PairIndices, bilateral_profile, pair_indices
    from partnerlens.analytics.selection import selected_products

_MODULES = {
    "partnerlens.analytics.flows": (
        "Flows",
        "as_party",
        "exporter_rca",
        "exports_by_product",
        "flow_values",
        "open_flows",
        "pair_sides",
    ),
    "partnerlens.analytics.members": ("MemberBreakdown", "member_breakdown"),
    "partnerlens.analytics.potential": (
        "ComplexityRanking",
        "Diversification",
        "ExportPotential",
        "ProductDetail",
        "complexity_ranking",
        "diversification",
        "export_potential",
        "pair_opportunities",
        "product_detail",
    ),
    "partnerlens.analytics.profile": ("BilateralProfile", "PairIndices", "bilateral_profile", "pair_indices"),
    "partnerlens.analytics.selection": ("selected_products",),
}
_load = lazy_names(__name__, {name: module for module, names in _MODULES.items() for name in names})

# name → (module of the table function, its name, the reducer in partnerlens.analytics.flows)
_ACCEPTING = {
    "rca": ("indices", "rca", "year_reduced"),
    "trade_complementarity": ("indices", "trade_complementarity", "pair_reduced"),
    "trade_intensity": ("indices", "trade_intensity", "pair_reduced"),
    "export_similarity": ("indices", "export_similarity", "pair_reduced"),
    "complexity": ("complexity", "complexity", "panel_reduced"),
    "proximity": ("complexity", "proximity", "panel_reduced"),
}


def __getattr__(name: str) -> Any:
    """A public name of the package, imported from its module the first time it is asked for; the table functions
    of ``_ACCEPTING`` made to accept any flows-like value."""
    if name not in _ACCEPTING:
        return _load(name)
    module, function, reducer = _ACCEPTING[name]
    flows = importlib.import_module("partnerlens.analytics.flows")
    table_function = getattr(importlib.import_module(f"partnerlens.analytics.{module}"), function)
    value = flows.accepting_flows(table_function, getattr(flows, reducer))
    globals()[name] = value
    return value


class _Package(types.ModuleType):
    """This package's module type: ``complexity`` stays the function when the submodule of that name is loaded.

    Python sets a package's attribute to each submodule it loads; the package
    used to import ``analytics.complexity`` first and then rebind the name to the
    table function, which is what ``analytics.complexity(flows)`` calls.
    """

    def __setattr__(self, name: str, value: Any) -> None:
        if name in _ACCEPTING and isinstance(value, types.ModuleType):
            return
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Package

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
