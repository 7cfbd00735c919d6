"""cleanup22 (behaviour-neutral clean-up): the pieces it made data or shared.

* the role words that end a source's name at its wide gap come from
  ``headers.toml [source_cell] role_words`` (either script), not a literal in the code;
* ``foot_repeat.profile_foot_lines`` is the one selector behind ``foot_notes`` and
  ``site_rows.site_rows``;
* ``title_shape.attribution`` reads its table once (``vocab()``);
* ``title_shape.kicker``'s dash-line exceptions are one predicate, ``_dash_under``.

All text here is invented.
"""

from __future__ import annotations

import pytest

from cleaner.rules import load_table
from cleaner.stages import title_shape
from cleaner.stages.foot_repeat import foot_notes, profile_foot_lines
from cleaner.stages.site_counts import SiteProfile
from cleaner.stages.site_rows import site_rows
from cleaner.stages.split_meta_lines import MetaLines, _not_a_name_cell
from cleaner.stages.title_shape import attribution, kicker


def test_role_words_are_the_tables() -> None:
    words = load_table("headers")["source_cell"]["role_words"]
    assert "记者" in words and "記者" in words  # the loader widens to traditional forms
    for w in words:
        assert _not_a_name_cell().match(f"{w} 某甲"), w
        assert _not_a_name_cell().match(w), w


@pytest.mark.parametrize(
    ("row", "meta"),
    [
        # a reporter's credit after the gap: the source ends there, the name is the author
        ("来源：某某晚报　记者 林某某", {"origin": "某某晚报", "author": "林某某"}),
        ("来源：某县融媒体中心　責任編輯 甄某", {"origin": "某县融媒体中心", "author": "甄某"}),
        ("来源：某某周刊　摄影", {"origin": "某某周刊"}),  # the role word alone
        ("來源：某某日報　通訊員 某乙", {"origin": "某某日報", "author": "某乙"}),
    ],
)
def test_source_ends_before_a_credit(row: str, meta: dict[str, str]) -> None:
    assert MetaLines().shaped_row(row, near_title=True) == meta


@pytest.mark.parametrize(
    "row",
    [
        "来源：某市教育局　某市财政局",  # co-issuers: both stay
        "来源：某某晚报　记者站",  # a role word inside a longer name: no credit
    ],
)
def test_source_keeps_a_second_name(row: str) -> None:
    origin = (MetaLines().shaped_row(row, near_title=True) or {}).get("origin", "")
    assert "\u3000" in origin


def _profile() -> SiteProfile:
    note, row = "本站内容仅供参考，转载请注明。", "（转自某某周报　2031.04.05）"
    lines = {note: 6, row: 6, "正文里的一句。": 6, "（转自某某周报　2031.04.06）": 2}
    prof = SiteProfile("s", pages=6, lines=lines)
    prof.positions = {"L" + note: 5.4, "L" + row: 4.8, "L正文里的一句。": 0.6}
    prof.positions["L（转自某某周报　2031.04.06）"] = 1.8
    return prof


def test_profile_foot_lines_serves_both_selectors() -> None:
    prof = _profile()
    assert foot_notes(prof) == {"本站内容仅供参考，转载请注明。"}
    assert site_rows(prof) == {"（转自某某周报　2031.04.05）"}
    every = profile_foot_lines(
        prof, min_pages=4, min_share=0.8, max_chars=90, foot_zone=0.5, shape=lambda s, n: True
    )
    # the body's sentence is high on the page, the other day's row on two pages only
    assert every == {"本站内容仅供参考，转载请注明。", "（转自某某周报　2031.04.05）"}


def test_attribution_reads_its_table_once(monkeypatch: pytest.MonkeyPatch) -> None:
    title_shape.vocab()  # read (cached) before the table goes away

    def gone(name: str) -> dict[str, object]:
        raise AssertionError(f"load_table({name!r}) on a call")

    monkeypatch.setattr(title_shape, "load_table", gone)
    assert attribution("——佚名") and attribution("——选自某某文集")
    assert not attribution("——记一位摆渡人")


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (["县内要闻", "——（本文获某市好新闻奖）", "正文。"], False),  # a note, no headline
        (["渡口人家", "——记一位老摆渡人", "正文。"], False),  # a headline's subtitle
        (["本周导读", "——记老码头上的一位摆渡人", "正文。"], True),  # a column over a deck
        (["县内要闻", "某县启动山塘水库除险加固工程", "正文。"], True),  # a kicker
    ],
)
def test_kicker_dash_lines(lines: list[str], expected: bool) -> None:
    assert kicker(lines, 0) is expected
