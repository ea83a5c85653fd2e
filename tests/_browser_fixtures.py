"""Shared by the browser tests: where Debian's chromium is, and an article to read (fixtures in conftest.py)."""

from __future__ import annotations

import os
import shutil

CHROMIUM = os.environ.get("PARTNERLENS_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
ARTICLE = (
    "Astana, 28 May 2025 - President of Rwanda Paul Kagame arrived in Astana on an official visit to Kazakhstan. "
    "The two countries signed a memorandum of understanding on cooperation in critical minerals and mining."
)
