"""Articles sent to the web app: pasted text or a fetched address, read and checked within bounds.

Fetching an address is a privilege: it needs a write token (or a server started
with ``--allow-fetch``), goes through :func:`partnerlens.http.fetch` (public
addresses only, one deadline, a size limit) in the fetch pool, and the page it
brings back is never sent back whole: a claim check of a fetched article
returns the verdicts and each claim's sentence (cut to a few hundred
characters), not the text. Reading, extraction and claim checking run in the
text pool, on at most ``MAX_ARTICLE_CHARS`` characters of article text.
"""

from __future__ import annotations

import re

from fastapi import HTTPException

from partnerlens.claims import check_article
from partnerlens.cooperation.article import Article, article_from_bytes, fetch_url, publication
from partnerlens.web.bodies import ArticleInput, ClaimCheckInput
from partnerlens.web.limits import FETCH_DEADLINE_SECONDS, MAX_ARTICLE_CHARS, MAX_CLAIM_SNIPPET, MAX_FETCH_BYTES

FETCH_NEEDS_TOKEN = (
    "fetching an address needs a token (Authorization: Bearer …, or sign in) or a server started "
    "with --allow-fetch; paste the article's text instead"
)
_HTML_START = re.compile(r"^\s*<", re.ASCII)


def _too_long(chars: int) -> HTTPException:
    return HTTPException(
        413,
        f"the article's text is {chars:,} characters; the web app reads at most "
        f"{MAX_ARTICLE_CHARS:,} (about 8,000 words): send a shorter extract, or use the command line",
    )


async def read(d, body: ArticleInput, may_fetch: bool) -> tuple[Article, bool]:
    """The article of ``body`` and whether it was fetched (403 when fetching is not allowed to this caller)."""
    if body.url is not None:
        if not (may_fetch or d.settings.allow_fetch):
            raise HTTPException(403, FETCH_NEEDS_TOKEN)
        url, allow = body.url, d.settings.fetch_allow
        data, content_type = await d.pools.fetch.run(
            lambda: fetch_url(url, max_bytes=MAX_FETCH_BYTES, timeout=FETCH_DEADLINE_SECONDS, allow=allow)
        )
        address, fetched = url, True
    else:
        assert body.text is not None  # ArticleInput holds text when it holds no url
        if len(body.text) > MAX_ARTICLE_CHARS and not _HTML_START.match(body.text):
            raise _too_long(len(body.text))
        data, content_type, address, fetched = body.text.encode("utf-8"), None, "pasted text", False
    day, hint = publication(body.published)  # "2020-02": known to the month, relative dates are read so
    article = await d.pools.text.run(
        lambda: article_from_bytes(data, address=address, content_type=content_type, published=day, date_hint=hint)
    )
    if len(article.text) > MAX_ARTICLE_CHARS:
        raise _too_long(len(article.text))
    return article, fetched


def _snippet(claim: dict) -> dict:
    text = claim.get("text") or ""
    return claim | {"text": text if len(text) <= MAX_CLAIM_SNIPPET else text[: MAX_CLAIM_SNIPPET - 1] + "…"}


async def check(d, body: ClaimCheckInput, may_fetch: bool) -> dict:
    """Verdicts for an article's claims, as `partnerlens check --json`; ``text`` only for pasted text (null when fetched)."""
    article, fetched = await read(d, body, may_fetch)
    results = await d.pools.text.run(
        lambda: check_article(article, d.workspace, tolerance=body.tolerance, wide_tolerance=body.wide_tolerance)
    )
    claims = [r.to_dict() for r in results]
    if fetched:
        claims = [_snippet(c) for c in claims]
    return {
        "article": article.source.model_dump(mode="json"),
        "claims": claims,
        "text": None if fetched else article.text,
        "fetched": fetched,
    }
