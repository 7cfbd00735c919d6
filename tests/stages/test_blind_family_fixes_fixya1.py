"""Fixes for what set ya's filing notices left (fixya1), each mechanism as a small case in
wordings of its own, with look-alikes that stay:

* a row of two or more ``label：value`` cells parted by a bar or a wide gap is a whole
  line: the page-break join never glues the next line (a label's paragraph) onto it,
  however many such rows make the page look hard-wrapped;
* a catalogue whose entries each open with a work's name in book-title marks (a bracketed
  class note after it or not) over a card of labelled cells of one signature is split
  into its entries, the bare name each entry's title, the card its metadata, prose above
  the first entry (a preamble) or not;
* a title with a bracketed note after a gap (``《某》　（类别 · 6集）``) over a metadata row
  is an entry's header, not chrome, for the line model (its note's dots are no fields);
* a signer row (an office holder's title ending in a holder's word, a gap, a name) that
  closes every document of one official is kept from the site's repeated lines;
* a gazette's documents, each a number line (``第 N/YYYY 號…``, ``某字〔YYYY〕N号 …``, a
  bare ``第N号…``) right under its office's bare name, split the page: the number line
  is the title and the first line of text, the office line the issuer;
* a sheet's page counter with its total (``某表　第 2 页　共 4 页``) that the boilerplate
  stage took out still marks the page cut where it stood: the paragraph cut there is
  joined (a lone page number or an impossible count is no such counter);
* an issue's running head set across the page with its folio at the far end (the issue,
  its day, the publication's name, apart by wide gaps) is a page mark where the page
  prints the same day in its own head: the paragraph it cuts is joined.

Every word is invented.
"""

from __future__ import annotations

import pytest

from cleaner.edits import Edit, Editor
from cleaner.stages.folio_heads import folio_head
from cleaner.stages.header_rows import header_over_row, noted_title
from cleaner.stages.keep import keep_table
from cleaner.stages.page_folio import counted_folio
from cleaner.stages.repair import RepairStage
from tests.stages.stage_runs import boil, repair, site_stage, split

# ---- a labelled cell row is a whole line

ROWS = [
    # a bar spaced by ideographic spaces, the last value a list ending in a Han letter
    (
        "编号：青文备〔2021〕第{n:02d}号　｜　承办单位：北岭文化有限公司"
        "　｜　举办地：青石镇、白水乡",
        "简介：",
    ),
    # an unspaced ASCII bar, half-width colons
    (
        "登记号:QZ-2020-{n}|主办方:东湖区书画艺术研究协会"
        "|场地:湖滨公园南门、北岸文化长廊、西湖美术馆",
        "展览说明:",
    ),
    # cells apart by a wide gap, no bar at all
    (
        "批次：第{n}批　　　申报单位：南江县第一实验学校教育集团"
        "　　　项目地：北岭乡、南江镇、白石街道",
        "项目概述：",
    ),
    # a '丨' bar and another layout of labels
    (
        "证号：甲-{n}丨主管部门：南江县农业农村局种植业管理股丨种植地：白沙村、东坪村、西坡村",
        "主要内容：",
    ),
]
BODY = [
    "一群年轻人回到山村，在困难面前互相扶持，最终把荒坡变成了果园。",
    "几位老人在社区里办起了读书会，吸引了越来越多的邻居加入进来。",
    "一位乡村教师坚持二十年，带出了一届又一届走出大山的学生。",
    "一对姐妹接手了家里的小作坊，在传统手艺中找到了新的出路。",
]


@pytest.mark.parametrize(("row", "label"), ROWS)
def test_a_row_of_labelled_cells_is_never_glued_to_the_next_labelled_line(
    row: str, label: str
) -> None:
    parts = []
    for n, body in enumerate(BODY):
        parts.append(f"《作品{n}》\n{row.format(n=n + 1)}\n{label}{body}")
    text = "\n\n".join(parts) + "\n"
    out = repair(text).replace(":", "：")  # (the repair widens a colon between Han letters)
    for n, body in enumerate(BODY):
        assert f"{row.format(n=n + 1)}\n{label}{body}".replace(":", "：") in out


