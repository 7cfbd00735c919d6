"""yofix: a print copy's running folio that cuts a sentence is a page break
(``break_marks`` in ``repair.toml``).

A print view of a site's compilation sets its label and the page number on one line
where the sheet turns, often in the middle of a sentence: the label in brackets ending on
the page word with the number after it (``〔某站·打印页 2〕``), or the label before a
pager's arrows round the number (``某院线·某汇编（打印稿）　‹2›``).  The mark goes and the
two halves of the sentence are joined again; the same line between whole paragraphs,
a bracketed cross reference (``〔见某页 2〕``) and a book title with its volume
(``《某书》〈3〉``) are no such break.

Every site and sentence here is invented.
"""

from __future__ import annotations

import pytest

from cleaner.config import PipelineConfig
from cleaner.model import RawInput
from cleaner.pipeline import Pipeline
from cleaner.stages.page_marks import break_mark
from cleaner.stages.repair_tables import tables

HEAD = "青禾社区服务中心本周活动安排"
P1 = "本周三上午，社区服务中心将在活动室举办老年人智能手机使用培训，由志愿者一对一"
P2 = "讲解挂号、缴费和视频通话的操作方法，欢迎辖区老人报名参加。"
P3 = "周五下午，中心还将组织亲子手工活动，材料由中心统一准备，名额二十组，报完即止。"

FOLIOS = {
    "tortoise shell, print page": "〔青禾社区·打印页 2〕",
    "lenticular, words then the page word": "【青禾周报 网络版 页 2】",
    "angle quotes after the label": "青禾社区·活动汇编（打印稿）　‹2›",
    "guillemets after a spaced label": "青禾社区 打印版 « 2 »",
}


def _run(lines: list[str]) -> str:
    text = "\n".join(lines) + "\n"
    res = Pipeline(PipelineConfig()).process(RawInput(source="p.txt", data=text.encode()), 0)
    return "\n".join(a.text for a in res.articles)


@pytest.mark.parametrize("folio", FOLIOS.values(), ids=list(FOLIOS))
def test_a_print_folio_cutting_a_sentence_goes_and_the_sentence_joins(folio: str) -> None:
    out = _run([HEAD, "", "活动一", P1, "", folio, "", P2, "", "活动二", P3])
    assert folio not in out
    assert P1 + P2 in out.split("\n")
    assert P3 in out


@pytest.mark.parametrize(
    "line",
    [
        "〔见青禾社区页 2〕",  # a cross reference in brackets
        "《青禾往事》〈3〉",  # a book title and its volume
        "（附表 2）",  # an attached table's label
        "见上文 ‹2›",  # a reference to a note
    ],
)
def test_look_alikes_are_no_print_folio(line: str) -> None:
    assert not break_mark(line, tables().break_marks)


def test_a_folio_shape_between_whole_paragraphs_stays_apart() -> None:
    # no sentence is cut: the paragraphs above and below stay two lines
    whole = P1 + "操作。"
    out = _run([HEAD, "", whole, "", "〔青禾社区·打印页 2〕", "", P3])
    assert whole in out.split("\n") and P3 in out.split("\n")
    assert whole + P3 not in out


@pytest.mark.parametrize("folio", FOLIOS.values(), ids=list(FOLIOS))
def test_the_folio_reads_as_a_weak_break_mark(folio: str) -> None:
    assert break_mark(folio, tables().break_marks)
