"""Reading an article: a file, a URL or standard input; plain text or HTML; any common encoding.

What comes out is the article's text (the offsets of every evidence sentence
refer to it) and a :class:`~partnerlens.cooperation.models.Source` describing
it. Plain-text files may start with header lines (``Source:``, ``Title:``,
``Author:``, ``Publisher:``, ``Date:``, ``Note:``) that become the source's
metadata; HTML goes through trafilatura, which also reads title, author, site
name and date. Every failure — empty, binary, too large, undecodable,
unreachable — is a :class:`PartnerlensError` with one line saying so.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import BinaryIO
from urllib.parse import urlparse

import charset_normalizer

from partnerlens import http
from partnerlens.cooperation.models import Source, text_checksum
from partnerlens.errors import PartnerlensError
from partnerlens.http import Network
from partnerlens.patterns import compiled

MAX_BYTES = 5_000_000  # an article is never this large; anything larger is refused
TIMEOUT_SECONDS = 15.0
_HEADER = re.compile(
    r"^(source|url|title|author|publisher|published|date|note)[ \t]*:[ \t]*(\S.{0,498}?)\s*$", re.IGNORECASE
)  # bounded: a 100 KB line is no header
_HTML_SNIFF = re.compile(
    r"^\s*(?:<!doctype html|<html|<\?xml[^>]*>\s*<html)|<(?:body|article|p|div)[\s>]", re.IGNORECASE
)
_ISO_DATE = compiled(r"^((?:1[89]|20)\d\d)(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$")
_URL_DATE = re.compile(r"/((?:19|20)\d\d)[/-](0[1-9]|1[0-2])(?:[/-](0[1-9]|[12]\d|3[01]))?(?:/|$)")


@dataclass(frozen=True)
class Article:
    """An article's text and where it came from; ``date_hint`` is (year, month) when only those are known."""

    text: str
    source: Source
    date_hint: tuple[int, int | None] | None = None


DateHint = tuple[int, int | None]  # (year, month) of a publication known only to its month or year


def publication(text: str | None) -> tuple[date | None, DateHint | None]:
    """An article's date as written "YYYY-MM-DD", "YYYY-MM" or "YYYY": (the day, None) when known to the day, else
    (None, (year, month or None)) — the precision a reader has, so that "yesterday" in an article of 2020-02 is
    read as that month, never as a day nobody knows. None and "" are no date; anything else is refused."""
    text = (text or "").strip()
    if not text:
        return None, None
    match = _ISO_DATE.match(text)
    if match is None:
        raise PartnerlensError(f"invalid date {text!r}: use YYYY-MM-DD, YYYY-MM or YYYY")
    year, month, day = (int(g) if g else None for g in match.groups())
    assert year is not None
    if day is None:
        return None, (year, month)
    try:
        return date(year, month or 1, day), None
    except ValueError as exc:
        raise PartnerlensError(f"invalid date {text!r}: {exc}") from None


def read_article(
    target: str,
    *,
    stdin: BinaryIO | None = None,
    published: date | None = None,
    date_hint: DateHint | None = None,
    max_bytes: int = MAX_BYTES,
    timeout: float = TIMEOUT_SECONDS,
    allow: Iterable[Network] = (),
) -> Article:
    """Read ``target`` — a path, an http(s) URL, or ``-`` for standard input — into an Article.

    A URL is fetched by :func:`fetch_url`: public addresses only, unless ``allow`` names other networks.
    ``published`` is the article's day, ``date_hint`` its (year, month) when only those are known.
    """
    if target.startswith(("http://", "https://")):
        data, content_type = fetch_url(target, max_bytes=max_bytes, timeout=timeout, allow=allow)
        address = target
    elif target == "-":
        stream = stdin if stdin is not None else sys.stdin.buffer
        data, content_type, address = _limited_read(stream, max_bytes, "standard input"), None, "stdin"
    else:
        data, content_type, address = _read_file(Path(target), max_bytes), None, str(target)
    return article_from_bytes(
        data, address=address, content_type=content_type, published=published, date_hint=date_hint
    )


