"""The registry's articles read at ``world build``: what a first brief's read-ahead would read, read once per store.

A brief reads the evidence its pair's records quote from each article with
the extractor (``brief.record``: the counts of agreements and KPIs, the
claims to check) and keeps each reading under a key of the text, how it was
read (language, publication date, the day), the workspace's ``sectors.yaml``,
the code and the package's data files (``cooperation.evidence.extraction_key``). Which
text of an article a brief reads depends on its pair: the evidence of the
pair's records only. ``world build`` reads, for every pair of parties that
some record is about (each party a record names, with every group holding
one of its codes), each article's text as that pair's brief would, deduplicated
by key, and keeps each reading in ``world/<state>/articles/<key>.pickle``
beside the world tables; the manifest says how many and for which day.

A brief looks there first (``brief.kept.kept_extraction``), then in its cache,
then reads the text itself. A reading is only ever found under its own key: a
text added or changed after the build, another ``sectors.yaml``, other code or
data files, another day (relative dates are read against it) miss and are
read on demand, never served stale. The tasks (``articles``, blocks of texts of
about equal length) run on either engine like the tables' tasks; a task reads
its block's texts from a job file the build writes beside the readings, under
the workspace's ``sectors.yaml`` as a brief does, and skips a text whose
reading is there. This module imports the standard library only at import time
(``brief.kept`` imports it for :func:`world_reading`).
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # the thread pool is imported where a build starts one (a warm profile never does)
    from concurrent.futures import Future

ARTICLES = "articles"
"""The folder of the readings in a state's world folder (and the task kind, and the manifest's entry)."""
JOBS = "jobs"
"""The job files of the build's tasks, under ``articles/``: ``block=NNN.json``, each a list of texts to read."""
BLOCKS = 2
"""Blocks of texts: one task per worker of a 2-core machine (the reading is Python: one core a task)."""


def reading_path(world: Path, key: str) -> Path:
    return Path(world) / ARTICLES / f"{key}.pickle"


def world_reading(world: Path, key: str) -> Any | None:
    """The reading kept under ``key`` by a build in the world folder ``world``, or None (absent or unreadable)."""
    path = reading_path(world, key)
    if not path.exists():
        return None
    import pickle  # here: a profile (which asks for no reading) never imports it

    try:
        return pickle.loads(path.read_bytes())
    except Exception:  # unreadable, or written by other library versions: read on demand
        return None


def pairs_read(records: list) -> list[tuple[Any, Any]]:
    """Every pair of parties (resolved) some record is about: the parties it names, and each group holding one.

    A brief's records are those naming a code of each party (a group through
    its members, ``cooperation.evidence.about``): any pair with records is a pair of
    these parties.
    """
    from partnerlens.reference import resolve_party
    from partnerlens.reference.parties import list_parties

    groups = [g for g in list_parties("group") if g.members]
    holding: dict[str, list] = {}
    for group in groups:
        for code in group.members:
            holding.setdefault(code, []).append(group)
    named = sorted({code for record in records for code in record.parties})
    parties: dict[str, Any] = {}
    for code in named:
        party = resolve_party(code)
        for one in (party, *holding.get(code, ())):
            parties.setdefault(one.code, one)
    touched: set[tuple[str, str]] = set()
    for record in records:
        codes = sorted({p for code in record.parties for p in (code, *(g.code for g in holding.get(code, ())))})
        touched.update((x, y) for x in codes for y in codes if x < y and x in parties and y in parties)
    return [(parties[x], parties[y]) for x, y in sorted(touched)]


def plan_texts(records: list, day: str) -> list[tuple[tuple, Any]]:
    """``(asked, source)`` of every article text a brief of some pair would read from ``records``, each once.

    ``asked`` is the brief's (``cooperation.evidence.asked_of``): the text, the article's
    language and publication date, and ``day``. Records are taken in the
    registry's order, as a brief's (``Registry.list``).
    """
    from partnerlens.cooperation.evidence import about, asked_of, cited_evidence, evidence_text

    by_code: dict[str, list[int]] = {}
    for n, record in enumerate(records):
        for code in record.parties:
            by_code.setdefault(code, []).append(n)
    found: dict[tuple, Any] = {}
    for a, b in pairs_read(records):
        near = sorted({n for code in (a.code, *a.members) for n in by_code.get(code, ())})
        chosen = [records[n] for n in near if about(records[n].parties, a, b)]
        for source, evidence in cited_evidence(chosen).values():
            if evidence:
                found.setdefault(asked_of(evidence_text(evidence), source, day), source)
    return list(found.items())


