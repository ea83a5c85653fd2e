"""Rebuild cached article texts from a search store's excerpts, keeping only byte-exact copies.

Most texts of the evaluation set may not be redistributed, so they live in a cache outside the repository
(``labels.cache_dir()``) and are lost with the machine. They were cut from excerpts of a search store, and the
store still holds most of them. Given such excerpts — a JSON file holding a search answer (``{"results": [{"url",
"excerpt"}, …]}``), a list of such results, or one ``{"url", "excerpt"}`` — this module writes, for every label
whose address matches a result's, the text ``header + body`` whose SHA-256 equals the label's ``text_sha256``:

* the header is the one every stored text has (``Title:``, ``Source:``, ``Publisher:``, ``Date:`` when the label
  has a publication date, ``Language:``, a blank line), built from the label;
* the body is a contiguous cut of the excerpt (or of the excerpt with its blank lines closed up, as some copies
  were stored): it starts at a line start (or after the store's leading `` date 2017-09-04`` marker) and ends at a
  sentence or line end, with or without a final newline — the ways the labelled copies were cut (page furniture
  above or below, a truncated last sentence).

Nothing is written unless the hash matches, so a rebuilt text is the labelled one byte for byte, and the rest are
named as missing. Usage::

    python -m evaluation.rebuild answers/*.json [--into DIR]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from collections.abc import Iterator
from pathlib import Path

from evaluation.labels import cache_dir, load_labels

_SENTENCE_END = re.compile(r"[.!?…»\"”)\]]")
_DATE_MARKER = re.compile(r"\s*date \d{4}(?:-\d{2}){0,2}\s+")
"""The store's leading ``date 2017-09-04`` marker, which the labelled copies leave out."""


def header(label: dict) -> str:
    """The header block every stored text starts with, built from its label."""
    lines = [f"Title: {label['title']}", f"Source: {label['url']}", f"Publisher: {label['publisher']}"]
    if label.get("published"):
        lines.append(f"Date: {label['published']}")
    lines.append(f"Language: {label['language']}")
    return "\n".join(lines) + "\n\n"


def _starts(excerpt: str) -> list[int]:
    """Where a cut may begin: every line start, and just after a leading date marker or stray space."""
    starts = {0}
    marker = _DATE_MARKER.match(excerpt)
    if marker:
        starts.add(marker.end())
    for match in re.finditer(r"\n", excerpt):
        starts.add(match.end())
    for start in list(starts):
        line = excerpt[start : excerpt.find("\n", start) if "\n" in excerpt[start:] else len(excerpt)]
        stripped = len(line) - len(line.lstrip())
        if stripped:
            starts.add(start + stripped)
        for marker in re.finditer(r"(?:…|\.\.\.|—|-|:)\s*", line[:80]):
            starts.add(start + marker.end())
    return sorted(starts)


def _ends(excerpt: str) -> list[int]:
    """Where a cut may end: every sentence end, every line end and the excerpt's end."""
    ends = {len(excerpt), len(excerpt.rstrip())}
    for match in _SENTENCE_END.finditer(excerpt):
        ends.add(match.end())
    for match in re.finditer(r"\n", excerpt):
        ends.add(match.start())
    return sorted(ends)


def candidates(excerpt: str) -> Iterator[str]:
    """Every body the labelled copy may have been cut as, longest first from each start."""
    ends = _ends(excerpt)
    for start in _starts(excerpt):
        for end in reversed(ends):
            if end <= start:
                break
            body = excerpt[start:end]
            yield body
            yield body + "\n"
            if body != body.strip():
                yield body.strip()
                yield body.strip() + "\n"


def rebuild(label: dict, excerpt: str) -> str | None:
    """The text whose SHA-256 is the label's, cut from ``excerpt``; None when no cut matches."""
    head = header(label)
    wanted = label["text_sha256"]
    for version in dict.fromkeys((excerpt, re.sub(r"\n{2,}", "\n", excerpt))):
        for body in candidates(version):
            text = head + body
            if hashlib.sha256(text.encode("utf-8")).hexdigest() == wanted:
                return text
    return None


def _results(data: object) -> Iterator[dict]:
    if isinstance(data, dict) and "results" in data:
        yield from data["results"]
    elif isinstance(data, list):
        for item in data:
            yield from _results(item)
    elif isinstance(data, dict) and "excerpt" in data:
        yield data


def _address(url: str) -> str:
    """An address compared without scheme, ``www.``, case or a final slash (a result whose address adds a query
    string, as mirrors' tracking parameters do, also matches the label without one)."""
    return re.sub(r"^https?://(www\.)?", "", url).rstrip("/").lower()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m evaluation.rebuild", description=__doc__.split("\n\n")[0])
    parser.add_argument("answers", nargs="+", type=Path, help="JSON files holding search answers")
    parser.add_argument("--into", type=Path, default=None, help="where to write texts (default: the cache)")
    args = parser.parse_args(argv)
    into = args.into or cache_dir()
    into.mkdir(parents=True, exist_ok=True)
    by_address: dict[str, list[dict]] = {}
    for label in load_labels():
        by_address.setdefault(_address(label["url"]), []).append(label)
    written = 0
    for path in args.answers:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as error:
            print(f"{path}: not a JSON answer ({error})", file=sys.stderr)
            continue
        for result in _results(data):
            url = result.get("url", "")
            for label in by_address.get(_address(url)) or by_address.get(_address(url.split("?")[0]), []):
                target = into / f"{label['id']}.txt"
                if target.exists():
                    continue
                text = rebuild(label, result.get("excerpt", ""))
                if text is None:
                    print(f"{label['id']}: found, but no cut of the excerpt has the labelled checksum")
                    continue
                target.write_bytes(text.encode("utf-8"))
                written += 1
                print(f"{label['id']}: rebuilt")
    print(f"{written} texts written to {into}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
