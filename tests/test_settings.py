"""The environment is read in one place (partnerlens.settings): what each variable sets, and an option first."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from partnerlens import settings
from partnerlens.settings import Settings
from partnerlens.sources.download import release_url

SRC = Path(__file__).resolve().parent.parent / "src" / "partnerlens"


def test_every_variable_is_read_into_the_settings(tmp_path):
    found = Settings.from_environment(
        {
            "PARTNERLENS_HOME": str(tmp_path),
            "PARTNERLENS_LOCK_WAIT": "2.5",
            "PARTNERLENS_CHROMIUM": "/opt/chromium",
            "COMTRADE_API_KEY": "theirs",
            "PARTNERLENS_BACI_BASE_URL": "http://127.0.0.1:9/baci/",
        }
    )
    assert found.home == tmp_path and found.lock_wait_seconds == 2.5 and found.chromium == "/opt/chromium"
    assert found.comtrade_key == "theirs" and "theirs" not in repr(found)  # a secret is never shown
    assert found.base_url("baci", None, "https://default") == "http://127.0.0.1:9/baci"
    assert found.base_url("baci", "https://given/", "https://default") == "https://given"  # an option wins
    assert found.base_url("imf", None, "https://default") == "https://default"
    ours = Settings.from_environment({"PARTNERLENS_COMTRADE_KEY": "ours", "COMTRADE_API_KEY": "theirs"})
    assert ours.comtrade_key == "ours" and Settings.from_environment({}) == Settings()


def test_the_environment_is_read_when_asked_not_at_import(monkeypatch):
    monkeypatch.setenv(settings.BASE_URL_ENVS["baci"], "http://127.0.0.1:9/mirror")
    assert release_url("V202501", "HS92").startswith("http://127.0.0.1:9/mirror/BACI_HS92_V202501.zip")
    monkeypatch.delenv(settings.BASE_URL_ENVS["baci"])
    assert release_url("V202501", "HS92").startswith("https://www.cepii.fr/")


@pytest.mark.skipif(not (SRC / "settings.py").is_file(), reason="needs the source tree")
def test_no_other_module_reads_the_environment():
    found = subprocess.run(["grep", "-rln", "--include=*.py", "os.environ", str(SRC)], capture_output=True, text=True)
    assert [Path(p).relative_to(SRC).as_posix() for p in found.stdout.split()] == ["settings.py"]


@pytest.mark.parametrize(("text", "count"), [(None, 2), ("", 2), ("1", 1), ("3", 3), ("0", 1), ("-2", 1), ("two", 2)])
def test_a_servers_chart_workers_are_a_count_of_at_least_one(text, count):
    env = {} if text is None else {settings.SERVER_CHART_WORKERS_ENV: text}
    assert Settings.from_environment(env).server_chart_workers == count
