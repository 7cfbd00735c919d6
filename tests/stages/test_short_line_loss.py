"""Short content lines the boilerplate stage's learned layers must not delete silently.

Invented sites (wording of our own): a how-to site of short imperative steps, a release
log whose titles are a product name and a version number.  Look-alikes: the real short
chrome of the same pages ('分享' under the list, '返回顶部', '上一篇：…', a menu bar) still
goes.  See ``cleaner/stages/list_items.py`` and ``line_model.decide`` (the first line).
"""

from __future__ import annotations

import pytest

from cleaner.edits import Editor
from cleaner.stages.list_items import item_shape, kept_items
from tests.stages.stage_runs import boil, site_stage

NAV = "首页 | 下载 | 论坛 | 联系我们"
FOOT = ["分享", "返回顶部", "松间软件　版权所有"]
STEPS = [
    ["打开设置", "点开账户", "选择安全", "输入旧密码", "保存"],
    ["打开相册", "选中照片", "点分享", "选择好友"],
    ["打开设置", "点开通知", "关闭声音", "保存"],
    ["打开首页", "点右上角", "选择扫一扫", "对准二维码"],
    ["打开设置", "点开账户", "选择注销", "确认"],
]


def _howto() -> list[list[str]]:
    pages = []
    for n, steps in enumerate(STEPS):
        prev = [f"上一篇：小教程第{n}则"] if n else []
        body = [f"小教程第{n + 1}则", "操作步骤", *steps, "小贴士", "操作前请先备份数据。"]
        pages.append([NAV, *body, *prev, *FOOT])
    return pages


def test_short_steps_with_prompt_words_stay_in_their_list() -> None:
    pages = _howto()
    stage = site_stage(pages)
    for page in pages:
        out = boil(page, stage, site="s").splitlines()
        for step in STEPS[pages.index(page)]:
            assert step in out, (step, out)
        # the page's real chrome still goes
        assert "分享" not in out and "返回顶部" not in out and NAV not in out, out
        assert not any(x.startswith("上一篇：") for x in out), out


def test_a_kept_item_is_flagged() -> None:
    pages = _howto()
    stage = site_stage(pages)
    ed = Editor("p", "\n".join(pages[3]) + "\n")
    stage(ed, site="s")
    flagged = [c for c in ed.ledger if c.rule == "boilerplate.line_model.list_item"]
    assert flagged and all(c.action == "flag" for c in flagged)
    assert "选择扫一扫" in ed.text and "对准二维码" in ed.text


def test_a_prompt_word_closing_the_list_still_goes() -> None:
    page = ["某某名单", "一等奖", "甲小北", "乙青", "丙一鸣", "分享", "返回顶部"]
    out = boil(page).splitlines()
    assert "分享" not in out and "丙一鸣" in out, out


def test_kept_items_needs_siblings_on_both_sides() -> None:
    never: set[int] = set()

    def no(_: object) -> bool:
        return False

    lines = ["打开相册", "选中照片", "点分享", "选择好友", "页脚"]
    assert kept_items(lines, {2}, never, no, no) == {2}
    # the block at the list's end, over a claimed line: chrome
    assert kept_items(lines, {3}, {4}, no, no) == set()
    # a blank line below: the list has ended
    assert kept_items(["甲项", "乙项", "分享一下", "", "丁项"], {2}, never, no, no) == set()
    # a bare prompt word, an address, another shape: chrome
    assert kept_items(lines, {2}, never, no, lambda s: s == "点分享") == set()
    assert kept_items(lines, {2}, never, lambda i: i == 2, no) == set()
    mixed = ["打开相册", "选中照片", "上一篇：别的", "选择好友", "页脚"]
    assert kept_items(mixed, {2}, never, no, no) == set()
    # one sibling is not a list
    assert kept_items(["标题", "点分享", "选择好友。"], {1}, never, no, no) == set()


def test_item_shape() -> None:
    assert item_shape("◎修复闪退的问题。") == ("◎", "。")
    assert item_shape("3. 保存") == ("digit", "letter")
    assert item_shape("上一篇：某文") is None  # a pointer
    assert item_shape("感谢分享，收藏了。") is None  # a sentence with a clause
    assert item_shape("首页 | 下载") is None  # a bar
    assert item_shape("甲" * 30) is None  # too long for an item


VERSIONS = ["2.0.0", "2.1.0", "2.2.0", "2.3.0", "2.4.0", "2.5.0"]
ITEMS = [
    ["◎新增夜读模式。", "◎性能优化。"],
    ["◎新增语音速记。"],
    ["◎新增月历视图。", "◎性能优化。"],
    ["◎新增桌面挂件。", "◎性能优化。"],
    ["◎新增朗读功能。"],
    ["◎新增模板集市。", "◎性能优化。"],
]


def _release_log() -> list[list[str]]:
    pages = []
    for v, items in zip(VERSIONS, ITEMS, strict=True):
        body = [f"松间笔记 {v}", "新功能　Features", *items, "修复问题　Fixes", "◎修复已知问题。"]
        pages.append([NAV, *body, *FOOT])
    return pages


