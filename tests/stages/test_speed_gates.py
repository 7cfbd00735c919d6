"""Cheap gates put in front of pure tests for speed (issue 15): each answers exactly as
the test it gates.  Every word is invented.

* ``split_reply.answering_row`` first asks whether the row holds an answer word at all
  (a label is a piece of the row: no word in the row, none in a label).
* ``folio_heads.split_head`` reads a page text's stripped lines once (memo per text) and
  answers False at once when neither the line nor any line of the page is a lone folio
  (the pair it looks for needs one).
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from cleaner.stages import folio_heads, split_reply


def _answering_row_ungated(row: str) -> bool:
    labels = split_reply._LABELS.findall(row)
    words = split_reply._answer_words()
    return len(labels) >= 2 and all(any(w in lab for w in words) for lab in labels)


_CELLS = st.sampled_from(
    ["答复单位", "回复时间", "答复时间", "来信人", "回复专家", "某局", "：", ":", "　", " ", "办理"]
)


@given(row=st.lists(_CELLS, max_size=12).map("".join))
def test_answering_row_gate_answers_as_before(row: str) -> None:
    assert split_reply.answering_row(row) == _answering_row_ungated(row)


def test_answering_row_cases() -> None:
    assert split_reply.answering_row("答复单位：甲局　答复时间：2022-05-06")
    assert not split_reply.answering_row("来信人：乙　答复时间：2022-05-06")  # one asks
    assert not split_reply.answering_row("办理单位：甲局　办理时间：2022-05-06")  # no answer word


def _split_head_ungated(core: str, text: str) -> bool:
    """``folio_heads.split_head`` as it was before its gate and memo."""
    lines = [ln.strip() for ln in text.split("\n")]
    lone = folio_heads._LONE_FOLIO
    for k, line in enumerate(lines):
        if line != core:
            continue
        for j in (k - 1, k + 1):
            other = lines[j] if 0 <= j < len(lines) else ""
            if lone.match(core) and other and not lone.match(other):
                if folio_heads._split_head(other, lines, text):
                    return True
            elif lone.match(other) and not lone.match(core):
                if folio_heads._split_head(core, lines, text):
                    return True
    return False


_TOP = "某某公報\n第 8 期　　2031年3月2日（星期一）\n"
_HEAD = "某某公報 — 第二組　　第 8 期　　2031年3月2日"
_PAGE_LINES = st.sampled_from(
    [
        "1207",
        " 1208 ",
        "\u3000 ４５ ",  # a full-width folio: \d takes it
        "123456",  # six figures: no folio
        _HEAD,
        "某某公報 — 第三組　　第 9 期　　2031年3月9日",
        "第 8 期　　2031年3月2日（星期一）",
        "某某公報",
        "正文寫到一半，",
        "另一半。",
        "第 1207 頁",
        "2031年",
        "",
        "　",
    ]
)


@given(lines=st.lists(_PAGE_LINES, max_size=10), top=st.booleans(), pick=st.integers(0, 12))
def test_split_head_gate_answers_as_before(lines: list[str], top: bool, pick: int) -> None:
    text = (_TOP if top else "") + "\n".join(lines)
    stripped = [ln.strip() for ln in text.split("\n")]
    for core in {*stripped, stripped[pick % len(stripped)], "1207", _HEAD}:
        if core:
            assert folio_heads.split_head(core, text) == _split_head_ungated(core, text)


def test_split_head_gate_cases() -> None:
    page = _TOP + "正文寫到一半，\n\n1207\n" + _HEAD + "\n\n另一半。"
    assert folio_heads.split_head("1207", page) and folio_heads.split_head(_HEAD, page)
    # the same head with no lone folio anywhere on the page: the gate answers
    bare = _TOP + "正文寫到一半，\n\n第 1207 頁\n" + _HEAD + "\n\n另一半。"
    assert not folio_heads.split_head(_HEAD, bare)
    assert folio_heads._folio_lines(bare)[1] is False
    # a lone folio far from the head: the gate lets the page through, the pair is absent
    far = _TOP + "1207\n正文寫到一半，\n\n" + _HEAD + "\n\n另一半。"
    assert folio_heads._folio_lines(far)[1] is True
    assert not folio_heads.split_head(_HEAD, far)
    # the memo hands back the same reading for the same text
    assert folio_heads._folio_lines(page) is folio_heads._folio_lines(page)
