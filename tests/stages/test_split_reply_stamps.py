"""A reply's rows no reader took (metaread4), in wordings of their own: a question and
its answer closed by the reply's stamp in brackets (``（答复：某科　2031-04-16）``: a label
naming the answer, who answered, the day), and an answerer's credit row between the
question and the answer that holds no day (``解答律师：某某（某所执业律师）``).  Each is
the piece's metadata: the stamp gives the day it was answered and the answering body (its
``origin``, by the label's verb), the credit gives the author; the row leaves the text, on
the record, and every line of the question and the answer stays.  Look-alikes stay text:
an answer's own sentence opened by the same label, a row under a label of another role,
a credit with no question over it.  Every word is invented.
"""

from __future__ import annotations

import pytest

from cleaner.config import PipelineConfig
from cleaner.model import RawInput
from cleaner.pipeline import Pipeline

Q1 = "退休后补缴的社保能不能一次性补齐？"
D1 = "我今年刚退休，中间有三年断缴，听说可以一次性补齐，但窗口说要看具体情况，请问该怎么办？"
A1 = "您好，断缴期间如属于用人单位应缴未缴的，可由单位申请补缴，个人不能自行一次性补齐。"
A2 = "如属于灵活就业期间断缴的，按现行规定不予补缴，可在退休前选择延长缴费至满十五年。"
A3 = "具体以经办窗口审核结果为准，建议携带身份证和参保证明前往办理。"


def _run(lines: list[str]):  # type: ignore[no-untyped-def]
    text = "\n".join(lines) + "\n"
    return Pipeline(PipelineConfig()).process(RawInput(source="p.txt", data=text.encode()), 0)


def _deleted(res) -> list[str]:  # type: ignore[no-untyped-def]
    return [c.before.strip() for c in res.changes if c.stage == "split" and c.action == "delete"]


STAMPS = [
    # round brackets, a full-width gap, a date in digits
    ("（答复：参保登记科　2031-04-16）", "2031-04-16", "参保登记科"),
    # square brackets, a date in words
    ("【回复：社会保险经办中心　2029年11月20日】", "2029-11-20", "社会保险经办中心"),
    # tortoise-shell brackets, dots in the date
    ("〔解答：城西税务分局　2028.02.03〕", "2028-02-03", "城西税务分局"),
    # no brackets, a label naming the answering unit, slashes in the date
    ("答复单位：南渚县医疗保障局　2030/06/19", "2030-06-19", "南渚县医疗保障局"),
]


@pytest.mark.parametrize(("stamp", "day", "unit"), STAMPS)
def test_reply_stamp_closing_the_answer_is_read(stamp: str, day: str, unit: str) -> None:
    res = _run([Q1, D1, A1, A2, A3, stamp])
    [art] = res.articles
    assert art.meta.get("published") == day
    assert art.meta.get("origin") == unit  # the answering body: where the answer comes from
    assert stamp not in art.text
    assert stamp in _deleted(res)  # on the record
    for line in (D1, A1, A2, A3):
        assert line in art.text


def test_reply_stamp_under_a_page_of_answers_dates_each_piece() -> None:
    qs = [
        ("异地缴存的公积金能不能在本市贷款？", "2031-12-27", "信贷管理科"),
        ("提前还款每年可以办几次？", "2031-12-22", "城南管理部"),
        ("租房提取需要带哪些材料？", "2031-12-11", "提取审核科"),
    ]
    lines = ["某市公积金中心　常见问题（本页共3问）", ""]
    for n, (q, day, unit) in enumerate(qs, 11):
        lines += [f"【Q{n}】　标签：业务咨询", q, f"答：{A1}", A2, f"（答复：{unit}　{day}）", ""]
    res = _run(lines)
    arts = res.articles
    assert len(arts) == 3
    for art, (_q, day, unit) in zip(arts, qs, strict=True):
        assert art.meta.get("published") == day
        assert art.meta.get("origin") == unit
        assert "答复：" not in art.text
        assert A2 in art.text


LOOKALIKES = [
    # the answer's own sentence opened by the label: text
    "答复：经研究，同意你单位于2031年4月9日提出的延期申请，请按期补齐材料。",
    # a closing row under another role's label: no reply's stamp
    "（统计员：某某某　2031-04-16）",
]


@pytest.mark.parametrize("row", LOOKALIKES)
def test_rows_like_a_reply_stamp_stay_text(row: str) -> None:
    res = _run([Q1, D1, A1, A2, A3, row])
    [art] = res.articles
    assert row in art.text
    assert art.meta.get("origin") is None


CREDITS = [
    ("解答律师：柯明远（某某律师事务所执业律师）", "柯明远"),
    ("回复医生：孙若岚（某某医院内分泌科主治医师）", "孙若岚"),
    ("答复专家：韦一帆", "韦一帆"),
    ("回答者：简一舟（某某大学法学院副教授）", "简一舟"),
]


@pytest.mark.parametrize(("credit", "name"), CREDITS)
def test_answerer_credit_without_a_day_gives_the_author(credit: str, name: str) -> None:
    res = _run([Q1, D1, credit, A1, A2, A3])
    [art] = res.articles
    assert art.meta.get("author") == name
    assert credit not in art.text
    assert credit in _deleted(res)
    for line in (D1, A1, A2, A3):
        assert line in art.text


def test_answerer_credit_under_a_head_row_keeps_the_head_fields() -> None:
    head = "咨询单号 Q310416221　┆　劳动争议　┆　提问于 2031-04-16"
    res = _run([Q1, head, D1, "解答律师：柯明远（某某律师事务所合伙人）", A1, A2, A3])
    [art] = res.articles
    assert art.meta.get("author") == "柯明远"
    assert art.meta.get("published") == "2031-04-16"


@pytest.mark.parametrize(
    "row",
    [
        "主治医师：孙若岚（某某医院内分泌科）",  # a role, no word of answering
        "解答思路：先分清断缴的原因，再看能否补缴",  # a heading of the answer's text
        "本期嘉宾：孙若岚（某某医院内分泌科主任）",  # a guest: the one spoken with
        "答复专家：韦一帆　答复地点：某某社区服务站",  # a second cell no reader takes
    ],
)
def test_rows_like_an_answerer_credit_stay_text(row: str) -> None:
    res = _run([Q1, D1, row, A1, A2, A3])
    [art] = res.articles
    assert row in art.text
    assert art.meta.get("author") is None


def test_answerer_credit_without_a_question_stays_text() -> None:
    title = "本市社保补缴政策调整说明"
    body = "自下月起，断缴期间的补缴改由单位统一申请，个人不再单独办理。"
    credit = "解答律师：柯明远（某某律师事务所执业律师）"
    res = _run([title, body, credit, A1, A2, A3])
    [art] = res.articles
    assert credit in art.text