def test_a_short_title_with_a_version_number_stays() -> None:
    pages = _release_log()
    stage = site_stage(pages)
    for page, v, items in zip(pages, VERSIONS, ITEMS, strict=True):
        out = boil(page, stage, site="s").splitlines()
        assert f"松间笔记 {v}" in out, out
        assert "新功能　Features" in out and "修复问题　Fixes" in out, out
        assert all(x in out for x in items) and "◎修复已知问题。" in out, out
        assert NAV not in out and "分享" not in out and "返回顶部" not in out, out


@pytest.mark.parametrize("bar", ["扫码下载 APP 2.0", "登录 注册 2.0", "分享到微博 12"])
def test_a_first_line_with_its_own_prompt_word_still_goes(bar: str) -> None:
    pages = [[p[0], bar, *p[1:]] for p in _release_log()]
    stage = site_stage(pages)
    for page, v in zip(pages, VERSIONS, strict=True):
        out = boil(page, stage, site="s").splitlines()
        assert bar not in out and out[0] == f"松间笔记 {v}", out


INTROS = [
    "今天做一道简单的家常菜，十分钟就能上桌，适合下班以后。",
    "这道菜的关键在火候，油温上来以后再下锅，味道才会香。",
    "周末有空的时候，可以多备一些料，放进冰箱里慢慢吃。",
    "孩子不爱吃青菜时，换个做法往往就能多吃上几口。",
    "这一道用的都是菜市场常见的材料，价格也不贵。",
    "天气热的时候，凉拌菜最受欢迎，做起来也最省事。",
    "老家的做法和饭馆里不太一样，少放油，多放一点醋。",
    "第一次做可能掌握不好咸淡，尝一口再决定加不加盐。",
]
STEPS_OF = [
    ["打散鸡蛋", "下锅翻炒", "出锅"],
    ["洗净青菜", "切段", "大火快炒"],
    ["泡发木耳", "焯水", "凉拌"],
]


def _series(head: list[str]) -> list[list[str]]:
    pages = []
    for n in range(8):
        steps = STEPS_OF[n % 3]
        body = [f"小厨日记：第{n + 1}道", INTROS[n]]
        pages.append([NAV, *head(n), *body, "做法", *steps, *FOOT])
    return pages


@pytest.mark.parametrize("with_date", [False, True])
def test_a_numbered_series_title_stays(with_date: bool) -> None:
    date = (lambda n: [f"2023年5月{n + 1}日　星期三"]) if with_date else (lambda n: [])
    pages = _series(date)
    stage = site_stage(pages)
    for n, page in enumerate(pages):
        ed = Editor("p", "\n".join(page) + "\n")
        stage(ed, site="s")
        out = ed.text.splitlines()
        assert f"小厨日记：第{n + 1}道" in out, out
        assert any(c.rule == "boilerplate.site_repeat.page_data" for c in ed.ledger)
        # the site's chrome still goes
        assert NAV not in out and "返回顶部" not in out, out


NEWS = ["◎新增夜读模式。", "◎新增桌面挂件。", "◎新增语音速记。", "◎新增月历视图。"]
FIXED = [
    "◎修复下载中断的问题。",
    "◎修复登录失败的问题。",
    "◎修复分享卡片空白的问题。",
    "◎修复评论发不出的问题。",
]


def _notes(intro: bool) -> list[list[str]]:
    pages = []
    for n in range(8):
        body = [f"松间笔记 6.{n}.0 更新说明"]
        body += ["这一版带来了几项新功能，也修好了大家反馈较多的几个毛病。"] if intro else []
        body += ["新增功能　Features", NEWS[n % 4], NEWS[(n + 1) % 4], "修复问题　Fixes"]
        body.append(FIXED[n % 4])
        pages.append([NAV, *body, *FOOT])
    return pages


@pytest.mark.parametrize("intro", [True, False])
def test_release_notes_keep_titles_headings_and_last_items(intro: bool) -> None:
    pages = _notes(intro)
    stage = site_stage(pages)
    for n, page in enumerate(pages):
        ed = Editor("p", "\n".join(page) + "\n")
        stage(ed, site="s")
        out = ed.text.splitlines()
        # the title, both repeated headings, the last item (with a prompt word) stay
        assert out[0] == f"松间笔记 6.{n}.0 更新说明", out
        assert "新增功能　Features" in out and "修复问题　Fixes" in out, out
        assert FIXED[n % 4] in out, out
        # the foot's bare prompt word and the site's chrome still go
        assert "分享" not in out and "返回顶部" not in out and NAV not in out, out


def test_the_last_items_of_a_marked_list_need_marked_siblings() -> None:
    def no(_: object) -> bool:
        return False

    marked = ["◎甲项。", "◎乙项。", "小标题", "◎点分享的问题。", "分享", "页脚"]
    assert kept_items(marked, {3, 4}, {5}, no, lambda s: s == "分享") == {3}
    # one marked sibling above is not a list
    assert kept_items(["说明", "◎甲项。", "小标题", "◎点分享。", "页脚"], {3}, {4}, no, no) == set()
    # an unmarked last line over the foot stays chrome
    plain = ["甲项", "乙项", "丙项", "点此分享", "页脚"]
    assert kept_items(plain, {3}, {4}, no, no) == set()


def test_a_marked_item_under_its_heading_stays() -> None:
    def no(_: object) -> bool:
        return False

    page = ["◎甲项。", "◎乙项。", "小标题", "◎点评论的问题。", "◎丙项。", "", "分享"]
    assert kept_items(page, {3, 6}, set(), no, lambda s: s == "分享") == {3}
