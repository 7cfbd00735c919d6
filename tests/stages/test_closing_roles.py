"""A bracketed credit row closing each piece that credits its maker under a role no
table names (``采价``, ``测报``, ``绘图``), beside a checker (``复核``, ``审定``) or with the
maker's desk before the name: the maker is the piece's author (split_foot._maker).  A
cast list (roles alone over names), a checker alone, or a unit's credit word gives no
author.  Every name and page is invented."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cleaner.stages.split_foot import foot_row
from cleaner.stages.split_meta import MetaParser

FIELD_OF = MetaParser().field_of


@pytest.mark.parametrize(
    ("row", "author"),
    [
        ("（采价：信息统计科　林晓燕）", "林晓燕"),  # a desk before the name
        ("（绘图：规划设计室　陈思远）", "陈思远"),
        ("〔测报 王建平 ／ 复核 赵丽君〕", "王建平"),  # beside a checker, no colon
        ("（观测：钱一鸣　审定：孙立）", "钱一鸣"),
        ("〈采写 孙小川 ／ 签批 周敏〉", "孙小川"),
    ],
)
def test_the_maker_of_a_closing_credit_row_is_the_author(row: str, author: str) -> None:
    assert (foot_row(row, FIELD_OF, closing=True) or {}).get("author") == author


@pytest.mark.parametrize(
    "row",
    [
        "（主演：张三丰　导演：李四海）",  # two makers: a cast list, the text's own line
        "（主演：张三丰）",  # one role over a name alone: nothing says it is a credit row
        "（复核：赵丽君）",  # a checker alone
        "（复核：赵丽君　签发：周敏）",  # checkers only
    ],
)
def test_no_author_from_roles_that_do_not_make_the_piece(row: str) -> None:
    assert "author" not in (foot_row(row, FIELD_OF, closing=True) or {})


def test_a_unit_credit_word_keeps_its_unit_and_names_no_author() -> None:
    got = foot_row("（供稿：信息统计科　林晓燕）", FIELD_OF, closing=True) or {}
    assert got.get("author") != "林晓燕"


def test_the_frames_and_roles_are_read_only_as_a_closing_row() -> None:
    assert foot_row("〔测报 王建平 ／ 复核 赵丽君〕", FIELD_OF) is None


def test_each_piece_of_a_compilation_gets_its_own_maker(tmp_path: Path) -> None:
    from cleaner.runner import run

    body = "本周{0}到货量较上周增加约一成，批发均价小幅下降，预计下周仍将保持平稳。\n"
    body += "多数经营户表示，近期气温回升，{0}陆续上市，运输成本随之减少，供应充足。\n"
    pieces = [("叶菜类到货增加，价格小幅回落", "叶菜", "（采价：信息统计科　林晓燕）")]
    pieces.append(("猪肉价格企稳，牛羊肉略有上涨", "猪肉", "（采价：信息统计科　周国强）"))
    pieces.append(("水果类交易活跃，柑橘价格走低", "柑橘", "（采价：市场监测股　吴海燕）"))
    text = "溪山县农产品价格周报\n2022年第12期　溪山县农业农村局编\n\n"
    for n, (title, word, credit) in enumerate(pieces, start=1):
        text += f"【第{n}则】\n{title}\n{body.format(word)}{credit}\n\n"
    src = tmp_path / "in"
    src.mkdir()
    (src / "p.txt").write_text(text, encoding="utf-8")
    run([src], tmp_path / "out")
    rows = (tmp_path / "out" / "articles.jsonl").read_text("utf-8").splitlines()
    arts = [json.loads(x) for x in rows]
    assert [a["meta"].get("author") for a in arts] == ["林晓燕", "周国强", "吴海燕"]
    assert not any("采价" in a["text"] for a in arts)  # the rows left the text, recorded
    changes = (tmp_path / "out" / "changes.jsonl").read_text("utf-8")
    assert changes.count("采价") >= 3
