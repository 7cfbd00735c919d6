"""A text page's title line printed with the site's dressing: no line of its text.

A text page saved from a news site opens with its title as the site printed it: with the
site's name after a separator (``某事取得新进展_某报``, ``某事 - 某网``) or behind an
original-title label (``原标题：某事``); a Markdown heading (``# 某事``) is left alone, as a
Markdown file's own title line reads the same.  The split stage
cleans the dressing off the title (:func:`~cleaner.stages.split_titles.clean_title`) and
keeps the clean title as the article's title; the dressed line itself is the page's
``<title>`` copied into the text, no line of the text (every family's truth puts such a
line in the chrome, while a bare title line stays).  :func:`dressed_line` tells it, so the
split drops it as a page prefix, recorded in the ledger with the title it holds.

Nothing but the title and the dressing may go: the line must be the raw title the cleaning
started from, the clean title a part of it, and what the cleaning cut off must be a
separator, a heading mark, a short label (the original-title step), or a name the page
gives elsewhere (the site's name, a suffix the site repeats, a value of the article's
metadata such as its origin).  A line whose cut part names nothing else on the page stays
(``第一章 - 出发``: the second part may be the text's), as does a title the cleaning
completed, joined, dated or replaced, and a Markdown document's ``# 标题`` over its own
``## 第一章`` sections (``rest``: the text's other lines; its heading is its text's).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Mapping
from typing import TYPE_CHECKING

from cleaner.stages.cut_copies import STEM_MIN, cut_copy

if TYPE_CHECKING:
    from cleaner.stages.page_hints import PageHints

#: the cleaning steps whose cut part is dressing only (see :func:`dressed_line`); not the
#: Markdown mark: a Markdown file's '# 标题' is its own heading (a statute's file in a
#: law repository has no other heading line), and a site's '# 标题' cannot be told from it
_STEPS = frozenset(
    {
        "site_suffix",
        "site_suffix_repeat",
        "site_suffix_name",
        "site_suffix_h1",
        "site_suffix_underscore",
        "original_wrapper",
    }
)
#: separators and heading marks around the dressing
_SEPARATORS = re.compile(r"[\s_|｜\-—–·•#＃]+")
_SPACES = re.compile(r"\s+")
#: the short label of an original-title wrapper, closed by its colon
_LABEL = re.compile(r"^[\u4e00-\u9fff]{2,5}[:：]")
#: a title line cut by the site: its stem, the cut mark, and an optional gloss after a
#: separator ('某事的前半…', '某事的前半... - @某号的微博 - 某站')
_CUT_LINE = re.compile(
    r"^(?P<stem>.+?)[ \t]*(?:…+|\.{3,}|。{2,})"
    r"(?P<gloss>(?:[ \t]*(?:[_|｜\-—–·]|[ \t][-–—|｜·])[ \t]*[^_|｜\-—–·]{1,24}){0,3})[ \t]*$"
)


def dressed_line(
    line: str,
    raw: str,
    title: str,
    steps: Iterable[str],
    names: Collection[str],
    rest: Iterable[str] = (),
) -> bool:
    """``line`` is the raw title ``raw`` the cleaning ``steps`` turned into ``title``,
    and what they cut off is dressing: separators, a heading mark (none of the text's
    other lines, ``rest``, opens with one), a short label (only with the original-title
    step) or parts each one of the page's ``names``.

    >>> names, t = {"某某日报"}, "某县修好了桥"
    >>> dressed_line(f"{t}_某某日报", f"{t}_某某日报", t, ["site_suffix"], names)
    True
    >>> dressed_line(f"# {t}", f"# {t}", t, ["markdown"], ())  # a Markdown file's heading
    False
    >>> dressed_line(f"原标题：{t}", f"原标题：{t}", t, ["original_wrapper"], ())
    True
    >>> dressed_line("第一章 - 出发", "第一章 - 出发", "第一章", ["site_suffix"], names)
    False
    >>> dressed_line(f"{t}_某某日报", f"{t}_某某日报", "某县修好桥", ["completed"], names)
    False
    """
    steps = set(steps)
    line = line.strip()
    if not steps or not steps <= _STEPS or line != raw.strip() or not title or title == line:
        return False
    if "markdown" in steps and any(r.lstrip().startswith(("#", "＃")) for r in rest):
        return False  # a Markdown document's own heading over its sections: its text
    # (a Markdown title alone is not taken at all: a Markdown file's '# 标题' is its
    # text's heading, the mark no dressing of a site; see _STEPS)
    at = line.find(title)
    if at < 0:
        return False
    cut = f"{line[:at]} {line[at + len(title) :]}"
    if "original_wrapper" in steps:
        cut = _LABEL.sub("", cut.strip())
    parts = [p for p in _SEPARATORS.split(cut) if p]
    return all(p in names for p in parts)


def page_names(hints: PageHints | None, meta: Mapping[str, object]) -> frozenset[str]:
    """The names the page gives elsewhere: the site's, the suffixes its site repeats, the
    article's metadata values (its origin)."""
    names = {v for v in meta.values() if isinstance(v, str)}
    if hints is not None:
        names.update(n for n in (hints.site_name, hints.origin) if n)
        names.update(hints.site_suffixes)
        names.update(hints.site_names)
    return frozenset(names)


