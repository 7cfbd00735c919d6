"""Fixes for the HTML families of the blind set r (issue 12, fix12rb), each mechanism as a
small case in wordings of its own, with look-alikes that must stay:

* a headline's kicker over the ``<h1>`` and its subtitle under it, beside a story block
  that the extractor chose, are kept (they were lost silently); the ``<h1>`` is the title;
* a printed story's bracketed jump line (``（转第6版）`` / ``（接第5版）``) is chrome and the
  paragraph it cut is joined;
* a day's items under time-of-day rows split into pieces, titled by the bracketed headline
  or the heading under the row, each dated by the page's day;
* headings a count in the page's head confirms (``本版共2篇``) split a compilation;
* a date row behind a bracketed badge is metadata;
* a news lead's tag set off by one full-width space keeps it.

Every word is invented.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cleaner.ingest.html import extract
from cleaner.stages.split_clock import clock_run, counted_run
from cleaner.stages.split_meta import MetaParser
from tests.stages.family_figures import family_figures
from tests.stages.stage_runs import repair, split

PROSE = "清晨的渡口雾气很重，船工把缆绳一圈圈收好，等第一班乘客上船，岸边的柳树还滴着水。"
PROSE2 = "午后太阳出来了，晒谷场上的孩子们追着一只花猫跑，老人们坐在槐树下慢慢地说着旧事。"


def _story(above: str = "", below: str = "", mid: str = "") -> str:
    heads = ["晒谷场修缮完工投入使用", "河湾镇新建三座候船亭", "老街口的花猫找到了新家"]
    more = "".join(f"<li><a href='/a/{n}.html'>{h}</a></li>" for n, h in enumerate(heads))
    links = "".join(f"<li><a href='/b/{n}.html'>B0{n}版：城事新闻</a></li>" for n in range(1, 5))
    return (
        "<html><head><meta charset='utf-8'><title>渡口新船下水--河湾晚报</title></head><body>"
        "<div class='top'><a href='/'>往期</a> | <a href='/p'>版面</a> | "
        "<a href='/d'>下载</a></div>"
        f"<ul class='nav'>{links}</ul><div class='page'>"
        "<div class='ban'>第B02版：城事</div>"
        f"{above}<h1>渡口新船下水</h1>{below}"
        "<div class='author'>记者　林远</div>"
        f"<div class='text'><p>{PROSE}</p><p>{PROSE2}</p>{mid}<p>{PROSE}</p></div>"
        "<div class='pager'><a href='/1'>上一篇</a> | <a href='/2'>下一篇</a></div>"
        f"<ul class='more'>{more}</ul></div></body></html>"
    )


def _run_html(tmp_path: Path, html: str) -> list[dict]:
    from cleaner.runner import run

    src = tmp_path / "in"
    src.mkdir()
    (src / "p.html").write_text(html, encoding="utf-8")
    run([src], tmp_path / "out")
    rows = (tmp_path / "out" / "articles.jsonl").read_text("utf-8").splitlines()
    return [json.loads(x) for x in rows]


# ---- kicker and subtitle


def test_a_kicker_and_a_subtitle_beside_the_h1_are_kept_in_page_order() -> None:
    e = extract(_story("<div class='k'>从老码头到新航线</div>", "<div class='s'>——河湾见闻</div>"))
    lines = e.body.split("\n")
    assert lines[:3] == ["从老码头到新航线", "渡口新船下水", "——河湾见闻"]
    assert "第B02版：城事" not in lines and "记者　林远" not in lines


def test_a_headline_block_of_its_own_keeps_its_kicker_and_subtitle() -> None:
    group = (
        "<div class='k'>从老码头到新航线</div><h1>渡口新船下水</h1><div class='s'>——河湾见闻</div>"
    )
    page = _story().replace("<h1>渡口新船下水</h1>", f"<div class='headline'>{group}</div>")
    lines = extract(page).body.split("\n")
    assert lines[:3] == ["从老码头到新航线", "渡口新船下水", "——河湾见闻"]


def test_the_edition_row_and_a_link_or_date_beside_the_h1_stay_out() -> None:
    link = "<div class='c'><a href='/x'>城事频道</a></div>"
    dated = "<div class='d'>2022-04-05 09:30　来源：河湾晚报</div>"
    for page in (_story(), _story(link, dated)):
        lines = extract(page).body.split("\n")
        assert "第B02版：城事" not in lines and "城事频道" not in lines
        assert not any("来源" in ln for ln in lines)


def test_the_h1_not_the_kicker_is_the_title(tmp_path: Path) -> None:
    arts = _run_html(tmp_path, _story("<div class='k'>从老码头到新航线</div>"))
    assert arts[0]["title"] == "渡口新船下水"
    assert "从老码头到新航线" in arts[0]["text"]


# ---- jump lines


def test_a_jump_line_pair_is_chrome_and_the_cut_sentence_joins(tmp_path: Path) -> None:
    cut = (
        "<p>河湾镇今年新建了三座候船亭，老人们说这</p><p>（转第6版）</p>"
        "<p>（接第5版）</p><p>下雨天再也不怕淋湿了。</p>"
    )
    text = "\n".join(a["text"] for a in _run_html(tmp_path, _story(mid=cut)))
    assert "这下雨天再也不怕淋湿了。" in text
    assert "转第6版" not in text and "接第5版" not in text


@pytest.mark.parametrize("mid", [["（转第6版）", "", "（接第5版）"], ["（下转第六版）"]])
def test_a_text_page_joins_the_sentence_its_jump_lines_cut(mid: list[str]) -> None:
    cut = ["河湾镇今年新建了三座候船亭，老人们说这", "", *mid, "", "下雨天再也不怕淋湿了。"]
    text = repair("\n".join([PROSE, "", *cut, "", PROSE2]) + "\n")
    assert "老人们说这下雨天再也不怕淋湿了。" in text
    assert "转第" not in text and "接第" not in text


def test_a_bracketed_line_that_is_no_jump_stays() -> None:
    e = extract(_story(mid="<p>（转载自河湾晚报）</p><p>（完）</p>"))
    assert "（转载自河湾晚报）" in e.body and "（完）" in e.body


# ---- time rows and counted headings


def test_items_under_time_rows_split_and_take_bracketed_or_heading_titles() -> None:
    page = ["河湾快报", "21:05", f"【渡口新船下水】{PROSE}", "18:40", "晒谷场修缮完工", PROSE2]
    found = clock_run(page, ("晒谷场修缮完工",), "2022-04-05")
    assert [(i, t) for i, _, t, _ in found] == [(1, "渡口新船下水"), (3, "晒谷场修缮完工")]
    assert all(m == {"published": "2022-04-05"} for *_, m in found)


def test_a_timetable_or_times_out_of_order_do_not_split() -> None:
    table = ["班次", "07:30", "08:30", PROSE, "09:30", PROSE2]
    mixed = ["河湾快报", "09:05", PROSE, "18:40", PROSE2, "11:00", PROSE]
    assert clock_run(table, (), "2022-04-05") == [] and clock_run(mixed, (), "2022-04-05") == []
    dayless = ["河湾快报", "21:05", f"【渡口新船下水】{PROSE}", "18:40", f"【新亭】{PROSE2}"]
    assert clock_run(dayless) == []
    assert len(clock_run(["2022年4月5日　周二", *dayless[1:]])) == 2


def test_headings_a_stated_count_confirms_split_and_a_wrong_count_does_not() -> None:
    page = ["第B02版：城事　本版共2篇", "渡口新船下水", PROSE, "晒谷场修缮完工", PROSE2]
    heads = ("渡口新船下水", "晒谷场修缮完工")
    assert [t for *_, t, _ in counted_run(page, heads)] == list(heads)
    assert counted_run(["第B02版：城事　本版共3篇", *page[1:]], heads) == []
    assert counted_run(["第B02版：城事", *page[1:]], heads) == []
    assert len(counted_run(["本期共收录两篇", *page[1:]], heads)) == 2


def test_a_counted_or_timed_piece_keeps_its_headline_as_its_first_line() -> None:
    from cleaner.edits import Editor
    from cleaner.stages.split import SplitStage
    from cleaner.stages.split_titles import PageHints

    hints = PageHints(h1=None, headings=("渡口新船下水", "晒谷场修缮完工"), published="2022-04-05")
    pages = [
        ["第B02版：城事　本版共2篇", "渡口新船下水", PROSE, "晒谷场修缮完工", PROSE2],
        ["河湾快报", "21:05", "渡口新船下水", PROSE, "18:40", "晒谷场修缮完工", PROSE2],
    ]
    for page in pages:
        drafts = SplitStage()(Editor("p", "\n".join(page) + "\n"), hints=hints)
        assert [d.title for d in drafts] == ["渡口新船下水", "晒谷场修缮完工"]
        assert [d.text.split("\n")[0] for d in drafts] == ["渡口新船下水", "晒谷场修缮完工"]
        assert all(d.meta.get("published") == "2022-04-05" for d in drafts)
        assert not any("21:05" in d.text or "本版共" in d.text for d in drafts)


def _edition(bylines: list[bool]) -> str:
    heads = ["渡口新船下水", "晒谷场修缮完工", "老街口的花猫找到了新家"]
    body = ""
    for h, signed in zip(heads, bylines, strict=True):
        by = "<div class='author'>记者　林远</div>" if signed else ""
        body += f"<h2>{h}</h2>{by}<p>{PROSE}</p><p>{PROSE2}</p>"
    return (
        "<html><head><meta charset='utf-8'><title>B02版--河湾晚报</title>"
        "<meta name='publishdate' content='2022-04-05'></head><body>"
        "<div class='top'><a href='/'>往期</a> | <a href='/p'>版面</a></div>"
        f"<div class='page'><div class='ban'>第B02版：城事</div>{body}</div></body></html>"
    )


def test_headings_each_over_a_byline_split_an_edition_without_a_count(tmp_path: Path) -> None:
    arts = _run_html(tmp_path, _edition([True, True, True]))
    titles = ["渡口新船下水", "晒谷场修缮完工", "老街口的花猫找到了新家"]
    assert [a["title"] for a in arts] == titles
    assert all(a["meta"].get("published") == "2022-04-05" for a in arts)


@pytest.mark.parametrize("signed", [[True, False, False], [False, False, False]])
def test_sections_without_a_byline_each_stay_one_article(tmp_path: Path, signed: list) -> None:
    assert len(_run_html(tmp_path, _edition(signed))) == 1


# ---- metadata and repairs


def test_a_date_row_behind_a_bracketed_badge_is_metadata() -> None:
    p = MetaParser()
    assert p.shaped_row("【快报】2022/4/5 09:30", near_title=True) == {"published": "2022-04-05"}
    assert p.shaped_row("【提示】2022年全镇渡口检修安排如下，请乘客留意。", near_title=True) is None
    drafts = split(["【快报】2022/4/5 09:30", "渡口新船下水", PROSE, PROSE2])
    assert drafts[0].title == "渡口新船下水"
    assert drafts[0].meta.get("published") == "2022-04-05"
    assert "【快报】" not in drafts[0].text


def test_a_lead_tag_keeps_its_full_width_space_and_a_broken_word_is_joined() -> None:
    lead = "本社讯\u3000" + PROSE
    assert repair(lead + "\n").strip() == lead
    broken = "清晨的渡 口雾气很重，船工把缆绳一圈圈收好，等第一班乘客上船。"
    assert repair(broken + "\n").strip() == broken.replace(" ", "")


@pytest.mark.parametrize("name", ["sealed_r_kuaixun", "sealed_r_shuzibao"])
def test_the_html_families_of_set_r_hold_their_floors(name: str) -> None:
    f = family_figures(name)
    assert f["content_f1"] >= 0.99 and f["residue"] <= 0.0, (name, f)
    for key in ("titles", "counts", "repairs", "metadata"):
        assert f[key] >= 1.0, (name, key, f)
