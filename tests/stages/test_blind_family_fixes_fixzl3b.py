"""Fixes for set zl's paper bulletins (fixzl3b).

* A bulletin set on a web page as its paper form prints, under the page's head, its
  masthead: the bulletin's name, the issue row ``2022年第14期``, one row naming the bodies
  that issue it jointly and the hour of issue (``甲省乙厅　甲省丙局　　2022年5月6日10时``),
  then its title.  The block read nothing (the row's date closed on an hour; the issue row
  stood under two head lines, one a copy of the title below, not of the line over the
  block; the title ends with no document word): all four lines stayed in the text.  Now
  :func:`split_issue_head.issue_rows` reads the issue and the issuers' row as the
  document's block (the issue is its ``doc_number`` when it names its year: a bare
  ``第14期`` reads no field, as set zc decided; the first body is the ``issuer``) and the
  lines above it are the page's head (:meth:`MetaParser.title_below`).
* A sign-off row ``签发：某某　　审核：某某`` closing the text is a credit row of persons
  (``[foot_row] persons`` gains 签发 / 签发人): metadata with no field, as set zc's
  ``签发`` person has no key.

Look-alikes that stay: a sentence holding ``第N期``; an issue row over a row that is no
dated issuers' row; a sentence that opens with 签发.  Every word is invented.
"""

from __future__ import annotations

from cleaner.edits import Editor
from cleaner.stages.split import SplitStage
from cleaner.stages.split_foot import foot_row
from cleaner.stages.split_issue_head import dated_issuers, issue_rows
from cleaner.stages.split_meta import MetaParser
from tests.stages.family_figures import assert_floors

TITLE = "5月6日夜间至7日白天森林火险等级预报"
BODY = [
    "据甲州省气象台分析，未来一天全省晴热少雨，空气湿度偏低，林区可燃物干燥。",
    "一、高火险区域",
    "北部山区和西部丘陵的部分林区森林火险等级为四级，容易燃烧。",
    "二、防范措施",
    "各地要严格管控野外用火，加强巡山护林，发现火情及时报告并迅速处置。",
]
SIGN = "签发：林某某　　审核：王某某"


def _page(issue: str = "2022年第14期") -> list[str]:
    return [
        TITLE,
        "森林火险气象预报",
        issue,
        "甲州省林业草原局　甲州省气象局　　　2022年5月6日10时",
        TITLE,
        *BODY,
        SIGN,
    ]


def test_a_bulletin_masthead_over_its_title_is_its_metadata() -> None:
    ed = Editor("p", "\n".join(_page()) + "\n")
    drafts = SplitStage()(ed)
    assert len(drafts) == 1
    d = drafts[0]
    assert d.title == TITLE
    assert d.meta == {
        "doc_number": "2022年第14期",
        "issuer": "甲州省林业草原局",
        "published": "2022-05-06",
    }
    assert d.text.split("\n")[0] == TITLE
    for line in BODY:
        assert line in d.text
    for gone in ("森林火险气象预报\n", "2022年第14期", "甲州省气象局", "签发", "审核"):
        assert gone not in d.text
    # every line taken out is in the ledger
    read = "".join(c.before or "" for c in ed.changes if c.rule == "split.meta_header")
    assert "2022年第14期" in read and "甲州省气象局" in read and SIGN in read
    head = "".join(c.before or "" for c in ed.changes if c.rule == "split.page_prefix")
    assert "森林火险气象预报" in head


def test_an_issue_of_no_year_is_no_document_number() -> None:
    drafts = SplitStage()(Editor("p", "\n".join(_page("第14期")) + "\n"))
    assert drafts[0].meta == {"issuer": "甲州省林业草原局", "published": "2022-05-06"}
    assert "第14期" not in drafts[0].text


def test_dated_issuers_reads_bodies_then_day_and_hour() -> None:
    assert dated_issuers("乙县水利局　乙县应急管理局　　2021年7月2日8时30分") == {
        "issuer": "乙县水利局",
        "published": "2021-07-02",
    }
    assert dated_issuers("乙县水利局  2021-07-02 08:30") == {
        "issuer": "乙县水利局",
        "published": "2021-07-02",
    }
    # a person's name, a sentence, or a day alone: no issuers' row
    assert dated_issuers("林某某　　2021年7月2日") is None
    assert dated_issuers("会议要求抓紧落实　2021年7月2日") is None
    assert dated_issuers("2021年7月2日17时") is None


def test_look_alikes_stay_text() -> None:
    # a sentence holding an issue number is text
    page = _page()
    page[2] = "本刊2022年第14期已刊登相关内容。"
    drafts = SplitStage()(Editor("p", "\n".join(page) + "\n"))
    assert "本刊2022年第14期已刊登相关内容。" in drafts[0].text
    assert "doc_number" not in drafts[0].meta
    assert issue_rows(page, list(range(len(page)))) == []
    # an issue row over a line that names no dated issuers: no block
    page = _page()
    page[3] = "本期要点：高温少雨，注意防火"
    assert issue_rows(page, list(range(len(page)))) == []
    # a sentence opening with the sign-off's word closes the text and stays
    page = [TITLE, *BODY, "签发文件的单位要在三日内把落实情况报送省林业草原局。"]
    drafts = SplitStage()(Editor("p", "\n".join(page) + "\n"))
    assert page[-1] in drafts[0].text


def test_zl_dizai_floors() -> None:
    assert_floors(
        "sealed_zl_dizai",
        {"content_f1": 0.99, "titles": 0.95, "counts": 0.95, "metadata": 0.95, "repairs": 0.95},
        residue=0.02,
    )


def test_a_field_label_opening_with_the_sign_off_word_is_no_credit_row() -> None:
    words = MetaParser()
    assert foot_row("签发：某甲　　审核：某乙", words.field_of) == {}
    assert foot_row("签发人：某甲", words.field_of) == {}
    # '…机关' names the issuing body: the field readers' row, no credit of persons
    assert foot_row("签发机关：某县林业局", words.field_of) is None
