"""A text is Japanese by its hiragana, not by marks Chinese writes too (review18 #6).

The middle dot of a transliterated name (``・``, U+30FB) and the long-vowel bar (``ー``,
U+30FC) sit in the katakana block but a Chinese text writes them; katakana alone (a
quoted title, a menu of loanwords) names no language either.  Every text is invented.
"""

from __future__ import annotations

import pytest

from cleaner.ingest.textlang import japanese
from cleaner.pipeline import detect_lang

CHINESE = [
    # transliterated names parted by the katakana middle dot, short and in prose
    "莱昂纳德・伯恩斯坦・罗森",
    "读《让・雅克・卢梭书信选》有感：自由从来不是轻飘飘的口号。",
    "纪念伊丽莎白・布莱克韦尔医生的座谈会在市图书馆举行",
    # a long-vowel bar standing in for a dash
    "第三章ーー河流的尽头",
    # a Japanese title quoted in katakana, the rest Chinese
    "《スラムダンク》重映，我们一群老同学约好周末去电影院。",
    # katakana menu words only, no hiragana
    "トップ ｜ ニュース ｜ スポーツ ｜ 财经",
]

JAPANESE = [
    "昨日は友達と駅前の喫茶店でコーヒーを飲みながら、夏休みの計画を話しました。",
    "このソフトウェアをインストールする前に、必ずバックアップを取ってください。",
    "ひらがなだけでかいたぶんしょうです。",
]


@pytest.mark.parametrize("text", CHINESE)
def test_dots_bars_and_katakana_alone_are_no_japanese(text: str) -> None:
    assert not japanese(text)
    assert detect_lang(text) != "ja"
    if "｜" not in text:  # prose or a title: Han characters read as Chinese
        assert detect_lang(text) == "zh"


@pytest.mark.parametrize("text", JAPANESE)
def test_hiragana_prose_is_japanese(text: str) -> None:
    assert japanese(text)
    assert detect_lang(text) == "ja"


def test_a_name_dot_does_not_tip_a_borderline_text() -> None:
    # one borrowed の and many name dots: the dots used to count as kana
    text = "卡尔・马克思・恩格斯・列宁の" + "书" * 20
    assert not japanese(text)
