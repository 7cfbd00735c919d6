"""A stray space in a word after a quoted name, in a line of sentences (fixzy1, set zy):
``规划「某名」展览活 动，…`` where the page prints ``活动`` whole elsewhere
(:meth:`CjkSpaceJudges._printed_whole`).  Invented text, none of the family's.

A closing quote or bracket with Han letters before a space reads as a phrase's edge
('「持有」評級 目標價'); when the two letters the space parts stand together elsewhere on
the page, the space cuts a word.  Variants: corner quotes (traditional letters), book-title
marks, round brackets.  Look-alikes: the two letters nowhere else together; an opening
quote.
"""

from __future__ import annotations

import pytest

from cleaner.stages.repair import RepairStage


def _spaces(text: str) -> list[str]:
    return [text[e.start - 1 : e.end + 1] for e in RepairStage()._cjk_spaces(text)]


@pytest.mark.parametrize(
    ("line", "cut"),
    [
        (
            "本館特別規劃「春日漫遊」導覽服 務，邀請市民在週末前往參觀。\n服務時間：上午九時起",
            "服 務",
        ),
        (
            "学校组织学生阅读《远方的河》读后感 想，老师逐篇批改后择优展示。\n感想要求：一律手写",
            "感 想",
        ),
        (
            "街道联合社区卫生站（东片）义诊宣 传，为老人免费测量血压和血糖。\n宣传单：已发放到户",
            "宣 传",
        ),
    ],
)
def test_space_in_word_printed_whole_is_removed(line: str, cut: str) -> None:
    assert _spaces(line) == [cut]


def test_letters_nowhere_else_together_keep_the_space() -> None:
    line = "本館特別規劃「春日漫遊」導覽服 務，邀請市民在週末前往參觀，名額有限。"
    assert _spaces(line) == []


def test_inside_an_open_quote_unchanged() -> None:
    # the space inside a quotation stays as the judges had it before (no closing mark)
    line = "他说：“这几个 月大家辛苦了，我们的工作做得很扎实。”几个月来，大家都很忙碌。"
    before = _spaces(line)
    assert all(c != "几个" for c in before)


@pytest.mark.parametrize(
    "line",
    [
        # two dishes; the doubled letter meets only across words elsewhere
        "午市供应「招牌」酱牛肉 肉丸汤，数量有限。\n酱牛肉肉片很薄。",
        # the pair meets elsewhere only inside another word (当地学校 / 落地 学生)
        "「新规」措施落地 学生受益良多，家长纷纷点赞。\n当地学校积极配合。",
        # 会议 stands only inside 大会议程
        "「春季」招聘会 议程已经公布，欢迎查阅。\n大会议程另行通知。",
    ],
)
def test_pair_met_only_across_words_keeps_the_space(line: str) -> None:
    assert _spaces(line) == []
