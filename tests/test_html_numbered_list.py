"""A book's index page (title, blurb, a long list of chapter links) keeps its chapter
list (fallback ``numbered_list``), as one article; a numbered list beside a real article,
a pager, an unnumbered link list, a ranking box named as chrome and a list of unrelated
numbers stay out.  Every word is invented; the last test reads a real index page from
../shared and skips when it is absent."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cleaner.ingest.html import extract
from cleaner.ingest.html_listing import entry_number, numbered_run

NAMES = ["雾港", "铁桥", "灯塔", "盐田", "北坡", "竹篮", "铜铃", "旧渡口", "石磨", "风车"]
HEAD = (
    "<html><head><meta charset='utf-8'><title>雾港旧事_小书屋</title></head><body>"
    "<div class='nav'><ul><li><a href='/'>首页</a></li><li><a href='/a'>奇幻</a></li>"
    "<li><a href='/b'>乡土</a></li><li><a href='/c'>书库</a></li></ul></div>"
    "<div class='place'>当前位置：<a href='/'>小书屋</a> &gt; 雾港旧事</div>"
    "<div class='book'><h1>雾港旧事</h1>"
    "<div class='intro'>一个渡船少年，一座起雾的港口。</div></div>"
)
FOOT = "<div class='footer'><p>Copyright © 2021 小书屋</p></div></body></html>"


def chapters(n: int, fmt: str = "{i}.第{i}章 {name}") -> str:
    items = "".join(
        f"<li><a href='/book/{i}.html'>{fmt.format(i=i, name=NAMES[i % len(NAMES)])}</a></li>"
        for i in range(1, n + 1)
    )
    return f"<div class='mulu'><ul>{items}</ul></div>"


def test_a_book_index_keeps_its_chapter_list() -> None:
    e = extract(HEAD + chapters(40) + FOOT)
    lines = e.body.split("\n")
    assert e.fallback == "numbered_list"
    assert "1.第1章 铁桥" in lines and "40.第40章 雾港" in lines
    assert "一个渡船少年，一座起雾的港口。" in lines
    # the chrome around it stays out
    assert "首页" not in lines and not any("Copyright" in x for x in lines)


@pytest.mark.parametrize(
    "fmt",
    ["第{i}章 {name}", "Chapter {i}: The {name}", "{i}、{name}"],
    ids=["ordinal", "english", "leading"],
)
def test_other_numberings_of_a_chapter_list(fmt: str) -> None:
    e = extract(HEAD + chapters(25, fmt) + FOOT)
    assert e.fallback == "numbered_list"
    assert fmt.format(i=25, name=NAMES[25 % len(NAMES)]) in e.body.split("\n")


def test_a_bare_numbered_ranking_of_headlines_stays_out() -> None:
    # a top-twenty box of links beside a short item: bare numbers need a longer run
    box = chapters(20, "{i}. {name}今日新闻").replace("class='mulu'", "class='list'")
    e = extract(HEAD + box + FOOT)
    assert e.fallback is None
    assert "今日新闻" not in e.body


def test_a_chapter_list_beside_a_real_article_stays_out() -> None:
    prose = "".join(
        f"<p>港口的雾每天清晨升起，渡船少年第{i}次撑着竹篙靠岸，岸上的人们早已等候多时。</p>"
        for i in range(30)
    )
    e = extract(HEAD + f"<div class='content'>{prose}</div>" + chapters(40) + FOOT)
    assert e.fallback is None
    assert "第40章" not in e.body
    assert "渡船少年第29次撑着竹篙靠岸" in e.body


def test_a_pager_is_not_a_chapter_list() -> None:
    pager = "".join(f"<li><a href='/p/{i}'>{i}</a></li>" for i in range(1, 30))
    e = extract(HEAD + f"<div class='pages'><ul>{pager}</ul></div>" + FOOT)
    assert e.fallback is None
    assert "\n12\n" not in f"\n{e.body}\n"


def test_an_unnumbered_link_list_stays_out() -> None:
    links = "".join(f"<li><a href='/x/{i}'>{NAMES[i % 10]}的故事</a></li>" for i in range(30))
    e = extract(HEAD + f"<div class='list'><ul>{links}</ul></div>" + FOOT)
    assert e.fallback is None
    assert "的故事" not in e.body


def test_a_ranking_box_named_as_chrome_stays_out() -> None:
    box = chapters(20, "{i}. {name}热读榜").replace("class='mulu'", "class='rank'")
    e = extract(HEAD + box + FOOT)
    assert "热读榜" not in e.body


def test_a_list_of_unrelated_numbers_is_not_a_sequence() -> None:
    nums = [7, 93, 15, 402, 61, 8, 250, 33, 17, 880, 5, 71, 300, 44]
    items = "".join(
        f"<li><a href='/n/{n}'>{n}. {NAMES[k % 10]}</a></li>" for k, n in enumerate(nums)
    )
    e = extract(HEAD + f"<div class='list'><ul>{items}</ul></div>" + FOOT)
    assert e.fallback is None
    assert "880. " not in e.body


def test_entry_numbers() -> None:
    assert entry_number("12.第12章 铁桥") == 12
    assert entry_number("12第12章铁桥") == 12
    assert entry_number("第十二章 铁桥") == 12
    assert entry_number("第一百零三回 归港") == 103
    assert entry_number("Chapter 7 - The Bridge") == 7
    assert entry_number("12") is None  # a pager's bare number names nothing
    assert entry_number("2021年的雾") is None
    assert entry_number("铁桥的故事") is None


def test_numbered_run_allows_a_few_gaps_and_skips() -> None:
    nums: list[int | None] = list(range(1, 21))
    nums[5] = None  # a volume heading between chapters
    nums[12] = 40  # a site's misnumbered entry
    assert numbered_run([None, *nums, None]) == (1, 20)
    assert numbered_run(list(range(1, 9))) is None  # too short to be a book's contents
    assert numbered_run([None, 1, None, None, 2, None, None, 3] * 3) is None  # too sparse


def test_a_real_book_index_keeps_its_chapters(shared_corpora: Path, tmp_path: Path) -> None:
    from cleaner.ingest.records import ReadOptions
    from cleaner.runner import run

    data = shared_corpora / "webmainbench" / "data" / "WebMainBench_dataset_sample2.jsonl"
    if not data.exists():
        pytest.skip("webmainbench sample is not available")
    records = [json.loads(x) for x in data.read_text("utf-8").splitlines() if x]
    index = next(r for r in records if r["meta"].get("language") == "zh")
    truth = [x.removeprefix("- ").strip() for x in index["groundtruth_content"].split("\n")]
    truth = [x for x in truth if x and not x.startswith("#")]
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"html": index["html"], "url": index["url"]}) + "\n", "utf-8")
    run([src], tmp_path / "out", read_options=ReadOptions())
    arts = [
        json.loads(x) for x in (tmp_path / "out" / "articles.jsonl").read_text("utf-8").splitlines()
    ]
    assert len(arts) == 1  # a contents list is one page, not an article per chapter
    kept = set(arts[0]["text"].split("\n"))
    assert sum(x in kept for x in truth) >= 0.97 * len(truth)
