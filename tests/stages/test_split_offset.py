"""Numbered piece headers that continue a series from an earlier page (issue 12,
:mod:`cleaner.stages.split_offset`): a compilation served in chunks numbers the pieces
of its second page 4, 5, 6, never 1.  The run must still prove the page compiles (a
count in the head equal to the run's length).  Look-alikes that stay one article:
numbers that skip, a document's steps 2 and 3 with no compilation cue, a head count
that does not match.  Every word is invented.
"""

from __future__ import annotations

from cleaner.stages.split_offset import offset_runs
from tests.stages.stage_runs import split

BODIES = [
    [
        "去年秋天我们在阳台上种了一排薄荷，起初长得很好，入冬以后叶子一片片发黄。",
        "后来换了透气的陶盆，又把浇水间隔拉长到五天，新芽才慢慢冒了出来。",
    ],
    [
        "小区门口的修车铺开了二十年，老师傅每天清早六点准时卷起卷帘门。",
        "他说补胎的手艺是跟父亲学的，工具箱里有一把扳手比他的年纪还大。",
    ],
    [
        "图书角的书原本只有三十几本，邻居们陆续捐来旧书，现在摆满了两个书架。",
        "每周六下午有志愿者来整理登记，孩子们也学着把借走的书按时送回来。",
    ],
]
TITLES = ["阳台上的薄荷又发芽了", "巷口修车铺的老师傅", "楼道里的共享图书角"]


def _page(heads: list[str], lead: str, tail: list[str] | None = None) -> list[str]:
    out = ["城南社区通讯　第九期（续）", lead, ""]
    for head, title, body in zip(heads, TITLES, BODIES, strict=False):
        out += [head, title, *body, ""]
    return [*out, *(tail or [])]


def _titled(ns: tuple[int, ...], lead: str) -> list[str]:
    """Header rows carrying their piece's title ('No.7　标题'), no title line below."""
    lines = _page([f"No.{n}　{t}" for n, t in zip(ns, TITLES, strict=False)], lead)
    return [ln for ln in lines if ln not in TITLES]


def _texts(arts: list) -> str:
    return "\n".join(a.text for a in arts)


def test_latin_code_lines_continuing_from_seven_split() -> None:
    heads = [f"ENTRY {n:02d} — {k}" for n, k in ((7, "园艺"), (8, "街坊"), (9, "阅读"))]
    arts = split(_page(heads, "本期刊登居民来稿3篇，文责自负。"))
    assert len(arts) == 3
    assert [a.title for a in arts] == TITLES  # the line under each kicker row
    for art, title, body in zip(arts, TITLES, BODIES, strict=True):
        # the title line stays the piece's first line; the code row goes
        assert art.text.split("\n") == [title, *body]


def test_bracketed_numbers_continuing_from_twelve_split() -> None:
    heads = [f"【{n}】" for n in (12, 13)]
    arts = split(_page(heads, "本期共收录来稿2篇。"))
    assert len(arts) == 2
    # a number alone on its line: the title is the line below
    assert [a.title for a in arts] == TITLES[:2]
    assert BODIES[1][1] in arts[1].text and BODIES[1][1] not in arts[0].text


def test_counted_word_headers_continuing_from_five_split() -> None:
    heads = [f"No.{n}　{k}" for n, k in ((5, "花草"), (6, "手艺"), (7, "书香"))]
    arts = split(_page(heads, "本期选登社区故事3则。"))
    assert len(arts) == 3


def test_rows_carrying_their_titles_continuing_from_seven_split() -> None:
    arts = split(_titled((7, 8, 9), "本期刊登3篇。"))
    assert [a.title for a in arts] == TITLES
    assert all(body[1] in art.text for art, body in zip(arts, BODIES, strict=True))


def test_offset_runs_need_consecutive_numbers_above_one() -> None:
    def page(ns: tuple[int, ...]) -> list[str]:
        return [x for n in ns for x in (f"ENTRY {n:02d} — 邻里", "正文一句。")]

    assert [c.number for c in offset_runs(page((4, 5, 6)))[0]] == [1, 2, 3]
    assert offset_runs(page((4, 6))) == []  # a gap: no run
    assert offset_runs(page((5, 4))) == []  # falls back: no run
    assert offset_runs(page((1, 2))) == []  # from 1: numbered_runs' own
    assert offset_runs(["ENTRY 04 — 邻里", "ENTRY 05 — 邻里", "正文。"]) == []  # a list


def test_lookalikes_stay_one_article_and_lose_nothing() -> None:
    lines = _titled((4, 6, 7), "本期刊登3篇。")
    assert len(split(lines)) == 1  # numbers that skip
    # a document's steps 2 and 3, no count in the head: one article
    steps = ["操作说明（续）", "", "2. 打开阀门", *BODIES[0], "", "3. 关闭电源", *BODIES[1]]
    arts = split(steps)
    assert len(arts) == 1 and all(b in _texts(arts) for b in BODIES[0] + BODIES[1])
    # a head count that does not match the run's length: one article
    arts = split(_titled((7, 8, 9), "本期刊登居民来稿5篇。"))
    assert len(arts) == 1 and all(b in _texts(arts) for body in BODIES for b in body)
