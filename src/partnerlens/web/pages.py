"""Pages for people: server-rendered Jinja2 templates over the same functions as the API.

Every page carries the "synthetic demo data" banner when the store holds demo
data, and every form a CSRF token (see ``auth``). Pages only arrange what the
library returns; numbers are formatted here, never computed.
"""

from __future__ import annotations

from datetime import date
from importlib import resources
from typing import Annotated
from urllib.parse import quote

import pandas as pd
from fastapi import APIRouter, Form, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.templating import Jinja2Templates
from pydantic import ValidationError

from partnerlens.brief import charts, fmt
from partnerlens.brief.record import pair_records
from partnerlens.cooperation.models import validation_message
from partnerlens.cooperation.storage import ProposalQueue
from partnerlens.formatting import published as published_figure
from partnerlens.reference import load_sectors, resolve_party
from partnerlens.web import api, auth

router = APIRouter(include_in_schema=False, default_response_class=HTMLResponse)

templates = Jinja2Templates(directory=str(resources.files("partnerlens.web") / "templates"))
templates.env.filters.update(usd=fmt.money, percent=fmt.share, growth=fmt.growth, number=fmt.number)
templates.env.filters["published"] = published_figure  # published indicators (templates/_published.html)


def render(request: Request, template: str, status: int = 200, headers: dict | None = None, **context) -> Response:
    """A page with the shared context (banner, signed-in token, CSRF token); sets the CSRF cookie."""
    csrf = request.cookies.get(auth.CSRF_COOKIE) or auth.new_csrf_value()
    context |= {
        "synthetic": request.app.state.data.synthetic(),
        "signed_in": auth.session_token(request),
        "csrf": csrf,
        "csrf_field": auth.CSRF_FIELD,
    }
    response = templates.TemplateResponse(request, template, context, status_code=status, headers=headers)
    if request.cookies.get(auth.CSRF_COOKIE) != csrf:
        response.set_cookie(auth.CSRF_COOKIE, csrf, httponly=True, samesite="strict")
    return response


def render_error(request: Request, status: int, message: str, headers: dict | None = None) -> Response:
    return render(request, "error.html", status=status, headers=headers, status_code=status, message=message)


def _require_csrf(request: Request, submitted: str) -> None:
    if not auth.csrf_ok(request, submitted):
        raise HTTPException(403, "missing or wrong CSRF token; reload the page and try again")


def _year(text: str) -> int | None:
    """The optional year of a page form: blank means the latest year in the store."""
    text = text.strip()
    if not text:
        return None
    if not text.isdigit() or not 1900 <= int(text) <= 2100:
        raise HTTPException(422, f"year: {text!r} is not a year between 1900 and 2100")
    return int(text)


PartyField = Annotated[str, Query(min_length=1, max_length=120)]
YearField = Annotated[str, Query(max_length=8)]


@router.get("/")
def home(request: Request) -> Response:
    """Party-pair search with autocomplete on names and codes."""
    return render(request, "home.html", sources=request.app.state.data.sources())


@router.get("/login")
def login_form(request: Request) -> Response:
    return render(request, "login.html", error=None)


@router.post("/login")
def login(request: Request, token: Annotated[str, Form(max_length=200)], csrf_token: Annotated[str, Form()] = "") -> Response:
    """Sign in with a token from `partnerlens token create`; it is kept in an HttpOnly cookie."""
    _require_csrf(request, csrf_token)
    if auth.verify_token(request.app.state.workspace, token.strip()) is None:
        return render(request, "login.html", status=403, error="That token is not valid (unknown or revoked).")
    response = RedirectResponse("/", status_code=303)
    response.set_cookie(auth.SESSION_COOKIE, token.strip(), httponly=True, samesite="strict")
    return response


@router.post("/logout")
def logout(request: Request, csrf_token: Annotated[str, Form()] = "") -> Response:
    _require_csrf(request, csrf_token)
    response = RedirectResponse("/", status_code=303)
    response.delete_cookie(auth.SESSION_COOKIE)
    return response


def _series_chart(p: dict) -> str | None:
    """The brief's series chart of the pair's trade by year, both directions."""
    directions = ((f"{p['a_name']} → {p['b_name']}", "exports_a_to_b_usd"), (f"{p['b_name']} → {p['a_name']}", "exports_b_to_a_usd"))
    rows = [{"year": r["year"], "flow": label, "value_usd": r[key]} for r in p["series"] for label, key in directions]
    return charts.series_chart(pd.DataFrame(rows)) if rows else None


def _pair_records(d, a: str, b: str) -> list[dict]:
    """The pair's events and agreements from the registry, as the brief selects them."""
    records = pair_records(d.workspace, resolve_party(a), resolve_party(b))
    return [r.model_dump(mode="json") for r in records]


@router.get("/pair")
def pair(request: Request, a: PartyField, b: PartyField, year: YearField = "") -> Response:
    """Pair dashboard: key figures, trade series, top products, sectors, opportunities, cooperation timeline."""
    d = request.app.state.data
    chosen = _year(year)
    p = api.profile_dict(d, a, b, chosen)
    series = d.cached(("series-chart", a, b, chosen), lambda: _series_chart(p))
    opportunities = api.opportunities_dict(d, a, b, chosen, 10) if p["has_data"] else None
    return render(request, "pair.html", p=p, series_chart=series, year=chosen, opportunities=opportunities,
                  records=_pair_records(d, a, b))


