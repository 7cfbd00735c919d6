"""Fixes for the text families of the blind set q (issue 12, fix12qa), each mechanism as a
small case in wordings of its own, with look-alikes that must stay:

* a digest piece whose header is its count and a date alone (``【2/3】2021-03-09``) takes
  its title from the line below and the date as published;
* a news lead's dateline (place, full date, a dash or 电) dates the document;
* a number's label glossed ``No.`` over a code is a doc_number row, over the title too;
* a release's end mark (``###``) and the short contact tail under the last one are chrome;
* a bracketed end mark (``（本章完）``) is chrome;
* serial chapters counting on (``第59章``, ``第60章``) may share a name and still split;
* a continuation prompt (``未完`` + ``下一页``) cutting a sentence is a page break;
* a row of fields over a title is read as metadata, not skipped as a nav line.

Every word is invented.
"""

from __future__ import annotations

from cleaner.config import PipelineConfig
from cleaner.model import RawInput
from cleaner.pipeline import Pipeline
from cleaner.stages.foot_lines import end_tail
from cleaner.stages.page_marks import break_mark
from cleaner.stages.repair_tables import tables as repair_tables
from cleaner.stages.split_meta import MetaParser
from tests.stages.family_figures import assert_floors
from tests.stages.stage_runs import boil, split

PROSE = "清晨的渡口雾气很重，船工把缆绳一圈圈收好，等第一班乘客上船，岸边的柳树还滴着水。"
PROSE2 = "午后太阳出来了，晒谷场上的孩子们追着一只花猫跑，老人们坐在槐树下慢慢地说着旧事。"
META = MetaParser()


def _run(lines: list[str]):  # type: ignore[no-untyped-def]
    text = "\n".join(lines) + "\n"
    return Pipeline(PipelineConfig()).process(RawInput(source="p.txt", data=text.encode()), 0)


# ---- count-and-date piece headers, datelines


def test_a_count_and_date_header_dates_its_piece_and_the_next_line_titles_it() -> None:
    lines = ["河湾简报合辑", ""]
    for n, (day, title) in enumerate([("05", "渡口新船下水"), ("02", "晒谷场修缮完工")], 1):
        lines += [f"〔{n}/2〕2022-04-{day}", title, PROSE, PROSE2, ""]
    drafts = split(lines)
    assert [d.title for d in drafts] == ["渡口新船下水", "晒谷场修缮完工"]
    assert [d.meta.get("published") for d in drafts] == ["2022-04-05", "2022-04-02"]


def test_a_header_with_words_beside_its_date_keeps_them_as_title() -> None:
    lines = ["河湾简报合辑", ""]
    for n, title in enumerate(["渡口新船下水", "晒谷场修缮完工"], 1):
        lines += [f"〔{n}/2〕{title}", PROSE, PROSE2, ""]
    assert [d.title for d in split(lines)] == ["渡口新船下水", "晒谷场修缮完工"]


def test_a_news_dateline_dates_the_document() -> None:
    lead = "河湾，2022年4月5日——" + PROSE
    res = _run(["渡口新船下水", lead, PROSE2])
    assert res.articles[0].meta.get("published") == "2022-04-05"
    assert lead in res.articles[0].text  # the lead stays whole
    # look-alike: a date inside a sentence is no dateline
    res = _run(["渡口新船下水", "我们在2022年4月5日那天" + PROSE, PROSE2])
    assert "published" not in res.articles[0].meta


# ---- glossed number rows


def test_a_glossed_number_row_is_a_doc_number() -> None:
    assert META.shaped_row("编号 No. HW-2022-008", near_title=True) == {"doc_number": "HW-2022-008"}
    assert META.shaped_row("说明 No. 5", near_title=True) is None  # no number label


def test_a_glossed_number_row_over_the_title_is_no_title() -> None:
    res = _run(["编号 No. HW-2022-008", "渡口新船下水", PROSE, PROSE2])
    assert res.articles[0].title == "渡口新船下水"
    assert res.articles[0].meta.get("doc_number") == "HW-2022-008"


