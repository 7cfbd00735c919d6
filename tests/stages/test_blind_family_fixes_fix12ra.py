"""Fixes for the text families of the blind set r (issue 12, fix12ra), each mechanism as a
small case in wordings of its own, with look-alikes that must stay:

* a data table's caption and head row inside the body stay, though the site repeats the
  caption and the line model takes the head row for a bar;
* a page counter with its pager buttons (``第1页 共3页　下一页``) cutting a sentence is a
  page break;
* a site's banner (its name, a dot, the channel) over the page is chrome, not the title;
* a paper's title glued over its authors' names stays;
* a dot-framed running folio is chrome, and a page break where it cuts a sentence;
* a paper's codes row (class number, article number) in its front matter is metadata;
* a paper's page-foot notes (a block of known fields, one a date) are metadata;
* an issuers' row (bodies only) over a date row under the title is metadata;
* a two-letter label padded with an ideographic space (``提　要：``) keeps it.

Every word is invented.
"""

from __future__ import annotations

from cleaner.config import PipelineConfig
from cleaner.model import RawInput
from cleaner.pipeline import Pipeline
from cleaner.stages.page_marks import break_mark
from cleaner.stages.paper_heads import names_row, title_over_names
from cleaner.stages.repair_tables import tables as repair_tables
from cleaner.stages.table_heads import table_caption
from tests.stages.family_figures import assert_floors
from tests.stages.stage_runs import boil, repair, site_stage

PROSE = "清晨的渡口雾气很重，船工把缆绳一圈圈收好，等第一班乘客上船，岸边的柳树还滴着水。"
PROSE2 = "午后太阳出来了，晒谷场上的孩子们追着一只花猫跑，老人们坐在槐树下慢慢地说着旧事。"


def _run(lines: list[str]):  # type: ignore[no-untyped-def]
    text = "\n".join(lines) + "\n"
    return Pipeline(PipelineConfig()).process(RawInput(source="p.txt", data=text.encode()), 0)


# ---- a table's caption and head row


def _table_page(year: int, rows: list[str]) -> list[str]:
    return [
        f"河湾乡{year}年收成简报",
        PROSE,
        f"表2　{year}年河湾乡作物面积",
        "作物　单位　面积　增减",
        *rows,
        PROSE2,
        "",
        "收藏本页　打印本页",
    ]


ROWS = [
    ["稻谷　亩　1200　3.1", "豆类　亩　450　-1.2", "棉花　亩　80　0.5"],
    ["玉米　亩　900　2.2", "稻谷　亩　1100　-0.4", "芝麻　亩　60　1.9"],
    ["豆类　亩　500　4.0", "甘蔗　亩　300　-2.1", "稻谷　亩　1300　0.8"],
    ["棉花　亩　70　-0.3", "玉米　亩　950　1.1", "豆类　亩　480　2.6"],
]


def test_a_table_caption_and_head_row_stay_in_the_body() -> None:
    pages = [_table_page(2010 + n, rows) for n, rows in enumerate(ROWS)]
    stage = site_stage(pages)
    out = boil(pages[1], stage, site="s")
    assert "表2　2011年河湾乡作物面积" in out
    assert "作物　单位　面积　增减" in out
    assert all(r in out for r in ROWS[1])
    assert "收藏本页　打印本页" not in out  # the repeated bar under the text still goes


def test_a_caption_needs_a_table_under_it() -> None:
    page = ["正文一句。", "表3　河湾乡作物面积", "作物　单位　面积", "稻谷　亩　12", "豆类　亩　5"]
    assert table_caption(page, 1, set())
    assert not table_caption(page, 1, {2})  # its head row went: no table under it
    # a line over one row of cells, or over a bar, is no caption
    assert not table_caption(["正文。", "表3　某某", "作物　单位", "正文又一句。"], 1, set())
    assert not table_caption(["正文。", "工具栏", "收藏　分享　打印", "一　二　三"], 1, set())
    # a sentence over a table is the text's anyway, not a caption
    assert not table_caption(["甲", "下表列出各乡面积。", "作物　单位", "稻谷　亩"], 1, set())


# ---- a page counter with its pager buttons


def test_a_page_counter_with_pager_buttons_is_a_page_break() -> None:
    rx = repair_tables().break_marks
    assert break_mark("第1页 共3页　下一页", rx)
    assert break_mark("共3页　第2页　上一页　下一页　尾页", rx)
    assert not break_mark("第1页 共3页　下一篇", rx)  # the next article: no pager
    half = "午后太阳出来了，晒谷场上的孩子们追着一只花"
    res = _run(["渡口", PROSE, half, "", "第1页 共2页　下一页", "", "猫跑。", PROSE])
    assert half + "猫跑。" in res.articles[0].text
    assert "共2页" not in res.articles[0].text


