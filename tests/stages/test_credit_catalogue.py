"""A catalogue of entries each carrying a credit row under its title (split_credit_rows),
and a running folio that cuts a paragraph (folio_cuts).  Set zz's programme book showed
both; every word here is invented, in wordings, bars and layouts of their own.

Class 1: **entries each opened by a bare title line with a row of bar-parted cells under
it, one cell crediting the maker** (``作者 某某``, ``主讲人：某某``, ``Directed by …``),
prose under the row, optionally a slot row over the title.  Each entry becomes an
article titled by its line, the maker its author, the rows out of its text.  Look-alikes:
a filmography (rows with no prose between), a single review with one row, a menu of bars.

Class 2: **a titled folio (running title and page number on one line) standing between
the two halves of a cut sentence**: page furniture, and the paragraph is joined across
it.  Look-alikes: the same line between whole paragraphs, under a heading, or glued to a
table's rows.
"""

from __future__ import annotations

import pytest

from cleaner.edits import Editor
from cleaner.stages.folio_cuts import cut_folios
from cleaner.stages.repair import RepairStage
from cleaner.stages.split_credit_rows import credit_row
from cleaner.stages.split_meta import MetaParser
from tests.stages.stage_runs import boil, plain_stage
from tests.stages.stage_runs import split as _split

FIELD_OF = MetaParser().field_of
P1 = "一位老木匠在山脚下守着祖传的作坊，徒弟们一个个离开，他仍每天清早生火刨木。"
P2 = "镜头跟着季节慢慢转动，从春天的新笋到冬天的积雪，把小村的日子拍得安静而温暖。"
P3 = "A retired sailor writes letters to a harbour that no longer exists. Quiet and warm."


#: each entry's own closing sentence (an entry's text differs from the next one's)
CLOSES = [
    "全书共分十二章，附有作者手绘的插图。",
    "书中收录了三十多座古桥的测绘图和老照片。",
    "This copy is a new restoration from the original negative.",
]


#: each entry's own opening sentence (a page repeats no paragraph)
OPENS = [
    "第一位读者说，这是她今年读过最安静的一本书。",
    "很多观众第二次来看时，才注意到开头那只一直趴在门口的黄狗。",
    "Critics called it the gentlest film of the season.",
]


def _body(body: list[str], k: int) -> list[str]:
    """Entry ``k``'s text: its own opening and closing, and one of the variant's lines."""
    return [OPENS[k], body[k % len(body)], CLOSES[k]]


def _entries(title_rows: list[tuple[str | None, str, str]], body: list[str]) -> list[str]:
    page = ["某某书店　年度书单", "本书单由店员共同推荐，欢迎到店翻阅。", ""]
    for k, (slot, title, row) in enumerate(title_rows):
        page += [*([slot] if slot else []), title, row, *_body(body, k), "", "＊　＊　＊", ""]
    return page


VARIANTS = {
    # a book list, simplified, ' | ' bars, no slot row
    "books": (
        [
            (None, "山脚下的作坊", "The Workshop | 作者 王小川 | 某某出版社 | 2019 | 288 页"),
            (None, "冬天的竹林", "Bamboo in Winter | 作者 李青 | 某某书局 | 2021 | 196 页"),
            (None, "渡口的灯", "The Ferry Lamp | 作者 赵明远 | 某某出版社 | 2020 | 240 页"),
        ],
        [P1, P2],
        ["王小川", "李青", "赵明远"],
    ),
    # a lecture series: '丨' bars, a colon label, a slot row over each title
    "talks": (
        [
            (
                "讲次 3　4月2日 19:00　二楼报告厅",
                "古桥的营造",
                "主讲人：周一鸣丨某某大学丨90 分钟丨免费",
            ),
            (
                "讲次 4　4月9日 19:00　三楼会议室",
                "河道与城市",
                "主讲人：孙晓丨某某研究院丨75 分钟丨免费",
            ),
        ],
        [P2, P1],
        ["周一鸣", "孙晓"],
    ),
    # an English catalogue: Latin titles, 'Directed by', '|' bars
    "films": (
        [
            (
                "Slot 12 · Fri 20:00 · Hall B",
                "Letters to the Harbour",
                "France | Directed by Anna Berg | 2019 | 95 min",
            ),
            (
                "Slot 13 · Sat 14:30 · Hall A",
                "The Salt Road",
                "Chile | Directed by Tomas Ruiz | 2022 | 102 min",
            ),
            (
                "Slot 14 · Sat 19:00 · Hall C",
                "Winter Orchard",
                "Norway | Directed by Lina Holm | 2021 | 88 min",
            ),
        ],
        [P3, P3.replace("sailor", "baker")],
        ["Anna Berg", "Tomas Ruiz", "Lina Holm"],
    ),
    # traditional script, '｜' bars, the label written close up to the name
    "glued": (
        [
            (
                "放映 B07　3/14（四）18:30　第二影廳",
                "山城的雨季",
                "Rain Town｜導演林佳慧｜台灣｜2023｜81 min",
            ),
            (
                "放映 B08　3/15（五）20:00　第一影廳",
                "鹽田少年",
                "Salt Boys｜導演陳志強｜馬來西亞｜2022｜97 min",
            ),
        ],
        [P1, P2],
        ["林佳慧", "陳志強"],
    ),
}


