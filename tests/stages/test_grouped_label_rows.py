"""A row of a label and a list grouped by semicolons, over the next labelled row: two rows,
never one cut sentence (``join_lines.label_rows``).  Our own notices, in three wordings
(simplified, traditional, ASCII punctuation); the look-alikes are a sentence that runs on
across a page cut, and a semicolon list whose comma makes it clauses."""

from __future__ import annotations

import pytest

from cleaner.stages.join_lines import label_rows
from tests.test_repair_context import repaired

BODY = "本项目围绕城市更新中的社区参与问题展开调查，归纳出三类协商模式，并提出改进建议。"

ROWS = [
    ("评审专家：组长　林某某 研究员；成员　周某 教授、吴某 副研究员", "项目简介：" + BODY),
    ("口試委員會：召集人　陳某某 教授；委員　王某 教授、李某 副教授", "論文摘要：" + BODY),
    ("评委: 主任 张三; 委员 李四、王五、赵六", "摘要: " + BODY),
]


def page(row: str, nxt: str) -> str:
    # a paginated-looking page: several notices, each with its row over its summary,
    # and a paragraph cut by a page mark (which must be joined)
    block = f"汇报时间：3月2日　14:00\n{row}\n{nxt}\n"
    cut = "各位老师和同学可以自由旁听，请提前十分钟到场签到，并在会场内保持安静，不要随意走动和"
    return f"{block}\n{block}\n{cut}\n- 2 -\n交谈，谢谢配合。\n\n{block}"


@pytest.mark.parametrize(("row", "nxt"), ROWS)
def test_grouped_label_row_is_not_glued_to_the_next_label(row: str, nxt: str) -> None:
    ed = repaired(page(row, nxt))
    lines = ed.text.split("\n")
    # (the repair may give ASCII punctuation its full-width form: compare by the labels)
    head, summary = row[:2], nxt[:2]
    rows = [ln for ln in lines if ln.startswith(head)]
    assert len(rows) == 3
    assert not any(summary in ln for ln in rows)
    assert sum(ln.startswith(summary) for ln in lines) == 3
    # the sentence cut across the break is still joined (the rule keeps rows only)
    assert any(ln.endswith("不要随意走动和交谈，谢谢配合。") for ln in lines)


@pytest.mark.parametrize(("row", "nxt"), ROWS)
def test_label_rows_reads_the_grouped_row(row: str, nxt: str) -> None:
    assert label_rows(row, nxt)


@pytest.mark.parametrize(
    ("cur", "nxt"),
    [
        # a comma makes the semicolon's groups clauses of a sentence
        ("要求：一是加强领导；二是落实责任，确保各项", "工作：按期完成。"),
        # the next line opens with no label: the rest of the sentence
        ("评审专家：组长　林某某 研究员；成员　周某 教授、吴某", "副研究员参加评审。"),
        # a sentence ends inside the row
        ("说明：名单如下；请各位核对。另附", "名单：见附件。"),
    ],
)
def test_look_alikes_are_no_rows(cur: str, nxt: str) -> None:
    assert not label_rows(cur, nxt)
