"""Building a brief: its inputs (``inputs_for``), its sections (``compose``), and writing it (``write``).

``build`` computes (``gather.gather_inputs``), writes the eight sections (``sections``) and
numbers the citations in order of first use (``model.Citations``); ``render``
turns the result into text or PDF bytes; ``write`` saves it atomically. The
package :mod:`partnerlens.brief` re-exports these names and loads this module
(charts, claims, extraction) only when one of them is used.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from partnerlens import __version__
from partnerlens.analytics import BilateralProfile, open_flows
from partnerlens.analytics.flows import Flows, FlowsLike
from partnerlens.brief.chart_files import drawn_alongside, drawn_early, kept_svg
from partnerlens.brief.gather import TOP, BriefInputs, gather_inputs
from partnerlens.brief.kept import BRIEFS, CHARTS, INPUTS, kept_path, kept_pickle
from partnerlens.brief.model import Brief, Citations
from partnerlens.brief.output import save
from partnerlens.brief.rendering import FORMATS, render
from partnerlens.errors import PartnerlensError
from partnerlens.reference import Party, resolve_party
from partnerlens.store import SourceInfo, TradeStore
from partnerlens.workspace import Workspace, code_fingerprint

__all__ = ["FORMATS", "Brief", "build", "built", "compose", "inputs_for", "render", "write"]


def build(
    a: str | Party,
    b: str | Party,
    year: int | None = None,
    *,
    workspace: Workspace | str | Path | None = None,
    flows: FlowsLike | None = None,
    top: int = TOP,
) -> Brief:
    """The brief for parties ``a`` and ``b`` (names, codes or groups) in ``year`` (default: latest in the data).

    Trade comes from ``flows`` if given (a DataFrame, store or open handle),
    else from the workspace's store; events, agreements and articles from the
    workspace's cooperation registry. ``top`` is how many products each table lists.
    Over the workspace's store, or an open handle on it (a server's long-lived
    reader, ``web.reader``), the composed brief is kept (``brief.kept``) for
    the day: a second brief of the pair, with nothing changed, is read back
    without computing or drawing anything.
    """
    return built(a, b, year, workspace=workspace, flows=flows, top=top)[0]


def built(
    a: str | Party,
    b: str | Party,
    year: int | None = None,
    *,
    workspace: Workspace | str | Path | None = None,
    flows: FlowsLike | None = None,
    top: int = TOP,
) -> tuple[Brief, list[SourceInfo]]:
    """``(brief, releases)``: :func:`build`'s brief and the store releases it was computed from (none for ``flows``)."""
    party_a, party_b = resolve_party(a), resolve_party(b)
    ws = workspace if isinstance(workspace, Workspace) else Workspace.open(workspace)

    sources: list[SourceInfo] = []

    def compute(handle: FlowsLike | None) -> Brief:
        from partnerlens.brief import chart_engine  # the chart engine starts only when something is drawn

        chart_engine.start()  # in a process of its own, while the analytics run
        if not sources:
            with drawn_early():  # charts drawn as soon as their data exist, while the analytics go on
                return compose(inputs_for(party_a, party_b, year, workspace=ws, flows=handle, top=top))
        with kept_svg(kept_path(ws, CHARTS, code_fingerprint()[:16], sources, "")), drawn_early():
            return compose(inputs_for(party_a, party_b, year, workspace=ws, flows=handle, top=top))

    if not _over_store(flows, ws):
        return compute(flows), []
    with open_flows(flows if flows is not None else TradeStore(ws)) as f:  # one opening of the store per brief
        asked = (_asked(party_a), _asked(party_b), f.year_or_latest(year), top, date.today().isoformat())
        sources += f.sources
        return kept_pickle(ws, BRIEFS, asked, sources, lambda: compute(f)), sources


