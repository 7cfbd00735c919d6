"""Metadata fixes of session 11 (branch ``fixmeta``): a column's bracketed badge over a
title, a recommender's foot credit, a publisher's label over a body or a person, a
counter cell closing a value, the one dated row the boilerplate stage removed by another
rule, and a consultation's period over a range of days.  Invented wording throughout,
with look-alikes that must stay as they were."""

from __future__ import annotations

import pytest

from cleaner.edits import Editor
from cleaner.model import Change
from cleaner.pipeline import Pipeline
from cleaner.stages.split_foot import foot_row
from cleaner.stages.split_head import badge_line, under_head
from cleaner.stages.split_meta import MetaParser
from tests.stages.family_figures import family_figures
from tests.stages.stage_runs import split

BLURB = "这本书讲述了一位山村教师三十年的坚守，文字朴素，读来却让人久久不能平静，值得细细品读。"
BLURB2 = "书里写到的每个孩子都有名有姓，作者把他们的成长一笔一笔记下来，像一部小小的村史。"
BODY = "为改善镇区生态环境，镇里决定本月组织春季植树活动，请各村按时组织人员参加，做好保障。"


# ---- a column's badge over the title: the row under the title still reads


def test_a_bracketed_badge_is_page_head_a_year_or_a_note_is_not() -> None:
    assert badge_line("〔乡镇动态〕") and badge_line("【通知公告】")
    assert not badge_line("〔2022〕") and not badge_line("【注】见第三条")
    assert not badge_line("〔乡镇动态〕鹤岭镇植树")
    assert under_head(["〔乡镇动态〕", "鹤岭镇春季植树活动安排"], [0, 1])


def test_the_number_and_date_row_under_a_badged_title_is_metadata() -> None:
    row = "鹤政办〔2022〕5号　　2022年4月2日"
    page = ["〔乡镇动态〕", "鹤岭镇春季植树活动安排", row, BODY, BODY]
    (art,) = split(page)
    assert art.meta.get("doc_number") == "鹤政办〔2022〕5号"
    assert art.meta.get("published") == "2022-04-02"
    assert "鹤政办〔2022〕5号" not in art.text and BODY in art.text
    # a line of words over the title is no badge: the row under the title is not looked for
    # under it, and nothing of the text is lost
    plain = ["乡镇动态与通知", "鹤岭镇春季植树活动安排", row, BODY]
    (other,) = split(plain)
    assert "doc_number" not in other.meta and BODY in other.text


# ---- a recommender's foot credit names the piece's author


def test_a_recommenders_credit_is_the_authors_an_editors_is_no_field() -> None:
    f = MetaParser().field_of
    assert foot_row("推荐人：方晚晴（读者服务部）", f) == {"author": "方晚晴"}
    assert foot_row("（编辑：方晚晴）", f) == {}
    # a sentence after the label is the text's own line
    assert foot_row("推荐人：方晚晴说，这本书值得一读。", f) is None
    assert MetaParser().field_of("被推荐人") is None


def test_the_recommender_under_a_piece_outranks_the_cards_writer() -> None:
    card = "作者：柳青禾　｜　出版社：远山文艺出版社　｜　索书号：I247/12"
    page = ["山间的回声", card, BLURB, BLURB2, "推荐人：方晚晴（读者服务部）"]
    (art,) = split(page)
    assert art.meta.get("author") == "方晚晴"
    assert "推荐人" not in art.text and BLURB2 in art.text
    # an editor's credit under it names no author: the card's writer stays
    page[-1] = "（编辑：方晚晴）"
    (edited,) = split(page)
    assert edited.meta.get("author") == "柳青禾"


# ---- a publisher's label over a body or a person


@pytest.mark.parametrize(
    ("row", "want"),
    [
        ("发布者：数理学系　发布时间：2022-04-02 10:20　点击数：88", {"issuer": "数理学系"}),
        ("发布者：鹤岭镇宣传办公室　发布时间：2022-04-02", {"issuer": "鹤岭镇宣传办公室"}),
        ("发布者：柳青禾　发布时间：2022-04-02", {"author": "柳青禾"}),
        ("作者：鹤岭镇宣传办公室　发布时间：2022-04-02", {"author": "鹤岭镇宣传办公室"}),
    ],
)
def test_a_publishers_label_names_a_body_the_issuer_a_person_the_author(
    row: str, want: dict[str, str]
) -> None:
    got = MetaParser().shaped_row(row, near_title=True)
    assert got is not None and got.get("published") == "2022-04-02"
    assert {k: v for k, v in got.items() if k in ("issuer", "author")} == want


def test_a_counter_cell_closing_a_value_is_no_part_of_it() -> None:
    got = MetaParser().shaped_row("【2022.04.02】　来源：数理学系　浏览 318 次", near_title=True)
    assert got == {"published": "2022-04-02", "origin": "数理学系"}
    # a value's own digits stay ('某路88号')
    assert MetaParser().fields([("来源", "鹤岭镇88号")]) == {"origin": "鹤岭镇88号"}


# ---- the one dated row the boilerplate stage removed


def _ledger(*lines: str) -> Editor:
    ed = Editor("p", "x\n")
    for n, line in enumerate(lines):
        ed.ledger.append(Change("p", "boilerplate", "boilerplate.line_model", "delete", n, n, line))
    return ed


def test_the_one_removed_dated_row_is_read_several_are_not() -> None:
    pipe = Pipeline()
    row = "【2022.04.02】　来源：数理学系　浏览 318 次\n"
    assert pipe._dropped_row(_ledger("鹤岭镇　版权所有\n", row)) == row.strip()
    # two such rows: a list's, none of them the page's
    other = "【2022.03.01】　来源：化学系　浏览 12 次\n"
    assert pipe._dropped_row(_ledger(row, other)) is None
    # a date with no document field (a comment's date and its poster) is no such row
    assert pipe._dropped_row(_ledger("作者：柳青禾　2022-04-02\n")) is None


# ---- a consultation's period


def test_a_consultation_period_gives_its_first_day_a_duration_gives_nothing() -> None:
    p = MetaParser()
    row = "起草单位：鹤岭镇农业办公室　征集期限：2022年4月2日至2022年5月2日"
    assert p.shaped_row(row, near_title=True) == {
        "issuer": "鹤岭镇农业办公室",
        "published": "2022-04-02",
    }
    assert p.parse_meta_line("公示期：5个工作日") is None
    assert p.field_of("征集截止时间") is None


# ---- the families fixed hold their floors


@pytest.mark.parametrize(
    "name",
    ["sealed_za_xinshu", "sealed_za_youpiao", "sealed_z_jiangzuo", "sealed_u_zhengqiu"],
)
def test_the_families_fixed_hold_their_metadata(name: str) -> None:
    f = family_figures(name)
    assert f["metadata"] >= 0.95, f


# ---- bodies signing jointly


def test_the_first_of_joint_signers_is_the_issuer_a_listed_name_is_not() -> None:
    from cleaner.stages.split_rows import sign_off

    text = "请各单位认真组织实施。"
    got = sign_off([text, "鹤岭镇农业办公室", "鹤岭镇财政所", "2022年4月2日"])
    assert got == {"published": "2022-04-02", "issuer": "鹤岭镇农业办公室"}
    # names under a label line are the text's list: the signer over the date stays
    listed = sign_off(["参加单位：", "鹤岭镇农业办公室", "鹤岭镇财政所", "2022年4月2日"])
    assert listed["issuer"] == "鹤岭镇财政所"
    # a person's name over the date signs no body
    assert "issuer" not in sign_off([text, "鹤岭镇农业办公室", "柳青禾", "2022年4月2日"])
