"""A download page's stock list items and its badge row (fixye3, ``sealed_ye_ruanjian``).

Two classes, both on sites whose pages share a template:

* the text's own bulleted list of stock wordings (a changelog's ``• 修复已知问题``, a
  recipe's ``- 盐少许``) recurs on many of the site's pages, so the profile learned its
  items; glued under the page's own line (a version line, a lead) inside the text they
  stay (``stock_items.own_list_item``);
* a bar of short cells each opened by one mark (``✔ 认证　✔ 无广告``), printed word for
  word on every page, is chrome though no menu separator parts it
  (``glyph_bars.glyph_bar``), and no row of a table (``glyph_bars.lone_glyph_bar``).

And the ``<h1>`` that the ``<title>`` extends by a glued word before the site's parts
(``某工具 V1.2下载_工具_某站``) is the page's headline (``title_word.worded_headline``).

Every word is invented.
"""

from __future__ import annotations

from cleaner.ingest.title_word import worded_headline
from cleaner.model import RawInput
from cleaner.reader_hints import page_headline
from cleaner.stages.glyph_bars import glyph_bar, lone_glyph_bar
from cleaner.stages.stock_items import own_list_item
from tests.stages.stage_runs import boil, site_stage


def _site(
    head: str,
    badge: str,
    names: list[str],
    heads: tuple[str, str, str],
    pool: list[str],
    lead: str,
    tail: str,
    foot: list[str],
) -> list[list[str]]:
    pages = []
    for n, name in enumerate(names):
        items = [pool[(n + k) % len(pool)] for k in range(3)]
        pages.append(
            [
                head,
                name,
                badge,
                heads[0],
                lead.format(name=name, n=n + 3),
                heads[1],
                f"{n + 1}.{n * 2}.{n + 4}（20{n + 14}-0{n + 1}-1{n}）",
                *items,
                heads[2],
                tail.format(name=name, n=n * 7 + 11),
                *foot,
            ]
        )
    return pages


SITES = {
    "changelog": _site(
        "松果下载 | 电脑软件 | 手机软件 | 装机必备",
        "✔ 官方认证　✔ 纯净安装　✔ 人工审核",
        ["白鹭笔记 3.1", "蓝鲸压缩 2.0", "青柠录屏 5.4", "赤松看图 1.8", "木棉词典 6.2"],
        ("软件简介", "版本更新", "安装方法"),
        ["• 修复已知问题", "• 提升启动速度", "• 新增夜间模式", "• 优化内存占用", "• 改进界面字体"],
        "{name}是一款轻巧的工具，安装包只有{n}兆，老电脑也能流畅运行，适合日常使用。",
        "下载后双击安装包，按提示选择安装位置，大约{n}秒即可完成，装好后不必重启电脑。",
        ["返回顶部", "松果下载　版权所有"],
    ),
    "recipe": _site(
        "灶台记 · 家常菜 · 汤羹 · 面点",
        "★ 编辑实测　★ 步骤详解　★ 新手友好",
        ["葱油拌面", "番茄炒蛋", "冬瓜排骨汤", "清炒时蔬", "红烧豆腐"],
        ("做法介绍", "所需配料", "小贴士"),
        ["- 盐少许", "- 白糖一小勺", "- 生抽两勺", "- 葱花适量", "- 食用油适量"],
        "{name}是一道做法简单的家常菜，从备料到出锅大约{n}分钟，味道清爽又下饭。",
        "出锅前先尝一下咸淡再决定是否加盐，火候以中火为主，大约{n}秒翻动一次即可。",
        ["返回首页", "灶台记　版权所有"],
    ),
    "english": _site(
        "Pine Downloads | Windows | Mac | Mobile",
        "✓ Virus free  ✓ No bundleware  ✓ Editor tested",
        ["Heron Notes 3.1", "Whale Zip 2.0", "Lime Capture 5.4", "Pine View 1.8", "Kapok Dict 6.2"],
        ("About", "What is new", "How to install"),
        ["▪ Fixed crashes", "▪ Faster start", "▪ Night mode", "▪ Less memory", "▪ New fonts"],
        "{name} is a small tool of {n} MB that runs well on old computers and is easy to learn.",
        "Double-click the {name} installer, choose a folder and wait {n} seconds for it to finish.",
        ["Back to top", "Pine Downloads. All rights reserved."],
    ),
}


