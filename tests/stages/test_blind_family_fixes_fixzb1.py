"""Fixes for the digest compilation of blind set zb (sealed_zb_tongguan, fixzb1), each
kind as a small case in wordings of its own, with look-alikes that stay:

* a framed running mark naming a series or a site before its page number
  (``〔某某资料选编·第2页〕``) is a page mark, crossed where it cuts a sentence; a
  cross-reference in brackets (``（详见某某资料选编第2页）``) is the text's.

Every word is invented.
"""

from __future__ import annotations

from tests.stages.stage_runs import repair

P1 = "这片果园在山坡的南面，春天开花的时候，整座山都是白的，蜜蜂从早到晚嗡嗡地飞。"
P2 = "看园的老人说，果树要修枝才结得好，剪下的枝条捆起来，冬天正好拿去烧火取暖。"


# ---- a running mark with a series' name


def test_series_page_mark_cutting_a_sentence_is_crossed() -> None:
    text = "\n".join([P1, "看园的老人说，果树要修枝才结", "", "〔果园农事选编·第2页〕", "", "得好。", P2])
    out = repair(text + "\n")
    assert "〔果园农事选编·第2页〕" not in out
    assert "果树要修枝才结得好。" in out


def test_series_page_mark_with_a_bar_is_crossed() -> None:
    text = "\n".join([P1, "看园的老人说，果树要修枝才结", "", "【果园农事｜第3页】", "", "得好。"])
    out = repair(text + "\n")
    assert "第3页" not in out and "果树要修枝才结得好。" in out


def test_bracketed_cross_reference_stays() -> None:
    text = "\n".join([P1, "（详见果园农事选编第2页）", P2])
    out = repair(text + "\n")
    assert "（详见果园农事选编第2页）" in out


def test_bracketed_sentence_with_a_page_stays() -> None:
    text = "\n".join([P1, "（老人说，这些都抄在选编·第2页）", P2])
    out = repair(text + "\n")
    assert "（老人说，这些都抄在选编·第2页）" in out
