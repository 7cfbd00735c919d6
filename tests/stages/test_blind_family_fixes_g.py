"""Fixes for the chrome and repairs the fourth blind set (sealed_e_*) left (issue 12,
fix12g), each kind as a small case in wordings of its own, with look-alikes that stay:

* page counters framed by equals signs or tildes, or held in any CJK bracket pair, alone
  on their line (a header '1/3　标题', a formula line, '2/4' in prose stay);
* the page's foot below the last prose line: a short learned line there, a bullet list
  under a claimed heading, a bar of fields between two chrome lines;
* a repeated line with a chrome cue word on fewer than site_min_support of a site's pages
  (a prompt between the pieces of compilations only);
* a document site's file card (fields with a file size) and a takedown notice that says
  'if it infringes on you' in other words;
* a sentence ended by a full stop is never deleted for its neighbours' evidence;
* a stray '?' ending the page's first line on a page with other lost spaces turned '?'.

Every word is invented.
"""

from __future__ import annotations

import pytest

from cleaner.config import PipelineConfig
from cleaner.edits import Editor
from cleaner.stages.foot_lines import FOOT_BAR, FOOT_LIST, foot_lines
from cleaner.stages.line_text import reachable as _reachable
from cleaner.stages.repair_tables import tables as repair_tables
from tests.stages.family_figures import assert_floors
from tests.stages.stage_runs import boil as _boil
from tests.stages.stage_runs import plain_stage
from tests.stages.stage_runs import repair as _repair
from tests.stages.stage_runs import site_stage as _site

STAGE = plain_stage()
P1 = "清晨的菜市场最热闹，卖豆腐的老周总是第一个支起摊子，吆喝声能传出半条街去。"
P2 = "中午过后人渐渐少了，摊主们坐在小板凳上算账，偶尔聊几句孩子的功课和天气。"
P3 = "傍晚收摊的时候，老周把剩下的豆腐分给隔壁的几家，说明天还会再来这里摆摊。"


# ---- page counters by shape


@pytest.mark.parametrize(
    "mark", ["=3=", "＝ 3 ＝", "～3～", "~3~", "〔3/7〕", "【第3页】", "《3/7》"]
)
def test_a_framed_page_counter_is_a_page_mark(mark: str) -> None:
    assert repair_tables().page_marks.search(mark)


@pytest.mark.parametrize(
    "line",
    ["1/3　老街改造方案", "x=3=y", "=3", "～3", "〔2021〕3号", "【3】", "得分 3/7，继续努力"],
)
def test_look_alikes_of_a_page_counter_are_not_marks(line: str) -> None:
    assert not repair_tables().page_marks.search(line)


@pytest.mark.parametrize("mark", ["=2=", "～2～", "〔2/5〕"])
def test_a_sentence_cut_by_a_framed_counter_is_joined(mark: str) -> None:
    text = (
        "清晨的菜市场最热闹，卖豆腐的老周总是第一个支起摊子，吆喝声能传出半\n\n"
        f"{mark}\n\n条街去。中午过后人渐渐少了。\n"
    )
    out = _repair(text)
    assert mark not in out
    assert "吆喝声能传出半条街去。" in out


def test_a_header_shaped_like_a_counter_stays() -> None:
    text = f"1/2　老街改造方案\n{P1}\n2/2　新区绿化方案\n{P2}\n"
    out = _repair(text)
    assert "1/2　老街改造方案" in out and "2/2　新区绿化方案" in out


# ---- the foot


HEAD = "看看别的"


def test_foot_list_and_bar_between_chrome_go() -> None:
    page = [P1, P2, "～ 完 ～", "撰稿丨甲乙　校对丨丙丁", HEAD, "► 春天的河堤", "► 老街的早点"]
    page.append("版权")
    got = foot_lines(page, {2, 4, 7})
    assert got == {3: FOOT_BAR, 5: FOOT_LIST, 6: FOOT_LIST}


def test_foot_look_alikes_stay() -> None:
    # an article's own list above the last prose line
    page = [P1, HEAD, "► 春天的河堤", "► 老街的早点", P2, "版权"]
    assert foot_lines(page, {1, 5}) == {}
    # a list whose heading nobody claimed, items that differ in their glyph, one item
    assert foot_lines([P1, "附表", "► 甲", "► 乙", "版权"], {4}) == {}
    assert foot_lines([P1, HEAD, "► 甲", "• 乙", "版权"], {1, 4}) == {}
    assert foot_lines([P1, HEAD, "► 甲", "版权"], {1, 3}) == {}
    # a date and a signature between two chrome lines have no fields
    assert foot_lines([P1, "～ 完 ～", "二〇二一年三月五日", "版权"], {1, 3}) == {}
    assert foot_lines([P1, "～ 完 ～", "老街社区居委会", "版权"], {1, 3}) == {}
    # a sentence between them stays
    assert foot_lines([P1, "～ 完 ～", "谢谢　大家。", "版权"], {1, 3}) == {}


def _titled(k: int, body: list[str]) -> list[str]:
    return [f"第{k}篇随笔的题目", *body]


