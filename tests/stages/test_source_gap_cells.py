"""A source value ends at its wide gap only when the cell after the gap is no name (an
item or page number, a date, the next labelled cell); a second body's name after the gap
is a co-issuer and stays in the source (invented rows)."""

from __future__ import annotations

import pytest

from cleaner.stages.split_meta import MetaParser

META = MetaParser()


@pytest.mark.parametrize(
    ("row", "origin"),
    [
        ("来源：某县农业农村局　某县林业局", "某县农业农村局　某县林业局"),
        ("信息来源：某省卫生健康委员会　某省医疗保障局", "某省卫生健康委员会　某省医疗保障局"),
        ("来源：共青团某市委　某市妇联　某市总工会", "共青团某市委　某市妇联　某市总工会"),
    ],
)
def test_co_issuers_after_the_gap_stay(row: str, origin: str) -> None:
    got = META.shaped_row(row, near_title=True)
    assert got is not None and got.get("origin") == origin, got


@pytest.mark.parametrize(
    ("row", "origin"),
    [
        ("来源：某晚报　　2020年7月9日　第6版", "某晚报"),
        ("出处：某区期中试卷　第15题", "某区期中试卷"),
        ("来源：某县融媒体中心　编辑：张某", "某县融媒体中心"),
    ],
)
def test_item_date_or_label_after_the_gap_ends_the_source(row: str, origin: str) -> None:
    got = META.shaped_row(row, near_title=True)
    assert got is not None and got.get("origin") == origin, got
