"""Fixes for the structure and metadata the blind set l (sealed_l_*) left (fix12ls), each
kind as a small case in wordings of its own, with look-alikes that stay:

* ``丨`` (U+4E28, a letter to Unicode) framing a header's number is a bar, as ``|`` is
  (``丨贰丨 标题``, financial numerals too);
* a date behind a glyph (``⏰ 2019.04.02``) is a date row, and a byline's cells parted by
  one mark between spaces (``某号 ▪ 2019年4月2日 ▪ 文｜某某``) hold its date;
* rows of a drawn box (``├ 发文字号 ┆ …``) and values a dashed bar trails
  (``发文机关：X ┊ …``) read without the frame;
* rows wrapped in guillemets (``«k=v；k=v»``) or framed by dashes (``— 发起 某某 · 日期 —``),
  and people's bodies (``…工会``, ``…妇联``) read as organisations;
* titles of headers found by their rows, each opened by one numbered frame running 1, 2,
  3 (``【某报第2则】标题``, ``某某之二：标题``), lose the frame;
* a page title with a note between the title and the site's dressing (``标题（某版）- 某库``)
  is the page's <title>, not the document's.

Every word is invented.
"""

from __future__ import annotations

from cleaner.stages.split_headers import candidate, vocab
from cleaner.stages.split_meta import MetaParser
from cleaner.stages.split_numerals import unwrap_numbers
from tests.stages.stage_runs import split

P1 = "这片果园在山坡的南面，春天开花的时候，整座山都是白的，蜜蜂从早到晚嗡嗡地飞。"
P2 = "看园的老人说，果树要修枝才结得好，剪下的枝条捆起来，冬天正好拿去烧火取暖。"


def test_bar_ideograph_frames_a_capital_numeral() -> None:
    c = candidate(0, "丨叁丨果园举办采摘节", vocab())
    assert c is not None and c.number == 3 and c.title == "果园举办采摘节"
    # a title that merely opens with the glyph and a word: no header
    assert candidate(0, "丨果园举办采摘节", vocab()) is None


def test_glyph_dated_rows_and_mark_parted_bylines() -> None:
    m = MetaParser()
    assert m.meta_row("⏰ 2019.04.02", near_title=True) == {"published": "2019-04-02"}
    row = m.meta_row("山坡果园号 ▪ 2019年4月2日 ▪ 文｜某某", near_title=True)
    assert row == {"published": "2019-04-02"}
    # a sentence holding a date between marks stays text
    assert m.meta_row("我们在 · 2019年4月2日去了果园，摘了很多苹果。", near_title=True) is None
    assert m.meta_row("⏰ 明天见", near_title=True) is None


def test_bar_framed_compilation_splits_with_dates() -> None:
    page = "山坡日报｜今天的几件事\n\n" + "".join(
        f"丨{n}丨{t}\n⏰ 2019.04.02\n\n{P1}\n{P2}\n\n"
        for n, t in (
            ("壹", "果园举办采摘节"),
            ("贰", "山路完成拓宽工程"),
            ("叁", "村口新开一家书店"),
        )
    )
    arts = split(page.split("\n"))
    assert [a.title for a in arts] == ["果园举办采摘节", "山路完成拓宽工程", "村口新开一家书店"]
    assert all(a.meta.get("published") == "2019-04-02" for a in arts)


def test_numbered_frame_leaves_row_found_titles() -> None:
    assert unwrap_numbers(["【山坡报第1则】果园开花", "【山坡报第2则】山路拓宽"]) == [
        "果园开花",
        "山路拓宽",
    ]
    # numbers that do not run 1, 2 …, frames that differ, or a lone title: kept whole
    assert unwrap_numbers(["【第2则】果园开花", "【第3则】山路拓宽"]) is None
    assert unwrap_numbers(["【甲1】果园开花", "〔乙2〕山路拓宽"]) is None
    assert unwrap_numbers(["【第1则】果园开花"]) is None
    page = "".join(
        f"【山坡报第{n}则】{t}\n来源：山坡报 ┊ 2019-04-02\n\n{P1}\n{P2}\n\n"
        for n, t in ((1, "果园开花"), (2, "山路拓宽"), (3, "书店开张"))
    )
    assert [a.title for a in split(page.split("\n"))] == ["果园开花", "山路拓宽", "书店开张"]


def test_drawn_box_rows_and_dashed_bars() -> None:
    m = MetaParser()
    assert m.meta_row("├ 发文字号 ┆ 山坡发〔2019〕4号", near_title=True) == {
        "doc_number": "山坡发〔2019〕4号"
    }
    assert m.meta_row("└ 发文机关 ┊ 山坡县果业局", near_title=True) == {"issuer": "山坡县果业局"}
    row = m.meta_row("发文机关：山坡县果业局 ┋ 成文日期：2019-04-02", near_title=True)
    assert row == {"issuer": "山坡县果业局", "published": "2019-04-02"}
    # a box row of prose (no label) stays text
    assert m.meta_row("├ 果园的苹果 ┊ 今年结得很多", near_title=True) is None


def test_guillemet_and_dash_framed_rows() -> None:
    m = MetaParser()
    row = m.shaped_row("«发起=山坡县果业协会；日子=2019-04-02»", near_title=True)
    assert row == {"published": "2019-04-02", "issuer": "山坡县果业协会"}
    row = m.shaped_row("— 倡议 山坡县南湖村妇联 · 2019.4.2 —", near_title=True)
    assert row == {"published": "2019-04-02", "issuer": "山坡县南湖村妇联"}
    # a dash-framed line of words, or a year alone between dashes: no row
    assert m.shaped_row("— 果园里的春天 —", near_title=True) is None
    assert m.shaped_row("— 2019 —", near_title=True) is None


def test_word_and_colon_frame_leaves_titles() -> None:
    assert unwrap_numbers(["果园札记之一：开花", "果园札记之二：结果"]) == ["开花", "结果"]
    # a colon after different words, or a word holding no number: kept whole
    assert unwrap_numbers(["果园之一：开花", "山路之二：结果"]) is None
    assert unwrap_numbers(["注意：开花", "提示：结果"]) is None


def test_page_title_with_a_note_before_its_dressing() -> None:
    from cleaner.stages.split_page_title import page_title_line

    below = ["果园春季管理的调查报告", "正文。"]
    assert page_title_line("果园春季管理的调查报告（可打印版）- 某某文库", below)
    # a part mark with no dressing after it, or a note that prose goes on from: a title
    assert not page_title_line("果园春季管理的调查报告（上）", below)
    assert not page_title_line("果园春季管理的调查报告（二〇一九）显示，产量上升", below)


def test_service_ranks_end_an_organisation() -> None:
    row = MetaParser().shaped_row("山坡县森林消防大队 · 2019/4/2", near_title=True)
    assert row == {"published": "2019-04-02", "issuer": "山坡县森林消防大队"}
    # a name alone, beside no date or code, is no row
    assert MetaParser().shaped_row("山坡县森林消防大队", near_title=True) is None
