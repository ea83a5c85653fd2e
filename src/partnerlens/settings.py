"""Settings from the environment, read in one place: :func:`current` returns them as one :class:`Settings`.

An option given on the command line (``--home``, ``--key``, ``--base-url``) or
to a function wins; the environment comes next; then the default. The
variables, all documented in docs/ and SECURITY.md:

* ``PARTNERLENS_HOME`` — the workspace directory;
* ``PARTNERLENS_LOCK_WAIT`` — seconds a writer waits for the workspace lock (15);
* ``PARTNERLENS_CHROMIUM`` — the Chromium that prints PDF briefs;
* ``PARTNERLENS_COMTRADE_KEY`` (or Comtrade's own ``COMTRADE_API_KEY``) — the Comtrade subscription key;
* ``PARTNERLENS_BACI_BASE_URL``, ``PARTNERLENS_COMTRADE_BASE_URL``, ``PARTNERLENS_IMF_BASE_URL`` — where a
  source is downloaded from (tests serve it from 127.0.0.1);
* ``PARTNERLENS_CHART_WORKER=0`` — briefs draw charts in-process, not in a worker process (``brief.chart_engine``);
* ``PARTNERLENS_SERVER_CHART_WORKERS`` — how many chart worker processes a warm ``partnerlens serve`` starts for
  the briefs it answers (2; a command's own brief starts one) (``brief.chart_engine``, ``web.warm``);
* ``PARTNERLENS_PATTERN_CACHE=0`` — regular expressions and the brief's HTML template compiled each time, no
  program kept on disk (``partnerlens.patterns``, ``brief.rendering``);
* ``PARTNERLENS_SERVER=0`` — a command computes its brief itself, never asking a warm ``partnerlens serve`` of the
  workspace (``partnerlens.warm_server``; the same as ``brief --no-server``).

The environment is read when :func:`current` is called, not when this module
is imported, so a process that changes it (a test) sees the change.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

HOME_ENV = "PARTNERLENS_HOME"
LOCK_WAIT_ENV = "PARTNERLENS_LOCK_WAIT"
CHROMIUM_ENV = "PARTNERLENS_CHROMIUM"
COMTRADE_KEY_ENV = "PARTNERLENS_COMTRADE_KEY"
COMTRADE_KEY_ENVS = (COMTRADE_KEY_ENV, "COMTRADE_API_KEY")  # ours first, then the name Comtrade's examples use
BASE_URL_ENVS = {
    "baci": "PARTNERLENS_BACI_BASE_URL",
    "comtrade": "PARTNERLENS_COMTRADE_BASE_URL",
    "imf": "PARTNERLENS_IMF_BASE_URL",
}
CHART_WORKER_ENV = "PARTNERLENS_CHART_WORKER"
SERVER_CHART_WORKERS_ENV = "PARTNERLENS_SERVER_CHART_WORKERS"
DEFAULT_SERVER_CHART_WORKERS = 2
PATTERN_CACHE_ENV = "PARTNERLENS_PATTERN_CACHE"
SERVER_ENV = "PARTNERLENS_SERVER"
DEFAULT_LOCK_WAIT_SECONDS = 15.0


@dataclass(frozen=True)
class Settings:
    """What the environment sets (None or empty where it sets nothing)."""

    home: Path | None = None
    lock_wait_seconds: float = DEFAULT_LOCK_WAIT_SECONDS
    chromium: str | None = None
    comtrade_key: str | None = field(default=None, repr=False)  # a secret: never shown
    base_urls: Mapping[str, str] = field(default_factory=dict)
    chart_worker: bool = True
    server_chart_workers: int = DEFAULT_SERVER_CHART_WORKERS
    pattern_cache: bool = True
    use_server: bool = True

    @classmethod
    def from_environment(cls, environ: Mapping[str, str] | None = None) -> Settings:
        env = os.environ if environ is None else environ
        home = env.get(HOME_ENV)
        return cls(
            home=Path(home).expanduser() if home else None,
            lock_wait_seconds=float(env.get(LOCK_WAIT_ENV) or DEFAULT_LOCK_WAIT_SECONDS),
            chromium=env.get(CHROMIUM_ENV) or None,
            comtrade_key=next((env[n] for n in COMTRADE_KEY_ENVS if env.get(n)), None),
            base_urls={source: env[name] for source, name in BASE_URL_ENVS.items() if env.get(name)},
            chart_worker=env.get(CHART_WORKER_ENV) != "0",
            server_chart_workers=_count(env.get(SERVER_CHART_WORKERS_ENV), DEFAULT_SERVER_CHART_WORKERS),
            pattern_cache=env.get(PATTERN_CACHE_ENV) != "0",
            use_server=env.get(SERVER_ENV) != "0",
        )

    def base_url(self, source: str, given: str | None, default: str) -> str:
        """Where ``source`` is fetched from: ``given`` (an option), else the environment's, else ``default``."""
        return (given or self.base_urls.get(source) or default).rstrip("/")


def _count(text: str | None, default: int) -> int:
    """A count of at least 1 from the environment's ``text``; ``default`` when unset or not a number."""
    try:
        return max(1, int(text)) if text else default
    except ValueError:
        return default


def one_blas_thread() -> None:
    """Set this process's environment so that BLAS libraries start one thread (a world-build worker process,
    before numpy is imported); with :func:`current` and the server hand-over, the only code that touches the environment."""
    for name in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ[name] = "1"


SERVED_APP_ENV = "PARTNERLENS_SERVED_APP"
"""Carries what ``partnerlens serve --workers N`` hands each server process (JSON, see ``web.app.served_settings``)."""


def hand_to_server_processes(payload: str) -> None:
    """Set what the server processes uvicorn starts will read with :func:`handed_to_server_process`."""
    os.environ[SERVED_APP_ENV] = payload


def handed_to_server_process() -> str:
    """What the parent ``partnerlens serve`` handed this server process (the JSON of ``served_settings``)."""
    payload = os.environ.get(SERVED_APP_ENV)
    if not payload:
        raise RuntimeError(f"{SERVED_APP_ENV} is not set: this factory runs only under `partnerlens serve --workers N`")
    return payload


def telemetry_configured() -> bool:
    """Whether the environment configures OpenTelemetry (an ``OTEL_*`` or ``FASTAPI_OTEL_*`` variable), as FastAPI
    asks before tracing a request."""
    return any(name.startswith(("OTEL_", "FASTAPI_OTEL_")) for name in os.environ)


def current() -> Settings:
    """The settings as the environment holds them now."""
    return Settings.from_environment()
