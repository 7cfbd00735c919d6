"""Mends of review22i/review22g findings: invented variants of each class and a look-alike.

Classes: a notice title that repeats its letter-spaced label's kind word, a salutation
listing addressees, a title opening with 有关; a signer whose given name ends in a unit's
letter, a signer under a closing formula or a contact row; a for-reference disclaimer of a
publishing unit or a Q&A answer; an original title's trailing credit; a desk row's counter.
"""

from __future__ import annotations

import re

import pytest

from cleaner.rules import load_table
from cleaner.stages.signed_desks import signed_author
from cleaner.stages.spaced_labels import spaced_labels
from cleaner.stages.split_broken_title import original_title
from cleaner.stages.split_desks import _counter_tail

PROSE = "下周三上午九点起电梯停用检修，预计下午五点恢复，请住户合理安排出行，不便之处敬请谅解。"


@pytest.mark.parametrize(
    "lines",
    [
        ["须　知", "游客登船须知", PROSE],
        ["启　事", "招领启事", PROSE],
        ["聲　明", "作廢聲明", PROSE],
        ["通　知", "有关元旦假期值班", PROSE],
        ["公　告", "有關電梯更換工程", PROSE],
        ["通　知", "电梯停用", "全体业主、租户：", PROSE],
        ["通　告", "燃气检修", "各位居民、商户（含临街店铺）：", PROSE],
    ],
)
def test_spaced_label_over_notice_title_goes(lines: list[str]) -> None:
    assert spaced_labels(lines, set()) == [0]


@pytest.mark.parametrize(
    "lines",
    [
        ["启　示", "大海的启示", PROSE],  # an essay's heading: 的 before the kind word
        ["须　知", "须知", PROSE],  # no qualifier
        ["公　告", "各位业主：", PROSE],  # the label is the title
    ],
)
def test_spaced_label_lookalikes_stay(lines: list[str]) -> None:
    assert spaced_labels(lines, set()) == []


BODY = "本周六组织全体员工参加义务植树活动，请各部门提前安排好工作。"


@pytest.mark.parametrize(
    ("tail", "name"),
    [
        ("厂长　孙立科\n2022年4月2日", "孙立科"),
        ("總監　曾國部", "曾國部"),
        ("馆长　何永馆\n二〇二二年四月二日", "何永馆"),
        ("此致　敬礼\n董事长　郑海涛\n2022年4月2日", "郑海涛"),
        ("谢谢　配合\n主任　田晓梅", "田晓梅"),
        ("联系人：钱老师　电话：66668888\n书记　冯建国", "冯建国"),
    ],
)
def test_signed_author_read(tail: str, name: str) -> None:
    assert signed_author(f"{BODY}\n{tail}") == name


@pytest.mark.parametrize(
    "tail",
    [
        "经理　办公室",
        "站长　文化站",
        "董事长　王某某\n总经理　李某某",  # a list of signer rows
        "出席的有：\n主任　张某某",
    ],
)
def test_signed_author_lookalikes(tail: str) -> None:
    assert signed_author(f"{BODY}\n{tail}") is None


def _disclaimer() -> re.Pattern[str]:
    rules = load_table("boilerplate_generic")["rule"]
    rule = next(r for r in rules if r["name"] == "reference_disclaimer")
    return re.compile(rule["pattern"])


@pytest.mark.parametrize(
    "line",
    [
        "本频道资讯只供观众参考，一切以主管部门通知为准。",
        "本客户端所示信息只供参考，以柜台办理为准。",
        "本账号推送内容只供粉丝参考，最终以官网发布为准。",
        "以上解答只供参考，用药请以药师指导为准。",
    ],
)
def test_reference_disclaimer_of_publishing_units(line: str) -> None:
    assert _disclaimer().match(line)


@pytest.mark.parametrize(
    "line",
    [
        "以上时刻只供游客参考，以码头公告为准。",
        "以上答案只供参考，以教材为准。",
        "本译本只供学生参考，以英文原版为准。",
    ],
)
def test_reference_disclaimer_lookalikes_kept(line: str) -> None:
    assert not _disclaimer().match(line)


@pytest.mark.parametrize(
    ("stem", "note", "title"),
    [
        ("湖滨步道下月", "原标题：“湖滨步道下月全线贯通”，通讯员某某报道", "湖滨步道下月全线贯通"),
        ("湖滨步道下月", "原标题：《湖滨步道下月全线贯通》来源某某晚报", "湖滨步道下月全线贯通"),
        ("湖濱步道下月", "原標題：「湖濱步道下月全線貫通」。", "湖濱步道下月全線貫通"),
        ("湖滨步道下月", "原标题：《湖滨步道下月全线贯通》，某客户端转载", "湖滨步道下月全线贯通"),
    ],
)
def test_original_title_cut_at_quote(stem: str, note: str, title: str) -> None:
    assert original_title(stem, [note]) == title


def test_original_title_continuation_kept() -> None:
    note = "原标题：《某市物业管理条例》五问五答"
    assert original_title("某市物业管理条例", [note]) == "《某市物业管理条例》五问五答"


@pytest.mark.parametrize("word", ["关注", "点击率", "已阅", "圍觀", "阅读数", "播放"])
def test_desk_row_counter_words(word: str) -> None:
    assert _counter_tail().search(f"2022-04-02　　后勤部　　{word} 35")


def test_desk_row_own_cell_kept() -> None:
    assert not _counter_tail().search("2022-04-02　　后勤部　　发放 35")
