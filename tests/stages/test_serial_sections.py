"""One document whose sections each open with a numbered row (a clause, an outline
number, a step, a question, a catalogue code under one stamp) is no register of
pieces: the serial run declares pieces only when every row's first cell is a compound
register code and the rows' other cells differ (``row_serials.register_run``).  Rows
under titles printed above them leave the page to the generic finders, and telephone
or stop numbers are no document numbers.  Our own pages; the look-alike is a real
register whose run still opens pieces."""

from __future__ import annotations

import pytest

from cleaner.stages.row_serials import register_run, serial_code
from tests.stages.stage_runs import split

HEAD = "某某协会工作规程"
SECTIONS = ["会员管理", "经费使用", "档案保管"]
BODY = [
    "协会会员应当遵守章程，按时参加活动并缴纳会费，无故连续两年不参加活动的视为自动退会。",
    "协会经费专款专用，每笔支出须经两名以上理事签字确认，年度账目向全体会员公开接受监督。",
    "协会档案由秘书处统一保管，借阅须登记并在十日内归还，重要档案不得带出办公场所复印。",
]


def page(rows: list[str], head: str = HEAD) -> list[str]:
    lines = [head, ""]
    for row, title, body in zip(rows, SECTIONS, BODY, strict=True):
        lines += [row, title, body, ""]
    return lines


@pytest.mark.parametrize(
    "rows",
    [
        [f"第{k}款　修订日期：2021-07-01" for k in (1, 2, 3)],
        [f"2.{k}　最后更新：2020-10-15" for k in (1, 2, 3)],
        [f"环节{k} | 适用日期：2019-03-12" for k in (1, 2, 3)],
        [f"问{k}　答复时间：2022-09-30" for k in (1, 2, 3)],
        [f"第{k}步　入库：2021-04-18" for k in (1, 2, 3)],
        [f"站號 12-{k}　啟用：2018-08-08" for k in (1, 2, 3)],
    ],
)
def test_numbered_sections_of_one_document_keep_its_title(rows: list[str]) -> None:
    arts = split(page(rows))
    text = "\n".join(a.text for a in arts)
    assert HEAD in text or HEAD in [a.title for a in arts]  # the document's title kept
    for row in rows[1:]:  # the first, under the title, may be the document's header
        assert row.split("　")[0].split(" |")[0] in text  # no section's row lost
    assert not any(a.meta.get("doc_number") for a in arts)


def test_titles_over_serial_rows_stay_titles() -> None:
    lines = ["动态"]
    for k, (title, body) in enumerate(zip(SECTIONS, BODY, strict=True)):
        lines += ["", f"{title}办法修订", f"编号：GZ-2022-0{4 + k}　|　发布：2022-06-1{k}"]
        lines += [f"本次修订涉及{k + 3}项条款", body]
    arts = split(lines)
    titles = [a.title for a in arts]
    assert not any(t.startswith("本次修订") for t in titles)
    text = "\n".join(a.text for a in arts)
    for t in SECTIONS:
        assert f"{t}办法修订" in text or f"{t}办法修订" in titles


def test_a_register_still_opens_pieces() -> None:
    rows = [f"登记号 KJ-2021-00{k}　登记日期：2021-04-1{k}" for k in (1, 2, 3)]
    arts = split(page(rows, "某某档案馆登记公告"))
    assert [a.title for a in arts] == SECTIONS
    assert [a.meta.get("doc_number") for a in arts] == [f"KJ-2021-00{k}" for k in (1, 2, 3)]


def test_register_run_shapes() -> None:
    assert register_run(["No.2020-011　甲日", "No.2020-012　乙日"])
    assert not register_run(["第1条　同日", "第2条　同日"])  # bare count
    assert not register_run(["AB-2020-011　同日", "AB-2020-012　同日"])  # one stamp


@pytest.mark.parametrize(
    "row",
    [
        "电话 010-66668888　更新",
        "傳真：0755-2222333　日期",
        "Fax 020-87654321 | x",
        "窗口 3-2　办理",
    ],
)
def test_lines_and_desks_are_no_document_numbers(row: str) -> None:
    assert serial_code(row) is None


def test_a_document_code_is_still_read() -> None:
    assert serial_code("文号 QT-2023-17　发布") == "QT-2023-17"
