"""The framed credit row closing every piece of a compilation (split_closing_slots).

A compilation that prints the same framed row of credits under each piece, the labels the
same and the values the piece's own (who notarised a draw, who organised an event and
who is its contact, who inspected and when, who reported and checked, the writer and a
delegate), has the row taken out of each piece's text as its metadata, recorded in the
ledger (``split.meta_footer``), whatever the labels' words.  Look-alikes stay text: an
event's facts framed under each piece (no party named), a row printed word for word
under every piece, an oral history's teller, a note of one sentence, rows of other labels
under each piece, a row under one piece of three, and a single article's row.

Every page, name and word is invented.
"""

from __future__ import annotations

import pytest

from cleaner.config import PipelineConfig
from cleaner.model import RawInput
from cleaner.pipeline import PageResult, Pipeline
from cleaner.stages.split_closing_slots import closing_slots, slot_row

_ORD = "一二三四"


def _bodies(n: int) -> list[list[str]]:
    return [
        [
            f"本次活动于上午九时开始，共有{20 + k}名群众参加，现场秩序良好，各项工作有序进行。",
            f"工作人员向参加者讲解了注意事项，并发放了第{k + 1}批宣传资料和纪念品。",
            "活动结束后，组织方对现场进行了清理，并对下一次活动的安排作了说明。",
        ]
        for k in range(n)
    ]


def _page(rows: list[str | None], *, head: str = "某某街道活动信息汇编") -> list[str]:
    lines = [head, ""]
    for k, (row, body) in enumerate(zip(rows, _bodies(len(rows)), strict=True)):
        lines += [f"第{_ORD[k]}篇：某某社区第{k + 1}次便民活动", *body]
        if row is not None:
            lines.append(row)
        lines.append("")
    return lines


def _run(lines: list[str]) -> PageResult:
    raw = RawInput(source="p.txt", data=("\n".join(lines) + "\n").encode())
    return Pipeline(PipelineConfig()).process(raw, 0)


def _texts(res: PageResult) -> str:
    return "\n".join(a.text for a in res.articles)


@pytest.mark.parametrize(
    "rows",
    [
        [  # a draw's notary and supervisor, round brackets, three labels
            "（开奖公证：某某市公证处　公证员：王海东　监督员：李春生）",
            "（开奖公证：某某县公证处　公证员：张立新　监督员：王海东）",
            "（开奖公证：某某市公证处　公证员：李春生　监督员：张立新）",
        ],
        [  # an inspector and the time of day, tortoise-shell brackets, a value no name
            "〔督查员：刘建国　　暗访时段：早高峰〕",
            "〔督查员：陈晓燕　　暗访时段：午间〕",
            "〔督查员：刘建国　　暗访时段：晚高峰〕",
        ],
        [  # the organiser and the contact, lenticular brackets, cells apart by a bar
            "【组织单位：某某市中心医院｜现场联络：赵文静】",
            "【组织单位：某某街道办事处｜现场联络：孙志强】",
            "【组织单位：某某区红十字会｜现场联络：赵文静】",
        ],
        [  # a writer's slash credit beside a delegate, Latin parentheses
            "(文／赛务组 周丽华  技术代表：吴建平)",
            "(文／赛务组 郑小红  技术代表：吴建平)",
            "(文／赛务组 周丽华  技术代表：黄志明)",
        ],
        [  # who filed it and who checked it, the last piece printing none
            "（信息报送：某某小学教务处　审核：杨春梅）",
            "（信息报送：某某中学办公室　审核：何永平）",
            None,
        ],
    ],
)
def test_a_framed_credit_row_closing_every_piece_is_its_metadata(rows: list[str | None]) -> None:
    res = _run(_page(rows))
    assert len(res.articles) == len(rows)
    text = _texts(res)
    for row in filter(None, rows):
        assert row not in text
    gone = [c.before or "" for c in res.changes if c.rule == "split.meta_footer"]
    # (the repair stage may widen the brackets: the row's inside is recorded as printed)
    assert sum(any(row[1:-1] in g for g in gone) for row in filter(None, rows)) == len(
        [r for r in rows if r]
    )
    for body in _bodies(len(rows)):  # every line of every piece's text is kept
        for line in body:
            assert line in text


