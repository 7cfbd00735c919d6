"""The line gate of the field-records reader (issue 15): ``field_records`` tries a block
only at a line that, with the two under it, may be a row (:func:`block_starts`, read
off the page's shared line facts, :mod:`cleaner.stages.split_facts`), and finds
the same records as when every line is tried.  Every word is invented.
"""

from __future__ import annotations

import pytest

import cleaner.stages.split_field_records as records
from cleaner.stages.split_field_records import block_starts, field_records, record_cells, row_lines
from cleaner.stages.split_page import PageLines

BODY = "本条目记述了一座旧桥的修缮经过，并列出了当年所用的材料和工期。"


def _field(label: str) -> str | None:
    return {"作者": "author", "撰者": "author", "日期": "published", "年份": "published"}.get(label)


def _page(rows: list[list[str]]) -> list[str]:
    out = ["某馆　条目导出", ""]
    for block in rows:
        out += [*block, BODY, ""]
    return out


PAGES = [
    # colon-labelled rows, one cell a row
    _page(
        [
            ["题名：石桥", "作者：某甲", "日期：2031-01-02"],
            ["题名：木桥", "作者：某乙", "日期：2031-02-03"],
        ]
    ),
    # coded rows with ideographic gaps, two cells on a row, a coded bare label under them
    _page(
        [
            [
                "(11)编号　A-101",
                "(54)题名　铁索桥",
                "(72)撰者　某丙　　(22)日期　2031.3.4",
                "(57)摘要",
            ],
            [
                "(11)编号　A-102",
                "(54)题名　浮桥",
                "(72)撰者　某丁　　(22)日期　2031.4.5",
                "(57)摘要",
            ],
        ]
    ),
    # a flattened table: label and value in cells of their own, apart by tabs and bars
    _page(
        [
            ["题名\t拱桥", "撰者 | 某戊", "年份\t2031", "编号\tQ-1"],
            ["题名\t索桥", "撰者 | 某己", "年份\t2032"],
        ]
    ),
    # look-alike: the same labels, but every value a sentence (no row at all)
    _page([["题名：石桥修好了。", "作者：某甲说过！", "日期：不详？"]] * 2),
    # look-alike: only two rows a block (under the minimum)
    _page([["题名：石桥", "作者：某甲"], ["题名：木桥", "作者：某乙"]]),
]


def _run(page: list[str]) -> tuple[object, ...]:
    got = field_records(PageLines(page), _field)
    return (got.heads, got.titles, got.rows, got.fields, got.read)


@pytest.mark.parametrize("page", PAGES)
def test_same_records_with_and_without_the_gate(
    page: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    gated = _run(page)
    with monkeypatch.context() as m:  # every line tried
        m.setattr(records, "block_starts", lambda lines: [True] * len(lines))
        assert _run(page) == gated


def test_the_gate_lets_records_through() -> None:
    for page in PAGES[:3]:
        assert len(_run(page)[0]) == 2  # type: ignore[arg-type]
    assert _run(PAGES[3])[0] == []
    assert _run(PAGES[4])[0] == []


@pytest.mark.parametrize("page", PAGES)
def test_row_lines_is_necessary(page: list[str]) -> None:
    """A line the feature refuses is one ``record_cells`` refuses."""
    for line, may in zip(page, row_lines(PageLines(page)), strict=True):
        if not may:
            assert record_cells(line.strip()) is None


def test_block_starts_needs_three_rows_from_the_line() -> None:
    page = ["题名：甲", "作者：乙", "句子。", "题名：丙", "作者：丁", "日期：2031"]
    assert block_starts(PageLines(page)) == [False, False, False, True, False, False]
    assert block_starts(PageLines(["题名：甲"])) == [False]
