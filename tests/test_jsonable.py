"""``partnerlens.jsonable`` in a process where no analytics result class has registered its ``to_dict`` (the
registry and claims commands import no analytics): plain values still convert. Run in a fresh interpreter because
the test session's other imports register one."""

from __future__ import annotations

import json
import subprocess
import sys

SCRIPT = """
import json, sys
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from partnerlens.jsonable import jsonable
assert "partnerlens.analytics.flows" not in sys.modules

@dataclass
class Point:
    x: int
    _hidden: int = 0

class Plain:
    pass

print(json.dumps(jsonable({"day": date(2025, 1, 2), "path": Path("a/b"), "nan": float("nan"),
                           "point": Point(3), "items": {1, 2} - {2}, "plain": str(jsonable(Plain()).__class__.__name__)})))
"""


def test_plain_values_convert_before_any_result_class_is_registered():
    done = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == {
        "day": "2025-01-02",
        "path": "a/b",
        "nan": None,
        "point": {"x": 3},
        "items": [1],
        "plain": "Plain",
    }
