"""The split stage's last resort (:mod:`cleaner.stages.split_shape_run`): a compilation
found from the page's own repetition, each case in wordings of its own, with look-alikes
that must stay one article:

* three new compilation shapes split: ``§ 0812 · 投稿人 某某 · 2019.04.02 · 点评 3`` rows
  over a title and prose; ``»» 17 ~~~~~~ 东郊 NORTH`` banner rows; a title (and its
  Latin translation) over a ``撰稿｜某某 · 2020/05/06`` byline row, the byline under
  each title (the title's row is the cut);
* a single article with a repeated dated list, a Q&A with repeated answer rows, a
  table, a contents list and a forum thread with floors stay whole; so does an article
  whose opening prose stands over its repeated rows;
* every decision is recorded (rule ``split.shape_run``) with its score.

Every word is invented.
"""

from __future__ import annotations

import json

from cleaner.edits import Editor
from cleaner.stages.split import SplitStage
from cleaner.stages.split_shape_run import shape, shape_run
from tests.stages.stage_runs import split

PROSE = [
    "清晨的菜市场还没完全醒来，摊主们已经把新鲜的青菜一捆一捆码得整整齐齐。",
    "附近的老住户说，这条街从他们小时候起就是这个样子，只是招牌换了好几次。",
    "到了中午，卖豆花的推车准时出现在路口，排队的人总会一直排到巷子尾。",
    "街道办打算明年把雨棚统一翻新，摊位的位置和租金都会保持不变。",
]
TITLES = ["巷口豆花车的三十年", "菜市场里的修伞师傅", "老街雨棚翻新计划出炉", "夜市灯笼又亮起来了"]


def _rows_over(row: str) -> list[str]:
    out = ["南岸社区小报 - 邻里故事", "首页 > 邻里故事"]
    for n, title in enumerate(TITLES[:3]):
        place = ["城区", "东郊", "江北"][n]
        out += [row.format(n=n, place=place), title, PROSE[n], PROSE[(n + 1) % 4]]
    return out


def _titles(arts: list) -> list[str]:
    return [a.title for a in arts]


def test_shape_signature() -> None:
    assert shape("§ 0812 · 投稿人 李某 · 2019.04.02") == shape("§ 0901 · 投稿人 王某 · 2020.11.12")
    assert shape("07 >>>>> 城区 NORTH", coarse=True) == shape("12 >> 郊县 EAST", coarse=True)
    assert shape("一、总体要求") != shape("§ 0812 · 投稿人")


def test_counter_rows_over_titles_split() -> None:
    names = ["李小满", "Tom", "欧阳青青"]
    row = "§ 08{n}2 · 投稿人 {name} · 2019.04.0{n} · 点评 3"
    lines = ["南岸社区小报 - 邻里故事", "首页 > 邻里故事"]
    for n, title in enumerate(TITLES[:3]):
        lines += [row.format(n=n + 1, name=names[n]), title, PROSE[n], PROSE[(n + 1) % 4]]
    arts = split(lines)
    assert _titles(arts) == TITLES[:3]
    for a, title in zip(arts, TITLES, strict=False):
        text = a.text.split("\n")
        assert text[0] == title  # the title stays the piece's first line
        assert not any(ln.startswith("§") for ln in text)  # the row is its header


def test_banner_rows_split_and_record_the_decision() -> None:
    lines = _rows_over("»» {n}7 ~~~~~~ {place} NORTH")
    ed = Editor("p", "\n".join(lines) + "\n")
    arts = SplitStage()(ed)
    assert _titles(arts) == TITLES[:3]
    flags = [c for c in ed.changes if c.rule == "split.shape_run"]
    assert len(flags) == 1
    ev = json.loads(flags[0].ref or "{}")
    assert ev["verdict"] == "split" and ev["rows"] == [3, 7, 11] and ev["score"] == 1.0


def test_byline_rows_under_titles_split() -> None:
    lines = ["湖畔校刊 第12期", "本期要目：三篇"]
    bys = ["撰稿｜林一 · 2020/05/06", "撰稿｜Amy Chen · 2020/05/13", "撰稿｜司马远 · 2020/05/20"]
    latin = ["Thirty Years of a Tofu Cart", "The Umbrella Mender", "New Roofs for the Old Lane"]
    for n, title in enumerate(TITLES[:3]):
        lines += [title, latin[n], bys[n], PROSE[n], PROSE[(n + 2) % 4]]
    arts = split(lines)
    assert _titles(arts) == TITLES[:3]
    assert arts[1].text.split("\n")[:2] == [TITLES[1], latin[1]]  # the title stays text
    assert arts[1].meta.get("author") == "Amy Chen"  # the byline under it its fields
    assert all(PROSE[n] in arts[n].text for n in range(3))  # no prose lost or moved


