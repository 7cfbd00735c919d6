"""Fixes for set zn's forum digest and read-later clippings (fixzn1).

* A digest page sets a kicker ``No.03 ｜ 某栏`` (a serial, a bar and the column's tag) over
  each piece's ``<h3>`` title, the poster's row under the title.  The kicker is a
  tag-and-serial line (:func:`split_tags.tag_first`): a run of them numbered 1, 2, 3 keeps
  its titles and rows from the site's memory (:func:`boilerplate_site.marked_heads`, a
  title the page declares as a heading may hold a comma), the split cuts at the headings,
  the kickers go as the pieces' headers and each bare title stays the first line of its
  piece's text.
* A read-later app's export opens with ``【某藏】X`` and its source rows, the clipped piece
  under them with X again (:mod:`split_clip_head`): the head is the page's, its rows give
  the source (a channel's quoted name: the name) but never the day, the copy is the title.
* An account's byline row opened by a badge (``原创　某某　某号``, ``原创　文／某某``) reads the
  writer as the author (:mod:`badge_bylines`), under the title or under it with the dated
  row over the title.
* A channel's notice on how to ask leave to repost (``…如需转载请在后台留言…``) is chrome
  (rule ``repost_procedure``).

Look-alikes that stay: a bar row with no number sign (``3 ｜ 某栏``), a serial over a
sentence; a bracketed notice tag over a title that never stands again; a badge before a
date or a photographer's credit; a sentence that tells of reposting.  Every word is
invented.
"""

from __future__ import annotations

from cleaner.edits import Editor
from cleaner.stages.badge_bylines import badge_byline
from cleaner.stages.boilerplate_site import marked_heads
from cleaner.stages.split import SplitStage
from cleaner.stages.split_clip_head import clip_head, named_source
from cleaner.stages.split_tags import tag_first, tag_serial
from cleaner.stages.split_titles import PageHints
from tests.stages.family_figures import assert_floors
from tests.stages.stage_runs import boil, split

# -- a digest's kickers over its headings ----------------------------------------------------

TITLES = ["河边的柳树，今年开得早", "周末去果园，带上两只篮子", "一盏台灯，修了三个晚上"]
POSTERS = ["晴川小鹿", "老陶不老", "木木同学"]
DAYS = ["2020-05-02", "2020-05-09", "2020-05-16"]
TEXT = "这一周我们按计划把剩下的事情做完了，中间出了一点小岔子，最后还是顺利收了尾。"
MORE = "大家在楼里补充了不少细节，我挑了几条放在这里，感兴趣的可以去原帖接着看。"


def _digest(kickers: list[str] | None = None) -> list[str]:
    page = ["小站周选第7期 - 某某社区", "本期编辑：某某　收录 3 帖"]
    tags = kickers or [f"No.0{n} ｜ 生活杂谈" for n in range(1, 4)]
    for tag, title, who, day in zip(tags, TITLES, POSTERS, DAYS, strict=True):
        page += [tag, title, f"楼主：{who}　·　{day}　·　回复 12　·　浏览 1.2k", TEXT, MORE]
    return page


def _split_digest(page: list[str]) -> list[tuple[str, str, dict[str, str]]]:
    hints = PageHints(title=page[0], h1="小站周选 · 第7期", headings=("小站周选 · 第7期", *TITLES))
    drafts = SplitStage()(Editor("p", "\n".join(page) + "\n"), hints=hints)
    return [(d.title, d.text, dict(d.meta)) for d in drafts]


def test_a_serial_then_tag_line_is_a_kicker() -> None:
    assert tag_first("No.03 ｜ 生活杂谈") and tag_serial("No.03 ｜ 生活杂谈")
    assert tag_first("#2 / Field notes") and tag_first("第4期 · 读书")
    assert not tag_first("3 ｜ 生活杂谈")  # no number sign: a list's row
    assert not tag_serial("No.3 ｜ 这一周我们做完了三件事")  # words of its own
    assert not tag_first("No.3 ｜ 生活杂谈，又一周")


def test_a_marked_run_keeps_its_declared_titles_and_rows() -> None:
    page = _digest()
    marks = {i for i, s in enumerate(page) if s.startswith("No.")}
    kept = marked_heads(page, tuple(TITLES))
    rows = {i for i, s in enumerate(page) if s.startswith("楼主")}
    titles = {i for i, s in enumerate(page) if s in TITLES}
    assert kept == marks | rows | titles
    # not declared as headings, a title with a comma is no title of the run
    assert marked_heads(page) == marks


def test_kickers_over_headings_split_the_digest() -> None:
    got = _split_digest(_digest())
    assert [t for t, _, _ in got] == TITLES
    assert [m.get("author") for _, _, m in got] == POSTERS
    assert [m.get("published") for _, _, m in got] == DAYS
    for title, text, _ in got:
        assert text.splitlines()[0] == title  # the bare title stays the text's first line
        assert "No.0" not in text and "楼主" not in text
        assert TEXT in text and MORE in text


