"""Request bodies of the API as pydantic models, checked at the boundary before anything is written.

Registry records are free-form JSON objects here (their own model, in
``cooperation.models``, checks their fields), but what any body may contain is
bounded first: numbers finite (a JSON ``1e400`` parses to infinity), integers
within 64 bits and offsets within 32 bits (what the store's columns hold),
strings, lists and nesting of bounded size. Articles are text or an http(s)
address, never both, with the limits of :mod:`partnerlens.web.limits`.
"""

from __future__ import annotations

import math
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from partnerlens.claims.verdict import DEFAULT_TOLERANCE, WIDE_TOLERANCE
from partnerlens.http import FetchError, parse_url
from partnerlens.web.limits import MAX_BODY_BYTES, MAX_URL_CHARS

MAX_DEPTH = 8
MAX_STRING = 100_000
MAX_ITEMS = 1000
INT32 = 2**31 - 1
INT64 = 2**63 - 1
_OFFSETS = {"start", "end"}


def check_json(value: Any, where: str = "body", depth: int = 0) -> None:
    """Raise ValueError naming the first value a record body may not hold."""
    if depth > MAX_DEPTH:
        raise ValueError(f"{where}: nested more than {MAX_DEPTH} levels deep")
    if isinstance(value, bool) or value is None:
        return
    if isinstance(value, float) and not math.isfinite(value):
        raise ValueError(f"{where}: numbers must be finite (no NaN or Infinity)")
    if isinstance(value, int) and abs(value) > (INT32 if where.rsplit(".", 1)[-1] in _OFFSETS else INT64):
        raise ValueError(f"{where}: {value} is out of range")
    if isinstance(value, str) and len(value) > MAX_STRING:
        raise ValueError(f"{where}: text longer than {MAX_STRING:,} characters")
    if isinstance(value, (list, dict)) and len(value) > MAX_ITEMS:
        raise ValueError(f"{where}: more than {MAX_ITEMS} items")
    if isinstance(value, list):
        for n, item in enumerate(value):
            check_json(item, f"{where}[{n}]", depth + 1)
    elif isinstance(value, dict):
        for key, item in value.items():
            check_json(item, f"{where}.{key}" if where != "body" else str(key), depth + 1)


class RecordFields(BaseModel):
    """A registry record, or the fields of one to change: any fields, bounded values (see the module)."""

    model_config = ConfigDict(extra="allow", allow_inf_nan=False)

    @model_validator(mode="before")
    @classmethod
    def _bounded(cls, value: Any) -> Any:
        if not isinstance(value, dict):
            raise ValueError("the body must be a JSON object of record fields")
        check_json(value)
        return value

    def fields(self) -> dict:
        return dict(self.model_extra or {})


class ArticleInput(BaseModel):
    """An article to read: its text (plain or HTML), or an http(s) address the server fetches."""

    model_config = ConfigDict(extra="forbid", allow_inf_nan=False)

    text: str | None = Field(default=None, min_length=1, max_length=MAX_BODY_BYTES)
    url: str | None = Field(
        default=None, max_length=MAX_URL_CHARS, description="An http(s) address (needs a token or --allow-fetch)."
    )
    published: str | None = Field(
        default=None,
        max_length=10,
        description="The article's date when the text does not say: YYYY-MM-DD, or YYYY-MM / YYYY when only those are known.",
    )

    @field_validator("published")
    @classmethod
    def _publication(cls, value: str | None) -> str | None:
        from partnerlens.cooperation.article import publication
        from partnerlens.errors import PartnerlensError

        try:
            publication(value)
        except PartnerlensError as exc:
            raise ValueError(str(exc)) from None
        return value

    @field_validator("url")
    @classmethod
    def _http_address(cls, url: str | None) -> str | None:
        if url is None:
            return None
        try:
            parse_url(url)
        except FetchError as exc:
            raise ValueError(str(exc)) from None
        return url

    @model_validator(mode="after")
    def _one_of(self) -> ArticleInput:
        if (self.text is None) == (self.url is None):
            raise ValueError("send either text or url")
        return self


class ClaimCheckInput(ArticleInput):
    tolerance: float = Field(
        default=DEFAULT_TOLERANCE, ge=0, le=10, description="Relative tolerance for plain figures."
    )
    wide_tolerance: float = Field(
        default=WIDE_TOLERANCE, ge=0, le=10, description="For 'about', 'nearly' and the like."
    )
