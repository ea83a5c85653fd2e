"""Every shell example in docs/*.md and the README's quick start runs as written, in a clone-like setting.

Convention (docs/README.md says the same): each page's ```sh blocks are run in order, as one bash script
(``set -e``), in a fresh directory that holds a copy of examples/ and nothing beside it (no ../shared), with
``partnerlens`` on the PATH and no PARTNERLENS_HOME set — each page sets its one workspace itself, at the
top. A block whose first line is ``# not run by tests: <reason>`` is shown to readers but not run; the
reasons in use are "needs the network", "runs until stopped", "needs the server running" and "installs the project". ```console blocks
are transcripts (commands with their output) and are not run; ```python blocks are not run here.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PAGES = sorted((ROOT / "docs").glob("*.md"))
SKIP = "# not run by tests:"
REASONS = (
    "needs the network",
    "runs until stopped",
    "needs the server running",
    "installs the project",
    "needs a release you downloaded",
    "needs the article texts",
)
_BLOCK = re.compile(r"^```(\w*)[^\n]*\n(.*?)^```", re.S | re.M)


def shell_blocks(text: str) -> list[str]:
    """The ```sh / ```bash blocks of a Markdown text, in order."""
    return [body for kind, body in _BLOCK.findall(text) if kind in ("sh", "bash")]


def runnable(blocks: list[str]) -> list[str]:
    return [block for block in blocks if not block.lstrip().startswith(SKIP)]


def quick_start() -> str:
    """The README's "Quick start" section."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    return text.split("## Quick start", 1)[1].split("\n## ", 1)[0]


def run_blocks(blocks: list[str], where: Path) -> subprocess.CompletedProcess:
    """Run the blocks as one bash script in ``where`` (examples/ copied in), the way a reader would."""
    shutil.copytree(ROOT / "examples", where / "examples")
    env = {key: value for key, value in os.environ.items() if not key.startswith("PARTNERLENS_")}
    env["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{env.get('PATH', '')}"
    script = "set -euo pipefail\n" + "\n".join(blocks)
    return subprocess.run(["bash", "-c", script], cwd=where, env=env, capture_output=True, text=True, timeout=900)


def test_every_page_marks_what_it_does_not_run_with_a_known_reason():
    for page in [*PAGES, ROOT / "README.md"]:
        for block in shell_blocks(page.read_text(encoding="utf-8")):
            first = block.lstrip().splitlines()[0]
            if first.startswith(SKIP):
                assert first[len(SKIP) :].strip() in REASONS, (page.name, first)


def test_every_page_uses_one_workspace_set_once_at_the_top():
    for page in PAGES:
        blocks = shell_blocks(page.read_text(encoding="utf-8"))
        if not blocks:
            continue
        text = "\n".join(blocks)
        assert "--home" not in text, page.name
        assert text.count("export PARTNERLENS_HOME=") == 1, page.name
        assert blocks[0].lstrip().startswith("export PARTNERLENS_HOME="), page.name


@pytest.mark.slow
@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name)
def test_the_shell_examples_of_each_page_run_as_written(page, tmp_path):
    blocks = runnable(shell_blocks(page.read_text(encoding="utf-8")))
    if not blocks:
        pytest.skip(f"{page.name} has no shell example that runs offline")
    done = run_blocks(blocks, tmp_path / "clone")
    assert done.returncode == 0, f"{page.name}:\n{done.stdout[-3000:]}\n{done.stderr[-3000:]}"
    assert not (tmp_path / "shared").exists()


@pytest.mark.slow
def test_the_readme_quick_start_runs_as_written(tmp_path):
    blocks = runnable(shell_blocks(quick_start()))
    assert any("data demo" in block for block in blocks)
    done = run_blocks(blocks, tmp_path / "clone")
    assert done.returncode == 0, f"{done.stdout[-3000:]}\n{done.stderr[-3000:]}"
    assert "synthetic demo data calibrated on published WDI totals, ECI and PCI" in done.stdout + done.stderr
    assert (tmp_path / "clone" / "brief.html").is_file()
