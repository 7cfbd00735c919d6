"""Issue 15's fast paths of the split (and boilerplate) line readers: each must answer
exactly what the plain reading answers.

* :func:`split_shape_lines.shape` (one ``findall`` of a grouped tokeniser) against the
  loop over the tokens it replaced;
* :func:`split_shape_listed._item_title`, :func:`split_mark_rows.mark_number` and
  :func:`split_frames.framed_row` (patterns tried only where they can match) against
  their patterns tried on every line, and :func:`split_shape_closing._common_edge`
  against the trimming loops it replaced;
* the page gates (:func:`split_leaders.may_list`, ``mark_rows``'s opening characters,
  ``rating_rows``'s star signs, ``head_bars``'s repeated lines, the prefilter's
  ``_mark_pair``): the reader with the gate answers as the reader without it, on
  generated pages and on invented look-alikes (a gate that lets a page through, and one
  that must not find what it looks for).

Every word is invented.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import cleaner.stages.split_leaders as leaders_mod
import cleaner.stages.split_mark_rows as mark_rows_mod
from cleaner.stages.head_bars import head_bars
from cleaner.stages.rating_rows import rating_rows
from cleaner.stages.split_frames import framed_row
from cleaner.stages.split_leaders import leader_titles, may_list
from cleaner.stages.split_mark_rows import mark_number, mark_rows
from cleaner.stages.split_prefilter import _mark_pair
from cleaner.stages.split_shape_closing import _common_edge
from cleaner.stages.split_shape_lines import _bucket, shape
from cleaner.stages.split_shape_listed import _ITEM_MARK, _LEADER, _item_title
from cleaner.stages.split_shape_marks import mark_line

_TOKEN = re.compile(
    r"(?<![^\s(（\[【:：])[+\-−±](?=\d)\d+|\d+"  # a number, signed after a gap or a bracket
    r"|[\u3400-\u9fff]+|[A-Za-z]+(?:[ '\-][A-Za-z]+)*|\s+|(.)\1*"
)


def _shape_by_tokens(line: str, *, coarse: bool = False) -> str:
    """The token loop :func:`shape` replaced (its reference)."""
    out = []
    for m in _TOKEN.finditer(line.strip()):
        tok = m.group(0)
        if tok.isspace():
            continue
        if tok[0].isdecimal() or (tok[0] in "+-−±" and tok[1:2].isdecimal()):
            out.append("N")  # a number, or a signed one (split_shape_lines.SIGNED)
        elif re.match(r"[\u3400-\u9fff]", tok):
            out.append("W" if coarse else "H" + _bucket(len(tok)))
        elif tok[0].isascii() and tok[0].isalpha():
            out.append("W" if coarse else "L")
        else:
            out.append(tok[0])
    return "".join(out)


SHAPE_CHARS = "aZq09٣５² '-_\t\u3000\n渡口鿿㐀〇，。、·…＃|éＡ\u00a0"


@settings(max_examples=400, deadline=None)
@given(line=st.text(alphabet=SHAPE_CHARS, max_size=30))
def test_shape_as_the_token_loop(line: str) -> None:
    for coarse in (False, True):
        assert shape(line, coarse=coarse) == _shape_by_tokens(line, coarse=coarse)


@given(line=st.text(alphabet=st.characters(codec="utf-8"), max_size=30))
def test_shape_as_the_token_loop_any_text(line: str) -> None:
    assert shape(line) == _shape_by_tokens(line)


def test_shape_long_han_runs() -> None:
    """Every bucket, and a run past the table's length."""
    for n in (1, 2, 4, 5, 12, 13, 40):
        assert shape("渡" * n) == _shape_by_tokens("渡" * n)


ITEM_CHARS = "（(［【[]）)】一三十①⑫·•-–—*>》 \t\u3000\n1２٣.．、…_渡口a"


@settings(max_examples=400, deadline=None)
@given(line=st.text(alphabet=ITEM_CHARS, max_size=14))
def test_item_title_as_both_patterns(line: str) -> None:
    assert _item_title(line) == _LEADER.sub("", _ITEM_MARK.sub("", line, count=1)).strip()


def _mark_number_plain(line: str) -> tuple[int, str, str] | None:
    """mark_number with the opening-character tests off (every block, the pattern)."""
    s = line.strip()
    if not s:
        return None
    for first, last, kind in mark_rows_mod._BLOCKS:
        if first <= ord(s[0]) <= last:
            return ord(s[0]) - first + 1, kind, s[1:].strip()
    m = mark_rows_mod._WRITTEN.match(s)
    n = mark_rows_mod.cn_number(m["n"]) if m else 0
    if m is None or not n:
        return None
    return n, m["o"] + ("d" if m["n"].isdigit() else "h"), s[m.end() :].strip()


MARK_CHARS = "（([［〔]）)〕一三十⑴⒇①⑳⒈⒛㈠㈩\u245f\u249c\u321f\u322a 1２渡｜"


