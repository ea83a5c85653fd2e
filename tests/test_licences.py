"""No runtime dependency under the GPL or AGPL (issue 18): partnerlens is Apache-2.0.

Reads pyproject.toml's runtime dependencies, follows their requirements through the installed metadata
(importlib.metadata: requested extras included, requirements that are not installed here skipped since they
only apply elsewhere), and classifies each distribution by its License-Expression, License and licence
classifiers. LGPL is allowed (used as a library); a distribution offering a non-GPL alternative
("MIT OR GPL-2.0", or a second licence classifier) is allowed. Run it as a script to print every runtime
distribution with its licence: ``python tests/test_licences.py`` (works in a venv without pytest).
"""

from __future__ import annotations

import re
import tomllib
from importlib import metadata
from pathlib import Path

PYPROJECT = Path(__file__).resolve().parents[1] / "pyproject.toml"
_REQUIREMENT = re.compile(r"^\s*([A-Za-z0-9][A-Za-z0-9._-]*)\s*(?:\[([^\]]*)\])?\s*([^;]*)(?:;\s*(.*))?$")
_EXTRA_MARKER = re.compile(r"""extra\s*==\s*["']([^"']+)["']""")
_GPL = re.compile(r"\bA?GPL|GNU (?:Affero )?General Public License", re.IGNORECASE)
_NOT_GPL = re.compile(r"\bLGPL|Lesser|Library General|GCC[- ]exception|classpath", re.IGNORECASE)


def _canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def parse_requirement(text: str) -> tuple[str, set[str], str]:
    """(canonical name, requested extras, marker text) of a PEP 508 requirement string."""
    match = _REQUIREMENT.match(text)
    if match is None:
        raise ValueError(f"cannot read requirement {text!r}")
    extras = {_canonical(e) for e in (match.group(2) or "").split(",") if e.strip()}
    return _canonical(match.group(1)), extras, (match.group(4) or "").strip()


def runtime_requirements() -> list[str]:
    """The ``[project] dependencies`` of pyproject.toml."""
    return tomllib.loads(PYPROJECT.read_text("utf-8"))["project"]["dependencies"]


def runtime_closure(requirements: list[str]) -> dict[str, metadata.Distribution]:
    """Every installed distribution the requirements pull in, recursively, by canonical name."""
    found: dict[str, metadata.Distribution] = {}
    pending = [(text, set()) for text in requirements]  # (requirement, extras of the parent that asked)
    while pending:
        text, parent_extras = pending.pop()
        name, extras, marker = parse_requirement(text)
        marker_extras = {_canonical(e) for e in _EXTRA_MARKER.findall(marker)}
        if marker_extras and not marker_extras & parent_extras:
            continue
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            if not parent_extras and text in requirements:
                raise
            continue  # a requirement for another platform or Python version
        if name in found and not extras:
            continue
        found[name] = dist
        pending += [(req, extras) for req in (dist.requires or [])]
    return found


def licence_texts(dist: metadata.Distribution) -> list[str]:
    """The licence statements of a distribution: expression, License field (first line), classifiers."""
    meta = dist.metadata
    texts = [meta.get("License-Expression") or "", (meta.get("License") or "").strip().splitlines()[0:1]]
    classifiers = [c.split("::")[-1].strip() for c in meta.get_all("Classifier") or [] if c.startswith("License")]
    return [t for t in [texts[0], *(texts[1] or []), *classifiers] if t]


def is_gpl(texts: list[str]) -> bool:
    """True when every licence stated is GPL/AGPL (LGPL and GPL-with-exception do not count)."""
    alternatives = [part for text in texts for part in re.split(r"\s+OR\s+|\s*/\s*", text)]
    gpl = [a for a in alternatives if _GPL.search(a) and not _NOT_GPL.search(a)]
    others = [a for a in alternatives if a not in gpl and a.strip().upper() not in {"", "UNKNOWN", "OSI APPROVED"}]
    return bool(gpl) and not others


def offenders() -> dict[str, list[str]]:
    """GPL/AGPL runtime distributions → their licence statements."""
    closure = runtime_closure(runtime_requirements())
    return {
        f"{name} {dist.version}": licence_texts(dist)
        for name, dist in sorted(closure.items())
        if is_gpl(licence_texts(dist))
    }


def test_no_runtime_dependency_is_gpl():
    assert offenders() == {}


def test_the_walk_reaches_transitive_dependencies():
    closure = runtime_closure(runtime_requirements())
    assert {"duckdb", "typer", "click", "starlette", "atlas-common-data"} <= set(closure)


def test_classification():
    assert is_gpl(["GPL-3.0-or-later"]) and is_gpl(["GNU General Public License v3 (GPLv3)"])
    assert is_gpl(["AGPL-3.0-only"])
    assert not is_gpl(["LGPL-2.1-or-later"]) and not is_gpl(["GNU Lesser General Public License v3 (LGPLv3)"])
    assert not is_gpl(["MIT OR GPL-2.0-or-later"]) and not is_gpl(["Apache-2.0"]) and not is_gpl([])
    assert not is_gpl(["GPL-3.0-or-later WITH GCC-exception-3.1"])


def test_requirement_parsing():
    assert parse_requirement("uvicorn[standard]>=0.29") == ("uvicorn", {"standard"}, "")
    marker = 'platform_system == "Windows"'
    assert parse_requirement(f"colorama; {marker}") == ("colorama", set(), marker)


if __name__ == "__main__":
    for name, dist in sorted(runtime_closure(runtime_requirements()).items()):
        texts = licence_texts(dist)
        print(f"{'GPL ' if is_gpl(texts) else 'ok  '}{name} {dist.version}: {' | '.join(texts) or '(none stated)'}")
    print("offenders:", offenders() or "none")
