"""A lone page's two plain words under its title are its authors only on a paper.

``split_papers.rows_under_title`` read any row of two short Han words apart by spaces
under a lone page's title as its authors and took it out of the text: a notice's
``一号楼　东侧`` (a place) became its author.  The row is read now only where the page
shows it is a paper (marks, a list's commas, an affiliation row, the abstract below);
else it stays in the text (``paper_evidence``).
"""

from __future__ import annotations

from cleaner.config import PipelineConfig
from cleaner.model import RawInput
from cleaner.pipeline import Pipeline
from cleaner.stages.split_papers import paper_evidence

PROSE = "本周三起北侧电梯停运检修，预计三天完成，请大家改走西侧楼梯，给您带来不便敬请谅解。"
PROSE2 = "检修期间如有急事，请拨打服务台电话，值班人员将第一时间上门协助各位住户搬运物品。"


def _run(lines: list[str]):  # type: ignore[no-untyped-def]
    text = "\n".join(lines) + "\n"
    return Pipeline(PipelineConfig()).process(RawInput(source="p.txt", data=text.encode()), 0)


def test_two_plain_words_under_a_notice_title_stay_text() -> None:
    for row in ("三号楼　北侧", "李四　主任"):
        art = _run(["关于电梯检修的通知", row, PROSE, PROSE2]).articles[0]
        assert row in art.text, row
        assert "author" not in art.meta


def test_a_paper_s_plain_name_row_is_still_its_authors() -> None:
    art = _run(["渡口方言的几个特点", "某甲　某乙", "摘　要：" + PROSE, PROSE2]).articles[0]
    assert art.meta.get("author") == "某甲　某乙"
    assert "某甲" not in art.text and PROSE2 in art.text


def test_marks_commas_and_affiliations_are_a_paper_s_evidence() -> None:
    assert paper_evidence("某甲¹，某乙²", [])
    assert paper_evidence("某甲、某乙", [])
    assert paper_evidence("某甲　某乙", ["（1. 河湾师专文学院）"])
    assert paper_evidence("某甲　某乙", ["关键词：方言；语音"])
    assert not paper_evidence("三号楼　北侧", [PROSE])
