"""The comparison key and the per-batch sketch."""

from __future__ import annotations

import numpy as np

from cleaner.dedup.minhash import SketchParams, band_keys, longest_unmatched_run, sketch
from cleaner.dedup.normalize import normalize


def test_width_punctuation_and_whitespace_fold() -> None:
    assert normalize("ＡＢＣ，　１２３。\r\n全角") == "abc123全角"
    assert normalize("“引号”、《书名》……") == "引号书名"
    assert normalize("2024-03-18", fold_digits=True) == "00000000"


def test_chinese_numerals_are_letters_not_digits() -> None:
    assert normalize("二〇二四年", fold_digits=True) == "二〇二四年"


def test_exact_hash_ignores_layout_but_not_words() -> None:
    s = sketch(
        ["第一条　为了规范管理，制定本办法。", "第一条为了规范管理,制定本办法.", "第二条"],
        SketchParams(),
    )
    assert s.exact[0] == s.exact[1] != s.exact[2]


def test_empty_texts_have_no_band_keys() -> None:
    s = sketch(["", "。。。", "正常的文字内容在这里"], SketchParams())
    keys = band_keys(s.sig, 32)
    assert (keys[0] == 0).all() and (keys[1] == 0).all() and (keys[2] != 0).all()
    assert s.key_len.tolist() == [0, 0, 10]


def test_word_shingles_for_space_separated_text() -> None:
    s = sketch(["the quick brown fox jumps", "THE quick, brown fox -- jumps!"], SketchParams())
    assert s.shingle_set(0).tolist() == s.shingle_set(1).tolist()
    assert s.shingle_set(0).size == 3  # five words, word 3-grams


def test_longest_unmatched_run() -> None:
    seq = np.array([5, 1, 2, 9, 8, 7, 6, 3], dtype=np.uint32)
    other = np.array([1, 2, 3, 5], dtype=np.uint32)
    assert longest_unmatched_run(seq, other) == 4
    assert longest_unmatched_run(seq, np.zeros(0, dtype=np.uint32)) == 8


def test_the_disk_cache_holds_the_computed_table(tmp_path, monkeypatch) -> None:
    import importlib

    import numpy as np

    nz = importlib.import_module("cleaner.dedup.normalize")  # the package exports a function

    monkeypatch.setenv("CLEANER_CACHE_DIR", str(tmp_path))
    for fold in (False, True):
        nz.codepoint_table.cache_clear()
        built = nz.codepoint_table(fold_digits=fold)  # computed, then written
        path = nz.table_cache_path(fold_digits=fold)
        assert path is not None and path.parent == tmp_path and path.is_file()
        assert np.array_equal(np.load(path), nz.build_codepoint_table(fold_digits=fold))
        nz.codepoint_table.cache_clear()
        assert np.array_equal(nz.codepoint_table(fold_digits=fold), built)  # read back
    # a damaged cache file is rebuilt, not trusted
    path.write_bytes(b"not a table")
    nz.codepoint_table.cache_clear()
    assert np.array_equal(nz.codepoint_table(fold_digits=True), built)
    assert np.load(path).shape == built.shape
    # an empty CLEANER_CACHE_DIR turns the cache off
    monkeypatch.setenv("CLEANER_CACHE_DIR", "")
    assert nz.table_cache_path(fold_digits=False) is None
    nz.codepoint_table.cache_clear()
