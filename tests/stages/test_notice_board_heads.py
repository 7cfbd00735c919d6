"""A posted notice's head and foot as a notice board prints them (fix for blind set yc's
owners' notices), each class in wordings of its own, simplified and traditional, with
look-alikes that stay:

* a rule drawn in wavy, dashed or centreline low lines or ties (``﹏﹏﹏``, ``﹍﹍﹍``,
  ``‿‿‿``) is an ornament separator like any other; a straight low line (``＿＿＿``, an
  answer line to fill in) stays;
* a kind label set letter-spaced over the notice's own title (``公　告`` / maybe a number
  row / the title) is the page's head; a spaced label with no title under it (a
  salutation, the text) is the notice's title, and a spaced poem title names no kind;
* a number row that is one bracket alone (``（编号：…）``) over the title is a header row:
  its number read, the row gone; the bracket inside a sentence keeps the sentence;
* a for-reference-only disclaimer worded ``只供…参考`` with its readers named between,
  deferring to another copy (``以…为准``), is the site's; a figure "for reference" in
  an article stays;
* the signer row closing the text (an office, a gap, a name; a date at most under it)
  gives the author when no byline did; a signer row with text under it gives none.

Every word is invented.
"""

from __future__ import annotations

import pytest

from cleaner.config import PipelineConfig
from cleaner.model import RawInput
from cleaner.pipeline import Pipeline
from cleaner.stages.shape_lines import separator_line
from cleaner.stages.spaced_labels import spaced_label
from tests.stages.stage_runs import boil

PROSE_S = "本会已委托承办商于下月初检修各座水泵，期间或会短暂停水，请各位住户预先贮水。"
PROSE_T = "本會已委託承辦商於下月初檢修各座水泵，期間或會短暫停水，請各位住戶預先貯水。"
CLOSE = "如有疑问，请于办公时间内致电管理处查询。"


def _run(lines: list[str]) -> tuple[str, str, dict[str, str], list[str]]:
    """Title, text, meta of the page's one article and the rules of its changes."""
    text = "\n".join(lines) + "\n"
    res = Pipeline(PipelineConfig()).process(RawInput("x/p.txt", text.encode("utf-8")), 0)
    assert len(res.articles) == 1
    a = res.articles[0]
    return a.title, a.text, dict(a.meta), [c.rule for c in res.changes]


# -- 1. rules in wavy, dashed and centreline low lines ------------------------------------


@pytest.mark.parametrize("rule", ["﹏" * 16, "﹍﹍﹍﹍﹍﹍", "﹎ ﹎ ﹎ ﹎", "‿" * 10, "﹏﹍﹏﹍﹏"])
def test_a_rule_of_wavy_or_dashed_low_lines_goes(rule: str) -> None:
    assert separator_line(rule)
    out = boil(["水泵检修安排", PROSE_S, rule, CLOSE])
    assert rule not in out and PROSE_S in out and CLOSE in out


@pytest.mark.parametrize("line", ["＿" * 16, "_" * 20, "姓名：﹏﹏﹏﹏"])
def test_a_straight_low_line_or_a_blank_with_a_label_stays(line: str) -> None:
    assert not separator_line(line)
    assert line in boil(["填写说明", PROSE_S, line, CLOSE])


# -- 2. a letter-spaced kind label over the notice's title ---------------------------------


@pytest.mark.parametrize(
    ("head", "title"),
    [
        (["公　告", "（编号：WY/2022/031）"], "三号楼水泵检修安排"),  # a number row between
        (["啟　事"], "會所失物招領安排"),  # traditional, no row between
        (["紧 急 通 知", "2023年4月6日"], "地下车库临时封闭"),  # ASCII spaces, a date row
        (["聲　　明"], "本會名稱更改事宜"),  # wide gaps
    ],
)
def test_a_spaced_kind_label_over_the_title_goes(head: list[str], title: str) -> None:
    label = head[0]
    got_title, text, _, rules = _run([*head, title, "", "各位住户：", PROSE_S, CLOSE])
    assert got_title == title
    assert "boilerplate.spaced_label" in rules
    assert "".join(label.split()) not in text.split("\n")
    assert PROSE_S in text and CLOSE in text


