"""Fixes for set zj's lost-and-found board and vet Q&A page (fixzj1).

* a record's framed header row (``┏━━ 编号：X ━━┓``, ``+--- 编号：X ---+``,
  ``==== 记录 7 ====``) repeating once per record over a bare title is the record's
  header, as a numbered counter is (:mod:`split_frames`): its number and the date row
  under the title are the record's metadata; a single framed box in an article, a
  table's frame edges and captions of different words over tables head nothing;
* an answerer's credentials row (a role and a name, then counts), two of one shape each
  beside an answer, is a byline (chrome); a table's rows stacked together stay;
* one row of labelled cells parted by bars under a single document's headline is its
  card (metadata); such a row lower in the text stays;
* ``提问者`` names the question's author; a learned mark-and-word status tag right under
  the headline is chrome there.

Every word is invented.
"""

from __future__ import annotations

from cleaner.stages.post_bylines import credential_rows
from cleaner.stages.split_cell_card import card_under_headline, cell_card
from cleaner.stages.split_frames import framed_records, framed_row
from cleaner.stages.split_meta import MetaParser
from tests.stages.family_figures import family_figures
from tests.stages.stage_runs import split

BODY = [
    "巡查员在北门花坛边的长椅上看到了它，外观完好没有破损，已经交到值班室统一保管。",
    "请失主带上本人证件到值班室办理认领手续，并说出物品的主要特征，保管期为二十天。",
]


def _board(top: str = "┏━━ {} ━━┓", bottom: str = "┗━━━━━━━━━━┛") -> list[str]:
    page = ["某某公园拾物公告（第3期）", "以下物品由园内工作人员拾到，请失主及时认领。", ""]
    for n, (title, day) in enumerate(
        (("灰色保温杯一只", "2022年4月3日 09:10"), ("儿童滑板车一辆", "2022年4月5日 16:45")), 1
    ):
        page += [top.format(f"寻物编号：YQ-2204-0{n}"), title]
        page += [f"发现时间：{day}　　存放：北门值班室", *BODY, bottom, ""]
    return [*page, "公园服务热线：某某某某（8:00—18:00）"]


def test_framed_rows_of_any_frame_are_read() -> None:
    assert framed_row("┏━━ 寻物编号：YQ-01 ━━┓") == "寻物编号：YQ-01"
    assert framed_row("╔══ 登记号：7 ══╗") == "登记号：7"
    assert framed_row("+---- 登记号：A7 ----+") == "登记号：A7"
    assert framed_row("==== 记录 7 ====") == "记录 7"
    # a table's edges, a frame of two kinds, a notice box's title without a number
    assert framed_row("┏━━━━┳━━━━┓") is None
    assert framed_row("┏━━ 登记号：7 ══┓") is None
    assert framed_row("┏━━ 重要提示 ━━┓") is None
    assert framed_row("┏━━ 登记号：7 ━━┛") is None


def test_records_under_framed_rows_split_with_their_metadata() -> None:
    drafts = split(_board())
    assert [d.title for d in drafts] == ["灰色保温杯一只", "儿童滑板车一辆"]
    assert [d.meta.get("doc_number") for d in drafts] == ["YQ-2204-01", "YQ-2204-02"]
    assert [d.meta.get("published") for d in drafts] == ["2022-04-03", "2022-04-05"]
    for d in drafts:
        assert BODY[0] in d.text and BODY[1] in d.text
        assert "寻物编号" not in d.text and "发现时间" not in d.text


def test_ascii_framed_records_split_too() -> None:
    drafts = split(_board("+--- {} ---+", "+------------+"))
    assert [d.title for d in drafts] == ["灰色保温杯一只", "儿童滑板车一辆"]


def test_a_single_framed_box_in_an_article_splits_nothing() -> None:
    page = ["某某公园春季开放安排", BODY[0], "┏━━ 咨询电话：1234 ━━┓", "注意安全", BODY[1]]
    page += ["┗━━━━━━━━━━┛", BODY[0]]
    drafts = split(page)
    assert len(drafts) == 1
    assert "┏━━ 咨询电话：1234 ━━┓" in drafts[0].text and "注意安全" in drafts[0].text


