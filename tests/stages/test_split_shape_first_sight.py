"""First-sight compilations for the shape-run fallback (:mod:`cleaner.stages.split_shape_run`,
issue 12): header shapes no reader was written for.

* rows whose ONLY changing value is a code (a serial ``QX-0310-01``, a document number,
  a 3+ digit number counting up) over a titled piece: three declare, one lead sentence
  (a notice over the records) may stand over them; two only flag, unless the page
  states a total (``本页共2则``) on a short line of its own;
* a contents block (a label line over item lines) whose items stand again further down
  as lines of their own: each is a piece's title;
* a column's kicker over a headline under a closing row: the headline is the title.

Look-alikes that stay one article: rows changing only in a bare counter or a date (an
article's sections, a timeline), code rows under two lead sentences, a report's
contents whose chapters come back numbered, a link list repeated as a footer with no
prose, contents items that come back out of order.  Every word is invented.
"""

from __future__ import annotations

import json

from cleaner.edits import Editor
from cleaner.stages.split import SplitStage
from cleaner.stages.split_shape_run import (
    _closing_title,
    _code,
    _item_title,
    _stated,
    _Tests,
    listed_run,
    shape_run,
)
from tests.stages.stage_runs import split

BODY = [
    "管理员在三号阅览室靠窗的座位下面发现了它，外壳有些磨损，目前放在服务台的柜子里。",
    "请物主带上借书证到服务台登记领取，并说出物品的大致颜色和特征，保管期为二十天。",
    "志愿者在报告厅第五排的扶手旁捡到，外观基本完好，已经登记在册并拍照留存。",
    "逾期没有人认领的物品会统一交给街道办处理，请大家互相转告，以免耽误领取。",
]
ITEMS = ["墨绿色折叠伞一把", "旧款收音机一台", "毛线手套一副（灰色）", "帆布购物袋一个"]
LEAD = "以下物品为本月在馆内各处拾到的，请物主凭借书证尽快前来认领，过期不候。"


def _records(rows: list[str], lead: list[str], tail: list[str] | None = None) -> list[str]:
    out = ["城东图书馆招领公告（第4期）", *lead]
    for n, row in enumerate(rows):
        out += [row, ITEMS[n], BODY[n % 4], BODY[(n + 1) % 4]]
    return [*out, *(tail or [])]


def _titles(arts: list) -> list[str]:
    return [a.title for a in arts]


def _flags(lines: list[str]) -> list[dict]:
    ed = Editor("p", "\n".join(lines) + "\n")
    SplitStage()(ed)
    return [json.loads(c.ref or "{}") for c in ed.changes if c.rule == "split.shape_run"]


def test_codes_are_serials_numbers_or_runs_not_counters_or_dates() -> None:
    assert _code(["QX-0310-01", "QX-0312-02", "QX-0317-03"])
    assert _code(["登记号：〔2031〕17号", "登记号：〔2031〕18号"])
    assert _code(["0417", "0418", "0419"])  # a 3+ digit number counting up
    assert not _code(["0417", "0532", "0419"])  # plain numbers that do not count
    assert not _code(["2", "3", "4"])  # a bare counter
    assert not _code(["2031-03-10", "2031-03-12", "2031-03-17"])  # dates
    assert not _code(["09:30", "10:45", "14:00"])  # times


def test_code_rows_with_one_lead_sentence_split() -> None:
    rows = [f"▛ 寄存单号：QX-03{d}-0{n + 1} ▜" for n, d in enumerate(("10", "12", "17"))]
    arts = split(_records(rows, [LEAD]))
    assert _titles(arts) == ITEMS[:3]
    for n, (art, item) in enumerate(zip(arts, ITEMS, strict=False)):
        text = art.text.split("\n")
        # the lead sentence, proven no site's template (split_lead), opens the first
        # piece's text under the page's own title: kept, never lost
        head = ["城东图书馆招领公告（第4期）", LEAD] if n == 0 else []
        assert text[: len(head) + 1] == [*head, item] and not any("寄存单号" in ln for ln in text)
    ev = _flags(_records(rows, [LEAD]))
    assert ev[0]["verdict"] == "split" and ev[0]["code_rows"] is True


