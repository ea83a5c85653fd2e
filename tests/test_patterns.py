"""``partnerlens.patterns.compiled``: the pattern ``re.compile`` makes, its program kept on disk for later processes."""

from __future__ import annotations

import os
import re
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from partnerlens import kept_yaml, patterns
from partnerlens.cooperation import gazetteer

TEXT = (
    "Rwanda and Azerbaijan signed three agreements in Baku; the DRC, Côte d'Ivoire and the "
    "United Arab Emirates attended. Le Rwanda et l'Azerbaïdjan ont signé à Kigali. RWANDA, rwanda."
)
SAMPLES = [
    (r"(?<!\w)(?:(?P<t0>Rwanda)|(?P<t1>Azerbaijan|Azerbaïdjan))(?!\w)", re.IGNORECASE),
    (r"(\d+(?:[.,]\d+)?)\s*(million|billion)?", 0),
    (r"(?P<a>[A-Z]\w+)(?:,\s+(?P=a))?", re.MULTILINE),
    (r"(?i:le|la|les)\s+(?P<name>\w+)", 0),
]


@pytest.fixture()
def kept_in(tmp_path, monkeypatch):
    monkeypatch.setattr(patterns, "cache_dir", lambda: tmp_path / "patterns")
    return tmp_path / "patterns"


def _same(a: re.Pattern, b: re.Pattern, text: str = TEXT) -> None:
    assert (a.pattern, a.flags, a.groups, a.groupindex) == (b.pattern, b.flags, b.groups, b.groupindex)
    assert [(m.span(), m.lastgroup, m.groups()) for m in a.finditer(text)] == [
        (m.span(), m.lastgroup, m.groups()) for m in b.finditer(text)
    ]


@pytest.mark.parametrize(("pattern", "flags"), SAMPLES)
def test_compiled_then_kept_is_the_pattern_re_makes(kept_in, pattern, flags):
    first = patterns.compiled(pattern, flags)
    assert len(list(kept_in.glob("*.marshal"))) == 1
    again = patterns.compiled(pattern, flags)  # built from the kept program
    assert again is not first
    _same(re.compile(pattern, flags), first)
    _same(re.compile(pattern, flags), again)


def test_the_kept_program_is_the_compilers(kept_in):
    """The program on disk is what ``re._compiler.compile`` hands ``_sre.compile``, so the pattern cannot differ."""
    from re import _compiler, _parser

    pattern, flags = SAMPLES[0]
    parsed = _parser.parse(pattern, flags)
    assert patterns._program(pattern, flags)[1] == list(_compiler._code(parsed, flags))


def test_the_gazetteer_through_kept_programs_finds_what_it_found(kept_in):
    """The gazetteer's alternation of every economy's names (the largest pattern): same mentions from a kept program."""
    gazetteer._matchers.cache_clear()  # an earlier test of this process may have built them: compile them here
    fresh = [m for language in ("en", "fr") for m in gazetteer.find_party_mentions(TEXT, language)]
    assert fresh and list(kept_in.glob("*.marshal"))
    gazetteer._matchers.cache_clear()
    kept = [m for language in ("en", "fr") for m in gazetteer.find_party_mentions(TEXT, language)]
    assert kept == fresh


def test_a_damaged_kept_file_is_compiled_again_and_replaced(kept_in):
    pattern, flags = SAMPLES[1]
    patterns.compiled(pattern, flags)
    (path,) = kept_in.glob("*.marshal")
    path.write_bytes(b"not marshal")
    _same(re.compile(pattern, flags), patterns.compiled(pattern, flags))
    _same(re.compile(pattern, flags), patterns.compiled(pattern, flags))  # and the file was replaced
    assert path.read_bytes() != b"not marshal"


