"""Fixes made after blind set zu was measured once (issue 12), for a compilation of
motions (sealed_zu_yian): each class of failure as small cases in wordings of its own, plus
the family's figures.  Classes:

* a piece's title printed as a labelled subject row of its head, closed by a formula every
  piece shares (:mod:`cleaner.stages.split_subject_rows`);
* the mover of a motion named on a labelled row beside its seconders (``headers.toml``,
  ``author_by_mover``);
* a piece's serial row (``第N<unit>　…``) the site repeats on another page, kept for the
  split (:mod:`cleaner.stages.serial_rows`), and a run of them cutting a page no other
  finder cut when each piece holds a subject row;
* a line under the last piece counting the pieces: the page's close
  (:mod:`cleaner.stages.split_tally`).

Every word is invented.
"""

from __future__ import annotations

from typing import Any

import pytest

from cleaner.edits import Editor
from cleaner.stages.serial_rows import serial_rows
from cleaner.stages.split import SplitStage
from cleaner.stages.split_subject_rows import subject_rows
from tests.stages.family_figures import assert_floors

NOTE = "附近居民反映此事已久，每逢雨季便有{}户人家出入不便，希望有关部门尽快研究解决。"


def _split(lines: list[str]) -> list[object]:
    return SplitStage()(Editor("p", "\n".join(lines) + "\n"))


def _no_fields(_: str) -> dict[str, str] | None:
    return None


# ---- the subject row titles each piece (three layouts and a look-alike)

SUBJECTS = ["把村口那座木桥改建为水泥桥", "在滨河步道沿线增设夜间照明", "为老街菜市场加装雨棚"]


@pytest.mark.parametrize(
    ("label", "formula", "gap"),
    [
        ("事由", "，请审议。", "　"),  # a full-width colon, a request clause
        ("主旨", ", 敬請核議。", " "),  # a half-width comma, traditional letters
        ("议题", "", "\t"),  # no formula: the subject's own end mark only
    ],
)
def test_a_labelled_subject_row_titles_its_piece(label: str, formula: str, gap: str) -> None:
    page: list[str] = []
    for k, subject in enumerate(SUBJECTS, 1):
        end = formula or "。"
        row = f"{label}：{subject}{end}"
        page += [f"第{k}号{gap}组别：城建", row, "理由：", NOTE.format(k), ""]
    heads = [(i, "h", page[i]) for i in (0, 5, 10)]
    got, rows = subject_rows(page, heads, _no_fields)
    assert [h[2] for h in got] == SUBJECTS
    assert sorted(rows) == [1, 6, 11]


def test_a_field_row_alike_on_every_piece_is_no_subject() -> None:
    # the same labelled value on each piece ('状态：已转交有关部门办理') is a field of the run,
    # and a label missing from one piece is no run at all
    page: list[str] = []
    for k in range(1, 4):
        page += [f"第{k}件", "状态：已转交有关部门办理完毕", NOTE.format(k), ""]
    heads = [(i, "h", page[i]) for i in (0, 4, 8)]
    got, rows = subject_rows(page, heads, _no_fields)
    assert rows == {} and got == heads
    page[5] = NOTE.format(9)
    page[9] = "状态：留待下次会议再议处理"
    assert subject_rows(page, heads, _no_fields)[1] == {}


def test_motions_split_titled_by_their_subject_rows() -> None:
    page = ["某镇人民代表大会议案汇编", ""]
    for k, subject in enumerate(SUBJECTS, 4):
        page += [
            f"第{k}号　组别：城建",
            "提议人：周某某　附议人：吴某、郑某",
            f"事由：{subject}，请审议。",
            "理由：",
            NOTE.format(k),
            "",
        ]
    drafts = _split(page)
    assert [d.title for d in drafts] == SUBJECTS  # type: ignore[attr-defined]
    for d in drafts:
        assert "事由" not in d.text  # type: ignore[attr-defined]
        assert "理由：" in d.text and "附近居民" in d.text  # type: ignore[attr-defined]
        assert d.meta.get("author") == "周某某"  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    "head",
    [
        # the subject over the mover's row, the serial row's cells a field the tables miss
        lambda k, s: [
            f"第{k}号　组别：城建",
            f"事由：{s}，请审议。",
            "提议人：周某某　附议人：吴某",
        ],
        # a bare serial row (no cells) over the mover's row and the subject
        lambda k, s: [f"第{k}号", "提议人：周某某", f"案由：{s}，请审议。"],
        # Han figures, a half-width colon and comma, traditional letters
        lambda k, s: [f"第{'〇一二三四五六七八九'[k]}案", "提議人:周某某", f"案由:{s},請公決案。"],
    ],
)
def test_serial_rows_cut_the_page_when_each_piece_has_a_subject(head: Any) -> None:
    page = ["某镇人民代表大会议案汇编", ""]
    for k, subject in enumerate(SUBJECTS, 4):
        page += [*head(k, subject), "理由：", NOTE.format(k), ""]
    drafts = _split(page)
    assert [d.title for d in drafts] == SUBJECTS  # type: ignore[attr-defined]
    for k, d in enumerate(drafts, 4):
        text = d.text  # type: ignore[attr-defined]
        assert text.splitlines() == ["理由：", NOTE.format(k)], text
        assert d.meta.get("author") == "周某某"  # type: ignore[attr-defined]


