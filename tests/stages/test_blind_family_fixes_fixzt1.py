"""Fixes for set zt's compiled case pages (branch fixzt1), in wordings of their own, with
look-alikes that stay:

* numbered headers written as sentences (``2.某单位某人某事问题。``), each piece closed by a
  row of its own fields (a one-row table flattened into tab-parted cells): the pieces are
  documents; the title is the header without its number and its full stop, the row is
  the piece's metadata (:mod:`split_closed`).  A single article whose numbered sections
  close with prose, or whose sections are closed by a row only some of the time, stays one;
* the last piece's row, standing below the body's last prose line, is kept by the
  site-repeat pass when a row of the same form closes an earlier piece the same way
  (:mod:`echoed_rows`); a row of another form is not.

Every word is invented.
"""

from __future__ import annotations

import pytest

from cleaner.stages.echoed_rows import echoed_row, same_form
from cleaner.stages.split_closed import closed_by_rows, unstopped
from tests.stages.family_figures import assert_floors
from tests.stages.stage_runs import split

HEAD = ["河湾区水务通报三则", "前不久，河湾区对几件事作了调查，情况如下："]
CASES = [
    ("1.东坡乡水站原站长某某私用抽水机问题。", "2021.05.06"),
    ("2.西岭镇灌渠管理所某某虚报维修费用问题。", "2021.05.11"),
    ("3.南沟村护堤员某某长期脱岗问题。", "2021.05.19"),
]
P1 = "经了解，此人在两年里多次把站里的设备拉回自家田里使用，还对外出租收取了费用。"
P2 = "此事已经调查清楚，当事人写了检讨，相关费用全部退还，单位负责人也作了说明。"


def _page(rows: list[bool]) -> list[str]:
    lines = list(HEAD)
    for (head, day), row in zip(CASES, rows, strict=True):
        lines += [head, P1, P2]
        if row:
            lines.append(f"经手\t河湾区水务科\t办结\t{day}")
    return [*lines, "以上几件事，大家都要引以为鉴。"]


def test_pieces_closed_by_rows_are_documents() -> None:
    arts = split(_page([True, True, True]))
    assert [a.title for a in arts] == [
        "东坡乡水站原站长某某私用抽水机问题",
        "西岭镇灌渠管理所某某虚报维修费用问题",
        "南沟村护堤员某某长期脱岗问题",
    ]
    assert [a.meta.get("published") for a in arts] == ["2021-05-06", "2021-05-11", "2021-05-19"]
    assert all(P1 in a.text and "经手" not in a.text for a in arts)


@pytest.mark.parametrize("rows", [[False, False, False], [True, False, True]])
def test_numbered_sections_without_their_rows_stay_one_article(rows: list[bool]) -> None:
    arts = split(_page(rows))
    assert len(arts) == 1
    assert all(head in arts[0].text for head, _ in CASES)


def test_closed_pieces_need_prose_over_each_row() -> None:
    row = "经手\t某科\t办结\t2021.05.06"
    assert closed_by_rows([[P1, row], [P2, row]], lambda s: s == row)
    assert not closed_by_rows([[row], [P2, row]], lambda s: s == row)  # a row alone
    assert not closed_by_rows([[P1, row], [P2]], lambda s: s == row)  # the last has none


@pytest.mark.parametrize(
    ("title", "want"),
    [
        ("南沟村护堤员某某长期脱岗问题。", "南沟村护堤员某某长期脱岗问题"),
        ("经了解，此人多次脱岗。", "经了解，此人多次脱岗。"),  # a sentence stays a sentence
        ("南沟村护堤员", "南沟村护堤员"),
    ],
)
def test_unstopped(title: str, want: str) -> None:
    assert unstopped(title) == want


class _Hit:
    kind = "shape"


def test_the_last_piece_row_echoes_the_rows_above() -> None:
    page = ["标题", P1, "经手\t东坡科\t办结\t2021.05.06", P2, "经手\t西岭科\t办结\t2021.05.11"]
    assert echoed_row(page, 4, {4: _Hit()}, 0)
    other = [*page[:2], "浏览\t12次\t来源\t本站", *page[3:]]  # another form: no echo
    assert not echoed_row(other, 4, {4: _Hit()}, 0)
    assert not same_form("经手\t东坡科", "经手\t东坡科")  # one line repeated: no row of its own


def test_set_zt_tongbao_holds_its_floor() -> None:
    assert_floors(
        "sealed_zt_tongbao",
        {"content_f1": 0.88, "titles": 1.0, "counts": 1.0, "metadata": 0.45},
        residue=0.1,
    )
