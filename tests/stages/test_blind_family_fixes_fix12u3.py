"""Fixes for the metadata set u left (issue 12, fix12u3), in wordings of their own:

* an info row the boilerplate stage removes as chrome (``generic.publish_info``, recorded
  in the ledger) still gives the article its fields: the split stage reads the removed row
  with its label readers (``来源`` is the origin), not only its date;
* the site hosting a page is not the issuer when the same header row names another body
  under a label of that field (the host is the name its ``<title>`` ends in);
* a text page's own title of any wording, which the site lists on its other pages, stays
  when a labelled dated row stands right by it (``dated_titles``), and so does that row
  (the split stage reads it); so do several such titles of a page gathering releases,
  each its own article (a labelled date alone under each title is a piece's row, a bare
  date under each line a timeline's); a repeated section heading over an item stays
  under such a row too.

Every word is invented.
"""

from __future__ import annotations

import pytest

from cleaner.config import PipelineConfig
from cleaner.model import RawInput
from cleaner.pipeline import Pipeline
from cleaner.stages.listed_titles import dated_titles
from cleaner.stages.split_host import issuer_over_host, labelled_values, site_own_names
from cleaner.stages.split_meta import MetaParser
from cleaner.stages.split_titles import PageHints
from tests.stages.family_figures import family_figures
from tests.stages.stage_runs import boil, site_stage, split

P1 = "清晨的渡口雾气很重，船工把缆绳一圈圈收好，等第一班乘客上船，岸边的柳树还滴着水。"
P2 = "午后太阳出来了，晒谷场上的孩子们追着一只花猫跑，老人们坐在槐树下慢慢地说着旧事。"
P3 = "傍晚收工以后，村口的小卖部亮起了灯，几个年轻人围着一台旧收音机听天气预报。"
F = MetaParser().field_of


def _run(lines: list[str]):  # type: ignore[no-untyped-def]
    text = "\n".join(lines) + "\n"
    return Pipeline(PipelineConfig()).process(RawInput(source="p.txt", data=text.encode()), 0)


# ---- removed info rows still feed the article's metadata


@pytest.mark.parametrize(
    "row",
    [
        "来源：河湾渡口管理站　　发布时间：2022-04-05　　浏览：88次",
        "发布时间：2022-04-05 09:30　来源：河湾渡口管理站　阅读：88",
    ],
)
def test_a_removed_info_row_gives_its_origin(row: str) -> None:
    res = _run(["关于调整渡口班次的通知", row, "", P1, P2, P3])
    rules = [c.rule for c in res.changes if c.before.strip() == row]
    assert rules and rules[0].endswith("publish_info")  # still removed, and recorded
    (art,) = res.articles
    assert art.meta.get("origin") == "河湾渡口管理站", art.meta
    assert art.meta.get("published") == "2022-04-05", art.meta
    assert row not in art.text


def test_a_removed_row_dated_otherwise_gives_nothing() -> None:
    # the article dates itself (a dated row under its title the split stage reads); an
    # update bar of another day removed lower down is another record's: no origin from it
    res = _run(
        [
            "关于调整渡口班次的通知",
            "发布日期：2022-04-05",
            "",
            P1,
            P2,
            P3,
            "来源：河湾渡口管理站　　更新时间：2023-01-09",
        ]
    )
    (art,) = res.articles
    assert art.meta.get("published") == "2022-04-05", art.meta
    assert "origin" not in art.meta, art.meta


def test_a_page_without_an_info_row_gains_no_origin() -> None:
    (art,) = _run(["关于调整渡口班次的通知", "", P1, P2, P3]).articles
    assert "origin" not in art.meta


# ---- the host is no issuer beside another body


def _hints(title: str) -> PageHints:
    return PageHints(title=title)


def test_the_site_names_itself_in_its_title_tail() -> None:
    names = site_own_names(_hints("某某暂行规定（草案）_征求意见_河湾县水务局"))
    assert "河湾县水务局" in names and "某某暂行规定（草案）" not in names


@pytest.mark.parametrize(
    "row",
    [
        "公开单位\t河湾县水务局\t编制单位\t河湾县渡口管理站",
        "公开单位：河湾县水务局　编制单位：河湾县渡口管理站",
    ],
)
def test_the_other_body_of_the_row_is_the_issuer(row: str) -> None:
    assert labelled_values(row, "issuer", F) == ["河湾县水务局", "河湾县渡口管理站"]
    hints = _hints("渡口管理暂行规定（草案）_征求意见_河湾县水务局")
    assert issuer_over_host([row], "河湾县水务局", hints, F) == "河湾县渡口管理站"


def test_the_host_alone_or_a_page_naming_nothing_keeps_the_issuer() -> None:
    hints = _hints("渡口管理暂行规定（草案）_征求意见_河湾县水务局")
    alone = "公开单位：河湾县水务局　公开日期：2022-04-05"
    assert issuer_over_host([alone], "河湾县水务局", hints, F) is None
    both = "公开单位：河湾县水务局　编制单位：河湾县渡口管理站"
    assert issuer_over_host([both], "河湾县水务局", _hints("渡口管理暂行规定"), F) is None
    assert issuer_over_host([both], "河湾县水务局", None, F) is None
    # the issuer read is not the host: left as read
    assert issuer_over_host([both], "河湾县渡口管理站", hints, F) is None


# ---- the families


