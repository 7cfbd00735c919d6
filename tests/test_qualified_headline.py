"""An entry's <title> that qualifies its <h1> in brackets ('词条（某县的名胜）_某某百科')
names that h1 as the page's headline: the site-repeat pass keeps it where the site's
other pages list it as a link, so no learned tail starts at it and the loss budget does
not undo the page's cleaning.  Invented pages only."""

from __future__ import annotations

import json
from pathlib import Path

from cleaner.model import RawInput
from cleaner.reader_hints import page_headline

_NAMES = ["石门古渡", "青螺山", "柳溪茶园", "北塘古井", "云栖书院", "南湾石桥"]


def _entry(k: int) -> str:
    me = _NAMES[k]
    # every other entry lists the first one among its related entries
    related = _NAMES[1:4] if k == 0 else [_NAMES[0], *[n for n in _NAMES[1:] if n != me][:2]]
    paras = "".join(
        f"<p>{me}一带第{j}段的记述：当地保存着较多旧时遗迹，每年都有不少人前来寻访，"
        f"留下许多故事和传说{j}。</p>"
        for j in range(1, 3 if k == 0 else 6)
    )
    links = "".join(f"<li><a href='/a/{n}.html'>{n}</a></li>" for n in related)
    return (
        f"<html><head><title>{me}（某县的名胜）_某某百科</title></head><body>"
        "<div class='logo'>某某百科</div><div class='search'>进入词条　全站搜索</div>"
        f"<h1>{me}</h1><p>{me}，某县的一处名胜。</p>{paras}"
        "<h3>参考资料</h3><ol><li>[1] 某县志．2001年</li></ol>"
        "<div class='stat'>词条统计</div><div class='stat'>编辑次数：12次　历史版本</div>"
        f"<h4>相关词条</h4><ul>{links}</ul>"
        "<p>©2020 某某百科　使用前必读</p></body></html>"
    )


def test_an_entry_listed_by_the_others_keeps_its_cleaning(tmp_path: Path) -> None:
    from cleaner.runner import run

    src = tmp_path / "in"
    src.mkdir()
    for k in range(len(_NAMES)):
        (src / f"entry{k}.html").write_text(_entry(k), encoding="utf-8")
    run([src], tmp_path / "out")
    pages = [
        json.loads(x) for x in (tmp_path / "out" / "pages.jsonl").read_text("utf-8").splitlines()
    ]
    assert all("loss_budget" not in (p.get("flags") or []) for p in pages)
    arts = [
        json.loads(x) for x in (tmp_path / "out" / "articles.jsonl").read_text("utf-8").splitlines()
    ]
    first = next(a for a in arts if a["source"].endswith("entry0.html"))
    assert first["title"] == "石门古渡"
    assert "留下许多故事和传说2。" in first["text"]
    assert "编辑次数" not in first["text"]  # the site's foot, as on the other entries


def _raw(title: str, h1: str) -> RawInput:
    return RawInput("p.html", b"", container={"title": title, "html_h1": h1})


def test_an_h1_qualified_in_brackets_by_the_title_is_the_headline() -> None:
    assert page_headline(_raw("石门古渡（某县的渡口）_某某百科", "石门古渡")) == ("石门古渡",)
    assert page_headline(_raw("石门古渡 (ferry) - Wiki", "石门古渡")) == ("石门古渡",)


def test_a_bracket_going_on_into_words_or_a_logo_h1_is_no_headline() -> None:
    assert page_headline(_raw("石门古渡（上）修缮记_某某网", "石门古渡")) == ()
    assert page_headline(_raw("石门古渡（某县的渡口）_某某百科", "某某百科")) == ()
