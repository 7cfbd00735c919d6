"""A page's own title that the site lists on its other pages, kept with its dated row.

One mechanism (``listed_titles.dated_titles``) now does what two did in parallel
(``dated_titles`` and ``repeat_titles.title_over_text``, session 8): the examples that
``title_over_text`` held in its docstring hold here for ``dated_titles``, with
``title_over_text``'s cases carried over (a row that opens with a date, bare or under
any short label; an HTML page; a line the site prints word for word on most of its pages
is no title on an HTML page), and its look-alikes (a pointer of a related list, a page
mark) still go.

Every word is invented.
"""

from __future__ import annotations

from cleaner.edits import Editor
from cleaner.stages.listed_titles import dated_titles
from tests.stages.stage_runs import site_stage


def _no_label(s: str) -> bool:
    """No labelled row the split stage's readers date: rows open with a date here."""
    return False


PAGE = ["某应用 3.1.0 版更新说明", "发布日期：2021/3/9", "本次更新修正了问题。"]


def test_a_title_stays_over_its_dated_row() -> None:
    assert dated_titles(PAGE, {0: 0}, {}, {}, _no_label) == [0]  # the row is no hit: stays
    assert dated_titles(PAGE, {0: 0, 1: 0}, {}, {}, _no_label) == [0, 1]  # a learned row too


def test_a_line_on_most_pages_word_for_word_is_no_title_by_its_row() -> None:
    assert dated_titles(PAGE, {0: 0}, {}, {}, _no_label, widespread={0}) == []


def test_a_title_under_its_row_stays_over_prose() -> None:
    above = ["发布日期：2021/3/9", "某应用 3.1.0 版更新说明", "本次更新修正了问题。"]
    assert dated_titles(above, {0: 0, 1: 0}, {}, {}, _no_label) == [0, 1]


def test_a_bare_date_opening_the_row_dates_it() -> None:
    page = ["某应用 3.1.0 版更新说明", "2021-03-09 16:20　阅读 32", "本次更新修正了问题。"]
    assert dated_titles(page, {0: 0, 1: 0}, {}, {}, _no_label) == [0, 1]
    # a row dated elsewhere than at its opening is no title's row
    late = ["某应用 3.1.0 版更新说明", "阅读 32　2021-03-09 16:20", "本次更新修正了问题。"]
    assert dated_titles(late, {0: 0, 1: 0}, {}, {}, _no_label) == []


def test_pointers_of_a_list_and_a_page_mark_still_go() -> None:
    rel = ["相关文章", "某应用 3.1.0 版更新说明", "某应用 3.0.0 版更新说明", "版权所有"]
    assert dated_titles(rel, {1: 0, 2: 0, 3: 0}, {}, {}, _no_label) == []
    marks = ["上文写到这里，", "第1页 共2页 下一页", "下文接着写完。"]
    assert dated_titles(marks, {1: 0}, {}, {}, _no_label) == []
    # dated pointers in the foot: no text of the page's own under them
    foot = ["本次更新修正了问题。", "相关文章", PAGE[0], "2021-03-09", "某应用 3.0.0 版更新说明"]
    assert dated_titles(foot, {1: 0, 2: 0, 3: 0, 4: 0}, {}, {}, _no_label) == []


def _note(n: int) -> list[str]:
    return [
        "某某便签 帮助中心",
        f"某某便签 {n}.0.0 版说明",
        f"2020-0{n}-09 10:30　阅读 {n}1",
        f"第{n}版把语音转成文字的功能做好了，支持的语言还会越来越多，请大家更新。",
        "相关文章",
        f"某某便签 {n + 1}.0.0 版说明",
        "版权所有 某某软件公司",
    ]


def test_an_html_page_keeps_its_listed_title_by_its_row() -> None:
    pages = [_note(n) for n in range(1, 8)]
    stage = site_stage(pages)
    for n in (2, 3):
        ed = Editor("p", "\n".join(pages[n - 1]) + "\n")
        stage(ed, site="s", kind="html", headings=("某某便签 帮助中心",))
        out = ed.text.splitlines()
        assert f"某某便签 {n}.0.0 版说明" in out, out  # its own title, no heading here
        assert f"2020-0{n}-09 10:30　阅读 {n}1" in out, out  # and its row
        assert f"某某便签 {n + 1}.0.0 版说明" not in out  # the related pointer: chrome
        assert "相关文章" not in out


def _asked(n: int) -> list[str]:
    return [
        "问问小站 > 园艺",
        f"第{n}盆绿萝的叶子为什么发黄？",
        f"浇水的次数我已经减少到每周{n}次了，可是叶子还是一片片地黄下去，想问问原因。",
        f"答主：种花的人　回答于 2020-03-0{n}",
        "另外两位朋友的看法",
        f"放在背阴的地方{n}天，再把表面的土松一松，过一阵子新叶就长出来了。",
        "相关问题",
        "问问小站　关于我们",
    ]


def test_a_label_under_an_answers_byline_on_every_html_page_stays_chrome() -> None:
    pages = [_asked(n) for n in range(1, 7)]
    stage = site_stage(pages)
    for n in (2, 3):
        ed = Editor("p", "\n".join(pages[n - 1]) + "\n")
        stage(ed, site="s", kind="html", headings=(pages[n - 1][1],))
        out = ed.text.splitlines()
        assert "另外两位朋友的看法" not in out, out  # on every page: no title by the byline's date
        assert pages[n - 1][5] in out and pages[n - 1][1] in out