def test_a_sentence_cut_by_a_page_mark_under_cell_rows_is_still_joined() -> None:
    row = ROWS[0][0]
    cut_a = "在众人的帮助下，主人公终于找到了属于自己的道路，全剧讲述了一"
    cut_b = "个关于坚守和成长的故事，计划周期为六十天。"
    text = (
        f"{row.format(n=1)}\n简介：{BODY[0]}\n{cut_a}\n\n- 2 -\n\n{cut_b}\n\n"
        f"{row.format(n=2)}\n简介：{BODY[1]}\n"
    )
    out = repair(text)
    assert cut_a + cut_b in out  # the look-alike: a prose line cut mid-word is joined
    assert f"{row.format(n=2)}\n简介：" in out


# ---- a catalogue's entries: a framed name over a card of labelled cells

PREAMBLE = "现将本年度第二批登记情况予以公布，公布期间如有异议，请与我们联系。"
CARDS = [
    # names with a class note after a wide gap, cards parted by spaced bars
    (
        [
            "《青石桥》　　（纪录片 · 6集）",
            "《北岭往事》　　（纪录片 · 8集）",
            "《白水谣》　　（动画 · 12集）",
        ],
        "编号：甲-{n}　｜　出品单位：南江影像工作室　｜　取景地：北岭乡",
        "简介：",
        {"doc_number": "甲-{n}"},
    ),
    # bare names, cards of half-width colons and an unspaced bar
    (
        ["《湖上的风》", "《老屋》", "《春分》"],
        "登记号:QZ-2020-{n}|主办方:东湖区书画艺术研究协会|场地:湖滨公园",
        "展览说明:",
        {},
    ),
    # names with a bracketed year, cells apart by wide gaps
    (
        ["《灯下》　(2019)", "《远山》　(2020)", "《归途》　(2021)"],
        "批次：第{n}批　　　申报单位：南江县第一实验学校　　　项目地：北岭乡",
        "项目概述：",
        {},
    ),
]


def _catalogue(names: list[str], card: str, label: str) -> list[str]:
    lines = [PREAMBLE, ""]
    for n, name in enumerate(names):
        lines += [name, card.format(n=n + 1), f"{label}{BODY[n]}", BODY[n + 1], ""]
    return lines


@pytest.mark.parametrize(("names", "card", "label", "meta"), CARDS)
def test_framed_names_over_cards_split_a_catalogue_into_its_entries(
    names: list[str], card: str, label: str, meta: dict[str, str]
) -> None:
    arts = split(_catalogue(names, card, label))
    bare = [n[1 : n.index("》")] for n in names]
    assert [a.title for a in arts if a.title in bare] == bare
    for a, name in zip([a for a in arts if a.title in bare], names, strict=True):
        assert name not in a.text and "编号" not in a.text and "登记号" not in a.text
        # the entry's text is its labelled paragraph on (the preamble above the first
        # entry stays with it: kept, not guessed away)
        assert "\n" + label.rstrip(":：") in "\n" + a.text
    if meta:
        got = [a for a in arts if a.title in bare]
        for n, a in enumerate(got):
            for key, val in meta.items():
                assert a.meta.get(key) == val.format(n=n + 1)


def test_framed_names_without_a_card_stay_text() -> None:
    # the look-alike: a reading list, each book's name over a paragraph about it
    lines = [PREAMBLE, ""]
    for n, name in enumerate(["《湖上的风》", "《老屋》", "《春分》"]):
        lines += [name, BODY[n], ""]
    arts = split(lines)
    assert len(arts) == 1 and "《老屋》" in arts[0].text


