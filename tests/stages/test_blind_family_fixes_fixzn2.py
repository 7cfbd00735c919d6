"""Fixes for set zn's law-database print view (``sealed_zn_falv``) and county
open-information page (``sealed_zn_xianzheng``), each kind as a small case in wordings of
its own, with look-alikes that stay:

* a print view's folio, the page counter with its total (``第2页 / 共3页``, ``共3页 第2页``,
  ``Page 2 of 3``) and the site's name beside it, before or after, is a page mark: cutting
  a sentence it is crossed and the halves are joined (also when the site repeats it on
  every page and when the space repair closed the gap between name and counter); a
  cross-reference (``详见　第2页``), a sentence naming a page and a counter without its
  total stay;
* on an HTML page a labelled download list closing the text may have up to three short
  lines of the site's under it (a link to a reading of the document, the page's contact
  note): they go with the list, all or nothing; a long paragraph, a note in brackets, a
  date or a fourth line under it keeps the whole tail, an unlabelled list takes no tail,
  and on a text page the list takes none.

Every word is invented.
"""

from __future__ import annotations

import pytest

from cleaner.edits import Editor
from cleaner.stages.repair_tables import tables as repair_tables
from tests.stages.family_figures import assert_floors
from tests.stages.stage_runs import plain_stage, site_stage
from tests.stages.stage_runs import repair as _repair

P1 = "第一条　为了规范渡船码头的日常管理，保障乘客安全，结合本地实际，制定本办法。"
P2 = "第三条　渡船经营者应当在显著位置公示票价和班次，不得擅自停航或者变更航线。"
HALF_A = "第二条　码头管理单位应当配备救生设备，定期组织演练，每季度检查不少于"
HALF_B = "两次，并将检查结果报送主管部门备案。"

FOLIOS = [
    "渡口文库　第 2 页 / 共 3 页",
    "渡口文库第2页/共3页",
    "渡口文库 | 第2页 共3页",
    "渡口文库　共3页 第2页",
    "第 2 页 / 共 3 页　渡口文库",
    "Ferry Library  Page 2 of 3",
    "渡口文庫　第2頁／共3頁",
]


@pytest.mark.parametrize("folio", FOLIOS)
def test_a_named_folio_is_a_page_mark(folio: str) -> None:
    assert repair_tables().page_marks.fullmatch(folio)


@pytest.mark.parametrize("folio", FOLIOS[:5])
def test_a_named_folio_cutting_a_sentence_is_joined(folio: str) -> None:
    out = _repair(f"{P1}\n{HALF_A}\n\n{folio}\n\n{HALF_B}\n{P2}\n")
    assert HALF_A + HALF_B in out
    assert folio not in out


def test_a_named_folio_between_two_paragraphs_goes() -> None:
    out = _repair(f"{P1}\n\n渡口文库　第 2 页 / 共 3 页\n\n{P2}\n")
    assert P1 in out and P2 in out
    assert "渡口文库" not in out


def test_a_folio_the_site_repeats_is_left_to_the_join() -> None:
    """The site's folio repeats on every page (the site profile takes such lines): where
    it cuts a sentence the boilerplate stage leaves it, and the join crosses it."""
    other = "第四条　本办法自发布之日起施行，由主管部门负责解释。"
    pages = [
        [P1, f"{HALF_A}", "", f"渡口文库　第 {n} 页 / 共 {n + 1} 页", "", HALF_B, other]
        for n in range(2, 8)
    ]
    stage = site_stage(pages)
    ed = Editor("s/0.txt", "\n".join(pages[0]) + "\n")
    stage(ed, site="s")
    out = _repair(ed.text)
    assert HALF_A + HALF_B in out
    assert "渡口文库" not in out


def test_the_boilerplate_stage_leaves_a_cutting_folio_to_the_join() -> None:
    ed = Editor("p", f"{P1}\n{HALF_A}\n\n渡口文库　第 2 页 / 共 3 页\n\n{HALF_B}\n{P2}\n")
    plain_stage()(ed)
    out = _repair(ed.text)
    assert HALF_A + HALF_B in out


