"""The general header-block split (:mod:`cleaner.stages.split_blocks`): compilations whose
pieces each open with a repeated block of a shape no other split form knows, and the
look-alikes that must stay one article.  Every word is invented.
"""

from __future__ import annotations

from pathlib import Path
from unittest import mock

import pytest

from cleaner.edits import Editor
from cleaner.stages import split as split_module
from cleaner.stages import split_header_lines
from cleaner.stages.split import SplitStage
from cleaner.stages.split_blocks import block_run, line_shape
from cleaner.stages.split_find import SplitFinder
from tests.stages.family_figures import family_figures

ROOT = Path(__file__).resolve().parents[2]

ZH = [
    "晨雾散去后，护林员沿着北坡的防火道巡查了一遍，把沿途发现的枯枝逐一登记在册。",
    "午后村委会召集几户果农商量冬季修剪的分工，大家约定下周一起把旧篱笆换成竹栅。",
    "傍晚的雨来得很急，渡口的老船工提前收了缆绳，把渡船拴在石桩上等天晴再开船。",
    "集市上新开的磨坊生意兴隆，附近几个村子的人都挑着谷子来这里排队碾米磨面。",
]
EN = [
    "The volunteers cleared the river path on Saturday, and the council thanked them.",
    "Residents asked for longer library hours, and the board agreed to a short trial.",
    "A new crossing near the school opens next month, after two years of planning.",
    "The orchard co-op sold out of pears by noon, so the stalls closed early that day.",
]
ZH_TITLES = ["北坡巡林记", "果园冬修安排", "渡口避雨", "磨坊开张"]
EN_TITLES = [
    "Volunteers clear the river path",
    "Library hours trial approved",
    "School crossing opens soon",
    "Orchard pears sell out",
]


def _split(lines: list[str]) -> tuple[list[object], Editor]:
    ed = Editor("p", "\n".join(lines) + "\n")
    return SplitStage()(ed), ed


def _read(line: str) -> dict[str, str] | None:
    return SplitFinder()._row_reader(line)


def _page(head: list[str], block: object, titles: list[str], bodies: list[str]) -> list[str]:
    lines = list(head)
    for n, (title, body) in enumerate(zip(titles, bodies, strict=True), start=1):
        lines += ["", *block(n), title, body, body[::-1]]  # type: ignore[operator]
    return lines


# ---- block shapes no earlier split form was written for

SHAPES = {
    # a two-line register block with serials and dates
    "two_line_serial": lambda n: [
        f"卷宗号　Q-{30 + n}7",
        f"归档　2019/0{n}/1{n}　经办　陈{'甲乙丙丁'[n - 1]}",
    ],
    # a three-line block framed by rules, an issue number running on
    "three_line_framed": lambda n: [
        "~~~~~~~~~~~~",
        f"简讯第{40 + n}号　2020.{n}.05",
        "~~~~~~~~~~~~",
    ],
    # a dated source row, no running number
    "dated_source": lambda n: [f"〈出处〉{'东西南北'[n - 1]}岸晨报　〈刊发〉2021-0{n}-2{n}"],
    # an English two-line block
    "english_two_line": lambda n: [
        f"Desk: {['Metro', 'Valley', 'Harbor', 'Hill'][n - 1]} | Clerk: R. {'ABCD'[n - 1]}ell",
        f"Filed 2022-0{n}-1{n} / ref {n}{n}0-B",
    ],
}


SECOND_DAY = {
    "two_line_serial": "2019-02-12",
    "three_line_framed": "2020-02-05",
    "dated_source": "2021-02-22",
    "english_two_line": "2022-02-12",
}


@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_compilation_under_a_new_block_shape_is_split(shape: str) -> None:
    english = shape.startswith("english")
    titles, bodies = (EN_TITLES, EN) if english else (ZH_TITLES, ZH)
    head = ["Weekly digest of the valley" if english else "山乡通讯合辑"]
    lines = _page(head, SHAPES[shape], titles[:3], bodies[:3])
    run = block_run(lines, _read)
    assert run.verdict == "split"
    assert [lines[t] for t in run.titles] == titles[:3]
    arts, ed = _split(lines)
    assert [a.title for a in arts] == titles[:3]  # type: ignore[attr-defined]
    # the block's date is its piece's, whether a reader labels it or not
    assert arts[1].meta.get("published") == SECOND_DAY[shape]  # type: ignore[attr-defined]
    for a, body in zip(arts, bodies[:3], strict=True):
        assert body in a.text  # type: ignore[attr-defined]
    # the block lines left the text as recorded edits, none silently
    block_text = SHAPES[shape](2)
    kept = "".join(a.text for a in arts)  # type: ignore[attr-defined]
    gone = "".join(c.before for c in ed.changes if c.rule != "split.article_boundary")
    for line in block_text:
        assert line not in kept
        assert line.strip() in gone


