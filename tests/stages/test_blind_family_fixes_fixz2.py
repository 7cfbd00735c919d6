"""Fixes for set z's dictionary and recall families (branch fixz2), in wordings of their own,
with look-alikes that stay:

* a byline's date cell closed by the verb of what was done that day (``2021年3月9日更新``):
  the row is metadata; when the verb names an edit and the row is two cells, the one name
  in the other cell is who edited the entry, its author (``[meta] dated_verbs`` /
  ``edit_verbs`` in ``headers.toml``);
* a date label naming the day a notice is put on record (``…备案日期``, ``录入时间``) is the
  publish date (``published_by_ending``);
* a compilation parted by dividers: a rule of one ornament framing a numbered label (``≈≈ ③
  某类 ≈≈``, any numbering), the piece's title on the line under it and a metadata row under
  that; the label is neither title nor text, the line under the frame is the title
  (:func:`split_marks.titles_under_frames`).  A frame around a title, or frames with no row
  under their titles, stay as they were;
* a single document's card of facts right over (or under) its headline, a learned shape
  with each page's own figures, is left to the split even when its label holds a word the
  site profile takes for a contact cue (:func:`heading_rows.rows_at_headline`).

Every word is invented.
"""

from __future__ import annotations

import pytest

from cleaner.stages.heading_rows import rows_at_headline
from cleaner.stages.split_marks import framed_runs, titles_under_frames
from cleaner.stages.split_meta import MetaParser
from tests.stages.family_figures import assert_floors
from tests.stages.stage_runs import split

META = MetaParser()


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("校对室 · 2019年4月2日更新", {"published": "2019-04-02", "author": "校对室"}),
        ("审读·林溪 · 2019年4月2日修订", {"published": "2019-04-02", "author": "审读·林溪"}),
        ("河湾晚报 · 2019-04-02 发布", {"published": "2019-04-02"}),  # no edit: no author
        ("校对室 · 2019年4月2日", {"published": "2019-04-02"}),
    ],
)
def test_a_dated_verb_closes_a_byline(line: str, want: dict[str, str]) -> None:
    assert META.byline(line) == want
    assert META.shaped_row(line, near_title=True) == want


@pytest.mark.parametrize(
    "line",
    [
        "我们 · 2019年4月2日出发",  # a verb of no record: a line of text
        "校对室 · 河湾 · 2019年4月2日更新，请查看",  # a sentence
    ],
)
def test_look_alike_dated_rows_stay_text(line: str) -> None:
    assert META.byline(line) is None


def test_two_verbed_dates_stay_a_cover_row() -> None:
    row = "HW 001—2019　　2019-04-02发布　　2019-05-01实施　　河湾农机学会"
    got = META.shaped_row(row, near_title=True)
    assert got is not None and got["published"] == "2019-04-02"
    assert got["effective"] == "2019-05-01"


def test_three_cells_with_an_edit_date_name_no_author() -> None:
    assert META.byline("校对室 · 河湾 · 2019年4月2日更新") == {"published": "2019-04-02"}


def test_record_dates_are_publish_dates() -> None:
    assert META.field_of("备案日期") == "published"
    assert META.field_of("信息录入时间") == "published"
    assert META.field_of("备案截止日期") is None  # a deadline stays no publish date
    assert META.shaped_row("备案日期：2019-04-02", near_title=True) == {"published": "2019-04-02"}


P1 = "这片果园在山坡的南面，春天开花的时候，整座山都是白的，蜜蜂从早到晚嗡嗡地飞。"
P2 = "看园的老人说，果树要修枝才结得好，剪下的枝条捆起来，冬天正好拿去烧火取暖。"


def _digest(frames: list[str], rows: bool = True) -> list[str]:
    titles = ["河湾农具厂收回一批铁锹", "槐镇灯具店收回一批台灯", "柳岸文具社收回一批铅笔盒"]
    out = ["农具简报 · 第九期", "本期收录收回信息3则"]
    for frame, title in zip(frames, titles, strict=True):
        out += [frame, title]
        if rows:
            out.append("备案日期：2019-04-02　｜　河湾某厂")
        out += [P1, P2]
    return out


FRAMES = ["≈≈ ① 农具 ≈≈", "≈≈ ② 家用灯具 ≈≈", "≈≈ ③ 文具 ≈≈"]


def test_a_numbered_divider_heads_the_piece_under_it() -> None:
    arts = split(_digest(FRAMES))
    assert [a.title for a in arts] == [
        "河湾农具厂收回一批铁锹",
        "槐镇灯具店收回一批台灯",
        "柳岸文具社收回一批铅笔盒",
    ]
    assert all(a.meta.get("published") == "2019-04-02" for a in arts)
    assert all("≈≈" not in a.text and P1 in a.text for a in arts)


def test_frames_without_rows_keep_their_labels_as_before() -> None:
    page = _digest(FRAMES, rows=False)
    run = framed_runs(page)[0]
    assert [c.title for c in titles_under_frames(page, run, lambda s: False)] == [
        "① 农具",
        "② 家用灯具",
        "③ 文具",
    ]


def test_a_frame_around_a_title_is_no_divider() -> None:
    page = ["== 河湾农具厂收回一批铁锹 ==", "备案日期：2019-04-02", P1, P2]
    page += ["== 槐镇灯具店收回一批台灯 ==", "备案日期：2019-04-02", P1, P2]
    run = framed_runs(page)[0]
    got = titles_under_frames(page, run, lambda s: s.startswith("备案"))
    assert [c.title for c in got] == ["河湾农具厂收回一批铁锹", "槐镇灯具店收回一批台灯"]


class _Hit:
    def __init__(self, kind: str = "shape", signals: tuple[str, ...] = ()) -> None:
        self.kind, self.key, self.signals = kind, "", signals


def _read(s: str) -> dict[str, str] | None:
    return META.shaped_row(s, near_title=True)


CARD = [
    "河湾物资网",
    "档案号：HW-2019-0042",
    "件数：37件　备案日期：2019-04-02",
    "河湾农具厂收回一批铁锹",
]


def test_a_card_over_the_headline_is_left_to_the_split() -> None:
    page = [*CARD, "河湾农具厂收回一批铁锹", P1, P2, "河湾物资网地址"]
    hits = {0: _Hit("line"), 2: _Hit(signals=("cue:contact",)), 7: _Hit("line")}
    assert rows_at_headline(page, hits, (), ("河湾农具厂收回一批铁锹",), _read) == [2]


@pytest.mark.parametrize(
    ("lines", "hits"),
    [
        ([*CARD, "槐镇灯具店收回一批台灯", "柳岸文具社收回一批铅笔盒"], {4: _Hit(), 5: _Hit()}),
        ([*CARD[:3], "河湾农具厂收回一批铁锹", P1], {}),  # no learned row at all
        ([*CARD[:2], "件数：37件", "河湾农具厂收回一批铁锹", P1], {2: _Hit("line")}),
        ([*CARD, P1], {2: _Hit(signals=("menu",))}),
    ],
)
def test_cards_that_are_no_headline_card_stay_chrome(lines: list[str], hits: dict) -> None:
    assert not rows_at_headline(lines, hits, (), ("河湾农具厂收回一批铁锹",), _read)


@pytest.mark.parametrize(
    ("name", "floor"),
    [
        ("sealed_z_cidian", {"titles": 1.0, "counts": 1.0, "metadata": 1.0}),
        ("sealed_z_zhaohui", {"titles": 1.0, "counts": 1.0, "metadata": 1.0}),
    ],
)
def test_set_z_families_hold_their_floors(name: str, floor: dict[str, float]) -> None:
    assert_floors(name, floor)
