"""cleaner.regex_cache: compiled patterns kept on disk are the patterns re compiles."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from cleaner import regex_cache

# invented patterns: named groups, flags inline and passed, a class, a lookbehind
PATTERNS = [
    (r"(?P<head>【[^】]{1,8}】)\s*(?P<body>.+)", 0),
    (r"^\s*第[一二三四五六七八九十]+条", re.M),
    (r"(?i)(?<=[\u4e00-\u9fff])\s+(?:share|转发)$", 0),
    (r"[0-9０-９]{2,4}[-/年]\d{1,2}", 0),
]
TEXTS = ["【通知】 明日停课", "前言\n 第十二条 附则", "好文 SHARE", "于2024年5月", "无关的一行"]


@pytest.fixture
def cache_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("CLEANER_CACHE_DIR", str(tmp_path))
    re.purge()
    yield tmp_path
    re.purge()


def _fresh(pattern: str, flags: int) -> re.Pattern[str]:
    re.purge()
    return re.compile(pattern, flags)


def test_a_pattern_from_the_file_is_the_one_re_compiles(cache_dir: Path) -> None:
    with regex_cache.warmed():
        first = [re.compile(p, f) for p, f in PATTERNS]
    path = regex_cache.cache_path()
    assert path is not None and path.parent == cache_dir and path.exists()
    re.purge()
    with regex_cache.warmed():
        cached = [re.compile(p, f) for p, f in PATTERNS]
    # from the file: re did not compile them again (the objects were in its cache)
    assert all(c is not f for c, f in zip(cached, first, strict=True))
    for (p, f), c in zip(PATTERNS, cached, strict=True):
        fresh = _fresh(p, f)
        assert c == fresh and c.flags == fresh.flags and c.groupindex == fresh.groupindex
        assert [c.search(t) and c.search(t).span() for t in TEXTS] == [
            fresh.search(t) and fresh.search(t).span() for t in TEXTS
        ]


def test_only_patterns_compiled_in_the_block_are_saved(cache_dir: Path) -> None:
    re.compile(r"外面编译的(模式)")
    with regex_cache.warmed():
        re.compile(r"里面编译的(模式)")
    path = regex_cache.cache_path()
    assert path is not None
    keys = set(regex_cache._load(path))
    assert (r"里面编译的(模式)", 0) in keys and (r"外面编译的(模式)", 0) not in keys


def test_a_corrupt_file_is_ignored_and_replaced(cache_dir: Path) -> None:
    path = regex_cache.cache_path()
    assert path is not None
    path.write_bytes(b"\x00not a cache")
    with regex_cache.warmed():
        pat = re.compile(PATTERNS[0][0])
    assert pat.search(TEXTS[0]) is not None
    assert set(regex_cache._load(path)) == {(PATTERNS[0][0], 0)}


def test_a_tampered_entry_is_not_read(cache_dir: Path) -> None:
    import hashlib
    import marshal

    with regex_cache.warmed():
        re.compile("abc")
    path = regex_cache.cache_path()
    assert path is not None
    digest, payload = marshal.loads(path.read_bytes())
    bad = payload.replace(b"abc", b"abd")
    path.write_bytes(marshal.dumps((digest, bad)))
    assert regex_cache._load(path) == {}
    path.write_bytes(marshal.dumps((hashlib.sha256(bad).hexdigest(), bad)))
    assert set(regex_cache._load(path)) == {("abd", 0)}  # consistent: a key of its own


def test_no_cache_when_disabled_or_unwritable(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CLEANER_CACHE_DIR", "")
    assert regex_cache.cache_path() is None
    with regex_cache.warmed():
        assert re.compile("x(y)").search("xy") is not None
    blocked = tmp_path / "file"
    blocked.write_text("not a folder")
    monkeypatch.setenv("CLEANER_CACHE_DIR", str(blocked / "sub"))
    re.purge()
    with regex_cache.warmed():
        assert re.compile("x(z)").search("xz") is not None
    assert not (blocked / "sub").exists()
    re.purge()


def test_every_pipeline_pattern_from_the_file_equals_a_fresh_compile(cache_dir: Path) -> None:
    from cleaner.pipeline import Pipeline

    Pipeline()
    path = regex_cache.cache_path()
    assert path is not None
    entries = regex_cache._load(path)
    assert len(entries) > 50
    import _sre  # type: ignore[import-not-found]

    for (p, f), args in entries.items():
        assert _sre.compile(p, *args) == _fresh(p, f), p


def test_a_block_keeps_every_pattern_past_the_size_of_res_cache(cache_dir: Path) -> None:
    # the stage modules compile ~950 patterns at import, more than re keeps (512): each
    # must be saved, and each loaded again, or the imports compile the dropped ones
    cap = re._MAXCACHE  # type: ignore[attr-defined]
    many = [rf"第{i}号(?:甲|乙)[\u4e00-\u9fff]{{2}}" for i in range(cap + 300)]
    with regex_cache.warmed():
        for p in many:
            re.compile(p)
    assert re._MAXCACHE == cap  # type: ignore[attr-defined]
    path = regex_cache.cache_path()
    assert path is not None
    assert {(p, 0) for p in many} <= set(regex_cache._load(path))
    re.purge()
    with regex_cache.warmed():
        held = re._cache  # type: ignore[attr-defined]
        assert all((str, p, 0) in held for p in many)  # all loaded, none dropped yet
        assert re.compile(many[0]).search("第0号甲某某") is not None
    assert re._MAXCACHE == cap  # type: ignore[attr-defined]


def test_an_inner_block_leaves_loading_and_saving_to_the_outer(cache_dir: Path) -> None:
    path = regex_cache.cache_path()
    assert path is not None
    with regex_cache.warmed():
        re.compile(r"外层(模式)")
        with regex_cache.warmed():
            re.compile(r"内层(模式)")
        assert not path.exists()  # the inner block saved nothing
    assert {(r"外层(模式)", 0), (r"内层(模式)", 0)} <= set(regex_cache._load(path))


def test_the_stage_modules_patterns_come_from_the_file(cache_dir: Path) -> None:
    # what cleaner.config and cleaner.pipeline import is compiled inside their blocks: a
    # fresh process (this one imported them already) fills the file with them
    import os
    import subprocess
    import sys

    from cleaner.stages import split_header_shapes as shapes

    env = dict(os.environ, CLEANER_CACHE_DIR=str(cache_dir))
    subprocess.run([sys.executable, "-c", "import cleaner.pipeline"], env=env, check=True)
    path = regex_cache.cache_path()
    assert path is not None
    entries = regex_cache._load(path)
    assert (shapes._LEADER_ROW.pattern, 0) in entries  # a split module's, at import
    assert len(entries) > 500
