"""Who posted a forum thread or a Q&A page, as the page's own structure shows it.

A post's head prints the poster's name beside its stamp: on a line of its own over the
stamp (``某某`` / ``2020.03.11 10:51发布于某版``), as the first cell of the stamp row
(``某某 | 455 | 2024-01-03``, ``某某 · 1 月前 · 最后由 某乙 回复``), or inside it
(``由 某某发布于 2024-02-24``).  A name alone is no proof (a section's name stands over a
news page's date row too), so the page's structure must mark it as a user's: an element
whose class, id or attributes say ``user``, ``author``, ``nick``, ``member``, ``profile``
(:data:`cleaner.ingest.html_mentions._USER_MARK`), or a link to a profile's address
(``/u/…``, ``/user/…``, ``?uid=``).  :func:`user_names` collects those names;
:func:`poster` reads the one beside a stamp near the headline (the lines over it and
under it where a post's head stands: a list of comments, each with its poster, lies
further down and gives none).  magic-html's forum ground truth leaves the poster's row
out of the text; the name is the post's ``meta.author``.  Issue 12, real pages.
"""

from __future__ import annotations

import re
from typing import Any

from cleaner.ingest.html_dates import BYLINE_CLAUSE, BYLINE_LINES, BYLINE_MAX_CHARS
from cleaner.ingest.html_mentions import _USER_HREF, _USER_MARK

__all__ = ["poster", "user_names"]

#: A user's name is at most this long, and a page is read for this many of them.
NAME_MAX_CHARS = 24
MAX_ELEMENTS = 20000
#: Lines over the headline where a post's head may stand (a poster's row over its title).
OVER_LINES = 3
#: The headline's first lines of this many where the post's head is looked for (a
#: page's chrome may print the headline over a menu before the post's own head).
MAX_HEADS = 3
#: A Q&A page prints its tools (share, copy the link, report, the count of answers)
#: between the question's headline and the answerer's name: the name is looked for this
#: many lines under the headline, past lines of at most this many characters, none of
#: them prose (a clause mark), the name's stamp close under it (:data:`STAMP_REACH`).
FAR_LINES = 16
TOOL_CHARS = 24
_PROSE_MARK = re.compile(r"[，。；,;]")
#: A Q&A page's link to a trending topic among its tools, opened by a hashtag label
#: (``#热议# 某话题，真的吗？``): no prose of the page, however it is worded, up to this long.
_TOPIC_LINK = re.compile(r"^#[^#\s]{1,8}#\s*\S")
TOPIC_CHARS = 48
#: A stamp this many lines from the poster's name at most (its own line included).
STAMP_REACH = 3
#: A user element holding a row of cells or a stamp holds more than the name.
_ROW = re.compile(r"[|｜·•/／]")
#: A poster's card under the name: this many short lines at most, each this long.
CARD_LINES = 16
CARD_CELL_CHARS = 8
_NOT_NAME = re.compile(r"[。，、；！？!?,;：:\n《》\"“”]|^\d+$|^[\W_]+$")
#: A name of digits alone (an account number: ``1657811359``) is a user's only as the
#: text of a link to the user's profile, and this long at least (a count a user card
#: links to the profile, ``积分 230``, is shorter).
DIGIT_NAME_MIN = 6
_DIGITS = re.compile(r"^\d+$")
# a post's stamp: a date, a clock time, or a time ago ('3 天前', '1 月前', '刚刚')
_STAMP = re.compile(
    r"\d{4}\s*[-./年]\s*\d{1,2}\s*[-./月]\s*\d{1,2}|\d{2}-\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}"
    r"|\d{1,2}\s*月\s*\d{1,2}\s*日|(?<!\d)\d{1,2}:\d{2}(?!\d)"
    r"|\d+\s*(?:秒|分钟|小时|天|周|个月|月|年)前|刚刚|昨天|前天|\d+\s*(?:minutes?|hours?|days?|weeks?|months?|years?)\s+ago"
)
# the words a name may follow in its stamp row ('由 某某发布于 …', 'by someone')
_LEAD = re.compile(r"^(?:由|(?:(?:posted|written|published|shared)\s+)?by\s)\s*", re.I)
#: Elements no poster's name is: the reader's controls.
_CONTROLS = ["button", "input", "form", "select"]
#: The reader's own account box: logging in, signing up.
_ACCOUNT = re.compile(r"(?i)log_?in|sign_?(?:in|up)|regist|passport|logout")
#: What a name glued to its stamp is followed by ('某某发布于 …', '某某发表于 …').
_POSTED = ("发布", "发表", "發佈", "發表", "于", "於")


