"""A notice board's standing line under every notice, inviting readers to object or
complain (issue 12, generic layer; fix12r).

The line repeats on the site's pages, but below the cue support of a sentence: with one
cue (a phone number) and a place above the related list and the footer (not the page's
edge), the site-repeat judge read it as a body sentence.  The words of an objection or a
complaint are a cue of their own (``objection`` in ``site_repeat_keep.toml``): with the
phone they make two, and the repeated line is learned as the site's.  A sentence of the
text that mentions an objection once is never learned, and neither is one that repeats
with the objection word alone mid-page.  Every word is invented.
"""

from __future__ import annotations

import pytest

from cleaner.stages.keep import keep_table
from cleaner.stages.site_judge import chrome_signals
from tests.stages.stage_runs import boil, site_stage

NOTE = "凡对本期名单有异议者，可在七日内向镇纪委书面提出，电话 0571-88880000。"
BODY = [
    "经各组推荐、村民代表会议评议，本季度共评出星级文明户二十户，现将名单张榜公布。",
    "评选坚持公开、公平、公正的原则，评议过程由驻村干部全程参与并做好记录。",
]
FOOT = ["👍 赞 12　✍ 留言", "其他公告", "⟡ 上季度评选结果", "青塘乡人民政府主办　版权所有"]


#: words that make each page's text its own (near-duplicate pages count once)
PLACES = ["东坡", "西湾", "南岭", "北塘", "上庄", "下洲", "前溪", "后山", "中坝"]
DEEDS = [
    "修缮祠堂",
    "清理沟渠",
    "照料孤老",
    "调解纠纷",
    "义务植树",
    "捐资助学",
    "扑救山火",
    "护送病人",
    "整修村道",
]


def _page(n: int, *, note: bool) -> list[str]:
    place, deed = PLACES[n], DEEDS[n]
    return [
        f"{place}片区星级文明户评选结果公告",
        f"本季度{place}片区的评选重在{deed}一项，各户的事迹经群众推荐后逐一核实，材料均已归档。",
        f"{place}片区在{deed}中涌现出一批热心户，评议会上代表们逐户发言，最后无记名投票产生名单。",
        *BODY,
        "青塘乡柳溪村村民委员会",
        f"二〇二三年{n}月八日",
        *([NOTE] if note else []),
        *FOOT,
    ]


@pytest.mark.parametrize(
    "line",
    [
        NOTE,
        "对以上公示内容如有异议，请与乡党政办联系，联系电话 0571-88880000。",
        "欢迎社会各界监督，监督电话：0571-88880000。",
    ],
)
def test_an_objection_prompt_with_a_phone_has_two_cues(line: str) -> None:
    cues = keep_table().cues(line)
    assert "objection" in cues and len(cues) >= 2
    assert chrome_signals(line, mean_pos=0.6, masked=False, cues=cues)


@pytest.mark.parametrize(
    "line",
    [
        "村民小组对土地流转方案没有异议，会议一致同意按方案执行。",
        "对评选结果有疑问的，请在七日内联系村委会，电话 0571-88880000。",
    ],
)
def test_a_sentence_with_one_cue_mid_page_reads_as_content(line: str) -> None:
    cues = keep_table().cues(line)
    assert len(cues) <= 1
    assert chrome_signals(line, mean_pos=0.6, masked=False, cues=cues) == []


def test_the_repeated_objection_prompt_goes_on_the_site_s_pages() -> None:
    # on half the pages: under the site's support, over the cue support
    stage = site_stage([_page(n, note=n % 2 == 0) for n in range(1, 9)])
    page = _page(2, note=True)
    out = boil(page, stage, site="s")
    assert NOTE not in out
    assert all(line in out for line in page[1:6])