def test_table_captions_of_different_words_head_nothing() -> None:
    meta = MetaParser()
    page = ["某园年报", BODY[0], "┏━━ 表1：游客人数 ━━┓", "┃ 月份 ┃ 人数 ┃", BODY[1]]
    page += ["┏━━ 表2：门票收入 ━━┓", "┃ 月份 ┃ 金额 ┃", BODY[0]]
    run = framed_records(page, lambda s: meta.shaped_row(s, near_title=True), meta.field_of)
    assert run.keyed == []


def test_a_deadline_row_under_a_framed_title_is_no_date_of_the_record() -> None:
    meta = MetaParser()
    page = _board()
    page = [s.replace("发现时间", "认领截止时间") for s in page]
    run = framed_records(page, _reader(meta), meta.field_of, {"截止"})
    assert run.keyed and all("published" not in m for *_, m in run.keyed)
    assert run.under == {}


def _reader(meta: MetaParser):  # type: ignore[no-untyped-def]
    return lambda s: meta.shaped_row(s, near_title=True)


ANSWER = "先把病畜单独隔开观察两天，饮水里加一些电解质，饲料减半，情况不见好转再来复诊。"


def test_credentials_rows_beside_answers_are_bylines() -> None:
    rows = [
        "驻场技师 甲某　｜　从业9年　｜　已答 310 题",
        "驻场技师 乙某　｜　从业15年　｜　已答 87 题",
    ]
    page = [
        "某病怎么处理",
        "我家有几头出现了这种情况，该怎么办？",
        rows[0],
        ANSWER,
        rows[1],
        ANSWER,
    ]
    assert credential_rows(page, list(range(len(page)))) == [2, 4]
    assert credential_rows(page[:4], list(range(4))) == []  # one row: a signed profile


def test_a_table_of_counted_rows_stays() -> None:
    rows = [f"品名 某{n}　｜　单价 {n}2　｜　库存 {n}0" for n in range(1, 4)]
    page = [ANSWER, *rows, ANSWER]
    assert credential_rows(page, list(range(len(page)))) == []


def test_a_card_of_labelled_cells_under_the_headline_is_metadata() -> None:
    card = "品种：某类　｜　数量：12只　｜　表现：精神不振"
    assert cell_card(card) == {"品种": "某类", "数量": "12只", "表现": "精神不振"}
    page = ["某病怎么处理", card, "我家有几头出现了这种情况，该怎么办？", ANSWER]
    assert card_under_headline([0, 1, 2, 3], page) == 1
    drafts = split(page)
    assert len(drafts) == 1 and card not in drafts[0].text and ANSWER in drafts[0].text
    # lower in the text, under prose: the text's own line
    low = ["某病怎么处理", "我家有几头出现了这种情况，该怎么办？", card, ANSWER]
    assert card_under_headline([0, 1, 2, 3], low) is None
    assert card in split(low)[0].text


def test_a_sentence_with_a_colon_is_no_card() -> None:
    assert cell_card("提醒：请先阅读说明。｜ 其他：无") is None
    assert cell_card("品种：某类　数量：12只") is None  # no bar between the cells


def test_the_asker_names_the_questions_author() -> None:
    meta = MetaParser()
    row = meta.shaped_row("提问者：某某网友　2021-05-06 10:20", near_title=True)
    assert row == {"author": "某某网友", "published": "2021-05-06"}
    assert meta.field_of("求助者") is None  # a caller to a desk is still no author


def test_the_board_and_the_vet_page_meet_their_goals() -> None:
    # figures at 0703c43: shiwu F1 .777 residue .178 titles 0 counts 0 meta 0;
    # shouyi F1 .843 residue .147 meta .5
    for name in ("sealed_zj_shiwu", "sealed_zj_shouyi"):
        f = family_figures(name)
        assert f["content_f1"] >= 0.95 and f["residue"] <= 0.02, (name, f)
        assert f["titles"] >= 0.95 and f["counts"] >= 0.95, (name, f)
        assert f["repairs"] >= 0.9 and f["metadata"] >= 0.9, (name, f)