@pytest.mark.parametrize("name", ["sealed_u_jiezhong", "sealed_u_yanzhao"])
def test_the_set_u_info_row_families_hold_their_floors(name: str) -> None:
    f = family_figures(name)
    floor = {"content_f1": 0.99, "titles": 1.0, "counts": 1.0, "repairs": 1.0, "metadata": 1.0}
    for key, low in floor.items():
        assert f[key] >= low, (key, f)
    assert f["residue"] <= 0.01, f


def test_the_consultation_family_reads_the_drafting_body() -> None:
    f = family_figures("sealed_u_zhengqiu")
    assert f["metadata"] >= 0.85 and f["counts"] >= 1.0 and f["titles"] >= 1.0, f


# ---- own titles by their info rows; a release history's pieces

FEATS = [
    ("夜间模式会跟随系统设定自动切换，不需要再手动开启或关闭。", "Night mode follows the system."),
    ("账单可以按月份导出成表格，方便在电脑上继续整理和核对。", "Bills export to sheets by month."),
    ("首页新增预算进度条，超出预算时会用醒目的颜色提醒您。", "A budget bar now warns you early."),
    ("分类图标重新绘制，在小屏幕手机上也能看得清楚明白。", "Category icons were redrawn."),
    ("同步速度明显加快，在弱网络环境下也不容易出现中断。", "Sync is faster on weak networks."),
]
FIXES = [
    ("修复部分机型启动时偶尔闪退的问题，建议尽快升级新版。", "Fixed a crash on start."),
    (
        "修复在搜索结果页面中偶尔会重复显示同一笔账目，导致合计金额出错的问题。",
        "Fixed duplicate search results.",
    ),
    (
        "修复在不同账本之间来回切换以后，首页余额没有及时刷新显示的问题。",
        "Fixed a stale balance after switching.",
    ),
    (
        "修复从旧版本导入历史数据时，部分账目的日期会被识别错误的问题。",
        "Fixed dates read wrong on import.",
    ),
    (
        "修复每日记账提醒通知在开启勿扰模式的夜间完全不会响铃的问题。",
        "Fixed silent reminders at night.",
    ),
]


def _release(v: str, day: str, n: int) -> list[str]:
    return [
        f"河湾记账 {v} 版发行纪要",
        f"更新日期：2021/3/{day}",
        "新增功能　What's New",
        f"◎{FEATS[n][0]}",
        FEATS[n][1],
        "修复问题　Fixes",
        f"◎{FIXES[n][0]}",
        FIXES[n][1],
    ]


def _release_site() -> list[list[str]]:
    versions = [("1.1.0", "2"), ("1.2.0", "9"), ("1.3.0", "16"), ("1.4.0", "23"), ("1.5.0", "30")]
    pages = []
    for n, (v, day) in enumerate(versions):
        others = [f"河湾记账 {w} 版发行纪要" for w, _ in versions if w != v][:2]
        pages.append(
            [
                "河湾记账 帮助中心　>　版本说明",
                *_release(v, day, n),
                "这篇文章有帮助吗？　有　没有",
                "相关文章",
                *others,
                "河湾软件　版权所有",
            ]
        )
    return pages


def test_an_own_title_of_any_wording_stays_by_its_dated_row() -> None:
    pages = _release_site()
    stage = site_stage(pages)
    for page in pages:
        out = boil(page, stage, site="s").splitlines()
        assert page[1] in out and page[2] in out, out  # the title and its row
        assert page[3] in out and page[6] in out, out  # the section headings
        assert "相关文章" not in out and not any(t in out for t in page[12:14])


def test_a_listed_title_without_a_dated_row_still_goes() -> None:
    rows = ["某站首页｜说明", "甲软件 1.2 版发行纪要", "正文第一句写到这里。", "相关", "乙软件纪要"]
    hits = {0: 1, 1: 1, 3: 1, 4: 1}

    def dated(s: str) -> bool:
        return s.startswith("更新日期：")

    assert dated_titles(rows, hits, {0: ("menu",)}, {}, dated) == []
    # a dated title in the foot, with no line of the page's own below it: the list's
    foot = ["正文第一句写到这里。", "甲软件 1.2 版发行纪要", "更新日期：2021/3/9"]
    assert dated_titles(foot, {1: 1, 2: 1}, {}, {}, dated) == []
    # a running head of cells is no title
    head = ["第3期　　　某刊　　　Vol. 3", "更新日期：2021/3/9", "正文第一句写到这里。"]
    assert dated_titles(head, {0: 1}, {}, {}, dated) == []


def test_a_release_history_splits_at_its_dated_titles() -> None:
    page = ["版本沿革　History", ""]
    for n, (v, day) in enumerate([("2.2.0", "19"), ("2.1.0", "5")]):
        page += _release(v, day, n)
    arts = split(page)
    assert [a.title for a in arts] == ["河湾记账 2.2.0 版发行纪要", "河湾记账 2.1.0 版发行纪要"]
    assert [a.meta.get("published") for a in arts] == ["2021-03-19", "2021-03-05"]
    assert all("上架日期" not in a.text for a in arts)


def test_a_timeline_of_bare_dates_stays_one_article() -> None:
    page = ["河湾记账大事记", ""]
    for day, what in [("2019年3月2日", "应用上线"), ("2020年5月9日", "用户破万")]:
        page += [what, day, f"{P1[:-1]}，{what}的经过记在这里。", P2]
    assert len(split(page)) == 1


def test_the_release_notes_family_holds_its_floors() -> None:
    f = family_figures("sealed_t_gengxin")
    floor = {"content_f1": 0.98, "titles": 1.0, "counts": 1.0, "repairs": 1.0, "metadata": 1.0}
    for key, low in floor.items():
        assert f[key] >= low, (key, f)
