"""Fixes for set zl's exhibitor lists (fixzl3a): records that each open with a numbered
row, a bare name and a card of labelled cells.

* A card of labelled cells parted by bars (``方向：某类　｜　人数：40人``,
  :func:`split_cell_card.cell_card`) is never a title of a repeated header block
  (:mod:`split_blocks`): the name beside it is.  Before, the block finder took the row
  and the name for a two-line header and the card for the title, and the name went out
  of the text as a header line.
* A card row in a block has its labels for its shape and each value for one token, so
  the values may be written in any form from record to record (``40人``,
  ``200人以上``); a card straight under a record's title is taken into its block (the
  record's header rows, recorded; no line of its text).
* Two records suffice when their rows' number runs on by one and each carries a card of
  the same labels (the card is the cue the metadata reader's row is elsewhere).
* A late record whose row goes on with the running number under the same label, though
  the rest of its row differs (no place yet), is the next record, not a line of the last.
* A card row glued between two lines of the text is the record's, though the same record
  (and so the same card) is listed again on another page of the site: the site-repeat
  pass lets it be.

Look-alikes that stay: one article with a card under its headline and numbered
sections; a row with a number that does not run on after the last record; a card glued
among the footer's lines under the text on every page (the site's bar, still chrome).  Every
word is invented.
"""

from __future__ import annotations

from cleaner.edits import Editor
from cleaner.stages.split import SplitStage
from cleaner.stages.split_blocks import block_run
from cleaner.stages.split_cell_card import glued_cell_card
from tests.stages.family_figures import assert_floors
from tests.stages.stage_runs import boil, site_stage

NAMES = ["星火天文社", "青禾书画协会", "远帆模型俱乐部", "山岚徒步队", "松涛合唱团"]
CARDS = [
    "方向：学术科技　｜　社员：40人　｜　创办：2015年",
    "方向：文化艺术　｜　社员：200人以上　｜　创办：2009年",
    "方向：学术科技　｜　社员：15-30人　｜　创办：2019年",
    "方向：体育健身　｜　社员：60人　｜　创办：2012年",
    "方向：文化艺术　｜　社员：80人　｜　创办：2003年",
]
INTRO = "简介：本社团每周组织一次活动，欢迎对相关领域感兴趣的同学报名加入，一起交流学习。"
PLAN = "活动安排：学期内举办两次公开讲座和一次外出实践，具体时间另行通知各位成员。"
CONTACT = "联系方式：社团邮箱见学生会网站，报名截止前请留意通知。"


def _row(n: int) -> str:
    return f"编号 0{n} ▍摊位 C-{10 + 2 * n} ▍已确认"


def _fair(count: int, card_below: bool, late: bool = False) -> list[str]:
    page = ["百团招新社团名录 - 某某大学学生会", "", "百团招新社团名录", "招新时间：九月第二周", ""]
    for k in range(count):
        row = _row(k + 1)
        if late and k == count - 1:
            page.append("（以下社团为补报，摊位现场安排）")
            row = f"编号 0{k + 1} ▍摊位待定 ▍已确认"
        head = [NAMES[k], CARDS[k]] if card_below else [CARDS[k], NAMES[k]]
        page += [row, *head, INTRO, PLAN, CONTACT, ""]
    return page


def _split(page: list[str]) -> tuple[list[str], list[str], Editor]:
    ed = Editor("p", "\n".join(page) + "\n")
    drafts = SplitStage()(ed, hints=None)
    return [d.title for d in drafts], [d.text for d in drafts], ed


def test_a_card_under_each_name_the_name_is_the_title_and_kept() -> None:
    titles, texts, ed = _split(_fair(3, card_below=True))
    assert titles == NAMES[:3]
    for name, card, text in zip(NAMES, CARDS, texts, strict=False):
        assert text.startswith(name + "\n")  # the name stays the text's first line
        assert card not in text  # the card is a header row, no line of the text
        assert INTRO in text
    # every line that went is in the ledger
    gone = {c.before.strip() for c in ed.changes if c.action == "delete"}
    assert set(CARDS[:3]) <= gone


def test_a_card_over_each_name_whose_values_differ_in_form() -> None:
    titles, texts, _ = _split(_fair(3, card_below=False))
    assert titles == NAMES[:3]
    assert all(not t.startswith("方向") for t in texts)


