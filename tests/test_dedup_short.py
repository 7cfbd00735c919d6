"""Short texts matched by character edits (cleaner.dedup.short), with invented wording.

Two editions of one short poem differ in a variant character or two: their shingle
Jaccard is far under the threshold, their edit distance is within what their length
allows.  Look-alikes that must stay apart: another issue of a bulletin, another fill of a
notice, another poem sharing one line, and texts too short for edits to mean anything.
"""

from __future__ import annotations

import json

import pytest
from rapidfuzz.distance import Levenshtein

from cleaner.dedup.short import MIN_CHARS, allowed_edits, edit_distance, short_key
from cleaner.errors import ConfigError
from cleaner.stages.dedup import DedupConfig, Deduper

POEM = "晨光照遠岫，溪水繞孤村。\n野鶴歸林晚，寒煙鎖舊門。"
# the same poem in another edition: two variant characters, one in each half
POEM_VARIANT = "晨光照遠岫，溪水繞孤邨。\n野鶴歸林晚，寒雲鎖舊門。"
# another poem that borrows the first line
POEM_SHARED_LINE = "晨光照遠岫，孤舟泊淺灣。\n漁歌隨浪遠，白鷺點青山。"
LONG_POEM = (
    "山城秋色早，落葉滿長街。\n客子思鄉久，歸期未可排。\n"
    "孤燈照舊卷，冷雨打空階。\n何日同樽酒，相逢一笑開。"
)
LONG_POEM_VARIANT = (
    "山城秋色早，落葉滿長街。\n客子思鄉久，歸期未可裁。\n"
    "孤燈照舊卷，冷雨滴空階。\n何時同樽酒，相逢一笑開。"
)


def arts(*texts: str) -> list[dict[str, str]]:
    return [{"id": f"a{i}", "text": t, "status": "kept"} for i, t in enumerate(texts)]


def run(*texts: str, **cfg: object) -> list[dict[str, object]]:
    with Deduper(DedupConfig(**cfg)) as dd:  # type: ignore[arg-type]
        return dd.process(arts(*texts))


def test_variant_edition_of_a_quatrain_is_a_near_duplicate() -> None:
    out = run(POEM, POEM_VARIANT)
    assert out[1]["status"] == "duplicate" and out[1]["dup_of"] == "a0"
    assert out[1]["dup_kind"] == "near"
    detail = json.loads(str(out[1]["dup_detail"]))
    assert detail["jaccard"] < 0.5  # shingles alone would have kept it
    assert detail["short_edits"] == 2
    assert out[1]["dup_score"] == 90.0  # 1 - 2/20


def test_longer_poem_with_three_variants() -> None:
    out = run(LONG_POEM, LONG_POEM_VARIANT)
    assert out[1]["status"] == "duplicate"
    assert json.loads(str(out[1]["dup_detail"]))["short_edits"] == 3


def test_found_across_batches_and_without_a_shared_title_line() -> None:
    # the variant sits in the first line, so the title group key cannot pair them
    first = "晨光照遠峰，溪水繞孤村。\n野鶴歸林晚，寒雲鎖舊門。"
    with Deduper(DedupConfig(versions="off")) as dd:
        dd.process(arts(first))
        out = dd.process([{"id": "b", "text": POEM, "status": "kept"}])
    assert out[0]["status"] == "duplicate" and out[0]["dup_of"] == "a0"


def test_poem_sharing_one_line_is_kept() -> None:
    out = run(POEM, POEM_SHARED_LINE)
    assert [o["status"] for o in out] == ["kept", "kept"]


BULLETIN = (
    "街坊簡訊第3期\n本期介紹春季植樹活動安排，報名請到社區服務中心，"
    "截止日期為本月底，歡迎居民踴躍參加。"
)
# the next issue: another number and three words of its own, under the Jaccard threshold
NEXT_ISSUE = (
    "街坊簡訊第4期\n本期介紹秋季植樹活動安排，報名請到社區服務中心，"
    "截止日期為下月底，歡迎住民踴躍參加。"
)


