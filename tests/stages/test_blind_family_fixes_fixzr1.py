"""Fixes for the two HTML families of blind set zr (fixzr1), each as a small case in
wordings of its own, with look-alikes that stay:

* a reference work's entry: the same short control line (an edit link) under every
  numbered section head is the page's bar, not its text; a sources list under its
  heading, its entries numbered ``[1]``, ``[2]`` … with no citation type marks, closing the
  text is a related list.  A word that stands under a numbered head once and elsewhere
  too, numbered lines out of order or with no heading over them stay;
* a review's comment thread, one row per comment set out by gaps (name, text, day), under
  a heading that counts them or, its heading gone, closing the text in date order: the
  thread is chrome.  A counted heading over rows that are no comments, and a chronology
  of named steps closing a text, stay.

Every word is invented.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from cleaner.config import PipelineConfig
from cleaner.edits import Edit, Editor
from cleaner.ingest.readers import read_inputs
from cleaner.model import Article, RawInput
from cleaner.pipeline import Pipeline
from cleaner.stages.comment_threads import COMMENT_THREAD
from cleaner.stages.edit_stamp import edit_stamp_date, stamp_day
from tests.stages.family_figures import assert_floors
from tests.stages.stage_runs import boil, plain_stage

P1 = "这条老街始建于明代，青石板路两旁是木结构的两层铺面，至今仍保留着当年的格局。"
P2 = "街上的铺子大多是前店后坊，做糕点的、打铁的、修钟表的，一家挨着一家。"
P3 = "每到冬至，街坊们会在街口摆开长桌，一起包汤圆，这个习俗已经延续了上百年。"


def test_a_bar_under_every_numbered_head_goes_and_a_text_word_stays() -> None:
    page = ["槐荫老街", P1, "1 历史", "修改此节", P2, "2 习俗", "修改此节", P3]
    out = boil(page).split("\n")
    assert "修改此节" not in out
    assert {"1 历史", "2 习俗", P1, P2, P3} <= set(out)
    # the same short line also standing in the text: a word of the text, kept
    kept = boil([*page, "修改此节"]).split("\n")
    assert kept.count("修改此节") == 3
    # under heads that carry no number: not the bar's place, kept
    plain = ["槐荫老街", P1, "历史", "修改此节", P2, "习俗", "修改此节", P3]
    assert boil(plain).split("\n").count("修改此节") == 2


def test_a_numbered_sources_list_closing_the_text_goes() -> None:
    refs = ["资料来源", "[1] 某区地名志．2001年", "[2] 某区档案馆．老街旧影．2012年"]
    refs.append("[3] 某报．老街的冬至．2019年")
    out = boil([P1, P2, "参考资料", *refs[1:]])
    assert "[2] 某区档案馆．老街旧影．2012年" not in out and "参考资料" not in out
    assert P2 in out
    # numbers out of order: the text's own numbered lines, kept
    odd = boil([P1, "参考资料", refs[1], refs[3], refs[2]])
    assert refs[1] in odd and refs[3] in odd
    # numbered lines under no heading: kept
    bare = boil([P1, *refs[1:]])
    assert all(r in bare for r in refs[1:])


C1 = "阿禾　看完也想去那条街走走。　2023-02-01"
C2 = "老周　小时候常去，怀念。　2023-02-03"


def test_a_counted_thread_of_gap_rows_goes() -> None:
    out = boil([P1, P2, "跟帖（2）", C1, C2, "本站所有内容仅供学习交流"])
    assert C1 not in out and C2 not in out and "跟帖（2）" not in out
    assert P2 in out
    # a counted heading over rows that are no comments (no date closing them): kept
    rows = ["附件（2）", "甲表　报名信息", "乙表　联系方式"]
    kept = boil([P1, P2, *rows])
    assert all(r in kept for r in rows)


def test_closing_gap_rows_in_date_order_go_and_a_chronology_stays() -> None:
    out = boil([P1, P2, C1, C2])
    assert C1 not in out and C2 not in out and P2 in out
    steps = ["立项　项目批复　2021-03-01", "开工　施工许可　2021-05-02"]
    steps.append("竣工　验收备案　2022-01-09")
    assert not _thread_rules([P1, P2, *steps])
    # rows out of date order: no thread, kept
    assert not _thread_rules([P1, P2, C2, C1])


def _thread_rules(lines: list[str]) -> list[str]:
    """The lines the comment-thread rule took on the page."""
    ed = Editor("p", "\n".join(lines) + "\n")
    plain_stage()(ed, site=None)
    return [c.before for c in ed.ledger if c.rule == COMMENT_THREAD]


def test_the_zr_html_families_hold_their_figures() -> None:
    assert_floors(
        "sealed_zr_baike", {"content_f1": 0.92, "titles": 1.0, "metadata": 0.85}, residue=0.2
    )
    assert_floors("sealed_zr_yingping", {"content_f1": 0.95, "titles": 1.0}, residue=0.06)


def _html(body: str, title: str) -> list[Article]:
    """The articles of one invented HTML page run through the whole pipeline."""
    page = f"<html><head><title>{title}</title></head><body>{body}</body></html>"
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "page.html"
        path.write_text(page, encoding="utf-8")
        raws = [r for r in read_inputs([path]) if isinstance(r, RawInput)]
        return Pipeline(PipelineConfig()).process(raws[0], 0).articles


CARD = (
    "<div class='card'><div>槐荫老街 (明代)</div><div>位置：某区　长度：800米</div></div>"
    "<div class='by'>阿禾 的游记 · 2023-01-20 18:30</div>"
)
BODY = "<h1>冬至那天的长桌</h1>" + "".join(f"<p>{p}</p>" for p in (P1, P2, P3))


def test_the_h1_the_title_names_under_a_card_is_the_title() -> None:
    arts = _html(CARD + BODY, "冬至那天的长桌（槐荫老街游记）-某站")
    assert [a.title for a in arts] == ["冬至那天的长桌"]
    assert "冬至那天的长桌（槐荫老街游记）-某站" not in arts[0].text
    assert P1 in arts[0].text
    # the byline over it names the writer and the day; the card's rows over it are not
    # dropped for it: no line of the page is lost
    assert arts[0].meta.get("author") == "阿禾"
    assert arts[0].meta.get("published") == "2023-01-20"
    assert "槐荫老街 (明代)" in arts[0].text
    # prose over the <h1>: the page's lead, not a card; the <h1> is not taken from under it
    lead = f"<p>{P3}</p>"
    prosy = _html(lead + BODY, "冬至那天的长桌（槐荫老街游记）-某站")
    assert P3 in prosy[0].text


def test_the_last_edit_stamp_a_rule_took_dates_the_entry() -> None:
    text = f"{P1}\n最近修订：某编辑（2021-03-09）\n"
    ed = Editor("p", text)
    at = text.index("最近")
    ed.apply("boilerplate", [Edit(at, len(text), "", "boilerplate.site_repeat", "delete")])
    assert edit_stamp_date(ed) == "2021-03-09"
    # a news page's own '更新时间：' label is its publish row, no last-edit stamp here
    assert stamp_day("更新时间：2021-03-09") is None
    # two stamps (a history's rows): no one day
    two = f"{P1}\n最后编辑：甲（2021-03-09）\n最后编辑：乙（2021-04-01）\n"
    ed2 = Editor("p", two)
    ed2.apply("boilerplate", [Edit(len(P1) + 1, len(two), "", "boilerplate.site_repeat", "delete")])
    assert edit_stamp_date(ed2) is None


def test_a_rating_row_by_the_title_goes_and_stars_in_the_text_stay() -> None:
    out = boil(["冬至那天的长桌", "去过　★★★★☆　值得", P1, P2]).split("\n")
    assert "去过　★★★★☆　值得" not in out and P1 in out
    # a row of the text's own under its prose, and stars inside a sentence: kept
    kept = boil(["冬至那天的长桌", P1, "环境　★★★★☆", P2, "我给它★★★★☆，不能再多了。"])
    assert "环境　★★★★☆" in kept and "我给它★★★★☆，不能再多了。" in kept


def _sections(label: str, items: list[str]) -> str:
    links = "".join(f"<li><a href='/x/{k}.html'>{t}</a></li>" for k, t in enumerate(items))
    return (
        f"<h1>槐荫老街</h1><p>{P1}</p><div class='box'>{label}</div><ul>{links}</ul>"
        f"<h2>1 历史</h2><p>{P2}</p><h2>2 习俗</h2><p>{P3}</p>"
    )


def test_a_contents_label_over_the_page_s_own_section_list_goes() -> None:
    arts = _html(_sections("本页内容", ["历史", "习俗"]), "槐荫老街_某站")
    lines = arts[0].text.split("\n")
    assert "本页内容" not in lines and "1 历史" in lines and P3 in lines
    # a label over links to other pages (no heading of the page repeats them): kept
    other = _html(_sections("本页内容", ["石桥", "渡口"]), "槐荫老街_某站")
    assert "本页内容" in other[0].text.split("\n")