# ---- a site's banner


def test_a_site_banner_over_the_page_is_no_title() -> None:
    res = _run(["河湾乡人民政府门户网站 · 收成简报", "", "河湾乡收成简报", PROSE, PROSE2])
    assert res.articles[0].title == "河湾乡收成简报"
    assert "门户网站" not in res.articles[0].text
    # look-alikes: a title with a colon after the dot, a banner line inside the text
    res = _run(["河湾在线 · 访谈：老船工说渡口", PROSE, PROSE2])
    assert res.articles[0].title == "河湾在线 · 访谈：老船工说渡口"
    res = _run(["渡口旧事", PROSE, "河湾乡人民政府门户网站 · 收成简报", PROSE2])
    assert "河湾乡人民政府门户网站 · 收成简报" in res.articles[0].text


# ---- a paper's head and its running folios


def test_a_paper_title_over_its_authors_stays() -> None:
    page = ["河湾师专学报　2020年第2期　目录与摘要", ""]
    for n, title in enumerate(["渡口文化进课堂的尝试", "晒谷场上的数学课"], 1):
        page += [title, "某甲　某乙乙", "摘　要：" + PROSE, "关键词：渡口；课堂"]
        page += [f"【页码】{n}1-{n}6　【下载】31{n}　【被引】{n}", "────────", ""]
    out = boil(page)
    assert "渡口文化进课堂的尝试" in out and "晒谷场上的数学课" in out
    assert title_over_names(page, 2) and not title_over_names(page, 3)
    assert names_row("某甲¹，某乙乙²") and names_row("某甲　某乙")
    # look-alikes: a single name with no mark, a short clause, a row of cells
    assert not names_row("某甲") and not names_row("研究发现，差异较大")
    assert not names_row("稻谷　亩　12")
    assert not title_over_names(["收藏本文　分享", "某甲　某乙", "正文。"], 0)


def test_a_running_folio_goes_and_joins_the_sentence_it_cuts() -> None:
    rx = repair_tables().break_marks
    assert break_mark("第2期　某甲，等：渡口文化　· 37 ·", rx)
    assert break_mark("· 36 ·　河湾师专学报　2020年第2期", rx)
    assert not break_mark("· 36 ·　河湾师专学报。", rx)  # a sentence mark: no folio
    half = "午后太阳出来了，晒谷场上的孩子们追着一只花"
    folio = "第2期　某甲，等：渡口文化　· 37 ·"
    res = _run(
        ["渡口", PROSE, half, "", folio, "", "猫跑。", PROSE, "· 38 ·　河湾师专学报", PROSE2]
    )
    assert half + "猫跑。" in res.articles[0].text
    assert "· 37 ·" not in res.articles[0].text and "· 38 ·" not in res.articles[0].text


# ---- an issue's papers, each a title over its authors


def _issue(names: list[str]) -> list[str]:
    page = ["河湾师专学报　2020年第2期　出版日期：2020-04-05", "──────", ""]
    for n, (title, who) in enumerate(
        zip(["渡口文化进课堂", "晒谷场上的数学课"], names, strict=True)
    ):
        page += [title, who, "摘　要：" + PROSE, "关键词：渡口；课堂"]
        page += [f"【页码】{n}1-{n}6　【下载】31{n}　【被引】{n}", "──────", ""]
    return page


def test_an_issue_of_papers_splits_by_its_title_and_name_rows() -> None:
    res = _run(_issue(["某甲　某乙", "某丙¹，某丁²"]))
    assert [a.title for a in res.articles] == ["渡口文化进课堂", "晒谷场上的数学课"]
    # a compiled issue's paper: its first author, marks dropped (the convention of the
    # abstract-book and journal families' truth, fixzt2; a single paper keeps its names row)
    assert [a.meta.get("author") for a in res.articles] == ["某甲", "某丙"]
    assert [a.meta.get("published") for a in res.articles] == ["2020-04-05"] * 2
    assert not any("【下载】" in a.text or "某甲" in a.text for a in res.articles)
    # look-alike: no name row under the second title (a lone name, no mark): one piece
    assert len(_run(_issue(["某甲　某乙", "某丙"])).articles) == 1