def _marks(tag: Any) -> str:
    """The class, id and attribute names of ``tag``, and its link."""
    marks = " ".join(tag.get_attribute_list("class") or []) + " " + str(tag.get("id") or "")
    return marks + " " + " ".join(tag.attrs) + " " + str(tag.get("href") or "")


def _marked(tag: Any) -> bool:
    """``tag`` is marked as a user's: its class, id or attribute names, or its link; not
    the reader's own account box (a button, a login or sign-up link: ``登录/注册``)."""
    # the tag's own marks first: the subtree tests under it run only on a marked tag (a
    # page nested 100,000 deep would walk its subtree once per element, quadratic)
    user = _USER_MARK.search(_marks(tag).rsplit(" ", 1)[0]) or (
        tag.name == "a" and _USER_HREF.search(str(tag.get("href") or ""))
    )
    if not user:
        return False
    if tag.name in _CONTROLS or tag.find(_CONTROLS) is not None:
        return False
    return not any(_ACCOUNT.search(_marks(t)) for t in (tag, *tag.find_all("a", limit=5)))


def user_names(root: Any) -> frozenset[str]:
    """The short texts of the elements marked as a user's (module doc).

    >>> from bs4 import BeautifulSoup
    >>> html = ('<div class="post-user"><span class="nick">林间鹿</span></div>'
    ...         '<a href="/u/42">小北</a><a href="/tag/茶">茶叶</a>'
    ...         '<div class="user-bio">这是一段很长的自我介绍，说了很多话。</div>')
    >>> sorted(user_names(BeautifulSoup(html, "html.parser")))
    ['小北', '林间鹿']

    A name of digits alone only as a profile link's text, and long enough:

    >>> html = ('<div class="authi"><a href="home.php?mod=space&uid=7">20318888</a></div>'
    ...         '<dl><dd><a href="home.php?mod=space&uid=7&do=profile">230</a></dd></dl>'
    ...         '<span class="user-id">40001234</span>')
    >>> sorted(user_names(BeautifulSoup(html, "html.parser")))
    ['20318888']
    """
    out: set[str] = set()
    for tag in root.find_all(True, limit=MAX_ELEMENTS):
        if not _marked(tag):
            continue
        text = _LEAD.sub("", " ".join(tag.get_text(" ").split()))
        if _DIGITS.match(text):  # an account number as the name: its profile link's text
            if DIGIT_NAME_MIN <= len(text) <= NAME_MAX_CHARS and _profile_link(tag):
                out.add(text)
            continue
        if (
            2 <= len(text) <= NAME_MAX_CHARS
            and not _NOT_NAME.search(text)
            and not _ROW.search(text)
            and not _STAMP.search(text)  # '发表于 6 天前': the stamp, no name
        ):
            out.add(text)
    return frozenset(out)


def _profile_link(tag: Any) -> bool:
    """``tag`` is a link to a user's profile (``/u/42``, ``?uid=42``), or holds only one."""
    links = [tag] if tag.name == "a" else tag.find_all("a", limit=2)
    return len(links) == 1 and bool(_USER_HREF.search(str(links[0].get("href") or "")))


def _named(line: str, names: frozenset[str]) -> str | None:
    """The user name ``line`` opens with, alone or as the first cell of its row (a
    separator, a space, a digit or a stamp after it), after a word of posting (``由``)."""
    s = _LEAD.sub("", line)
    for n in sorted((n for n in names if s.startswith(n)), key=len, reverse=True):
        rest = s[len(n) :]
        if not rest or rest[0].isdigit() or rest.startswith(_POSTED):
            return n
        if not rest[0].isalnum() and rest[0] not in "_-.":
            return n  # a space, a separator, a bracket after the name
    return None


def _stamped(lines: list[str], at: int) -> bool:
    """A stamp stands on line ``at`` or within :data:`STAMP_REACH` lines under it, or
    further under a run of short lines only (the poster's card: its counters and their
    labels, ``1`` / ``主题`` / ``5`` / ``积分``, up to :data:`CARD_LINES` of them)."""
    for k in range(at, min(len(lines), at + 1 + CARD_LINES)):
        s = lines[k]
        if _STAMP.search(s) and len(s) <= BYLINE_MAX_CHARS:
            return True
        if k - at >= STAMP_REACH and len(s) > CARD_CELL_CHARS:
            return False
    return False