def test_kickers_with_no_number_sign_are_no_kickers() -> None:
    kickers = [f"0{n} ｜ 生活杂谈" for n in range(1, 4)]
    assert not any(tag_first(k) for k in kickers)
    got = _split_digest(_digest(kickers))
    # the pieces still split at their headings; the bare rows stay lines of the text
    assert all(not text.startswith("0") for _, text, _ in got)
    assert sum(text.count("｜ 生活杂谈") for _, text, _ in got) >= 2


# -- a read-later clipping ---------------------------------------------------------------------

ESSAY = "那天傍晚我沿着旧铁道走了很久，风里有一点桂花的味道，我想起了很多年前的一个秋天。"
ESSAY2 = "后来我又去过几次，那排老房子已经拆了，只有铁道还在，桂花也还在原来的地方开。"
CLOSE = "愿每个人都有一段可以慢慢走完的路。"


def _clip(odd: bool) -> list[str]:
    head = [
        "【稍读】铁道边的桂花",
        "来源：公众号「某某小记」",
        "原文：https://example.org/s/abc123",
        "存入：2022-10-20 21:05　｜　标签：#秋天",
        "──────────────",
        "",
    ]
    if odd:
        body = ["某某小记　2022-10-18 07:30", "铁道边的桂花", "原创　文／江小禾"]
    else:
        body = ["铁道边的桂花", "原创　江小禾　某某小记", "2022年10月18日 07:30　浙江"]
    return head + body + ["", ESSAY, "", ESSAY2, "", CLOSE]


def test_a_clipping_head_gives_way_to_the_clipped_title() -> None:
    for odd in (False, True):
        (d,) = split(_clip(odd))
        assert d.title == "铁道边的桂花"
        assert d.meta.get("origin") == "某某小记"
        assert d.meta.get("published") == "2022-10-18"  # not the day it was saved
        assert d.meta.get("author") == "江小禾"
        lines = [x for x in d.text.splitlines() if x.strip()]
        assert lines[0] == "铁道边的桂花"
        assert lines[1:] == [ESSAY, ESSAY2, CLOSE]


def test_a_tagged_title_never_repeated_is_no_clipping_head() -> None:
    page = ["【通知】关于周末停水的安排", "发布：某某物业", "", ESSAY, "", CLOSE]
    assert clip_head([x for x in page if x]) is None
    (d,) = split(page)
    assert "关于周末停水的安排" in d.title
    assert ESSAY in d.text and CLOSE in d.text
    # a sentence between the tagged line and a copy: the copy is the text's
    assert clip_head(["【稍读】铁道边的桂花", ESSAY, "铁道边的桂花"]) is None


def test_a_channel_named_source_is_its_name() -> None:
    assert named_source("公众号「某某小记」") == "某某小记"
    assert named_source("订阅号“某某周刊”") == "某某周刊"
    assert named_source("某某日报") == "某某日报"
    assert named_source("某某日报「副刊」") == "某某日报「副刊」"


def test_a_badge_byline_reads_the_writer() -> None:
    assert badge_byline("首发　江小禾") == {"author": "江小禾"}
    assert badge_byline("原创　撰文／江小禾　某某小记") == {"author": "江小禾"}
    assert badge_byline("原创　摄影／江小禾") is None  # who shot it, no writer
    assert badge_byline("原创　2022-10-18") is None
    assert badge_byline("原创内容　江小禾") is None
    assert badge_byline("江小禾　某某小记") is None


# -- a repost procedure notice -------------------------------------------------------------------


def test_a_repost_procedure_notice_is_chrome() -> None:
    for notice in (
        "本文系「某某小记」原创，如需转载请在后台留言。",
        "如需转发，请私信我们获取授权。",
        "若要摘编本文，请联系编辑部授权。",
    ):
        out = boil([ESSAY, ESSAY, notice])
        assert notice not in out and ESSAY in out


def test_a_sentence_about_reposting_stays() -> None:
    for line in (
        "如需转载的读者越来越多，我们后来专门开了一个会讨论这件事。他们都同意了。",
        "第十二条　如需转载，须经著作权人许可。",
    ):
        out = boil([ESSAY, line, ESSAY])
        assert line in out


# -- the families --------------------------------------------------------------------------------


def test_zn_jinghua_floors() -> None:
    assert_floors(
        "sealed_zn_jinghua",
        {"content_f1": 0.96, "titles": 0.95, "counts": 0.95, "metadata": 0.95},
        residue=0.08,
    )


def test_zn_jianzang_floors() -> None:
    assert_floors(
        "sealed_zn_jianzang",
        {"content_f1": 0.99, "titles": 0.95, "counts": 0.95, "metadata": 0.95},
        residue=0.02,
    )
