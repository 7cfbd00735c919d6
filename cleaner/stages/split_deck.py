"""A headline's kicker over an HTML page's ``<h1>`` (:mod:`cleaner.ingest.html_deck`).

The reader keeps a newspaper story's kicker (引题), headline and subtitle (副题) in page
order, so the kicker is the first line of the text; the headline, not the kicker, is the
story's title.  The ``<h1>`` the page declares says which line it is, unless the page's
``<title>`` names the line over it (``Headline | Site`` over an ``<h1>`` holding the site's
name: the line over the ``<h1>`` is the headline, the ``<h1>`` a banner).
"""

from __future__ import annotations

from collections.abc import Callable

#: A kicker is a short line: at most this many characters.
KICKER_MAX_CHARS = 80


def kicker_over_h1(body: list[str], lead: int, h1: str | None, title: str | None = None) -> bool:
    """Whether ``body[lead]`` is a short line right over the page's ``<h1>`` line, and the
    page's ``<title>`` (``title``) does not open with that line.

    >>> kicker_over_h1(["从城到乡", "新桥今天通车", "正文。"], 0, "新桥今天通车")
    True
    >>> kicker_over_h1(["新桥今天通车", "正文。"], 0, "新桥今天通车")
    False
    >>> kicker_over_h1(["从城到乡", "新桥今天通车"], 0, None)
    False
    >>> kicker_over_h1(["Bridge Reopens", "Town Crier", "Text."], 0, "Town Crier",
    ...                "Bridge Reopens | Town Crier")
    False
    """
    if not h1 or lead + 1 >= len(body):
        return False
    head, nxt = body[lead].strip(), body[lead + 1].strip()
    if title and title.strip().startswith(head):
        return False  # the <title> names the line over the <h1> as the headline
    return nxt == h1.strip() and head != nxt and 0 < len(head) <= KICKER_MAX_CHARS


def kicker_over_heading(
    body: list[str], lead: int, headings: tuple[str, ...], title: str | None
) -> bool:
    """Whether ``body[lead]`` is a short line (a column's kicker, '版本发布') over the
    line the page's ``<title>`` opens with when that line is one of the page's headings
    (an ``<h2>`` headline on a page without ``<h1>``): the heading is the title.  No
    heading or no ``<title>`` naming it: the page says nothing, the line stays the lead.

    >>> heads = ("某工具 2.0 发布：更快的构建", "新特性")
    >>> kicker_over_heading(["版本新闻", heads[0], "正文。"], 0, heads, heads[0] + " | 某博客")
    True
    >>> kicker_over_heading(["版本新闻", heads[0], "正文。"], 0, heads, "某博客")
    False
    >>> kicker_over_heading(["版本新闻", heads[0], "正文。"], 0, (), heads[0] + " | 某博客")
    False
    >>> kicker_over_heading([heads[0], "正文。"], 0, heads, heads[0] + " | 某博客")
    False
    """
    if not title or lead + 1 >= len(body):
        return False
    head, nxt = body[lead].strip(), body[lead + 1].strip()
    name = title.strip()
    if len(nxt) < 4 or head == nxt or nxt not in headings or name.startswith(head):
        return False
    rest = name[len(nxt) :]
    named = name.startswith(nxt) and (not rest or not rest[0].isalnum())
    return named and 0 < len(head) <= KICKER_MAX_CHARS


#: rows over a named <h1> (a card, a byline): at most this many, each at most this long
CARD_MAX_ROWS = 4
CARD_ROW_MAX_CHARS = 60


def h1_under_card(body: list[str], lead: int, h1: str | None, title: str | None) -> int | None:
    """The index of the page's ``<h1>`` line when the page's ``<title>`` opens with it
    and a few short rows stand over it (a card about the subject, the author's byline),
    none a sentence and none named by the ``<title>``: the ``<h1>`` is the headline, the
    rows are not.  None otherwise (no ``<title>`` naming the ``<h1>``, prose over it).

    >>> body = ["某山 (2019)", "海拔：1200米　位置：某县", "某君 的游记 · 2021-05-01"]
    >>> body += ["山顶的雾", "正文。"]
    >>> h1_under_card(body, 0, "山顶的雾", "山顶的雾（某山游记）- 某站")
    3
    >>> h1_under_card(body, 0, "山顶的雾", "某站")  # the <title> names no line
    >>> h1_under_card(["那天下了一整天的雨，我们没有出门。", "山顶的雾"], 0, "山顶的雾", "山顶的雾")
    """
    if not h1 or not title:
        return None
    head, name = h1.strip(), title.strip()
    if not head or not name.startswith(head):
        return None
    if body[lead].strip() == name:
        lead += 1  # the <title> copied over the text (dressed_title): no row of the card
    for k in range(lead, min(len(body), lead + CARD_MAX_ROWS + 1)):
        line = body[k].strip()
        if line == head:
            return k if k > lead else None
        if len(line) > CARD_ROW_MAX_CHARS or line[-1:] in "。！？.!?" or name.startswith(line):
            return None
    return None


def bylines_over_h1(
    body: list[str], title: str, h1: str | None, read: Callable[[str], dict[str, str] | None]
) -> list[tuple[int, dict[str, str]]]:
    """The rows over the ``<h1>`` chosen as the title (:func:`h1_under_card`) that ``read``
    reads as a byline naming its writer (``某某 的游记 · 2021-03-09``): ``(index in body,
    fields)``.  Rows that name no writer (the card's) stay in the text.

    >>> body = ["某山 (2019)", "某君 的游记 · 2021-05-01", "山顶的雾", "正文。"]
    >>> def read(s):
    ...     return {"author": "某君"} if "某君" in s else None
    >>> bylines_over_h1(body, "山顶的雾", "山顶的雾", read)
    [(1, {'author': '某君'})]
    >>> bylines_over_h1(body, "某山 (2019)", "山顶的雾", read)
    []
    """
    if not h1 or title != h1.strip():
        return []
    at = next((k for k, s in enumerate(body) if s.strip() == title), None)
    if at is None or at == 0 or at > CARD_MAX_ROWS + 1:
        return []
    out: list[tuple[int, dict[str, str]]] = []
    for k in range(at):
        fields = read(body[k].strip()) if len(body[k].strip()) <= CARD_ROW_MAX_CHARS else None
        if fields and fields.get("author"):
            out.append((k, fields))
    return out
