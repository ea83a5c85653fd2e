"""Claims are records: the trade claims of accepted articles, kept in the workspace with every check run.

When a reviewer accepts an article's proposals (``news review``), its events,
agreements and KPIs become registry records and its trade claims are *set
aside* (proposal status ``claim``). This module keeps them: :meth:`ClaimStore.collect`
copies every set-aside claim into ``claims_records`` — the article (source),
the evidence span, the proposal with its reading — once. Each check of a
stored claim appends a run to ``claims_checks``: when, against which release
(or published vintage, or the registry), who judged, the verdict, the computed
figure, and the whole result. So briefs, the web pair page and ``partnerlens
claims list`` show the headline claims of every cited article after review,
and ``partnerlens claims recheck`` after a new release shows what changed.

Checking groups an article's claims (one verdict per figure) and passes the
article as the claims' origin, so no registry record read from it confirms it.
Tables are created by the named migration ``claims-001-records``.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass, field

import duckdb

from partnerlens.analytics.flows import FlowsLike, open_flows
from partnerlens.claims.model import CheckedClaim
from partnerlens.cooperation.models import Proposal, Source
from partnerlens.reference import Party
from partnerlens.workspace import Workspace, register_migration


@register_migration("claims-001-records")
def _create_tables(con: duckdb.DuckDBPyConnection) -> None:
    con.execute(
        """
        CREATE TABLE claims_records (
            id VARCHAR PRIMARY KEY, proposal_id VARCHAR UNIQUE, source_id VARCHAR NOT NULL, source JSON NOT NULL,
            parties VARCHAR[] NOT NULL, metric VARCHAR, year INTEGER, evidence_start INTEGER NOT NULL,
            evidence_end INTEGER NOT NULL, proposal JSON NOT NULL, kept_at TIMESTAMP NOT NULL)
        """
    )
    con.execute("CREATE SEQUENCE claims_checks_seq")
    con.execute(
        """
        CREATE TABLE claims_checks (
            seq BIGINT PRIMARY KEY DEFAULT nextval('claims_checks_seq'), claim_id VARCHAR NOT NULL,
            checked_at TIMESTAMP NOT NULL, release VARCHAR, judged_by VARCHAR, verdict VARCHAR NOT NULL,
            computed_value DOUBLE, ratio DOUBLE, result JSON NOT NULL)
        """
    )


@dataclass(frozen=True)
class CheckRun:
    """One check of a stored claim: when, against what, with which outcome."""

    checked_at: dt.datetime
    release: str | None
    judged_by: str | None
    verdict: str
    computed_value: float | None
    ratio: float | None

    def to_dict(self) -> dict:
        return {
            "checked_at": self.checked_at.isoformat(),
            "release": self.release,
            "judged_by": self.judged_by,
            "verdict": self.verdict,
            "computed_value": self.computed_value,
            "ratio": self.ratio,
        }


@dataclass
class StoredClaim:
    """A kept claim: the article, the proposal as read (evidence, reading) and its check runs, oldest first."""

    id: str
    source: Source
    proposal: Proposal
    runs: list[CheckRun] = field(default_factory=list)


@dataclass(frozen=True)
class Checked:
    """A verdict on stored claims of one article (several when the article repeats a figure)."""

    result: CheckedClaim
    source: Source
    claims: tuple[StoredClaim, ...]
    previous: CheckRun | None  # the last run before this one (of the first claim)

    @property
    def changed(self) -> bool:
        """Whether the verdict or the computed figure differs from the previous run (a first run is a change)."""
        if self.previous is None:
            return True
        return self.previous.verdict != self.result.verdict or not _same(
            self.previous.computed_value, self.result.computed_value
        )

    def to_dict(self) -> dict:
        return {
            "claim_ids": [c.id for c in self.claims],
            "article": self.source.model_dump(mode="json"),
            "release": release_of(self.result),
            "previous": self.previous.to_dict() if self.previous else None,
            "changed": self.changed,
            **self.result.to_dict(),
        }


def _same(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is b
    return abs(a - b) <= 1e-9 * max(abs(a), abs(b), 1.0)


def release_of(result: CheckedClaim) -> str | None:
    """What a verdict was judged against, in one string: trade releases (with checksums), a published vintage, the registry."""
    source = result.source or {}
    if source.get("kind") == "trade":
        return (
            "; ".join(
                " ".join(filter(None, [r["name"], r["release"], f"sha256:{r['sha256'][:12]}" if r["sha256"] else None]))
                for r in source["releases"]
            )
            or None
        )
    if source.get("kind") == "published":
        return f"{source['source']} ({source['vintage']})"
    if source.get("kind") == "registry":
        return "registry: " + ", ".join(source.get("records", []))
    return None


def _claim_id(source_id: str, proposal: Proposal) -> str:
    digest = hashlib.sha256(f"{source_id}|{proposal.model_dump_json()}".encode()).hexdigest()[:12]
    return f"clm-{digest}"


def _codes(party: Party) -> set[str]:
    return {party.code, *party.members}


def about(parties: list[str], a: Party | None, b: Party | None) -> bool:
    """Whether a claim's parties name ``a`` (and ``b``), a group through any of its members."""
    named = set(parties)
    return all(named & _codes(p) for p in (a, b) if p is not None)