@pytest.mark.parametrize(
    "rows",
    [
        [  # an event's facts: no person, no body named
            "（票价：80元　时长：120分钟）",
            "（票价：60元　时长：90分钟）",
            "（票价：免费　时长：60分钟）",
        ],
        [  # a quiz's answer and level: words, no names
            "（答案：正确　难度：中等）",
            "（答案：错误　难度：较难）",
            "（答案：正确　难度：简单）",
        ],
        [  # the same row word for word under every piece
            "（组织单位：某某市中心医院　现场联络：赵文静）",
            "（组织单位：某某市中心医院　现场联络：赵文静）",
            "（组织单位：某某市中心医院　现场联络：赵文静）",
        ],
        [  # an oral history's teller and its compiler
            "（口述：王海东　整理：李春生）",
            "（口述：张立新　整理：李春生）",
            "（口述：刘建国　整理：陈晓燕）",
        ],
        [  # a note of one sentence under each piece
            "（以上安排如有变动，请以社区公告栏通知为准）",
            "（以上内容由社区居委会提供，仅供居民参考）",
            "（下次活动时间另行通知，届时请居民留意）",
        ],
        [  # rows of other labels under each piece
            "（组织单位：某某市中心医院　现场联络：赵文静）",
            "（协办：某某街道办事处）",
            "（票价：免费　时长：60分钟）",
        ],
        [  # a row under one piece of three
            None,
            None,
            "（组织单位：某某市中心医院　现场联络：赵文静）",
        ],
        [  # unframed: a labelled row under each piece is the text's own line
            "组织单位：某某市中心医院　现场联络：赵文静",
            "组织单位：某某街道办事处　现场联络：孙志强",
            "组织单位：某某区红十字会　现场联络：赵文静",
        ],
    ],
)
def test_rows_of_other_shapes_stay_text(rows: list[str | None]) -> None:
    res = _run(_page(rows))
    text = _texts(res)
    for row in filter(None, rows):
        assert row in text
    assert not any(c.rule == "split.meta_footer" for c in res.changes)


def test_a_single_articles_row_is_left_to_the_foot_readers() -> None:
    # one article: no compilation's slot (a film page's cast row stays its text)
    body = _bodies(1)[0]
    row = "（主演：王海东　导演：李春生）"
    res = _run(["某某电影放映活动", "", *body, row])
    assert len(res.articles) == 1
    assert row in res.articles[0].text


def test_the_last_pieces_row_over_the_pages_foot_and_rows_over_the_next_header() -> None:
    lines = [
        "甲事",
        "正文一。",
        "（督查员：王海东　暗访时段：早高峰）",
        "〔第2期〕",
        "乙事",
        "正文二。",
        "（督查员：李春生　暗访时段：午间）",
        "",
        "某某网版权所有",
    ]
    assert sorted(closing_slots(lines, [(0, 4), (4, 9)], skip={3})) == [2, 6]
    # without knowing that the row over the header is the next piece's, no slot
    assert closing_slots(lines, [(0, 4), (4, 9)]) == set()


@pytest.mark.parametrize(
    ("row", "shape"),
    [
        ("（开奖公证：某某公证处　公证员：王海东）", (("开奖公证", "公证员"), True)),
        ("〈测报 王海东 ／ 复核 李春生〉", None),  # a spaced role: the foot readers'
        ("（某某科供稿　2021年3月5日）", (("供稿", "#date"), True)),
        ("（2021年3月5日）", None),  # a date alone
        ("（记者：王海东，通讯员：李春生）", None),  # a comma: one clause, no cells
        ("开奖公证：某某公证处　公证员：王海东", None),  # no frame
    ],
)
def test_slot_row_shapes(row: str, shape: tuple[tuple[str, ...], bool] | None) -> None:
    assert slot_row(row) == shape


def test_a_writers_slash_credit_in_the_slot_row_is_the_pieces_author() -> None:
    rows = [
        "〔文／赛务组 周丽华　　技术代表：吴建平〕",
        "〔文／赛务组 郑小红　　技术代表：吴建平〕",
        "〔文／赛务组 周丽华　　技术代表：黄志明〕",
    ]
    res = _run(_page(rows))
    assert [a.meta.get("author") for a in res.articles] == ["周丽华", "郑小红", "周丽华"]
    # a slot row crediting no writer gives no author (the inspector is no writer)
    rows = ["〔督查员：刘建国　暗访时段：早高峰〕", "〔督查员：陈晓燕　暗访时段：午间〕"]
    assert all("author" not in a.meta for a in _run(_page(rows)).articles)
