"""Texts that mix scripts (issue 14, containment): shingles per script segment.

A passage gives the same shingles alone and inside a compilation of the other script (an
English article compiled into a Chinese page, a Chinese one into an English page), so
the compilation is found to contain it; texts of one script keep the shingles of one mode
per document."""

from __future__ import annotations

import json
import random
import re

import pytest

from cleaner.dedup.minhash import SketchParams, sketch
from cleaner.dedup.normalize import normalize
from cleaner.dedup.reference import segments, shingles
from cleaner.dedup.shingles import segment_counts
from cleaner.stages.dedup import DedupConfig, Deduper
from tests.dedup_hard_cases import prose

_EN = (
    "council water budget plan school road park market river bridge report public service "
    "health safety housing transport library museum garden energy waste permit tender"
).split()


def english(rng: random.Random, sentences: int = 20) -> str:
    """Made-up English sentences (our own text)."""
    return " ".join(
        " ".join(rng.choice(_EN) for _ in range(rng.randint(6, 14))).capitalize() + "."
        for _ in range(sentences)
    )


def _arts(*texts: str) -> list[dict]:
    return [{"id": f"a{i}", "text": t, "status": "kept"} for i, t in enumerate(texts)]


def _contains(rec: dict) -> dict[str, float]:
    return dict(json.loads(rec.get("contains") or "[]"))


@pytest.mark.parametrize("inside", ["english", "chinese"])
def test_a_source_of_the_other_script_is_found_inside_a_compilation(inside: str) -> None:
    rng = random.Random(16)
    if inside == "english":  # mostly Chinese: the English source is the minority script
        source = english(rng, 20)
        compilation = "\n".join([prose(rng, 40), source, prose(rng, 40)])
    else:  # mostly English: the Chinese source is the minority script
        source = prose(rng, 25)
        compilation = "\n".join([english(rng), source, english(rng)])
    key = normalize(compilation)
    cjk_share = sum("\u4e00" <= c <= "\u9fff" for c in key) / len(key)
    assert (cjk_share > 0.55) if inside == "english" else (cjk_share < 0.4)
    with Deduper(DedupConfig(contained=True, workers=1)) as dd:
        comp_first = dd.process(_arts(compilation, source))
    with Deduper(DedupConfig(contained=True, workers=1)) as dd:
        source_first = dd.process(_arts(source, compilation))
    rec = comp_first[1]
    assert rec["status"] == "duplicate" and rec["dup_kind"] == "contained", rec
    assert rec["dup_of"] == "a0" and rec["dup_score"] >= 90
    # the compilation is not a near duplicate of its part, and records what it holds
    assert source_first[1]["status"] == "kept" and source_first[1]["dup_kind"] != "near"
    assert _contains(source_first[1]).get("a0", 0) >= 0.9


def test_a_passage_has_the_same_shingles_alone_and_inside_a_compilation() -> None:
    rng = random.Random(3)
    en, zh = english(rng), prose(rng, 20)
    params = SketchParams()
    sk = sketch([en, zh, zh + "\n" + en + "\n" + zh, en + "\n" + zh + "\n" + en], params)
    for part, holder in ((0, 2), (1, 3)):
        own = set(sk.shingle_set(part).tolist())
        assert own <= set(sk.shingle_set(holder).tolist())
    assert segment_counts([en, zh, zh + en + zh, en + zh + en], fold_digits=True).tolist() == [
        1,
        1,
        3,
        3,
    ]


def test_texts_of_one_script_keep_one_mode_per_document() -> None:
    """Short runs of the other script (numbers and codes in Chinese, a Chinese name in
    English) do not make a segment: the shingles are those of the per-document mode."""
    zh = "2018年3月1日至2019年4月5日，GB/T 1234—2008 和 ISO 9001 标准。" + prose(random.Random(1))
    en = english(random.Random(2)) + " The mayor 张伟 of 南京 said so in 2024."
    assert segment_counts([zh, en], fold_digits=True).tolist() == [1, 1]
    key = normalize(zh, fold_digits=True)
    assert shingles(zh) == [key[i : i + 5] for i in range(len(key) - 4)]
    words = [normalize(w, fold_digits=True) for w in re.split(r"[\s.]+", en) if w]
    assert shingles(en) == [tuple(words[i : i + 3]) for i in range(len(words) - 2)]
    assert ("张伟", "of", "南京") in shingles(en)
    # the batch path agrees with the reference (shingle counts per text)
    sk = sketch([zh, en], SketchParams())
    assert [len(sk.sequence(i)) for i in range(2)] == [len(shingles(zh)), len(shingles(en))]


def test_fast_segments_match_the_reference_on_mixed_texts() -> None:
    rng = random.Random(7)
    texts = []
    for _ in range(12):
        parts = [english(rng, rng.randint(1, 6)) if rng.random() < 0.5 else prose(rng, 3)
                 for _ in range(rng.randint(2, 5))]  # fmt: skip
        texts.append(rng.choice(["\n", " ", "", "，"]).join(parts))
    sk = sketch(texts, SketchParams())
    counts = segment_counts(texts, fold_digits=True)
    for i, t in enumerate(texts):
        assert counts[i] == len(segments(t)), t
        assert len(sk.sequence(i)) == len(shingles(t)), t
        assert len(sk.shingle_set(i)) == len(set(shingles(t))), t