def test_a_statute_s_articles_are_no_serial_pieces() -> None:
    # articles of rules, each its sentence on its serial row, with labelled rows under
    # them alike in every article: one document, not a run of pieces
    page = ["某县某事管理办法", ""]
    for k in range(1, 4):
        page += [
            f"第{k}条　本条规定某事在第{k}阶段的办理程序和有关要求。",
            "适用：本县行政区域内",
            NOTE.format(k),
            "",
        ]
    assert len(_split(page)) == 1


# ---- a line counting the pieces under the last one is the page's close


@pytest.mark.parametrize(
    ("close", "kept"),
    [
        ("以上议案共3件，均已审议完毕。", False),
        ("本次会议共审议议案三件。", False),  # Han figures
        ("（本辑收录提案3件）", False),  # bracketed, no sentence end
        ("以上议案共4件，均已审议完毕。", True),  # counts something else than the pieces
        ("居民对此表示欢迎，希望早日建成。", True),  # no figure: the last piece's text
        ("以上材料于3日印发。", True),  # a day, not a count
    ],
)
def test_a_tally_of_the_pieces_closes_the_page(close: str, kept: bool) -> None:
    page = ["某镇人民代表大会议案汇编", ""]
    for k, subject in enumerate(SUBJECTS, 4):
        page += [f"第{k}号　组别：城建", "提议人：周某某", f"事由：{subject}，请审议。"]
        page += ["理由：", NOTE.format(k), ""]
    drafts = _split([*page, close])
    assert len(drafts) == 3
    assert (close in drafts[-1].text) is kept  # type: ignore[attr-defined]
    assert NOTE.format(6) in drafts[-1].text  # type: ignore[attr-defined]


# ---- the mover's row: its first name the author, a seconder's none


@pytest.mark.parametrize(
    ("row", "author"),
    [
        ("提议人：周某某　附议人：吴某", "周某某"),
        ("動議人：孫某　　聯署人：錢某、李某", "孫某"),
        ("建议人：冯某某", "冯某某"),
        ("附议人：吴某", None),  # a seconder alone: no author
        ("被提案人：某公司", None),
    ],
)
def test_the_mover_is_the_author(row: str, author: str | None) -> None:
    got = SplitStage()._row_reader(row) or {}
    assert got.get("author") == author


# ---- a serial row the site repeats stays for the split


@pytest.mark.parametrize(
    "serials",
    [
        ["第七号　组别：城建", "第八号　组别：交通", "第九号"],  # Han figures
        ["第１２件　类：甲", "第１３件　类：乙", "第１４件　类：丙"],  # full-width digits
        ["第3案", "第4案　（续）", "第5案"],
    ],
)
def test_a_run_of_serial_rows_is_kept(serials: list[str]) -> None:
    page = ["某会议材料汇编"]
    for k, s in enumerate(serials):
        page += [s, "理由：", NOTE.format(k), ""]
    assert sorted(serial_rows(page)) == [1, 5, 9]


@pytest.mark.parametrize(
    "serials",
    [
        ["第3页", "第4页", "第5页"],  # a folio's ordinals
        ["第3号　类：甲", "第5号　类：乙", "第6号"],  # out of turn: the run is two, 5 and 6
        ["第3号" + "　类：甲", "第4条　类：乙"],  # two units: no run
    ],
)
def test_look_alike_serials_are_not_a_run(serials: list[str]) -> None:
    page = ["某会议材料汇编"]
    for k, s in enumerate(serials):
        page += [s, "理由：", NOTE.format(k), ""]
    got = serial_rows(page)
    assert 1 not in got


def test_the_motions_family_is_at_goal() -> None:
    assert_floors(
        "sealed_zu_yian",
        {"content_f1": 0.95, "titles": 0.95, "counts": 0.95, "metadata": 0.9},
        residue=0.02,
    )