def test_two_blocks_with_no_cue_stay_one_article_flagged() -> None:
    block = SHAPES["dated_source"]
    lines = _page(["山乡通讯合辑"], block, ZH_TITLES[:2], ZH[:2])
    arts, ed = _split(lines)
    assert len(arts) == 1
    assert any(c.rule == "split.blocks_unsure" for c in ed.changes)


def test_two_blocks_under_a_stated_count_are_split() -> None:
    block = SHAPES["dated_source"]
    lines = _page(["山乡通讯合辑　本期共2篇"], block, ZH_TITLES[:2], ZH[:2])
    arts, _ = _split(lines)
    assert [a.title for a in arts] == ZH_TITLES[:2]  # type: ignore[attr-defined]
    # the count must be the pieces' number: a count of three over two proves nothing
    lines = _page(["山乡通讯合辑　本期共3篇"], block, ZH_TITLES[:2], ZH[:2])
    assert block_run(lines, _read).verdict == "unsure"


def test_line_shape_keeps_punctuation_and_marks_digits_and_words() -> None:
    assert line_shape("卷宗号　Q-307") == line_shape("卷宗号　Q-417")
    assert line_shape("卷宗号　Q-307") != line_shape("卷宗号：Q307")
    assert line_shape("~~~~~~~~~~~~") == ("RULE",)


# ---- look-alikes that must stay one article


def test_a_notice_with_a_repeated_label_value_table_stays_one() -> None:
    lines = ["关于调整几条乡村班车线路的说明", ZH[0]]
    for n in range(1, 4):
        lines += [f"线路　{n}0{n}路　调整日期　2021-0{n}-01", f"{ZH_TITLES[n - 1]}段改道", ZH[n]]
    assert block_run(lines, _read).verdict == "none"
    arts, _ = _split(lines)
    assert len(arts) == 1


def test_a_faq_list_is_no_block_run() -> None:
    # (a question beside a dated row is a Q&A board's piece: split_asked's call, not this)
    lines = ["常见问题"]
    for n in range(1, 4):
        lines += [f"问题 {n}　更新于 2021-0{n}-0{n}", f"怎样预约第{n}类场地？", "答：" + ZH[n]]
    assert block_run(lines, _read).verdict == "none"
    lines = ["常见问题", ZH[0]]
    for n in range(1, 4):
        lines += [f"问题 {n}", f"怎样预约第{n}类场地", "答：" + ZH[n]]
    assert block_run(lines, _read).verdict == "none"
    assert len(_split(lines)[0]) == 1


def test_a_product_list_stays_one() -> None:
    lines = ["小家电选购"]
    for n in range(1, 4):
        lines += [
            f"型号 XK-1{n}0　售价 {n}99 元",
            f"{'甲乙丙'[n - 1]}款电热水壶",
            "容量 1.5 升",
            "304 钢",
        ]
    assert block_run(lines, _read).verdict == "none"
    assert len(_split(lines)[0]) == 1


def test_a_comment_thread_of_dated_rows_stays_one() -> None:
    lines = ["渡口避雨", ZH[2], ZH[3], "", "网友评论"]
    for n in range(1, 4):
        lines += [f"山客{n}号　2021-0{n}-1{n} 10:2{n}", f"说得真好{n}", ZH[n - 1]]
    assert block_run(lines, _read).verdict == "none"
    assert len(_split(lines)[0]) == 1


def test_an_article_with_numbered_sections_stays_one() -> None:
    lines = ["Notes on the valley survey"]
    for n in range(1, 4):
        lines += [f"Part {n}", EN_TITLES[n - 1], EN[n - 1], EN[n]]
    assert block_run(lines, _read).verdict == "none"
    assert len(_split(lines)[0]) == 1
    # the same sections under an opening paragraph, with a dated row each: still one
    lines = ["Notes on the valley survey", EN[3]]
    for n in range(1, 4):
        lines += [f"Part {n} -- 2022-0{n}-1{n}", EN_TITLES[n - 1], EN[n - 1]]
    assert block_run(lines, _read).verdict == "none"