def _p(line: str, k: int) -> str:
    """A prose line of page ``k`` (pages sharing their prose are one page for support)."""
    return f"{line[:-1]}，这是第{k}天的事情，记下来留个念想。"


def test_a_short_learned_line_in_the_foot_goes_and_in_the_body_stays() -> None:
    pages = [
        _titled(
            k, [_p(P1, k), "品名　单价", f"豆腐　{k}元", _p(P2, k), "～ 全文完 ～", f"撰稿　小{k}"]
        )
        for k in range(8)
    ]
    stage = _site(pages)
    out = _boil(pages[3], stage, site="s")
    assert "～ 全文完 ～" not in out  # below the last prose line: the foot
    assert "品名　单价" in out  # a table head between prose lines: content


def test_a_cue_line_on_half_the_pages_goes_and_a_plain_one_stays() -> None:
    prompt = "↓ 长按保存海报，分享给朋友 ↓"
    plain = "下面换一个话题接着说"
    pages = []
    for k in range(8):
        mid = [prompt, plain] if k % 2 else []
        pages.append(_titled(k, [_p(P1, k), *mid, _p(P2, k), _p(P3, k)]))
    stage = _site(pages)
    out = _boil(pages[1], stage, site="s")
    assert prompt not in out
    assert plain in out


def test_a_prose_line_mentioning_a_cue_word_on_half_the_pages_stays() -> None:
    line = "活动现场设置了二维码签到台，居民排队领取了免费的体检券。"
    pages = []
    for k in range(8):
        mid = [line] if k % 2 else []
        pages.append(_titled(k, [_p(P1, k), *mid, _p(P2, k), _p(P3, k)]))
    stage = _site(pages)
    assert line in _boil(pages[1], stage, site="s")


# ---- file cards and takedown notices


def test_a_file_card_goes_and_a_metadata_row_stays() -> None:
    card = "资源类别：课件　文件类型：ppt　文件大小：2.4MB　更新日期：2022-04-09"
    meta = "作者：李四　单位：河西中学　字数：3200"
    ed = Editor("p", "\n".join(["春天的河堤", card, P1, meta, P2]) + "\n")
    STAGE(ed)
    assert card not in ed.text
    rule = "boilerplate.rule.generic.file_card"
    assert [c.before.strip() for c in ed.changes if c.rule == rule] == [card]
    # without a file size, fields are an article's metadata row: not the rule's
    ed = Editor("p", "\n".join(["春天的河堤", meta.replace("字数：3200", "大小：3200字"), P1]))
    STAGE(ed)
    assert not [c for c in ed.changes if c.rule == rule]


@pytest.mark.parametrize(
    "notice",
    ["本课件由用户「晨风」分享，若侵犯了你的权利，请告知我们删除。", "倘有侵权，请来信说明。"],
)
def test_a_takedown_notice_in_other_words_goes(notice: str) -> None:
    assert notice not in _boil(["春天的河堤", P1, P2, notice])


def test_a_rule_on_infringement_stays() -> None:
    line = "若侵犯他人著作权的，应当依法承担赔偿责任。"
    assert line in _boil(["春天的河堤", P1, line, P2])


# ---- the line model's reach


def test_a_sentence_is_not_reached_through_its_neighbours() -> None:
    assert not _reachable("对，就是这样.")
    assert not _reachable("没错，我也这么想。")
    assert _reachable("撰稿：小周")
    assert not _reachable("这是一个足足有二十个字长的句子没有任何标点符号在里面")


# ---- a stray '?' ending the title


def test_a_stray_question_mark_after_the_title_goes_with_other_evidence() -> None:
    out = _repair(f"老街的早点?\n{P1}?\n{P2}\n")
    assert out.startswith("老街的早点\n")


def test_a_question_title_without_other_evidence_stays() -> None:
    out = _repair(f"老街的早点还好吃?\n{P1}\n{P2}\n")
    assert not out.startswith("老街的早点还好吃\n")
    out = _repair(f"老街的早点好吃吗?\n{P1}?\n{P2}\n")
    assert not out.startswith("老街的早点好吃吗\n")


# ---- the four families (before this fix: residue .650/.039/.211/.231, repairs
# .80/1.0/.781/.818 on gongzhong/caipan/gongkai/shiti; the page-title lines left are
# the split stage's)


@pytest.mark.parametrize(
    ("name", "floor", "residue"),
    [
        ("sealed_e_gongzhong", {"content_f1": 0.98, "repairs": 1.0}, 0.03),
        ("sealed_e_caipan", {"content_f1": 0.88, "repairs": 1.0}, 0.04),
        ("sealed_e_gongkai", {"content_f1": 0.82, "repairs": 0.96}, 0.06),
        ("sealed_e_shiti", {"content_f1": 0.97, "repairs": 0.95}, 0.08),
    ],
)
def test_blind_family_g_figures(name: str, floor: dict[str, float], residue: float) -> None:
    assert_floors(name, floor, residue=residue)


def test_config_defaults_of_the_cue_support() -> None:
    cfg = PipelineConfig().boilerplate
    assert cfg.site_cue_min_support < cfg.site_min_support
    assert cfg.site_cue_min_pages >= 3
