"""Services trade and direct investment of a pair for the web: ``/api/pair/beyond`` and the pair page's block.

The block (``templates/_beyond_goods.html``, included by ``pair.html``) calls
the template global ``beyond_goods`` registered here, which reads the same
cached dictionary the API route returns (:func:`partnerlens.analytics.beyond.pair_beyond_goods`).
"""

from __future__ import annotations

from fastapi import APIRouter, Depends, FastAPI
from fastapi.responses import Response

from partnerlens.analytics.beyond import pair_beyond_goods
from partnerlens.errors import PartnerlensError
from partnerlens.evidence import EvidenceStore
from partnerlens.store import STATE_FILE
from partnerlens.web import api
from partnerlens.web.app import Data

router = APIRouter(prefix="/api/pair", tags=["trade"], default_response_class=api.JSON)


def evidence_state(d: Data) -> int:
    """Changes whenever an evidence release is ingested or removed (the goods store's version does not see those)."""
    state = EvidenceStore(d.workspace).root / STATE_FILE
    return state.stat().st_mtime_ns if state.exists() else 0


def beyond_dict(d: Data, a: str, b: str, year: int | None) -> dict:
    """Services by category and investment positions both ways (cached per store and evidence version)."""
    key = ("beyond-goods", a, b, year, evidence_state(d))
    return d.cached(key, lambda: pair_beyond_goods(d.store, a, b, year))


def _for_template(d: Data, a: str, b: str) -> dict | None:
    try:
        return beyond_dict(d, a, b, None)
    except PartnerlensError:
        return None


def include(app: FastAPI) -> None:
    """Add the route and the template global to ``app``."""
    from partnerlens.web.pages import templates

    app.include_router(router)
    templates.env.globals["beyond_goods"] = _for_template


@router.get("/beyond")
async def beyond(a: api.PartyText, b: api.PartyText, year: api.Year = None, d: Data = Depends(api.data)) -> Response:
    """Services trade by EBOPS category (OECD–WTO BaTiS) and direct investment positions (IMF DIP), both directions."""
    key = ("beyond-goods", a, b, year, evidence_state(d))
    return await api.cached_json(d, key, lambda: beyond_dict(d, a, b, year))
