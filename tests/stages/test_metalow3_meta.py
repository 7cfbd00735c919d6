"""Metadata classes of metalow3 (issue 12, the families furthest under the metadata goal).
Every name and page is invented.

* **Info row under the head's facts** (:func:`~cleaner.stages.split_info_row.info_row_below`):
  on a single page, the row of labelled cells naming when the information was put up and
  who supplied it (``資料更新：…　｜　資料提供：…``) is read under a price row or a card of
  facts, down to the first prose line; an event's fact row (a day, no party) stays text.
* **A doer over the posting desk** (:func:`~cleaner.stages.party_cells.doer_over_source`):
  a piece whose only body is the desk its info row names as the source (``来源：某分局``)
  takes the body a cell of its own text names by a verb of doing the work
  (``建设单位：某公司``) as its origin; the cell stays text.
* **Patrol days** (``[meta] event_words``): a patrol log's ``巡河时间：`` row dates its piece.
* **Write-up credit** (:func:`~cleaner.stages.split_foot.writeup_label`): a piece's closing
  row crediting who wrote up its text, a noun of the text before a compiler's verb
  (``文字整理：某某``, a podcast's ``Show Notes 整理：某某``), names its author as a drafter's
  row does, over a presenter the head names (``主播：某甲、某乙``); the verb alone, or an
  editor's word (``文字编辑``), names no writer.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cleaner.stages.foot_credit_words import foot_words
from cleaner.stages.split_foot import foot_credit, writeup_label
from cleaner.stages.split_meta import MetaParser

FIELD_OF = MetaParser().field_of
BODY = (
    "这一期我们请来一位在山里守了二十年林场的护林员，聊他每天清晨巡山的路线和遇到的动物。\n"
    "节目后半段他讲起第一次在雪夜里迷路的经历，我们保留了录音里那段很长的停顿。\n"
)


def _run(tmp_path: Path, text: str, name: str = "p.txt") -> list[dict[str, object]]:
    from cleaner.runner import run

    src = tmp_path / "in"
    src.mkdir(exist_ok=True)
    (src / name).write_text(text, encoding="utf-8")
    run([src], tmp_path / "out")
    rows = (tmp_path / "out" / "articles.jsonl").read_text("utf-8").splitlines()
    return [json.loads(x) for x in rows]


@pytest.mark.parametrize(
    ("row", "author"),
    [
        ("Show Notes 整理：禾苗", "禾苗"),
        ("show notes 整理：禾苗", "禾苗"),  # the Latin noun in any case
        ("文字整理：郑雨禾", "郑雨禾"),
        ("（笔记整理：郑雨禾）", "郑雨禾"),
        ("采访整理人：郑雨禾", "郑雨禾"),
        ("文字整理：郑雨禾　审核：冯立", "郑雨禾"),
    ],
)
def test_writeup_row_names_the_author(row: str, author: str) -> None:
    got = foot_credit(row, FIELD_OF, closing=True, writer=False)
    assert got is not None and got[0].get("author") == author


@pytest.mark.parametrize(
    "row",
    [
        "整理：郑雨禾",  # the compiler's verb alone: an item's author only beside its source
        "文字编辑：郑雨禾",  # an editor edits a text another wrote
        "资料整理：郑雨禾",  # a noun of no text of the piece's own
    ],
)
def test_no_writeup_label(row: str) -> None:
    assert writeup_label(row, foot_words()) == row
    got = foot_credit(row, FIELD_OF, closing=True, writer=False)
    assert got is None or "author" not in got[0]


def test_writeup_credit_over_the_hosts(tmp_path: Path) -> None:
    text = f"守林人的二十年\n主播：阿禾、青柚　　嘉宾：老庞\n{BODY}Show Notes 整理：青柚\n"
    (art,) = _run(tmp_path, text)
    assert art["meta"].get("author") == "青柚"
    assert "Show Notes" not in str(art["text"])  # the credit row is metadata, not text
    assert "第一次在雪夜里迷路" in str(art["text"])


def test_host_alone_stays_the_author(tmp_path: Path) -> None:
    text = f"守林人的二十年\n2021-06-10　·　时长 59:11　·　主播：青柚\n{BODY}"
    (art,) = _run(tmp_path, text)
    assert art["meta"].get("author") == "青柚"


# -- a patrol's time row ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("row", "day"),
    [
        ("巡河时间：2016年10月7日 09:50—11:58（历时2小时8分）", "2016-10-07"),
        ("巡查时间：2021-03-09 14:00", "2021-03-09"),
        ("巡檢日期：2021/3/9", "2021-03-09"),  # traditional forms widen as the loader does
        ("巡查截止时间：2021-03-09", None),  # an end's label: no day of what was done
    ],
)
def test_patrol_time_row(row: str, day: str | None) -> None:
    from cleaner.stages.time_rows import time_row

    got = time_row(row, FIELD_OF)
    assert (got[1] if got else None) == day


def test_patrol_rows_date_each_log() -> None:
    from cleaner.stages.time_rows import own_time_days

    lines = [
        "岸坡垃圾当场清运",
        "巡河时间：2020年5月3日 08:10—09:40",
        "沿右岸巡查，河道通畅。",
        "发现排污口一处",
        "巡河时间：2020年5月12日 14:00—15:30",
        "已拍照取证并移交处理。",
    ]
    assert own_time_days(lines, [0, 3], [3, 6], FIELD_OF) == {0: "2020-05-03", 3: "2020-05-12"}


# -- an info row under the head's facts -------------------------------------------------

ESTATE = (
    "「松庭雅苑」位於河東區主要幹道旁，棟距寬敞，規劃地上十五層，每層三戶，並附設平面車位。\n"
    "建設公司表示，本案開放預約以來已接待超過兩百組看屋客，剩餘戶別以三房為主。\n"
)


@pytest.mark.parametrize(
    "facts",
    [
        "參考單價 31～35 萬／坪　｜　總價 980～1,460 萬（含車位）\n",
        "建案地址\n某市河東區中山路12號\n規劃格局\n3～4房\n",
        "",
    ],
)
def test_info_row_under_facts(tmp_path: Path, facts: str) -> None:
    row = "資料更新：2021-11-03　｜　資料提供：河東代銷\n"
    (art,) = _run(tmp_path, f"松庭雅苑\n{facts}{row}建案介紹\n{ESTATE}")
    assert art["title"] == "松庭雅苑"
    assert art["meta"].get("origin") == "河東代銷"
    assert art["meta"].get("published") == "2021-11-03"
    assert "資料提供" not in str(art["text"])
    assert "棟距寬敞" in str(art["text"])


def test_event_facts_stay_text(tmp_path: Path) -> None:
    row = "時間：2021-11-03　｜　地點：河東區文化中心\n"
    price = "參考單價 31～35 萬／坪　｜　總價 980～1,460 萬（含車位）\n"
    (art,) = _run(tmp_path, f"松庭雅苑\n{price}{row}建案介紹\n{ESTATE}")
    assert "河東區文化中心" in str(art["text"])
    assert "origin" not in art["meta"]


def test_info_row_below_prose_is_not_the_heads() -> None:
    from functools import partial

    from cleaner.stages.split_info_row import info_row_below

    parser = MetaParser()
    read = partial(parser.shaped_row, near_title=True)
    lines = ["松庭雅苑", *ESTATE.splitlines(), "資料更新：2021-11-03　｜　資料提供：河東代銷"]
    assert info_row_below(lines, range(len(lines)), read, parser.field_of) == []
    lines.insert(1, lines.pop())  # the same row over the prose: the head's
    assert info_row_below(lines, range(len(lines)), read, parser.field_of) != []


# -- a doer over the posting desk -------------------------------------------------------

EIA = (
    "根据有关规定，北岸精工机械有限公司扩建项目的环境影响报告书已编制完成，现将有关信息公示如下：\n"
    "项目位于开发区北片区，总投资约两千万元，建成后年运行三百天。\n"
    "公众可通过信函、电子邮件等方式提出意见，逾期提交的意见恕不受理。\n"
)


def test_doer_over_the_posting_desk(tmp_path: Path) -> None:
    text = (
        "北岸精工机械有限公司扩建项目环境影响评价第一次公示\n"
        "来源：环保分局　　2019-04-02　　阅读(212)\n"
        f"{EIA}建设单位：北岸精工机械有限公司\n2019年4月2日\n"
    )
    (art,) = _run(tmp_path, text)
    assert art["meta"].get("origin") == "北岸精工机械有限公司"
    assert "建设单位：北岸精工机械有限公司" in str(art["text"])  # the cell stays text


def test_posting_desk_stays_without_a_doer(tmp_path: Path) -> None:
    text = (
        "北岸精工机械有限公司扩建项目环境影响评价第一次公示\n"
        "来源：环保分局　　2019-04-02　　阅读(212)\n"
        f"{EIA}联系人：北岸精工机械有限公司\n"
    )
    (art,) = _run(tmp_path, text)
    assert art["meta"].get("origin") == "环保分局"
