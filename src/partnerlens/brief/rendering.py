"""Render a :class:`~partnerlens.brief.model.Brief` as Markdown, HTML or PDF.

* Markdown is for pasting: pipe tables, citation markers as text, charts
  replaced by their captions (their data are in the tables).
* HTML is one self-contained file: CSS and SVG charts inline, no script, no
  font or image fetched from anywhere (jinja2 template ``templates/brief.html.j2``).
* PDF is that HTML printed by headless Chromium; print CSS puts the
  synthetic-data banner and page numbers in the margin of every page.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

import jinja2
from markupsafe import Markup, escape

from partnerlens import settings
from partnerlens.brief.model import (
    FORMATS,
    MARKER,
    Brief,
    Bullets,
    Chart,
    Citation,
    Heading,
    Paragraph,
    SourceList,
    Table,
)
from partnerlens.errors import PartnerlensError
from partnerlens.formatting import SYNTHETIC_BANNER  # one wording on every surface

CHROMIUM_ENV = settings.CHROMIUM_ENV
_CHROMIUM_NAMES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
PDF_TIMEOUT_S = 120


def render(brief: Brief, fmt: str) -> str | bytes:
    """The brief in ``fmt`` (``md`` or ``html`` as text, ``pdf`` as bytes)."""
    if fmt == "md":
        return to_markdown(brief)
    if fmt == "html":
        return to_html(brief)
    if fmt == "pdf":
        return to_pdf(brief)
    raise PartnerlensError(f"unknown brief format {fmt!r}; expected one of {', '.join(FORMATS)}")


# -- Markdown -------------------------------------------------------------------


def to_markdown(brief: Brief) -> str:
    """The brief as GitHub-flavoured Markdown; the banner, if any, is the first line."""
    lines: list[str] = []
    if brief.synthetic:
        lines += [f"> **{SYNTHETIC_BANNER}**", ""]
    lines += [f"# {brief.title}", "", f"*{brief.subtitle}*", ""]
    for section in brief.sections:
        lines += [f"## {section.title}", ""]
        for block in section.blocks:
            lines += _markdown_block(block) + [""]
    return "\n".join(lines).rstrip() + "\n"


def _markdown_block(block) -> list[str]:
    if isinstance(block, Heading):
        return [f"### {block.text}"]
    if isinstance(block, Paragraph):
        return [block.text]
    if isinstance(block, Bullets):
        return [f"- {item}" for item in block.items]
    if isinstance(block, Table):

        def row(cells):
            return "| " + " | ".join(_md_cell(c) for c in cells) + " |"

        rule = "|" + "|".join("---:" if block.is_numeric(i) else "---" for i in range(len(block.columns))) + "|"
        return [f"*{block.caption}*", "", row(block.columns), rule, *(row(r) for r in block.rows)]
    if isinstance(block, Chart):
        return [f"*Chart: {block.caption}* (drawn in the HTML and PDF versions; its data are in the tables)"]
    if isinstance(block, SourceList):
        return [f"{n}. {citation_line(c)}" for n, c in block.entries]
    raise TypeError(type(block).__name__)


def citation_line(citation: Citation) -> str:
    """A citation as one line of text: what it is, where it is, and whether it is synthetic."""
    line = citation.text + (f" — {citation.address}" if citation.address else "")
    return line + (" (synthetic)" if citation.synthetic else "")


def _md_cell(text: str) -> str:
    return str(text).replace("|", "\\|").replace("\n", " ")


# -- HTML -------------------------------------------------------------------------


def _cite(text: str) -> Markup:
    """Escape ``text`` and link its citation markers to the list of sources."""
    escaped = str(escape(text))
    return Markup(MARKER.sub(r'<a class="cite" href="#ref-\1">[\1]</a>', escaped))


class _KeptTemplates(jinja2.FileSystemBytecodeCache):
    """Compiled templates kept in the user cache folder (``templates/``, beside the pattern programs of
    :mod:`partnerlens.patterns`): a new process's first HTML brief loads the template's code instead of compiling
    it (20–30 ms of CPU at load; issue 16). Jinja keys each file by the template's name, checks its source's hash
    and the Python version before using it, and writes it atomically; a folder that cannot be read or written is
    skipped."""

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        with contextlib.suppress(OSError):  # no such folder, or not a folder: compiled as without it
            super().load_bytecode(bucket)

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        with contextlib.suppress(OSError):
            os.makedirs(self.directory, exist_ok=True)
            super().dump_bytecode(bucket)


def _bytecode_cache() -> jinja2.BytecodeCache | None:
    """The kept templates' folder, unless kept programs are turned off (``PARTNERLENS_PATTERN_CACHE=0``)."""
    if not settings.current().pattern_cache:
        return None
    from partnerlens.patterns import cache_dir

    return _KeptTemplates(str(cache_dir().parent / "templates"))


