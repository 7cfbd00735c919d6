"""Fixes for set zj's newsletter and PDF-report families (fixzj2), each mechanism as a
small case in wordings of its own, with look-alikes that must stay:

* an HTML issue whose stories each open with an upper-case kicker, an ``<h2>`` title
  and a byline under it (``By Some Name, Some Role · 2021/3/9``) splits into its
  stories; each story's byline gives its author and date; a contents line naming the
  titles in the head is no lost prose; the kicker over each later title is chrome;
* a single article with two ``<h2>`` section heads and no byline under them stays one,
  and an upper-case line in its text that stands over no heading stays;
* a Latin byline in middle-dot cells is read (the name and the date);
* a listed company's report taken from its PDF: the card's ``披露日期`` is the publish
  date, the bare title under the card (closed by a bracketed note, ``（摘要）``) is the
  title and the saved page title over the card the page's head, the company the title
  names the issuer; a running head printed once after a page mark, repeating the page
  title's parts, is chrome and the sentence it cut joins (a chapter head there stays);
  a converter's note is a chrome cue.

Every word is invented.
"""

from __future__ import annotations

import json
from pathlib import Path

from cleaner.stages.site_judge import KeepTable
from cleaner.stages.split_host import listed_issuer
from cleaner.stages.split_kickers import kicker_line, kickers_over
from cleaner.stages.split_meta import MetaParser
from tests.stages.family_figures import family_figures
from tests.stages.stage_runs import repair, split

P1 = (
    "The orchard crew met before dawn to wrap the young pear trees against the frost,"
    " and by noon every row along the river path was covered."
)
P2 = (
    "Next month we will plant a second row of hedges beside the school gate,"
    " so bring gloves and a flask if you can spare a Saturday morning."
)
STORIES = [
    ("ORCHARD NOTES", "Frost cloth for the riverside pear trees", "By Lina Moss, Orchard Lead"),
    ("PEOPLE", "Meet the baker who feeds our volunteers", "By Owen Tarr, Editor"),
    ("COMING UP", "A hedge planting morning at the school gate", "By Lina Moss, Orchard Lead"),
]


def _issue(bylines: bool = True, kickers: bool = True) -> str:
    toc = " · ".join(t for _, t, _ in STORIES)
    out = [
        "<html><head><meta charset='utf-8'><title>Pearfield Commons — Bulletin 9</title>",
        "</head><body><div class='top'>Open this message in a browser</div>",
        "<div class='mast'>PEARFIELD COMMONS</div>",
        f"<div class='toc'>Inside: {toc}</div>",
    ]
    for n, (kick, title, by) in enumerate(STORIES, start=1):
        if kickers:
            out.append(f"<div class='kicker'>{kick}</div>")
        out.append(f"<h2>{title}</h2>")
        if bylines:
            out.append(f"<p class='byline'>{by} · 2021/4/{n + 10}</p>")
        out.append(f"<p>{P1}</p><p>{P2}</p>")
    out.append("<p class='foot'>© 2021 Pearfield Commons</p></body></html>")
    return "".join(out)


def _run_html(tmp_path: Path, html: str) -> list[dict]:
    from cleaner.runner import run

    src = tmp_path / "in"
    src.mkdir()
    (src / "p.html").write_text(html, encoding="utf-8")
    run([src], tmp_path / "out")
    rows = (tmp_path / "out" / "articles.jsonl").read_text("utf-8").splitlines()
    return [json.loads(x) for x in rows]


def test_a_newsletter_issue_splits_into_its_bylined_stories(tmp_path: Path) -> None:
    arts = _run_html(tmp_path, _issue())
    assert [a["title"] for a in arts] == [t for _, t, _ in STORIES]
    assert [a["meta"].get("author") for a in arts] == ["Lina Moss", "Owen Tarr", "Lina Moss"]
    assert [a["meta"].get("published") for a in arts] == [
        "2021-04-11",
        "2021-04-12",
        "2021-04-13",
    ]
    text = "\n".join(a["text"] for a in arts)
    for kick, _, _ in STORIES:
        assert kick not in text.split("\n")  # the kickers are chrome
    assert all(P1 in a["text"] and P2 in a["text"] for a in arts)  # no prose lost
    assert "Inside:" not in text


def test_one_article_with_two_section_heads_stays_whole(tmp_path: Path) -> None:
    html = (
        "<html><head><meta charset='utf-8'><title>Pruning pear trees</title></head><body>"
        "<h1>Pruning pear trees</h1><p class='byline'>By Lina Moss · 2021/4/2</p>"
        f"<p>{P1}</p><h2>Tools you need</h2><p>{P2}</p><p>NOTE</p>"
        f"<h2>When to cut</h2><p>{P1}</p><p>{P2}</p></body></html>"
    )
    arts = _run_html(tmp_path, html)
    assert len(arts) == 1
    lines = arts[0]["text"].split("\n")
    assert "Tools you need" in lines and "When to cut" in lines
    assert "NOTE" in lines  # an upper-case line over a heading but no piece's kicker


