"""Issue 15 (speed2): the skips added to readers that run on every page with rows or
removed lines give the answers the readers gave before, on generated pages.  Each
reference below is the reader's loop as it was, without the skip."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from cleaner.stages.dropped_rows import _GAPS, _KEY_MIN, _holds
from cleaner.stages.split_cells import row_signature
from cleaner.stages.split_listed_rows import entry_rows

# ---- entry_rows: no start looked for below the last row, signatures read lazily


def _entry_rows_before(lines, body_idx, rows):  # type: ignore[no-untyped-def]
    filled = [i for i in body_idx if lines[i].strip()]
    sigs = []
    for i in filled:
        sig = row_signature(lines[i])
        sigs.append(sig if sig and any(label != "_" for label in sig) else None)
    start = None
    for a in range(len(filled)):
        if sigs[a] is None:
            continue
        for p in range(1, 5):
            block, again = sigs[a : a + p], sigs[a + p : a + 2 * p]
            if len(again) < p or None in block or block != again:
                continue
            if p == 1 and len(block[0] or ()) < 2:
                continue
            texts = [lines[i].strip() for i in filled[a : a + 2 * p]]
            if texts[:p] != texts[p:]:
                start = filled[a]
                break
        if start is not None:
            break
    if start is None:
        return set()
    return {idx[0] for idx, _ in rows if idx[0] >= start}


ROW_LINES = [
    "答辩人：甲某　导师：乙某",
    "答辩人：丙某　导师：丁某",
    "题目：河道研究",
    "题目：草甸研究",
    "作者：甲某",
    "作者：乙某",
    "发布：2021-03-04",
    "某某 · 2021-3-5 · 回复 3",
    "正文说明了这一年的全部安排。",
    "",
]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from(ROW_LINES), min_size=0, max_size=14),
    st.data(),
)
def test_entry_rows_as_before(lines: list[str], data: st.DataObject) -> None:
    body_idx = sorted(data.draw(st.sets(st.sampled_from(range(len(lines)))))) if lines else []
    picked = data.draw(st.lists(st.sampled_from(body_idx))) if body_idx else []
    rows: list[tuple[list[int], dict[str, str]]] = [([i], {}) for i in picked]
    assert entry_rows(lines, body_idx, rows) == _entry_rows_before(lines, body_idx, rows)


def test_entry_rows_start_below_every_row() -> None:
    # the entries repeat under the last row: no row of the run is read, as before
    lines = ["发布：2021-03-04", "正文。", "答辩人：甲某　导师：乙某", "答辩人：丙某　导师：丁某"]
    rows = [([0], {"published": "2021-03-04"})]
    assert entry_rows(lines, range(4), rows) == set() == _entry_rows_before(lines, range(4), rows)
    rows = [([0], {}), ([3], {})]
    assert entry_rows(lines, range(4), rows) == {3} == _entry_rows_before(lines, range(4), rows)
    rows = [([0], {}), ([2], {})]  # the last row opens the run
    assert entry_rows(lines, range(4), rows) == {2} == _entry_rows_before(lines, range(4), rows)


# ---- dropped_rows._holds: the key's gaps closed once, a line without its first letter out


def _holds_before(line: str, key: str) -> bool:
    if line.startswith(key) or (len(key) >= _KEY_MIN and key in line):
        return True
    line, key = _GAPS.sub("", line), _GAPS.sub("", key)
    return bool(key) and (line.startswith(key) or (len(key) >= _KEY_MIN and key in line))


_TEXT = st.text(alphabet="某外出办事途中 \u3000\t\xa0甲乙", max_size=12)


@settings(max_examples=500, deadline=None)
@given(_TEXT, _TEXT)
def test_holds_as_before(line: str, key: str) -> None:
    want = _holds_before(line, key)
    assert _holds(line, key) == want
    assert _holds(line, key, _GAPS.sub("", key)) == want


def test_holds_gapped_line_and_key() -> None:
    assert _holds("某某外出办 事途中", "某某外出　办事") is True
    assert _holds("途中某某外出办事", "某 某外出办事") is True  # inside, six letters
    assert _holds("乙乙乙乙乙乙", "某 某") is False
