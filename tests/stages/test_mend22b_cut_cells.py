"""review22a N1/N2: a word cut by a page mark in a line of gap-parted words (a keyword
line, a flowed list, verse, justified prose) is joined again; only a line the table shows
to be a row (a row of as many cells above it, or the next row under the mark with its
digits in the same cells) keeps its end, and the mark between the rows goes."""

from __future__ import annotations

import pytest

from cleaner.config import PipelineConfig
from cleaner.model import RawInput
from cleaner.pipeline import Pipeline

G = "\u3000\u3000"
INTRO = "现将本季度各项工作的进展情况通报如下，请各部门对照检查，抓紧推进，确保按期完成。"
OUTRO = "请各部门认真做好下一阶段的工作。\n特此通报。\n\n某某县某某办公室\n2023年9月1日"


def _page(*lines: str, mark: str = "- 2 -") -> str:
    body = "\n".join(lines).replace("<PB>", f"\n{mark}\n")
    return f"关于第三季度工作进展情况的通报\n\n{INTRO}\n{body}\n{OUTRO}\n"


def _text(page: str) -> str:
    res = Pipeline(PipelineConfig()).process(RawInput("p.txt", page.encode()), 0)
    return res.articles[0].text


# (lines around a page break, the joined line the output must hold)
CUTS = {
    "keywords_bars": (
        ["主题词：乡村振兴｜产业融合｜数字治理｜农文<PB>旅融合｜人才回流"],
        "主题词：乡村振兴｜产业融合｜数字治理｜农文旅融合｜人才回流",
    ),
    "place_list": (
        [f"青石镇{G}白沙乡{G}北岭街道{G}东湖农场{G}西坡经济<PB>开发区{G}南湾渔港"],
        f"青石镇{G}白沙乡{G}北岭街道{G}东湖农场{G}西坡经济开发区{G}南湾渔港",
    ),
    "units_trad": (
        [
            f"東湖區圖書館{G}北嶺鎮文化站{G}白沙鄉綜合文化服務中心{G}南灣社區服務<PB>中心{G}西坡村農家書屋"
        ],
        f"東湖區圖書館{G}北嶺鎮文化站{G}白沙鄉綜合文化服務中心{G}南灣社區服務中心{G}西坡村農家書屋",
    ),
    "same_count_flow": (
        [
            f"北岭乡中心卫生院{G}南湾镇敬老院{G}西坡村老年活动<PB>中心{G}东塘社区食堂{G}白沙街道日间照料站"
        ],
        f"北岭乡中心卫生院{G}南湾镇敬老院{G}西坡村老年活动中心{G}东塘社区食堂{G}白沙街道日间照料站",
    ),
    "justified_spaces": (
        ["合作社今年共收购   当地农户的   优质脐橙   和部分<PB>柚子   总量创历年新高。"],
        "合作社今年共收购   当地农户的   优质脐橙   和部分柚子   总量创历年新高。",
    ),
    "tabs_keywords": (
        ["标签：\t城市记忆\t老街巷\t非遗传承\t手工技<PB>艺\t口述历史"],
        "标签：\t城市记忆\t老街巷\t非遗传承\t手工技艺\t口述历史",
    ),
}


@pytest.mark.parametrize("kind", sorted(CUTS))
def test_a_word_cut_by_a_page_mark_joins(kind: str) -> None:
    lines, joined = CUTS[kind]
    out = _text(_page(*lines)).split("\n")
    assert joined in out
    assert "- 2 -" not in out


def test_a_word_cut_by_a_form_feed_joins() -> None:
    lines, joined = CUTS["place_list"]
    assert joined in _text(_page(*lines, mark="\f")).split("\n")


# (rows around a page break, the two rows that must stay lines of their own)
TABLES = {
    "spec_no_header": (
        [f"重量{G}3.5千克{G}尺寸{G}40厘米<PB>电压{G}220伏{G}功率{G}800瓦"],
        [f"重量{G}3.5千克{G}尺寸{G}40厘米", f"电压{G}220伏{G}功率{G}800瓦"],
    ),
    "roster_total": (
        [
            f"1{G}北岭乡卫生院{G}12台{G}已到位",
            f"2{G}南湾镇卫生院{G}8台{G}待安装<PB>合计{G}20台{G}其中到位12台",
        ],
        [f"2{G}南湾镇卫生院{G}8台{G}待安装", f"合计{G}20台{G}其中到位12台"],
    ),
    "price_rows_header": (
        [
            f"品名{G}产地{G}单价{G}备注",
            f"脐橙{G}赣南{G}6元{G}新果<PB>蜜柚{G}平和{G}9元{G}特价",
        ],
        [f"脐橙{G}赣南{G}6元{G}新果", f"蜜柚{G}平和{G}9元{G}特价"],
    ),
    "serial_rows": (
        [f"1{G}07:10{G}08:05{G}工作日<PB>2{G}07:40{G}08:35{G}每日"],
        [f"1{G}07:10{G}08:05{G}工作日", f"2{G}07:40{G}08:35{G}每日"],
    ),
}


@pytest.mark.parametrize("kind", sorted(TABLES))
def test_a_table_row_keeps_its_end_and_the_mark_goes(kind: str) -> None:
    lines, rows = TABLES[kind]
    out = _text(_page(*lines)).split("\n")
    for row in rows:
        assert row in out
    assert "- 2 -" not in out
