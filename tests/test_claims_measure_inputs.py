"""The claim checker's ``measure`` on queries that its resolver never builds but the Python API can.

``trade_query`` gives a growth query its base year and a rank query its partner;
a :class:`TradeQuery` built by hand may lack them, and ``measure`` then says so
in one line instead of reading a year ``None`` or failing inside the SQL.
"""

from __future__ import annotations

import pandas as pd
import pytest

from partnerlens.analytics.flows import open_flows
from partnerlens.claims.measure import TradeQuery, measure
from partnerlens.errors import PartnerlensError
from partnerlens.reference import resolve_party

FLOWS = pd.DataFrame(
    {
        "year": [2023, 2024, 2024],
        "exporter": ["RWA", "RWA", "KEN"],
        "importer": ["AZE", "AZE", "RWA"],
        "product": ["090240", "090240", "100199"],
        "value_usd": [1.0e6, 1.5e6, 2.0e6],
    }
)


def _query(metric: str, partner: str | None, base_year: int | None = None) -> TradeQuery:
    other = resolve_party(partner) if partner else None
    return TradeQuery(metric, "exports", resolve_party("RWA"), other, None, 2024, base_year)


def test_growth_without_a_base_year_is_refused() -> None:
    with open_flows(FLOWS) as f, pytest.raises(PartnerlensError, match="base year"):
        measure(f, _query("growth", "AZE"))


def test_growth_with_its_base_year_is_measured() -> None:
    with open_flows(FLOWS) as f:
        result = measure(f, _query("growth", "AZE", base_year=2023))
    assert result.value == pytest.approx(0.5)
    assert result.years == (2023, 2024)


def test_rank_without_a_partner_is_refused() -> None:
    with open_flows(FLOWS) as f, pytest.raises(PartnerlensError, match="partner"):
        measure(f, _query("rank", None))


def test_rank_with_a_partner_is_measured() -> None:
    with open_flows(FLOWS) as f:
        assert measure(f, _query("rank", "AZE")).value == 1.0
