"""The UN Comtrade data API, the few calls :mod:`partnerlens.sources.comtrade` needs: reporter codes and annual
HS6 records, with the key in its header only (never in an address or a message), rate-limit and quota answers
quoted in one line (:class:`QuotaError`, the run can resume) and answers that are not strict JSON refused."""

from __future__ import annotations

import json
from urllib.parse import urlsplit

import httpx

from partnerlens import settings
from partnerlens.errors import PartnerlensError
from partnerlens.http import source_client

DEFAULT_BASE_URL = "https://comtradeapi.un.org"
BASE_URL_ENV = settings.BASE_URL_ENVS["comtrade"]
KEY_ENV = settings.COMTRADE_KEY_ENV
KEY_ENVS = settings.COMTRADE_KEY_ENVS
KEY_HEADER = "Ocp-Apim-Subscription-Key"  # the documented header: the key never goes into an address
KEY_LIMIT, PREVIEW_LIMIT = 250_000, 500
TIMEOUT = httpx.Timeout(120.0, connect=15.0)


class ComtradeClient:
    """The few Comtrade API calls we need, against ``base_url`` (default: the UN's server)."""

    def __init__(self, key: str | None = None, base_url: str | None = None):
        found = settings.current()
        self.key = key or found.comtrade_key
        self.base_url = found.base_url("comtrade", base_url, DEFAULT_BASE_URL)
        self.http = source_client(TIMEOUT, {KEY_HEADER: self.key} if self.key else None)

    def __enter__(self) -> ComtradeClient:
        return self

    def __exit__(self, *exc) -> None:
        self.http.close()

    @property
    def limit(self) -> int:
        return KEY_LIMIT if self.key else PREVIEW_LIMIT

    def _get_json(self, path: str, params: dict | None = None) -> dict:
        params = dict(params or {})
        host = urlsplit(self.base_url).netloc
        try:
            response = self.http.get(self.base_url + path, params=params)
        except httpx.ConnectError as exc:
            raise PartnerlensError(self.redact(f"cannot reach Comtrade at {host}: {exc}")) from None
        except httpx.TransportError as exc:
            raise PartnerlensError(
                self.redact(f"Comtrade at {host} did not answer ({type(exc).__name__}): {exc}")
            ) from None
        limit = quota_message(response)
        if limit:
            raise QuotaError(self.redact(limit))
        if response.status_code in (401, 403):
            raise PartnerlensError(
                f"Comtrade refused the request (HTTP {response.status_code}): check the subscription key"
            )
        if response.status_code >= 400:
            raise PartnerlensError(f"Comtrade answered HTTP {response.status_code} for {path}")
        payload = _strict_json(response.content, path)
        if not isinstance(payload, dict):
            raise PartnerlensError(f"Comtrade answered {path} with unexpected JSON")
        if payload.get("error"):
            raise PartnerlensError(f"Comtrade: {str(payload['error'])[:300]}")
        return payload

    def redact(self, text: str) -> str:
        """``text`` without the key (error messages and logs never show it)."""
        return text.replace(self.key, "***") if self.key else text

    def reporter_code(self, iso3: str) -> int:
        """Comtrade's numeric reporter code for an ISO3 code (from its reference list)."""
        payload = self._get_json("/files/v1/app/reference/Reporters.json")
        results = payload.get("results", [])
        if not isinstance(results, list):
            raise PartnerlensError("Comtrade answered the reporter list without a results list")
        rows = [
            r
            for r in results
            if isinstance(r, dict) and str(r.get("reporterCodeIsoAlpha3", "")).upper() == iso3 and not r.get("isGroup")
        ]
        rows.sort(key=lambda r: r.get("entryExpiredDate") is not None)  # current entries first
        if not rows:
            raise PartnerlensError(f"Comtrade lists no reporter with ISO3 code {iso3}")
        code = rows[0].get("reporterCode")
        if isinstance(code, bool) or not isinstance(code, int) or not 0 < code < 10_000:
            raise PartnerlensError(f"Comtrade's reporter list gives {iso3} the code {str(code)[:40]!r}, not a number")
        return code

    def records(
        self, classification: str, year: int, reporter: int | None = None, partner: int | None = None
    ) -> list[dict]:
        """Annual HS6 records for one year, totals over customs procedure, mode of transport and partner 2."""
        endpoint = "/data/v1/get" if self.key else "/public/v1/preview"
        params = {
            "period": str(year),
            "flowCode": "X,M",
            "cmdCode": "AG6",
            "partner2Code": "0",
            "customsCode": "C00",
            "motCode": "0",
            "breakdownMode": "classic",
            "includeDesc": "false",
            "maxRecords": str(self.limit),
        }
        if reporter is not None:
            params["reporterCode"] = str(reporter)
        if partner is not None:
            params["partnerCode"] = str(partner)
        payload = self._get_json(f"{endpoint}/C/A/{classification}", params)  # clCode HS: as reported
        data = payload.get("data")
        if not isinstance(data, list):
            raise PartnerlensError("Comtrade answered without a data list")
        if len(data) >= self.limit:
            hint = "pass --key for up to 250,000" if not self.key else "ask for fewer years at a time"
            raise PartnerlensError(f"Comtrade capped the answer for {year} at {self.limit:,} records; {hint}")
        return data


class QuotaError(PartnerlensError):
    """Comtrade's rate limit (HTTP 429) or call quota (HTTP 403 "Out of call volume quota"): the run can resume."""


def quota_message(response: httpx.Response) -> str | None:
    """A clear line for a rate-limit or quota answer, with Comtrade's own words (``message``), else None.

    Comtrade's gateway answers ``429 {"statusCode": 429, "message": "Rate limit is exceeded. Try again in 2
    seconds."}`` when calls come too fast, and ``403 {"statusCode": 403, "message": "Out of call volume quota.
    Quota will be replenished in 05:23:08."}`` when the key's daily quota is spent.
    """
    if response.status_code not in (403, 429):
        return None
    try:
        said = str(json.loads(response.content.decode("utf-8")).get("message", ""))[:200]
    except (ValueError, UnicodeDecodeError, AttributeError):
        said = response.content[:200].decode("utf-8", "replace")
    if response.status_code == 403 and "quota" not in said.lower():
        return None
    kind = "rate limit" if response.status_code == 429 else "call quota"
    retry = response.headers.get("Retry-After")
    return (
        f"Comtrade {kind} reached (HTTP {response.status_code}: {said.strip() or 'no message'}"
        + (f"; retry after {retry} s" if retry else "")
        + ")"
    )


def _strict_json(content: bytes, path: str) -> dict:
    """A Comtrade answer as a JSON object; NaN, Infinity, bad UTF-8 or deep nesting are one clear error."""

    def refuse(constant: str) -> None:
        raise PartnerlensError(f"Comtrade answered {path} with {constant}, which is not a number JSON allows")

    try:
        payload = json.loads(content.decode("utf-8"), parse_constant=refuse)
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise PartnerlensError(f"Comtrade answered {path} with something that is not JSON") from exc
    if not isinstance(payload, dict):
        raise PartnerlensError(f"Comtrade answered {path} with unexpected JSON")
    return payload
