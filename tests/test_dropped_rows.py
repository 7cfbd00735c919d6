"""The dated rows an earlier step removed beside every piece of a compilation
(cleaner.stages.dropped_rows), read as each piece's ``published``; and a bracketed closing
credit parted by commas, with a passive credit (``本页资料由某科提供``) or a label of a verb of
changing (``最后更新：…``) (cleaner.stages.split_foot).  Look-alikes that must not fire: a
page's one info bar over its first piece, rows kept in the text, rows of no day, a piece
that has its day already, a future day, an author list parted by commas.  Every word is
invented."""

from __future__ import annotations

from functools import partial

import pytest

from cleaner.stages.dropped_rows import dropped_rows, read_rows
from cleaner.stages.split_foot import foot_row
from cleaner.stages.split_meta import MetaParser

PARSER = MetaParser()
NEAR = partial(PARSER.shaped_row, near_title=True)
FIELD_OF = PARSER.field_of


def _spans(text: str, rows: list[str]) -> list[tuple[int, int]]:
    out = []
    for row in rows:
        a = text.index(row + "\n")
        out.append((a, a + len(row) + 1))
    return out


def _page(pieces: list[tuple[str, str]], rows: list[str], where: str) -> str:
    """The page: each piece's title and body, its row under the title, over it or
    under the body."""
    out = []
    for (title, body), row in zip(pieces, rows, strict=True):
        if where == "under_title":
            out += [title, row, body]
        elif where == "over_title":
            out += [row, title, body]
        else:
            out += [title, body, row]
    return "\n".join(out) + "\n"


PIECES = [
    ("楼道灯坏了找谁修？", "我家楼道的灯坏了半个月，请问该找物业还是社区？"),
    ("小区停车费怎么收？", "新来的物业说要涨停车费，业主大会还没开，这样合理吗？"),
    ("装修噪音能投诉吗？", "楼上每天早上七点就开始装修，影响老人休息。"),
]


@pytest.mark.parametrize(
    ("rows", "where", "want"),
    [
        # a board of answered questions: the asking day and a view counter under each title
        (
            ["提问于 2022-05-03 08:12　　阅读 311", "提问于 2022-05-01 19:40　　阅读 95",
             "提问于 2022-04-28 10:05　　阅读 1207"],
            "under_title",
            ["2022-05-03", "2022-05-01", "2022-04-28"],
        ),
        # a list of notices: a labelled posting day over each title
        (
            ["发布时间：2019年3月2日　点击：88", "发布时间：2019年2月27日　点击：140",
             "发布时间：2019年2月20日　点击：36"],
            "over_title",
            ["2019-03-02", "2019-02-27", "2019-02-20"],
        ),
        # a column of statements: the signer and the day closing each one
        (
            ["声明人：邝某某　2021年6月1日", "声明人：甘某某　2021年6月4日",
             "声明人：骆某某　2021年6月9日"],
            "foot",
            ["2021-06-01", "2021-06-04", "2021-06-09"],
        ),
    ],
)  # fmt: skip
def test_removed_rows_beside_every_piece_date_each_piece(
    rows: list[str], where: str, want: list[str]
) -> None:
    text = _page(PIECES, rows, where)
    found = dropped_rows(text, _spans(text, rows), ["\n".join(p) for p in PIECES])
    metas: list[dict[str, str]] = [{}, {}, {}]
    assert read_rows(found, metas, NEAR) == where
    assert [m["published"] for m in metas] == want


def test_the_piece_whose_row_the_step_kept_keeps_its_own_day() -> None:
    rows = ["提问于 2022-05-03 08:12　　阅读 311", "提问于 2022-05-01 19:40　　阅读 95"]
    pieces = PIECES[:2]
    text = _page(pieces, rows, "under_title")
    metas: list[dict[str, str]] = [{"published": "2022-05-03"}, {}]
    # the first row was kept (the split read it); only the second was removed
    found = dropped_rows(text, _spans(text, rows[1:]), ["\n".join(p) for p in pieces])
    assert read_rows(found, metas, NEAR) == "under_title"
    assert metas == [{"published": "2022-05-03"}, {"published": "2022-05-01"}]