class ClaimStore:
    """The kept claims of a workspace and their check runs."""

    def __init__(self, workspace: Workspace):
        self.workspace = workspace

    def collect(self) -> int:
        """Keep every trade claim set aside by review that is not kept yet; return how many were added."""
        with self.workspace.connect() as con:
            rows = con.execute(
                """
                SELECT p.id, p.data, s.id, s.address, s.title, s.publisher, s.author, s.published, s.retrieved_at,
                       s.checksum, s.language, s.note
                FROM coop_proposals p JOIN coop_sources s ON s.id = p.source_id
                WHERE p.status = 'claim' AND p.id NOT IN (SELECT proposal_id FROM claims_records)
                ORDER BY p.created_at, p.id
                """
            ).fetchall()
            for row in rows:
                proposal = Proposal.model_validate_json(row[1])
                source = Source(
                    address=row[3],
                    title=row[4],
                    publisher=row[5],
                    author=row[6],
                    published=row[7],
                    retrieved_at=row[8],
                    checksum=row[9],
                    language=row[10],
                    note=row[11],
                )
                con.execute(
                    "INSERT OR IGNORE INTO claims_records VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    [
                        _claim_id(row[2], proposal),
                        row[0],
                        row[2],
                        source.model_dump_json(),
                        list(proposal.parties),
                        proposal.metric,
                        proposal.year,
                        proposal.evidence.start,
                        proposal.evidence.end,
                        proposal.model_dump_json(),
                        _now(),
                    ],
                )
        return len(rows)

    def claims(
        self, a: Party | None = None, b: Party | None = None, sources: set[str] | None = None
    ) -> list[StoredClaim]:
        """Kept claims (collected first) about ``a`` (and ``b``) or from the articles ``sources``, with their runs."""
        self.collect()
        with self.workspace.connect() as con:
            rows = con.execute(
                "SELECT id, source, proposal FROM claims_records ORDER BY source_id, evidence_start, id"
            ).fetchall()
            runs = con.execute(
                "SELECT claim_id, checked_at, release, judged_by, verdict, computed_value, ratio FROM claims_checks ORDER BY seq"
            ).fetchall()
        by_claim: dict[str, list[CheckRun]] = {}
        for run in runs:
            by_claim.setdefault(run[0], []).append(CheckRun(*run[1:]))
        kept = [
            StoredClaim(
                r[0], Source.model_validate_json(r[1]), Proposal.model_validate_json(r[2]), by_claim.get(r[0], [])
            )
            for r in rows
        ]
        wanted = a is not None or sources
        return [
            c
            for c in kept
            if not wanted or (a is not None and about(c.proposal.parties, a, b)) or (sources and c.source.id in sources)
        ]

    def check(
        self,
        data: FlowsLike = None,
        *,
        a: Party | None = None,
        b: Party | None = None,
        articles: set[str] | None = None,
        sources: list[str] | None = None,
        record: str = "changed",
    ) -> list[Checked]:
        """Check the kept claims (about the pair, or from ``articles``) article by article.

        ``record``: ``"always"`` appends a run for every verdict (``claims
        recheck``), ``"changed"`` only when there is no run yet or the verdict
        or the figure changed (``claims list``, briefs), ``"never"``.
        """
        kept = self.claims(a, b, articles)
        by_source: dict[str, list[StoredClaim]] = {}
        for claim in kept:
            by_source.setdefault(claim.source.id, []).append(claim)
        home = self.workspace if data is None else data
        checked: list[Checked] = []
        with open_flows(home, sources=sources) as flows:
            for group in by_source.values():
                from partnerlens.claims import check_proposals  # the checker and the extractor: only for kept claims

                results = check_proposals(
                    [c.proposal for c in group], flows, workspace=self.workspace, article=group[0].source
                )
                checked += [_match(result, group) for result in results]
        if record != "never":
            self._record([c for c in checked if record == "always" or c.changed])
        return checked

    def _record(self, checked: list[Checked]) -> None:
        now = _now()
        with self.workspace.connect() as con:
            for item in checked:
                data = json.dumps(item.result.to_dict(), default=str)
                for claim in item.claims:
                    con.execute(
                        "INSERT INTO claims_checks (claim_id, checked_at, release, judged_by, verdict, computed_value, ratio, result) "
                        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                        [
                            claim.id,
                            now,
                            release_of(item.result),
                            item.result.judged_by,
                            item.result.verdict,
                            item.result.computed_value,
                            item.result.ratio,
                            data,
                        ],
                    )


def _match(result: CheckedClaim, group: list[StoredClaim]) -> Checked:
    """The stored claims a verdict is about: those whose sentence is one of its statements, with the same figure."""
    spans = {(s.start, s.end) for s in result.claim.statements} or {(result.claim.start, result.claim.end)}
    mine = tuple(
        c
        for c in group
        if (c.proposal.evidence.start, c.proposal.evidence.end) in spans
        and c.proposal.metric == result.claim.metric
        and _same(_value(c.proposal), result.claim.value)
    )
    previous = mine[0].runs[-1] if mine and mine[0].runs else None
    return Checked(result, group[0].source, mine, previous)


def _value(proposal: Proposal) -> float | None:
    """A proposal's figure as the checker states it (USD, or a fraction for percentages)."""
    if proposal.unit == "percent" and proposal.value is not None:
        return proposal.value / 100
    return proposal.value_usd if proposal.value_usd is not None else proposal.value


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None, microsecond=0)