def test_counter_or_date_rows_stay_one_article() -> None:
    for row in ("▛ 第 {n} 问 ▜", "▛ 记录于 2031-03-1{n} ▜"):
        rows = [row.format(n=n + 1) for n in range(3)]
        assert len(split(_records(rows, []))) == 1


def test_code_rows_under_two_lead_sentences_stay_one() -> None:
    rows = [f"▛ 寄存单号：QX-03{d}-0{n + 1} ▜" for n, d in enumerate(("10", "12", "17"))]
    lines = _records(rows, [LEAD, BODY[3]])
    assert len(split(lines)) == 1
    assert [e["verdict"] for e in _flags(lines)] == ["unsure"]


def test_two_code_rows_flag_unless_a_total_is_stated() -> None:
    rows = ["▛ 寄存单号：QX-0310-01 ▜", "▛ 寄存单号：QX-0312-02 ▜"]
    assert len(split(_records(rows, []))) == 1
    arts = split(_records(rows, [], ["本页共2则，下期再见"]))
    assert _titles(arts) == ITEMS[:2]
    # a total that is not the pieces' count, or a count with no total's word, confirms nothing
    assert len(split(_records(rows, [], ["本页共3则，下期再见"]))) == 1
    assert not _stated("", ITEMS[:2], 2, ["2则启事"])


CONTENTS = ["巷口豆花车的三十年", "修伞师傅的小摊子", "老街雨棚要翻新了"]
PROSE = [
    "清晨的菜市场还没完全醒来，摊主们已经把新鲜的青菜一捆一捆码得整整齐齐。",
    "附近的老住户说，这条街从他们小时候起就是这个样子，只是招牌换了好几次。",
    "街道办打算明年把雨棚统一翻新，摊位的位置和租金都会保持不变，请大家放心。",
]


def _digest(items: list[str], heads: list[str], label: str = "目　录") -> list[str]:
    out = ["南岸邻里 第七期", label, *items]
    for n, head in enumerate(heads):
        out += [head, PROSE[n], PROSE[(n + 1) % 3]]
    return out


def test_contents_item_titles_drop_marks_and_page_numbers() -> None:
    assert _item_title("1. 巷口豆花车的三十年 ……… 3") == "巷口豆花车的三十年"
    assert _item_title("◆修伞师傅的小摊子") == "修伞师傅的小摊子"
    assert _item_title("（3）老街雨棚要翻新了") == "老街雨棚要翻新了"


def test_contents_block_titles_cut_the_page() -> None:
    items = [f"{n + 1}. {t} ······ {2 * n + 1}" for n, t in enumerate(CONTENTS)]
    arts = split(_digest(items, CONTENTS))
    assert _titles(arts) == CONTENTS
    assert all(a.text.split("\n")[0] == t for a, t in zip(arts, CONTENTS, strict=True))
    ev = _flags(_digest(items, CONTENTS))
    assert ev[0]["shape"] == "contents" and ev[0]["rows"] == [6, 9, 12]


def test_two_listed_pieces_split() -> None:
    arts = split(_digest([f"◆{t}" for t in CONTENTS[:2]], CONTENTS[:2], "本期导读"))
    assert _titles(arts) == CONTENTS[:2]


def test_report_contents_with_numbered_chapters_stays_one() -> None:
    chapters = ["一、项目建设背景", "二、项目实施方案", "三、资金保障措施"]
    assert len(split(_digest(chapters, chapters))) == 1


def test_contents_out_of_order_or_without_prose_lists_no_pieces() -> None:
    strip = _digest(CONTENTS, [CONTENTS[1], CONTENTS[0], CONTENTS[2]])
    filled = [i for i, s in enumerate(strip) if s]
    assert listed_run(strip, filled, _Tests(None)).verdict == "none"
    links = ["关于本站的说明", "联系编辑部门", "投稿须知细则"]
    page = ["南岸邻里", "导航", *links, PROSE[0], PROSE[1], PROSE[2], "页脚", *links]
    assert len(split(page)) == 1