# ---- the two families each fixed by a mechanism of its own split by this one too


@pytest.mark.parametrize("family", ["sealed_zb_tongguan", "sealed_zc_shuiqing"])
def test_families_split_by_blocks_alone(family: str) -> None:
    if not (ROOT / "tests" / "families" / family).is_dir():
        pytest.skip("family not present")
    with (
        mock.patch.object(split_module, "titles_under_rows", lambda *a: []),
        mock.patch.object(split_module, "titles_under_mastheads", lambda *a: []),
        # the masthead rows over each title are read in split_header_lines.block_heads_over
        mock.patch.object(split_header_lines, "masthead_blocks", lambda *a: {}),
    ):
        figures = family_figures(family)
    assert figures["counts"] >= 0.95
    assert figures["titles"] >= 0.95
    assert figures["content_f1"] >= 0.95


def test_a_timeline_of_bare_dates_stays_one() -> None:
    lines = ["山乡大事记"]
    for n in range(1, 4):
        lines += [f"20{10 + n}-0{n}-1{n}", ZH_TITLES[n - 1], ZH[n - 1]]
    assert block_run(lines, _read).verdict == "none"
    assert len(_split(lines)[0]) == 1


def test_a_plan_with_numbered_sections_over_subsections_stays_one() -> None:
    lines = ["山林防火预案"]
    for n, (head, sub) in enumerate([("通则", "目的"), ("分工", "队伍"), ("处置", "分级")], 1):
        lines += [f"{n} 护林{head}", f"{n}.1 护林{sub}", ZH[n - 1], ZH[n]]
    assert block_run(lines, _read).verdict == "none"
    assert len(_split(lines)[0]) == 1


# ---- a dated title over its piece's field rows: the title stays the title

FOUND = [
    "拾到者称当时车厢里人不多，包放在座位下面，打开后里面有一本笔记和几支笔。",
    "车站已将物品登记入库，失主请携带有效证件到服务台认领，并说出包内物品。",
]


def _found_page(rows: object, fields: object) -> list[str]:
    lines = ["失物招领汇总　第2页"]
    places = ["东岸站", "西坡站", "南桥站"]
    for n, place in enumerate(places, start=1):
        lines += [
            "",
            rows(n, place),  # type: ignore[operator]
            f"{n + 2}月{n * 3}日在{place}候车厅拾到的{['黑色背包', '蓝色雨伞', '旧皮夹'][n - 1]}",
            *fields(n),  # type: ignore[operator]
            *FOUND,
        ]
    return lines


ROWS = {
    "bracket_place_days": lambda n, p: (
        f"〖{['招领', '寄存', '待领'][n - 1]}〗　青河 · {p}　　已存放 {n * 4} 日"
    ),
    "bar_place_count": lambda n, p: f"[{['证件', '杂物', '钱包'][n - 1]}] | {p} | 编入 {n + 6} 件",
}
FIELDS = {
    "item_colour": lambda n: [
        f"物品：{['背包', '雨伞', '皮夹'][n - 1]}",
        f"颜色：{'黑蓝棕'[n - 1]}",
    ],
    "place_keeper": lambda n: [f"拾获地点：候车厅{n}号门", f"保管人：值班员{'甲乙丙'[n - 1]}"],
}


@pytest.mark.parametrize("row", sorted(ROWS))
@pytest.mark.parametrize("fields", sorted(FIELDS))
def test_a_dated_title_over_field_rows_stays_the_title(row: str, fields: str) -> None:
    """A title carrying a day ('3月3日在某站拾到的…') over its piece's labelled rows:
    the rows stay the piece's text; no field row becomes the title (the dated-row reading
    of :func:`split_blocks._title_under_row` would move the title onto '物品：…' and drop
    the real one as a header)."""
    lines = _found_page(ROWS[row], FIELDS[fields])
    titles = [s for s in lines if "候车厅拾到的" in s]
    arts, _ = _split(lines)
    kept = "\n".join(a.text for a in arts)  # type: ignore[attr-defined]
    for s in titles:
        assert s in kept  # the title line is never lost as a header
    for n in (1, 2, 3):
        for s in FIELDS[fields](n):
            assert s in kept  # the field rows stay the pieces' text
    got = [a.title for a in arts]  # type: ignore[attr-defined]
    assert not any("：" in t for t in got), got  # no field row titles a piece