def test_two_records_with_a_running_number_and_a_card_split() -> None:
    titles, _, _ = _split(_fair(2, card_below=False))
    assert titles == NAMES[:2]


def test_a_late_record_whose_row_goes_on_with_the_number_is_the_next() -> None:
    titles, texts, _ = _split(_fair(4, card_below=True, late=True))
    assert titles == NAMES[:4]
    assert texts[-1].startswith(NAMES[3])


def test_a_card_is_never_a_block_title() -> None:
    page = _fair(3, card_below=True)
    run = block_run(page, lambda s: None)
    assert run.verdict == "split"
    assert all(page[t] in NAMES for t in run.titles)


def test_a_row_whose_number_does_not_run_on_is_no_record() -> None:
    page = _fair(3, card_below=True)
    page[-2:-1] = ["编号 07 ▍摊位待定 ▍已确认", "某某工作室", CONTACT + "另有说明，敬请谅解。"]
    titles, texts, _ = _split(page)
    assert titles == NAMES[:3]
    assert "某某工作室" in texts[-1]  # kept in the last record's text


def test_one_article_with_a_card_under_its_headline_stays_one() -> None:
    page = [
        "星火天文社简介",
        CARDS[0],
        "一、社团历史",
        INTRO,
        "二、活动安排",
        PLAN,
        "三、联系方式",
        CONTACT,
    ]
    titles, texts, _ = _split(page)
    assert len(titles) == 1
    assert "一、社团历史" in texts[0]


def test_a_glued_card_is_the_records_a_lone_one_is_not() -> None:
    assert glued_cell_card(["某社", CARDS[0], INTRO], 1)
    assert not glued_cell_card(["某社", "", CARDS[0], "", INTRO], 2)
    assert not glued_cell_card(["某社", "作者：某某", INTRO], 1)  # one cell: no card


WORDS = [
    "观星",
    "临帖",
    "航模",
    "登山",
    "合唱",
    "摄影",
    "辩论",
    "棋艺",
    "茶艺",
    "剪纸",
    "陶艺",
    "骑行",
]
FOOT = [
    "",
    "关于我们　联系我们　网站地图",
    "主办：某某学生会　｜　承办：某某社团联合会",
    "版权所有 某某大学学生会",
]


def _body(n: int, k: int) -> list[str]:
    a, b = WORDS[(n * 3 + k) % 12], WORDS[(n * 5 + k * 7 + 1) % 12]
    return [
        f"简介：第{n}届的{a}活动由老社员带队，新同学在{b}环节里学到了不少东西，大家都很满意。",
        f"计划：本学期将围绕{b}和{a}各办一次开放日，时间地点会在群里提前{n + k + 2}天公布。",
    ]


def _site_pages() -> list[list[str]]:
    # the same records listed again on other pages: their cards repeat word for word
    orders = [[0, 1, 2], [2, 3, 4], [1, 2, 0, 3], [4, 0, 2], [3, 1, 4, 2], [2, 4, 1]]
    pages = []
    for n, order in enumerate(orders):
        page = [f"第{n + 1}期社团名录 - 某某大学学生会", "", f"第{n + 1}期社团名录", ""]
        for k, w in enumerate(order):
            head = [NAMES[w], CARDS[w]] if n % 2 == 0 else [CARDS[w], NAMES[w]]
            page += [f"编号 0{k + 1} ▍摊位 C-{10 + n + k} ▍已确认", *head, *_body(n, k), ""]
        pages.append(page + FOOT)
    return pages


def test_the_site_pass_keeps_repeated_glued_cards_and_drops_a_footer_bar() -> None:
    pages = _site_pages()
    stage = site_stage(pages)
    for page in pages:
        text = boil(page, stage, site="s")
        assert all(c in text for c in CARDS if c in page)  # each record's card, glued in
        assert FOOT[2] not in text  # the site's bar, glued among the footer's lines


def test_zl_zhaopinhui_floors() -> None:
    assert_floors(
        "sealed_zl_zhaopinhui",
        {"content_f1": 0.97, "titles": 0.95, "counts": 0.95, "metadata": 0.95, "repairs": 0.95},
        residue=0.09,  # the closing notice sentence the site prints with no cue word: left
    )