def inputs_for(
    a,
    b,
    year: int | None = None,
    *,
    workspace=None,
    flows: FlowsLike | None = None,
    top: int = TOP,
    profile: BilateralProfile | None = None,
) -> BriefInputs:
    """Everything a brief computes for ``a`` and ``b`` (trade, registry, claims), before any section is written.

    ``profile``: the pair's profile over all products, if already computed (used when its year is the year asked).
    """
    party_a, party_b = resolve_party(a), resolve_party(b)
    ws = workspace if isinstance(workspace, Workspace) else Workspace.open(workspace)
    with open_flows(flows if flows is not None else TradeStore(ws)) as f:

        def compute() -> BriefInputs:
            return _gathered(f, ws, party_a, party_b, year, top, profile)

        if not _over_store(flows, ws) or profile is not None:  # a table of the caller's; a profile of its own
            return compute()
        asked = (_asked(party_a), _asked(party_b), f.year_or_latest(year), top)
        return kept_pickle(ws, INPUTS, asked, f.sources, compute)  # a second brief of the pair reads them back


def _over_store(flows: FlowsLike | None, ws: Workspace) -> bool:
    """Whether ``flows`` reads the workspace's store: none given, or a handle open on it (a server's reader).

    What is computed over the store is kept (``brief.kept``, keyed by the handle's releases): the same key
    whether the brief opened the store itself or read it through a handle a server keeps open.
    """
    return flows is None or (
        isinstance(flows, Flows) and flows.store is not None and flows.store.workspace.home == ws.home
    )


def _asked(party: Party) -> tuple:
    return party.code, party.name, tuple(sorted(party.members))


def _gathered(
    f: Flows, ws: Workspace, a: Party, b: Party, year: int | None, top: int, profile: BilateralProfile | None
) -> BriefInputs:
    """The inputs computed: trade through ``f``, then the registry's records and the claims of their articles."""
    from partnerlens.brief.record import pair_claims, pair_records, read_ahead  # the claim checker and the extractor
    from partnerlens.brief.section_charts import space_chart_ahead, trade_charts  # not the sections: see there
    from partnerlens.evidence import EvidenceStore  # (loaded by the analytics already)

    # One opening of the workspace database for the pair's records and the evidence catalogue: the tariffs, services
    # and investment read the catalogue later from this process's memo (catalogue.remembered), without opening it.
    with ws.connect():
        records = pair_records(ws, a, b)
        EvidenceStore(ws).sources()
    reading = read_ahead(ws, list(f.sources), records)  # the articles are read while the trade is computed
    inputs = gather_inputs(
        f,
        a,
        b,
        year,
        top=top,
        records=records,
        profile=profile,
        on_profile=lambda p: trade_charts(a.name, b.name, p),  # (drawn only within chart_files.drawn_early)
        on_direction=lambda d: space_chart_ahead(d, f.nomenclature),
    )
    reading.join()
    with ws.connect():  # the claims' checks, their runs recorded, the review queue: one opening of the database
        inputs.claims, inputs.articles = pair_claims(f, ws, a, b, records)  # (held for this short step only)
    return inputs


def compose(inputs: BriefInputs) -> Brief:
    """Write the sections over computed inputs; citations are numbered as the sections cite them."""
    from partnerlens.brief.sections import SECTIONS  # the sections draw charts

    cites = Citations()
    with drawn_alongside() as resolved:  # the charts are drawn while the later sections are written
        sections = resolved([make(inputs, cites) for make in SECTIONS])
    a, b = inputs.a.name, inputs.b.name
    subtitle = f"Goods trade {inputs.year}" + (
        f" (data cover {min(inputs.years)}–{max(inputs.years)})" if inputs.years else ""
    )
    subtitle += f" · generated {date.today().isoformat()} by partnerlens {__version__}"
    if inputs.synthetic:
        subtitle += " · synthetic demo data"
    return Brief(
        title=f"{a} × {b}: partnership brief",
        subtitle=subtitle,
        a=a,
        b=b,
        year=inputs.year,
        synthetic=inputs.synthetic,
        generated_on=date.today(),
        sections=sections,
        citations=cites,
        parameters=inputs.parameters,
    )


def write(brief: Brief, path: str | Path, fmt: str | None = None) -> Path:
    """Render ``brief`` and save it at ``path`` atomically (format from ``fmt`` or the file suffix)."""
    target = Path(path).expanduser()
    fmt = fmt or target.suffix.lstrip(".").lower()
    if fmt not in FORMATS:
        raise PartnerlensError(f"cannot tell the brief format from {target.name!r}; use --format {'|'.join(FORMATS)}")
    content = render(brief, fmt)
    return save(content, target)
