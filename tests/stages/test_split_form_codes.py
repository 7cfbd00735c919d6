"""Rows of one form under a different bracketed CODE each (a plate, an asset number, a
parcel's number: letters and digits, not only Han words) head one run of pieces, each
over a bare title line that is the piece's title and first line of text
(split_marks._form_run with _ANY_HEAD, split_marks.form_titles); the form is the cue that
the page compiles when the site's chrome took the head's count.  Labelled rows, button
rows, bare figures and rows over prose are no such run."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from cleaner.edits import Editor
from cleaner.stages.split import SplitStage
from cleaner.stages.split_marks import _ANY_HEAD, form_titles, word_runs

Row = Callable[[int], str]

# three invented sites, each printing a row of one form over every piece's bare title
SITES: dict[str, tuple[list[str], Row, list[str], list[str]]] = {
    "plates": (
        ["溪州市交警支队　违法曝光（打印稿）"],
        lambda n: (
            f"【溪{'ABC'[n % 3]}·{n}K{n}Q】　小型轿车　蓝牌　·　违法代码 {1600 + n}　·　记{n}分"
        ),
        [
            "小型轿车在河西路口闯红灯",
            "小型轿车在东桥匝道逆行",
            "小型轿车在学府路违停",
            "小型轿车在北站超速",
        ],
        ["违法时间：2023年4月{n}日 08:1{n}", "违法地点：河西路口"],
    ),
    "assets": (
        ["某港务集团　设备整改通报"],
        lambda n: f"〔JX-20{n}{n}〕　门座起重机　黄色　·　编号 {n * 12}　·　整改{n}项",
        [
            "三号泊位门机制动器磨损",
            "五号泊位门机电缆老化",
            "七号泊位门机护栏松动",
            "九号泊位门机限位失灵",
        ],
        ["检查日期：2023年5月{n}日", "责任班组：机修{n}班"],
    ),
    "parcels": (
        ["某区自然资源局　供地公示"],
        lambda n: f"[B{n}-0{n}]　宗地　商住　·　面积 {n * 3200} 平方米　·　第{n}批",
        [
            "城南片区商住地块出让",
            "河口片区商住地块出让",
            "北岭片区商住地块出让",
            "东湖片区商住地块出让",
        ],
        ["出让方式：挂牌", "起始价：{n}亿元"],
    ),
}
PROSE = [
    "经现场核查，该处情况属实，相关单位已于当日收到书面通知并确认，将按期完成整改。",
    "有关部门提醒，请各相关单位和个人严格遵守规定，发现问题及时报告，共同维护良好秩序。",
]


def _page(site: str, n_pieces: int) -> tuple[list[str], list[tuple[str, list[str]]]]:
    head, row, titles, fields = SITES[site]
    lines = list(head)
    pieces = []
    for n in range(1, n_pieces + 1):
        own = [titles[n - 1], *(f.format(n=n) for f in fields), *PROSE]
        lines += ["", row(n), *own]
        pieces.append((titles[n - 1], own))
    return lines, pieces


def _split(lines: list[str]) -> list[object]:
    return SplitStage()(Editor("p", "\n".join(lines) + "\n"))


@pytest.mark.parametrize("site", sorted(SITES))
@pytest.mark.parametrize("n", [2, 4])
def test_code_rows_of_one_form_head_pieces_titled_by_the_line_under_them(site: str, n: int) -> None:
    lines, pieces = _page(site, n)
    arts = _split(lines)
    assert [a.title for a in arts] == [t for t, _ in pieces]  # type: ignore[attr-defined]
    for art, (_, own) in zip(arts, pieces, strict=True):
        text = art.text  # type: ignore[attr-defined]
        assert text.splitlines()[0] == own[0]  # the title is the text's first line
        for s in own:
            assert s in text  # nothing of the piece lost
        assert SITES[site][1](1)[:1] not in text[:1]  # the code row is no line of text


@pytest.mark.parametrize("site", sorted(SITES))
def test_the_run_is_every_code_row(site: str) -> None:
    lines, _ = _page(site, 3)
    runs = word_runs(lines)
    rows = [i for i, s in enumerate(lines) if s and s[0] in "【〔["]
    assert runs and [c.line for c in runs[0]] == rows
    frame = lines[rows[0]][0]
    assert runs[0][0].shape == "K" + frame + {"【": "】", "〔": "〕", "[": "]"}[frame]


def test_labelled_code_rows_are_the_field_readers_no_form_run() -> None:
    """'【Q11】　标签：某类 / 某类　　92人觉得有用': a row of fields (a label's colon)."""
    page = []
    for n in (11, 12, 13):
        page += [
            f"【Q{n}】　标签：加装电梯 / 老旧小区　　{n * 7}人觉得有用",
            f"问题{n}怎么办",
            *PROSE,
        ]
    assert all(len(c.shape) != 3 for r in word_runs(page) for c in r)


def test_button_rows_bare_figures_and_one_code_make_no_form_run() -> None:
    assert _ANY_HEAD.match("【2021】　某地　某事 · 编号 3 · 第2批") is None  # no letter
    buttons = ["【打印】　【关闭】　【举报】"] * 2
    assert all(len(c.shape) != 3 for r in word_runs([buttons[0], *PROSE, buttons[1]]) for c in r)
    same = []
    for _ in range(3):  # one code on every row: no words that differ
        same += ["【K-7】　门座起重机　黄色　·　编号 12　·　整改3项", "标题", *PROSE]
    assert all(len(c.shape) != 3 for r in word_runs(same) for c in r)


def test_rows_over_prose_keep_their_own_words_as_titles() -> None:
    """No bare title line under the rows: form_titles reads none (the old reading)."""
    lines, _ = _page("plates", 3)
    prose_under = [s for s in lines if not s.startswith(("小型轿车在", "违法"))]
    runs = word_runs(prose_under)
    assert runs
    assert form_titles(prose_under, runs[0], lambda s: False) is None


def test_a_parts_list_of_code_rows_inside_one_article_is_no_split() -> None:
    """Code rows one under another (a bill of parts), no piece under any: one article,
    every line kept."""
    page = ["某型设备检修记录", *PROSE]
    page += [f"【A{n}-B{n}】　螺栓　镀锌　·　规格 M{n * 4}　·　{n * 10}个" for n in (1, 2, 3, 4)]
    page += [PROSE[0]]
    arts = _split(page)
    assert len(arts) == 1
    text = arts[0].text  # type: ignore[attr-defined]
    assert all(s in text for s in page[1:])
