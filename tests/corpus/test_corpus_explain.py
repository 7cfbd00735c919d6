"""Aligned passages for explaining a duplicate."""

from __future__ import annotations

from cleaner.dedup.explain import aligned_passages


def test_passages_point_into_both_texts() -> None:
    body = "本市自今年七月一日起实行生活垃圾分类管理，居民应将垃圾分为四类投放。"
    a = "首页 > 通知\n" + body + "\n打印本页"
    b = "来源：区政府网站\n" + body
    got = aligned_passages(a, b)
    assert len(got) == 1 and body in got[0].text
    p = got[0]
    assert a[p.a_start : p.a_end] == b[p.b_start : p.b_end] == p.text


def test_unrelated_texts_share_no_passage() -> None:
    zh, en = "今天天气晴朗，适合外出散步。", "The library closes at five today."
    assert aligned_passages(zh, en) == []
