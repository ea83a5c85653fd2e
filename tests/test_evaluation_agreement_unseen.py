"""The agreement misses lister (evaluation/agreement_unseen.py) on an invented label and invented proposals."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from evaluation.agreement_unseen import agreement_misses, misses_text  # noqa: E402

from partnerlens.cooperation.models import Evidence, Proposal  # noqa: E402

SIGNED = "Zarovia and Quelmar signed three agreements on energy on 4 March 2025."
ISSUED = "A joint statement was issued after the talks."
AGAIN = "The joint statement, issued in Quelmar, calls for more flights."

LABEL = {
    "id": "xx02-invented",
    "language": "en",
    "agreements": [
        {"count": 3, "instrument": "agreement", "status": "signed", "date": "2025-03-04", "anchors": [SIGNED]},
        {"count": 1, "instrument": "joint_declaration", "status": "signed", "date": None, "anchors": [ISSUED, AGAIN]},
    ],
}


def agreement(text: str, count: int | None, when: date | None = None) -> Proposal:
    return Proposal(
        kind="agreement",
        type="agreement_signing",
        parties=["KAZ", "RWA"],
        date=when,
        date_precision="day" if when else None,
        count=count,
        instrument="agreement",
        status="signed",
        evidence=Evidence(text=text, start=0, end=len(text)),
    )


def test_agreements_not_found_read_wrong_or_told_twice_are_listed():
    proposals = [agreement(SIGNED, 2, date(2025, 3, 4)), agreement(AGAIN, 1), agreement(ISSUED, 1)]
    misses = agreement_misses(LABEL, proposals)
    assert [m["wrong"] for m in misses] == [["count"], ["duplicate"]]
    assert misses[0]["gold"]["count"] == 3 and misses[0]["read"]["count"] == 2
    assert agreement_misses(LABEL, proposals[:1])[1]["wrong"] == ["found"]
    text = misses_text([("xx02-invented", "en", misses)], only={"duplicate"})
    assert "duplicate" in text and "count" not in text.split("wrong:")[1].split("\n")[0]
    assert misses_text([("xx02-invented", "en", [])]) == "no agreement missed"
