"""Chrome that blind sets left on compiled pages (chrome2), each as a small case in
wordings of its own, with look-alikes that must stay:

* a note about the page's whole text addressed to its reader, printed word for word over
  or under the text of every page of a site (``以上记录已张贴公示，如有疑问请来电。``): the
  ``page_note`` cue of ``site_repeat_keep.toml``; a document's own closing sentence about
  itself (no step for the reader), a definition (``以下简称…``) and a plea (``请求…``) carry
  no cue, and a sentence with the cue that stands on one page only stays;
* a book's folio in angle or round brackets after a word naming the book (``〈原书页39〉``)
  and a compiled issue's running mark whose name holds its number (``〔第5期简报·第2页〕``)
  are page marks: the sentence they cut is joined, a cross-reference (``（见页3）``) stays.

Every word is invented.
"""

from __future__ import annotations

import pytest

from cleaner.stages.keep import keep_table
from cleaner.stages.site_judge import chrome_signals
from tests.stages.stage_runs import boil, repair, site_stage

HEAD = ["青柳社区服务网　居务公开", "首页 > 居务公开 > 会议记录"]
FOOT = ["青柳社区居委会　地址：青柳路8号　电话：0571-86660000", "版权所有　青柳社区"]
PLACES = ["东坡", "西湾", "南岭", "北塘", "上庄", "下洲", "前溪", "后山"]
DEEDS = ["修缮车棚", "清理沟渠", "照料孤老", "调解纠纷"]
DEEDS += ["义务植树", "捐资助学", "整修村道", "更换路灯"]
UNDER = "以上记录已于会后在各楼栋公告栏张贴，住户如有疑问，可向居委会值班室咨询。"
OVER = "以下答复仅就来信所述情况作出说明；涉及具体费用的，请携带票据到服务大厅办理。"


def _page(n: int, *, under: str | None = UNDER, over: str | None = None) -> list[str]:
    place, deed = PLACES[n], DEEDS[n]
    return [
        *HEAD,
        *([over] if over else []),
        f"{place}片区第{n + 3}次居民议事会记录",
        f"会议讨论了{place}片区{deed}的方案，代表们逐条发表意见，并对经费来源提出了建议。",
        f"经表决，{deed}方案获得通过，由{place}片区楼长负责组织实施，一个月内完成。",
        f"有代表提出，{deed}期间应错开早晚高峰，减少对老人和孩子出行的影响。",
        f"也有代表建议把{place}片区的做法整理成文，供其他片区参考借鉴。",
        f"会议还通报了上次议事会确定事项的落实情况，{place}片区的三件实事已经全部完成。",
        "会议要求各楼长在一周内把本次会议精神传达到每一户居民。",
        *([under] if under else []),
        *FOOT,
    ]


@pytest.mark.parametrize(
    "line",
    [
        UNDER,
        OVER,
        "以上名单已在村务公开栏同步公示，村民如有异议，请于七日内书面提出。",
        "以下解读仅供读者理解政策使用，具体办理请以窗口答复为准，敬请留意。",
    ],
)
def test_a_reader_note_about_the_page_text_is_cued(line: str) -> None:
    cues = keep_table().cues(line)
    assert "page_note" in cues
    # a cue alone is not enough mid-page; at the page's edge it is
    assert chrome_signals(line, mean_pos=0.5, masked=False, cues=["page_note"]) == []
    assert chrome_signals(line, mean_pos=0.9, masked=False, cues=["page_note"])


@pytest.mark.parametrize(
    "line",
    [
        "以上决议经全体代表表决通过，自公布之日起施行。",
        "以下简称甲方，乙方应当按期付款，请甲方验收。",
        "以上事实有证据证实，原告据此请求法院判令被告还款。",
        "以下三项工作须在月底前完成，各组组长负责督促落实。",
    ],
)
def test_a_documents_own_sentence_about_itself_has_no_page_note_cue(line: str) -> None:
    assert "page_note" not in keep_table().cues(line)


def test_the_note_under_every_page_goes_and_the_minutes_stay() -> None:
    stage = site_stage([_page(n) for n in range(8)])
    page = _page(3)
    out = boil(page, stage, site="s")
    assert UNDER not in out
    assert all(line in out for line in page[2:9])


def test_the_note_over_every_page_goes_and_the_minutes_stay() -> None:
    stage = site_stage([_page(n, under=None, over=OVER) for n in range(8)])
    page = _page(5, under=None, over=OVER)
    out = boil(page, stage, site="s")
    assert OVER not in out
    assert all(line in out for line in page[3:10])


def test_a_closing_sentence_repeated_on_every_page_without_a_reader_step_stays() -> None:
    close = "以上决议经全体代表举手表决，获得全票通过，会议圆满结束。"
    stage = site_stage([_page(n, under=close) for n in range(8)])
    out = boil(_page(4, under=close), stage, site="s")
    assert close in out


def test_a_reader_note_on_one_page_only_stays() -> None:
    pages = [_page(n, under=UNDER if n == 2 else None) for n in range(8)]
    out = boil(pages[2], site_stage(pages), site="s")
    assert UNDER in out


PROSE = "清溪书院始建于明代，历经多次修葺，院内现存碑刻十余通，记载了历代修缮的经过。"


@pytest.mark.parametrize(
    ("mark", "first", "second"),
    [
        ("〈原书页39〉", "光绪年间院长捐出俸银，添置田产，所收租谷", "专供生徒膏火之用。"),
        ("（底本页12）", "民国初年书院改为县立高等小学，原有讲堂", "仍作教室使用。"),
        ("〔第5期简报·第2页〕", "全县本月共举办培训班十二期，参训人员", "达到一千余人次。"),
        ("【2021年汇编｜第3页】", "本年度新建农家书屋二十处，配送图书", "共计三万余册。"),
    ],
)
def test_a_bracketed_folio_that_cuts_a_sentence_is_joined_away(
    mark: str, first: str, second: str
) -> None:
    text = repair("\n\n".join([PROSE, first, mark, second, PROSE]) + "\n")
    assert first + second in text
    assert mark not in text


@pytest.mark.parametrize(
    "mark",
    ["（见页3）", "〈参见页12〉", "〈页码说明〉", "〔第5期简报·合订本〕"],
)
def test_a_cross_reference_or_a_named_part_between_paragraphs_stays(mark: str) -> None:
    first = "光绪年间院长捐出俸银，添置田产四十亩。"
    second = "远近学子闻风而至，书院一时称盛。"
    text = repair("\n\n".join([PROSE, first, mark, second, PROSE]) + "\n")
    assert mark in text and first in text and second in text