def test_next_issue_of_a_bulletin_is_kept() -> None:
    ka, kb = short_key(BULLETIN, 100), short_key(NEXT_ISSUE, 100)
    assert ka is not None and kb is not None
    assert edit_distance(ka, kb, 0.1) == (4, 4)  # within the edits: the numbers decide
    out = run(BULLETIN, NEXT_ISSUE)
    assert [o["status"] for o in out] == ["kept", "kept"]
    assert float(out[1]["best_score"]) < 50  # type: ignore[arg-type]
    # the same three edits under the same issue number: one bulletin, edited
    same_issue = NEXT_ISSUE.replace("第4期", "第3期")
    assert run(BULLETIN, same_issue)[1]["status"] == "duplicate"


def test_another_fill_of_a_notice_is_kept() -> None:
    a = "通知\n請王小明同學於週三下午\n到三樓會議室領取獎狀。\n教務處"
    b = "通知\n請陳大華同學於週五上午\n到一樓辦公室領取證書。\n教務處"
    out = run(a, b)
    assert [o["status"] for o in out] == ["kept", "kept"]


def test_inserted_negation_is_not_a_variant() -> None:
    # a "不" inserted and one variant form elsewhere: two edits, under the Jaccard threshold
    a = "本次講座需要提前報名，請於週五前到服務台登記。"
    b = "本次講座不需要提前報名，請於週五前到服務臺登記。"
    ka, kb = short_key(a, 100), short_key(b, 100)
    assert ka is not None and kb is not None and len(kb) == len(ka) + 1
    assert Levenshtein.distance(ka, kb) <= allowed_edits(len(kb), 0.1)  # length decides
    out = run(a, b)
    assert out[1]["status"] == "kept"
    assert float(out[1]["best_score"]) < 50  # type: ignore[arg-type]
    en_a = "Tickets for the spring concert are available now"
    en_b = "Tickets for the spring concerts are unavailable now"
    assert [o["status"] for o in run(en_a, en_b)] == ["kept", "kept"]


def test_tiny_texts_are_left_to_shingles() -> None:
    a, b = "本店今日照常營業歡迎", "本店今日暫停營業歡迎"
    assert short_key(a, 100) is None  # under MIN_CHARS
    assert len(a) < MIN_CHARS
    out = run(a, b)
    assert [o["status"] for o in out] == ["kept", "kept"]


def test_off_when_short_edits_is_zero() -> None:
    out = run(POEM, POEM_VARIANT, short_edits=0)
    assert [o["status"] for o in out] == ["kept", "kept"]


def test_not_short_past_short_chars() -> None:
    out = run(LONG_POEM, LONG_POEM_VARIANT, short_chars=30)
    assert out[1]["status"] == "kept"


def test_allowed_edits_scale_with_length() -> None:
    assert [allowed_edits(n, 0.1) for n in (16, 20, 39, 40, 100)] == [1, 2, 3, 4, 10]
    assert edit_distance("甲" * 20, "乙" * 20, 0.1) == (3, 2)  # over: allowed + 1
    assert edit_distance("甲" * 20, "甲" * 21, 0.1) == (3, 2)  # one inserted: not a variant


def test_short_pairs_meet_on_band_keys() -> None:
    # densified signatures of short texts share a band whenever a shingle or two survive
    from cleaner.dedup.minhash import SketchParams, band_keys, sketch

    first = "晨光照遠峰，溪水繞孤村。\n野鶴歸林晚，寒雲鎖舊門。"
    sk = sketch([POEM, first, POEM_SHARED_LINE.replace("晨光照遠岫", "暮色沉江渚")], SketchParams())
    k = band_keys(sk.sig, 32)
    assert (k[0] == k[1]).any()
    assert not (k[0] == k[2]).any()  # nothing in common: no candidate


def test_config_bounds() -> None:
    with pytest.raises(ConfigError):
        DedupConfig(short_edits=60)
    with pytest.raises(ConfigError):
        DedupConfig(short_chars=8)