@pytest.mark.parametrize(
    "line",
    [
        "详见　第2页 共3页",
        "见　第2页 共3页",
        "渡口文库　第2页",
        "本办法第2页 / 共3页的表格有误。",
        "全文共3页，第2页为附表",
        "渡口文库　第2章 共3章",
        "渡口文库 2021年 第2页 共3页 修订版 附表",
    ],
)
def test_folio_look_alikes_are_not_page_marks(line: str) -> None:
    assert not repair_tables().page_marks.fullmatch(line)


def test_a_sentence_naming_a_page_stays_whole() -> None:
    line = "申请人应当在申请表第2页填写联系方式，共3页均须签字。"
    out = _repair(f"{P1}\n{line}\n{P2}\n")
    assert line in out


def test_a_cross_reference_under_a_cut_line_stays() -> None:
    out = _repair(f"{P1}\n{HALF_A}\n\n详见　第2页 共3页\n\n{HALF_B}\n{P2}\n")
    assert "详见　第2页 共3页" in out


def test_floors_sealed_zn_falv() -> None:
    assert_floors(
        "sealed_zn_falv",
        {"content_f1": 0.99, "titles": 0.95, "counts": 0.95, "repairs": 0.95, "metadata": 0.95},
        residue=0.02,
    )


BODY = [
    "关于做好渡船码头汛期安全管理工作的通知",
    "各乡镇渡口管理站：",
    "为切实做好今年汛期渡船安全管理工作，现将有关事项通知如下，请认真抓好落实。",
    "一、各渡口要在汛前完成救生设备检查，发现问题及时整改，确保设备完好可用。",
    "某某县交通运输局",
    "二〇二二年五月六日",
]
FILES = ["相关附件：", "1．渡口安全检查登记表.docx", "2．汛期值班安排表.xlsx"]
SITE_TAIL = [
    "图文导读：三分钟看懂渡口汛期新要求",
    "本页内容由某某县交通运输局维护，联系电话0000-1234567。",
]


def _html(lines: list[str]) -> str:
    ed = Editor("p", "\n".join(lines) + "\n")
    plain_stage()(ed, kind="html")
    return ed.text


def test_site_lines_under_a_labelled_download_list_go_with_it() -> None:
    out = _html(BODY + FILES + SITE_TAIL)
    for line in BODY:
        assert line in out
    for line in FILES + SITE_TAIL:
        assert line not in out


@pytest.mark.parametrize(
    "extra",
    [
        "（此件主动公开）",
        "2022年5月6日",
        "附：渡口汛期安全管理工作的具体要求如下，各渡口管理站须逐条对照落实，"
        "并于每月五日前将落实情况书面报送县交通运输局安全科备案。",
    ],
)
def test_a_tail_with_a_line_of_the_texts_stays_whole(extra: str) -> None:
    out = _html(BODY + FILES + [SITE_TAIL[0], extra])
    assert extra in out
    assert SITE_TAIL[0] in out
    assert FILES[1] in out


@pytest.mark.parametrize(
    "sign_off",
    [["某某县交通运输局", "二〇二二年五月六日"], ["某某县交通运输局"], ["二〇二二年五月六日"]],
)
def test_a_sign_off_under_the_annex_list_stays(sign_off: list[str]) -> None:
    """A document prints its annex list above its sign-off: the issuer and the date under
    the list are the text's own, and so is the list then (all or nothing)."""
    out = _html(BODY[:4] + FILES + sign_off)
    assert all(line in out for line in sign_off)


def test_a_tail_of_four_lines_stays() -> None:
    tail = [*SITE_TAIL, "图文导读：渡口新规一图读懂", "图文导读：渡口新规问答"]
    out = _html(BODY + FILES + tail)
    assert all(line in out for line in tail)


def test_an_unlabelled_list_takes_no_tail() -> None:
    out = _html(BODY + FILES[1:] + SITE_TAIL)
    assert all(line in out for line in SITE_TAIL)


def test_on_a_text_page_the_list_takes_no_tail() -> None:
    ed = Editor("p", "\n".join(BODY + FILES + SITE_TAIL[:1]) + "\n")
    plain_stage()(ed, kind="text")
    assert SITE_TAIL[0] in ed.text


def test_floors_sealed_zn_xianzheng() -> None:
    assert_floors(
        "sealed_zn_xianzheng",
        {"content_f1": 0.99, "titles": 0.95, "counts": 0.95, "repairs": 0.95, "metadata": 0.95},
        residue=0.02,
    )
