"""Fixes for sealed_zh_kecheng (fixold3): a site's head bar over a bare title is the
page's head, the title is the line under it; a serial and a labelled code over each
entry of a catalogue page is the entry's header, no line of the entry above.  Look-alikes
that must stay: a one-phrase first line over a row is the title; a serial over a
sentence is no header.  (The slotted list of sealed_zh_shouting: test_slot_runs.py.)

Every word is invented.
"""

from __future__ import annotations

from cleaner.stages.split_head import bar_head, under_head
from cleaner.stages.split_tags import tag_serial
from tests.stages.family_figures import assert_floors
from tests.stages.stage_runs import split

P1 = "整個學期會帶大家走訪三座老窯場，親手揉泥、拉坯，最後燒出一只屬於自己的杯子。"
P2 = "第二段課程改在室內進行，學員分組練習上釉，每個人都要完成一份配色紀錄。"
P3 = "最後一堂課是成果展，學員把作品擺在書院的長廊上，邀請家人朋友一起來看。"
HEAD = "嵐溪書院　｜　2019學年度秋季 課程一覽"


def test_a_head_bar_over_a_bare_title_and_its_row() -> None:
    row = "講師：王若晴　｜　每週三晚間　｜　公告 2019/9/1"
    (d,) = split([HEAD, "", "陶土捏塑入門", row, "", "【簡介】", P1, P2])
    assert d.title == "陶土捏塑入門"
    assert d.meta.get("author") == "王若晴" and d.meta.get("published") == "2019-09-01"
    assert P1 in d.text and P2 in d.text


def test_a_one_phrase_line_over_a_row_is_still_the_title() -> None:
    row = "講師：王若晴　｜　每週三晚間　｜　公告 2019/9/1"
    (d,) = split(["陶土捏塑入門", row, "", "【簡介】", P1, P2])
    assert d.title == "陶土捏塑入門"
    assert not under_head(["陶土的十種捏法", "陶土捏塑入門"], [0, 1])  # a phrase, no bar
    assert under_head([HEAD, "陶土捏塑入門"], [0, 1])
    assert not bar_head("嵐溪書院｜課程")  # no spaced bar: one name
    assert not bar_head("書院 | 今年共開了三十門課，比去年多。")  # a sentence


def test_a_serial_and_a_code_over_each_entry_is_its_header() -> None:
    page = [HEAD, "", "工藝學程　本季開課一覽（共3門）", ""]
    entries = [
        ("No.1　課程代碼 T3301", "陶土捏塑入門", "王若晴", "2019/9/1", P1),
        ("No.2　課程代碼 T3318", "竹編小物", "林子安", "2019/9/8", P2),
        ("No.3　課程代碼 T3325", "木作湯匙", "王若晴", "2019/9/15", P3),
    ]
    for tag, title, who, day, text in entries:
        row = f"講師：{who}　｜　週三晚間　｜　公告日期：{day}"
        page += [tag, title, row, "【簡介】", text, ""]
    drafts = split(page)
    assert [d.title for d in drafts] == [e[1] for e in entries]
    for d, e in zip(drafts, entries, strict=True):
        assert e[4] in d.text
        assert not any(x[0] in d.text for x in entries), d.text  # no entry's header left


def test_a_serial_over_words_of_its_own_is_no_header() -> None:
    assert tag_serial("No.2　課程代碼 T3318")
    assert not tag_serial("No.2　課程代碼改為本季新編")
    assert not tag_serial("No.2　T3318")  # no label: a bare code
    assert not tag_serial("No.2 陶土捏塑入門 2019")


def test_family_floor() -> None:
    assert_floors(
        "sealed_zh_kecheng",
        {"content_f1": 0.97, "titles": 1.0, "counts": 1.0, "repairs": 1.0, "metadata": 1.0},
        residue=0.11,
    )
