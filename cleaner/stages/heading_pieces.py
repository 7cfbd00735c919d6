"""A compilation's pieces under the page's own headings, reprinted: repeated lines inside
a piece that a declared heading opens (a helper of
:func:`~cleaner.stages.boilerplate_site.site_repeat`).

An HTML newsletter or digest marks each piece with a heading element (``<h3>``) over its
paragraphs, often closed by a credit row; read as text, the page parts its pieces by
those headings, not by blank lines (:mod:`~cleaner.stages.piece_blocks` reads those).
Issues of one newsletter reuse a sentence of a piece, or the same desk's credit row,
so the site profile sees them on several pages and learns them as chrome.  Chrome does
not stand like that: a site's furniture does not sit between a piece's heading and the
next piece's heading, under the piece's own sentences.  So:

* the page declares at least ``MIN_PIECES`` headings, each over at least one sentence of
  its own (a line the site does not repeat and no rule claimed); a heading with no
  sentence of its own ends the pieces (a list's label, '相关阅读'), or stands above them
  (the page's name over its masthead);
* inside a piece that the next piece's heading closes, a repeated line the site prints
  word for word, glued under a sentence of the piece, is the piece's text: one with
  weak signals (no cue word, no menu), or a full sentence with a cue word that stands
  in this piece alone (a template's per-piece prompt closes every piece alike);
* the row closing a piece (a labelled line, ``某某：某处``, right above the next piece's
  heading) is the piece's, and so is the last piece's row of the same label glued under
  its last sentence; the lines under the last piece's last sentence are otherwise the
  foot's, and stay chrome.

A line with menu separators never reads as a piece's text.  The caller flags what it
keeps (``boilerplate.site_repeat.piece``).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping

from cleaner.stages.piece_blocks import sentence
from cleaner.stages.piece_links import piece_closer
from cleaner.stages.site_judge import LearnedLine

#: A page of heading-led pieces holds at least this many pieces.
MIN_PIECES = 2
#: A row closing a piece: a short label, a colon, a value with no sentence in it.
_LABELLED_CLOSE = re.compile(
    r"^(?P<k>[^。！？!?.:：\s]{2,8})[:：][ \t\u3000]*[^。！？!?；;]{1,40}$"
)
#: Sentence ends a piece's text line may end with, for a close glued under it.
_TEXT_END = ("。", "！", "？", ".", "!", "?", "”", '"', "）", ")")


def heading_pieces(
    stripped: list[str],
    headings: Collection[str],
    hits: Mapping[int, LearnedLine],
    claimed: Collection[int],
) -> list[int]:
    """The repeated lines (``hits``) that stand inside a piece the page's declared
    ``headings`` open: the page's own text.

    >>> from cleaner.stages.site_judge import LearnedLine
    >>> def hit(*sig): return LearnedLine("k", "line", "line", 5, 60.0, ("k",), None, sig)
    >>> a = "园区今年新栽了三百多棵银杏树，沿着步道排成两行。"
    >>> b = "管理处请游客爱护树苗，不要攀折枝条或在树下生火。"
    >>> c = "附近的居民也自发组成了护绿小队，每周巡查一次。"
    >>> d = "报名表可到本处网站下载，也可以到服务台领取纸本。"
    >>> page = ["某园简讯", "银杏步道完工", a, b, "供稿：园林科"]
    >>> page += ["湖边新设观鸟台", c, d, "供稿：宣传科", "湖区说明", a, c, "供稿：宣传科"]
    >>> page += ["本刊免费赠阅，欢迎转发。"]
    >>> heads = ("银杏步道完工", "湖边新设观鸟台", "湖区说明")
    >>> hits = {7: hit("cue:download"), 8: hit("short"), 12: hit("short"), 13: hit("cue:share")}
    >>> heading_pieces(page, heads, hits, set())
    [7, 8, 12]
    >>> heading_pieces(page, ("某园简讯", *heads), hits, set())  # the page's own heading
    [7, 8, 12]

    A cue-word sentence closing every piece alike is the template's, not a piece's.

    >>> alike = page[:4] + [d] + page[5:9] + [d] + page[9:]
    >>> heading_pieces(alike, heads, {4: hit("cue:download"), 9: hit("cue:download")}, set())
    []

    One heading is no compilation; a menu bar stays chrome; the foot under the last
    piece's last sentence stays the foot's; a heading over no sentence of its own (a
    list's label) ends the pieces.

    >>> heading_pieces(page, heads[:1], {7: hit()}, set())
    []
    >>> heading_pieces(page, heads, {7: hit("menu")}, set())
    []
    >>> heading_pieces(page, heads, {13: hit("short")}, set())
    []
    >>> listed = page[:9] + ["相关阅读", "· 某园春季开放时间调整", "· 某园夏季开放时间"]
    >>> heading_pieces(listed, (*heads[:2], "相关阅读"), {3: hit(), 11: hit()}, set())
    [3]
    """
    wanted = set(headings)
    heads = [i for i, s in enumerate(stripped) if s and s in wanted]
    if len(heads) < MIN_PIECES:
        return []
    taken = set(hits) | set(claimed)
    # each piece: its heading, and the line under its end (the next heading)
    pieces: list[tuple[int, int]] = []
    for k, h in enumerate(heads):
        end = heads[k + 1] if k + 1 < len(heads) else len(stripped)
        if not any(j not in taken and sentence(stripped[j]) for j in range(h + 1, end)):
            if not pieces:
                continue  # the page's own heading over its masthead: no piece yet
            break  # a heading over no text of its own: the pieces end above it
        pieces.append((h, end))
    if len(pieces) < MIN_PIECES:
        return []
    closes = _closes(stripped, pieces)
    out: list[int] = []
    for n, (h, end) in enumerate(pieces):
        last = n == len(pieces) - 1
        own = [j for j in range(h + 1, end) if j not in taken and sentence(stripped[j])]
        stop = own[-1] if last else end  # the last piece ends at its last sentence
        for j in range(own[0] + 1, end):
            if j not in hits or j in claimed or "menu" in hits[j].signals:
                continue
            if j < stop and _text_line(stripped, j, hits, pieces):
                out.append(j)
            elif j == (stop + 1 if last else end - 1) and _close(stripped, j, closes):
                out.append(j)  # the row closing the piece, as the others close
    return out


def _text_line(
    stripped: list[str], j: int, hits: Mapping[int, LearnedLine], pieces: list[tuple[int, int]]
) -> bool:
    """Repeated line ``j`` reads as its piece's text: printed word for word, glued under
    a line of the piece; with a cue word, a full sentence that no other piece holds."""
    hit = hits[j]
    if hit.kind != "line" or not stripped[j - 1]:
        return False
    if piece_closer(stripped, j):
        return False  # the same link closing every piece ('收起 ▲'): the site's (piece_links)
    if not any(x.startswith("cue:") for x in hit.signals):
        return True
    if not sentence(stripped[j]):
        return False
    holders = {h for h, end in pieces for k in range(h + 1, end) if stripped[k] == stripped[j]}
    return len(holders) == 1


def _closes(stripped: list[str], pieces: list[tuple[int, int]]) -> set[str]:
    """The label of the rows right above each later piece's heading (a labelled line
    glued under a text line), when every piece that a next heading closes ends so with
    one label; else none."""
    labels: set[str] = set()
    for _, end in pieces[:-1]:
        m = _LABELLED_CLOSE.match(stripped[end - 1])
        if m is None or not stripped[end - 2].endswith(_TEXT_END):
            return set()
        labels.add(m["k"])
    return labels if len(labels) == 1 else set()


def _close(stripped: list[str], j: int, closes: set[str]) -> bool:
    """Line ``j`` is a row of the label closing the page's pieces, glued under a text line."""
    m = _LABELLED_CLOSE.match(stripped[j])
    return m is not None and m["k"] in closes and stripped[j - 1].endswith(_TEXT_END)
