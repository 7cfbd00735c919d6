"""``cleaner/rules`` is data and its loader: no stage's machinery (review18 #10).

The keep table is built in :mod:`cleaner.stages.keep`; a user rule's required strings (a
cheap test before its pattern) are read by the matcher that uses them.
"""

from __future__ import annotations

import ast
from pathlib import Path

import cleaner.rules
from cleaner.stages.boilerplate_match import _user_required
from cleaner.stages.keep import keep_table


def test_rules_imports_no_keep_table_nor_required_strings() -> None:
    tree = ast.parse(Path(cleaner.rules.__file__).read_text(encoding="utf-8"))
    imported = {n.module for n in ast.walk(tree) if isinstance(n, ast.ImportFrom) and n.module}
    assert "cleaner.stages.required_strings" not in imported
    assert "cleaner.stages.site_judge" not in imported
    assert not hasattr(cleaner.rules, "keep_table")
    assert keep_table() is keep_table()


def test_a_user_rules_required_strings_rule_lines_out() -> None:
    req = _user_required("^(?:推广|廣告)[:：].{0,30}$")
    assert req is not None
    assert req.may_match("推广：夏季特惠") and req.may_match("廣告：新品")
    assert not req.may_match("今天天气很好，我们去公园散步。")
    assert _user_required("^(a+)+(?P=") is None  # re cannot read it: no filter
