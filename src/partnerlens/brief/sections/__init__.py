"""The sections of a brief, one function each: computed inputs in, text, tables and charts out.

Each function takes the :class:`~partnerlens.brief.gather.BriefInputs` and
the brief's :class:`~partnerlens.brief.model.Citations`, and returns a
:class:`~partnerlens.brief.model.Section`. Every figure in the text carries the
marker of its source; a figure the data do not give reads "no data"; the prose
says what a number means and nothing the number does not show. Sections only
arrange what ``gather`` and the analytics computed; one module per section group.
"""

from __future__ import annotations

from collections.abc import Callable

from partnerlens.brief.gather import BriefInputs
from partnerlens.brief.model import Citations, Section
from partnerlens.brief.sections.beyond import investment_positions, services_trade
from partnerlens.brief.sections.claims import claims_checked
from partnerlens.brief.sections.cooperation import cooperation_record
from partnerlens.brief.sections.indices import complementarity
from partnerlens.brief.sections.opportunities import opportunities
from partnerlens.brief.sections.risks import risks
from partnerlens.brief.sections.sources import methods
from partnerlens.brief.sections.summary import bottom_line
from partnerlens.brief.sections.trade import key_figures, trade_relationship

SECTIONS: tuple[Callable[[BriefInputs, Citations], Section], ...] = (
    bottom_line,
    key_figures,
    trade_relationship,
    services_trade,
    investment_positions,
    complementarity,
    opportunities,
    cooperation_record,
    risks,
    claims_checked,
    methods,
)

__all__ = [
    "SECTIONS",
    "bottom_line",
    "claims_checked",
    "complementarity",
    "cooperation_record",
    "key_figures",
    "methods",
    "opportunities",
    "risks",
    "trade_relationship",
]
