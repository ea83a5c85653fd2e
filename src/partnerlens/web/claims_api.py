"""Kept claims over HTTP and on the pair page: the same as ``partnerlens claims list`` and ``claims recheck``.

* ``GET /api/claims?a=&b=`` — the kept trade claims of accepted articles (about
  the pair when given) with their current verdicts and past runs; a read, so it
  records nothing;
* ``POST /api/claims/recheck`` — check every kept claim again and record the
  run (a write: token required), with what changed since the last run.

The pair page lists the pair's kept claims through the template global
``kept_claims`` (``templates/_pair_claims.html``).
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request

from partnerlens.claims.present import verdict_line
from partnerlens.claims.store import ClaimStore
from partnerlens.reference import resolve_party
from partnerlens.web.api import JSON, data, writer
from partnerlens.web.app import Data
from partnerlens.web.auth import Token
from partnerlens.web.pages import templates

router = APIRouter(prefix="/api", default_response_class=JSON)
OptionalParty = Annotated[
    str | None, Query(min_length=1, max_length=120, description="ISO3 code, country name or group.")
]


def kept(d: Data, a: str | None, b: str | None, record: str = "never") -> list:
    """The kept claims (about ``a`` and ``b`` when given) checked now; ``record`` as in :meth:`ClaimStore.check`."""
    party_a = resolve_party(a) if a else None
    party_b = resolve_party(b) if b else None
    return ClaimStore(d.workspace).check(a=party_a, b=party_b, record=record)


@router.get("/claims", tags=["claims"])
def claims_list(a: OptionalParty = None, b: OptionalParty = None, d: Data = Depends(data)) -> dict:
    """The trade claims kept from accepted articles, each with its verdict, verdict line and earlier check runs.

    Verdicts are judged against evidence independent of the article (trade data, published figures, or
    registry records with another source); `judged_by` says which. As `partnerlens claims list --json`.
    """
    return {"claims": [item.to_dict() for item in kept(d, a, b)]}


@router.post("/claims/recheck", tags=["claims"])
def claims_recheck(
    a: OptionalParty = None, b: OptionalParty = None, token: Token = Depends(writer), d: Data = Depends(data)
) -> dict:
    """Check every kept claim again, record the run, and say what changed (as `partnerlens claims recheck --json`)."""
    with d.write_lock:  # one writer at a time, as for every write of the app
        items = kept(d, a, b, record="always")
    changed = [i for i in items if i.changed]
    return {"checked": len(items), "changed": len(changed), "claims": [i.to_dict() for i in items]}


def pair_rows(request: Request, a: str, b: str) -> list[dict]:
    """Rows for the pair page: the quote, the article, the verdict and its one line."""
    rows = []
    for item in kept(request.app.state.data, a, b):
        result = item.result
        rows.append(
            {
                "quotes": list(dict.fromkeys(s.text for s in result.claim.statements)) or [result.claim.text],
                "article": item.source.title or item.source.address or item.source.id,
                "address": item.source.address,
                "verdict": result.verdict,
                "line": verdict_line(result),
            }
        )
    return rows


templates.env.globals["kept_claims"] = pair_rows
