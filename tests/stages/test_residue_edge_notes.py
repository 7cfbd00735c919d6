"""A sentence the site prints word for word at the head or foot of every page (residue).

A bulletin closes its list of cases with the same instruction each issue, a column
closes its letters with the same note to its readers: one sentence, no cue word of the
site's voice, word for word on every one of the site's distinct pages, each page's text
its own.  The site profile learns it apart from the site's chrome (``Learned.notes``,
``site_judge.edge_note``) when its mean place is in the top or the bottom fifth of the
pages; the boilerplate stage removes it only where it closes the page under its text
(``site_judge.under_text``): below the page's last prose line, a line of the page's own
right above it.  Over the text it is a head note, the split stage's to read
(``head_repeat``); the split's mark-row reader no longer counts such a note as the page's
opening prose (``split_mark_rows._own_head``).  The same sentence inside the text, a
sentence not on every page, a closing formula over each notice's signature (mid-page),
or a site of three pages keep it.

Every word and number is invented.
"""

from __future__ import annotations

from cleaner.stages.site_judge import EDGE_NOTE, edge_note, under_text
from cleaner.stages.split_mark_rows import mark_rows
from tests.stages.stage_runs import boil, site_stage

SITE = "某县河道管理所　｜　信息公开　｜　打印本页"
FOOT = "某县河道管理所主办　地址：某县城关镇府前路8号"
RIGHTS = "某ICP备12345678号　政府网站标识码：1234560001"
TOOLS = "【打印本页】　【关闭窗口】"
CLOSE = "各镇要深刻吸取上述问题教训，举一反三，立即组织开展一次河道隐患排查并按月报送。"
PLACES = ("东岭村", "西坪镇", "南湖街道", "北山乡", "中河社区", "上坝村", "下河村")
ISSUES = ("2019年3月", "2019年4月", "2019年5月", "2019年6月", "2019年7月", "2019年8月")


SIDES = ("东岸", "西岸", "南岸", "北岸", "中段")


def _piece(place: str, side: str, n: int) -> list[str]:
    """One piece of a compilation: its title, a sentence of its own and its closing row."""
    return [
        f"{place}{side}第{n}次巡查问题",
        f"巡查人员沿{place}{side}步行巡查{n + 2}公里，发现排水口{n}处，均已登记并移交处理。",
        f"——{place}{side}河道管理员报送",
    ]


def _pieces(k: int) -> list[str]:
    """Five pieces of page ``k``: one place, each piece another bank (no line of one
    page on another)."""
    return [line for n, side in enumerate(SIDES, 1) for line in _piece(PLACES[k], side, n + k)]


def _close_page(k: int, close: str = CLOSE) -> list[str]:
    head = [SITE, f"{ISSUES[k]}河道问题通报", "现将本月巡查发现的问题通报如下："]
    return [*head, *_pieces(k), close, TOOLS, FOOT, RIGHTS]


def _run(pages: list[list[str]]) -> list[list[str]]:
    stage = site_stage(pages)
    return [boil(p, stage, site="s").split("\n") for p in pages]


def test_a_standing_close_under_the_last_piece_goes() -> None:
    pages = [_close_page(k) for k in range(6)]
    for k, out in enumerate(_run(pages)):
        assert CLOSE not in out
        for line in _pieces(k):  # every piece's title, sentence and closing row stay
            assert line in out


def test_other_wordings_and_sites() -> None:
    # a paper's classified page: notices one under the other, the page's disclaimer
    # under the last one (a '！' closing it), the page's tools under it
    note = "以上各类声明均由刊登人提供，刊登人对其内容的真实性负全部责任，本报不承担任何连带责任！"
    names = [f"{a}{b}" for a in "甲乙丙丁戊" for b in "子丑寅卯辰"]  # one per notice
    pages = []
    for k in range(5):
        rows = [
            line
            for n in range(5)
            for line in (
                f"{names[5 * k + n]}遗失声明",
                f"{names[5 * k + n]}不慎遗失证件一本，编号{k}{n}0417，特此声明作废。",
            )
        ]
        pages.append([f"某某晚报　第{800 + k}期", *rows, note, "← 上一版 | 下一版 →"])
    for k, out in enumerate(_run(pages)):
        assert note not in out
        assert pages[k][2] in out and pages[k][-3] in out  # the notices' own sentences

    # traditional script, a column of readers' letters closed by the column's note
    trad = "以上來信均已轉請相關單位研處，處理情形將於下期刊出，敬請讀者持續關注。"
    topics = ("學校門口交通擁擠", "公園路燈不亮", "菜市場排水不暢", "公車班次太少", "巷口垃圾堆積")
    roads = ("中山路", "民生路", "復興路", "和平路", "光明路")
    pages = [
        ["某市政府　讀者來信", f"第{k + 1}期讀者來信"]
        + [
            line
            for n in range(5)
            for line in (
                f"來信{n + 1}：{roads[k]}{topics[n]}",
                f"{roads[k]}{topics[n]}已有多時，盼有關部門儘快處理，第{k}{n}號來信。",
            )
        ]
        + [trad, "版權所有　某市政府"]
        for k in range(5)
    ]
    for k, out in enumerate(_run(pages)):
        assert trad not in out
        assert f"{roads[k]}{topics[0]}已有多時，盼有關部門儘快處理，第{k}0號來信。" in out