def _one(lines: list[str]) -> None:
    assert shape_run(lines).verdict != "split"
    assert len(split(lines)) == 1


def test_article_with_a_repeated_dated_list_stays() -> None:
    lines = ["一条老街的十年", PROSE[0]]
    for n in range(3):
        lines += [f"201{n}年3月{n + 4}日", PROSE[n + 1], PROSE[n]]
    _one(lines)


def test_qa_with_repeated_answer_rows_stays() -> None:
    lines = ["豆花推车可以停在路口吗？", "想问一下街道对流动摊位有什么规定，谢谢大家。"]
    for n, who in enumerate(["热心居民", "街道小周", "老摊主"]):
        lines += [f"{who} 回答于 2021-06-0{n + 1} ｜ 赞同 {n + 4}", PROSE[n], PROSE[n + 1]]
    _one(lines)


def test_table_and_contents_list_stay() -> None:
    table = ["摊位租金一览", PROSE[0]]
    table += [f"A-{n:02d} ｜ 蔬菜 ｜ {300 + n * 20} 元" for n in range(1, 7)]
    table += [PROSE[1], PROSE[2]]
    _one(table)
    toc = ["邻里故事合集", "目录"]
    toc += [f"第{n}篇 …………… {n * 12}" for n in range(1, 5)]
    toc += ["第一篇", TITLES[0], PROSE[0], PROSE[1], PROSE[2]]
    _one(toc)


def test_forum_floors_stay() -> None:
    lines = ["【求助】老街停车位怎么申请", "楼主 发表于 2022-01-03 09:12", PROSE[0], PROSE[1]]
    for n, who in enumerate(["路过的猫", "巷尾阿伯", "Lucky"]):
        lines += [f"{n + 2}楼 {who} 发表于 2022-01-0{n + 3} 1{n}:30", PROSE[n + 1], PROSE[n]]
    _one(lines)


def test_opening_prose_over_the_rows_keeps_one_article() -> None:
    lines = ["南岸街区更新方案", PROSE[0], PROSE[1]]
    for n, title in enumerate(TITLES[:3]):
        lines += [f"§ 0{n + 1} · 阶段 {n + 1} · 202{n}.01", title, PROSE[n], PROSE[n + 1]]
    assert shape_run(lines).verdict != "split"
    arts = split(lines)
    assert len(arts) == 1 and PROSE[1] in arts[0].text


def test_numbered_sections_with_subheads_stay() -> None:
    lines = ["关于做好老街改造工作的意见"]
    for n, (head, sub) in enumerate([("一、", "（一）"), ("二、", "（一）"), ("三、", "（一）")]):
        lines += [f"{head}{TITLES[n][:4]}", f"{sub}{TITLES[n + 1][:5]}", PROSE[n], PROSE[n + 1]]
    _one(lines)


def test_rows_changing_in_one_value_or_two_only_flag() -> None:
    parts = _rows_over("»» {n}7 ~~~~~~ 城区 NORTH")  # a bare counter: sections
    assert shape_run(parts).verdict != "split" and len(split(parts)) == 1
    two = _rows_over("»» {n}7 ~~~~~~ {place} NORTH")[:10]  # two pieces: flagged
    assert shape_run(two).verdict == "unsure" and len(split(two)) == 1


def test_scene_breaks_stay() -> None:
    lines = ["老街往事", PROSE[0]]
    for n in range(3):
        lines += ["＊　＊　＊", TITLES[n], PROSE[n], PROSE[n + 1]]
    _one(lines)


def test_floor_on_the_zk_families_it_splits() -> None:
    # first-sight shapes no reader knew at e3bd8f4: counted rows over questions, dotted
    # banners over titles and bylines under them (three pieces or more split)
    from tests.stages.family_figures import family_figures

    for name in ("sealed_zk_chewen", "sealed_zk_xiaoyou"):
        f = family_figures(name)
        assert f["counts"] >= 0.6 and f["titles"] >= 0.7, (name, f)