def test_one_card_shape_under_one_name_only_is_no_catalogue() -> None:
    names, card, label, _ = CARDS[0]
    lines = _catalogue(names, card, label)
    other = "编号：乙-9　｜　联系人：某某"  # the second card has other labels
    lines[lines.index(card.format(n=2))] = other
    assert len(split(lines)) == 1


@pytest.mark.parametrize(
    "title",
    ["《青石桥》　　（纪录片 · 6集）", "北岭往事　(话剧 · 三幕)", "《灯下》　［2019 · 第二版］"],
)
def test_a_title_with_a_bracketed_note_over_a_card_is_no_chrome(title: str) -> None:
    assert noted_title(title)
    row = "编号：甲-1　｜　出品单位：南江影像工作室　｜　取景地：北岭乡"
    assert header_over_row([title, row, BODY[0]], 0, set(), lambda s: s == row)


def test_a_crumb_or_a_glued_note_is_no_noted_title() -> None:
    assert not noted_title("首页 » 论坛 » 长途　（12）")
    assert not noted_title("《青石桥》（纪录片 · 6集）")  # no gap before the note
    assert not noted_title("这部片子拍得很好。　（网友留言）")


# ---- a signer row: an office holder's title, a gap, the name


@pytest.mark.parametrize(
    "row",
    ["南江县县长　周某某", "校長　林守拙", "董事长 王某某", "主任委员　陈某", "行政長官　賀某·川"],
)
def test_a_signer_row_repeated_over_a_site_is_kept(row: str) -> None:
    assert keep_table().reason(row) == "signer_row"


@pytest.mark.parametrize(
    "row", ["网站首页　机构概况", "联系我们　网站地图", "县长　信箱留言板入口"]
)
def test_menu_words_apart_are_no_signer_row(row: str) -> None:
    assert keep_table().reason(row) != "signer_row"


def test_a_signer_row_on_every_page_of_a_site_stays() -> None:
    body = "本局决定自下月起调整办事大厅的开放时间，请各位市民相互转告，按时前来办理。"
    pages = [
        ["某某局公告", f"第{n}号", body, "二〇三一年三月一日", "局长　周某某"] for n in range(4)
    ]
    stage = site_stage(pages)
    for page in pages:
        assert "局长　周某某" in boil(page, stage, site="s")


# ---- a gazette's documents: the number line under the office's name

DISPATCH_BODY = [
    "某某司司長行使某法規賦予的職權，作出本批示：設立工作小組，負責有關工作。",
    "二、本批示所需開支由本年度預算承擔，相關文件須保存五年。",
]
GAZETTES = [
    # Macau-style numbers with a slash and the year, traditional letters
    [
        ("文化司司長辦公室", "第 12/2031 號文化司司長批示"),
        ("保安司司長辦公室", "第 7/2031 號保安司司長批示"),
    ],
    # a bracketed year before the number, simplified letters, a title after a gap
    [
        ("南江县人民政府", "南府令〔2031〕第5号　关于调整办事时间的决定"),
        ("南江县教育局", "南教字〔2031〕12号　关于开展读书月活动的通知"),
        ("南江县水务局", "南水字〔2031〕3号　关于汛期值守的通知"),
    ],
    # a bare running number
    [("北岭镇人民政府", "第3号公告"), ("北岭镇财政所", "第4号公告")],
]


@pytest.mark.parametrize("docs", GAZETTES)
def test_numbered_documents_under_their_offices_split_a_gazette(
    docs: list[tuple[str, str]],
) -> None:
    lines = ["某某公报　第 3 期", ""]
    for office, number in docs:
        lines += [office, number, *DISPATCH_BODY, "＊＊＊＊＊", ""]
    arts = split(lines)
    assert [a.title for a in arts] == [n for _, n in docs]
    for a, (office, number) in zip(arts, docs, strict=True):
        assert a.meta.get("issuer") == office
        # the number line is the text's first line too (or, a document number the row
        # reader knows by itself, read as the piece's number: its words are the title)
        assert a.text.startswith(number) or number.startswith(a.meta.get("doc_number", "-"))
        assert DISPATCH_BODY[1] in a.text
        assert office not in a.text.split("\n")


