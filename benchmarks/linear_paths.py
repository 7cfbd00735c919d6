"""How the paths issue 12's review named grow with the size of a page (prints figures;
not a test).

Each path gets a generated worst case at a few sizes (lines, rows or elements), and the
script prints the CPU seconds of one call and the ratio to the size before: a linear path
doubles its time when its input doubles (ratio ~2), a quadratic one quadruples it (~4).
The paths:

* ``own``: :func:`cleaner.stages.line_model.decide` on a page of short closing
  sentences, each a prompt (evidence) that may be the text's own sentence: every
  candidate asks ``own`` (a subject word shared with the page's prose);
* ``info_box``: ``decide`` on a page whose text closes with a long run of metadata rows
  (``索引号：…``, ``发文字号：…``): each row asks ``info_box`` (the run it stands in);
* ``closing_rows``: :func:`cleaner.stages.split_tail.closing_rows` asked of each piece
  of a compilation that closes every piece with a row of labelled cells
  (``own_template_row``, the template count);
* ``tiling``: :func:`cleaner.stages.split_tiling.close_articles` on a page of many
  pieces, each with a header edit and an edit inside;
* ``pull_quote``: :func:`cleaner.ingest.html_pull_quote.pull_quote` asked of every
  ``<aside>`` of one parent holding many asides between paragraphs;
* ``cut_chrome``: :func:`cleaner.stages.cut_chrome.lines_under_cuts` and
  ``lines_over_bars`` on a page cut by many tool bars.

Run it with the tree to measure first on the import path::

    PYTHONPATH=. python benchmarks/linear_paths.py [--sizes 2000,4000,8000] [--only own]
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable

__all__ = ["CASES", "main"]


def _page_own(n: int) -> list[str]:
    """A short article, then ``n`` closing sentences that each hold a prompt word."""
    body = [
        "某县图书馆冬季读书月活动",
        "这本小书记录了一个山区村落三十年里的变迁，作者在那里住了整整两个冬天。",
        "书里写得最好的是村里的集市，赶集的日子和讨价还价的规矩都写得很细。",
    ]
    han = "山河湖海松竹梅兰春夏秋冬东西南北"
    names = (han[i % 16] + han[i // 16 % 16] + han[i // 256 % 16] for i in range(n))
    tail = [f"更多{w}精彩内容请关注我们的公众号！" for w in names]
    return body + tail


def _page_box(n: int) -> list[str]:
    """A short article closing with a run of ``n`` metadata rows."""
    body = [
        "关于做好冬季读书月活动的通知",
        "各乡镇文化站：为丰富群众文化生活，现就冬季读书月活动有关事项通知如下。",
        "请各单位认真组织，按时报送活动总结。",
    ]
    labels = ("索引号", "发文字号", "成文日期", "发布机构", "主题分类")
    rows = [f"{labels[i % 5]}：某县文化局{i}号" for i in range(n)]
    return [*body, "扫码关注我们，更多精彩内容请点击阅读原文", *rows]


def _decide(make: Callable[[int], list[str]]) -> Callable[[int], Callable[[], object]]:
    def prepare(n: int) -> Callable[[], object]:
        from cleaner.config import BoilerplateConfig
        from cleaner.stages.keep import keep_table
        from cleaner.stages.line_model import clear_caches, decide

        page = make(n)
        keep, config = keep_table(), BoilerplateConfig()

        def run() -> object:
            clear_caches()
            return decide(page, set(), keep, config)

        return run

    return prepare


def _closing_rows(n: int) -> Callable[[], object]:
    from cleaner.stages.split_meta import MetaParser
    from cleaner.stages.split_tail import closing_rows

    lines: list[str] = []
    pieces: list[list[int]] = []
    for i in range(n):
        top = len(lines)
        lines += [
            f"第{i}场活动",
            "本场活动共有三十多位读者参加，大家交流了各自的读书心得。",
            "活动结束后，馆方还为读者准备了小礼物。",
            "读者们纷纷表示，希望今后多举办这样的活动。",
            f"实施单位：某站{i}号　　现场监督：某公证处",
        ]
        pieces.append(list(range(top, len(lines))))
    reader = MetaParser()

    def run() -> object:
        return [closing_rows(lines, p, reader, headed=True) for p in pieces]

    return run


def _tiling(n: int) -> Callable[[], object]:
    from cleaner.edits import Edit, Editor
    from cleaner.stages.split_find import SplitFinder
    from cleaner.stages.split_tiling import close_articles

    piece = "第{}篇\n作者：某某\n正文第一句，写得很长很长。\n正文第二句。\n"
    text = ""
    drafts: list[tuple[int, int, str, dict[str, str], list[Edit]]] = []
    edits: list[Edit] = []
    for i in range(n):
        p = piece.format(i)
        a = len(text)
        text += p
        row = a + p.index("作者")
        e = Edit(row, row + len("作者：某某\n"), "", "split.meta_header", "delete")
        edits.append(e)
        drafts.append((a, a + len(p), f"第{i}篇", {}, [e]))
    stage = SplitFinder()

    def run() -> object:
        editor = Editor("p", text)
        return close_articles(
            stage,
            editor,
            text,
            edits=list(edits),
            asked_edits=[],
            drafts=[(a, b, t, dict(m), list(x)) for a, b, t, m, x in drafts],
            title_flags=[],
            hints=None,
            annex=[],
            records=set(),
        )

    return run


def _pull_quote(n: int) -> Callable[[], object]:
    from bs4 import BeautifulSoup

    from cleaner.ingest.html_pull_quote import pull_quote

    parts = []
    for i in range(n):
        parts.append(f"<p>Paragraph {i} tells the story of the village market in winter.</p>")
        parts.append(f"<aside><span>“Quote number {i} says something new entirely.”</span></aside>")
    parts.append("<p>The last paragraph closes the story.</p>")
    soup = BeautifulSoup("<div>" + "".join(parts) + "</div>", "lxml")
    asides = soup.find_all("aside")

    def run() -> object:
        return [pull_quote(a) for a in asides]

    return run


def _cut_chrome(n: int) -> Callable[[], object]:
    from cleaner.stages.cut_chrome import lines_over_bars, lines_under_cuts

    text, drops = "", []
    for i in range(n):
        text += f"正文第{i}段。\n"
        s = len(text)
        text += "【打印】\n"
        drops.append((s, s + 4, "extract.controls"))

    def run() -> object:
        return lines_under_cuts(text, drops), lines_over_bars(text, drops)

    return run


CASES: dict[str, Callable[[int], Callable[[], object]]] = {
    "own": _decide(_page_own),
    "info_box": _decide(_page_box),
    "closing_rows": _closing_rows,
    "tiling": _tiling,
    "pull_quote": _pull_quote,
    "cut_chrome": _cut_chrome,
}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", default="2000,4000,8000")
    ap.add_argument("--only", default="")
    args = ap.parse_args()
    sizes = [int(x) for x in args.sizes.split(",")]
    for name, prepare in CASES.items():
        if args.only and name not in args.only.split(","):
            continue
        prev = None
        for n in sizes:
            run = prepare(n)
            t = time.process_time()
            run()
            dt = time.process_time() - t
            ratio = f"{dt / prev:5.1f}" if prev else "    -"
            print(f"{name:13s} n={n:6d} {dt:8.3f} s  x{ratio}", flush=True)
            prev = dt


if __name__ == "__main__":
    main()
