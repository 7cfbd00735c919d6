"""Rows of labels in corner quotes (review20d N1-N3, mend20e).  Invented text.

Classes: a row of corner-quoted labels over dates is a schedule unless its one date sits
under a publishing label (N1); such a row is the page's metadata only in a header
position, never amid the text or as one of several sibling rows (N2); a case officer's
label names the author only as an officer of the case, never as an honour, and never over
a writer's cell (N3), and a head byline leaves the tail source row readable (O1).
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest

from cleaner.config import PipelineConfig
from cleaner.ingest.readers import read_inputs
from cleaner.model import RawInput
from cleaner.pipeline import Pipeline
from cleaner.stages.split_meta_rows import MetaRows

P1 = "本季度各社区共举办文体活动四十余场，参与居民累计超过六千人次，反响热烈。"
P2 = "下一步将继续完善服务清单，让更多群众在家门口享受到便利的公共服务。"
P3 = "据了解，该项目共分三期建设，首期工程已于去年年底顺利完工并投入使用。"


def _run(*lines: str):  # type: ignore[no-untyped-def]
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "page.txt"
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        raw = next(r for r in read_inputs([path]) if isinstance(r, RawInput))
    return Pipeline(PipelineConfig()).process(raw, 0).articles


@pytest.mark.parametrize(
    "row",
    [
        "「开课」2031-03-01　「结课」2031-06-30",  # a course's term
        "『报名起』2031年4月1日　『报名止』2031年4月9日　『面试』2031年4月20日",
        "「采摘开始」2031/9/1 「采摘结束」2031/10/15",  # a farm's season
    ],
)
def test_schedule_rows_stay_text(row: str) -> None:
    arts = _run("某某活动安排", row, P1, P2, "来源：某街道办事处　2031-02-20")
    text = "\n".join(a.text for a in arts)
    assert row in text
    assert arts[0].meta.get("published") == "2031-02-20"


def test_event_label_over_one_date_is_no_publish_date() -> None:
    p = MetaRows()
    assert p._quoted_items("「来源」某馆　「闭馆」2031-05-06") is None
    assert p._quoted_items("「出品」某厂　「保质期至」2031-05-06") is None
    # a publishing word over the date is the page's date (look-alike that IS read)
    got = p.parse_meta_line("「来源」某馆　「发表」2031-05-06")
    assert got == {"origin": "某馆", "published": "2031-05-06"}


@pytest.mark.parametrize(
    "lines,row",
    [
        # a row between two paragraphs of the text, a byline over them
        (
            (
                "某镇通报一批案件",
                "通讯员　某某",
                P1,
                "「案号」（2031）某刑初8号　「承办检察官」某某",
                P2,
                P3,
            ),
            3,
        ),
        # an index: the same labels head each entry
        pytest.param(
            (
                "推荐阅读",
                P2,
                "『出处』某晚报　『作者』某甲",
                P1,
                "『出处』某周刊　『作者』某乙",
                P3,
            ),
            4,
            marks=pytest.mark.xfail(strict=True, reason="older: the first row taken as title"),
        ),
        # known, older than review20d (base 2713992 the same): a short page's mid row is
        # dropped elsewhere (boilerplate), an index of dated rows opening the page is
        # read as its title and card
        pytest.param(
            ("某镇通报一批案件", P1, "「案号」（2031）某刑初8号　「承办检察官」某某", P2),
            2,
            marks=pytest.mark.xfail(strict=True, reason="older loss, not the row readers"),
        ),
        pytest.param(
            (
                "推荐阅读",
                "『出处』某晚报　『作者』某甲　『期号』第3期",
                P1,
                "『出处』某周刊　『作者』某乙　『期号』第9期",
                P3,
            ),
            3,
            marks=pytest.mark.xfail(strict=True, reason="older loss, not the row readers"),
        ),
        # a forum thread: each floor's row
        (
            (
                "提问：新生入学要带什么",
                "「发帖人」某网友　「发表于」2031-08-02",
                P3,
                "「跟帖」另一网友　「发表于」2031-08-03",
                P2,
            ),
            1,
        ),
    ],
)
def test_quoted_rows_out_of_header_place_stay_text(lines: tuple[str, ...], row: int) -> None:
    arts = _run(*lines)
    text = "\n".join(a.text for a in arts)
    for i, line in enumerate(lines):
        if line.startswith(("「", "『")):
            assert line in text, (i, text)
    assert lines[row] in text


def test_glossary_row_of_words_stays_text() -> None:
    arts = _run("词语卡片", "「来源」来路　「作者」写字的人", P1, P2)
    assert "「来源」来路　「作者」写字的人" in "\n".join(a.text for a in arts)
    assert "origin" not in arts[0].meta


def test_header_row_under_title_is_read() -> None:
    # look-alike that must still be read: the row right under the title
    arts = _run("某区开展消防演练", "「記者」某某　「日期」2031-03-05", P1, P2)
    assert arts[0].meta.get("published") == "2031-03-05"
    assert "「記者」" not in arts[0].text


@pytest.mark.parametrize(
    "line",
    ["十佳检察官：某某", "优秀法官：某某", "先进审判员：某某"],
)
def test_honour_labels_name_no_author(line: str) -> None:
    assert MetaRows().field_of(line.split("：")[0]) is None


def test_officer_label_kept_and_writer_wins() -> None:
    p = MetaRows()
    assert p.field_of("承办检察官") == "author"
    assert p.field_of("主审法官") == "author"
    assert p.parse_meta_line("主审法官：某甲　通讯员：某乙") == {"author": "某乙"}


@pytest.mark.parametrize(
    "head",
    ["承办法官：某某", "作者：某某", "通讯员　某某"],
)
def test_head_byline_leaves_tail_source_readable(head: str) -> None:
    arts = _run("以案说法：谨防网购退款骗局", head, P1, P3, "来源：某区人民法院　2031-04-02")
    a = arts[0]
    assert a.meta.get("origin") == "某区人民法院", a.meta
    assert a.meta.get("published") == "2031-04-02"
    assert "来源：某区人民法院" not in a.text
    assert P1 in a.text and P3 in a.text