def test_the_row_under_the_title_wins_over_the_reply_row_closing_the_piece() -> None:
    # each piece's asking day under its title, its answer's day under its text: the
    # piece is dated by the row beside its title
    text = ""
    removed = []
    for (title, body), (ask, answer) in zip(
        PIECES[:2],
        [("提问于 2022-05-03 08:12　浏览 52", "回复于 2022-05-06 09:00"),
         ("提问于 2022-05-01 19:40　浏览 17", "回复于 2022-05-02 11:30")],
        strict=True,
    ):  # fmt: skip
        text += f"{title}\n{ask}\n{body}\n{answer}\n"
        removed += [ask, answer]
    found = dropped_rows(text, _spans(text, removed), ["\n".join(p) for p in PIECES[:2]])
    metas: list[dict[str, str]] = [{}, {}]
    assert read_rows(found, metas, NEAR) == "under_title"
    assert [m["published"] for m in metas] == ["2022-05-03", "2022-05-01"]


def test_a_page_info_bar_over_the_first_piece_only_dates_nothing() -> None:
    bar = "发布时间：2019年3月2日　浏览次数：1024"
    text = bar + "\n" + "".join(f"{t}\n{b}\n" for t, b in PIECES)
    metas: list[dict[str, str]] = [{}, {}, {}]
    found = dropped_rows(text, _spans(text, [bar]), ["\n".join(p) for p in PIECES])
    assert read_rows(found, metas, NEAR) is None
    assert metas == [{}, {}, {}]


def test_rows_kept_in_the_text_are_not_read() -> None:
    rows = [
        "提问于 2022-05-03 08:12　阅读 31",
        "提问于 2022-05-01 19:40　阅读 9",
        "提问于 2022-04-28 10:05　阅读 7",
    ]
    text = _page(PIECES, rows, "under_title")
    metas: list[dict[str, str]] = [{}, {}, {}]
    assert read_rows(dropped_rows(text, [], ["\n".join(p) for p in PIECES]), metas, NEAR) is None
    assert metas == [{}, {}, {}]


def test_removed_rows_of_no_day_give_nothing() -> None:
    rows = ["有帮助（12）　没帮助（3）", "有帮助（4）　没帮助（0）", "有帮助（9）　没帮助（1）"]
    text = _page(PIECES, rows, "foot")
    metas: list[dict[str, str]] = [{}, {}, {}]
    found = dropped_rows(text, _spans(text, rows), ["\n".join(p) for p in PIECES])
    assert read_rows(found, metas, NEAR) is None
    assert metas == [{}, {}, {}]


def test_an_event_row_under_each_title_is_no_publish_day() -> None:
    # a meeting's time row is an event's, no posting day (the reader's own rule)
    rows = [
        "会议时间：2022年5月3日 14:00",
        "会议时间：2022年5月9日 14:00",
        "会议时间：2022年5月16日 14:00",
    ]
    text = _page(PIECES, rows, "under_title")
    metas: list[dict[str, str]] = [{}, {}, {}]
    found = dropped_rows(text, _spans(text, rows), ["\n".join(p) for p in PIECES])
    assert read_rows(found, metas, NEAR) is None
    assert metas == [{}, {}, {}]


def test_a_piece_with_its_day_already_keeps_it() -> None:
    rows = [
        "提问于 2022-05-03 08:12　阅读 31",
        "提问于 2022-05-01 19:40　阅读 9",
        "提问于 2022-04-28 10:05　阅读 7",
    ]
    text = _page(PIECES, rows, "under_title")
    metas: list[dict[str, str]] = [{"published": "2022-06-01"}, {}, {}]
    found = dropped_rows(text, _spans(text, rows), ["\n".join(p) for p in PIECES])
    assert read_rows(found, metas, NEAR) == "under_title"
    assert [m["published"] for m in metas] == ["2022-06-01", "2022-05-01", "2022-04-28"]


