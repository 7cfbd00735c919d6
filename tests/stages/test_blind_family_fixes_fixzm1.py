"""Fixes for set zm's hotline digest (fixzm1): questions each over a row of bracketed tags.

* a row made only of bracketed cells, one of them dated (``〔某类〕〔答复日期：…〕〔浏览 N〕``),
  under each of several questions is each piece's dated row (:mod:`split_asked`): the
  question opens the piece as its title and first line, the row is read out as its
  ``published``; one such row on a page, a row of tags with no date, a dashed scene
  break in a story split nothing;
* the questions and rows of such a run outrank the site's memory and the line model: a
  question the site asks again issue after issue, or the tag row the model scores as a
  bar, stays for the split;
* a labelled close glued under the last piece's prose (``依据：《某规定》``) is text when a
  close of the same label ends an earlier piece of the page, however often the site
  prints its value; alone, it keeps the site's reading.

Every word is invented.
"""

from __future__ import annotations

import pytest

from cleaner.stages.glued_closes import echoed_close
from cleaner.stages.split_asked import _cell_date, asked_heads, dated_tail_row
from tests.stages.family_figures import assert_floors
from tests.stages.stage_runs import boil, site_stage, split

DASH = "- - - - - - - - - - - -"
ANSWER = [
    "答：可以。按照现行办法，申请人应当在规定期限内通过网上大厅或者服务窗口办理该事项。",
    "具体步骤是先登录网上大厅，在我要办理栏目下找到对应模块，如遇提示异常可以先核对登记信息。",
]
QUESTIONS = [
    ("园区企业搬迁后还需要重新办理登记吗？", "登记", "2021-06-02"),
    ("个人代缴的费用可以申请退回吗？", "缴费", "2021-06-09"),
    ("年度报告填错了能否更正？", "年报", "2021-06-15"),
]


def _digest() -> list[str]:
    page = ["某某服务中心热点问答（2021年第6期）", "整理：某某服务中心　本期共3问", ""]
    for n, (q, tag, day) in enumerate(QUESTIONS):
        if n:
            page.append(DASH)
        page += [
            q,
            f"〔{tag}〕〔答复日期：{day}〕〔浏览 {300 + n}〕",
            *ANSWER,
            "依据：《某某办法》",
            "",
        ]
    return [*page, "以上问答依据答复时的办法整理，如有调整以最新规定为准。"]


def test_bracketed_cell_rows_read_their_date() -> None:
    m = _cell_date("〔登记〕〔答复日期：2021-06-02〕〔浏览 30〕")
    assert m is not None and m[0] == "2021-06-02"
    m = _cell_date("【登记】 【2021年6月2日】")
    assert m is not None and m[0] == "2021年6月2日"
    assert _cell_date("[登记] [日期：2021-06-02 09:30] [阅读 8]") is not None
    # one cell alone, cells without a date, two dates, a sentence after a tag
    assert _cell_date("〔答复日期：2021-06-02〕") is None
    assert _cell_date("〔登记〕〔缴费〕〔年报〕") is None
    assert _cell_date("〔2021-06-02〕〔2021-06-09〕") is None
    assert dated_tail_row("〔登记〕园区企业在2021-06-02搬迁。") is None


def test_questions_over_tag_rows_split_with_their_dates() -> None:
    drafts = split(_digest())
    assert [d.title for d in drafts] == [q for q, _, _ in QUESTIONS]
    assert [d.meta.get("published") for d in drafts] == [day for *_, day in QUESTIONS]
    for d, (q, *_) in zip(drafts, QUESTIONS, strict=True):
        assert d.text.strip().splitlines()[0] == q  # the question stays its first line
        assert "〔" not in d.text and DASH not in d.text  # the row and the rule go
        assert ANSWER[0] in d.text and "依据：《某某办法》" in d.text


def test_one_tag_row_or_no_dated_row_stays_one_article() -> None:
    # a single Q&A page with its one tag row
    single = [QUESTIONS[0][0], "〔登记〕〔答复日期：2021-06-02〕〔浏览 30〕", *ANSWER]
    assert len(split(single)) == 1
    # a list of bracketed tags under one title: no date in them
    tags = [
        "园区春季开放日安排",
        "〔活动〕〔园区〕〔开放日〕",
        *ANSWER,
        "〔参观〕〔讲解〕",
        *ANSWER,
    ]
    assert len(split(tags)) == 1
    # a story whose dashed line is a scene break
    story = ["雨后的小镇", ANSWER[0], ANSWER[1], DASH, "第二天一早，他又去了那条街吗？", ANSWER[1]]
    assert len(split(story)) == 1


