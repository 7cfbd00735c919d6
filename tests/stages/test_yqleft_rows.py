"""Two head rows the split could not read before (yqleft), in wordings of our own.

* A drawn box of rows over the title (``┃ 编号：…　类别：… ┃``, with or without its rules)
  and the dated byline right under the title (``2019-03-10 09:30　某处``): the byline is
  the title's row too (``MetaBlockRows._byline_under_title``), read when it is dated and
  gives no field the box gave.  A line of the text under the title, a second date, or
  a name with no date stays.
* An issue's masthead row the boilerplate stage removed as the site's (``2021年第8期某某
  发布：…　本期4起``): a row naming the issue's number dates the issue, whatever its
  cells (``masthead.masthead_date`` with the row reader); a site's info bar with no
  issue's number, or a gathering's session number, dates no issue.

Every word is invented.
"""

from __future__ import annotations

from cleaner.model import Change
from cleaner.stages.issue_days import issue_number
from cleaner.stages.masthead import masthead_date
from cleaner.stages.split_meta import MetaParser
from tests.stages.stage_runs import split

BODY = "某某汽车有限公司已向主管部门备案召回计划，决定自2019年4月1日起召回部分汽车，共计3695辆。"
BOX = "┃　召回编号：QX-2019-031　　类别：乘用车　┃"
TITLE = "某某汽车有限公司召回部分某型汽车"


def _one(page: list[str]) -> tuple[dict[str, str], list[str]]:
    (draft,) = split(page)
    return dict(draft.meta), [x for x in draft.text.split("\n") if x]


def test_the_dated_byline_under_a_boxed_title_is_read() -> None:
    meta, text = _one([BOX, TITLE, "2019-03-10 09:30　省局质量发展处", "", BODY])
    assert meta["published"] == "2019-03-10" and meta["doc_number"] == "QX-2019-031"
    assert "省局质量发展处" in meta.values()
    assert text == [TITLE, BODY]


def test_other_boxes_and_wordings() -> None:
    # a box drawn with its rules, a date with slashes
    meta, text = _one(
        [
            "┏━━━━━━━━━━━━━━┓",
            "┃　编号：XK-2022-08　　类型：许可　┃",
            "┗━━━━━━━━━━━━━━┛",
            "某某公司取水许可延续的公示",
            "2022/08/16　市水务局行政审批科",
            "某某公司申请延续取水许可，经审查符合条件，现予公示，公示期为五个工作日。",
        ]
    )
    assert meta["published"] == "2022-08-16" and meta["doc_number"] == "XK-2022-08"
    assert not any("2022/08/16" in x for x in text)
    # a double-ruled box, traditional script
    meta, text = _one(
        [
            "║　編號：TP-108-0042　　類別：公告　║",
            "臺北某某區公所辦理道路拓寬工程用地取得公告",
            "2019-11-05 14:20　工務課",
            "本所辦理某某路拓寬工程，所需用地依法辦理取得，請土地所有權人於期限內至本所辦理。",
        ]
    )
    assert meta["published"] == "2019-11-05"
    assert not any("14:20" in x for x in text)


def test_look_alikes_under_a_box_stay() -> None:
    # a sentence of the text under the title
    first = "2019年3月10日，某某汽车有限公司向主管部门备案了召回计划，共涉及车辆3695辆。"
    meta, text = _one([BOX, TITLE, first, BODY])
    assert "published" not in meta and first in text
    # the box dates the notice: a second date under the title is no row of it
    meta, text = _one(
        [
            "┃　发布日期：2019-03-10　　类别：乘用车　┃",
            TITLE,
            "2019-03-12 09:30　省局质量发展处",
            BODY,
        ]
    )
    assert meta["published"] == "2019-03-10"
    assert "2019-03-12 09:30　省局质量发展处" in text


def _cut(text: str, line: str) -> Change:
    start = text.index(line)
    return Change(
        "p",
        "boilerplate",
        "boilerplate.site_repeat",
        "delete",
        start,
        start + len(line) + 1,
        line + "\n",
    )


def test_an_issue_row_removed_as_the_sites_dates_the_issue() -> None:
    meta = MetaParser()
    row = "2021年第8期交通违法曝光　　发布：2021-05-16　　本期曝光4起"
    piece = "【甲A·12345】　小型轿车　记3分\n正文写到这里，是一个完整的句子。\n"
    text = f"某市交警支队　曝光台\n{row}\n\n{piece}"
    cuts = [_cut(text, "某市交警支队　曝光台"), _cut(text, row)]
    reader = lambda s: meta.shaped_row(s, near_title=True)  # noqa: E731
    assert masthead_date(text, cuts, meta.name_date, reader) == "2021-05-16"
    assert masthead_date(text, cuts, meta.name_date) is None  # no row reader: as before
    # other wordings: a quarterly's issue, a bulletin's Chinese-numeral issue
    for row2, day in (
        ("某某质量通报　2022年第3期　发布日期：2022年9月30日", "2022-09-30"),
        ("第十二期　某某工作简报　印发时间：2020-12-01", "2020-12-01"),
    ):
        text2 = text.replace(row, row2)
        assert masthead_date(text2, [_cut(text2, row2)], meta.name_date, reader) == day, row2


def test_rows_with_no_issue_date_no_issue() -> None:
    meta = MetaParser()
    reader = lambda s: meta.shaped_row(s, near_title=True)  # noqa: E731
    for row in (
        "某某网　发布时间：2021-05-16　浏览：88次",  # a site's info bar
        "第3期青年干部培训班　发布：2021-05-16",  # a gathering's session
    ):
        text = f"{row}\n\n正文写到这里，是一个完整的句子。\n"
        assert masthead_date(text, [_cut(text, row)], meta.name_date, reader) is None, row
    assert issue_number("2021年第8期交通违法曝光") and not issue_number("某某网　发布：2021-05-16")
