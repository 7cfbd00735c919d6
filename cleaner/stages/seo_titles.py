"""The page's ``<title>`` line when the site dresses the document's title on both sides.

Sites print their page title as the first line of the text.  When it is the document's
title and the site's dressing after it (``标题 - 某网``), the split stage deletes it as
``split.page_title`` (:func:`cleaner.stages.split_page_title.page_title_line`).  SEO
titles also wrap the title in words of their own: a recipe site writes
``菜名的做法_菜名怎么做好吃_某网`` over ``菜名``, an archive ``卷二·某志 - 某书 - 某库`` over
``某志``.  The line is chrome all the same (rule ``boilerplate.page_title``): the page
repeats its title below it, so nothing is lost.

:func:`dressed_title` finds it by shape, no wording: the page's first line, cut by title
separators (``_``, `` - ``, ``｜``, ``|``) into pieces, the last of which is the site's
name (one of the site's learned title suffixes, a name the page repeats on another line
such as its footer or crumb trail, or a name ending in a site word); and a short line
among the next few, before any prose, that one of the other pieces opens or ends with.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Sequence
from typing import TYPE_CHECKING

from cleaner.stages.sentence_marks import CLAUSE_MARK as _SENTENCE
from cleaner.stages.site_counts import TITLE_MASK, shape_of

if TYPE_CHECKING:
    from cleaner.stages.site_profile import SiteProfiles

__all__ = ["PAGE_TITLE", "dressed_title", "dressing", "page_title_index"]

#: Rule id of the claim.
PAGE_TITLE = "boilerplate.page_title"
#: A page title is at most this long; the site's name at most SITE_MAX_CHARS.
LINE_MAX_CHARS = 150
SITE_MAX_CHARS = 20
#: The document's own title below it: at least this long (a two-character heading is
#: too common a piece of words to name a title) and at most TITLE_MAX_CHARS.
TITLE_MIN_CHARS = 3
TITLE_MAX_CHARS = 40
#: A title piece found as a field of a row below (:func:`_row_holds`): at least this long.
ROW_TITLE_MIN_CHARS = 4
#: What parts a row's fields: a bar, or a wide gap (at the field's edge).
_GAP = r"(?:[ \t\u3000]*[|｜丨][ \t\u3000]*|\u3000+|[ \t]{2,})"
_GAP_BEFORE, _GAP_AFTER = re.compile(_GAP + "$"), re.compile(_GAP)
#: How many lines below the page title its own title may sit (crumbs and bars between).
REACH = 5
#: A dash parts pieces when spaced on both sides, or right after a closing bracket and
#: spaced after it (``标题（某版）- 某网``: the bracket ends the title's own words).
_PIECES = re.compile(
    r"[ \t\u3000]*(?:_+|｜|\||‖|[ \t\u3000][-–—][ \t\u3000]|(?<=[）)\]】」』〕])[-–—][ \t\u3000])"
    r"[ \t\u3000]*"
)
#: A title framed by corner or lenticular brackets at the line's start, the dressing
#: after it (``「标题」某网·频道``, ``【栏目】标题 ‖ 某站``): the frame parts a piece too.
_FRAME = re.compile(r"^([「『【〖〔])([^」』】〗〕]{1,40})[」』】〗〕][ \t\u3000]*(?=\S)")
#: A site name and its channel glued by a middle dot (``某网·某频道``): either names it.
_NAME_DOT = re.compile(r"[·・•]")


def dressed_title(
    stripped: Sequence[str],
    *,
    suffixes: Collection[str] = (),
    site_words: tuple[str, ...] = (),
    split_reads: Callable[[str, list[str]], bool] | None = None,
) -> int | None:
    """Index of the page's first line when it is its dressed ``<title>`` (module doc).

    ``suffixes``: the site's learned title suffixes; ``site_words``: endings of site
    names; ``split_reads(line, following)``: the split stage's own page-title test (a
    line it deletes itself is left to it).

    >>> page = ["葱油拌面的做法_葱油拌面怎么做好吃_某某食谱网", "位置：菜谱 · 面食", "",
    ...         "葱油拌面", "正文，很长的一句话。"]
    >>> dressed_title(page, site_words=("网",))
    0
    >>> dressed_title(["卷二·水利志 - 某县志 - 某资料库", "水利志", "正文。"],
    ...               suffixes={"某资料库"})
    0
    >>> dressed_title(["我的妈妈 - 作文", "妈妈", "正文。"]) is None
    True
    >>> bar = "上传者：某某 ◇ 阅读 1 ◇ 评分 8/10 ◇ 页数 4 ◇ 格式 doc ◇ 大小 20K ◇ 下载 3"
    >>> dressed_title(["某某调查（修订版）- 某某文库", bar, "某某调查", "正文。"],
    ...               site_words=("库",))
    0
    """
    first = next((i for i, s in enumerate(stripped) if s), None)
    if first is None:
        return None
    s = stripped[first].lstrip("\ufeff")
    if len(s) > LINE_MAX_CHARS or _SENTENCE.search(s):
        return None
    frame = _FRAME.match(s)
    pieces = [frame.group(2), *_PIECES.split(s[frame.end() :])] if frame else _PIECES.split(s)
    if len(pieces) < 2 or not all(pieces):
        return None
    site = pieces[-1]
    if not 2 <= len(site) <= SITE_MAX_CHARS or not _site_name(
        site, stripped, first, suffixes, site_words
    ):
        return None
    below = _head_lines(stripped, first)
    if split_reads is not None and split_reads(s, below):
        return None
    for t in below:
        if not TITLE_MIN_CHARS <= len(t) <= TITLE_MAX_CHARS or t == s:
            continue
        if any(p != site and (p.startswith(t) or p.endswith(t)) for p in pieces[:-1]):
            return first
        if any(_row_holds(t, p) for p in pieces[:-1] if p != site):
            return first
    return None


def _row_holds(row: str, piece: str) -> bool:
    """Does the short line ``row`` hold the title ``piece`` as a field of its own, after or
    before a separator or a wide gap (a date row ``2021-05-20 周四 | 标题``, ``标题　作者``)?

    >>> _row_holds("2021-05-20 周四 | 周末看电影", "周末看电影"), _row_holds("我看电影", "看电影")
    (True, False)
    """
    if len(piece) < ROW_TITLE_MIN_CHARS or piece == row:
        return False
    if row.endswith(piece):
        return bool(_GAP_BEFORE.search(row[: len(row) - len(piece)]))
    if row.startswith(piece):
        return bool(_GAP_AFTER.match(row[len(piece) :]))
    return False


def _site_name(
    site: str,
    stripped: Sequence[str],
    first: int,
    suffixes: Collection[str],
    site_words: tuple[str, ...],
) -> bool:
    """Is ``site`` the site's name: learned, ending in a site word, or on another line?"""
    if site in suffixes or (site_words and site.endswith(site_words)):
        return True
    names = [site, *(x for x in _NAME_DOT.split(site) if len(x) >= 2 and x != site)]
    return any(n in x for n in names for j, x in enumerate(stripped) if j != first and x)


