"""Fixes for set ze's developer Q&A pages and law firm articles (fixze1).

* A question's ``<h1>`` that other pages of the site list under their similar questions
  was learned as chrome when a cue word stood inside it (``…接口一直返回 500``: a
  navigation word): the page's own headline (named by its ``<title>``), printed word for
  word on at most half the site's pages, stays (silent loss and a wrong title before).
* An HTML edge zone reached into the question's top, whose lines are short and whose
  first prose line stands under the code: a colon line leading into program code or a
  shell command is the body's, whatever cue word it holds (``相关的…如下：``).
* A saved page title (``标题 - 栏目 - 网站``) over its own headline on a paginated text
  page was joined to it as a cut paragraph.
* A name closed by a profession's title (``某某某律师``, a cell ``某某 律师``) is the
  author without the title; a board's post verb closes a byline's date (``… 提问``);
  a long name glued to its verb and ``于`` labels the date (``某某某某提问于 2021-…``).
* A biography label alone on its line and its one paragraph, over the page's claimed
  foot, are the site's note about the writer.

Look-alikes that stay: the site's own h1 printed on most pages, a related-list label
over a title, a real cut sentence (still joined), a profession noun with no name, a
deadline date, a biography with no chrome under it, a label with its value beside it.
Every word is invented.
"""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any, cast

from cleaner.stages.foot_bio import bio_tail
from cleaner.stages.html_edges import edge_gate
from cleaner.stages.repeat_keeps import own_headline
from cleaner.stages.split_cell_rows import _verb_label
from cleaner.stages.split_cells import cell_row
from cleaner.stages.split_meta_lines import MetaLines
from cleaner.stages.split_values import names_only
from tests.stages.family_figures import family_figures
from tests.stages.stage_runs import repair

HEADLINE = "缓存服务重启后接口一直返回 500，换个端口却好了"


def _hit(support: float, signals: tuple[str, ...] = ("cue:navigation",)) -> Any:
    return cast(Any, SimpleNamespace(kind="line", support=support, signals=signals))


def test_a_headline_the_site_lists_elsewhere_is_the_pages_own() -> None:
    assert own_headline(HEADLINE, _hit(37.5), (HEADLINE,))


def test_a_headline_on_most_pages_or_a_menu_or_another_line_is_not() -> None:
    assert not own_headline(HEADLINE, _hit(90.0), (HEADLINE,))  # the site's name h1
    assert not own_headline(HEADLINE, _hit(37.5, ("menu",)), (HEADLINE,))
    assert not own_headline("返回首页", _hit(37.5), (HEADLINE,))


LEAD = "相关的脚本大致如下："
PAGE = [
    "某某问答社区",
    HEADLINE,
    LEAD,
    "npm run build --prod",
    "试过清缓存、换版本，折腾了整整一个下午也还是老样子，请各位帮忙看看原因。",
    "写回答",
]


def test_a_colon_line_over_code_opens_the_body() -> None:
    gate = edge_gate(PAGE)
    assert not gate(PAGE.index(LEAD))
    code = [*PAGE[:3], "x = load_rows(12)", *PAGE[4:]]
    assert not edge_gate(code)(code.index(LEAD))


def test_a_related_label_over_a_title_stays_at_the_edge() -> None:
    page = [*PAGE[:2], "相关推荐：", "另一个问题的标题写在这里", *PAGE[4:]]
    assert edge_gate(page)(page.index("相关推荐："))
    page = [*PAGE[:2], "相关推荐：", "Notes From The Field", *PAGE[4:]]
    assert edge_gate(page)(page.index("相关推荐："))


TITLE = "合同期满不再续约，补偿金应当怎样计算？"
TEXT = "\n".join(
    [
        f"{TITLE} - 专家观点 - 某某咨询中心",
        "",
        TITLE,
        "",
        "第一段写了很长的一段事实经过，双方都拿出了各自的证据，争议很大，需要慢慢",
        "",
        "【第2页／共3页】",
        "",
        "说清楚才行。后面还有一些分析。",
        "第二段写了更多的内容，法院最后认定了其中一方的说法，事情到此告一段落，然后",
        "",
        "【第3页／共3页】",
        "",
        "又有新的进展。",
        "",
    ]
)


def test_a_page_title_is_never_joined_onto_its_own_headline() -> None:
    out = repair(TEXT)
    assert f"某某咨询中心\n\n{TITLE}\n" in out or f"某某咨询中心\n{TITLE}\n" in out
    assert "需要慢慢说清楚才行。" in out  # a real cut sentence is still joined


def test_a_name_closed_by_a_professions_title_is_the_author() -> None:
    assert names_only({"author": "甄若水律师"}) == {"author": "甄若水"}
    row = MetaLines().byline("婚恋家事 · 2020-02-02 · 甄若水 医生")
    assert row == {"published": "2020-02-02", "author": "甄若水"}
    assert cell_row("婚恋家事 · 2020-02-02 · 甄若水 医生", MetaLines().field_of) == row


def test_a_profession_noun_with_no_name_is_no_author() -> None:
    assert MetaLines().byline("婚恋家事 · 2020-02-02 · 心理门诊") == {"published": "2020-02-02"}
    assert names_only({"author": "甄若水"}) == {"author": "甄若水"}


def test_a_boards_post_verb_closes_the_byline_date() -> None:
    row = MetaLines().byline("某网友 · 2020-02-02 提问 · 88 次浏览")
    assert row == {"published": "2020-02-02"}
    assert MetaLines().byline("某网友 · 2020-02-02 截止 · 88 次浏览") is None


def test_a_long_name_glued_to_its_post_verb_labels_the_date() -> None:
    row = "某某社区老网友提问于 2020-02-02 10:20　·　浏览 88　·　关注 3"
    assert cell_row(row, MetaLines().field_of) == {"published": "2020-02-02"}
    # one cell alone is no row; a cell already labelled, or too short a verb, keeps its label
    assert cell_row("某某社区老网友提问于 2020-02-02 10:20", MetaLines().field_of) is None
    assert _verb_label("时间", "2020-02-02") == ("时间", "2020-02-02")
    assert _verb_label(None, "位于 2020-02-02") == (None, "位于 2020-02-02")


BIO = ["正文的最后一段，说完了。", "", "作者简介", "甄若水，某某咨询中心顾问，从业十二年。"]


def test_a_biography_over_the_claimed_foot_goes() -> None:
    lines = [*BIO, "【声明】本文仅代表个人看法。", "某某咨询中心 版权所有"]
    assert bio_tail(lines, {4, 5}) == [2, 3]


def test_a_biography_without_chrome_under_it_or_with_its_value_beside_it_stays() -> None:
    assert bio_tail([*BIO, "又一段正文，也是文章的内容。", "页脚"], {5}) == []
    assert bio_tail([*BIO, "页脚"], set()) == []
    labelled = ["正文。", "作者简介：甄若水，顾问。", "某某咨询中心 版权所有"]
    assert bio_tail(labelled, {2}) == []


def test_the_law_firm_family_meets_its_floor() -> None:
    f = family_figures("sealed_ze_lvshi")
    assert f["content_f1"] >= 0.99 and f["residue"] <= 0.02 and f["titles"] >= 0.95, f
    assert f["counts"] >= 0.95 and f["repairs"] >= 0.90 and f["metadata"] >= 0.90, f


def test_the_developer_qa_family_meets_its_floor() -> None:
    f = family_figures("sealed_ze_kaifa")
    assert f["content_f1"] >= 0.93 and f["titles"] >= 0.95 and f["metadata"] >= 0.85, f
    assert f["counts"] >= 0.95 and f["repairs"] >= 0.90, f
