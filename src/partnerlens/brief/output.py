"""A brief as a command hands it over (rendered text or PDF bytes), kept on disk so that a second brief is a file read.

``partnerlens brief A B`` asks :func:`rendered` for the brief of the pair as
typed. Its key (:func:`partnerlens.brief.kept.kept_key`) is made of what was
asked (parties and year as typed, ``--top``, the format, the day), the state of
the store's releases, the workspace database, its write-ahead log and
``sectors.yaml``, and the code's fingerprint: all read without the analytics
package, pandas, the chart engine or the claim checker. On a hit the stored
file is returned as it was written; on a miss the brief is built
(:func:`partnerlens.brief.make.build`, itself kept), rendered, and kept in the
cache folder of the releases it was computed from (``cache/<state>/rendered/``,
dropped with those releases). The key is taken before computing, so a write
that lands meanwhile (a claim's verdict recorded) leaves the result under a
key no later reader asks for.

On a miss, a warm ``partnerlens serve`` of the workspace may be asked first
(``ask``: ``partnerlens.warm_server``): the command sends the :func:`question`
with its key, and the server answers with :func:`answer` — this module's own
computation over its long-lived reader, kept in the same file — only when its
key of the question is the same; the answer is the kept file's bytes.

The state in the key is that of every release in the catalogue; the brief is
computed from the primary release (and a later one for recent years, see
``analytics.flows.open_flows``). When the two differ (a store of several
releases), the rendered brief is not kept — the brief's inputs and composed
brief still are (:mod:`partnerlens.brief.kept`). This module imports the
standard library and light helpers only.
"""

from __future__ import annotations

import contextlib
import gc
import json
import os
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass
from datetime import date
from pathlib import Path
from typing import Any

from partnerlens.brief.kept import RENDERED, kept_key, kept_path
from partnerlens.errors import PartnerlensError
from partnerlens.locking import kept_file
from partnerlens.store import TradeStore
from partnerlens.workspace import Workspace
from partnerlens.world.manifest import state_key


@dataclass(frozen=True)
class Rendered:
    """A rendered brief and what a command says about it (the pair's names, year and whether the data are synthetic)."""

    content: str | bytes  # Markdown or HTML text, PDF bytes
    a: str
    b: str
    year: int | None
    synthetic: bool

    @property
    def data(self) -> bytes:
        return self.content.encode("utf-8") if isinstance(self.content, str) else self.content


Asker = Callable[[dict], "bytes | None"]
"""Who else may answer a brief's question (``warm_server.ask_brief``): the kept file's bytes, or None."""
MAX_PARTY_CHARS = 200


def rendered(
    a: str, b: str, year: int | None, fmt: str, *, workspace: Workspace, top: int, ask: Asker | None = None
) -> Rendered:
    """The brief of ``a`` and ``b`` (as typed) in ``year`` rendered as ``fmt``: read back when kept, else built and kept.

    ``ask``: before computing, the question is put to it (``warm_server.ask_brief``: a warm server of the
    workspace); what it answers — the bytes of the kept file, made by :func:`answer` under the same key — is
    the brief; None means computing here.
    """
    catalogue, key, path = _keyed(a, b, year, fmt, workspace=workspace, top=top)
    if ask is not None and not path.exists():
        answered = ask(question(a, b, year, fmt, top=top, key=key))
        if answered is not None:
            with contextlib.suppress(ValueError, TypeError, UnicodeDecodeError):
                return _from_bytes(answered)
    return _kept(a, b, year, fmt, workspace=workspace, top=top, catalogue=catalogue, path=path)


def question(a: str, b: str, year: int | None, fmt: str, *, top: int, key: str) -> dict:
    """What :func:`rendered` asks another process (``ask``) and :func:`answer` reads: the brief as asked, and the
    key the asker would keep it under (``workspace`` gives it: ``_keyed``)."""
    return {"a": a, "b": b, "year": year, "format": fmt, "top": top, "key": key}


def key_of(a: str, b: str, year: int | None, fmt: str, *, workspace: Workspace, top: int) -> str:
    """The key the brief asked is kept under in ``workspace`` today (what :func:`question` carries)."""
    return _keyed(a, b, year, fmt, workspace=workspace, top=top)[1]