def page_title_over_h1(line: str, title: str, hints: PageHints | None) -> bool:
    """``line`` is the page's ``<title>`` copied over the text, and the article's title
    is the page's ``<h1>`` the ``<title>`` opens with (a gloss and the site's name after
    it): the copy is no line of the text, whatever its dressing says.

    >>> from cleaner.stages.page_hints import PageHints
    >>> hints = PageHints(title="山顶的雾（某山游记）-某站", h1="山顶的雾")
    >>> page_title_over_h1("山顶的雾（某山游记）-某站", "山顶的雾", hints)
    True
    >>> page_title_over_h1("山顶的雾（某山游记）-某站", "山顶", hints)  # not the <h1>
    False
    >>> h1 = "下面哪一项属于可再生能源（ ）。"
    >>> hints = PageHints(title="下面哪一项属于…_某年某考第3题_某题库", h1=h1)
    >>> page_title_over_h1(hints.title, "下面哪一项属于可再生能源（　）。", hints)
    True
    >>> page_title_over_h1(hints.title, "下面哪一项属于化石能源（　）。", hints)
    False
    """
    if hints is None or not hints.title or not hints.h1 or not title:
        return False
    name = hints.title.strip()
    if line.strip() != name or name == title:
        return False
    if title == hints.h1.strip() and name.startswith(title):
        return True
    # the <title> cut the <h1> short ('题干…_来源第5题_站点'): the title was completed
    # from the <h1>, whose spaces the reader squeezed
    return _SPACES.sub(" ", title) == _SPACES.sub(" ", hints.h1.strip()) and cut_copy(name, title)


def cut_title_line(line: str, title: str, steps: Iterable[str]) -> bool:
    """``line`` is the title the site cut short (a stem, a cut mark, at most a short
    gloss of its site after a separator), and the split completed ``title`` from the
    text's own heading: the cut copy is no line of the text, its words all in the title.

    >>> t = "某市新港下月开通！地铁直达免税城"
    >>> cut_title_line("某市新港下月开通！地铁直达免...", t, ["completed"])
    True
    >>> cut_title_line("【某市新港下月开... - @某报的微博 - 微博", f"【{t}】", ["completed"])
    True
    >>> cut_title_line("某市新港下月开通！地铁直达免...", t, [])  # not completed from it
    False
    >>> cut_title_line("某市新港下月开通…然后", t, ["completed"])  # words after the mark
    False
    >>> cut_title_line("某市新港...", "某市新港", ["completed"])  # no longer title
    False
    """
    if "completed" not in set(steps):
        return False
    m = _CUT_LINE.match(line.strip())
    if m is None:
        return False
    stem = _SPACES.sub(" ", m["stem"].strip())
    head = _SPACES.sub(" ", title.strip())
    return len(stem) >= STEM_MIN and head.startswith(stem) and len(head) > len(stem)