def test_an_unwritable_cache_folder_only_means_compiling_each_time(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("")
    monkeypatch.setattr(patterns, "cache_dir", lambda: blocker / "patterns")  # a folder under a file: cannot exist
    pattern, flags = SAMPLES[2]
    _same(re.compile(pattern, flags), patterns.compiled(pattern, flags))


def test_switched_off_nothing_is_kept(kept_in, monkeypatch):
    monkeypatch.setenv(patterns.OFF, "0")
    pattern, flags = SAMPLES[3]
    _same(re.compile(pattern, flags), patterns.compiled(pattern, flags))
    assert not kept_in.exists()


def test_a_bad_pattern_raises_what_re_raises(kept_in):
    with pytest.raises(re.error):
        patterns.compiled(r"(unclosed", 0)


@settings(max_examples=60, deadline=None)
@given(
    words=st.lists(st.text(alphabet="abcé. ()-'’", min_size=1, max_size=8), min_size=1, max_size=6),
    flags=st.sampled_from([0, re.IGNORECASE, re.IGNORECASE | re.MULTILINE]),
)
def test_any_alternation_of_escaped_words_matches_like_re(tmp_path_factory, words, flags):
    folder = tmp_path_factory.mktemp("patterns")
    pattern = r"(?<!\w)(?:" + "|".join(f"(?P<t{i}>{re.escape(w)})" for i, w in enumerate(words)) + r")(?!\w)"
    text = " ".join(words) + " " + " ".join(w.upper() for w in words)
    real = patterns.cache_dir
    patterns.cache_dir = lambda: folder  # type: ignore[method-assign]
    try:
        first, again = patterns.compiled(pattern, flags), patterns.compiled(pattern, flags)
    finally:
        patterns.cache_dir = real  # type: ignore[method-assign]
    _same(re.compile(pattern, flags), first, text)
    _same(re.compile(pattern, flags), again, text)


def _aged(folder, names_and_ages):
    """Files of 1000 bytes in ``folder``, each last used ``age`` seconds ago."""
    folder.mkdir(parents=True, exist_ok=True)
    now = time.time()
    for name, age in names_and_ages:
        path = folder / f"{name}.marshal"
        path.write_bytes(b"x" * 1000)
        os.utime(path, (now - age, now - age))


def test_prune_deletes_the_least_recently_used_until_the_rest_fit(tmp_path):
    _aged(tmp_path, [("old", 300), ("older", 400), ("recent", 10), ("newest", 1)])
    deleted = patterns.prune(tmp_path, budget=2500)
    assert sorted(p.stem for p in deleted) == ["old", "older"]
    assert sorted(p.stem for p in tmp_path.glob("*.marshal")) == ["newest", "recent"]
    assert patterns.prune(tmp_path, budget=2500) == []  # within budget: nothing more goes


def test_prune_never_deletes_the_program_just_written(tmp_path):
    _aged(tmp_path, [("kept", 1000), ("other", 10)])
    patterns.prune(tmp_path, keep=tmp_path / "kept.marshal", budget=1000)
    assert [p.stem for p in tmp_path.glob("*.marshal")] == ["kept"]


def test_a_kept_program_read_again_counts_as_used(kept_in):
    pattern, flags = SAMPLES[1]
    patterns.compiled(pattern, flags)
    (path,) = kept_in.glob("*.marshal")
    os.utime(path, (1_000_000, 1_000_000))
    patterns.compiled(pattern, flags)
    assert path.stat().st_mtime > 1_000_000


def test_writing_a_program_prunes_the_folder_to_its_budget(kept_in, monkeypatch):
    """Programs of patterns no longer in use (another vocabulary, another Python) go when a new one is written."""
    _aged(kept_in, [(f"stale{i}", 1000 + i) for i in range(50)])
    monkeypatch.setattr(patterns, "BUDGET_BYTES", 10_000)
    pattern, flags = SAMPLES[2]
    again = patterns.compiled(pattern, flags)
    _same(re.compile(pattern, flags), again)
    left = list(kept_in.glob("*.marshal"))
    assert sum(p.stat().st_size for p in left) <= 10_000
    assert len(left) == 10  # the new program (small) and the nine most recently used of the stale ones
    assert sorted(p.stem for p in left if p.stem.startswith("stale")) == [f"stale{i}" for i in range(9)]


def _same_data(a, b) -> bool:
    """Equal with the same types and key order all the way down (``True`` is not ``1``)."""
    if type(a) is not type(b):
        return False
    if isinstance(a, dict):
        return list(a) == list(b) and all(_same_data(a[k], b[k]) for k in a)
    if isinstance(a, list):
        return len(a) == len(b) and all(_same_data(x, y) for x, y in zip(a, b, strict=True))
    return a == b


def test_kept_yaml_data_is_what_the_loader_builds(kept_in):
    """Every data file of the extractor, parsed then read back from its kept file: the same values, types and order."""
    from importlib import resources

    import yaml

    folder = resources.files("partnerlens.cooperation") / "data"
    names = [f"data/{p.name}" for p in folder.iterdir() if p.name.endswith(".yaml")]
    names += [f"data/lang/{p.name}" for p in (folder / "lang").iterdir() if p.name.endswith(".yaml")]
    assert len(names) > 10
    for name in names:
        text = (resources.files("partnerlens.cooperation") / name).read_text(encoding="utf-8")
        loaded = yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
        assert _same_data(kept_yaml.parsed_yaml(text), loaded), name
        assert _same_data(kept_yaml.parsed_yaml(text), loaded), name  # read back from the kept file
    kept = list((kept_in.parent / "data").glob("*.marshal"))
    assert 0 < len(kept) <= len(names)  # people.yaml holds dates, which marshal cannot: parsed each time


def test_kept_yaml_follows_the_text_and_leaves_dates_unkept(kept_in):
    import datetime

    assert kept_yaml.parsed_yaml("a: [1, two]\n") == {"a": [1, "two"]}
    assert kept_yaml.parsed_yaml("a: [1, three]\n") == {"a": [1, "three"]}  # another text, another file
    assert kept_yaml.parsed_yaml("when: 2024-05-01\n") == {"when": datetime.date(2024, 5, 1)}
    assert kept_yaml.parsed_yaml("when: 2024-05-01\n") == {"when": datetime.date(2024, 5, 1)}
    assert len(list((kept_in.parent / "data").glob("*.marshal"))) == 2