@router.get("/registry")
def registry(
    request: Request,
    party: Annotated[str, Query(max_length=120)] = "",
    sector: Annotated[str, Query(max_length=120)] = "",
    since: Annotated[str, Query(max_length=10)] = "",
    kind: Annotated[str, Query(pattern="^(|events|agreements|targets)$")] = "",
) -> Response:
    """The registry as a timeline, filtered by party, sector, date and kind."""
    start = None
    if since:
        try:
            start = date.fromisoformat(since)
        except ValueError:
            raise HTTPException(422, f"since: {since!r} is not a date (YYYY-MM-DD)") from None
    items = api.registry_items(request.app.state.data, api.KINDS.get(kind), party or None, sector or None, start)["items"]
    return render(request, "registry.html", records=items, filters={"party": party, "sector": sector, "since": since, "kind": kind},
                  sectors=load_sectors().values())


@router.get("/review")
def review(request: Request, message: Annotated[str, Query(max_length=300)] = "") -> Response:
    """The review queue: pending proposals with accept and reject buttons, and a form to read an article."""
    items = ProposalQueue(request.app.state.workspace).pending()
    return render(request, "review.html", items=items, message=message)


def _form_writer(request: Request, csrf_token: str) -> auth.Token:
    """The signed-in token for a form post, with its CSRF token checked (401/403 otherwise)."""
    if request.cookies.get(auth.SESSION_COOKIE) is None:
        raise HTTPException(401, "sign in with a token to make changes")
    return auth.require_writer(request, csrf_token)


def _article_form(model: type[api.ArticleInput], text: str, url: str) -> api.ArticleInput:
    """An article from a form's text or address field, validated like the API's body (422 otherwise)."""
    try:
        return model(text=text.strip() or None, url=url.strip() or None)
    except ValidationError as exc:
        raise HTTPException(422, "url: give an http(s) address" if url.strip() else validation_message(exc)) from None


@router.post("/review/{proposal_id}")
def review_decide(
    request: Request,
    proposal_id: api.ProposalId,
    decision: Annotated[str, Form(pattern="^(accept|reject)$")],
    csrf_token: Annotated[str, Form(max_length=100)] = "",
) -> Response:
    """Accept or reject one proposal from the review page."""
    token = _form_writer(request, csrf_token)
    outcome = api.decide(request.app.state.data, proposal_id, decision == "accept", token)
    text = f"{proposal_id}: {outcome['status']}" + (f" → {outcome['record']}" if outcome["record"] else "")
    return RedirectResponse(f"/review?message={quote(text)}", status_code=303)


@router.post("/review")
def review_add_article(
    request: Request,
    text: Annotated[str, Form(max_length=api.errors.MAX_BODY_BYTES)] = "",
    url: Annotated[str, Form(max_length=2000)] = "",
    csrf_token: Annotated[str, Form(max_length=100)] = "",
) -> Response:
    """Read a pasted article or an address into proposals for the queue."""
    token = _form_writer(request, csrf_token)
    article = _article_form(api.ArticleInput, text, url)
    outcome = api.news_add(article, dry_run=False, token=token, d=request.app.state.data)
    text = f"read {len(outcome['proposals'])} proposals from {outcome['source'].get('title') or outcome['source'].get('address')}"
    return RedirectResponse(f"/review?message={quote(text)}", status_code=303)


@router.get("/brief")
def brief_page(request: Request, a: Annotated[str, Query(max_length=120)] = "", b: Annotated[str, Query(max_length=120)] = "",
               year: YearField = "") -> Response:
    """Brief export: choose a pair, a year and a format; the file comes from /api/brief."""
    return render(request, "brief.html", a=a, b=b, year=_year(year))


def _highlighted(text: str, claims: list[dict]) -> list[tuple[str, dict | None]]:
    """The text cut into plain runs and claim spans (each with its claim), for marking verdicts in place."""
    runs, at = [], 0
    for number, claim in sorted(enumerate(claims, 1), key=lambda nc: nc[1]["start"]):
        start, end = claim["start"], claim["end"]
        if start < at or end > len(text) or end <= start:
            continue  # overlapping or out-of-range spans are listed below the text, not marked
        runs += [(text[at:start], None), (text[start:end], claim | {"number": number})]
        at = end
    return runs + [(text[at:], None)]


@router.get("/claims")
def claims_form(request: Request) -> Response:
    """The claim checker: paste text or give an address."""
    return render(request, "claims.html", result=None, text="", url="")


@router.post("/claims")
def claims_check(
    request: Request,
    text: Annotated[str, Form(max_length=api.errors.MAX_BODY_BYTES)] = "",
    url: Annotated[str, Form(max_length=2000)] = "",
    csrf_token: Annotated[str, Form(max_length=100)] = "",
) -> Response:
    """Verdicts for every quantitative claim, with the evidence highlighted in the text."""
    _require_csrf(request, csrf_token)
    query = _article_form(api.ClaimCheckInput, text, url)
    result = api.check_claims(request.app.state.data, query)
    return render(request, "claims.html", result=result, runs=_highlighted(result["text"], result["claims"]), text=text, url=url)