def answer(asked: dict, *, workspace: Workspace, flows: Any = None) -> bytes | None:
    """What :func:`rendered` reads back from a kept file, for the brief ``asked`` (a :func:`question`), computed
    over ``flows`` (a server's reader) and kept as :func:`rendered` keeps it; None when this process's key of the
    question is not the asker's (another day, code, store or workspace state: then the answer could differ)."""
    from partnerlens.brief.model import FORMATS

    a, b, year, fmt, top = (asked.get(k) for k in ("a", "b", "year", "format", "top"))
    if not (
        isinstance(a, str)
        and isinstance(b, str)
        and max(len(a), len(b)) <= MAX_PARTY_CHARS
        and (year is None or type(year) is int)
        and type(top) is int
        and fmt in FORMATS
        and isinstance(asked.get("key"), str)
    ):
        return None
    catalogue, key, path = _keyed(a, b, year, fmt, workspace=workspace, top=top)
    if key != asked["key"]:
        return None
    result = _kept(a, b, year, fmt, workspace=workspace, top=top, catalogue=catalogue, path=path, flows=flows)
    return _to_bytes(result)


def _keyed(a: str, b: str, year: int | None, fmt: str, *, workspace: Workspace, top: int) -> tuple:
    """The catalogue, the kept key of the question (with the day) and the kept file's path."""
    catalogue = TradeStore(workspace).sources()
    asked = (str(a), str(b), year, int(top), fmt, date.today().isoformat())
    key = kept_key(workspace, (RENDERED, *asked), catalogue)
    return catalogue, key, kept_path(workspace, RENDERED, key, catalogue, f".{fmt}")


def _kept(
    a: str,
    b: str,
    year: int | None,
    fmt: str,
    *,
    workspace: Workspace,
    top: int,
    catalogue: list,
    path: Path,
    flows: Any = None,
) -> Rendered:
    """The kept brief at ``path``, else computed (over ``flows`` when given, else the store) and kept there."""

    def compute() -> tuple[Rendered, bool]:
        from partnerlens.brief import chart_engine

        chart_engine.start()  # first: the engine starts in its own process while the analytics load and run
        # the collector's thresholds are the process's: a server (``flows`` given) leaves them to its threads
        with fewer_collections() if flows is None else contextlib.nullcontext():
            from partnerlens.brief.make import built  # the analytics, charts and claims: only on a miss
            from partnerlens.brief.rendering import render

            brief, sources = built(a, b, year, workspace=workspace, flows=flows, top=top)
            result = Rendered(render(brief, fmt), brief.a, brief.b, brief.year, brief.synthetic)
        return result, state_key(sources) == state_key(catalogue)

    def write(value: tuple[Rendered, bool], partial: Path) -> None:
        result, keep = value
        if keep:  # only in the cache folder of the releases it was computed from
            partial.write_bytes(_to_bytes(result))

    return kept_file(path, compute, write, lambda p: (_from_bytes(p.read_bytes()), True))[0]


YOUNG_OBJECTS = 50_000
"""Allocations between two collections of the youngest generation while a brief is computed (Python's default: 700)."""


@contextlib.contextmanager
def fewer_collections() -> Iterator[None]:
    """Within this block the cyclic garbage collector runs about 70 times less often; its thresholds are restored after.

    A first brief imports pandas, pyarrow, pydantic and the analytics and then builds hundreds of tables: at the
    default thresholds the collector ran 353 / 32 / 2 times (youngest / middle / full, the full ones over the whole
    heap of imported modules) in a first RWA × AZE brief, 0.46 s of CPU, for few cycles; raised, 77 / 7 / 0 and
    0.24–0.26 s (load 12–17, issue 16). Objects are still collected, in larger batches: peak memory is the same
    within a few MB (253–262 MB either way).
    """
    before = gc.get_threshold()
    gc.set_threshold(max(before[0], YOUNG_OBJECTS), *before[1:])
    try:
        yield
    finally:
        gc.set_threshold(*before)


def _to_bytes(result: Rendered) -> bytes:
    """One line of JSON (names, year, synthetic, text or bytes), then the content exactly as rendered."""
    meta = {k: v for k, v in asdict(result).items() if k != "content"} | {"text": isinstance(result.content, str)}
    return json.dumps(meta, ensure_ascii=False).encode("utf-8") + b"\n" + result.data


def _from_bytes(kept: bytes) -> Rendered:
    head, _, data = kept.partition(b"\n")
    meta = json.loads(head)
    content: str | bytes = data.decode("utf-8") if meta.pop("text") else data
    return Rendered(content=content, **meta)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def save(content: str | bytes, path: str | Path) -> Path:
    """Save rendered ``content`` at ``path`` atomically (a private partial file, then a rename)."""
    target = Path(path).expanduser()
    if not target.parent.is_dir():
        raise PartnerlensError(f"cannot write {target}: directory {target.parent} does not exist")
    data = content.encode("utf-8") if isinstance(content, str) else content
    handle, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".part")
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        os.chmod(tmp, 0o666 & ~_umask())  # mkstemp makes the file private; a brief is an ordinary file
        os.replace(tmp, target)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise PartnerlensError(f"cannot write {target}: {exc.strerror or exc}") from exc
    return target
