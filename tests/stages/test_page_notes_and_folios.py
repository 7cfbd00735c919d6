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
        "以上述职，请予评议。",
        "以上报告内容，请各位代表审议。",
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


@pytest.mark.parametrize(
    "close",
    ["以上决议经全体代表举手表决，获得全票通过，会议圆满结束。", "以上述职，请予评议。"],
)
def test_a_closing_sentence_repeated_on_every_page_stays(close: str) -> None:
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


# ---- a register's numbered rows over its pieces stay the split's ------------------------

ROWS = [
    "序号 0{n} ／ 登记号 QX〔20{y}〕{k}号 ／ {kind}",
    "编号：{n}　｜　档号 A{y}-{k}　｜　{kind}",
]
KINDS = ["甲类", "乙类"]
NAMES = ["青溪大道拓宽工程", "城南污水管网改造", "北山公园步道修缮", "东湖水闸加固工程"]


def _register(p: int, row: str, pieces: int = 3) -> list[str]:
    out = ["青溪市建设局　信息公开", "首页　通知公告　办事指南", f"第{p + 1}批项目登记信息公示"]
    for n in range(1, pieces + 1):
        name = NAMES[(p + n) % len(NAMES)]
        out += [
            row.format(n=n, y=10 + p, k=100 + 7 * p + n, kind=KINDS[(p + n) % 2]),
            f"{name}（第{p + n}标段）",
            f"建设地点：青溪市{name[:2]}片区，项目总投资{900 + 37 * p + n}万元。",
            f"主要内容：对{name}沿线设施进行改造，工期{6 + n}个月。",
            "",
        ]
    return [*out, "联系电话：0571-86660001", "主办：青溪市建设局　版权所有"]


@pytest.mark.parametrize("row", ROWS)
def test_the_numbered_rows_of_a_register_stay_over_every_piece(row: str) -> None:
    pages = [_register(p, row) for p in range(8)]
    stage = site_stage(pages)
    out = boil(pages[4], stage, site="s")
    for n in (1, 2, 3):
        assert row.format(n=n, y=14, k=128 + n, kind=KINDS[(4 + n) % 2]) in out
    assert "首页　通知公告　办事指南" not in out  # the site's menu still goes


def test_numbered_rows_glued_as_a_table_or_out_of_turn_are_no_run() -> None:
    from cleaner.stages.serial_rows import labelled_serial_rows

    table = ["序号 1 ／ 甲", "序号 2 ／ 乙", "序号 3 ／ 丙", "合计三项。", "以上为全部。"]
    skipped = ["序号 01 ／ 甲", "说明一。", "说明二。", "序号 03 ／ 乙", "说明一。", "说明二。"]
    pages = ["页码 1 ／ 共2页", "正文一。", "正文二。", "页码 2 ／ 共2页", "正文三。", "正文四。"]
    assert labelled_serial_rows(table) == set()
    assert labelled_serial_rows(skipped) == set()
    assert labelled_serial_rows(pages) == set()


# ---- a print view's running folio cutting a paragraph's first clause --------------------


@pytest.mark.parametrize(
    "mark",
    ["青溪殡仪·讣告打印版　2／5", "某某公告栏　打印页　3/4", "青溪农技站　植保简报第5期　—2—"],
)
def test_a_running_foot_that_cuts_a_paragraphs_first_clause_is_joined(mark: str) -> None:
    before = "王某某同志系青溪镇人，一生勤勉。"
    cut, rest = "兹定于三月九日上午九时在青溪镇殡", "仪馆举行告别仪式，丧事从简，谢绝花圈。"
    text = repair("\n".join([PROSE, before, cut, "", mark, "", rest, "特此讣告。"]) + "\n")
    assert cut + rest in text
    assert mark not in text


@pytest.mark.parametrize(
    "above",
    [
        "关于做好防汛工作的通知",  # a short title line
        "联系人王某某　电话六六六六八八八八",  # cells apart by a gap
    ],
)
def test_a_heading_over_a_running_foot_is_not_joined(above: str) -> None:
    mark = "青溪殡仪·讣告打印版　2／5"
    rest = "各单位要抓紧落实，确保按期完成。"
    text = repair("\n".join([PROSE, "上半年工作顺利完成。", above, "", mark, "", rest]) + "\n")
    assert above + rest not in text
    assert above in text and rest in text


# ---- a browser's print header atop a page whose sheets were joined ----------------------

PRINT_HEAD = "2023/9/1 10:05　青溪书院简介_第2页_青溪文史网"
FOOT_LINE = "https://www.qxws.example/list_2.html　{0}/{1}"


def test_the_print_headers_first_copy_goes_when_the_join_took_the_others() -> None:
    page = [
        PRINT_HEAD,
        "青溪书院简介",
        "光绪年间院长捐出俸银，添置田产，所收",
        "",
        FOOT_LINE.format(1, 2),
    ]
    page += [PRINT_HEAD, "", "租谷专供生徒膏火之用。", PROSE, FOOT_LINE.format(2, 2)]
    text = repair("\n".join(page) + "\n")
    assert "所收租谷专供生徒膏火之用。" in text
    assert PRINT_HEAD not in text


def test_a_one_sheet_print_header_goes_over_its_sheet_footer() -> None:
    last = "光绪年间院长捐出俸银，添置田产。"
    page = [PRINT_HEAD, "青溪书院简介", PROSE, last, FOOT_LINE.format(1, 1)]
    text = repair("\n".join(page) + "\n")
    assert PRINT_HEAD not in text and PROSE in text


def test_a_dated_title_line_without_a_sheet_stays() -> None:
    # a stamp and a title with no copy and no sheet's footer: the page's own line
    page = [PRINT_HEAD, "青溪书院简介", PROSE, "光绪年间院长捐出俸银，添置田产。"]
    text = repair("\n".join(page) + "\n")
    assert PRINT_HEAD in text
