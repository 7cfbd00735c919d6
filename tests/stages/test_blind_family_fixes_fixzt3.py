"""Fixes of branch ``fixzt3`` (set zt, issue 12): a crew row whose labels each credit a
short list of names (``撰稿｜某甲　某乙　　校对｜某丙``) is a metadata row.  Invented
wording throughout, with look-alikes that must stay as they were."""

from __future__ import annotations

from cleaner.stages.split_meta_rows import MetaRows
from tests.stages.stage_runs import split

TITLE = "青禾镇新建文化广场投入使用"
BODY = [
    "【导语】青禾镇新建的文化广场日前正式投入使用，周边居民纷纷前来休闲健身。",
    "【正文】广场占地约八千平方米，设有健身区、儿童游乐区和露天舞台，晚上灯火通明。",
]


def test_a_crew_row_with_two_names_under_one_label_is_metadata() -> None:
    row = "撰稿｜倪晓岚　包子墨　　摄影｜裘平　　编辑｜柏一鸣"
    (art,) = split([TITLE, row, *BODY])
    assert art.meta.get("author") == "倪晓岚"
    assert row not in art.text and all(b in art.text for b in BODY)


def test_the_colon_form_reads_the_same() -> None:
    row = "作者：倪晓岚、包子墨　　摄影：裘平　　编辑：柏一鸣"
    assert MetaRows()._name_list_items(row) == [
        ("作者", "倪晓岚"),
        ("摄影", "裘平"),
        ("编辑", "柏一鸣"),
    ]


def test_look_alikes_are_no_crew_rows() -> None:
    p = MetaRows()
    # a price row: its first label says no field
    assert p.parse_meta_line("品名｜白菜　萝卜　　单价｜一元") is None
    # one cell only: a label and two names is no row of cells
    assert p._name_list_items("作者｜倪晓岚　包子墨") is None
    # prose after the label
    assert p._name_list_items("作者｜他说　这件事要做好　　编辑｜裘平") is None


def test_a_line_of_names_in_the_body_stays() -> None:
    names = "参加比赛的有　倪晓岚　包子墨　裘平"
    (art,) = split([TITLE, *BODY, names])
    assert names in art.text
