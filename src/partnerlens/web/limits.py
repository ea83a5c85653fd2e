"""The web app's limits and settings, in one place (SECURITY.md and docs/web.md quote them).

Every parameter has a length or range limit; articles read for extraction or
claim checking are capped well below the request body limit, because the work
done on them grows with their length; fetching addresses is off for anonymous
callers unless the operator starts the server with ``--allow-fetch``.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from partnerlens.http import Network

MAX_BODY_BYTES = 2 * 1024 * 1024  # a request body; an article is tens of kilobytes
MAX_ARTICLE_CHARS = 50_000  # text read into proposals or checked for claims (about 8,000 words)
MAX_FETCH_BYTES = 2 * 1024 * 1024  # a fetched page (HTML is larger than its text)
FETCH_DEADLINE_SECONDS = 10.0  # one deadline for a whole fetch, redirects included
MAX_NAME_CHARS = 120  # a party name or code
MAX_URL_CHARS = 2000
MAX_CLAIM_SNIPPET = 300  # a claim's sentence, as returned for a fetched article


@dataclass(frozen=True)
class Settings:
    """What the operator chose on ``partnerlens serve``.

    ``allow_fetch``: anonymous callers may have addresses fetched (token holders always may).
    ``fetch_allow``: non-public networks fetching may reach anyway (tests; an intranet by explicit choice).
    ``trusted_proxy``: the proxy address whose ``X-Forwarded-Proto``/``-For`` headers are believed.
    """

    allow_fetch: bool = False
    fetch_allow: tuple[Network, ...] = field(default=())
    trusted_proxy: str | None = None
