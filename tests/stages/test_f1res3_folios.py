"""A folio that names its page in words, cutting a sentence (issue 12, f1res3), in the
shapes :mod:`cleaner.stages.folio_cuts` did not read before:

* the page word before its number (``頁2``, ``页 3``, ``頁 4/9``) after a running title;
* a print view's frame of full-width or box rules round the line (``－ … －``,
  ``─ … ─``, ``━ … ━``);
* the page turned inside a sentence's first clause: the line above holds no clause mark
  yet.  That line must be long (a printed line's width, no gap) and go on a block whose
  last line ends without a sentence's end (a field row's value); a heading over the folio,
  standing alone or under a paragraph's full stop, is never glued to the text under it.

Look-alikes that stay: a sentence naming a page, a page word in a table's cell, a short
heading, a long heading alone or under a full stop, a framed note.  Every word is invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from cleaner.stages.folio_cuts import cut_folios
from tests.stages.river_prose import P1, P2
from tests.stages.stage_runs import site_titles

CUT = "简介：作者走访各地，整理成浅显易读的"
GOES_ON = "文字，适合细细品味。"


@pytest.mark.parametrize(
    "folio",
    [
        "－ 某市排球协会‧第五轮赛果　頁2 －",
        "─ 某县气象台·旬报打印稿　页 3 ─",
        "━ 某县农技站·简报汇编　頁 4/9 ━",
        "某区志愿者协会　活动简报　页2",
    ],
)
def test_a_page_word_before_its_number_is_a_worded_folio(folio: str, tmp_path: Path) -> None:
    page = ["某书目", "", P1, "", CUT, "", folio, "", GOES_ON]
    assert cut_folios(page) == [6]
    ((_, out),) = site_titles(tmp_path, [page])
    assert folio not in out
    assert CUT + GOES_ON in out
    assert P1 in out


@pytest.mark.parametrize(
    "line",
    [
        "详见附录，頁2。",  # a sentence naming a page
        "某厂　型号 XP2",  # a model
        "－ 未完待续 －",  # a framed note, no number
        "页码　12",  # a label, a gap: no page word glued to its number
        "页面2",  # a word beginning with the page word
    ],
)
def test_page_word_look_alikes_cut_nothing(line: str) -> None:
    page = ["某书目", "", P1, "", CUT, "", line, "", GOES_ON]
    assert cut_folios(page) == [], line


# ---- the page turned inside the first clause


@pytest.mark.parametrize(
    ("row", "above", "below", "folio"),
    [
        (
            "竞得人：某某置业有限公司",
            "该宗地于二〇二一年二月在某市公共资源交易中心以拍卖方式",
            "公开出让，经过多轮竞价，由竞得人以最高报价竞得。",
            "— 某市资源 · 出让公示 · 第2页 —",
        ),
        (
            "申请单位：某某县农业技术推广站",
            "本站于今年三月在全县十二个乡镇的示范田里开展了病虫害绿色防控",
            "试验，共投入人员四十余名，效果良好。",
            "－ 某县农技简报　頁3 －",
        ),
        (
            "承办处室：某某科",
            "经研究你反映的老旧小区屋面渗漏问题已经列入今年的维修计划并安排",
            "施工队于下月进场，请耐心等候。",
            "某区信访答复汇编　第 5 页",
        ),
    ],
)
def test_a_long_line_without_a_clause_mark_breaks_off_over_a_worded_folio(
    row: str, above: str, below: str, folio: str, tmp_path: Path
) -> None:
    page = ["某汇编", "", P1, "", row, above, "", folio, "", below, "", P2]
    assert cut_folios(page) == [7]
    ((_, out),) = site_titles(tmp_path, [page])
    assert folio not in out
    assert above + below in out
    assert row in out


HEADING = "某市东区河滨路以西十二号地块国有建设用地使用权挂牌出让结果公示"
FOLIO = "— 某市资源 · 出让公示 · 第2页 —"
UNDER = "公开出让，经过多轮竞价，由竞得人以最高报价竞得。"


@pytest.mark.parametrize(
    "before",
    [
        [""],  # a heading standing alone between blank lines
        ["上一段话已经说完了。"],  # a heading glued under a paragraph's full stop
        ["（以上为第一批名单）"],  # under a closing bracket
    ],
)
def test_a_long_heading_over_a_worded_folio_is_not_glued_to_the_text(
    before: list[str], tmp_path: Path
) -> None:
    page = ["某汇编", "", P1, *before, HEADING, "", FOLIO, "", UNDER, "", P2]
    assert cut_folios(page) == []
    ((_, out),) = site_titles(tmp_path, [page])
    assert HEADING + UNDER not in out
    assert HEADING in out
    assert UNDER in out


def test_short_or_gapped_lines_without_a_clause_mark_do_not_break_off() -> None:
    for above in (
        "第三章　出让程序与公示规定",
        "某区某某路十二号地块结果",
        "某某　某某　某某　某某　某某某某某某某某某某某某",
    ):
        page = ["某汇编", "", P1, "", "竞得人：某公司", above, "", FOLIO, "", UNDER]
        assert cut_folios(page) == [], above


def test_a_running_folio_still_needs_a_clause_mark() -> None:
    # a titled folio proven only by its run: the clause-less reading is the worded folio's
    long = "本站于今年三月在全县十二个乡镇的示范田里开展了病虫害绿色防控"
    page = ["某刊月报　第三期", "", "竞得人：某公司", long, "", "某刊月报　·　7", "", "试验，好。"]
    assert cut_folios(page) == []