def plan_reading(workspace: Any, world: Path, year: int, digits: int) -> tuple[list, dict]:
    """The ``articles`` tasks of a build writing into ``world``, and the manifest's entry (day, texts).

    Keys are computed here, in the build's process, as a brief computes them;
    each block's texts go to a job file the task reads.
    """
    from partnerlens.cooperation.evidence import extraction_key
    from partnerlens.cooperation.storage import Registry
    from partnerlens.world.tasks import Task

    day = date.today().isoformat()
    texts = plan_texts(Registry(workspace).list(), day)
    jobs = [
        {"key": extraction_key(workspace.home, asked), "text": asked[0], "language": asked[1], "published": asked[2]}
        for asked, _ in texts
    ]
    folder = Path(world) / ARTICLES / JOBS
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.glob("block=*.json"):
        old.unlink(missing_ok=True)
    tasks = []
    for block, part in enumerate(_balanced(jobs, BLOCKS)):
        job = folder / f"block={block:03d}.json"
        job.write_text(json.dumps({"day": day, "texts": part}, ensure_ascii=False), encoding="utf-8")
        tasks.append(
            Task(
                ARTICLES,
                year=year,
                digits=digits,
                out=str(world),
                files=(str(job),),
                block=block,
                home=str(workspace.home),
            )
        )
    keys = {job["key"] for job in jobs}
    for old in (Path(world) / ARTICLES).glob("*.pickle"):  # another day, text, taxonomy or code: never asked again
        if old.stem not in keys:
            old.unlink(missing_ok=True)
    new = sum(not reading_path(world, key).exists() for key in keys)
    return tasks, {"day": day, "texts": len(jobs), "new": new}


def plan_ahead(workspace: Any, world: Path, year: int, digits: int) -> Future:
    """:func:`plan_reading` started on a thread: the registry's records are read (pandas imported, about 0.5 s of
    CPU) while the build's own plan scans each year's flows in DuckDB, which releases the GIL."""
    from concurrent.futures import ThreadPoolExecutor

    pool = ThreadPoolExecutor(1, thread_name_prefix="partnerlens-world-articles")
    planned = pool.submit(plan_reading, workspace, world, year, digits)
    pool.shutdown(wait=False)  # the thread ends with its one task
    return planned


def _balanced(jobs: list[dict], blocks: int) -> list[list[dict]]:
    """``jobs`` in at most ``blocks`` lists of about equal text length (longest first, to the shortest list)."""
    parts: list[list[dict]] = [[] for _ in range(blocks)]
    sizes = [0] * blocks
    for job in sorted(jobs, key=lambda j: -len(j["text"])):
        n = sizes.index(min(sizes))
        parts[n].append(job)
        sizes[n] += len(job["text"])
    return [p for p in parts if p]


def read_block(task: Any) -> bool:
    """Read the texts of ``task``'s job file, keeping each reading; whether any was read here.

    Read as a brief reads (``extract_text`` with the article's language and
    publication date, under the workspace's ``sectors.yaml``), on the job's
    day: a task running on another day reads nothing (its readings' keys name
    the build's day).
    """
    job = json.loads(Path(task.files[0]).read_text(encoding="utf-8"))
    missing = [text for text in job["texts"] if not reading_path(Path(task.out), text["key"]).exists()]
    if job["day"] != date.today().isoformat() or not missing:  # (the extractor is not even imported)
        return False
    import pickle

    from partnerlens.cooperation.extract import extract_text
    from partnerlens.locking import single_flight
    from partnerlens.scope import sectors_file

    built = False
    with sectors_file(Path(task.home) / "sectors.yaml"):
        for text in missing:
            published = date.fromisoformat(text["published"]) if text["published"] not in (None, "None") else None

            def write(partial: Path, text: dict = text, published: date | None = published) -> None:
                found = extract_text(text["text"], language=text["language"], published=published)
                partial.write_bytes(pickle.dumps(found, protocol=pickle.HIGHEST_PROTOCOL))

            target = reading_path(Path(task.out), text["key"])
            target.parent.mkdir(parents=True, exist_ok=True)
            try:
                built = single_flight(target, write)[1] or built
            except Exception:  # a text the extractor refuses: a brief reads it on demand, and reports the error
                continue
    return built
