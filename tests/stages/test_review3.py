"""Review of the session's merged change (review3): each fix held to a golden case of
invented text, and a faster form held to the form it replaced on generated pages.

* ``split_mark_rows._bulleted`` groups a page's rows by their first character in one pass
  (a scan of the page per distinct symbol was quadratic): same answers as the scan;
* ``split_row_cells.kept_cells``: an info bar's trailing sentence
  (:func:`~cleaner.stages.split_row_cells.sentence_tail`) no longer costs a bar-parted
  row its other cells of prose: both stay.
"""

from __future__ import annotations

import random
import unicodedata

from cleaner.edits import Edit
from cleaner.stages import split_mark_rows
from cleaner.stages.split_mark_rows import _bulleted
from cleaner.stages.split_row_cells import kept_cells

_SENTENCE = "本次停水持续两天，共涉及三个小区。"
_BODY = "因道路维修，某路段将于下周封闭施工，请各位居民提前安排出行路线。"


def _bulleted_scan(strip: list[str], filled: list[int]) -> list[tuple[int, int]]:
    """The form :func:`_bulleted` replaced: one scan of the page per first character."""
    firsts = {strip[i][:1] for i in filled}
    for mark in sorted(firsts):
        if (
            not mark
            or unicodedata.category(mark)[0] not in "SP"
            or mark in split_mark_rows._BRACKETS
        ):
            continue
        opened = [k for k, i in enumerate(filled) if strip[i].startswith(mark)]
        if len(opened) < 2 or opened[-1] == len(filled) - 1:
            continue
        cells = {
            split_mark_rows._row_cells(strip[filled[k]][1:].rstrip(mark).strip()) for k in opened
        }
        if len(cells) != 1 or min(cells) < 2:
            continue
        rows = [(filled[k], filled[k + 1]) for k in opened]
        titles = [strip[t] for _, t in rows]
        if len(set(titles)) < len(titles):
            continue
        if all(
            4 <= len(t) <= 40
            and not split_mark_rows._SENTENCE.search(t)
            and not any(c in t for c in "：:|｜")
            and t[:1] != mark
            and split_mark_rows.mark_number(t) is None
            and not split_mark_rows._COUNTED.match(t)
            for t in titles
        ):
            return rows
    return []


def test_bulleted_rows_found_as_the_scan_found_them() -> None:
    rng = random.Random(3)
    marks = ["■", "▶", "◆", "※", "→", "★", "⊙", "〓", "a", "1", "【"]
    shapes = [
        "{m} 甲-0{n} · 首次 · 类 {n}",
        "{m} 乙-{n} · 变更",
        "{m} 第 {n} 则 {m}",
        "某某路段第{n}号维修公告",
        _BODY,
        "",
        "要点：{n}",
    ]
    for _ in range(300):
        page = [
            rng.choice(shapes).format(m=rng.choice(marks), n=rng.randint(1, 9))
            for _ in range(rng.randint(0, 14))
        ]
        strip = [s.strip() for s in page]
        filled = [i for i, s in enumerate(strip) if s]
        assert _bulleted(strip, filled) == _bulleted_scan(strip, filled), page


def test_bulleted_run_among_many_other_symbols() -> None:
    # a page whose lines open with a thousand different symbols, the run among them
    page = [f"{chr(0x2600 + k)} 零散的一行 {k}" for k in range(1000)]
    page += ["■ 甲-01 · 首次 · 类 1", "甲型喷雾器检修公告", _BODY]
    page += ["■ 乙-02 · 变更 · 类 2", "乙型割草机检修公告", _BODY]
    filled = list(range(len(page)))
    assert _bulleted(page, filled) == [(1000, 1001), (1003, 1004)]
    assert _bulleted(page, filled) == _bulleted_scan(page, filled)


def _read(s: str) -> dict[str, str] | None:
    return {"published": "2031-01-05"} if s.startswith(("2031", "发布时间")) else None


def _kept(row: str) -> str:
    return kept_cells(row, Edit(0, len(row), "", "split.meta_header", "delete"), _read).after


def test_bar_row_keeps_its_prose_cell_and_its_closing_sentence() -> None:
    row = "2031-01-05 | 某某物业 | 备注：周三前交齐材料，逾期不候 | " + _SENTENCE
    assert _kept(row) == "备注：周三前交齐材料，逾期不候 | 本次停水持续两天，共涉及三个小区。"


def test_bar_row_last_cell_with_a_counter_before_the_sentence() -> None:
    row = "2031-01-05 | 备注：周三前交齐材料，逾期不候 | 1164次阅读 " + _SENTENCE
    assert _kept(row) == "备注：周三前交齐材料，逾期不候 | 本次停水持续两天，共涉及三个小区。"


def test_rows_that_kept_only_the_sentence_still_do() -> None:
    # single spaces, no bar: the sentence alone (as before)
    assert _kept("发布时间：2031-01-05 来源：某报 本次停水持续两天，共涉及三个小区。") == (
        "本次停水持续两天，共涉及三个小区。"
    )
    # two bar cells only (too few to read cell by cell): the sentence alone
    assert _kept("2031-01-05 | 某报 本次停水持续两天，共涉及三个小区。") == (
        "本次停水持续两天，共涉及三个小区。"
    )
    # no sentence: the row as it was judged
    assert _kept("2031-01-05 | 某某物业 | 1164次阅读") == ""


# ---- a one-line sign-off with a bracketed note that credits no person


def test_a_sign_offs_bracketed_phone_note_stays_the_pieces_text() -> None:
    from tests.stages.test_f1low import BODY, _page, _run

    res = _run(_page(BODY + "　2021年3月{day}日　（咨询电话：0571-8800{day:02d}）"))
    assert len(res.articles) == 3
    for n, art in enumerate(res.articles):
        # the phone is the piece's own text: never taken out as a row of its fields
        assert f"（咨询电话：0571-8800{1 + 7 * n:02d}）" in art.text


def test_a_sign_offs_person_credit_is_still_its_row() -> None:
    from tests.stages.test_f1low import BODY, CLERKS, _page, _run

    res = _run(_page(BODY + "　2021年3月{day}日　（经办：{clerk}）"))
    assert [a.meta.get("author") for a in res.articles] == CLERKS
    assert all("经办" not in a.text for a in res.articles)


# ---- standing text: a closing sentence with a field glued after it


def test_a_sentence_with_a_contact_row_glued_after_it_stays_text() -> None:
    from cleaner.stages.standing_keep import standing_line

    assert standing_line("停水期间给您带来不便，敬请谅解。服务热线：96123", ("cue:contact",))


def test_another_field_glued_after_a_sentence_is_judged_as_before() -> None:
    from cleaner.stages.standing_keep import standing_line

    # a line ending on a clause mark was the text's before the glued-row rule: still is
    assert standing_line("停水期间给您带来不便，敬请谅解。备注：请相互转告；", ())
    # a tag row glued after a thanks: never the text's
    assert not standing_line("感谢您对本站的访问与支持。标签：乡村", ())