def test_kicker_shape_and_its_look_alikes() -> None:
    assert kicker_line("ORCHARD NOTES") and kicker_line("Q&A")
    assert not kicker_line("Orchard notes")  # a heading in sentence case
    assert not kicker_line("TOP 5 PEARS")  # a digit: a list's head, not a column label
    assert not kicker_line("WE DID IT!")  # a shout in the text
    body = [P1, "ACRONYMS LIKE NASA", P2]
    assert kickers_over(body, [0]) == []  # no heading run: nothing is a kicker


def test_a_latin_byline_in_middle_dot_cells_is_read() -> None:
    m = MetaParser()
    row = m.meta_row("By Owen Tarr, Editor · 2021/4/12", near_title=True)
    assert row == {"published": "2021-04-12", "author": "Owen Tarr"}
    assert m.meta_row("By Owen Tarr · we walked home along the river", near_title=True) is None


def test_floor_newsletter_family() -> None:
    f = family_figures("sealed_zj_tongxun")
    assert f["counts"] >= 0.95 and f["titles"] >= 0.95 and f["metadata"] >= 0.9, f
    assert f["content_f1"] >= 0.95 and f["residue"] <= 0.02, f


# ---- a listed company's report taken from its PDF (text page)

REPORT_TITLE = "某某纸业股份有限公司2020年度社会责任报告（摘要）"
PARA1 = "报告期内公司持续推进节水改造，围绕生产用水开展分项计量并逐月"
PARA2 = "复核，全年节约用水一万二千吨，各车间均完成了既定的考核目标。"
PARA3 = "公司下属两家工厂已全部通过清洁生产审核，相关情况在年度报告中一并披露。"


def _report(running: str = "某某纸业　2020年度社会责任报告", second: str = PARA2) -> list[str]:
    return [
        "某某纸业：2020年度社会责任报告（摘要）-公司公告-某某财经网",
        "",
        "证券代码：600001",
        "证券简称：某某纸业",
        "披露日期：2021-04-20",
        "",
        REPORT_TITLE,
        "",
        "第二章　环境保护",
        PARA1,
        "",
        "— 7 —",
        running,
        "",
        second,
        PARA3,
    ]


def test_a_disclosure_date_label_is_the_publish_date() -> None:
    assert MetaParser().field_of("披露日期") == "published"
    assert MetaParser().field_of("截止日期") != "published"


def test_a_running_head_printed_once_after_a_page_mark_goes_and_the_sentence_joins() -> None:
    out = repair("\n".join(_report()) + "\n")
    assert PARA1 + PARA2 in out  # the cut sentence is whole again
    assert "某某纸业　2020年度社会责任报告" not in out.split("\n")
    assert "— 7 —" not in out


def test_a_heading_after_a_page_mark_is_no_running_head() -> None:
    # a chapter head printed after the page mark names no part of the page's title
    page = _report(running="第三章　社会责任", second="公司坚持依法合规经营，保障员工权益。")
    out = repair("\n".join(page) + "\n")
    assert "第三章　社会责任" in out.split("\n")


def test_the_report_under_its_card_is_titled_dated_and_issued() -> None:
    arts = split(repair("\n".join(_report()) + "\n").rstrip("\n").split("\n"))
    assert len(arts) == 1
    a = arts[0]
    assert a.title == REPORT_TITLE
    assert a.meta.get("published") == "2021-04-20"
    assert a.meta.get("issuer") == "某某纸业股份有限公司"
    assert "某某财经网" not in a.text  # the saved page title over the card is the head
    assert PARA3 in a.text


def test_listed_issuer_look_alikes() -> None:
    meta = {"security_name": "某某纸业"}
    assert listed_issuer("某某纸业股份有限公司2020年度报告", meta) == "某某纸业股份有限公司"
    assert listed_issuer("关于某某纸业股份有限公司的公告", meta) is None  # not the opening
    assert listed_issuer("某某纸业2020年度报告", meta) is None  # no company word
    assert listed_issuer("某某纸业股份有限公司2020年度报告", {}) is None  # no card


def test_a_converter_note_is_a_chrome_cue_and_a_plain_sentence_is_not() -> None:
    judge = KeepTable()
    note = "本页文字由扫描件自动识别生成，如有差错请以纸质原件为准。"
    assert {"converted", "legal"} <= set(judge.cues(note))
    plain = "新设备能够自动调节水温，冬季用水更加方便。"
    assert "legal" not in judge.cues(plain) and len(judge.cues(plain)) <= 1


def test_floor_report_family() -> None:
    f = family_figures("sealed_zj_esg")
    assert f["counts"] >= 0.95 and f["titles"] >= 0.95 and f["metadata"] >= 0.9, f
    assert f["content_f1"] >= 0.95 and f["residue"] <= 0.02 and f["repairs"] >= 0.9, f
