"""Issue 15 (speed4): per-line tests made cheaper answer as before.  Each is held to the
form it replaced (the reference below, written out as it was) on generated lines:

* ``shape_lines.jump_links`` tries its jump-link pattern only on a line with an arrow at
  one end (or a final newline, where ``$`` also matches);
* ``split_shape_lines._prose_line`` counts a line's Han characters with
  :func:`cleaner.stages.charcount.han_count`, not a string per character;
* ``signed_desks.signed_author`` strips only the text's last filled lines it reads.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from unittest.mock import patch

from hypothesis import given, settings
from hypothesis import strategies as st

from cleaner.stages import shape_lines, signed_desks, split_shape_lines
from cleaner.stages.charcount import han_count
from cleaner.stages.rule_gate import start_scan
from cleaner.stages.shape_lines import jump_links
from cleaner.stages.signed_desks import TAIL_LINES, signed_author
from cleaner.stages.split_shape_lines import PROSE_MIN_CHARS, _prose_line

_PROSE = "第一件藏品的说明写到这里，是一句完整的话。"
_ARROWS = "↑⇧→←⟰⤴⬆"
# jump links, arrows elsewhere, words, figures, prose, a final newline
_JUMP_POOL = [
    "⇧ 回到目次",
    "回到目次 ⇧",
    "↑ Top",
    "返回本辑 ↑",
    "回到 → 目次",
    "申请 → 审核",
    "↑ 12%",
    "↓",
    "⇧⇧ 回到目次",
    "回到目次\n",
    "回到目次 ⇧\n",
    "甲器",
    "乙器",
    "馆址",
    "",
    _PROSE,
    "第二件的说明也是这样，写成一句完整的话为止。",
]


def _jump_links_before(stripped: Sequence[str], claimed: Collection[int] = ()) -> list[int]:
    """``jump_links`` as it was: its pattern tried on every short line (the arrow gate
    patched to let every line through)."""
    with patch.object(shape_lines, "_ARROW", re.compile("")):
        return jump_links(stripped, claimed)


def test_reference_is_the_reader_on_its_own_examples() -> None:
    page = ["目次", "甲器", _PROSE, "⇧ 回到目次", "乙器", _PROSE, "⇧ 回到目次", "馆址"]
    assert jump_links(page) == _jump_links_before(page) == [3, 6]


# a page: lines of the pool, prose between them most often (a jump link repeats under
# prose: the lines the reader takes), or lines of arrows and words in any order
_PAGE = st.lists(st.sampled_from(_JUMP_POOL) | st.just(_PROSE), min_size=2, max_size=12) | st.lists(
    st.text(alphabet=_ARROWS + "回到目次 \n1", max_size=8), max_size=8
)


@settings(max_examples=500, deadline=None)
@given(_PAGE, st.sets(st.integers(0, 12), max_size=3))
def test_jump_links_gate_answers_as_the_pattern_alone(lines: list[str], claimed: set[int]) -> None:
    assert jump_links(lines, claimed) == _jump_links_before(lines, claimed)


def test_jump_links_at_either_end() -> None:
    for link in ("⇧ 回到目次", "回到目次 ⇧"):
        page = ["目次", _PROSE, link, _PROSE, link]
        assert jump_links(page) == _jump_links_before(page) == [2, 4]


_HAN = re.compile(r"[\u3400-\u9fff]")
_HAN_EDGES = "\u33ff\u3400\u4dbf\u4dc0\u9fff\ua000\uf900〇中文"


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=_HAN_EDGES + "，。a. \ud800\U00020000", max_size=60) | st.text(max_size=60))
def test_han_count_is_the_han_class_count(s: str) -> None:
    assert han_count(s) == len(_HAN.findall(s))


def _prose_line_before(s: str) -> bool:
    han = len(_HAN.findall(s))
    if han >= PROSE_MIN_CHARS or (not han and len(s) >= 2 * PROSE_MIN_CHARS):
        return bool(split_shape_lines._CLAUSE.search(s))
    return False


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="中文甲乙，。；a. ", min_size=0, max_size=2 * PROSE_MIN_CHARS + 4))
def test_prose_line_answers_as_before(s: str) -> None:
    assert _prose_line(s) == _prose_line_before(s)


def test_prose_line_at_its_edges() -> None:
    han = "中" * (PROSE_MIN_CHARS - 1)
    assert not _prose_line(han + "，")  # one Han character short
    assert _prose_line(han + "文，")
    assert _prose_line("a" * (2 * PROSE_MIN_CHARS) + ", b")  # no Han, long, a clause
    assert not _prose_line("a" * (2 * PROSE_MIN_CHARS - 1) + "中,")  # a Han character


def _signed_author_before(text: str) -> str | None:
    """``signed_author`` as it was: every line of the text stripped first."""
    lines = [ln.strip() for ln in text.split("\n") if ln.strip()]
    start = max(len(lines) - TAIL_LINES, 0)
    for n in range(start, len(lines)):
        s = lines[n]
        row = signed_desks._signer_row()
        if row.match(s) and all(signed_desks._DATE_ALONE.match(x) for x in lines[n + 1 :]):
            name = s.split()[-1]
            above = lines[n - 1] if n > 0 else ""
            if (
                above
                and not signed_desks._letterhead(above, s)
                and (signed_desks._list_row(above) or signed_desks._same_office(above, s))
            ):
                return None
            if not signed_desks._signer(name):
                return None
            return name
    return None


_SIGN_POOL = [
    "各位住户：",
    "请留意停水安排。",
    "主任　林某某",
    "二〇二一年三月五日",
    "2021-03-05",
    "董事长　王某某",
    "出席的有：",
    "某某街道办事处",
    "请留意停水安排，届时另行通知。",
    "",
    "  ",
]


def test_signed_author_reference_on_its_own_examples() -> None:
    body = "各位住户：\n请留意停水安排。\n主任　林某某\n二〇二一年三月五日"
    assert signed_author(body) == _signed_author_before(body) == "林某某"


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_SIGN_POOL), max_size=12))
def test_signed_author_reads_the_tail_as_before(lines: list[str]) -> None:
    text = "\n".join(lines)
    assert signed_author(text) == _signed_author_before(text)


def test_signed_author_reads_the_line_over_a_signer_four_lines_up() -> None:
    # the signer row four filled lines from the end: the line over it (a list's opener)
    # is the fifth from the end, and it decides
    text = "出席的有：\n\n主任　林某某\n2021-03-05\n二〇二一年三月五日\n2021-03-05\n"
    assert signed_author(text) is None
    assert _signed_author_before(text) is None
    assert signed_author(text.replace("出席的有：", "请留意停水安排。")) == "林某某"


def _places(rx: re.Pattern[str], s: str) -> set[int]:
    """Every place ``rx`` matches at, overlapping ones too (as the gate scans)."""
    out, pos = set(), 0
    while (m := rx.search(s, pos)) is not None:
        out.add(m.start())
        pos = m.start() + 1
    return out


# strings of many first characters (grouped scan) or of a few (the trie alone)
_FIRSTS = [chr(0x4E00 + k) for k in range(60)]
_REST = st.text(alphabet="一丁七甲乙ab", min_size=1, max_size=3)


@settings(max_examples=300, deadline=None)
@given(st.integers(1, len(_FIRSTS)), st.data())
def test_start_scan_finds_every_place_a_string_starts(n: int, data: st.DataObject) -> None:
    rests = data.draw(st.lists(_REST, min_size=n, max_size=n))
    extra = data.draw(st.lists(st.tuples(st.sampled_from(_FIRSTS[:n]), _REST), max_size=20))
    strings = sorted({f + r for f, r in [*zip(_FIRSTS[:n], rests, strict=True), *extra]})
    partial = [(" ", r"\ (?i:more)")]
    noise = [*_FIRSTS[:8], "一丁", "甲", "a", " ", "MORE", " more"]
    s = "".join(data.draw(st.lists(st.sampled_from(strings + noise), max_size=20)))
    found = _places(re.compile(start_scan(strings, partial)), s)
    starts = {p for p in range(len(s)) for t in strings if s.startswith(t, p)}
    starts |= {m.start() for m in re.finditer(r"(?= (?i:more))", s)}
    assert starts <= found
    # the few places more: each under a first character of a string
    assert all(s[p] in {t[0] for t in strings} | {" "} for p in found)