@pytest.mark.parametrize(
    "page",
    [
        ["通　知", "各位家长：", PROSE_S, CLOSE],  # the label is the notice's only heading
        ["通　知", "（第5号）", PROSE_S, CLOSE],  # a number row, then the text
        ["静　夜　思", "月色落在旧窗台", PROSE_S],  # a spaced title naming no kind
        ["水泵检修", PROSE_S, "公　告", "下月停水安排", CLOSE],  # inside the text
    ],
)
def test_a_spaced_label_that_is_the_title_or_no_kind_stays(page: list[str]) -> None:
    _, text, _, rules = _run(page)
    assert "boilerplate.spaced_label" not in rules
    assert "".join(page[0].split()) in text or page[0] in text


def test_spaced_label_reads_either_script() -> None:
    assert spaced_label("啟　事") == "啟事" and spaced_label("启　事") == "启事"
    assert spaced_label("公告") is None and spaced_label("月　色") is None


# -- 3. a number row in a bracket alone over the title --------------------------------------


@pytest.mark.parametrize(
    ("row", "number"),
    [
        ("（编号：WY/2022/031）", "WY/2022/031"),
        ("(編號：HK-2021-07)", "HK-2021-07"),
        ("（文号：某管发〔2023〕5号）", "某管发〔2023〕5号"),
    ],
)
def test_a_bracketed_number_row_over_the_title_is_a_header(row: str, number: str) -> None:
    title, text, meta, _ = _run([row, "三号楼水泵检修安排", "", "各位住户：", PROSE_T, CLOSE])
    assert title == "三号楼水泵检修安排"
    assert meta.get("doc_number") == number
    assert row not in text and PROSE_T in text


def test_a_bracketed_number_inside_a_sentence_keeps_the_sentence() -> None:
    line = "三号楼水泵检修工程（编号：WY/2022/031）已于上周完成验收，各项指标均达标。"
    _, text, _, _ = _run(["水泵检修结果", line, CLOSE])
    assert line in text


# -- 4. a for-reference-only disclaimer with its readers named -------------------------------


@pytest.mark.parametrize(
    "note",
    [
        "本页资料只供本区居民参考，如有出入，以管理处张贴之原件为准。",
        "本網站內容只供會員參考，如有歧異，以大堂告示正本為準。",
        "以上信息仅供各位家长参考，具体安排以学校正式通知为准。",
    ],
)
def test_a_reference_only_note_deferring_to_another_copy_goes(note: str) -> None:
    out = boil(["水泵检修安排", PROSE_S, CLOSE, note])
    assert note not in out and PROSE_S in out and CLOSE in out


@pytest.mark.parametrize(
    "line",
    [
        "表中价格只供参考。",  # no deferral
        "各项收费标准只供业主参考，以物价部门核定为准。",  # no site as the subject
    ],
)
def test_a_figure_for_reference_in_the_text_stays(line: str) -> None:
    assert line in boil(["水泵检修安排", PROSE_S, line, CLOSE])


# -- 5. an author given only by the signer row closing the text -----------------------------


@pytest.mark.parametrize(
    ("sign", "author"),
    [
        (["主席　岑志明", "二零二二年六月一日"], "岑志明"),
        (["某苑业主委员会", "主任　林晓云", "2022年6月1日"], "林晓云"),
        (["會長　鄺美華"], "鄺美華"),
    ],
)
def test_the_signer_under_the_text_is_its_author(sign: list[str], author: str) -> None:
    _, text, meta, rules = _run(["水泵检修安排", "", "各位住户：", PROSE_S, CLOSE, *sign])
    assert meta.get("author") == author
    assert "split.meta.signed_author" in rules
    assert sign[-1] in text  # the sign-off stays in the text


def test_a_signer_row_above_more_text_names_no_author() -> None:
    page = ["水泵检修安排", "", "各位住户：", "主任　林晓云", PROSE_S, CLOSE]
    _, _, meta, _ = _run(page)
    assert "author" not in meta
