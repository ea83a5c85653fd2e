"""Fetching a BACI release from CEPII: streamed, resumable, checksummed, then ingested.

CEPII publishes each release at
``https://www.cepii.fr/DATA_DOWNLOAD/baci/data/BACI_{HS}_{release}.zip``
(e.g. ``BACI_HS92_V202501.zip``). ``--base-url`` or ``$PARTNERLENS_BACI_BASE_URL``
replaces the part before the file name (tests serve a zip from 127.0.0.1).

The file is written to ``downloads/NAME.part`` in the workspace and renamed to
``downloads/NAME`` only when complete. An interrupted transfer is resumed with
an HTTP ``Range`` request — right away, a few times, and again on the next run
because the ``.part`` file stays; a server that ignores ``Range`` makes us start
over. The SHA-256 of the finished zip is always recorded with the source, and
checked against ``expected_sha256`` when one is given (CEPII publishes none).
A download is kept as complete only when it is a zip (it starts with
``PK\x03\x04`` and the server did not call it HTML): a portal's error page
served with status 200 is deleted, never reused. Addresses, releases and
nomenclatures are checked before any request; redirect loops and malformed
addresses are one clear error.
Progress is reported through a callback ``(bytes_done, bytes_total_or_None)`` so
that the library never prints; the CLI draws the progress bar.
"""

from __future__ import annotations

import os
import re
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from urllib.parse import urlsplit

import httpx

from partnerlens import settings
from partnerlens.errors import PartnerlensError
from partnerlens.http import MAX_REDIRECTS, source_client
from partnerlens.sources import IngestResult
from partnerlens.sources.baci import file_sha256, ingest_release
from partnerlens.sources.settings import BACI_NOMENCLATURE, BACI_RELEASE
from partnerlens.store import TradeStore

DEFAULT_BASE_URL = "https://www.cepii.fr/DATA_DOWNLOAD/baci/data"
BASE_URL_ENV = settings.BASE_URL_ENVS["baci"]
DEFAULT_RELEASE = BACI_RELEASE
DEFAULT_NOMENCLATURE = BACI_NOMENCLATURE
RETRIES = 3
TIMEOUT = httpx.Timeout(30.0, read=60.0)

Progress = Callable[[int, "int | None"], None]


ZIP_MAGIC = b"PK\x03\x04"


def release_url(
    release: str = DEFAULT_RELEASE, nomenclature: str = DEFAULT_NOMENCLATURE, base_url: str | None = None
) -> str:
    """The address of a release zip: ``{base}/BACI_{HS}_{release}.zip``."""
    if not re.fullmatch(r"[Vv]\d{6}[a-z]?", release or ""):
        raise PartnerlensError(f"--release {release!r} is not a BACI release; write it as CEPII does, e.g. V202501")
    if not re.fullmatch(r"HS\d\d", (nomenclature or "").upper()):
        raise PartnerlensError(f"--hs {nomenclature!r} is not an HS nomenclature; e.g. HS92, HS17")
    base = settings.current().base_url("baci", base_url, DEFAULT_BASE_URL)
    check_url(base)
    return f"{base}/BACI_{nomenclature.upper()}_{release[0].upper()}{release[1:]}.zip"


def check_url(url: str) -> None:
    """An http(s) address with a host, else PartnerlensError (before any request)."""
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - raises on a malformed port or IPv6 literal
        httpx.URL(url)
    except (ValueError, httpx.InvalidURL) as exc:
        raise PartnerlensError(f"{url[:200]!r} is not a valid address ({exc})") from exc
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise PartnerlensError(f"{url[:200]!r} is not an http(s) address with a host")


def is_zip(path: Path) -> bool:
    """True when the file starts like a zip archive (a local file header)."""
    try:
        with path.open("rb") as handle:
            return handle.read(4) == ZIP_MAGIC
    except OSError:
        return False


def download(
    url: str,
    target: Path,
    progress: Progress | None = None,
    retries: int = RETRIES,
    backoff_seconds: float = 0.5,
    headers: dict[str, str] | None = None,
    keep: Callable[[str, Path, Path], None] | None = None,
) -> None:
    """Fetch ``url`` to ``target`` through ``target.part``, resuming interrupted transfers.

    Raises PartnerlensError when the server cannot be reached or answers with an
    error, or when the transfer still breaks off after ``retries`` resumes (the
    ``.part`` file is kept so that the next call resumes it). ``headers`` are
    sent with every request; ``keep(url, part, target)`` decides whether the
    finished file is kept (default: only a zip, see :func:`_keep_if_zip`).
    """
    part = target.with_name(target.name + ".part")
    target.parent.mkdir(parents=True, exist_ok=True)
    check_url(url)
    failure: Exception | None = None
    with source_client(TIMEOUT, headers) as client:
        for attempt in range(retries + 1):
            if attempt:
                time.sleep(backoff_seconds * attempt)
            try:
                if _fetch(client, url, part, progress, headers):
                    (keep or _keep_if_zip)(url, part, target)
                    return
            except httpx.ConnectError as exc:
                raise PartnerlensError(f"cannot reach {urlsplit(url).netloc}: {exc}") from exc
            except httpx.TooManyRedirects as exc:
                raise PartnerlensError(f"{url}: more than {MAX_REDIRECTS} redirects (a redirect loop?)") from exc
            except (httpx.UnsupportedProtocol, httpx.InvalidURL) as exc:
                raise PartnerlensError(f"{url}: cannot be fetched ({exc})") from exc
            except httpx.TransportError as exc:
                failure = exc
            except httpx.HTTPError as exc:
                raise PartnerlensError(f"{url}: download failed ({type(exc).__name__}: {exc})") from exc
    done = part.stat().st_size if part.exists() else 0
    reason = f" ({failure})" if failure else ""
    raise PartnerlensError(
        f"download of {url} interrupted after {done:,} bytes{reason}; run the same command again to resume"
    ) from failure


