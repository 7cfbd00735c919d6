"""folio_cuts: a titled folio line is taken only when the page proves it a running folio
(a run under one title a printed page apart, or a lone one echoing the page's head);
the same ``N｜words`` / ``words · N`` shape as a list's item, a step, a dish, a year or a
chapter stays, and so do the paragraphs around it (review21f N1).  Invented text."""

from __future__ import annotations

import pytest

from cleaner.edits import Editor
from cleaner.stages.folio_cuts import cut_folios
from cleaner.stages.repair import RepairStage
from tests.stages.stage_runs import plain_stage

LONG = "河堤上的柳树是祖父那一辈人种下的，每到春天便抽出新芽，孩子们折了柳枝做哨子。" * 6


def _clean(lines: list[str]) -> str:
    ed = Editor("p", "\n".join(lines) + "\n")
    plain_stage()(ed)
    RepairStage()(ed)
    return ed.text


def test_a_run_of_folios_a_page_apart_goes_and_the_halves_join() -> None:
    page = ["河堤往事", "", "旧码头边有一排矮房子，最东头那间", "", "某区文史丛刊 · 41", "",
            "住着一位修船的老师傅，手艺远近闻名。", "", LONG, "", "渡口的船夫说起那场大水，",
            "", "某区文史丛刊 · 42", "", "声音总是低下去。"]  # fmt: skip
    out = _clean(page)
    assert "某区文史丛刊" not in out
    assert "最东头那间住着一位修船的老师傅" in out
    assert "那场大水，声音总是低下去" in out


def test_a_lone_folio_echoing_the_page_head_goes() -> None:
    page = ["北岭乡土志　增订本", "", "村口的老井据说有三百年了，井水清冽", "",
            "58｜北岭乡土志", "", "甘甜，夏天镇西瓜最好。"]  # fmt: skip
    out = _clean(page)
    assert "58｜北岭乡土志" not in out
    assert "井水清冽甘甜" in out


@pytest.mark.parametrize(
    "lines",
    [
        # cooking steps numbered under a bar, paragraphs without a full stop
        [
            "凉拌黄瓜",
            "",
            "黄瓜两根，蒜三瓣，醋和香油少许",
            "",
            "2｜拍碎切段",
            "",
            "黄瓜洗净拍碎，切成小段放进碗里",
            "",
            "3｜调汁拌匀",
            "",
            "蒜末加醋和香油，倒进碗里拌匀。",
        ],
        # a ranked list whose entries end in a price
        [
            "周末值得去的五家书店",
            "",
            "老城区的书店各有特色，值得慢慢逛。",
            "",
            "2｜半山书房",
            "",
            "藏书以人文社科为主，二楼可以喝茶。人均：40元",
            "",
            "3｜河畔旧书铺",
            "",
            "旧书按斤称，常有惊喜，营业到夜里十点。人均：无",
        ],
        # a menu: dish · price between descriptions
        [
            "小馆菜单",
            "",
            "酸汤肥牛 · 58",
            "",
            "肥牛现切，酸汤用黄灯笼辣椒熬制",
            "",
            "干锅花菜 · 32",
            "",
            "花菜切小朵，五花肉煸香，大火干锅",
        ],
        # a timeline by years
        [
            "外婆的一生",
            "",
            "外婆生在江边的渔村，家里靠打鱼为生，她是长女",
            "",
            "1962｜进纺织厂做工",
            "",
            "那一年她十六岁，每天三班倒",
        ],
        # a serial's chapters, a few lines apart, under the same title
        [
            "连载《北岭》",
            "",
            "他站在桥头等了很久，雨越下越大，她还是没有来",
            "",
            "北岭旧事 · 7",
            "",
            "第二天他又去了桥头。",
            "",
            "北岭旧事 · 8",
            "",
            "桥头的石狮子还在那里。",
        ],
        # a travel diary by days
        [
            "关西七日",
            "",
            "早上从大阪出发，坐电车一个小时，到站时已近中午",
            "",
            "奈良散记 ・ 2",
            "",
            "鹿群围着游客讨饼干，很是热闹",
        ],
    ],
)
def test_a_list_shaped_like_folios_keeps_every_line(lines: list[str]) -> None:
    assert cut_folios([s.strip() for s in lines]) == []
    out = _clean(lines)
    for s in lines:
        if s:
            assert s in out  # nothing deleted, nothing glued
