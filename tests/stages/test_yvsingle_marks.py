"""A print view's page mark framed by ornament runs, on the page or taken out.

Class: **a page ordinal (``第N页``) with a short label of the view before it or none,
framed on both sides by a run of ornaments spaced apart or not**
(``·　·　·　打印第2页　·　·　·``, ``＊＊＊　某某打印稿　第3页　＊＊＊``).  Left on the
page it is a weak break mark (``break_marks``): it joins the clause it cuts, and a mark
between two whole paragraphs goes without a join.  Taken out by the boilerplate stage
(the chrome line model reads it as chrome), the gap it left is crossed as the mark
would have been (:func:`~cleaner.stages.page_folio.counted_points` asked with the
join's own shapes).  Look-alikes: a framed cross reference (``—— 详见第3页 ——``) and a
short line over a gap where an ordinary chrome line was taken out.  All text invented.
"""

from __future__ import annotations

import pytest

from cleaner.edits import Edit, Editor
from cleaner.stages.repair import RepairStage

_ABOVE = "本馆今年共接待读者三万余人次，其中青少年读者占四成以上，"
_CUT = "各分馆将于下月起延长周末开放时间，读者可通过微信公众号"
_REST = "预约座位，也可以到服务台现场登记。"
_BELOW = "读者如有意见和建议，可以随时向服务台反映。"


def _repaired(text: str, taken: list[tuple[str, str]] = []) -> str:  # noqa: B006
    ed = Editor("p", text)
    edits = [
        Edit(text.index(line + "\n"), text.index(line + "\n") + len(line) + 1, "", rule, "delete")
        for rule, line in taken
    ]
    if edits:
        ed.apply("boilerplate", sorted(edits, key=lambda e: e.start))
    RepairStage()(ed)
    return ed.text


_MARKS = [
    "·　·　·　打印第2页　·　·　·",
    "＊＊＊　借阅指南打印稿　第3页　＊＊＊",
    "—— 第2页 ——",
    "※※ 打印版第4页 ※※",
]


@pytest.mark.parametrize("mark", _MARKS)
def test_a_framed_print_mark_on_the_page_joins_the_clause_it_cuts(mark: str) -> None:
    out = _repaired(f"{_ABOVE}\n{_CUT}\n\n{mark}\n\n{_REST}\n{_BELOW}\n")
    assert f"{_CUT}{_REST}" in out, out
    assert "第" not in out.replace(_ABOVE, "").replace(_CUT, "").replace(_REST, ""), out


@pytest.mark.parametrize("mark", _MARKS[:2])
def test_a_framed_print_mark_taken_out_still_joins_the_clause(mark: str) -> None:
    text = f"{_ABOVE}\n{_CUT}\n\n{mark}\n\n{_REST}\n{_BELOW}\n"
    out = _repaired(text, [("boilerplate.line_model", mark)])
    assert f"{_CUT}{_REST}" in out, out


def test_a_framed_cross_reference_is_no_page_mark() -> None:
    ref = "—— 详见第3页 ——"
    out = _repaired(f"{_ABOVE}\n{_CUT}\n\n{ref}\n\n{_REST}\n{_BELOW}\n")
    assert ref in out and f"{_CUT}{_REST}" not in out, out


def test_a_gap_left_by_other_chrome_is_not_crossed() -> None:
    chrome = "◎打印本页　◎返回上页　◎关闭窗口"
    text = f"{_ABOVE}\n{_CUT}\n\n{chrome}\n\n{_REST}\n{_BELOW}\n"
    out = _repaired(text, [("boilerplate.line_model", chrome)])
    assert f"{_CUT}{_REST}" not in out and _CUT in out and _REST in out, out
