"""Status and date precision wherever registry dates are printed: one formatter, planned events never past."""

from __future__ import annotations

from datetime import date
from types import SimpleNamespace

import pytest

from partnerlens import formatting
from partnerlens.brief.model import Citations
from partnerlens.brief.sections import cooperation_record
from partnerlens.brief.sections.trade import _last_event
from partnerlens.cooperation.models import Citation, Evidence, Record, Source


@pytest.mark.parametrize(
    "value, precision, status, expected",
    [
        (date(2025, 1, 1), "month", None, "2025-01"),
        (date(2025, 1, 1), "year", None, "2025"),
        (date(2025, 1, 28), "day", None, "2025-01-28"),
        ("2025-04-01", "month", "planned", "2025-04 (planned)"),
        (None, None, None, "undated"),
    ],
)
def test_a_date_prints_at_its_precision(value, precision, status, expected):
    assert formatting.date(value, precision, status) == expected


def _record(id_: str, day: date, precision: str, status: str | None, type_: str = "official_visit") -> Record:
    source = Source(address="invented", title="An invented dispatch", published=date(2025, 1, 20))
    evidence = Evidence(text="An invented sentence.", start=0, end=21)
    return Record(
        id=id_,
        kind="event",
        type=type_,
        date=day,
        date_precision=precision,
        parties=["KEN", "UZB"],
        status=status,
        sources=[Citation(source=source, evidence=evidence)],
    )


def test_a_month_only_record_prints_its_month():
    assert "2025-01 " in _record("evt-a", date(2025, 1, 1), "month", "held").summary() + " "
    assert "2025-01-01" not in _record("evt-a", date(2025, 1, 1), "month", "held").summary()


def _inputs(records):
    party = SimpleNamespace(is_group=False, name="Kenya")
    return SimpleNamespace(
        records=records,
        a=party,
        b=SimpleNamespace(is_group=False, name="Uzbekistan"),
        sectors={},
        agreement_trade=None,
        beyond=None,
    )


def test_a_planned_event_is_never_the_last_event():
    records = [
        _record("evt-held", date(2025, 1, 1), "month", "held", "working_visit"),
        _record("evt-planned", date(2025, 4, 1), "month", "planned", "state_visit"),
    ]
    text = _last_event(_inputs(records), Citations())
    assert text.startswith("2025-01, working visit")


def test_a_planned_event_is_marked_in_the_timeline():
    records = [_record("evt-planned", date(2025, 4, 1), "month", "planned", "state_visit")]
    section = cooperation_record(_inputs(records), Citations())
    rows = [row for block in section.blocks if hasattr(block, "rows") for row in block.rows]
    assert rows and rows[0][0] == "2025-04 (planned)"


def test_two_targets_of_one_pair_become_two_records():
    from partnerlens.cooperation.extract import extract_text
    from partnerlens.cooperation.storage import proposal_record

    text = "Trade between Türkiye and the United Arab Emirates will reach $15 billion at the end of this year and $25 billion soon after."
    targets = [p for p in extract_text(text, language="en", published=date(2023, 10, 31)) if p.kind == "kpi"]
    assert [t.value for t in targets] == [15e9, 25e9]
    source = Source(address="invented", title="An invented dispatch")
    assert len({proposal_record(t, source).id for t in targets}) == 2
