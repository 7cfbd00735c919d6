"""Review 18, finding 3: numbers taken out that are no printed page's folios.

All text is invented.  Class: **a pager or a menu's lone numbers read as folios**
(:func:`~cleaner.stages.page_folio.folios_taken`).  Two printed folios of consecutive
pages, each taken out by the boilerplate stage as a deletion of its own with the page's
text between them, say the page was paginated, and the paragraph joins then glue a
paragraph that merely stops without a full stop onto the next.  A pager list left out by
extraction ('1 2 下一页'), or the boilerplate stage's deletion of a pager or menu block
(its numbers side by side, in one deletion or in deletions that touch), says nothing of
the kind: the paragraphs stay apart.  The folios themselves still count (the positive
case is ``test_a_paragraph_cut_early_by_a_taken_folio_is_joined`` in
``test_spread_kinds.py``; here a unit case).
"""

from __future__ import annotations

import pytest

from cleaner.config import PipelineConfig
from cleaner.ingest.records import ReadOptions, html_page
from cleaner.model import Change
from cleaner.pipeline import Pipeline
from cleaner.stages.page_folio import PAGE_FOLIO, folios_taken

#: two paragraphs, the first stopping without a full stop (a sloppy writer, not a cut)
_OPEN = "河湾小学本学期开设了种菜课，孩子们每周都去学校后面的菜园里浇水拔草"
_NEXT = "校长说下学期还要增加养蚕和做木工两门课程，家长们也可以报名来帮忙"


def _news(pager: str) -> bytes:
    return f"""<html><head><title>河湾小学开设种菜课</title></head><body>
<div class="menu"><a href="/">首页</a><a href="/xw">校园新闻</a></div>
<div class="content"><h1>河湾小学开设种菜课</h1>
<p>三月以来，河湾小学把操场边的一块空地整理成了菜园，分给各个班级照看。</p>
<p>老师们先在课堂上讲种子和土壤，再带学生到地里动手，大家都很有兴趣。</p>
<p>{_OPEN}</p><p>{_NEXT}</p><p>更多消息请关注学校公众号。</p></div>{pager}
<div class="foot">河湾小学 版权所有</div></body></html>""".encode()


_PAGERS = [
    # a bootstrap pager list
    '<ul class="pagination"><li><a href="?p=1">1</a></li><li><a href="?p=2">2</a></li>'
    '<li><a href="?p=2">下一页</a></li></ul>',
    # a row of blocks, 'prev' first, three pages
    '<div class="pages"><div><a href="?pg=1">上一页</a></div><div><a href="?pg=1">1</a>'
    '</div><div><a href="?pg=2">2</a></div><div><a href="?pg=3">3</a></div></div>',
    # an ordered list, the current page unlinked, an English 'next'
    '<ol class="page-numbers"><li><span class="current">1</span></li>'
    '<li><a href="/p/2">2</a></li><li><a href="/p/3">3</a></li>'
    '<li><a href="/p/2">Next »</a></li></ol>',
]


@pytest.mark.parametrize("pager", ["", *_PAGERS])
def test_a_pager_left_out_glues_no_paragraphs(pager: str) -> None:
    raw = html_page("school.html", _news(pager), {}, ReadOptions())
    res = Pipeline(PipelineConfig()).process(raw, 0)
    text = "\n".join(a.text for a in res.articles)
    assert _OPEN in text and _NEXT in text
    assert _OPEN + _NEXT not in text
    assert not [c for c in res.changes if c.rule.startswith("repair.join_broken_paragraph")]


def _d(rule: str, start: int, text: str, step: int = 0) -> Change:
    return Change("p", "boilerplate", rule, "delete", start, start + len(text), text, step=step)


def test_two_folios_a_page_apart_are_taken() -> None:
    assert folios_taken([_d("boilerplate.line_model", 120, "7\n"), _d("x.y", 0, "a")]) is False
    pair = [_d("boilerplate.line_model", 120, "7\n"), _d("boilerplate.site_repeat", 500, "8\n")]
    assert folios_taken(pair)
    # with the running head in the same deletion
    assert folios_taken([pair[0], _d("boilerplate.site_repeat", 500, "某县志稿　卷三\n8\n")])
    assert folios_taken([_d(PAGE_FOLIO, 40, "12\n")])


@pytest.mark.parametrize(
    "deletions",
    [
        # extraction's drops, a page apart: a pager above and below the text
        [_d("extract.link_list", 30, "4\n"), _d("extract.link_list", 600, "5\n")],
        # a pager's numbers in one deletion, the next number far away
        [
            _d("boilerplate.line_model", 30, "上一页\n1\n2\n下一页\n"),
            _d("boilerplate.x", 600, "3\n"),
        ],
        # a menu's numbers as deletions that touch (one per line), or a blank line apart
        [_d("boilerplate.line_model", 30, "1\n"), _d("boilerplate.line_model", 32, "2\n")],
        [_d("boilerplate.line_model", 30, "1\n"), _d("boilerplate.line_model", 33, "2\n")],
        # numbers that are a page apart but with only deletions between them
        [
            _d("boilerplate.line_model", 30, "1\n"),
            _d("boilerplate.site_repeat", 32, "友情链接：某某网　某某在线　某某论坛\n"),
            _d("boilerplate.line_model", 32 + 19, "2\n"),
        ],
        # two steps' numbers: offsets into different texts
        [_d("boilerplate.a", 30, "1\n", step=0), _d("boilerplate.b", 400, "2\n", step=1)],
    ],
)
def test_numbers_that_are_no_folios_are_not_taken(deletions: list[Change]) -> None:
    assert not folios_taken(deletions)
