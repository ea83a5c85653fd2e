"""The cooperation record: sources, evidence, proposals and registry records (pydantic).

A **proposal** is what extraction reads in an article: not a fact until a person
(or ``news review --accept-all``) accepts it. A **record** is a registry entry —
an event, an agreement or a target/KPI — and always carries one or more
citations: the source document and the evidence sentence with its character
offsets in that document's text.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationInfo, field_validator, model_validator

from partnerlens.errors import PartnerlensError

RecordKind = Literal["event", "agreement", "kpi"]
ProposalKind = Literal["event", "agreement", "claim", "kpi"]
DatePrecision = Literal["day", "month", "year"]
PartiesFrom = Literal["sentence", "context", "none"]
YearFrom = Literal["stated", "range", "context", "publication", "none"]
RECORD_KINDS: tuple[str, ...] = ("event", "agreement", "kpi")

# Controlled vocabularies of agreements (types of events and agreements are open: see docs/registry.md).
INSTRUMENTS = (
    "agreement",
    "memorandum_of_understanding",
    "protocol",
    "treaty",
    "joint_declaration",
    "roadmap",
    "contract",
)
AGREEMENT_STATUSES = ("announced", "signed", "ratified", "in_force", "terminated")
# Where an event or agreement stands: planned events never count as having happened.
EVENT_STATUSES = ("planned", "announced", "held", "signed", "ratified", "in_force", "terminated")
NOT_HAPPENED = ("planned", "announced")  # events and agreements still to come: never "last event", never signed


class Evidence(BaseModel):
    """The sentence a fact was read from and where it is in the source text (``text == source[start:end]``)."""

    model_config = ConfigDict(frozen=True)

    text: str = Field(min_length=1)
    start: int = Field(ge=0)
    end: int = Field(ge=0)

    @model_validator(mode="after")
    def _ordered(self) -> Evidence:
        if self.end < self.start:
            raise ValueError("evidence end is before its start")
        return self


class Source(BaseModel):
    """A document facts come from: an article, a statement, a file or a URL."""

    address: str | None = None  # URL, or a description of where the text came from
    title: str | None = None
    publisher: str | None = None
    author: str | None = None
    published: dt.date | None = None
    retrieved_at: dt.datetime = Field(default_factory=lambda: dt.datetime.now(dt.UTC).replace(microsecond=0))
    checksum: str | None = None  # sha256 of the text the offsets refer to
    language: str | None = None
    note: str | None = None

    @property
    def id(self) -> str:
        """Stable identity: the text checksum when known, else the address."""
        basis = self.checksum or self.address or self.title or ""
        return "src-" + hashlib.sha256(basis.encode("utf-8")).hexdigest()[:12]


def text_checksum(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class Citation(BaseModel):
    """One source of a record, with the evidence sentence."""

    source: Source
    evidence: Evidence


class Person(BaseModel):
    model_config = ConfigDict(frozen=True)

    name: str
    role: str | None = None
    party: str | None = None


class Reading(BaseModel):
    """How extraction read a trade claim, so that a verdict can say how sure it is.

    ``parties_from``: the parties came from the claim's own sentence, from the
    nearest context (an earlier sentence, the headline, the dateline) or were not
    found. ``year_from``: the year was stated in the sentence, taken from a range
    ("from 2020 to 2024"), carried from context, assumed from the publication
    date, or not found. ``currency`` is the ISO 4217 code of the figure as
    written; ``rate`` the USD per unit used to convert it (``rate_source`` cites
    the reference rate, e.g. "ECB euro reference rates, 2023 annual average").
    ``confidence`` in [0, 1] summarises the above; ``notes`` say, in words, what
    was inferred. ``period`` names, as written, a period that is no calendar year
    ("fiscal year 2012-13"): the figure then has no ``year`` and the claim checker
    leaves it unresolved rather than compare it with a calendar year.
    """

    parties_from: PartiesFrom = "none"
    year_from: YearFrom = "none"
    currency: str | None = None
    rate: float | None = None
    rate_source: str | None = None
    confidence: float = Field(default=1.0, ge=0.0, le=1.0)
    notes: list[str] = Field(default_factory=list)
    period: str | None = None


class Proposal(BaseModel):
    """Something extraction read in an article, for review: an event, agreement, KPI or trade claim.

    ``date`` is the first day of the period when ``date_precision`` is month or year.
    For claims, ``value_usd`` (money), ``value`` (percent, count or rank), ``year``
    (and for growth ``base_year`` when the text names it: "up 40% on 2023"),
    ``qualifier`` (just, about, nearly, more than, less than, at least, at most),
    ``metric`` (total, exports, imports, growth, share, rank) and ``flow`` (total,
    exports, imports: the flow a growth rate, share or rank is about; the first
    party is the one whose flow it is) feed the claim checker.

    ``sectors`` are the proposal's own: an event's or agreement's areas, a claim's
    goods (they narrow what the claim checker compares). ``areas`` are the article's
    areas of cooperation that no event or agreement of it carries ("trade", the
    headline's "energy"), kept on its first figure (claim or KPI): never read by the
    claim checker; a KPI accepted into the registry records them among its sectors.
    """

    kind: ProposalKind
    type: str | None = None
    parties: list[str] = Field(default_factory=list)
    date: dt.date | None = None
    date_precision: DatePrecision | None = None
    place: str | None = None
    people: list[Person] = Field(default_factory=list)
    bodies: list[str] = Field(default_factory=list)
    sectors: list[str] = Field(default_factory=list)
    areas: list[str] = Field(default_factory=list)  # the article's areas no event or agreement carries (see above)
    value_usd: float | None = None
    year: int | None = None
    base_year: int | None = None
    qualifier: str | None = None
    metric: str | None = None
    flow: str | None = None
    value: float | None = None
    unit: str | None = None
    count: int | None = None
    instrument: str | None = None
    status: str | None = None
    title: str | None = None
    evidence: Evidence
    also: list[Evidence] = Field(default_factory=list)  # further sentences telling the same thing
    reading: Reading | None = None  # claims only: how the figure was read (see Reading)


_ID = re.compile(r"^[a-z0-9][a-z0-9-]{2,80}$")


class Record(BaseModel):
    """A registry entry with its citations. Every record has at least one."""

    id: str
    kind: RecordKind
    type: str | None = None
    date: dt.date | None = None
    date_precision: DatePrecision | None = None
    end_date: dt.date | None = None
    parties: list[str] = Field(min_length=1)
    place: str | None = None
    people: list[Person] = Field(default_factory=list)
    bodies: list[str] = Field(default_factory=list)
    sectors: list[str] = Field(default_factory=list)
    title: str | None = None
    instrument: str | None = None
    status: str | None = None
    count: int | None = None
    metric: str | None = None
    value: float | None = None
    unit: str | None = None
    note: str | None = None
    sources: list[Citation] = Field(min_length=1)

    @field_validator("id")
    @classmethod
    def _valid_id(cls, value: str) -> str:
        if not _ID.match(value):
            raise ValueError("ids are 3–81 lower-case letters, digits and hyphens")
        return value

    @field_validator("parties")
    @classmethod
    def _sorted_parties(cls, value: list[str]) -> list[str]:
        return sorted(dict.fromkeys(value))

    @field_validator("sectors")
    @classmethod
    def _unique_sectors(cls, value: list[str]) -> list[str]:
        return list(dict.fromkeys(value))

    @field_validator("instrument", "status")
    @classmethod
    def _in_vocabulary(cls, value: str | None, info: ValidationInfo) -> str | None:
        field = info.field_name
        assert field is not None  # set for every field validator (None only for model validators)
        allowed = {"instrument": INSTRUMENTS, "status": EVENT_STATUSES}[field]  # events and agreements
        if value is not None and value not in allowed:
            raise ValueError(f"{field} must be one of {', '.join(allowed)}")
        return value

    @model_validator(mode="after")
    def _kind_fields(self) -> Record:
        if self.kind == "kpi" and (self.metric is None or self.value is None):
            raise ValueError("a KPI needs a metric and a value")
        if self.kind != "kpi" and not self.type:
            raise ValueError(f"an {self.kind} needs a type")
        if self.date is not None and self.date_precision is None:
            self.date_precision = "day"
        return self

    def summary(self, parties: str | None = None) -> str:
        """One line for people: type, parties (``parties``: their names, else the codes), date, and title or metric."""
        from partnerlens import formatting  # depends on nothing: the one way a date or a label reads

        when = formatting.date(self.date, self.date_precision, self.status)
        what = self.title or (
            f"{formatting.label(self.metric)}: {formatting.quantity(self.value, self.unit)}"
            if self.kind == "kpi"
            else ""
        )
        return f"{formatting.label(self.type or self.kind)} · {parties or '–'.join(self.parties)} · {when}" + (
            f" · {what}" if what else ""
        )


def dates_compatible(a, b, window_days: int = 3) -> bool:
    """Whether two dated things (with ``date`` and ``date_precision``) may be the same event.

    A missing date is compatible with any; otherwise they agree at the coarser
    precision (same year, same month) or, both to the day, within ``window_days``.
    """
    if a.date is None or b.date is None:
        return True
    order = ["day", "month", "year"]
    precision = max(a.date_precision or "day", b.date_precision or "day", key=order.index)
    if precision == "day":
        return abs((a.date - b.date).days) <= window_days
    cut = {"month": 7, "year": 4}[precision]
    return a.date.isoformat()[:cut] == b.date.isoformat()[:cut]


def record_id(kind: str, type_: str | None, parties: list[str], when: dt.date | None, extra: str = "") -> str:
    """A readable, deterministic id: ``evt-rwa-kaz-2025-05-28-official-visit-3f2a``."""
    prefix = {"event": "evt", "agreement": "agr", "kpi": "kpi"}[kind]
    parts = [prefix, *(p.lower() for p in sorted(parties)[:3]), when.isoformat() if when else "undated"]
    slug = re.sub(r"[^a-z0-9]+", "-", "-".join(parts + [type_ or ""]).lower()).strip("-")[:60]
    digest = hashlib.sha256(f"{kind}|{type_}|{sorted(parties)}|{when}|{extra}".encode()).hexdigest()[:4]
    return f"{slug}-{digest}"


def validation_message(exc: Exception) -> str:
    """A pydantic ValidationError as one line for users."""
    errors = getattr(exc, "errors", None)
    if not callable(errors):
        return str(exc)
    return "; ".join(f"{'.'.join(str(p) for p in e['loc']) or 'record'}: {e['msg']}" for e in errors())


def parse_record(data: dict) -> Record:
    """A record from plain data, or PartnerlensError saying what is wrong."""
    try:
        return Record.model_validate(data)
    except ValueError as exc:
        raise PartnerlensError(f"invalid record {data.get('id', '')!r}: {validation_message(exc)}") from exc