def test_titles_over_tag_rows_split_as_headers() -> None:
    page = ["某中心动态（第6期）", ""]
    for n, (title, day) in enumerate(
        (("园区登记办法调整", "2021-06-02"), ("代缴费用退回说明", "2021-06-09"))
    ):
        if n:
            page.append("———————")
        page += [title, f"【动态】【发布：{day}】【阅读 {n + 30}】", *ANSWER, ""]
    drafts = split(page)
    assert [(d.title, d.meta.get("published")) for d in drafts] == [
        ("园区登记办法调整", "2021-06-02"),
        ("代缴费用退回说明", "2021-06-09"),
    ]
    for d in drafts:  # a plain title is its piece's header, as any title over its row
        assert d.text.strip().splitlines() == ANSWER


def test_a_list_of_titles_over_tag_rows_without_text_stays() -> None:
    # a related-items list: titles each over a dated row of cells, no answer under any
    page = ["园区登记办法调整", *ANSWER, "", "相关动态"]
    for n in range(3):
        page += [f"园区第{n + 2}批项目公示", f"【动态】【发布：2021-06-0{n + 2}】【阅读 {n}】"]
    assert len(split(page)) == 1


def test_the_line_model_keeps_the_tag_rows() -> None:
    text = boil(_digest())
    for _, tag, day in QUESTIONS:
        assert f"〔{tag}〕〔答复日期：{day}〕" in text


def test_asked_heads_only_on_a_run() -> None:
    page = _digest()
    heads = asked_heads(page)
    assert {page[i] for i in heads} >= {q for q, _, _ in QUESTIONS}
    assert asked_heads(page[:8]) == set()  # one question and its row: no run


SITE = ["某某服务中心　首页　办事指南　热点问答", "首页 >> 热点问答", ""]
FOOT = [
    "",
    "以上问答依据答复时的办法整理，如有调整以最新规定为准。",
    "主办：某某服务中心　备案号0000",
]
PLACES = "东西南北中上下前后左右"
ASKED_AGAIN = "园区企业搬迁后还需要重新办理登记吗？"
OTHERS = [
    "企业变更名称要重新申请吗？",
    "退休人员的补贴怎样领取？",
    "证件遗失后如何补办？",
    "网上预约可以取消吗？",
    "外地户籍可以在本地办理吗？",
    "代办人需要带哪些材料？",
    "逾期未报会有什么后果？",
    "周末可以现场办理吗？",
]


def _issue(k: int, other: str) -> list[str]:
    """Issue ``k`` of a site's digest: the question it asks in every issue, another one,
    the last piece closing with a rule every issue cites."""
    head = f"热点问答（2021年第{k + 1}期）"
    out = [head, *SITE, head, "整理：某某服务中心　本期共2问", ""]
    for n, (q, basis) in enumerate(((ASKED_AGAIN, f"第{k}号规则"), (other, "某某共用办法"))):
        p = PLACES[(k * 3 + n) % len(PLACES)]
        if n:
            out.append(DASH)
        out += [q, f"〔类{n}〕〔答复日期：2021-{k + 1:02d}-{n + 10}〕〔浏览 {300 + n * 7 + k}〕"]
        out.append(f"答：可以。按照{p}片区现行办法，申请人应当在{k + n + 3}个工作日内到窗口办理。")
        out.append(
            f"具体步骤是先登录网上大厅，在第{n + k}栏目下找到对应模块，再核对{p}区登记信息。"
        )
        out += [f"依据：《{basis}》", ""]
    return out + FOOT


def test_a_repeated_question_and_close_stay_on_the_site() -> None:
    pages = [_issue(k, other) for k, other in enumerate(OTHERS)]
    stage = site_stage(pages)
    for k, page in enumerate(pages):
        text = boil(page, stage, site="s")
        assert ASKED_AGAIN in text  # the site's memory took it for chrome before
        assert f"〔类0〕〔答复日期：2021-{k + 1:02d}-10〕" in text
        assert "依据：《某某共用办法》" in text  # the last piece's close
        assert "主办：某某服务中心" not in text  # the site's chrome still goes


def test_echoed_close_wants_an_earlier_close_of_its_label() -> None:
    page = ["标题", ANSWER[0], "依据：《甲规定》", "", ANSWER[1], "依据：《乙规定》", ""]
    assert echoed_close(page, 5, 0)
    assert not echoed_close(page, 2, 0)  # nothing of its label above it
    other = [*page[:2], "来源：某报", *page[3:]]
    assert not echoed_close(other, 5, 0)  # another label above
    loose = [*page[:5], "", "依据：《乙规定》", ""]
    assert not echoed_close(loose, 6, 0)  # not glued under the prose


@pytest.mark.parametrize(
    ("name", "floor"),
    [
        (
            "sealed_zm_nashui",
            {
                "content_f1": 0.98,
                "titles": 0.95,
                "counts": 0.95,
                "repairs": 0.95,
                "metadata": 0.95,
                "residue": 0.02,
            },
        ),
    ],
)
def test_blind_family_zm_nashui_figures(name: str, floor: dict[str, float]) -> None:
    assert_floors(name, floor)
