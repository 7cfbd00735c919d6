"""Mends of review23e's findings on the fixyd3 merge, each class in wordings of its own
and with a look-alike that must not change:

* N1 -- a date followed by a span of hours (``2021-03-05 08:00—10:00``) is an event's, a
  shift's or a timetable slot's day, no publication stamp: a row holding one is read only
  beside a writer's cell (an observation record), else it stays text
  (:func:`split_cell_marks.dated_cell`, :func:`split_cell_rows.read_cells`);
* N2/N3 -- a bracketed counter ``N/M`` is a page mark only under a page word (页, 版面,
  续下页, 接上页, 转 …): a step's, a dose's, an installment's or a score's counter
  (``【工序 2/3】``, ``（用量 1/2）``) is the text's own (repair.toml ``break_marks``);
* N4 -- a headline kept as its piece's first line of text (a plain page's bare title over
  its byline row) is no row of fields, whatever it ends in (an issuer's 馆, 院, 中心 …:
  :func:`split_piece_rows.read_rows`);

Every word is invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from cleaner.config import PipelineConfig
from cleaner.ingest.readers import read_inputs
from cleaner.pipeline import Pipeline
from cleaner.stages.split import SplitStage
from tests.stages.stage_runs import repair


def _run(tmp_path: Path, lines: list[str]) -> list[tuple[str, dict[str, str], str]]:
    (tmp_path / "p.txt").write_text("\n".join(lines) + "\n", "utf-8")
    raws = list(read_inputs([tmp_path]))
    res = Pipeline(PipelineConfig()).process(raws[0], 0)
    return [(a.title, {k: v for k, v in a.meta.items() if v}, a.text) for a in res.articles]


# --- N1: a date with a span of hours ------------------------------------------------------

SPAN_ROWS = [
    # a timetable: the day, the slot, the subject
    [
        "2024年9月2日 09:00—11:00　物理",
        "2024年9月2日 15:00—17:00　化学",
        "2024年9月3日 09:00—11:00　生物",
    ],
    # a duty roster under other dashes
    ["2024-09-02 07:00~15:00　赵值班", "2024-09-02 15:00~23:00　钱值班"],
    # a ferry's sailings, 至 between the hours
    ["2024/9/2 06:40 至 08:10　北码头", "2024/9/3 06:40 至 08:10　北码头"],
    # a single event row with its place
    ["2024年9月2日 18:30-20:30　区文化馆二楼"],
]


@pytest.mark.parametrize("rows", SPAN_ROWS)
def test_rows_of_a_date_and_its_hours_stay_text(tmp_path: Path, rows: list[str]) -> None:
    lines = ["秋季安排一览", "", *rows, "请各位按表上的时间提前十分钟到场，不要迟到。"]
    arts = _run(tmp_path, lines)
    text = "\n".join(x for _, _, x in arts)
    for row in rows:
        assert row in text
    assert all("published" not in m for _, m, _ in arts)


@pytest.mark.parametrize(
    "row",
    [
        "时间：2024年9月2日 14:30—16:00　地点：五楼小礼堂",
        "Time: 2024-09-02 14:30-16:00 | Venue: Hall B",
        "会期：2024-09-02 09:00 到 12:00　｜　会场：东楼报告厅",
    ],
)
def test_a_meeting_row_is_no_dated_header(row: str) -> None:
    got = SplitStage().meta.shaped_row(row, near_title=True)
    assert not got or ("published" not in got and "issuer" not in got)


def test_a_meeting_notice_keeps_its_time_row_and_its_sign_off(tmp_path: Path) -> None:
    row = "时间：2024年9月2日 14:30—16:00　地点：五楼小礼堂"
    lines = [
        "关于召开秋季工作布置会的通知",
        row,
        "为布置本学期各项工作，定于下周召开全体职工会议，请大家安排好手头事务，准时出席。",
        "后勤服务中心",
        "2024年8月30日",
    ]
    ((_, meta, text),) = _run(tmp_path, lines)
    assert row in text
    assert meta.get("published") != "2024-09-02"
    assert meta.get("issuer") != "五楼小礼堂"


@pytest.mark.parametrize(
    "row",
    [
        "执笔：钱小川　｜　天气：多云　｜　时段：2024-09-02 04:50—06:20",
        "作者：钱小川　时间：2024年9月2日 20:10至23:40",
    ],
)
def test_an_observation_row_with_its_writer_reads_the_spanned_date(row: str) -> None:
    got = SplitStage().meta.shaped_row(row, near_title=True)
    assert got is not None
    assert got.get("published") == "2024-09-02"


def test_a_date_with_one_time_is_still_a_stamp() -> None:
    got = SplitStage().meta.shaped_row("发布时间：2024-09-02 08:15", near_title=True)
    assert got == {"published": "2024-09-02"}


# --- N2/N3: a bracketed counter under a word that names no page ---------------------------

C1, C2 = "把旧墙皮铲干净后刮两遍腻子，每遍之间", "要等表面完全干透再打磨平整。"


@pytest.mark.parametrize(
    "mark",
    [
        "【工序 2/3】",
        "（用量 1/2）",
        "［连载 2/4］",
        "〔比分 2/2〕",
        "【进度 3/5】",
        "（第二步 2/3）",
    ],
)
def test_a_counter_under_a_word_that_names_no_page_is_no_page_mark(mark: str) -> None:
    out = repair("\n".join(["装修记", C1, mark, C2]) + "\n")
    assert C1 + C2 not in out
    assert mark in out


@pytest.mark.parametrize("mark", ["〔续下页 2/4〕", "【接上页 3/4】", "（版面 2/3）", "［转 2/5］"])
def test_a_counter_under_a_page_word_still_joins(mark: str) -> None:
    out = repair("\n".join(["装修记", C1, mark, C2]) + "\n")
    assert C1 + C2 in out
    assert mark not in out


def test_a_step_list_keeps_every_step(tmp_path: Path) -> None:
    steps = [
        "把土豆洗净去皮，切成均匀的细丝",
        "细丝放进清水里泡十分钟，洗掉表面的淀粉",
        "热锅凉油，放几粒花椒炸出香味后捞出",
        "下土豆丝大火快炒，加盐和少许醋翻匀出锅",
    ]
    lines = ["醋溜土豆丝做法", ""]
    for k, step in enumerate(steps, 1):
        lines += [f"【工序 {k}/4】", step]
    arts = _run(tmp_path, lines)
    text = "\n".join(x for _, _, x in arts).split("\n")
    for step in steps:
        assert step in text


# --- N4: a kept headline that ends like an organisation -----------------------------------

HEADS = ["河堤边新开了一家自然博物馆", "孩子们第一次走进天文馆", "老街口的社区服务中心"]
BODY = "开馆第一天就来了不少附近的居民，讲解员带着大家一间一间地看，很多人一直待到傍晚才走。"


@pytest.mark.parametrize(
    ("heads", "rows"),
    [
        ((0, 1), ["文：苏慕远　2024.09.02", "文：叶知秋　2024.09.03"]),
        ((1, 2), ["撰稿：苏慕远　2024-09-02", "撰稿：叶知秋　2024-09-03"]),
        ((2, 0), ["文：苏慕远　2024年9月2日", "文：叶知秋　2024年9月3日"]),
    ],
)
def test_a_kept_headline_over_its_byline_is_never_an_issuer(
    tmp_path: Path, heads: tuple[int, int], rows: list[str]
) -> None:
    lines = ["社区周报", ""]
    for k, row in zip(heads, rows, strict=True):
        lines += [HEADS[k], row, BODY, ""]
    arts = _run(tmp_path, lines)
    assert [t for t, _, _ in arts] == [HEADS[k] for k in heads]
    for (t, meta, text), who in zip(arts, ("苏慕远", "叶知秋"), strict=True):
        assert text.split("\n")[0] == t
        assert "issuer" not in meta
        assert meta.get("published", "").startswith("2024-09-0")
        if rows[0].startswith("撰稿"):
            assert meta.get("author") == who