def poster(
    visible: str, headline: str | None, names: frozenset[str], *, not_names: tuple[str, ...] = ()
) -> str | None:
    """The poster's name beside a stamp in the post's head around ``headline`` (module
    doc), or None; ``not_names``: the site's own names.

    >>> page = "首页\\n春游记\\n林间鹿\\n2031.03.11 10:51发布于游记版\\n正文。"
    >>> poster(page, "春游记", frozenset({"林间鹿"}))
    '林间鹿'
    >>> poster("春游记\\n林间鹿 · 3 天前 · 88 次阅读\\n正文。", "春游记", frozenset({"林间鹿"}))
    '林间鹿'

    A name the page does not mark as a user's, or one with no stamp beside it, is none:

    >>> poster(page, "春游记", frozenset({"某某"}))
    >>> poster("春游记\\n林间鹿\\n正文写了很多很多。", "春游记", frozenset({"林间鹿"}))

    A Q&A page's answerer under the question's tools, its stamp close under the name;
    none past a line of prose:

    >>> tools = "\\n".join(["我来答", "分享", "复制链接", "举报", "2个回答", "热门话题"])
    >>> qa = "树叶为何变红？\\n" + tools + "\\n林间鹿\\n2031-06-14 · 植物爱好者\\n答案。"
    >>> poster(qa, "树叶为何变红？", frozenset({"林间鹿"}))
    '林间鹿'
    >>> poster(qa.replace("分享", "问题补充：小区的树，每年都红。"), "树叶为何变红？",
    ...        frozenset({"林间鹿"}))

    A trending topic's link among the tools (a hashtag label, a comma inside) is no prose:

    >>> poster(qa.replace("热门话题", "#热议# 秋天来了，你去看红叶了吗？"), "树叶为何变红？",
    ...        frozenset({"林间鹿"}))
    '林间鹿'
    """
    want = (headline or "").strip()
    if len(want) < 2 or not names:
        return None
    lines = [ln.strip() for ln in visible.split("\n")]
    lines = [ln for ln in lines if ln]
    heads = [i for i, ln in enumerate(lines) if ln == want][:MAX_HEADS]
    window = [
        i
        for at in heads
        for i in (
            *range(max(0, at - OVER_LINES), at),
            *range(at + 1, min(len(lines), at + 1 + BYLINE_LINES)),
        )
    ]
    for i in window:
        ln = lines[i]
        if len(ln) > BYLINE_MAX_CHARS or BYLINE_CLAUSE.search(ln):
            continue
        name = _named(ln, names)
        if name is None or name == want or any(name in s or s in name for s in not_names if s):
            continue
        if _stamped(lines, i):
            return name
    for at in heads:  # a Q&A page's answerer, under the question's tools (module doc)
        for i in _under_tools(lines, at):
            name = _named(lines[i], names)
            if name is None or name == want or any(name in s or s in name for s in not_names if s):
                continue
            near = lines[i + 1 : i + STAMP_REACH]  # its stamp close under it (a badge between)
            if any(_STAMP.search(t) and len(t) <= BYLINE_MAX_CHARS for t in near):
                return name
    return None


def _under_tools(lines: list[str], at: int) -> range:
    """The lines past the byline's reach under the headline at ``at``, down to
    :data:`FAR_LINES` under it, while each is a short line of the page's tools (a share
    bar, the page's address to copy, a count of answers), no prose: where a Q&A page's answerer
    stands.  Empty when prose comes first."""
    start = at + 1 + BYLINE_LINES
    end = min(len(lines), at + 1 + FAR_LINES)
    for k in range(at + 1, end):
        if lines[k].startswith(("http://", "https://")) and " " not in lines[k]:
            continue  # the page's address, shown to be copied
        if _TOPIC_LINK.match(lines[k]) and len(lines[k]) <= TOPIC_CHARS:
            continue  # a trending topic's link ('#热议# …'), a comma in it or not
        if len(lines[k]) > TOOL_CHARS or _PROSE_MARK.search(lines[k]):
            return range(start, k) if k > start else range(0)
    return range(start, end)