def test_kicker_over_a_comma_headline_under_a_closing_row() -> None:
    strip = [
        "CLUB CORNER",
        "Meet Otto, who has mended ninety old bicycles",
        "Nobody at the depot thought the old shed would fill up so fast. It did.",
    ]
    assert _closing_title(strip, [0, 1, 2], _Tests(None)) == 1
    # a shorter caption-like line under a long headline: the headline stays the title
    strip2 = [
        "The harbour wall, rebuilt after the long winter storms",
        "Photos from the day, taken by the youngest volunteers",
        "Nobody at the depot thought the old shed would fill up so fast. It did.",
    ]
    assert len(strip2[1]) < len(strip2[0])
    assert _closing_title(strip2, [0, 1, 2], _Tests(None)) == 0


def test_shape_run_code_rows_record_their_evidence() -> None:
    rows = [f"▛ 寄存单号：QX-03{d}-0{n + 1} ▜" for n, d in enumerate(("10", "12", "17"))]
    run = shape_run(_records(rows, [LEAD]))
    assert run.verdict == "split" and [k[2] for k in run.keyed] == ITEMS[:3]


def test_listed_pieces_keep_their_closing_rows_and_column_labels_apart() -> None:
    sources = ["（东街站供稿）", "（西街站供稿）", "（北街站供稿）"]
    lines = ["南岸邻里 第八期", "本期导读", *(f"◆{t}" for t in CONTENTS)]
    for n, title in enumerate(CONTENTS):
        if n == 1:
            lines.append("【一线】")
        lines += [title, PROSE[n], PROSE[(n + 1) % 3], sources[n]]
    ed = Editor("p", "\n".join(lines) + "\n")
    arts = SplitStage()(ed)
    assert _titles(arts) == CONTENTS
    first = arts[0].text.split("\n")
    assert "【一线】" not in first and sources[0] not in first  # neither is the text
    assert arts[1].text.split("\n")[0] == CONTENTS[1]
    footers = [c for c in ed.changes if c.rule == "split.meta_footer"]
    assert len(footers) == 3
    ev = json.loads(next(c.ref for c in ed.changes if c.rule == "split.shape_run") or "{}")
    assert ev["shape"] == "contents" and len(ev["closers"]) == 3


def test_a_bracketed_line_closing_a_piece_is_no_label_of_the_next() -> None:
    # a label-like line right over a title, but the closing mode took it as the closer of
    # the piece above: it stays that piece's closing row, not the next piece's header
    lines = ["南岸邻里 第八期", "本期导读", *(f"◆{t}" for t in CONTENTS)]
    for n, title in enumerate(CONTENTS):
        lines += [title, PROSE[n], PROSE[(n + 1) % 3], f"【{'东西北'[n]}街站供稿】"]
    ed = Editor("p", "\n".join(lines) + "\n")
    arts = SplitStage()(ed)
    assert _titles(arts) == CONTENTS
    assert len([c for c in ed.changes if c.rule == "split.meta_footer"]) == 3


def _partial(cut: int) -> list[str]:
    """A digest of four pieces, each closed by a source row, whose contents list lacks
    item ``cut`` (the site's repeat pass took it away)."""
    titles = [*CONTENTS, "河堤步道新添了路灯"]
    sources = ["（东街站供稿）", "（西街站供稿）", "（北街站供稿）", "（南街站供稿）"]
    lines = ["南岸邻里 第九期", "本期导读", *(f"◆{t}" for n, t in enumerate(titles) if n != cut)]
    for n, title in enumerate(titles):
        lines += [title, PROSE[n % 3], PROSE[(n + 1) % 3], sources[n]]
    return lines


def test_a_contents_list_missing_the_first_piece_keeps_its_title() -> None:
    # prose between the contents and the first listed title: a piece the list does not
    # name; its title must stay a title (it was cut off as the page's prefix)
    ed = Editor("p", "\n".join(_partial(0)) + "\n")
    arts = SplitStage()(ed)
    assert _titles(arts) == [*CONTENTS, "河堤步道新添了路灯"]
    assert not any("巷口豆花车" in c.before for c in ed.changes if c.action == "delete")
    assert listed_run(_partial(0), list(range(len(_partial(0)))), _Tests(None)).verdict != "split"


def test_closing_rows_for_more_pieces_than_listed_win() -> None:
    # the last piece is not in the list: the four closing rows say where the pieces end
    arts = split(_partial(3))
    assert _titles(arts) == [*CONTENTS, "河堤步道新添了路灯"]
    assert arts[2].text.split("\n")[-1] == PROSE[0]  # no piece swallowed the next
