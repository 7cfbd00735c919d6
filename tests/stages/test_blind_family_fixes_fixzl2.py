"""Fixes for set zl's exam notice (fixzl2).

* A numbered item (``（二）…``) cut by a PDF page mark (``－ 2 －``) with no comma before the
  cut was kept as two paragraphs: a numbered line without clause punctuation read as a
  heading.  When a sibling item of the page (the same marker, another number) holds a
  whole sentence, the list's items are sentences, and the text under the mark that opens
  with a Han letter and ends a sentence is the rest of the cut item
  (:meth:`JoinRule._item_cut`).

* A notice's title between its bracketed info row (``【发布时间：…】【来源：…】``) and its
  document number (``某发〔2021〕3号``) under a site's nav row: the nav row was taken for
  the title (a bare title right over the block).  When the line right under the block's
  last row is no title, the one line between its first two rows is looked at
  (:meth:`MetaParser.title_below`): a title there makes the lines above the page's head.

Look-alikes that stay: a numbered heading over a page mark whose siblings are headings;
an item whose sibling has another marker (``一、`` against ``（一）``); a cut item whose
text under the mark opens an item of its own; a sentence between the info row and the
number (the nav row over them stays the text's).  Every word is invented.
"""

from __future__ import annotations

from tests.stages.family_figures import assert_floors
from tests.stages.stage_runs import repair, split

FIRST = "（一）各报名点须按时核对学员的登记表格，本期共有学员305人，确保流程顺畅。"
CUT = "（二）各报名点要及时收齐学员的身份证明"
TAIL = "复印件，本期共有学员412人，务必妥善保管。"


def _page(cut: str, tail: str, first: str = FIRST) -> str:
    lines = ["为做好本期培训报名工作，现将有关事项通知如下。", "二、报名办法", first]
    lines += [cut, "", "－ 2 －", "", tail, "三、其他事项", "联系电话见官网公告栏目。"]
    return "\n".join(lines) + "\n"


def test_a_sentence_item_cut_by_a_page_mark_is_joined() -> None:
    out = repair(_page(CUT, TAIL))
    assert CUT + TAIL + "\n" in out
    assert "－ 2 －" not in out


def test_a_heading_over_a_page_mark_stays_a_line() -> None:
    # the siblings are headings: no sentence item on the page
    heading = "各报名点要收齐学员的材料，务必妥善保管。"
    out = repair(_page("（二）材料收取", heading, first="（一）安排"))
    assert "（二）材料收取\n" in out
    # the sibling has another marker: no evidence the list is of sentences
    out = repair(_page(CUT, TAIL, first="一、" + FIRST[3:]))
    assert "身份证明复印件" not in out
    # the text under the mark opens an item of its own
    out = repair(_page(CUT, "（三）复印件要妥善保管。"))
    assert "身份证明（三）" not in out


def test_the_exam_notice_family_floor() -> None:
    assert_floors(
        "sealed_zl_zhengji",
        {"content_f1": 0.97, "titles": 0.95, "repairs": 0.95, "counts": 0.95, "metadata": 0.95},
    )


NAV = "某某学习网　课程中心　考试报名　成绩查询　资料下载"
ROW = "【发布时间：2021-03-09 09:12】【来源：某某培训中心】【浏览次数：308】"


def _notice(title: str) -> list[str]:
    return [NAV, ROW, title, "某培字〔2021〕12号", "各报名点：", FIRST, "某某培训中心"]


def test_a_title_between_its_info_row_and_its_number() -> None:
    (draft,) = split(_notice("关于做好本期培训报名工作的通知"))
    assert draft.title == "关于做好本期培训报名工作的通知"
    assert draft.meta.get("doc_number") == "某培字〔2021〕12号"
    assert NAV not in draft.text


def test_a_sentence_between_the_rows_is_no_title() -> None:
    (draft,) = split(_notice("本期培训报名工作的有关事项，请各报名点阅知。"))
    assert draft.title != "本期培训报名工作的有关事项，请各报名点阅知。"
    assert "本期培训报名工作的有关事项，请各报名点阅知。" in draft.text