@pytest.mark.parametrize("name", sorted(VARIANTS))
def test_each_entry_under_its_credit_row_is_an_article(name: str) -> None:
    rows, body, makers = VARIANTS[name]
    head, *arts = _split(boil(_entries(rows, body)).split("\n"))
    # the page's head proves nothing chrome: it stays, a piece of its own (review21f N3)
    assert "本书单由店员共同推荐，欢迎到店翻阅。" in head.text
    assert [a.title for a in arts] == [t for _, t, _ in rows]
    assert [a.meta.get("author") for a in arts] == makers
    for k, (art, (slot, title, row)) in enumerate(zip(arts, rows, strict=True)):
        assert row not in art.text and (slot is None or slot not in art.text)
        # the row's other cells and the slot row are kept as fields (review21f N6)
        assert art.meta.get("credits") and art.meta["credits"].split()[-1] in row
        assert slot is None or art.meta.get("slot") == slot
        assert art.text.lstrip().startswith(title)
        assert all(line in art.text for line in _body(body, k))


def test_a_filmography_with_no_prose_between_rows_is_no_catalogue() -> None:
    page = ["某导演作品年表", "以下为历年作品：", ""]
    page += [
        "山城",
        "Hill Town | 导演 某某 | 2011 | 90 min",
        "河湾",
        "Bay | 导演 某某 | 2014 | 85 min",
    ]
    page += ["", P1]
    arts = _split(page)
    assert len(arts) == 1
    assert "Hill Town | 导演 某某 | 2011 | 90 min" in arts[0].text


def test_one_review_with_one_credit_row_stays_whole() -> None:
    page = ["影评：冬天的竹林", "冬天的竹林", "Bamboo in Winter｜导演 李青｜2021｜96 min", P1, P2]
    arts = _split(page)
    assert len(arts) == 1 and P1 in arts[0].text and P2 in arts[0].text


def test_a_menu_of_bars_over_titles_splits_nothing() -> None:
    menu = "首页 | 新闻 | 专题 | 视频 | 关于我们"
    page = ["山脚下的作坊", menu, P1, P2, "", "冬天的竹林", menu, P2, P1]
    assert credit_row(menu, FIELD_OF) is None
    assert len(_split(page)) == 1


def test_a_credit_row_needs_a_maker_cell_and_no_sentence() -> None:
    assert credit_row("Rain Town｜導演 林佳慧｜台灣｜2023｜81 min", FIELD_OF) == (
        5,
        1,
        "導演",
        "林佳慧",
    )
    assert credit_row("雨｜副导演 某某｜台湾｜2023", FIELD_OF) is None  # an assistant, no maker
    assert credit_row("作者 某某说过｜这句话。｜很对｜是的", FIELD_OF) is None


# ---- a titled folio cutting a paragraph

CUT_A = "老街的早市从五点开始，卖豆浆的摊主把第一锅"
CUT_B = "豆浆端上桌时，天才刚刚亮起来。"


def _clean(lines: list[str]) -> str:
    ed = Editor("p", "\n".join(lines) + "\n")
    plain_stage()(ed)
    RepairStage()(ed)
    return ed.text