@settings(max_examples=400, deadline=None)
@given(line=st.text(alphabet=MARK_CHARS, max_size=10))
def test_mark_number_as_the_plain_reading(line: str) -> None:
    assert mark_number(line) == _mark_number_plain(line)


FRAME_CHARS = "┏┓╔╗+＋━═-=＝~*#＃ 编号：A1渡\u3000"


@settings(max_examples=400, deadline=None)
@given(line=st.text(alphabet=FRAME_CHARS, max_size=16))
def test_framed_row_as_the_pattern(line: str) -> None:
    from cleaner.stages import split_frames as fr

    s = line.strip()
    m = fr._FRAMED_ROW.match(s)
    if m is None or m["edge"] != m["close"] or fr._CORNERS.get(m["corner"], "") != m["end"]:
        want = None
    else:
        inner = m["inner"].strip()
        bad = not re.search(r"\d", inner) or fr._BOX.search(inner) or fr._SENTENCE.search(inner)
        want = None if bad else inner
    assert framed_row(line) == want


BODY = "这份简报汇总了渡口一周的客流和天气，请各班组对照检查，按时报送。"
CONTENTS = ["渡口简报 第3期", "目录", "东岸渡口客流通报……（2）", "西岸渡口天气报告……（5）"]
CONTENTS += ["东岸渡口客流通报", BODY, "西岸渡口天气报告", BODY]
LINES = st.sampled_from(
    [
        *CONTENTS,
        "⑴ 东岸站（000101）｜客流",
        "⑵ 西岸站（000102）｜天气",
        "（1）东岸｜客流",
        "(2) 西岸  天气",
        "关于东岸站的通报",
        "看过　★★★★☆　推荐",
        "1 水文",
        "编辑",
        "※※※",
        "",
        "前言 ........ 3",
    ]
)


class _Never:
    """A set no character set is disjoint from: ``mark_rows``'s gate let through."""

    def isdisjoint(self, other: object) -> bool:
        return False


@settings(max_examples=300, deadline=None)
@given(page=st.lists(LINES, max_size=12))
def test_page_gates_change_nothing(page: list[str]) -> None:
    with pytest.MonkeyPatch.context() as m:
        m.setattr(leaders_mod, "may_list", lambda lines: True)
        m.setattr(mark_rows_mod, "_MARK_OPENERS", _Never())
        plain = (leader_titles(page, ("报告", "通报")), mark_rows(page))
    assert (leader_titles(page, ("报告", "通报")), mark_rows(page)) == plain
    filled = [i for i, s in enumerate(page) if s.strip()]
    seen: set[str] = set()
    pair = False
    for i in filled:  # the prefilter's first reading: a mark line seen before
        pair = pair or page[i] in seen
        if mark_line(page[i]):
            seen.add(page[i])
    assert _mark_pair(page, filled) == pair


def test_contents_gate_lets_a_leader_page_through() -> None:
    assert may_list(CONTENTS)
    assert [t for _, _, t, _ in leader_titles(CONTENTS, ("报告", "通报"))] == [
        "东岸渡口客流通报",
        "西岸渡口天气报告",
    ]


def test_contents_gate_stops_a_page_without_leaders() -> None:
    """Dots, but never four in a row nor two ellipses: no contents line can stand."""
    page = ["渡口简报 第3期", "1. 东岸…2", "东岸渡口客流通报 . . . 2", BODY]
    assert not may_list(page)
    assert leader_titles(page) == []


def test_rating_and_bar_gates() -> None:
    title = "渡口的黄昏"
    assert rating_rows([title, "看过　★★★★☆　推荐", BODY]) == [1]
    assert rating_rows([title, "看过　三颗星　推荐", BODY]) == []  # no star sign
    bars = ["渡口志", "1 水文", "编辑", "水位平稳，船只照常往来。", "2 沿革", "编辑", "旧称东渡。"]
    assert head_bars(bars) == [2, 5]
    assert head_bars([s if s != "编辑" else f"编辑{n}" for n, s in enumerate(bars)]) == []


def _edge_by_trimming(texts: list[str]) -> str:
    """The trimming loops ``_common_edge`` replaced (its reference)."""
    pre, suf = texts[0], texts[0]
    for t in texts[1:]:
        while not t.startswith(pre):
            pre = pre[:-1]
        while not t.endswith(suf):
            suf = suf[1:]
    return max(pre.strip(), suf.strip(), key=len)


@settings(max_examples=400, deadline=None)
@given(
    texts=st.lists(
        st.text(alphabet="来源：甲乙 12【摘要】ab\u3000", max_size=9), min_size=1, max_size=5
    ),
    head=st.text(alphabet="来源：【】 a", max_size=4),
    tail=st.text(alphabet="（供稿） 3", max_size=4),
)
def test_common_edge_as_the_trimming_loops(texts: list[str], head: str, tail: str) -> None:
    texts = [head + t + tail for t in texts]
    assert _common_edge(texts) == _edge_by_trimming(texts)
