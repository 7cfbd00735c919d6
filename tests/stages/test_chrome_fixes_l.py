"""Chrome and repair fixes for the eleventh blind set (sealed_l_*; issue 12, fix12lc), each
kind as a small case in wordings of its own, with look-alikes that must stay:

* an image placeholder line (``〖图1〗``, ``[图片2]``) cutting a paragraph mid-word is a
  numbered mark whose run may start at 1 where the site prints the shape;
* a credits line of two or more editorial roles with short names (``责编：某　审核：某``);
* a dressed page title parted by a dash right after a closing bracket, with an uploader
  bar (long, no sentence in it) between it and the document's own title.

Every word is invented.
"""

from __future__ import annotations

import pytest

from cleaner.edits import Editor
from cleaner.provenance import rebuild
from cleaner.stages.seo_titles import dressed_title
from tests.stages.stage_runs import boil
from tests.stages.test_page_marks import CUT_A, CUT_B, P1, P2, joins
from tests.test_repair_context import STAGE, repaired

P3 = "各村要组织技术员下田指导，发现病虫害苗头及时上报，统一防治。"


def _placeholder_page(mark: str) -> str:
    return f"{P1}\n\n{CUT_A}\n\n{mark}\n\n{CUT_B}\n\n{P2}"


@pytest.mark.parametrize("mark", ["〖图1〗", "[图片1]", "（图2）"])
def test_an_image_placeholder_cutting_a_word_is_crossed_where_the_site_prints_it(
    mark: str,
) -> None:
    page = _placeholder_page(mark)
    ed = Editor("p", page)
    STAGE(ed, site_shapes=lambda line: line == mark)  # every page of the site shows one
    assert joins(ed) == [mark] and f"{CUT_A}{CUT_B}" in ed.text
    assert rebuild(ed.text, ed.changes) == page


def test_an_image_placeholder_without_site_evidence_stays() -> None:
    ed = repaired(_placeholder_page("〖图1〗"))
    assert joins(ed) == [] and "〖图1〗" in ed.text


def test_a_bare_note_number_from_1_stays_even_where_the_site_prints_it() -> None:
    page = _placeholder_page("[1]")
    ed = Editor("p", page)
    STAGE(ed, site_shapes=lambda line: line == "[1]")
    assert joins(ed) == [] and "[1]" in ed.text


@pytest.mark.parametrize(
    "line",
    ["责编：田禾　审核：江一", "编辑：木子 | 校对：小舟 | 终审：石青", "排版/阿土　监制/老周"],
)
def test_a_credits_line_of_editorial_roles_goes(line: str) -> None:
    out = boil([P1, P2, line, P3])
    assert line not in out and P2 in out and P3 in out


@pytest.mark.parametrize(
    "line",
    [
        "责编：田禾",  # one role alone: a byline, left to the other rules
        "审核：经研究，同意按计划实施。",  # a sentence after the label
        "编辑部：田禾　审核组：江一",  # not the role words
    ],
)
def test_credit_look_alikes_stay(line: str) -> None:
    assert line in boil([P1, P2, line, P3])


def test_a_title_dressed_after_a_closing_bracket_over_a_long_bar() -> None:
    bar = "上传者：某某 ◇ 阅读 1 ◇ 评分 8/10 ◇ 页数 4 ◇ 格式 doc ◇ 大小 20K ◇ 下载 3"
    page = ["林场防火调查（修订版）- 某某文库", bar, "林场防火调查", P1]
    assert dressed_title(page, site_words=("文库",)) == 0
    # prose before the title ends the search; a bracket without a dash parts nothing
    assert dressed_title([page[0], P1, "林场防火调查"], site_words=("文库",)) is None
    assert dressed_title(["林场防火调查（修订版）-某某文库", bar, "林场防火调查"]) is None


ITEM_1 = "（一）护林队员须每周巡山两次，确保各项措施落地见效，本月共巡查林地12处，发现隐患3处。"
ITEM_2 = "（二）村护林员 须落实巡查记录，确保各项措施落地见效，本月共巡查林地9处，发现隐患2处。"
TITLED_1 = "（一）总体思路 以预防为主，坚持群防群治，确保各项措施落地见效，全面完成防火任务。"
TITLED_2 = "（二）目标任务 到年底全面完成林区改造，做到应改尽改，确保各项措施落地见效，群众满意。"


def test_a_stray_space_after_an_item_number_goes_where_the_siblings_run_on() -> None:
    from tests.test_repair_context import repaired as rep

    ed = rep(f"{ITEM_1}\n{ITEM_2}")
    assert ed.text == f"{ITEM_1}\n{ITEM_2.replace(' ', '')}"


@pytest.mark.parametrize(
    "page",
    [f"{TITLED_1}\n{TITLED_2}", ITEM_2],  # run-in titles in every item; no sibling to read
)
def test_the_gap_of_run_in_item_titles_stays(page: str) -> None:
    assert repaired(page).text == page
