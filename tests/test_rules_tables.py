"""``load_table`` parses each table once per process (issue 15) and still gives what a
fresh parse gives (with its word lists and patterns widened to traditional forms, as
``han_forms.widen_table`` does, unless the table is read as written): an equal table, a
new object every call (a caller's change to its copy reaches no other caller), and an
edited table read afresh."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

import cleaner.rules as rules
from cleaner.rules import _AS_WRITTEN, RULES_DIR, load_table
from cleaner.rules.han_forms import widen_table


@pytest.mark.parametrize("path", sorted(RULES_DIR.glob("*.toml")), ids=lambda p: p.stem)
def test_every_table_as_parsed(path: Path) -> None:
    fresh = tomllib.loads(path.read_text(encoding="utf-8"))
    if path.stem not in _AS_WRITTEN:
        fresh = widen_table(fresh)
    first = load_table(path.stem)
    assert first == fresh and list(first) == list(fresh)  # same keys, same order
    assert load_table(path.stem) == fresh  # from the memo


def test_each_call_its_own_copy() -> None:
    one = load_table("headers")
    one.clear()
    two = load_table("headers")
    assert two and two is not one
    key = next(iter(two))
    two[key] = "changed by a caller"
    assert load_table("headers")[key] != "changed by a caller"


def test_a_nested_change_reaches_no_later_load() -> None:
    """A deep copy: a change inside a nested list or dict of one caller's table (which a
    shallow copy of a cached table would share) reaches no later load."""
    one = load_table("headers")
    rows = one["article_header"]
    first = dict(rows[0])
    rows[0]["regex"] = "changed by a caller"  # a dict inside a list
    rows.append({"name": "invented"})  # the list itself
    two = load_table("headers")
    assert two["article_header"][0] == first
    assert all(r.get("name") != "invented" for r in two["article_header"])


def test_an_edited_table_is_read_afresh(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(rules, "RULES_DIR", tmp_path)
    table = tmp_path / "invented.toml"
    table.write_text('word = "甲"\n', encoding="utf-8")
    assert load_table("invented") == {"word": "甲"}
    table.write_text('word = "乙"\n', encoding="utf-8")
    assert load_table("invented") == {"word": "乙"}
