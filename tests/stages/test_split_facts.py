"""The split stage's shared line facts (split_facts) and the per-page flags built on them
answer exactly what the per-line tests they replace answer."""

from __future__ import annotations

import re

from cleaner.stages.split_above import TITLE_MAX_CHARS, _title_line, title_lines
from cleaner.stages.split_facts import sentence_ends
from cleaner.stages.split_masthead import _may_declare, _may_head, head_lines
from cleaner.stages.split_page import PageLines

# invented lines: titles, rows, prose, rules, Latin, marks at either end, blanks
LINES = [
    "某县关于整修河堤的通知",
    "",
    "编号：甲-7　　日期：2021-03-09",
    "  本站今日发布了新的观测记录，请各单位查收。  ",
    "══════════",
    "===== 注 =====",
    "Wait? Yes!",
    "分号；在中间",
    "英文分号;在中间",
    "逗号，在中间",
    "Comma, in Latin",
    "标题|带竖线",
    "标题　全角空格",
    "标题  两个空格",
    "题",
    "甲" * TITLE_MAX_CHARS,
    "甲" * (TITLE_MAX_CHARS + 1),
    "乙" * 201,
    "—" * 8,
    "Plain words only",
    "惊叹！",
    "\t制表\t",
]


def test_sentence_ends_match_the_class_regex() -> None:
    rx = re.compile(r"[。！？!?；;]")
    page = PageLines(LINES)
    assert sentence_ends(page) == [rx.search(s.strip()) is not None for s in LINES]
    assert sentence_ends(page) is sentence_ends(page)  # once a page
    assert sentence_ends(list(LINES)) == sentence_ends(page)  # a plain list: same answer


def test_title_and_head_flags_match_the_line_tests() -> None:
    page = PageLines(LINES)
    assert title_lines(page) == [_title_line(s.strip()) for s in LINES]
    assert any(title_lines(page)) and not all(title_lines(page))
    assert head_lines(page) == [bool(s.strip()) and _may_head(s.strip()) for s in LINES]
    strip = [s.strip() for s in LINES]
    for i in range(len(LINES)):
        assert _may_declare(strip, i, head_lines(page)) == _may_declare(strip, i)
