"""Fixes for set zo (fixzo4).

* A compilation of records (each piece rows under their labels, every piece closing
  with a row of one label) kept the page's own close (a notice, the issuer and the date
  signing the whole list) inside its last piece.  :func:`split_page_close.page_close`
  reads the close by the pieces' shape: the lines under the last piece's closing row,
  few and none of them a labelled row, are the page's (``split.page_close``, on the
  ledger), as the text above the first header is its head.
* A row of a bracketed organisation and a date over a title (``【某市某局】　2021年3月9日
  09:41``) read nothing: the bracket was taken for a column's tag only when short.  Now
  an organisation's name in the brackets is the piece's ``origin`` and the date its
  ``published``.
* Repair: a page under 30% Han (a bilingual post) had no ASCII comma of its Chinese
  paragraphs made full-width; now the lines at least half Han are repaired (the test
  is in ``tests/stages/test_repair.py``).

Look-alikes that stay: a labelled row under the last record, a close under pieces that
do not close alike, a prose compilation, a long block under the last record; a column's
tag in brackets, a bracket before a sentence.  Every word is invented.
"""

from __future__ import annotations

from cleaner.edits import Editor
from cleaner.stages.split import SplitStage
from cleaner.stages.split_meta import MetaParser
from cleaner.stages.split_page_close import page_close
from tests.stages.family_figures import assert_floors

CLOSE = [
    "如对上述名单有不同意见，请于十日内来函反映，联系电话：0000-1234567。",
    "甲州市档案馆",
    "2022年3月4日",
]


def _record(n: str, name: str, plan: str) -> list[str]:
    return [
        f"{n}、{name}",
        f"所在单位：甲州市{name}研究会",
        f"基本情况：{name}在本地流传已久，会做的老人不多，年轻人学的更少。",
        f"整理计划：{plan}",
        "",
    ]


def _page(tail: list[str] | None = None, last_plan: str = "三年内录完全部口述。") -> list[str]:
    return [
        "甲州市第三批口述档案整理名单公示",
        "经各单位推荐、专家审核，现将名单公示如下。",
        "",
        *_record("一", "山歌对唱", "两年内整理出版曲谱一册。"),
        *_record("二", "竹编灯笼", "每年办一期学习班，招收十名学员。"),
        *_record("三", "石刻拓印", last_plan),
        *(CLOSE if tail is None else tail),
    ]


def _split(lines: list[str]) -> tuple[Editor, list[str]]:
    ed = Editor("p", "\n".join(lines) + "\n")
    drafts = SplitStage()(ed)
    return ed, [d.text for d in drafts]


def test_the_page_close_under_the_last_record_is_the_pages() -> None:
    ed, texts = _split(_page())
    assert len(texts) == 3
    assert texts[-1].rstrip().endswith("三年内录完全部口述。")
    for line in CLOSE:
        assert all(line not in t for t in texts)
    closed = "".join(c.before or "" for c in ed.changes if c.rule == "split.page_close")
    assert all(line in closed for line in CLOSE)


def test_page_close_look_alikes_stay() -> None:
    # a labelled row under the last record is the record's own
    note = "备注：拓片原件存市档案馆。"
    _, texts = _split(_page([note]))
    assert note in texts[-1]
    # a prose compilation: no record shape, nothing cut
    prose = ["一、春", "春天来了，山上开满了花。", "", "二、秋", "秋天到了，田里一片金黄。"]
    prose += ["", "这些文字是去年写的。", "某某"]
    _, texts = _split(prose)
    assert "这些文字是去年写的。" in "".join(texts)
    # the last row's value wrapped onto the lines below it (it stops mid-clause) stays
    wrapped = _page(["后两年再补录散落在各乡镇的", "老艺人的口述。"], last_plan="三年内录完")
    _, texts = _split(wrapped)
    assert "老艺人的口述。" in texts[-1]
    # a block too long to be a close stays
    long_tail = [f"补充说明第{n}条：见附件。".replace("：", "，") for n in range(7)]
    assert (
        page_close(
            [
                "一、甲",
                "地区：东",
                "计划：建档。",
                "二、乙",
                "地区：西",
                "计划：办班。",
                *long_tail,
            ],
            [(0, 3, (0, "n", "甲")), (3, 13, (3, "n", "乙"))],
        )
        == []
    )
    # pieces above closing with different rows: no shape to read the last by
    page = ["一、甲", "地区：东", "计划：建档。", "二、乙", "计划：办班。", "地区：西"]
    page += ["三、丙", "地区：南", "计划：录音。", "某某局"]
    segs = [(0, 3, (0, "n", "甲")), (3, 6, (3, "n", "乙")), (6, 10, (6, "n", "丙"))]
    assert page_close(page, segs) == []


def test_a_bracketed_organisation_over_a_date_is_the_origin() -> None:
    meta = MetaParser()
    row = meta.shaped_row("【甲州市档案馆】　2021年3月9日 09:41", near_title=True)
    assert row == {"origin": "甲州市档案馆", "published": "2021-03-09"}
    # a column's tag over the date: the date alone
    assert meta.shaped_row("【通知公告】　2021年3月9日", near_title=True) == {
        "published": "2021-03-09"
    }
    # a bracket before a sentence is no row
    assert (
        meta.shaped_row("【甲州市档案馆】2021年3月9日起闭馆整修三个月。", near_title=True) is None
    )


def test_zo_floors() -> None:
    floor = {"content_f1": 0.99, "titles": 0.95, "counts": 0.95, "metadata": 0.95}
    assert_floors("sealed_zo_feiyi", floor, residue=0.02)
    assert_floors("sealed_zo_jiancha", floor, residue=0.02)
    assert_floors("sealed_zo_jishu", {**floor, "repairs": 0.95}, residue=0.02)