def test_the_same_sentence_inside_the_text_stays() -> None:
    # the page's own sentence under it: the text's line, though the site repeats it
    pages = []
    for k in range(6):
        page = _close_page(k)
        at = page.index(CLOSE)
        own = f"本期共通报{PLACES[k]}等地问题五处，整改情况将在下期通报中一并公布。"
        pages.append([*page[: at + 1], own, *page[at + 1 :]])
    for out in _run(pages):
        assert CLOSE in out


def test_not_on_every_page_it_stays() -> None:
    pages = [_close_page(k) for k in range(6)]
    pages[5] = _close_page(5, close="本期通报的问题由各镇河道管理员报送，县河道所汇总后统一刊发。")
    for k, out in enumerate(_run(pages)):
        if k < 5:
            assert CLOSE in out  # five of six pages: no standing note


def test_a_notices_closing_formula_over_its_signature_stays() -> None:
    # each notice's own close, under its last sentence and over its signer and date: in
    # the middle of the page (footer lines under it), the text's own
    close = "由此给您带来的不便，我们深表歉意，感谢您的理解与支持！"
    roads = ("城南路", "城北路", "滨河路", "学府路", "工业大道", "人民路")
    pages = [
        [
            SITE,
            "首页 » 通知公告",
            f"关于{roads[k]}临时封闭施工的通告",
            f"因{roads[k]}管网改造需要，自{k + 3}月{k + 5}日起对{roads[k]}实施临时封闭施工。",
            f"施工期间，过往车辆请绕行{roads[(k + 1) % 6]}，行人请注意安全标志。",
            f"预计工期{k + 10}天，如遇雨天顺延，施工单位将尽量缩短封闭时间。",
            close,
            "某县住房和城乡建设局",
            f"2020年{k + 3}月{k + 1}日",
            "",
            TOOLS,
            FOOT,
            RIGHTS,
        ]
        for k in range(6)
    ]
    for out in _run(pages):
        assert close in out


def test_a_site_of_three_pages_keeps_it() -> None:
    pages = [_close_page(k) for k in range(3)]
    for out in _run(pages):
        assert CLOSE in out


def test_a_standing_lead_is_left_to_the_split() -> None:
    # over the text a standing sentence is a head note: the split stage reads the page's
    # head (head_repeat, split_lead); the boilerplate stage leaves it
    lead = "以下日志由各镇河道管理员从巡查系统导出并经审核后选登，个人信息已作隐去处理。"
    pages = [[SITE, f"{ISSUES[k]}巡查日志选登", lead, *_pieces(k), TOOLS, FOOT] for k in range(6)]
    for k, out in enumerate(_run(pages)):
        assert lead in out and _pieces(k)[1] in out


def test_the_judges() -> None:
    assert EDGE_NOTE in edge_note(CLOSE, 0.9, 6, 6)
    assert EDGE_NOTE in edge_note(CLOSE, 0.1, 6, 6)
    assert edge_note(CLOSE, 0.5, 6, 6) == []  # mid-page: a sentence of the text
    assert edge_note(CLOSE, 0.9, 5, 6) == []  # not on every page
    assert edge_note(CLOSE, 0.9, 3, 3) == []  # too few pages
    assert edge_note("各镇要深刻吸取教训", 0.9, 6, 6) == []  # no sentence
    page = ["站名", "一、某事", "正文一句。", "——某所报送", CLOSE, "版权"]
    assert under_text(page, 4, 2, {1, 2, 3}.__contains__)
    assert not under_text(page, 4, 4, {1, 2, 3}.__contains__)  # not below the last prose
    assert not under_text(page, 4, 2, {1, 2}.__contains__)  # the site's chrome right above


def test_a_head_note_is_no_opening_prose_of_the_mark_rows() -> None:
    # a run of rows opened by one mark that counts nothing, their serials counting on,
    # under a head that holds only the site's standing note: the pieces are read
    note = "本版刊登的各类声明均由刊登人提供并对其真实性负责，本报仅作形式审查，敬请读者注意。"
    body = "某某于日前不慎遗失营业执照副本一份，统一社会信用代码见原件，特此声明作废。"
    page = ["某报　第8期", note]
    for n in range(3):
        page += [f"≡ 04{n + 6} ≡　证照遗失", f"某某公司{n + 1}遗失声明", body, body]
    assert [t for _, _, t, _ in mark_rows(page, {note})] == [
        "某某公司1遗失声明",
        "某某公司2遗失声明",
        "某某公司3遗失声明",
    ]
    # the same note read as the page's own prose (no head notes): sections of one text
    assert mark_rows(page) == []


def test_a_head_counting_trees_counts_the_pieces() -> None:
    # a register of trees or plants counts its pieces in plants (株, 棵): the standfirst
    # over them is the compilation's head (split_lead.counts_pieces)
    from cleaner.stages.split_lead import counts_pieces

    assert counts_pieces(["经专家鉴定，现将拟认定的古树名木4株予以公示，公示期十五天。"], 4)
    assert counts_pieces(["本批登记的行道树共三棵，请相关单位核对。"], 3)
    # a count of something else, an ordinal, a planting figure of the text: no count
    assert not counts_pieces(["经专家鉴定，现将拟认定的古树名木4株予以公示。"], 3)
    assert not counts_pieces(["现对第3株古树的保护方案公示如下。"], 3)
    assert not counts_pieces(["园内共补植桂花树300株，成活率较高。"], 4)