@pytest.mark.parametrize(
    "folio",
    ["某市文史月刊　·　12", "27｜某县年鉴二〇二一", "澄江風物誌　‧　8", "9 ・ 某会会刊第三辑"],
)
def test_a_titled_folio_cutting_a_sentence_goes_and_the_halves_join(folio: str) -> None:
    # the running title echoes the page's head (the booklet's name over the page)
    head = folio.replace("·", "").replace("‧", "").replace("・", "").replace("｜", "")
    head = "".join(c for c in head if not c.isdigit()).strip() + "　第二期"
    out = _clean([head, "", CUT_A, "", folio, "", CUT_B, "", P1])
    assert folio not in out
    assert CUT_A + CUT_B in out


@pytest.mark.parametrize(
    "page",
    [
        # between two whole paragraphs: no cut
        ["老街的早市", "", P1, "", "某市文史月刊　·　12", "", P2],
        # under a heading (no clause broken off)
        ["老街的早市", "", "第二部分　早市的摊主们", "", "某市文史月刊　·　12", "", CUT_B],
        # glued to the rows of a table
        ["摊位表", CUT_A, "某市文史月刊　·　12", CUT_B],
    ],
)
def test_a_titled_folio_with_no_cut_is_not_read_by_the_cut(page: list[str]) -> None:
    assert cut_folios([s.strip() for s in page]) == []


# ---- a spaced name in a credit row's maker cell


@pytest.mark.parametrize(
    "row",
    [
        "Quiet Hills｜导演 森田 健｜日本｜2021｜90 min",
        "Salt Wind | 作者 金 素妍 | 某某出版社 | 2020 | 230 页",
        "主讲人：李 明远丨某某大学丨60 分钟丨免费",
    ],
)
def test_a_spaced_name_in_a_credit_row_keeps_its_space(row: str) -> None:
    # the row is one of a catalogue's (a second titled entry under a row of its shape)
    bar = next(b for b in "｜|丨" if b in row)
    cells = row.split(bar)
    k = next(i for i, c in enumerate(cells) if " " in c.strip() and not c.strip()[0].isdigit())
    label = cells[k].strip().split(" ")[0].split("：")[0]
    sep = "：" if "：" in cells[k] else " "
    other = cells[:]
    other[0] = cells[0].replace(cells[0].strip(), "Other Piece") if k else f"{label}{sep}赵某"
    if k:
        other[k] = cells[k].replace(cells[k].strip(), f"{label} 赵某")
    page = ["甲篇", row, P1, "", "乙篇", bar.join(other), P2]
    ed = Editor("p", "\n".join(page) + "\n")
    RepairStage()(ed)
    assert row in ed.text.split("\n")


@pytest.mark.parametrize(
    "bar",
    [
        "作者：本报记者 张 伟 | 来源：某市日报 | 2024-03-01 | 点击：88",
        "作者：陳 美玲｜來源：某市政府網｜2024-05-02｜瀏覽 120",
        "撰稿 王 小川丨出处：某网丨2023-11-11丨阅读 9",
    ],
)
def test_a_cut_name_in_an_info_bar_outside_a_catalogue_is_judged_as_before(bar: str) -> None:
    ed = Editor("p", "\n".join(["某地新闻一则", bar, P1, P2]) + "\n")
    RepairStage()(ed)
    name = bar.split("：")[1].split(" |")[0].split("｜")[0] if "：" in bar[:4] else "王 小川"
    name = name.replace("本报记者 ", "").strip()
    assert name not in ed.text  # the gap inside the name went
    assert name.replace(" ", "") in ed.text


def test_a_space_cutting_a_word_in_prose_still_goes() -> None:
    ed = Editor("p", "镜头跟着季节慢慢转动，从春天的新 笋到冬天的积雪，把小村的日子拍得安静。\n")
    RepairStage()(ed)
    assert "新笋" in ed.text


def test_a_maker_credit_names_the_author_only_in_a_credit_row() -> None:
    assert credit_row("Night Ferry | Composer Ana Ruiz | 2018 | 41 min", FIELD_OF) == (
        4,
        1,
        "Composer",
        "Ana Ruiz",
    )
    assert FIELD_OF("导演") is None  # a review's '导演：某某' row credits the film reviewed
    page = ["一部慢下来的电影", "导演：王某　主演：李某 / 赵某", P1, P2]
    assert _split(page)[0].meta.get("author") != "王某"
