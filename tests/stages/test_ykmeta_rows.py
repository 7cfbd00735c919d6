"""Per-piece metadata read by general row readers (issue 12, ykmeta): invented pages,
variants in other wordings and look-alikes that must read no field:

* a row of several ``label：value`` cells parted by wide gaps or bars, some of whose
  labels no table names (``出版年``, ``ISBN``), is read cell by cell: the labels the
  tables know give their fields wherever they stand (``著者`` the author);
* a piece whose header title stands under a short row of its own (a catalogue's call
  number, an entry's code) has its rows read under the title, as under a title line
  opening the piece;
* a record's own row over its title holding one date cell (``#12 ｜ 40:05 ｜ 2021/3/5``,
  any date form) dates that record, over the page head's day.

Every word is invented.
"""

from __future__ import annotations

import pytest

from cleaner.stages.split_find import SplitFinder
from cleaner.stages.split_header_lines import tag_day
from cleaner.stages.split_meta import MetaParser
from cleaner.stages.split_record_leads import lead_days
from tests.stages.stage_runs import split

P = MetaParser()
S = SplitFinder()

# ---- a row of colon cells, some labels unknown


@pytest.mark.parametrize(
    ("row", "author"),
    [
        ("著者：周其远　出版者：南川文艺　出版年：2022　ISBN：978-7-5321-0001-1", "周其远"),
        ("译者：林澄 ｜ 出版者：北岸书社 ｜ 定价：45元 ｜ ISBN：978-7-02-1", "林澄"),
        ("作者：王小舟　　来源：东湖日报　　页码：12　　字数：3200", "王小舟"),
        ("著者：梁秋禾\t出版者：白杨出版\t出版年：2019", "梁秋禾"),
    ],
)
def test_a_row_of_colon_cells_reads_its_author_cell(row: str, author: str) -> None:
    got = P.parse_meta_line(row)
    assert got is not None
    assert got["author"] == author


@pytest.mark.parametrize(
    "row",
    [
        # a table of figures with bars: no label says what it holds
        "水位：24.5 ｜ 流量：2600 ｜ 雨量：65",
        # two speakers' sentences in a gapped line
        "他说：我们明天再来。　她说：好的，路上小心。",
        # a form's cells no table names
        "姓名：张三　性别：男　年龄：35",
        # a price list
        "品名：白菜　单价：1.2　产地：山东",
        # one known label among mostly unknown ones
        "作者：某甲　页数：320　开本：16　装帧：平装",
        # a document site's upload row beside its tallies: the uploader is no author
        "上传者：wk_1024　　上传时间：2019.5.6　　浏览：812次　　评分：4.6分",
        "分享人：小林　　分享日期：2020-03-02　　点赞：35赞",
    ],
)
def test_look_alike_rows_of_colon_cells_read_nothing(row: str) -> None:
    assert not (P.parse_meta_line(row) or {}).get("author")


# ---- rows under a title that stands under a row of its own

CATALOGUE = [
    "桐溪县图书馆　新书通报　│　2022年第5期",
    "资料更新：2022-05-06",
    "",
    "索书号 I247.5／318　│　二楼借阅区　│　馆藏2册",
    "河湾往事",
    "著者：周其远　出版者：南川文艺　出版年：2022　ISBN：978-7-5321-0001-1",
    "内容简介：本书记录了一条河湾边三代人的生活，从渡口的兴衰写到村庄的变迁，笔调朴素。",
    "",
    "索书号 K928.9／44　│　三楼借阅区　│　馆藏3册",
    "山径笔记",
    "著者：孟晓禾　出版者：青岚书局　出版年：2022　ISBN：978-7-5321-0002-8",
    "内容简介：作者用十年时间走遍家乡周边的山路，把沿途所见的草木、村落和人写成短章。",
    "",
    "索书号 TS972／207　│　二楼借阅区　│　馆藏1册",
    "灶台边的节气",
    "著者：陶一苇　出版者：南川文艺　出版年：2021　ISBN：978-7-5321-0003-5",
    "内容简介：全书按二十四节气编排，每一节写一道家常菜和它背后的家族记忆，配有手绘插图。",
]


def test_each_entry_of_a_catalogue_has_its_own_author() -> None:
    arts = split(CATALOGUE)
    assert [a.title for a in arts] == ["河湾往事", "山径笔记", "灶台边的节气"]
    assert [a.meta.get("author") for a in arts] == ["周其远", "孟晓禾", "陶一苇"]
    text = "\n".join(a.text for a in arts)
    for line in CATALOGUE:
        if line.startswith("内容简介"):
            assert line in text  # every entry's text is kept


def test_a_row_over_a_title_lets_the_rows_under_it_read() -> None:
    lines = [
        "索书号 K928.9／44　│　三楼",
        "山径笔记",
        "著者：孟晓禾　出版者：青岚书局　出版年：2022",
    ]
    rows = P.meta_block(lines, [0, 1, 2], headed=True, title="山径笔记")
    assert [r[0] for r in rows] == [[2]]
    assert rows[0][1]["author"] == "孟晓禾"


def test_prose_over_a_title_lets_no_row_under_it_read() -> None:
    lines = ["他沿着山路走了很久，才在傍晚到达。", "山径笔记", "著者：孟晓禾　出版者：青岚书局"]
    assert P.meta_block(lines, [0, 1, 2], headed=True, title="山径笔记") == []


# ---- a record's own dated row over its title


@pytest.mark.parametrize(
    ("row", "day"),
    [
        ("#067　｜　39:30　｜　2023/12/26", "2023-12-26"),
        ("EP.12 | 2021.03.05 | 42分钟", "2021-03-05"),
        ("第8期　　2020年7月1日　　主讲", "2020-07-01"),
        ("No.3　｜　民國110年3月5日", "2021-03-05"),
    ],
)
def test_a_tag_row_names_its_day(row: str, day: str) -> None:
    assert tag_day(S, row) == day


@pytest.mark.parametrize(
    "row",
    [
        "#067　｜　39:30　｜　时长",  # no date cell
        "2021/3/5 至 2021/4/5",  # a range in one cell: no date alone
        "第1期　2021/3/5　｜　第2期　2021/4/5",  # two days
        "本期节目录制于2021年3月5日，欢迎收听。",  # a sentence naming a day
    ],
)
def test_look_alike_tag_rows_name_no_day(row: str) -> None:
    assert tag_day(S, row) is None


def _day(s: str) -> str | None:
    return tag_day(S, s)


def test_each_record_takes_the_day_of_its_row() -> None:
    a, b, c = "#12　｜　40:05　｜　2021/3/9", "#11　｜　38:11　｜　2021/3/2", "#10 | 2021.02.23"
    page = [a, "第一期", "正文。", b, "第二期", "正文。", c, "第三期", "正文。"]
    leads = [("第一期", {a}), ("第二期", {b}), ("第三期", {c})]
    assert lead_days(page, [1, 4, 7], leads, _day) == {
        1: "2021-03-09",
        4: "2021-03-02",
        7: "2021-02-23",
    }


def test_records_with_a_day_missing_take_none() -> None:
    a, b = "#12　｜　40:05　｜　2021/3/9", "#11　｜　38:11　｜　时长"
    page = [a, "第一期", "正文。", b, "第二期", "正文。"]
    assert lead_days(page, [1, 4], [("第一期", {a}), ("第二期", {b})], _day) == {}