# ---- end marks


def test_an_end_mark_takes_the_short_contact_tail_under_the_last_one() -> None:
    page = ["渡口新船下水", PROSE, PROSE2, "# # #", "关于河湾渡运公司", "联系电话：0571-88889999"]
    out = boil(page)
    assert PROSE2 in out and "# # #" not in out and "联系电话" not in out
    # look-alike: a scene break over the story's last scene keeps the scene
    story = ["渡口", PROSE, "###", "他推开了门。", "雪停了。"]
    out = boil(story)
    assert "他推开了门。" in out and "雪停了。" in out
    assert end_tail(story, [2]) == [2]


def test_a_bracketed_end_mark_is_chrome_but_a_bracketed_note_stays() -> None:
    out = boil(["渡口", PROSE, "（本节完）", PROSE2, "(未完待续)"])
    assert "本节完" not in out and "未完待续" not in out and PROSE2 in out
    note = "（完成情况见附表）"
    assert note in boil(["渡口", PROSE, note, PROSE2])


# ---- chapters, page breaks, rows over the title


def test_serial_chapters_counting_on_may_share_a_name() -> None:
    lines = ["《河湾旧事》 第7-8章", ""]
    for n in (7, 8):  # two chapters of one name: the count tells them apart
        lines += [f"第{n}章　渡口", f"发布时间：2022-04-0{n - 5}", PROSE, PROSE2, ""]
    drafts = split(lines)
    assert [d.title for d in drafts] == ["渡口", "渡口"]  # set c's truth: the number goes
    assert [d.meta.get("published") for d in drafts] == ["2022-04-02", "2022-04-03"]


def test_a_repeated_title_under_keys_that_do_not_count_on_is_no_run() -> None:
    lines = ["河湾记录", ""]
    for n in (3, 7):  # keys that skip: a table of rows, not pieces
        lines += [f"第{n}章　渡口", f"发布时间：2022-04-0{n}", PROSE, PROSE2, ""]
    assert len(split(lines)) == 1


def test_a_continuation_prompt_is_a_page_break_only_where_it_cuts() -> None:
    rx = repair_tables().break_marks
    assert break_mark("〔此节未完，请翻到下一页继续〕", rx)
    assert not break_mark("点击下一页", rx)  # no word that the text goes on
    half = "午后太阳出来了，晒谷场上的孩子们追着一只花"
    res = _run(["渡口", PROSE, half, "", "〔此节未完，请翻到下一页继续〕", "", "猫跑。", PROSE])
    assert half + "猫跑。" in res.articles[0].text
    assert "此节未完" not in res.articles[0].text


def test_a_row_of_fields_over_the_title_is_metadata() -> None:
    row = "《河湾旧事》 作者：某某 | 更新：2022/4/5"
    res = _run([row, "第9章　晒谷场", PROSE, PROSE2])
    assert res.articles[0].title == "第9章　晒谷场"
    assert res.articles[0].meta.get("published") == "2022-04-05"
    assert row not in res.articles[0].text


# ---- family floors


def test_the_set_q_text_families_hold_their_floors() -> None:
    for name, floor in [
        ("sealed_q_shuangyu", {"content_f1": 0.99, "residue": 0.0, "titles": 1.0, "repairs": 0.94}),
        ("sealed_q_zhangjie", {"content_f1": 0.98, "residue": 0.0, "titles": 0.38, "repairs": 1.0}),
    ]:
        f = assert_floors(name, floor)
        assert f["counts"] == 1.0 and f["metadata"] == 1.0, (name, f)


def test_a_circled_key_counts_without_error() -> None:
    from cleaner.stages.split_keyed import _key_number

    assert [_key_number(k) for k in ("①", "１２", "2/3")] == [1, 12, 2]
    lines = ["河湾记录", ""]
    for k in "①②":  # one title twice under circled keys that count on
        lines += [f"{k}　渡口", "发布时间：2022-04-05", PROSE, PROSE2, ""]
    assert len(split(lines)) >= 1  # reads without raising
