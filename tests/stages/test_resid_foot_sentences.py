"""The site's sentences and rows filled with each page's number to call, at the page's foot
(resid, issue 12).

A notice board closes every page with one line in the site's words but for its number to
call: an invitation to object (``如对…有异议，请…反映，联系电话：…``), a reminder marked as a
note, a complaint hotline under the page's print bar.  Counted as a shape, the line is
learned with the page's foot place (``site_judge.foot_call``); these tests pin where it
goes and where it stays:

* a sentence whose words speak for the site (two cue words: what a sentence printed word
  for word needs to be chrome anywhere, ``own_data.worded_call``) goes where nothing of the
  page's own stands under it, whatever closing row stands over it (``own_data.under_text``;
  a file's link under it is no text);
* a row the extractor found right under the page's tool bar or another block of chrome it
  cut (``cut_chrome.lines_under_cuts``), a cued shape with only the site's lines under it,
  is the foot's, not the notice's own contact;
* the line right over the print bar the extractor cut is the text's last
  (``cut_chrome.lines_over_bars``), no foot notice, however it is labelled.

Look-alikes that stay: the same sentence with one cue word (a contact alone), a two-cue
sentence with the page's own paragraph under it, and a hotline row inside the article,
over the print bar (the notice's own).  Every word and number is invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from cleaner.stages.site_judge import KeepTable
from tests.stages.stage_runs import boil, site_stage, site_titles

SITE = "某某县园林局"
CRUMB = "首页 ＞ 公示公告 ＞ 名木登记"
RIGHTS = "主办：某某县园林局　备案号：某ICP备20230017号"
NUMBERS = ("6123457", "6238841", "6340926", "6452203", "6567718")
TITLES = ("县图书馆旧址银杏", "东门渡口樟树", "西街老宅桂花", "南山寺前柏树", "北湖公园榆树")
BODIES = (
    "该树位于县图书馆旧址内，树干挺直，冠幅较大，当地群众称其为书院银杏，每年秋季满树金黄。",
    "该树生长在东门渡口石阶旁，根系裸露于岸边，枝叶繁茂，是过往船工歇脚纳凉的地方。",
    "该树种植于西街一处老宅天井之中，树龄较长，每到八月花香满巷，老宅主人世代照看。",
    "该树立于南山寺山门之前，主干中空但长势尚好，寺内僧人每年为其培土修枝。",
    "该树位于北湖公园东侧草坪，树形优美，近年周边修建步道后游人增多，需加强看护。",
)
SURVEYORS = (
    "（核查：钟某某）",
    "（核查：叶某某）",
    "（核查：白某某）",
    "（核查：龙某某）",
    "（核查：江某某）",
)


def _objection(n: str) -> str:
    return f"公示期内对登记结果有异议的，请书面向县园林局绿化科反映，联系电话：0575-{n}。"


def _contact_only(n: str) -> str:
    return f"登记表可在县园林局绿化科领取，领取时间为工作日上午，联系电话：0575-{n}。"


def _page(k: int, close: str, *, under: tuple[str, ...] = ()) -> list[str]:
    return [SITE, CRUMB, TITLES[k], BODIES[k], SURVEYORS[k], close, *under, "", RIGHTS]


def _run(pages: list[list[str]]) -> list[list[str]]:
    stage = site_stage(pages)
    return [boil(p, stage, site="s").split("\n") for p in pages]


def test_the_cue_words_the_look_alikes_rest_on() -> None:
    keep = KeepTable()
    assert len(keep.cues(_objection(NUMBERS[0]))) >= 2
    assert len(keep.cues(_contact_only(NUMBERS[0]))) <= 1


def test_a_worded_sentence_under_the_last_closing_row_goes() -> None:
    pages = [_page(k, _objection(n)) for k, n in enumerate(NUMBERS)]
    for k, out in enumerate(_run(pages)):
        assert _objection(NUMBERS[k]) not in out
        assert BODIES[k] in out and SURVEYORS[k] in out  # the text and its row stay


def test_a_file_link_under_it_is_no_text_of_the_pages() -> None:
    files = [f"附件：第{k + 1}批名木登记表.xlsx" for k in range(5)]
    pages = [_page(k, _objection(n), under=(files[k],)) for k, n in enumerate(NUMBERS)]
    for k, out in enumerate(_run(pages)):
        assert _objection(NUMBERS[k]) not in out and BODIES[k] in out


def test_one_cue_word_stays() -> None:
    pages = [_page(k, _contact_only(n)) for k, n in enumerate(NUMBERS)]
    for k, out in enumerate(_run(pages)):
        assert _contact_only(NUMBERS[k]) in out


def test_the_pages_own_paragraph_under_it_stays() -> None:
    owns = [
        f"本批登记共涉及{TITLES[k]}等名木，登记后将统一挂牌保护，并纳入日常巡查。" for k in range(5)
    ]
    pages = [_page(k, _objection(n), under=(owns[k],)) for k, n in enumerate(NUMBERS)]
    for k, out in enumerate(_run(pages)):
        assert _objection(NUMBERS[k]) in out and owns[k] in out


HOTLINE = "食堂投诉电话：某某中学总务处 0571-{n}"
TIPS = (
    "友情提醒：本周二起午餐时间提前十分钟，请各班按时到食堂就餐，谢谢配合。",
    "友情提醒：本周食堂新增一个打饭窗口，请同学们排队有序，避免拥挤。",
    "友情提醒：雨天地面湿滑，请同学们在食堂内慢步行走，注意安全。",
    "友情提醒：周五午餐后食堂进行消毒，请同学们及时离开，感谢理解。",
    "友情提醒：请同学们自觉光盘，吃多少打多少，一起节约粮食。",
)
MEALS = (
    ("米饭、红烧鸡块、清炒菠菜", "冬瓜汤"),
    ("二米饭、土豆牛肉、蒜蓉生菜", "番茄蛋汤"),
    ("花卷、鱼香肉丝、炒西葫芦", "紫菜汤"),
    ("米饭、咖喱鸡、醋溜土豆丝", "南瓜汤"),
    ("杂粮饭、可乐鸡翅、炒油麦菜", "豆腐汤"),
)


def _html(k: int, n: str, *, inside: bool = False) -> list[str]:
    dishes, soup = MEALS[k]
    hot = f"<p>{HOTLINE.format(n=n)}</p>"
    return [
        "<!DOCTYPE html>",
        '<html><head><meta charset="utf-8">',
        f"<title>第{k + 3}周午餐安排-总务处-某某中学</title></head><body>",
        '<div class="nav"><a href="/">学校首页</a> | <a href="/z">总务处</a> | '
        '<a href="/c">食堂</a></div>',
        f"<h1>第{k + 3}周午餐安排</h1>",
        f"<p>本周午餐主菜为{dishes}，按营养配餐标准搭配，欢迎家长监督。</p>",
        f"<p>每日汤品：{soup}，水果按时令供应。</p>",
        f"<p>{TIPS[k]}</p>",
        *([hot] if inside else []),
        '<div class="tools"><a href="javascript:window.print()">【打印本页】</a>'
        '　<a href="javascript:window.close()">【关闭窗口】</a></div>',
        *([] if inside else [hot]),
        '<div class="footer"><p>某某中学　地址：某某区育才路9号</p></div>',
        "</body></html>",
    ]


def test_a_hotline_under_the_print_bar_goes_the_tip_over_it_stays(tmp_path: Path) -> None:
    pages = [_html(k, n) for k, n in enumerate(NUMBERS)]
    for k, (_, text) in enumerate(site_titles(tmp_path, pages, "html")):
        lines = text.split("\n")
        assert HOTLINE.format(n=NUMBERS[k]) not in lines
        assert TIPS[k] in lines  # the text's last line, over the print bar


def test_a_hotline_inside_the_article_stays(tmp_path: Path) -> None:
    pages = [_html(k, n, inside=True) for k, n in enumerate(NUMBERS)]
    for k, (_, text) in enumerate(site_titles(tmp_path, pages, "html")):
        lines = text.split("\n")
        assert HOTLINE.format(n=NUMBERS[k]) in lines and TIPS[k] in lines


def test_a_guard_that_holds_the_pages_own_line_is_asked_before_the_worded_claim(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # a worded sentence under the text is the site's only when no guard of the page's own
    # structure holds it: here the verse guard (verse_keeps) is made to hold it, as it
    # would a line of the page's own verse, and the line stays (it was claimed first)
    import cleaner.stages.verse_keeps as verse_keeps

    pages = [_page(k, _objection(n)) for k, n in enumerate(NUMBERS)]
    stage = site_stage(pages)

    def held(stripped: list[str], *_: object) -> set[int]:
        return {i for i, s in enumerate(stripped) if s.startswith("公示期内")}

    monkeypatch.setattr(verse_keeps, "verse_lines", held)
    for k, page in enumerate(pages):
        out = boil(page, stage, site="s").split("\n")
        assert _objection(NUMBERS[k]) in out
        assert RIGHTS not in out  # the site's own line under it still goes
