"""Fixes of set yd's tianwen and guanniao families, each class in wordings of its own and
with a look-alike that must not change:

* a bracketed page counter with a short label before it (``〔翻页 3/4〕``, ``【续 2/3】``)
  cutting a sentence is a page break (repair.toml ``break_marks``);

Every word is invented.
"""

from __future__ import annotations

import pytest

from tests.stages.stage_runs import repair

S1, S2 = "巡河队员沿着堤岸走了整整一个上午，对每一处", "护坡的裂缝都做了标记。"
W1, W2 = "巡河队员沿着堤岸走了整整一个上午。", "护坡的裂缝都做了标记。"

# --- bracketed, labelled page counters ---------------------------------------------------


@pytest.mark.parametrize("mark", ["〔翻页 3/4〕", "【续 2/3】", "（版面 P2/3）", "［下接 2／6］"])
@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_a_bracketed_labelled_page_counter_joins_the_cut_sentence(mark: str, gap: str) -> None:
    out = repair(gap.join(["巡河记", S1, mark, S2]) + "\n")
    assert S1 + S2 in out
    assert mark not in out


@pytest.mark.parametrize("mark", ["〔翻页 3/4〕", "【续 2/3】"])
def test_a_labelled_counter_between_whole_sentences_stays(mark: str) -> None:
    out = repair("\n".join(["巡河记", W1, mark, W2]) + "\n")
    assert mark in out.split("\n")


def test_a_counter_over_its_count_is_no_page() -> None:
    out = repair("\n".join(["巡河记", S1, "【续 5/4】", S2]) + "\n")
    assert "【续 5/4】" in out.split("\n")