def _head_lines(stripped: Sequence[str], first: int) -> list[str]:
    """Up to REACH non-blank lines after ``first``, stopping at the first line of prose.
    A long line without sentence punctuation (an uploader or counter bar) is no prose:
    it counts towards REACH and the search goes on below it."""
    out: list[str] = []
    for x in stripped[first + 1 :]:
        if not x:
            continue
        if x.endswith(("。", "！", "？")) or (len(x) > TITLE_MAX_CHARS and _SENTENCE.search(x)):
            break
        out.append(x)
        if len(out) >= REACH:
            break
    return out


def page_title_index(
    stripped: Sequence[str], profiles: SiteProfiles | None = None, site: str | None = None
) -> int | None:
    """:func:`dressed_title` with the site's learned title suffixes (``profiles``) and the
    title vocabulary's site words, leaving the lines the split stage's page-title test
    deletes itself to it."""
    from cleaner.stages.split_keyed import lone_dated
    from cleaner.stages.split_page_title import page_title_line
    from cleaner.stages.split_titles import title_vocab

    suffixes = profiles.title_suffixes(site) if profiles is not None and site else frozenset()

    def names(line: str, title: str) -> bool:
        return line == title or page_title_line(line, [title])

    def split_reads(line: str, below: list[str]) -> bool:
        # the split stage's page-title test, or its lone dated header
        # ('2021-05-20 周四 | 标题' under '标题 - 某博客'): the split stage takes the
        # title from the pair, so the page title must stay for it to see
        return page_title_line(line, below) or bool(lone_dated(list(stripped), names))

    return dressed_title(
        stripped,
        suffixes=suffixes,
        site_words=title_vocab().site_words,
        split_reads=split_reads,
    )


#: A dressed title line is at most this long (a template feature's length).
DRESSING_MAX_CHARS = 80
#: The page title's first piece and what parts it from the site's dressing: a frame of
#: corner or lenticular brackets, or a title separator (a run of underscores, a bar, a
#: spaced dash or symbol).  Two kinds of page of one site (an article, a compilation)
#: dress different titles alike (``某传 ∷ 某氏宗谱 ∷ 某网``): that dressing is one of the
#: lines their templates share.
_TITLE_PIECE = re.compile(
    r"([「『【〖〔])[^」』】〗〕\n]{1,40}(?=[」』】〗〕])"
    r"|[^\n_｜|‖]{2,40}?(?=[ \t\u3000]*(?:_+|[｜|‖]|[ \t\u3000][^\w\s][ \t\u3000]))"
)


def dressing(text: str) -> str | None:
    """The shape of ``text``'s first line with its title masked, when the line dresses a
    title (``⟨T⟩ ∷ 某氏宗谱 ∷ 某网``, ``「⟨T⟩」某网·频道``); ``None`` otherwise.

    >>> dressing("守山公传 ∷ 某氏宗谱 ∷ 某谱牒网\\n正文"), dressing("「某简报」某网·频道")
    ('⟨T⟩ ∷ 某氏宗谱 ∷ 某谱牒网', '「⟨T⟩」某网·频道')
    >>> dressing("一篇文章的标题\\n正文") is None
    True
    """
    line = text.lstrip().split("\n", 1)[0].strip()
    if len(line) > DRESSING_MAX_CHARS:
        return None
    m = _TITLE_PIECE.match(line)
    if m is None or m.end() >= len(line):
        return None
    return (m.group(1) or "") + TITLE_MASK + shape_of(line[m.end() :], "")