def article_from_bytes(
    data: bytes,
    *,
    address: str | None = None,
    content_type: str | None = None,
    published: date | None = None,
    date_hint: DateHint | None = None,
) -> Article:
    """Decode and parse raw bytes (text or HTML) into an Article; ``date_hint`` (year, month) is the publication
    known only so far, used when neither ``published`` nor the article itself gives the day."""
    text = decode(data, _declared_charset(content_type))
    if not text.strip():
        raise PartnerlensError(f"{address or 'input'} is empty")
    is_html = (content_type or "").startswith(("text/html", "application/xhtml")) or bool(
        _HTML_SNIFF.search(text[:5000])
    )
    article = _from_html(text, address, published) if is_html else _from_plain(text, address, published)
    if date_hint is not None and article.source.published is None:
        return Article(article.text, article.source, date_hint)
    return article


def decode(data: bytes, declared: str | None = None) -> str:
    """Bytes → text: BOM, the declared charset, UTF-8, then charset detection; refuses binary data."""
    if not data.strip():
        return ""
    if _looks_binary(data):
        raise PartnerlensError("the input is binary data, not text or HTML")
    for bom, codec in ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16")):
        if data.startswith(bom):
            return data.decode(codec, errors="strict")
    for codec in filter(None, (declared, "utf-8")):
        try:
            return data.decode(codec)
        except (UnicodeDecodeError, LookupError):
            continue
    matches = charset_normalizer.from_bytes(data)
    best = matches.best()
    guess = (str(best), best.encoding) if best is not None and best.encoding is not None else None
    cyrillic = next((m for m in matches if _cyrillic_share(str(m)) > 0.3), None)
    if cyrillic is not None:  # cp1251, KOI8-R: Russian text
        return _checked(str(cyrillic), cyrillic.encoding)
    try:  # Western European legacy text (English, French) is most often Windows-1252
        return _checked(data.decode("cp1252"), "cp1252")
    except (UnicodeDecodeError, PartnerlensError):
        pass
    if guess is None:
        raise PartnerlensError("cannot tell the text encoding of the input; save it as UTF-8")
    return _checked(*guess)


def _cyrillic_share(text: str) -> float:
    letters = [ch for ch in text if ch.isalpha()]
    return sum("\u0400" <= ch <= "\u04ff" for ch in letters) / len(letters) if letters else 0.0


def _checked(text: str, encoding: str) -> str:
    """``text`` if it reads as text (printable, and letters for the most part of its non-space characters)."""
    visible = [ch for ch in text if not ch.isspace()]
    printable = sum(ch.isprintable() for ch in visible)
    letters = sum(ch.isalpha() or ch.isdigit() for ch in visible)
    if visible and (printable < 0.97 * len(visible) or letters < 0.6 * len(visible)):
        raise PartnerlensError(f"the input does not decode as text (best guess {encoding}); save it as UTF-8")
    return text


def _looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    if sample.startswith((b"\xff\xfe", b"\xfe\xff")):  # UTF-16 has NULs by design
        return False
    if b"\x00" in sample:
        return True
    controls = sum(byte < 32 and byte not in (9, 10, 12, 13) for byte in sample)
    return controls > 0.01 * len(sample)


def _declared_charset(content_type: str | None) -> str | None:
    match = re.search(r"charset=([\w-]+)", content_type or "", re.IGNORECASE)
    return match.group(1) if match else None


def _limited_read(stream: BinaryIO, max_bytes: int, what: str) -> bytes:
    data = stream.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise PartnerlensError(f"{what} is larger than the {max_bytes:,}-byte limit for an article")
    return data


def _read_file(path: Path, max_bytes: int) -> bytes:
    if not path.exists():
        raise PartnerlensError(f"no such file: {path}")
    if not path.is_file():
        raise PartnerlensError(f"not a file: {path}")
    if path.stat().st_size > max_bytes:
        raise PartnerlensError(f"{path} is larger than the {max_bytes:,}-byte limit for an article")
    try:
        return path.read_bytes()
    except OSError as exc:
        raise PartnerlensError(f"cannot read {path}: {exc.strerror}") from exc


def fetch_url(
    url: str, *, max_bytes: int = MAX_BYTES, timeout: float = TIMEOUT_SECONDS, allow: Iterable[Network] = ()
) -> tuple[bytes, str | None]:
    """GET a user's ``url`` through :func:`partnerlens.http.fetch` (public addresses only unless ``allow``
    names a network, one total deadline of ``timeout`` seconds, ``max_bytes`` at most); body and content type."""
    fetched = http.fetch(url, max_bytes=max_bytes, deadline_seconds=timeout, allow=allow)
    return fetched.body, fetched.content_type


