"""The claim checker: quantitative statements in a text, verified against the data.

    from partnerlens.claims import check
    from partnerlens.workspace import Workspace

    results = check("Bilateral trade between Rwanda and Azerbaijan was just $2 million in 2024.", Workspace.open("~/pl"))
    results[0].verdict, results[0].computed_value_usd, results[0].ratio

Steps (method, tolerances and caveats: ``docs/check.md``):

1. detection — the one extractor, :mod:`partnerlens.cooperation.extract`, reads
   trade claims (money and percentages: totals, flows, growth, shares), KPI
   counts and counts of agreements; :mod:`.published` reads GDP statements;
   :mod:`.reading` says how each was read and how sure;
2. grouping — :mod:`.group`: the same figure stated twice is one claim;
3. resolution — :mod:`.resolve` turns each into a query (parties and groups,
   sector → HS codes, "bilateral" = both directions, year);
4. measurement — by evidence independent of the article: :mod:`.published`
   (WDI totals, GDP, shares of total exports), :mod:`.measure` (the trade
   store), :mod:`.registry` (records with another source, :mod:`.independence`);
5. verdict — :mod:`.verdict` (``consistent``, ``inconsistent``, ``no_data``,
   ``unresolved``, ``unverifiable``), with the source and the :mod:`.caveats`
   that apply, most important first; :mod:`.present` prints it in one line.

No claim is dropped: one that cannot be resolved is returned as ``unresolved``.
Claims of accepted articles are kept with every check run (:mod:`.store`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from partnerlens.lazy import lazy_names

if TYPE_CHECKING:
    from partnerlens.claims.checker import check, check_article, check_claims, check_proposals
    from partnerlens.claims.model import Caveat, CheckedClaim, Claim

__all__ = ["Caveat", "CheckedClaim", "Claim", "check", "check_article", "check_claims", "check_proposals"]

# Loaded on first use (issue 16): importing a light module of the package (the claim store, the model) does not
# load the extractor, so a brief whose pair has no article to check never imports it.
__getattr__ = lazy_names(
    __name__,
    {"Caveat": ".model", "CheckedClaim": ".model", "Claim": ".model"}
    | dict.fromkeys(("check", "check_article", "check_claims", "check_proposals"), ".checker"),
)
