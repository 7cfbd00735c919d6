"""Cheap gates put in front of pure tests for speed (issue 15): each answers exactly as
the test it gates.  Every word is invented.

* ``split_reply.answering_row`` first asks whether the row holds an answer word at all
  (a label is a piece of the row: no word in the row, none in a label).
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from cleaner.stages import split_reply


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
