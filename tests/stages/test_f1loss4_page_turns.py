"""A sentence cut where a printed page turned, the page's turn shown by a mark of any frame.

Class (f1loss4): **a paragraph cut mid-clause across a page turn whose mark names the
page** (a jump line saying where the story goes on, or a sheet's running line ending in
its own ordinal).  Two readers widened:

* a jump line in any frame: brackets, or a run of leader marks on both sides
  (``…… 续 P.5 ……``, ``—— 转第4版 ——``), its page as ``第N版/页/面`` or ``P./Page N``
  (``repair.toml``: ``jump_marks``); it is a page mark, crossed, and the clause it cut
  joined;
* a sheet's running line closing with its ordinal (``〔某网·打印预览　第2张〕``,
  ``某报　第3版``, ``某刊 ｜ P.4``), taken out by the boilerplate stage: the blank gap it
  left is a page turn (:func:`~cleaner.stages.page_folio.sheet_ordinal`), crossed only
  where a clause is cut (Han on both sides, no label row).

Look-alikes that must not fire: a leader-framed line with no page (``…… 续 ……``), a
cross-reference (``（见第3页）``), a bare ``转第5版`` line, a taken running line with no
ordinal, and an ordinal line under a whole sentence or over a label row.  All text is
invented.
"""

from __future__ import annotations

import pytest

from cleaner.edits import Edit, Editor
from cleaner.stages.page_folio import sheet_ordinal
from cleaner.stages.repair import RepairStage

_LEAD = "今年春天文化站组织了三场乡村读书会，来参加的村民比去年多了不少。"
_TAIL = "站里还添置了一批农技图书，放在阅览室靠窗的书架上，供大家随时翻阅。"


def _repaired(text: str, taken: list[str] = ()) -> str:  # type: ignore[assignment]
    """``text`` after the repair stage, the lines ``taken`` deleted first by a
    boilerplate step (the site's repetition takes a running line)."""
    ed = Editor("p", text)
    edits = []
    for line in taken:
        at = text.index(line + "\n")
        edits.append(Edit(at, at + len(line) + 1, "", "boilerplate.site_repeat", "delete"))
    if edits:
        ed.apply("boilerplate", sorted(edits, key=lambda e: e.start))
    RepairStage()(ed)
    return ed.text


def _page(cut: str, mark: str, rest: str) -> str:
    return f"溪桥镇文化站工作简报\n\n{_LEAD}\n{cut}\n\n{mark}\n\n{rest}\n{_TAIL}\n"


# jump lines framed by leader marks or brackets, in both scripts
_JUMPS = [
    ("合唱队排练完已经很晚，大家把椅子", "…… 续 P.5 ……", "搬回仓库才各自回家。"),
    ("讀書會的成員輪流帶點心，這個月輪到", "…… 續 P.6 ……", "東邊巷口的陳家負責。"),
    ("志愿者们分成三组轮流值", "—— 转第4版 ——", "班，每组负责一个村的流动书箱。"),
    ("下个月还将邀请县里的老师", "** 下转第2页 **", "来讲授剪纸和竹编两门手艺。"),
    ("村里的老人说这片林子是", "【接上页】", "六十年代种下的，如今已经成材。"),
]


@pytest.mark.parametrize(
    "cut,mark,rest", _JUMPS, ids=["leaders-p", "trad", "dashes", "stars", "bracket"]
)
def test_a_jump_line_in_any_frame_is_crossed_and_the_clause_joined(
    cut: str, mark: str, rest: str
) -> None:
    out = _repaired(_page(cut, mark, rest))
    assert f"{cut}{rest}" in out, out
    assert mark not in out
    assert _LEAD in out and _TAIL in out


@pytest.mark.parametrize(
    "mark",
    ["…… 续 ……", "……接着说……", "（见第3页）", "转第5版", "★ 续 ★"],
    ids=["no-page", "words", "cross-ref", "bare", "stars-no-page"],
)
def test_a_framed_line_naming_no_page_stays(mark: str) -> None:
    cut, rest = "下个月还将邀请县里的老师", "来讲授剪纸和竹编两门手艺。"
    out = _repaired(_page(cut, mark, rest))
    assert mark in out, out
    assert f"{cut}{rest}" not in out


# a sheet's running line with its ordinal, taken by the site's repetition
_SHEETS = [
    ("依据镇里的年度计划，漂流书箱有两处放在", "〔某镇网站·打印预览　第2张〕", "村卫生室门口。"),
    ("报名时间为3月1日至3月9日，逾期的", "溪桥日报　第3版", "申请留到下一期再办。"),
    ("站里的志愿者们每周三下午轮流", "某某月刊 ｜ P.4", "值班，负责整理新到的图书。"),
]


@pytest.mark.parametrize("cut,sheet,rest", _SHEETS, ids=["bracketed-zhang", "ban", "p-dot"])
def test_a_taken_sheet_line_with_its_ordinal_turns_the_page(
    cut: str, sheet: str, rest: str
) -> None:
    assert sheet_ordinal(sheet)
    out = _repaired(_page(cut, sheet, rest), [sheet])
    assert f"{cut}{rest}" in out, out
    assert _LEAD in out and _TAIL in out


def test_a_taken_running_line_without_an_ordinal_turns_no_page() -> None:
    cut, rest = "站里的志愿者们每周三下午轮流", "值班，负责整理新到的图书。"
    line = "某某网　打印预览"
    assert not sheet_ordinal(line)
    out = _repaired(_page(cut, line, rest), [line])
    assert f"{cut}{rest}" not in out, out
    assert cut in out and rest in out


@pytest.mark.parametrize(
    "cut,rest",
    [
        ("阅览室周末照常开放。", "借书只需出示身份证登记即可。"),  # a whole sentence above
        ("活动当天请大家提前到场", "联系电话：0731-5550123"),  # a label row below
        ("溪口村文化站\u3000赵某某", "附件是报名表。"),  # a row of cells above
    ],
    ids=["sentence-end", "label-row", "cell-row"],
)
def test_a_taken_sheet_line_joins_no_whole_line(cut: str, rest: str) -> None:
    sheet = "〔某镇网站·打印预览　第2张〕"
    out = _repaired(_page(cut, sheet, rest), [sheet])
    assert f"{cut}{rest}" not in out, out
    assert cut in out and rest in out


@pytest.mark.parametrize(
    "line",
    ["详见第2页。", "第2张", "请翻到第2页", "共有3张桌子　第2张", "本报讯，第3版刊登了通知"],
)
def test_sheet_ordinal_look_alikes(line: str) -> None:
    assert not sheet_ordinal(line)
