"""Review 20c, N2-N4, on invented pages (every word is invented):

- **a row of bracketed cells under a title** is an info bar (its fields read, the row
  removed) only when every cell is a bar's: a known meta label, a day's or a counter's
  label, a bare date, a control word.  A row holding an event's venue, a speaker, a
  product's figures, a salary or a score is the text's own and stays, untouched;
- **a colon-less credit line under a title** (``记者 X``, ``文/X``) is a byline only when
  X looks like a person's name; a greeting, a column's name, a headline's rest stays;
- **an article quoting one dated source row** keeps its own closing row as its fields:
  only two earlier sibling rows, each closing a block, make an unsplit compilation.
"""

from __future__ import annotations

import pytest

from cleaner.stages.title_wrap import wrapped_title
from tests.stages.stage_runs import split

_PROSE = [
    "入冬以来，镇上的老人们每天清晨都会聚到河边的小广场上，打一套太极拳再回家吃早饭。",
    "组织者说，这支队伍最早只有七八个人，如今已经发展到四十多人，年纪最大的八十一岁。",
]


@pytest.mark.parametrize(
    "row",
    [
        "（时间：2025年6月1日）（地点：某某体育馆）",
        "〔主讲人：某某教授〕〔时间：2025年6月3日 09:30〕〔地点：学术报告厅〕",
        "【品牌：某某】【重量：2千克】【价格：99元】",
        "［甲队 3:1 乙队］［2025-05-06］",
        "【职位：会计】【月薪：6000元】【发布时间：2025-05-06】",
        "【時間：2025年6月1日】【場地：某某禮堂】【票價：免費】",
    ],
    ids=["event", "lecture", "product", "score", "job", "event-trad"],
)
def test_a_bracketed_row_with_content_cells_stays_text(row: str) -> None:
    (art,) = split(["河边晨练活动通知", row, *_PROSE])
    assert row in art.text, art.text
    assert "2025" not in "".join(art.meta.values()), art.meta


@pytest.mark.parametrize(
    ("row", "origin"),
    [
        ("【日期：2025-05-06】【来源：某某区教育局】【点击：】", "某某区教育局"),
        ("［发布时间：2025-05-06］［作者：某某］［打印］［关闭］", None),
        ("（2025-05-06）（来源：某某日报）", "某某日报"),
    ],
)
def test_a_bracketed_info_bar_still_gives_its_fields(row: str, origin: str | None) -> None:
    (art,) = split(["河边晨练的老人们", row, *_PROSE])
    assert art.meta.get("published") == "2025-05-06", art.meta
    if origin:
        assert art.meta.get("origin") == origin, art.meta
    assert row not in art.text


# ---- N3: a colon-less credit line names a person, or it is no byline


@pytest.mark.parametrize(
    "line",
    ["记者 您好", "记者 你好", "记者 札记", "本报记者 观察手记", "文/旅产业发展"],
    ids=["greeting", "greeting-2", "column", "column-long", "headline-rest"],
)
def test_a_credit_word_before_no_name_is_no_byline(line: str) -> None:
    (art,) = split(["乡村民宿的新变化", line, *_PROSE])
    assert line in art.text, art.text
    assert "author" not in art.meta, art.meta


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("记者　欧阳某某", "欧阳某某"),
        ("文／某·某某某", "某·某某某"),
        ("记者 谷某某报道", "谷某某"),
        ("文/褚某", "褚某"),
    ],
)
def test_a_credit_word_before_a_name_is_the_byline(line: str, name: str) -> None:
    (art,) = split(["乡村民宿的新变化", line, *_PROSE])
    assert art.meta.get("author") == name, art.meta
    assert line not in art.text


def test_a_headline_wrapped_at_a_slash_word_joins() -> None:
    assert wrapped_title(["全省出台八条措施推进", "文/旅产业融合", _PROSE[0]]) == (
        "全省出台八条措施推进文/旅产业融合"
    )


# ---- N4: one article quoting a dated source keeps its own closing row

_STORY = [
    "今年以来，街道围绕群众关心的几件小事持续发力，多数事项已经办结。",
    "下一步，街道将继续听取居民意见，把好事办实、实事办好。",
]


@pytest.mark.parametrize(
    ("quoted", "closing", "day", "origin"),
    [
        (
            "（原载：某某日报　2020-03-01）",
            "（来源：北湖街道　2021-09-18）",
            "2021-09-18",
            "北湖街道",
        ),
        ("（来源：某某通讯社　2021-01-02）", "（来源：本站　2021-09-18）", "2021-09-18", "本站"),
        ("（某某晚报供稿　2020年3月1日）", "（北湖街道供稿　2021年9月18日）", "2021-09-18", None),
        (
            "（資料來源：某某日報　2020-03-01）",
            "（資料來源：北湖街道　2021-09-18）",
            "2021-09-18",
            None,
        ),
    ],
    ids=["origin-label", "source-label", "supplied", "traditional"],
)
def test_an_article_quoting_one_dated_source_keeps_its_closing_row(
    quoted: str, closing: str, day: str, origin: str | None
) -> None:
    lines = ["北湖街道办好几件小事", _STORY[0], quoted, *_STORY, closing]
    (art,) = split(lines)
    assert art.meta.get("published") == day, art.meta
    if origin:
        assert art.meta.get("origin") == origin, art.meta
    assert quoted in art.text


def test_a_quoted_row_before_a_blank_line_is_still_one_sibling() -> None:
    # one earlier row closing a block: two pieces at most, still the page's own close
    lines = ["北湖街道办好几件小事", *_STORY, "（来源：某某日报　2020-03-01）", "", *_STORY]
    lines.append("（来源：北湖街道　2021-09-18）")
    (art,) = split(lines)
    assert art.meta.get("published") == "2021-09-18", art.meta
