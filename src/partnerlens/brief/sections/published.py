"""The "Published indicators" block of the key figures: real figures of both parties, cited, apart from the store's.

Goods exports and imports (WDI, balance-of-payments basis), GDP, population,
the Growth Lab's published ECI with its rank among the economies the Atlas
ranks, and its growth projection, from :mod:`partnerlens.analytics.published`
(computed once with the profile). A group shows sums with "N of M members" and
its members' ECI as a table, never an average.
"""

from __future__ import annotations

from partnerlens.analytics.published import ORDER, PUBLISHED_NOTE
from partnerlens.brief import cite, fmt
from partnerlens.brief.gather import BriefInputs
from partnerlens.brief.model import Citations, Heading, Paragraph, Table
from partnerlens.brief.sections.common import party_names, poss, release_marks
from partnerlens.formatting import published


def published_blocks(inputs: BriefInputs, cites: Citations) -> list:
    """Heading, the note on which figures are published, the table of both parties, member ECI tables of groups."""
    blocks = inputs.profile.published
    if not blocks or not any(b.figures for b in blocks):
        return []
    a, b = party_names(inputs)
    rows = []
    for indicator in ORDER:
        figures = [block.figure(indicator) for block in blocks]
        if not any(figures):
            continue
        label = next(f.label for f in figures if f)
        rows.append((label, *(_cell(f, block, indicator, cites) for f, block in zip(figures, blocks, strict=False))))
    return [
        Heading(PUBLISHED_NOTE),
        Paragraph(_intro(inputs, cites)),
        Table(f"{PUBLISHED_NOTE}: {a} and {b}", ("Indicator", a, b), tuple(rows), "tnn"),
        *(_member_table(block, cites) for block in blocks if block.is_group),
    ]


def _intro(inputs: BriefInputs, cites: Citations) -> str:
    text = (
        f"The trade figures above are computed from the trade data {release_marks(inputs, cites)}; the figures below are published by the "
        f"World Bank {cites.mark(cite.MACRO)} and the Growth Lab {cites.mark(cite.PUBLISHED_ECI, cite.GROWTH_PROJECTIONS)}, not "
        "computed here. WDI goods trade is on the balance-of-payments basis, so it differs from customs figures; the ECI rank is "
        "among the economies the Atlas ranks; a group’s figures are sums over the members that have one."
    )
    if inputs.synthetic:
        text += " The trade data are synthetic demo data; these published figures are real."
    return text


def _cell(figure, block, indicator: str, cites: Citations) -> str:
    if figure is None:
        return "see the members’ table below" if block.is_group and indicator == "eci" else fmt.NO_DATA
    return f"{published(figure)} {cites.mark(cite.published(figure))}"


def _member_table(block, cites: Citations) -> Table:
    marks = cites.mark(cite.PUBLISHED_ECI)
    rows = tuple(
        (r.iso3, r.name, fmt.number(r.eci), f"{r.rank} of {r.ranked_of}")
        for r in block.member_eci.itertuples(index=False)
    )
    year = int(block.member_eci["year"].iloc[0]) if len(block.member_eci) else block.year
    caption = f"Published ECI of {poss(block.name)} members, {year}, most complex first; not averaged {marks}"
    if not rows:
        rows = (("", "no member has a published ECI", "", ""),)
    return Table(caption, ("ISO3", "Member", "ECI", "Rank"), rows, "ctnn")