def test_a_single_piece_is_not_read() -> None:
    rows = ["提问于 2022-05-03 08:12　阅读 31"]
    text = _page(PIECES[:1], rows, "under_title")
    metas: list[dict[str, str]] = [{}]
    found = dropped_rows(text, _spans(text, rows), ["\n".join(PIECES[0])])
    assert read_rows(found, metas, NEAR) is None
    assert metas == [{}]


# ---- a bracketed closing credit parted by commas ----------------------------------------


@pytest.mark.parametrize(
    ("line", "origin", "day"),
    [
        ("（本頁資料由復健科提供，最後更新：2018/7/12）", "復健科", "2018-07-12"),
        ("（本页资料由某某科提供，最后更新：2021/10/3）", "某某科", "2021-10-03"),
        ("（本栏目信息由某某街道办整理，更新：2020年5月6日）", "某某街道办", "2020-05-06"),
        ("(本文由某某中心发布, 2019-04-02)", "某某中心", "2019-04-02"),
        ("（资料更新：2017-09-30）", None, "2017-09-30"),
    ],
)
def test_a_closing_bracketed_credit_parted_by_commas_is_read(
    line: str, origin: str | None, day: str
) -> None:
    want = {"published": day} if origin is None else {"origin": origin, "published": day}
    assert foot_row(line, FIELD_OF, closing=True) == want


@pytest.mark.parametrize(
    "line",
    [
        "（更新：下周一起恢复供水）",  # no day: a notice's own sentence
        "（本次活动由某某社区主办，欢迎参加）",  # an invitation, no credit
        "（最后更新：2020年）",  # a year alone dates nothing
        "（截至2021年3月5日，共接种12万人次）",  # a figure of the text
    ],
)
def test_bracketed_look_alikes_give_no_date(line: str) -> None:
    assert "published" not in (foot_row(line, FIELD_OF, closing=True) or {})


def test_an_author_list_parted_by_commas_reads_as_it_did() -> None:
    # a row read today keeps its reading: the commas' reading takes over only a row read
    # as nothing, or as fewer of the same fields
    assert foot_row("（作者：某甲，某乙）", FIELD_OF, closing=True) == foot_row(
        "（作者：某甲，某乙）", FIELD_OF
    )


def test_commas_are_not_read_outside_a_closing_row() -> None:
    assert foot_row("（本页资料由某某科提供，最后更新：2021/10/3）", FIELD_OF) is None


# ---- a document number behind the issuer's romanised initials ---------------------------


@pytest.mark.parametrize(
    ("line", "want"),
    [
        # a per-piece row of slash-parted cells, the number under a label no table names
        ("序号 03 ／ 受理号 QXHP〔2021〕58号 ／ 报告书", "QXHP〔2021〕58号"),
        ("编号 HJ[2019]12号　｜　类别 登记表", "HJ[2019]12号"),
        ("第 7 项　┃　批复号 ZJ环〔2022〕9号　┃　报告表", "ZJ环〔2022〕9号"),
    ],
)
def test_a_number_behind_latin_initials_is_read_by_its_shape(line: str, want: str) -> None:
    assert (PARSER.shaped_row(line, near_title=True) or {}).get("doc_number") == want


@pytest.mark.parametrize(
    "line",
    [
        "型号 iPhone〔2020〕3号 ／ 报告表",  # a lower-case product name: no issuer's initials
        "序号 03 ／ 房号 A〔栋〕58号 ／ 报告书",  # no year in the brackets
        "AB〔2020〕",  # no serial
    ],
)
def test_latin_look_alikes_are_no_number(line: str) -> None:
    assert "doc_number" not in (PARSER.shaped_row(line, near_title=True) or {})
    assert PARSER.doc_number(line) is None