def test_a_single_paper_s_authors_and_affiliations_are_metadata() -> None:
    aff = "（1. 河湾师专文学院，河湾 100001；2. 河湾乡中心小学）"
    res = _run(["渡口文化进课堂", "某甲¹，某乙²", aff, "摘　要：" + PROSE, PROSE2])
    art = res.articles[0]
    assert art.title == "渡口文化进课堂"
    assert art.meta.get("author") == "某甲¹，某乙²" and art.meta.get("affiliation") == aff
    assert "某甲" not in art.text and PROSE2 in art.text
    # look-alike: a bracketed note under a title, no name row above it, stays
    res = _run(["渡口文化进课堂", "（以上据旧本誊录）", PROSE, PROSE2])
    assert "（以上据旧本誊录）" in res.articles[0].text


def test_a_paper_s_codes_row_in_its_front_matter_is_metadata() -> None:
    codes = "中图分类号：K29　　文献标志码：A　　文章编号：2020-0405-06"
    page = ["渡口文化进课堂", "某甲¹，某乙²", "摘　要：" + PROSE, "关键词：渡口；课堂", codes]
    res = _run([*page, "1　引言", PROSE2, PROSE])
    art = res.articles[0]
    assert art.meta.get("doc_number") == "2020-0405-06"
    assert "文献标志码" not in art.text and "关键词：渡口；课堂" in art.text
    # look-alike: the same row deep inside the text is the text's (a quoted record)
    body = [PROSE, PROSE2] * 4
    res = _run(["渡口文化进课堂", *body, codes, *body])
    assert "文献标志码" in res.articles[0].text


def test_a_paper_s_page_foot_notes_are_metadata() -> None:
    notes = ["收稿日期：2020-01-15", "基金项目：河湾乡土课题（HW-7）"]
    page = ["渡口文化进课堂", "某甲¹，某乙²", "摘　要：" + PROSE, *notes, "1　引言", PROSE2, PROSE]
    art = _run(page).articles[0]
    assert (
        art.meta.get("received") == "2020-01-15" and art.meta.get("fund") == "河湾乡土课题（HW-7）"
    )
    assert "基金项目" not in art.text and PROSE2 in art.text
    # look-alike: one labelled line alone in the text stays
    art = _run(["渡口文化进课堂", PROSE, notes[1], PROSE2, PROSE]).articles[0]
    assert notes[1] in art.text


def test_a_counts_bar_needs_a_count_word() -> None:
    assert boil(["正文。", "【页码】11-16　【下载】311　【被引】1"]).strip() == "正文。"
    kept = ["正文。", "【序号】12　【页数】3", "【发布日期】2020-04-05　【点击】3"]
    assert boil(kept).strip().split("\n") == kept


# ---- the issuers' row over a date row


def test_an_issuers_row_over_a_date_row_is_metadata() -> None:
    res = _run(
        ["河湾乡收成简报", "河湾乡农业办公室　河湾乡农技站", "（2020年4月5日）", PROSE, PROSE2]
    )
    art = res.articles[0]
    assert art.meta.get("issuer") == "河湾乡农业办公室"
    assert art.meta.get("published") == "2020-04-05"
    assert "农技站" not in art.text
    # a name in a letter outside the basic block (CJK Extension A) is a name all the same
    res = _run(["㮾溪乡收成简报", "㮾溪乡农业办公室", "（2020年4月5日）", PROSE, PROSE2])
    assert res.articles[0].meta.get("issuer") == "㮾溪乡农业办公室"
    # look-alikes: a row of words that are no bodies over the date, a body over prose
    res = _run(["河湾乡收成简报", "河湾乡农业办公室　渡口晒谷场", "（2020年4月5日）", PROSE])
    assert "issuer" not in res.articles[0].meta
    res = _run(["河湾乡收成简报", "河湾乡农业办公室", PROSE, PROSE2])
    assert "issuer" not in res.articles[0].meta


# ---- a label padded with an ideographic space


def test_a_padded_two_letter_label_keeps_its_wide_space() -> None:
    out = repair("提　要：渡口的船工每天清晨收好缆 绳，等第一班乘客上船。\n")
    assert out.startswith("提　要：")
    assert "收好缆绳" in out  # the narrow stray space inside the sentence still goes
    # look-alike: a narrow space in the label is a stray one
    assert repair("提 要：渡口的船工每天清晨收好缆绳，等第一班乘客上船。\n").startswith("提要：")


# ---- floors


def test_the_set_r_text_families_hold_their_floors() -> None:
    for name, floor in [
        (
            "sealed_r_tongji",
            {"content_f1": 1.0, "residue": 0.0, "titles": 1.0, "repairs": 1.0, "metadata": 0.81},
        ),
        (
            "sealed_r_qikan",
            {"content_f1": 0.89, "titles": 1.0, "counts": 1.0, "repairs": 1.0, "metadata": 1.0},
        ),
    ]:
        assert_floors(name, floor)