def _environment(bytecode_cache: jinja2.BytecodeCache | None) -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("partnerlens.brief", "templates"),
        bytecode_cache=bytecode_cache,
        autoescape=jinja2.select_autoescape(["html", "j2"]),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["cite"] = _cite
    env.filters["css_string"] = lambda s: Markup(
        '"' + re.sub(r'["\\\n<>]', lambda m: f"\\{ord(m.group(0)):x} ", str(s)) + '"'
    )
    env.tests["heading"] = lambda b: isinstance(b, Heading)
    env.tests["paragraph"] = lambda b: isinstance(b, Paragraph)
    env.tests["bullets"] = lambda b: isinstance(b, Bullets)
    env.tests["table"] = lambda b: isinstance(b, Table)
    env.tests["chart"] = lambda b: isinstance(b, Chart)
    env.tests["sources"] = lambda b: isinstance(b, SourceList)
    return env


_ENV = _environment(_bytecode_cache())


def to_html(brief: Brief) -> str:
    """The brief as one self-contained HTML page."""
    return _ENV.get_template("brief.html.j2").render(brief=brief, banner=SYNTHETIC_BANNER, svg=Markup)


# -- PDF --------------------------------------------------------------------------


def chromium_path() -> str:
    """The Chromium (or Chrome) executable: ``$PARTNERLENS_CHROMIUM``, else the first on PATH."""
    configured = settings.current().chromium
    if configured:
        return configured
    for name in _CHROMIUM_NAMES:
        found = shutil.which(name)
        if found:
            return found
    raise PartnerlensError(
        f"PDF output needs Chromium: install it (Debian: apt-get install chromium) or set {CHROMIUM_ENV}; "
        "--format html gives the same brief without it"
    )


def to_pdf(brief: Brief) -> bytes:
    """The HTML brief printed to PDF by headless Chromium (A4, print CSS)."""
    return html_to_pdf(to_html(brief))


def html_to_pdf(html: str) -> bytes:
    """Print an HTML page to PDF with headless Chromium, in a throw-away profile."""
    executable = chromium_path()
    with tempfile.TemporaryDirectory(prefix="partnerlens-pdf-") as tmp:
        page, pdf = Path(tmp) / "brief.html", Path(tmp) / "brief.pdf"
        page.write_text(html, encoding="utf-8")
        command = [
            executable,
            "--headless",
            "--disable-gpu",
            "--no-first-run",
            "--disable-extensions",
            "--no-pdf-header-footer",
            f"--user-data-dir={Path(tmp) / 'profile'}",
            f"--print-to-pdf={pdf}",
            page.as_uri(),
        ]
        if hasattr(os, "geteuid") and os.geteuid() == 0:  # Chromium refuses to run as root with its sandbox
            command.insert(1, "--no-sandbox")
        try:
            done = subprocess.run(command, capture_output=True, timeout=PDF_TIMEOUT_S, check=False)
        except (OSError, subprocess.TimeoutExpired) as exc:
            raise PartnerlensError(f"Chromium could not print the brief to PDF: {exc}") from exc
        if not pdf.exists() or pdf.stat().st_size == 0:
            detail = _last_line(done.stderr.decode("utf-8", "replace"))
            raise PartnerlensError(
                f"Chromium did not produce a PDF (exit {done.returncode}){': ' + detail if detail else ''}"
            )
        return pdf.read_bytes()


def _last_line(text: str) -> str:
    lines = [line for line in text.splitlines() if line.strip() and not re.search(r"dbus|unexpected operator", line)]
    return lines[-1].strip() if lines else ""
