"""A byline row in a box beside the text's (over or under the headline, dropped by the
main-text choice) still gives the page's writer and day.  Invented pages only."""

from __future__ import annotations

import json
from pathlib import Path

from cleaner.ingest.html import extract

_BODY = (
    "<div class='post-text'>"
    "<p>周末去看了这部片子，前半段的节奏慢得出奇，几次想起身离场，最后还是坐到了片尾。</p>"
    "<p>后半段的三场对手戏写得扎实，两位演员之间的默契撑起了整个故事的情绪。</p>"
    "<p>配乐很少，大段的安静反而让人记住了雨声和车站的广播。</p>"
    "</div>"
)


def _page(head_row: str, *, above: bool) -> str:
    row = f"<div class='hd'>{head_row}</div>"
    h1 = "<h1>慢下来的车站</h1>"
    return (
        "<html><head><title>慢下来的车站_某某影评站</title></head><body>"
        "<div class='nav'><a href='/'>首页</a>　<a href='/r'>影评</a></div>"
        + (row + h1 if above else h1 + row)
        + _BODY
        + "<div class='foot'>某某影评站　联系我们</div></body></html>"
    )


def test_a_possessive_byline_over_the_headline_gives_writer_and_day() -> None:
    page = extract(_page("青柚子 的影评 · 2022-11-05 20:14", above=True))
    assert page.meta.get("author") == "青柚子"
    assert page.meta.get("published") == "2022-11-05"
    assert "青柚子" not in page.body  # the row stays where the extractor put it


def test_a_name_verb_work_byline_under_the_headline_gives_the_writer() -> None:
    row = "青柚子　评论　《慢车》　★★★☆☆　还行　2022-11-05 20:14"
    page = extract(_page(row, above=False))
    assert page.meta.get("author") == "青柚子"
    assert page.meta.get("published") == "2022-11-05"


def test_a_dated_row_without_a_writer_names_no_author() -> None:
    page = extract(_page("2022-11-05 20:14　阅读 3021", above=True))
    assert "author" not in page.meta


def test_an_organisation_before_the_verb_is_no_writer() -> None:
    row = "某某电影出版社　推荐　《慢车》　2022-11-05"
    page = extract(_page(row, above=False))
    assert "author" not in page.meta


def test_a_list_of_other_reviews_far_below_is_not_read() -> None:
    rows = "".join(f"<li>读者{n}号 的影评 · 2022-11-0{n} 10:00</li>" for n in range(1, 4))
    html = _page("", above=True).replace(
        "<div class='foot'>", "<p>片尾的字幕很长。</p>" * 6 + f"<ul>{rows}</ul><div class='foot'>"
    )
    assert "author" not in extract(html).meta


def test_the_side_byline_reaches_the_article_meta(tmp_path: Path) -> None:
    from cleaner.runner import run

    src = tmp_path / "in"
    src.mkdir()
    (src / "review.html").write_text(
        _page("青柚子 的影评 · 2022-11-05 20:14", above=True), encoding="utf-8"
    )
    run([src], tmp_path / "out")
    lines = (tmp_path / "out" / "articles.jsonl").read_text(encoding="utf-8").splitlines()
    arts = [json.loads(x) for x in lines]
    assert len(arts) == 1
    assert arts[0]["meta"].get("author") == "青柚子"
    assert arts[0]["meta"].get("published") == "2022-11-05"
    assert "三场对手戏" in arts[0]["text"]
