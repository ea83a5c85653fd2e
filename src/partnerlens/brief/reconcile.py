"""The pair's reconciliation with the trade figures its articles state: the claims layer meets ``analytics.reconcile``.

:func:`pair_reconciliation` is what ``partnerlens reconcile``, ``GET
/api/reconcile/{a}/{b}`` and the web panel call. Analytics cannot read claims
(layers call downwards), so the article figures are gathered here, at the
brief/claims layer, by :func:`article_figures` — the one place that turns the
claims of the pair's articles into :class:`~partnerlens.analytics.reconcile.ArticleFigure`.
It reads them as the brief does (:func:`partnerlens.brief.record.pair_claims`:
the registry's cited articles and the queued claim proposals); when claims
become stored records, this function is where they are read instead.
"""

from __future__ import annotations

from partnerlens.analytics import open_flows
from partnerlens.analytics.reconcile import ArticleFigure, Reconciliation, reconcile
from partnerlens.brief.record import pair_claims, pair_records
from partnerlens.errors import NoDataError
from partnerlens.reference import Party, resolve_party
from partnerlens.store import TradeStore
from partnerlens.workspace import Workspace

TRADE_METRICS = {"total", "exports", "imports"}


def pair_reconciliation(
    workspace: Workspace | None, a: str | Party, b: str | Party, year: int | None = None
) -> Reconciliation:
    """Every figure the workspace has for ``a`` and ``b`` in ``year`` (trade data, published, articles) and the causes of gaps.

    ``year`` defaults to the latest year of the store's primary release.
    """
    ws = workspace if isinstance(workspace, Workspace) else Workspace.open(workspace)
    party_a = a if isinstance(a, Party) else resolve_party(a)
    party_b = b if isinstance(b, Party) else resolve_party(b)
    store = TradeStore(ws)
    if year is None:
        primary = store.primary_source()
        if primary is None or not primary.years:
            raise NoDataError(
                "the trade store is empty: ingest a release first (partnerlens data ingest baci or data get comtrade)"
            )
        year = max(primary.years)
    return reconcile(store, party_a, party_b, year, article_figures(ws, store, party_a, party_b, year))


def article_figures(ws: Workspace, store: TradeStore, a: Party, b: Party, year: int) -> list[ArticleFigure]:
    """The trade figures (USD totals, exports, imports between the two parties) the pair's articles state for ``year``."""
    if not store.sources():
        return []
    records = pair_records(ws, a, b)
    with open_flows(store) as f:
        checked, _ = pair_claims(f, ws, a, b, records)
    figures = []
    for item, source in checked:
        claim = item.claim
        direction = _direction(claim, a, b)
        if (
            claim.unit != "usd"
            or claim.metric not in TRADE_METRICS
            or claim.year != year
            or direction is None
            or claim.value is None
        ):
            continue
        figures.append(
            ArticleFigure(
                text=claim.text,
                value_usd=float(claim.value),
                direction=direction,
                year=year,
                source=source.title or source.address or source.id,
                address=source.address,
                qualifier=claim.qualifier,
                verdict=item.verdict,
            )
        )
    return figures


def _side(code: str, a: Party, b: Party) -> str | None:
    if code in {a.code, *a.members}:
        return "a"
    if code in {b.code, *b.members}:
        return "b"
    return None


def _direction(claim, a: Party, b: Party) -> str | None:
    """``a_to_b``, ``b_to_a`` or ``total`` for a claim about the two parties; None for anything else."""
    if len(claim.parties) < 2:
        return None
    subject, partner = _side(claim.parties[0], a, b), _side(claim.parties[1], a, b)
    if subject is None or partner is None or subject == partner:
        return None
    if claim.metric == "total" or claim.flow == "total":
        return "total"
    exports = claim.metric == "exports" or claim.flow == "exports"
    return ("a_to_b" if subject == "a" else "b_to_a") if exports else ("b_to_a" if subject == "a" else "a_to_b")