def test_stock_items_under_the_version_line_stay_and_the_badge_row_goes() -> None:
    for kind, pages in SITES.items():
        stage = site_stage(pages)
        for page in pages:
            out = boil(page, stage, site="s").splitlines()
            assert all(x in out for x in page[6:10]), (kind, out)  # version line, items
            assert page[2] not in out, (kind, out)  # the badge row
            assert page[0] not in out, (kind, out)


def test_stock_items_under_the_sites_own_heading_go() -> None:
    """Look-alike: the site's '热门推荐' (learned) over its stock links below the text."""
    pages = SITES["changelog"]
    rec = ["热门推荐", "• 白鹭笔记专题", "• 装机必备合集", "• 本周下载排行"]
    pages = [[*p[:-2], *rec, *p[-2:]] for p in pages]
    stage = site_stage(pages)
    for page in pages:
        out = boil(page, stage, site="s").splitlines()
        assert not any(x in out for x in rec), out
        assert all(x in out for x in page[6:10]), out


def test_own_list_item_needs_an_own_head_and_no_cue() -> None:
    page = ["第二版（2019-03-04）", "· 修正错字", "· 补充图表", "正文继续。"]
    never = lambda s: False  # noqa: E731
    assert own_list_item(page, 1, {1, 2}, set(), never)
    assert not own_list_item(page, 1, {0, 1, 2}, set(), never)  # a learned head
    assert not own_list_item(page, 2, {1, 2}, {0}, never)  # a claimed head
    assert not own_list_item(["", "· 修正错字", "· 补充"], 1, {1}, set(), never)  # no head
    assert not own_list_item(["某期", "▶ 播放　00:00 / 52:42", "简介。"], 1, {1}, set(), never)
    assert own_list_item(page, 1, {1, 2}, set(), lambda s: "图表" in s)  # one cued item
    assert not own_list_item(page, 1, {1, 2}, set(), lambda s: "·" in s)  # a list of tools


def test_glyph_bars_and_their_look_alikes() -> None:
    assert glyph_bar("■ 免费　■ 绿色　■ 无插件")
    assert glyph_bar("✓ Virus free  ✓ No bundleware")
    assert not glyph_bar("★★★★☆ 4.5分")  # a rating bar is no row of cells
    assert not glyph_bar("√ 本站所有资源均经过检测，请放心下载使用。")
    assert not glyph_bar("▲ 上一篇　▼ 下一篇")  # two marks: a pager, its own rules
    table = ["产品　甲　乙", "✓ 支持　✓ 支持", "✗ 不支持　✓ 支持"]
    assert not lone_glyph_bar(table, 1)  # a row of a table of marks
    assert lone_glyph_bar(["某工具 1.0", "✓ 免费　✓ 绿色", "简介。"], 1)


def test_a_title_glued_word_still_names_the_h1() -> None:
    assert worded_headline("白鹭笔记 3.1 正式版免费下载_办公软件_松果下载", "白鹭笔记 3.1 正式版")
    assert worded_headline("Heron Notes 3.1 Download - Pine Downloads", "Heron Notes 3.1")
    assert not worded_headline("松果下载_白鹭笔记", "松果下载")  # a logo h1
    assert not worded_headline("白鹭笔记的十个使用技巧_松果下载", "白鹭笔记")  # a longer title
    raw = RawInput(
        "s/1.html",
        b"",
        site="s",
        container={"title": "青柠录屏 5.4下载_视频工具_松果下载", "html_h1": "青柠录屏 5.4"},
    )
    assert page_headline(raw) == ("青柠录屏 5.4",)
