"""Work the split stage's readers skip where it cannot change their answer (issue 15,
speed): each skip must give what the full reading gave.

* the shape memo's row test (:meth:`ShapeMemo.row_like`) is :func:`_row_like` with the
  memo's prose test, and is judged once per line;
* the piece finder makes the page's counts (:class:`split_piece_find._Bodies`) only when
  a candidate gets past the tests on its rows and titles, and once for the page: a page
  whose candidate rows stand over no titles makes none; its verdicts are unchanged;
* the sign-off reader (:func:`signed_text.signed_sign_offs`) reads only the pairs of
  lines holding a date alone (:func:`split_rows.bare_date`), and finds what reading every
  pair finds.

Every word is invented.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable

import pytest

import cleaner.stages.split_piece_find as piece_find_mod
from cleaner.stages.signed_text import _next, signed_sign_offs
from cleaner.stages.split_piece_find import piece_find
from cleaner.stages.split_rows import bare_date, sign_off
from cleaner.stages.split_shape_lines import ShapeMemo, _row_like

ROWS = ["—— 编号第0415号 ——", "—— 编号第1182号 ——", "—— 编号第0907号 ——"]
TITLES = ["青川镇修好进山石板路", "老河桥换上新的护栏", "村口新装二十盏路灯"]
PROSE = [
    "今年春天，村里的石板路终于修好了，老人们出门方便了许多。施工队用了两个月，把坑洼的路段全部重新铺平。",
    "桥上的栏杆锈了多年，这次全部换成了新的，孩子们上学更安全了。镇里还请人在桥头立了限重的牌子。",
    "路灯装好以后，晚上散步的人多了起来，村口也热闹了。电费由村集体统一支付，不向住户另行收取。",
]


def _notes(*, titled: bool) -> list[str]:
    """Three notes, each a numbered row over its title and prose (or, not ``titled``,
    over its prose at once: no title under any row)."""
    page = ["某村简报"]
    for row, title, prose in zip(ROWS, TITLES, PROSE, strict=True):
        page += [row, *([title] if titled else []), prose, prose, ""]
    return page


def test_row_like_memo_is_the_row_test() -> None:
    memo = ShapeMemo(None)
    lines = [
        *ROWS,
        *TITLES,
        *PROSE,
        "（记者 某甲 通讯员 某乙）",
        "某名A1　　登记号：X-0001",
        "一、",
    ]
    for s in lines:
        assert memo.row_like(s) == _row_like(s, memo.prose)
    assert memo.row_like(ROWS[0]) is True and memo.row_like(PROSE[0]) is False


def _counting(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    made: list[int] = []
    real = piece_find_mod._Bodies

    class Counted(real):  # type: ignore[misc, valid-type]
        def __init__(self, *a: object) -> None:
            made.append(1)
            super().__init__(*a)

    monkeypatch.setattr(piece_find_mod, "_Bodies", Counted)
    return made


def test_counts_made_once_when_a_candidate_needs_them(monkeypatch: pytest.MonkeyPatch) -> None:
    made = _counting(monkeypatch)
    run = piece_find(_notes(titled=True), None, ShapeMemo(None))
    assert run.verdict == "split"
    assert [k[2] for k in run.keyed] == TITLES
    assert len(made) == 1


def test_no_counts_for_rows_over_no_titles(monkeypatch: pytest.MonkeyPatch) -> None:
    made = _counting(monkeypatch)
    run = piece_find(_notes(titled=False), None, ShapeMemo(None))
    assert run.verdict != "split"
    assert made == []  # every candidate lacks two titles or more: refused on its rows


def test_judge_refuses_without_counts_what_it_refused_with_them() -> None:
    """A candidate with two titles missing, judged with and without the early refusal
    (the counts handed in, or made): none either way."""
    strip = [s.strip() for s in _notes(titled=False)]
    filled = [i for i, s in enumerate(strip) if s]
    pos = {i: n for n, i in enumerate(filled)}
    rows = [strip.index(r) for r in ROWS]
    tests = ShapeMemo(None)
    counts = piece_find_mod._Bodies(strip, filled, tests)
    for under in (True, False):
        for bodies in (None, counts, lambda: counts):
            run = piece_find_mod._judge(
                strip, filled, pos, "k", rows, tests, None, under=under, bodies=bodies
            )
            assert run.verdict == "none"


#: invented closing lines: signers, dates alone and dated, a valediction, a Latin
#: signer, prose, a signer and date on one line
CLOSING = [
    "某某市某某局",
    "某某县农业农村局　某某县财政局",
    "2031年4月2日",
    "二〇三一年四月二日",
    "2031-04-02",
    "民國一百二十年三月九日",
    "民國一百二十年三月九日　某某謹識",
    "某某市交通管理處　敬啟",
    "General Office",
    "特此通知。",
    "联系电话：12345",
    "某某市自然资源局　2031年2月14日",
    "我们下次再见吧",
    "",
]


def _every_pair(stripped: list[str], free: Callable[[int], bool]) -> list[int]:
    """:func:`signed_sign_offs` as it read before the gate: every pair of lines."""
    out = []
    for i, s in enumerate(stripped):
        if not s or not free(i):
            continue
        k = _next(stripped, i)
        if k == -1 or not free(k):
            continue
        got = sign_off([s, stripped[k]])
        if "issuer" in got and "published" in got:
            out.append(i)
    return out


def test_sign_off_pairs_need_a_bare_date() -> None:
    """The gate's premise: a pair read as a signer with its date holds a date alone."""
    both = 0
    for s, t in itertools.product(CLOSING, repeat=2):
        got = sign_off([s, t])
        if "issuer" in got and "published" in got:
            both += 1
            assert bare_date(s) or bare_date(t), (s, t)
    assert both >= 3  # signers over each kind of date


def test_signed_sign_offs_same_as_every_pair() -> None:
    pages = [list(p) for p in itertools.permutations(CLOSING[:6], 3)]
    pages += [["正文一句话写在这里。", *p] for p in itertools.permutations(CLOSING, 2)]
    found = 0
    for page in pages:
        for free in (lambda k: True, lambda k: k % 2 == 0):
            got = signed_sign_offs(page, free)
            assert got == _every_pair(page, free), page
            found += bool(got)
    assert found > 10
    assert (
        signed_sign_offs(["正文一句话写在这里。", "某某市某某局", "特此通知。"], lambda k: True)
        == []
    )
