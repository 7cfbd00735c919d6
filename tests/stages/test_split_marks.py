"""Rows of one form under different bracketed words head one run (split_marks.word_runs):
the first piece, under a word of its own, is no page head to delete."""

from __future__ import annotations

import pytest

from cleaner.edits import Editor
from cleaner.stages.split import SplitStage
from cleaner.stages.split_marks import word_runs

BODY = [
    "家属称其出门时神情恍惚，身上没有带手机，也没有携带任何证件和现金。",
    "如有知情者请尽快与家属联系，或直接拨打当地派出所电话，万分感谢。",
]


def _split(lines: list[str]) -> list[object]:
    return SplitStage()(Editor("p", "\n".join(lines) + "\n"))


def _notices(row: object, words: list[str]) -> tuple[list[str], list[list[str]]]:
    """A list page's pieces: a category row (the piece's word, its place and a count),
    a dated title, the piece's field rows and its text."""
    places = ["东湖区", "西坡县", "南桥镇", "北塘区"]
    lines: list[str] = []
    pieces: list[list[str]] = []
    for n, (word, place) in enumerate(zip(words, places, strict=False), start=1):
        own = [
            f"寻找{n + 2}月{n * 5}日在{place}车站走失的{['老人', '少年', '男孩', '女孩'][n - 1]}",
            f"姓名：{['甲某', '乙某', '丙某', '丁某'][n - 1]}",
            f"年龄：{n * 11}岁",
            f"走失地点：{place}车站附近",
        ]
        lines += ["", row(word, place, n), *own, *BODY]  # type: ignore[operator]
        pieces.append(own)
    return lines, pieces


ROWS = {
    "dot_days": lambda w, p, n: f"【{w}】　青州 · {p}　　已走失 {n * 3} 天",
    "bar_count": lambda w, p, n: f"〖{w}〗 {p} | 青州 | 第 {n + 4} 次转发",
}
HEAD = ["青州寻人信息（第2页）", "青州寻人信息　第2页"]


def _rows(lines: list[str]) -> list[int]:
    return [i for i, s in enumerate(lines) if s and s[0] in "【〖"]


@pytest.mark.parametrize("row", sorted(ROWS))
def test_rows_of_one_form_under_different_words_are_one_run(row: str) -> None:
    """The first notice carries another word ('寻找亲人' over '急寻老人'): every row of
    the one form heads a piece, the first too (no page head holding its title and fields)."""
    lines, _ = _notices(ROWS[row], ["寻找亲人", "急寻老人", "急寻老人", "急寻老人"])
    page = HEAD + lines
    runs = word_runs(page)
    assert [c.line for c in runs[0]] == _rows(page)
    assert [c.number for c in runs[0]] == [1, 2, 3, 4]


@pytest.mark.parametrize("row", sorted(ROWS))
def test_a_first_piece_under_another_word_keeps_its_title_and_fields(row: str) -> None:
    """The split keeps every notice's title and field rows (none lost as a page head)."""
    lines, pieces = _notices(ROWS[row], ["寻找亲人", "急寻老人", "寻找亲人", "急寻老人"])
    arts = _split(HEAD + lines)
    kept = "\n".join(a.title + "\n" + a.text for a in arts)  # type: ignore[attr-defined]
    for own in pieces:
        for s in own:
            assert s in kept


def test_source_labels_over_bare_titles_stay_no_run() -> None:
    """Bare titles under different source words have no form: still no run."""
    assert word_runs(["【甲报】甲地新桥通车", "正文。", "【乙报】乙地公园开放", "正文。"]) == []


@pytest.mark.parametrize("under", [HEAD, []])
def test_a_bracketed_banner_of_the_form_over_the_head_heads_no_piece(under: list[str]) -> None:
    """A site banner in the rows' own form over the page head (head lines under it with
    none of the pieces' fields, or no line of its own): no piece of the run, it stays the
    head's to delete."""
    banner = "【本站公告】　青州 · 寻人网　　已帮助 300 家"
    lines, _ = _notices(ROWS["dot_days"], ["寻找亲人", "急寻老人", "急寻老人"])
    page = [banner, *under, *lines]
    runs = word_runs(page)
    assert runs and all(c.line != 0 for r in runs for c in r)
    assert [c.line for c in runs[0]] == _rows(page)[1:]