def _from_plain(text: str, address: str | None, published: date | None) -> Article:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    lines = text.split("\n")
    meta: dict[str, str] = {}
    consumed = 0
    for line in lines:
        match = _HEADER.match(line)
        if not match:
            break
        meta.setdefault(match.group(1).casefold(), match.group(2))
        consumed += 1
    body = "\n".join(lines[consumed:]).strip()
    if not body:
        raise PartnerlensError(f"{address or 'input'} has no article text")
    url = meta.get("source") or meta.get("url")
    origin = url if url and url.startswith(("http://", "https://")) else None
    written = meta.get("published") or meta.get("date")
    partial = _ISO_DATE.match(written.strip()) if written else None
    hint = publication(written)[1] if partial and not partial.group(3) else None  # "Published: 2020-02"
    when = published or (None if hint else _parse_date(written))
    source = Source(
        address=origin or address,
        title=meta.get("title"),
        publisher=meta.get("publisher") or _site(origin),
        author=meta.get("author"),
        published=when,
        checksum=text_checksum(body),
        language=detect_language(body),
        note=meta.get("note") or (f"read from {address}" if origin and address else None),
    )
    return Article(body, source, None if when else hint or _url_date_hint(origin or address))


def _from_html(html: str, address: str | None, published: date | None) -> Article:
    import trafilatura

    url = address if address and address.startswith(("http://", "https://")) else None
    document = trafilatura.bare_extraction(
        html, url=url, with_metadata=True, include_comments=False, include_tables=False
    )
    text = (getattr(document, "text", None) or "").strip() if document is not None else ""
    if not text:
        raise PartnerlensError(f"no article text found in the HTML of {address or 'the input'}")
    when = published or _parse_date(getattr(document, "date", None))
    source = Source(
        address=getattr(document, "url", None) or address,
        title=getattr(document, "title", None),
        publisher=getattr(document, "sitename", None) or _site(url),
        author=getattr(document, "author", None),
        published=when,
        checksum=text_checksum(text),
        language=detect_language(text),
    )
    return Article(text, source, None if when else _url_date_hint(url))


def _parse_date(value: str | None) -> date | None:
    if not value:
        return None
    import dateparser

    parsed = dateparser.parse(value, settings={"STRICT_PARSING": True})
    return parsed.date() if parsed else None


def _site(url: str | None) -> str | None:
    if not url:
        return None
    host = urlparse(url).hostname or ""
    return host.removeprefix("www.") or None


def _url_date_hint(url: str | None) -> tuple[int, int | None] | None:
    """(year, month) from a dated URL path such as ``/2025/05/...``."""
    match = _URL_DATE.search(urlparse(url).path) if url else None
    return (int(match.group(1)), int(match.group(2))) if match else None


_FRENCH = re.compile(r"\b(?:le|la|les|des|du|une|et|est|dans|avec|pour|sur|qui|a été|ont)\b", re.IGNORECASE)
_ENGLISH = re.compile(r"\b(?:the|and|of|to|in|is|was|with|for|on|that|has|have)\b", re.IGNORECASE)


_IBERIAN = re.compile(r"\b(?:não|são|também|com|uma|pelo|pela|em|os|el|los|las|del|con|una|según|y|e)\b", re.IGNORECASE)


def detect_language(text: str) -> str:
    """ "ru", "fr", "en", "pt" or "es": Cyrillic script for Russian, function words for French against English;
    a text with many Portuguese or Spanish function words is classified by ``py3langid`` (BSD) among
    en, fr, pt and es (its model takes two seconds to load, so only such texts pay for it)."""
    letters = [ch for ch in text[:20000] if ch.isalpha()]
    if letters and sum("\u0400" <= ch <= "\u04ff" for ch in letters) > 0.3 * len(letters):
        return "ru"
    sample = text[:20000]
    english, french = len(_ENGLISH.findall(sample)), len(_FRENCH.findall(sample))
    if len(_IBERIAN.findall(sample)) > max(english, french):
        return _langid(sample)
    return "fr" if french > 1.2 * english else "en"


def _langid(sample: str) -> str:
    import py3langid

    py3langid.set_languages(["en", "fr", "pt", "es"])
    return py3langid.classify(sample)[0]
