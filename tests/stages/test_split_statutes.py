"""Statutes one after another on one page (a law database's compilation) are split where
the article numbering starts again under a new title; found by eye joining real statutes
of ../shared's lawrefbook folder into one page, which came out as one article under the
first title.  A single statute (chapters, dated revision lines, many articles) stays
whole; a '第一条' printed again with no title over it, or under a sentence, cuts
nothing.  Every word is invented; the last test reads ../shared and skips without it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cleaner.edits import Editor
from cleaner.stages.split import SplitStage

ARTS = [
    "为了规范渡口的管理，保障乘客和船工的安全，根据有关法律，结合本市实际，制定本条例。",
    "本条例适用于本市行政区域内渡口的设置、经营和管理，港务部门负责具体实施工作。",
    "渡船应当按照核定的人数载客，不得超载，遇有大雾、大风天气应当停航并公告。",
    "违反本条例规定的，由港务部门责令改正，可以处一千元以上五千元以下的罚款。",
]
NUMS = ["一", "二", "三", "四"]


def statute(title: str, n: int, *, chapters: bool = False, dated: bool = False) -> list[str]:
    out = [title, ""]
    if dated:
        out += ["2001年3月4日 某市人民代表大会常务委员会通过", "", "2015年6月7日 修正", ""]
    if chapters:
        out += ["第一章 总则", ""]
    out += [f"第{NUMS[k]}条 {ARTS[k]}" for k in range(n)]
    return [*out, ""]


def split(lines: list[str]):  # type: ignore[no-untyped-def]
    return SplitStage()(Editor("p", "\n".join(lines) + "\n"))


def test_statutes_one_after_another_are_split_at_their_titles() -> None:
    page = [
        *statute("雾港市渡口管理条例", 4, dated=True),
        *statute("雾港市渡船安全规定", 3, chapters=True),
        *statute("雾港市码头卫生办法", 3),
    ]
    d = split(page)
    assert [x.title for x in d] == [
        "雾港市渡口管理条例",
        "雾港市渡船安全规定",
        "雾港市码头卫生办法",
    ]
    assert "第四条" in d[0].text and "第四条" not in d[1].text
    assert "2015年6月7日 修正" in d[0].text


def test_one_statute_with_chapters_and_revisions_stays_whole() -> None:
    page = statute("雾港市渡口管理条例", 4, chapters=True, dated=True)
    page += ["第二章 附则", "", f"第五条 {ARTS[3]}"]
    assert len(split(page)) == 1


def test_a_first_article_again_without_a_title_cuts_nothing() -> None:
    page = statute("雾港市渡口管理条例", 3)
    page += [f"第一条 {ARTS[0]}", f"第二条 {ARTS[1]}"]  # a site printing it twice
    assert len(split(page)) == 1


def test_a_first_article_under_a_sentence_cuts_nothing() -> None:
    # an amending decision quotes the new article: the line over it is a sentence
    page = statute("雾港市渡口管理条例", 3)
    page += ["现将第一条修改为：", f"第一条 {ARTS[0]}", f"第二条 {ARTS[1]}"]
    assert len(split(page)) == 1


def test_real_statutes_joined_split_into_each(shared_corpora: Path) -> None:
    law = shared_corpora / "lawrefbook"
    files = sorted(p for p in law.rglob("*.md") if p.stat().st_size < 25_000)
    if len(files) < 3:
        pytest.skip("lawrefbook folder is not available")
    texts = [p.read_text("utf-8") for p in files[:3]]
    d = split("\n\n".join(texts).split("\n"))
    titles = [t.split("\n", 1)[0].lstrip("# ").strip() for t in texts]
    assert [x.title.lstrip("# ").strip() for x in d] == titles
    assert json.dumps([len(x.text) > 200 for x in d]) == json.dumps([True] * 3)


def test_a_line_that_shows_nothing_between_title_and_articles_is_blank() -> None:
    second = statute("雾港市渡船安全规定", 3)
    second.insert(1, "\u200b")  # a zero-width space left alone on a line
    d = split([*statute("雾港市渡口管理条例", 3), *second])
    assert [x.title for x in d] == ["雾港市渡口管理条例", "雾港市渡船安全规定"]