def _keep_if_zip(url: str, part: Path, target: Path) -> None:
    """Rename the finished ``part`` to ``target`` only when it is a zip; else delete it and say what came."""
    if is_zip(part):
        os.replace(part, target)
        return
    with part.open("rb") as handle:
        head = handle.read(512).lstrip().lower()
    part.unlink(missing_ok=True)
    what = "an HTML page" if head.startswith((b"<!doctype html", b"<html")) or b"<html" in head else "not a zip file"
    raise PartnerlensError(
        f"{url} answered with {what}, not the release zip; nothing was kept (check the release name and --base-url)"
    )


def _fetch(
    client: httpx.Client, url: str, part: Path, progress: Progress | None, extra_headers: dict[str, str] | None = None
) -> bool:
    """One request: append to ``part`` from where it ends. True when the file is complete."""
    offset = part.stat().st_size if part.exists() else 0
    headers = (
        (extra_headers or {}) | {"Accept-Encoding": "identity"} | ({"Range": f"bytes={offset}-"} if offset else {})
    )
    with client.stream("GET", url, headers=headers) as response:
        if response.status_code == 416 and offset:  # nothing left to send: complete, or the part is bad
            total = _content_range_total(response.headers.get("content-range", ""))
            if total == offset:
                return True
            part.unlink()
            return False
        if response.status_code >= 400:
            raise PartnerlensError(f"{url}: HTTP {response.status_code} {response.reason_phrase}".rstrip())
        if response.headers.get("content-type", "").split(";")[0].strip().lower() in (
            "text/html",
            "application/xhtml+xml",
        ):
            part.unlink(missing_ok=True)
            raise PartnerlensError(
                f"{url} answered with an HTML page, not the release zip; nothing was kept "
                "(check the release name and --base-url)"
            )
        if response.status_code == 206:
            total = _content_range_total(response.headers.get("content-range", ""))
            if not response.headers.get("content-range", "").startswith(f"bytes {offset}-"):
                part.unlink()
                return False
        else:  # 200: the whole file, from the start (the server ignored Range or there was no part)
            offset = 0
            length = response.headers.get("content-length")
            total = int(length) if length and length.isdigit() else None
        done = offset
        with part.open("ab" if offset else "wb") as sink:
            for chunk in response.iter_raw():  # as it arrives, so a cut transfer keeps what came
                sink.write(chunk)
                done += len(chunk)
                if progress:
                    progress(done, total)
    if total is not None and done != total:
        raise httpx.RemoteProtocolError(f"transfer ended at {done} of {total} bytes")
    return True


def _content_range_total(header: str) -> int | None:
    """The total size in ``Content-Range: bytes a-b/total`` (or ``bytes */total``)."""
    _, _, total = header.rpartition("/")
    return int(total) if total.isdigit() else None


def get_baci(
    store: TradeStore,
    release: str = DEFAULT_RELEASE,
    nomenclature: str = DEFAULT_NOMENCLATURE,
    base_url: str | None = None,
    expected_sha256: str | None = None,
    years: Iterable[int] | None = None,
    progress: Progress | None = None,
    sum_duplicates: bool = False,
) -> IngestResult:
    """Download a BACI release into the workspace (or reuse a complete earlier download) and ingest it."""
    url = release_url(release, nomenclature, base_url)
    target = store.workspace.downloads_dir / url.rsplit("/", 1)[-1]
    notes: list[str] = []
    if target.exists() and not is_zip(target):  # kept by an older version: an error page, never a release
        target.unlink()
        notes.append(f"deleted an earlier download of {target.name} that was not a zip")
    if target.exists():
        notes.append(f"reused the earlier download {target}")
    else:
        download(url, target, progress)
    sha256 = file_sha256(target)
    if expected_sha256 and sha256 != expected_sha256.lower():
        target.unlink()
        raise PartnerlensError(
            f"{target.name}: checksum mismatch (expected sha256 {expected_sha256}, got {sha256}); the file was deleted"
        )
    result = ingest_release(store, target, years=years, origin=url, sha256=sha256, sum_duplicates=sum_duplicates)
    return IngestResult(result.source, (*notes, *result.notes))