def test_numbers_without_an_office_line_split_nothing() -> None:
    # the look-alike: a decision citing other numbers, each line a sentence or under prose
    lines = [
        "关于清理旧文件的决定",
        "经研究，下列文件自即日起废止，请各单位遵照执行，不再适用。",
        "第3号公告",
        "该公告规定了办事大厅的开放时间，现已不再适用，相关事项另行通知。",
        "第4号公告",
        "该公告规定了汛期值守的安排，现已不再适用，相关事项另行通知。",
    ]
    assert len(split(lines)) == 1


# ---- a sheet's page counter taken out as chrome still marks the cut it stood in

FOLIO_P = "本季度登记的项目共有四个，各项目的基本情况分列如下，请各有关单位核对。"
FOLIO_A = "项目组在北坡清理出一段保存较完整的夯土墙体，墙体宽约三米，计划下月开展"
FOLIO_B = "第二阶段的测绘工作，并编写简报。"


def _taken(mark: str) -> str:
    text = f"某某局的公示\n{FOLIO_P}\n\n{FOLIO_A}\n\n{mark}\n\n{FOLIO_B}\n\n{FOLIO_P}\n"
    ed = Editor("p", text)
    s = text.index(mark)
    ed.apply("boilerplate", [Edit(s, s + len(mark) + 1, "", "boilerplate.line_model", "delete")])
    RepairStage()(ed)
    return ed.text


@pytest.mark.parametrize(
    "mark", ["项目登记公示表　　第 2 页　共 4 页", "共3页　第2页", "某某名录 第 1 頁 共 2 頁"]
)
def test_a_taken_page_counter_with_its_total_joins_the_cut_paragraph(mark: str) -> None:
    assert counted_folio(mark)
    assert FOLIO_A + FOLIO_B in _taken(mark)


@pytest.mark.parametrize("mark", ["第 1 页", "第 5 页　共 4 页", "本表共2页，请填写第1页"])
def test_a_taken_line_that_is_no_sheet_counter_joins_nothing(mark: str) -> None:
    assert not counted_folio(mark)
    assert FOLIO_A + FOLIO_B not in _taken(mark)


# ---- an issue's running head with its folio, cutting a paragraph

HEAD_A = "二、本批示所需開支由有關部門本年度預算內之撥款支付，相關文件須"
HEAD_B = "保存五年，如有疑問由辦公室解釋。"


@pytest.mark.parametrize(
    ("top", "head"),
    [
        # (the page's own header prints the publication's name and the day: mend21h)
        # a gazette: issue, date, name and section, folio
        (
            "某某公報\n第 8 期　　2031年3月2日（星期一）",
            "第 8 期 — 2031 年 3 月 2 日　　　　某某公報 — 第二組　　1207",
        ),
        # a daily: the date first, the name, the edition, the folio
        ("南江日报\n2031年5月6日　星期三", "2031年5月6日　星期三　　　　南江日报　　第3版　　12"),
        # a bulletin: the name and issue, a slashed date, the folio after wide spaces
        ("某某通讯\n出版日期：2031/05/06", "某某通讯 · 第12期      2031/05/06      33"),
    ],
)
def test_an_issue_running_head_with_its_folio_is_a_page_mark(top: str, head: str) -> None:
    assert folio_head(head, f"{top}\n{head}")
    text = f"{top}\n某某司司長辦公室\n{HEAD_A}\n\n{head}\n\n{HEAD_B}\n"
    out = repair(text)
    assert HEAD_A + HEAD_B in out and head not in out


def test_a_row_ending_in_a_figure_without_its_day_in_the_head_is_no_running_head() -> None:
    row = "2031年3月2日　　　　某某項目首期撥款　　1207"
    text = f"某某公報\n{HEAD_A}\n\n{row}\n\n{HEAD_B}\n"
    assert not folio_head(row, text)
    assert row in repair(text)
