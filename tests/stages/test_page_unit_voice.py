"""A site's standing sentence naming the page as its unit of publishing (issue 12,
generic layer; fixres18).

An encyclopedia prints '本词条由某项目审核。' under every entry's headline, a forum
'本帖…', a portal '本栏目…': the site speaking of the page it serves, as '本站' and
'本页' already read (``site_voice`` in ``site_repeat_keep.toml``).  Repeated word for
word at the page's edge, one such cue makes the sentence the site's.  A sentence of the
text that names a statute's own clause ('本条例…', '本条…') is no page unit, and a page
unit named once on one page is never learned.  Every word is invented.
"""

from __future__ import annotations

import pytest

from cleaner.rules import keep_table
from cleaner.stages.site_judge import chrome_signals
from tests.stages.stage_runs import boil, site_stage


@pytest.mark.parametrize(
    "line",
    [
        "本条目经“云杉·乡土志”编审组核定，欢迎补充。",
        "本詞條內容由地方文獻小組校訂。",
        "本帖由版务组整理置顶，回复前请先阅读全文。",
        "本栏目资料由区档案馆提供。",
        "本篇为会员专享内容，开通后可查看附件。",
    ],
)
def test_a_sentence_naming_the_page_unit_is_site_voice(line: str) -> None:
    cues = keep_table().cues(line)
    assert "site_voice" in cues
    # one cue at the page's edge makes a repeated sentence the site's
    assert chrome_signals(line, mean_pos=0.1, masked=False, cues=cues)


@pytest.mark.parametrize(
    "line",
    [
        "本条例自二〇二四年三月一日起施行，由市司法局负责解释。",
        "本条所称的公共场所，是指向社会开放的室内外场所。",
        "这部词典收录的条目逐年增加，编者在前言里说明了体例。",
    ],
)
def test_a_clause_of_the_text_is_no_page_unit(line: str) -> None:
    assert "site_voice" not in keep_table().cues(line)


def test_a_page_unit_sentence_in_the_middle_of_the_text_stays() -> None:
    # one cue away from the edges: a repeated sentence of the text, not the site's
    line = "本篇所述的做法已在三个村推广，效果良好。"
    cues = keep_table().cues(line)
    assert chrome_signals(line, mean_pos=0.5, masked=False, cues=cues) == []


TOWNS = ["柏溪镇", "石门乡", "鹤岭镇", "枫桥镇", "芦湾乡", "青埠镇", "梅坑乡", "桑园镇", "竹港镇"]
TRADES = ["茶叶", "竹编", "米酒", "蚕丝", "陶器", "草药", "柑橘", "木雕", "腌菜"]
AUDIT = "本条目经“云杉·乡土志”编审组核定，欢迎补充。"


def _entry(n: int) -> list[str]:
    town, trade = TOWNS[n], TRADES[n]
    return [
        town,
        AUDIT,
        f"{town}，某县下辖镇，以{trade}闻名，镇上的老作坊至今仍在经营，访客络绎不绝。",
        "历史",
        f"据县志记载，{town}的{trade}手艺已传承百余年，每逢集市都有外地商贩前来收购。",
        "物产",
        f"如今{town}的{trade}远销省外，当地成立了合作社，统一收购并帮助农户打开销路。",
        "云杉百科　关于我们　使用协议",
    ]


def test_the_repeated_page_unit_sentence_goes_on_the_site_s_pages() -> None:
    stage = site_stage([_entry(n) for n in range(9)])
    page = _entry(3)
    out = boil(page, stage, site="s")
    assert AUDIT not in out
    assert all(line in out for line in page[2:7])
