"""The shape-run fallback's TITLE ROWS (:func:`split_shape_lines.row_head`): each piece
opens with one row that holds its name and, past a wide gap, labelled fields the metadata
reader reads (``名称　　登记编号：…``); the names differ in shape, the fields do not.
Three such rows split the page, the name the title, the fields the piece's metadata, the
row no line of text; look-alikes stay one article: fields the reader does not read, two
rows with no count stated, an article's own numbered heads.

Every word is invented.
"""

from __future__ import annotations

from cleaner.stages.split_shape_lines import head_split, row_head
from tests.stages.stage_runs import split

PROSE = [
    "该品系在三年的对比试验中表现稳定，耐寒性较好，适合在丘陵缓坡地带推广。",
    "试验点反馈称，其成熟期比对照品系提前约五天，采收时落果明显减少。",
    "种植时应注意疏果，避免挂果过多导致树势衰弱，次年产量出现大小年。",
    "经专家组现场查验，各项指标均达到登记要求，同意予以登记并向社会公布。",
]
NAMES = ["云杉7号", "白桦A21", "青松丰收"]


def _page(field: str, names: list[str], lead: str = "") -> list[str]:
    out = ["某某市林业局 - 登记公示", "首页 > 公示公告"]
    if lead:
        out.append(lead)
    for n, name in enumerate(names):
        out += [f"{name}　　{field}：LY-2031-0{n + 1}7", PROSE[n], PROSE[(n + 1) % 4]]
    return out


def test_row_head_reads_the_name_before_the_fields() -> None:
    read = lambda s: {"doc_number": "x"} if s.startswith("登记编号：") else None  # noqa: E731
    assert row_head("白桦A21　　登记编号：LY-1", read) == "白桦A21"
    assert head_split("白桦A21　　登记编号：LY-1") == ("白桦A21", "登记编号：LY-1")
    assert row_head("白桦A21　　备注：无", read) is None  # fields the reader does not read
    assert head_split("（一）概况　　编号：1") is None  # an article's numbered head
    assert head_split("白桦A21 登记编号：LY-1") is None  # no wide gap


def test_title_rows_split_with_their_fields() -> None:
    arts = split(_page("登记编号", NAMES, "经审查，以下3个品系符合登记条件，现予公示。"))
    assert [a.title for a in arts] == NAMES
    for n, a in enumerate(arts):
        assert a.meta.get("doc_number") == f"LY-2031-0{n + 1}7"
        assert "登记编号" not in a.text  # the row is the piece's header, no text
        assert a.text.split("\n")[0] == PROSE[n]


def test_unread_fields_stay_one_article() -> None:
    arts = split(_page("备注", NAMES))
    assert len(arts) == 1
    assert "白桦A21　　备注：LY-2031-027" in arts[0].text  # nothing lost


def test_two_rows_without_a_count_stay_one_article() -> None:
    arts = split(_page("登记编号", NAMES[:2]))
    assert len(arts) == 1
    assert all(n in arts[0].text for n in NAMES[:2])


def test_numbered_heads_with_a_number_stay_one_article() -> None:
    heads = ["一、总体情况", "二、试验结果", "三、推广意见"]
    arts = split(_page("文件编号", heads))
    assert len(arts) == 1
