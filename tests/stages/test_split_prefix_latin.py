"""One English sentence over a compilation's first piece is the page's own opening,
kept over the first piece and flagged (``split.prefix_kept``), as a Chinese one is:
``is_prose`` (a line-model feature) reads Chinese marks only, so the split stage reads a
Latin sentence by :func:`split_prefix_prose.latin_sentence` (six words or more, closed
by '.', '!' or '?').

Look-alikes (still the page head): a short line with no closing mark, a greeting of a
few words, a web address, a greeting of short sentences (a Latin paragraph holding a
sentence end inside is :mod:`split_prefix_guard`'s, at 100 characters).

Every word is invented.
"""

from __future__ import annotations

import pytest

from cleaner.edits import Editor
from cleaner.stages.split import SplitStage
from cleaner.stages.split_prefix_prose import latin_sentence

PIECES = [
    "【篇一】河边的老柳树",
    "老柳树在河边站了几十年，夏天替洗衣服的人遮阴，冬天光秃秃地立着。",
    "村里的孩子都在它下面长大。",
    "",
    "【篇二】外婆的菜园",
    "外婆的菜园不大，却种满了豆角、茄子和辣椒，每到傍晚她都要去浇一遍水。",
    "我小时候最爱跟着她摘豆角。",
    "",
    "【篇三】镇上的电影院",
    "镇上的电影院早就关了门，门口的售票窗还贴着一张褪色的海报。",
    "每次路过我都会多看两眼。",
]


def _run(intro: str) -> tuple[list[str], str]:
    ed = Editor("p", "\n".join(["Riverside Essays", "", intro, "", *PIECES]) + "\n")
    SplitStage()(ed)
    dropped = "".join(c.before for c in ed.changes if c.rule == "split.page_prefix")
    return [c.rule for c in ed.changes], dropped


@pytest.mark.parametrize(
    "intro",
    [
        "These short pieces were written in different years about my home town.",
        "Why do small towns keep their old trees longer than their cinemas?",
        "We walked the whole valley in one week and wrote down what we saw!",
        "Notes kept by a retired teacher, who lived by the river for forty years.",
    ],
)
def test_an_english_opening_sentence_is_kept(intro: str) -> None:
    rules, dropped = _run(intro)
    assert intro not in dropped and "split.prefix_kept" in rules


@pytest.mark.parametrize(
    "head",
    [
        "Read more about it",
        "Hello there, friends.",
        "www.example.com/essays/index.html",
        "Hi everyone. Here are the three short sketches for this week.",  # a greeting
    ],
)
def test_short_rows_and_addresses_stay_page_head(head: str) -> None:
    _, dropped = _run(head)
    assert head in dropped


def test_latin_sentence_shapes() -> None:
    assert latin_sentence("Six plain words end right here.")
    assert not latin_sentence("Five words end right here.")
    assert not latin_sentence("本页汇总当日几则消息，内容以各单位发布为准 and more.")
    assert not latin_sentence("Visit https://example.com/a/b/c/d for all the rest.")
