"""A table's rows are never joined as a broken paragraph, even on a page the join reads
as paginated (a pager removed): held-out set yb's donation list had rows glued in pairs."""

from __future__ import annotations

import pytest

from cleaner.config import PipelineConfig
from cleaner.model import RawInput
from cleaner.pipeline import Pipeline
from cleaner.stages.cell_row_ends import table_row_end

ROWS = {
    "wide": [
        "序号　　单位　　金额（元）　　方式　　用途",
        "1　　青禾小学全体教师　　1,200.00　　现金　　助学",
        "2　　东湖区书法协会　　36,500.50　　银行转账　　扶老",
        "3　　某某物流有限公司　　18,000.00　　物资折价　　济困",
        "4　　某某烘焙坊　　9,900.00　　银行转账　　应急救灾",
        "合计　　　　65,600.50",
    ],
    "spaces": [
        "编号   品名   数量   产地",
        "01   冬小麦良种   1200公斤   北岭乡",
        "02   玉米良种   800公斤   南湾镇",
        "03   大豆良种   650公斤   西坡村",
        "04   高粱良种   300公斤   东塘村",
    ],
    "bars": [
        "场次｜影片｜影厅｜票价",
        "第1场｜山那边的灯｜二号厅｜四十元",
        "第2场｜河湾往事｜一号厅｜三十五元",
        "第3场｜晚霞里的考场｜三号厅｜四十元",
        "第4场｜向阳坡｜二号厅｜三十元",
    ],
}


@pytest.mark.parametrize("kind", sorted(ROWS))
def test_each_row_of_a_table_stays_a_line(kind: str) -> None:
    rows = ROWS[kind]
    text = "\n".join(
        [
            "某某会2024年第一季度公示",
            "",
            "现将本季度的情况公示如下，欢迎社会各界监督：",
            *rows,
            "以上情况如有疑问，请与本会办公室联系。",
            "",
            "共2页　首页　上一页　1　2　下一页　尾页",
        ]
    )
    res = Pipeline(PipelineConfig()).process(RawInput("p.txt", text.encode()), 0)
    out = res.articles[0].text.split("\n")
    for row in rows[1:]:
        assert row in out


def test_look_alike_a_cut_sentence_still_joins() -> None:
    assert not table_row_end("会议认为，下一步要　　在全市范围内", "推广　　这一做法")
    assert not table_row_end("一　　二　　三", "这是一个完整的句子，结束了。")
