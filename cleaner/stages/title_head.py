"""A piece's title when the line taken for it is dressed: two first-sight title losses.

On a site the rules have never seen, the split stage takes the first title-like line of a
piece.  Two shapes of that line recur across sites and put a line that is no title in
its place while the true title stands right under it (``benchmarks/title_loss_audit.py``):

- **a dressed copy** (:func:`bare_copy`): the line is the title plus an app's or site's
  bracketed tag (``【某藏】标题``, ``标题【某网】``, ``[Saved] Title``) or a site suffix after
  a separator (``标题 - 某网``), and the bare title stands again a few lines below; or the
  title joined (as a broken title) to such a copy or to the document number under it;
- **a kicker row** (:func:`kicker_title`): the line is a row of cells over the title, one
  of them a running number or a day (``No.07 ｜ 某栏``, ``Round 3 · Kick-off 2021-01-24
  15:00 · Away``, ``本周看点 · 2 ◢``), or labelled cells (``性质：某　｜　行业：某``), and the
  next line is a title.

Only the title changes: the text keeps every line (the stage that took the line decides
whether it is chrome).  :func:`retitle` applies both to a page's drafts: the split stage
calls it last, on the pieces it cut, and records each change as a flag.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import replace
from typing import Any

__all__ = ["bare_copy", "kicker_title", "retitle"]

#: the bare copy stands within this many filled lines of the piece's top
REACH = 8
#: a title (and a head row) is at most this long
TITLE_MAX = 80
# a tag in square-ish brackets (never round ones: '（节选）' is the writer's), holding a word
_TAG = re.compile(r"^[【\[［〔〖][^】\]］〕〗\d][^】\]］〕〗]{0,11}[】\]］〕〗]$")
# a site suffix behind a separator: ' - 某网', '_某网', ' | Site'
_SUFFIX = re.compile(r"^\s*(?:[-_|｜—–]{1,2})\s*\S[^。！？!?]{0,24}$")
# a document number row: an issuer's short name, the year in brackets, the number
_DOC_NUMBER = re.compile(r"^[^\s\d]{0,12}[〔［\[【]\d{4}[〕］\]】]\s*第?\d{1,5}\s*号$")
_SENTENCE_END = re.compile(r"[。！!；;，,]$")
_LABEL = re.compile(r"^[^：:\s]{1,8}\s*[：:]\s*\S")
_URL = re.compile(r"https?://|www\.", re.I)
# the cells of a row: a middle dot, a bar, wide spaces
_CELL_SEP = re.compile(r"\s*[·•|｜]\s*|\u3000+|\s{2,}")
_DECOR = re.compile(r"^[\s◢◣◤◥▶►■□●○◆◇★☆▌▍▎|｜]+|[\s◢◣◤◥▶►■□●○◆◇★☆▌▍▎|｜]+$")
# a running number with its word ('No.07', '第3期', 'Round 12', '#4', '07') or a day/time
_COUNTER = re.compile(
    r"^(?:(?:No|NO|Nr|Issue|Round|Vol|Part|Ep)\.?\s*|[#＃]\s*|第\s*)?\d{1,4}"
    r"\s*(?:期|号|號|轮|輪|回|场|場|站|话|話)?$"
)
_DAY = re.compile(r"\d{4}\s*[-/.年]\s*\d{1,2}|\b\d{1,2}:\d{2}\b")


def _title_like(line: str) -> bool:
    return (
        2 <= len(line) <= TITLE_MAX
        and not _SENTENCE_END.search(line)
        and not _URL.search(line)
        and not _LABEL.match(line)
    )


def bare_copy(title: str, lines: list[str]) -> str | None:
    """The bare title a few lines under a dressed copy ``title``, or None.

    >>> bare_copy("【某藏】一条河的名字", ["【某藏】一条河的名字", "来源：某号", "一条河的名字"])
    '一条河的名字'
    >>> bare_copy("一条河的名字【某某网】", ["一条河的名字", "正文。"])
    '一条河的名字'
    >>> bare_copy("A river's name - Some Site", ["A river's name", "Text."])
    "A river's name"
    >>> bare_copy("【某藏】一条河的名字一条河的名字", ["【某藏】一条河的名字", "一条河的名字"])
    '一条河的名字'
    >>> bare_copy("关于某事的通知某办〔2020〕7号", ["关于某事的通知", "某办〔2020〕7号", "正文。"])
    '关于某事的通知'
    >>> bare_copy("关于某事的通知第7号", ["关于某事的通知", "第7号"]) is None
    True
    >>> bare_copy("一条河的名字（节选）", ["一条河的名字", "正文。"]) is None  # the writer's
    True
    >>> bare_copy("【2021】一条河的名字", ["一条河的名字"]) is None  # no tag: a number
    True
    """
    title = title.strip()
    # the first REACH non-empty lines only, each stripped once (issue 15: a draft's text
    # was stripped whole, twice a line, for the eight lines read)
    filled = list(itertools.islice((s for x in lines if (s := x.strip())), REACH))
    for a, b in itertools.pairwise(filled):
        if title == a + b and bare_copy(a, lines) == b:  # the copy joined as a broken title
            return b
        if title == a + b and _DOC_NUMBER.match(b) and _title_like(a):
            return a  # the document number under the title joined as a broken title
    if len(title) > TITLE_MAX + 16:
        return None
    for line in filled:
        if line == title or len(line) < 4 or not _title_like(line) or line not in title:
            continue
        pre, _, post = title.partition(line)
        pre, post = pre.strip(), post.strip()
        if pre and post:
            continue
        if (pre and _TAG.match(pre)) or (post and (_TAG.match(post) or _SUFFIX.match(post))):
            return line
    return None


def _cells(line: str) -> list[str]:
    return [c for x in _CELL_SEP.split(line) if (c := _DECOR.sub("", x))]


def _row(line: str) -> bool:
    """A row of cells over a title: 2+ cells, one a running number or a day, or 2+ labelled."""
    cells = _cells(line)
    if len(cells) < 2 or len(line) > TITLE_MAX or _SENTENCE_END.search(line.strip()):
        return False
    if sum(bool(_LABEL.match(c)) for c in cells) >= 2:
        return True
    return any(_COUNTER.match(c) or _DAY.search(c) for c in cells)


def kicker_title(title: str, lines: list[str]) -> str | None:
    """The title under a kicker row taken as ``title`` (the row at the piece's top, or
    the header the split cut the piece at, a title-like line right under it and more
    text under that), or None.

    >>> kicker_title("No.07 ｜ 装备", ["No.07 ｜ 装备", "头灯怎么选才不后悔", "正文说起。"])
    '头灯怎么选才不后悔'
    >>> kicker_title("Round 3 · 2021-01-24 15:00 · Away", ["Round 3 · 2021-01-24 15:00 · Away",
    ...     "A wet day at the river ground", "We lost the toss."])
    'A wet day at the river ground'
    >>> kicker_title("整租 · 某苑 两室", ["整租 · 某苑 两室", "月租：3000元", "正文。"]) is None
    True
    >>> kicker_title("本周看点 · 2 ◢", ["一门手艺的新生", "编导：某某", "正文。"])
    '一门手艺的新生'
    >>> kicker_title("No.07 ｜ 装备", ["No.07 ｜ 装备", "正文说起今年的装备。"]) is None
    True
    """
    title = title.strip()
    if not _row(title):
        return None  # most titles: the draft's lines are not read
    filled = [s for x in lines if (s := x.strip())]
    at = filled.index(title) if title in filled[:3] else -1
    if at + 2 >= len(filled):
        return None
    nxt = filled[at + 1]
    if len(nxt) < 4 or not _title_like(nxt) or _row(nxt):
        return None
    return nxt


def retitle(drafts: list[Any], log: list[tuple[str, str, str]] | None = None) -> list[Any]:
    """The drafts with a dressed copy or a kicker row as title replaced by the title
    standing under it (text unchanged); each change goes to ``log`` as (rule, the line
    taken, the title) for the ledger."""
    out = []
    for d in drafts:
        lines = d.text.split("\n")
        new, rule = (bare_copy(d.title, lines), "dressed_copy") if d.title else (None, "")
        if d.title and not new:
            new, rule = kicker_title(d.title, lines), "kicker_row"
        if new and log is not None:
            log.append((rule, d.title, new))
        out.append(replace(d, title=new) if new else d)
    return out
