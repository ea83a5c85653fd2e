"""``partnerlens serve --workers 2`` (issue 16): two server processes on one port, each warmed and answering.

Real components: the ``partnerlens serve`` command in a subprocess on 127.0.0.1 (uvicorn's process supervisor),
httpx, the processes' own ``/proc`` entries.
"""

from __future__ import annotations

from pathlib import Path

from _web_fixtures import start_server, stop_server


def children(pid: int) -> list[int]:
    found = []
    for task in Path(f"/proc/{pid}/task").iterdir():
        found += [int(c) for c in (task / "children").read_text().split()]
    return found


def test_two_server_processes_answer_profiles(tmp_path):
    server = start_server(
        tmp_path / "home", args=("--workers", "2", "--fetch-allow", "127.0.0.2/32")
    )  # settings carried
    try:
        with server.client() as client:
            for a, b in [("RWA", "AZE"), ("KAZ", "Africa"), ("RWA", "KEN"), ("AZE", "KAZ")] * 2:
                response = client.get("/api/profile", params={"a": a, "b": b})
                assert response.status_code == 200 and response.json()["a"] == a.upper()[:3]
        python_children = [c for c in children(server.process.pid) if "python" in Path(f"/proc/{c}/exe").resolve().name]
        assert len(python_children) >= 2  # uvicorn's server processes (besides its resource tracker)
    finally:
        stop_server(server)
