"""A compilation of research notes, each under a tag row naming its desk, with look-alikes
(set zr's brokerage and council pages, in wordings of our own):

* rows ``某组·专题简评`` that change in ONE value, a name, cut the page
  (:func:`split_shape_run._named`); a counter in that value (``第一·部分``) does not;
* a headline of two clauses (``甲，乙``) right under each row is the note's title, not a
  sentence; a hard-wrapped paragraph's lines are no headlines;
* two notes are enough when a fields row (a byline) stands under each title;
* a later group's numbered head (``二、…``) at the end of a note goes with the page's head
  (``split.group_head``); a note's own numbered section with text under it stays;
* the labels ``分析师`` (author) and ``受理单位`` (origin); a dotted date in a date-labelled
  cell, not a version number nor a decimal figure in another cell;
* a masthead's date is read past its weekday (:func:`masthead.without_weekday`), a site's clock
  is not.

Every word is invented.
"""

from __future__ import annotations

from cleaner.model import Change
from cleaner.stages.masthead import masthead_date, without_weekday
from cleaner.stages.split import SplitStage
from tests.stages.stage_runs import split

BODY = [
    "背景：本周多地发布了新的扶持细则，其中相关品类的出货量同比提升了一成有余。",
    "看法：我们判断供需两端的拐点已经出现，估值修复的空间仍然值得持续跟踪观察。",
    "提示：原料成本波动加大；海外订单回落；行业竞争格局变化超出预期等。",
]
TITLES = [
    "港口吞吐量稳步回升，外贸链条延续修复",
    "茶饮门店扩张放缓，头部品牌份额提升",
    "储能招标规模扩大，系统价格继续下探",
    "农机补贴落地提速，更新需求有望释放",
]
TAGS = ["交运·专题简评", "消费·专题简评", "新能源·专题简评", "农业·专题简评"]
BYLINES = [
    "分析师：柯见山　登记编号：R2019080013",
    "分析师：霍明溪　登记编号：R2020110027",
    "分析师：柯见山　登记编号：R2019080013",
    "分析师：闵秋白　登记编号：R2021030041",
]


def _note(n: int) -> list[str]:
    return ["", TAGS[n], TITLES[n], BYLINES[n], *BODY]


def _page(groups: list[list[int]]) -> list[str]:
    out = ["某某证券研究部　　每日早参", ""]
    for g, notes in enumerate(groups):
        out += [("一", "二", "三")[g] + ("、宏观与策略", "、行业与公司", "、其他")[g]]
        for n in notes:
            out += _note(n)
        out.append("")
    return out


def test_tagged_notes_split_with_group_heads() -> None:
    arts = split(_page([[0], [1, 2, 3]]))
    assert [a.title for a in arts] == TITLES
    text = "\n".join(a.text for a in arts)
    assert "二、行业与公司" not in text  # the later group's head is no note's line
    assert all(tag not in text for tag in TAGS)
    assert arts[0].text.rstrip().endswith(BODY[-1])
    assert [a.meta.get("author") for a in arts] == ["柯见山", "霍明溪", "柯见山", "闵秋白"]


def test_group_head_is_recorded_in_the_ledger() -> None:
    from cleaner.edits import Editor

    ed = Editor("p", "\n".join(_page([[0], [1, 2, 3]])) + "\n")
    SplitStage()(ed)
    rules = [c.rule for c in ed.ledger if c.action == "delete"]
    assert "split.group_head" in rules


def test_two_notes_confirmed_by_their_bylines() -> None:
    arts = split(_page([[1, 2]]))
    assert [a.title for a in arts] == TITLES[1:3]


def test_two_notes_without_bylines_stay_whole() -> None:
    page = [ln for ln in _page([[1, 2]]) if not ln.startswith("分析师")]
    assert len(split(page)) == 1


def test_own_numbered_section_stays_in_the_note() -> None:
    page = _page([[0, 1, 2]])
    # the first note ends with its own numbered section, text under it: the note's
    at = page.index(BODY[-1])
    page[at + 1 : at + 1] = ["二、后续观察", "我们会在下周的例会上继续跟踪相关数据的变化情况。"]
    arts = split(page)
    assert [a.title for a in arts] == TITLES[:3]
    assert "二、后续观察" in arts[0].text


def test_counter_rows_do_not_cut() -> None:
    # a row that changes in a counter (an article's own parts) is no note's tag
    page = _page([[0, 1, 2]])
    for n, tag in enumerate(TAGS[:3]):
        page[page.index(tag)] = ("第一", "第二", "第三")[n] + "·专题简评"
    assert len(split(page)) == 1


def test_wrapped_paragraph_lines_are_no_headlines() -> None:
    wrapped = "港口吞吐量稳步回升，外贸链条延续修复"
    page = ["某某周报", ""]
    for tag in TAGS[:3]:
        page += [tag, wrapped, wrapped, wrapped + "。", ""]
    assert len(split(page)) == 1


def test_labels_author_origin_and_dotted_date() -> None:
    read = SplitStage()._row_reader
    row = read("受理编号：QX2022A0117　／　受理单位：东湖区消保站　／　办结：2022.11.03")
    assert row is not None
    assert row.get("origin") == "东湖区消保站"
    assert row.get("doc_number") == "QX2022A0117"
    assert row.get("published") == "2022-11-03"
    by = read("首席分析师：钟可然")
    assert by is not None and by.get("author") == "钟可然"
    # look-alikes: a version number and a decimal figure in cells of other labels
    other = read("版本：1.2.3　／　受理单位：东湖区消保站") or {}
    assert "published" not in other
    figure = read("增速：12.05　／　受理单位：东湖区消保站") or {}
    assert "published" not in figure


def test_masthead_date_past_its_weekday() -> None:
    head = "某某证券研究部　　每日早参\n某某研究报告　2022年11月3日　星期四\n\n"
    text = head + BODY[0] + "\n"
    cut = [Change("p", "boilerplate", "r", "delete", 0, len(head) - 1, head[:-1])]
    read = SplitStage().meta.name_date
    assert masthead_date(text, cut, read) == "2022-11-03"
    clock = "欢迎光临　今天是2022年11月3日　星期四"
    assert without_weekday(clock) == clock
    assert read(without_weekday(clock)) is None
