"""A site's title bar: the same ``栏目 | 站名`` line at the head of every page of a site.

A text page saved from a site opens with its ``<title>``: the piece's title dressed with
the site's name (``某事 | 某站``), a line of its own on every page.  Some sites title
every page of a column with the column's name alone (``天象预告 | 某协会``): the line is
then printed word for word at the head of most pages of the site, and it names no
piece.  :func:`title_bar` tells such a line by its shape and its count: a short head and,
after a title bar's separator, a suffix the site repeats on its titles
(:func:`site_judge.title_suffixes`), the whole line seen on the site's pages as often as
any chrome line.  The site-repeat judge then learns it as chrome (``title_bar``), and the
split takes the piece's own headline below it.  A page's own dressed title (its head
differs from page to page) is never counted often enough; a line holding a sentence mark
or a long head (a document's title repeated over the parts of one long text) is no bar.

A learned bar goes from a page only where a headline of the page's own stands under it
(:func:`headline_under`): on a page without one (a notice, a list, the parts of one long
document under their numbered sections) the bar is the page's only title, and stays.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection

from cleaner.stages.split_titles import split_suffix

__all__ = ["TITLE_BAR", "head_row", "headline_shape", "headline_under", "title_bar"]

#: the signal a learned title bar carries
TITLE_BAR = "title_bar"
#: a column's name is short: a piece's headline is longer, and stays
HEAD_MAX_CHARS = 10
_SENTENCE = re.compile(r"[。，；：！？,;:!?]")
_HAN = re.compile(r"[\u4e00-\u9fff]")


def title_bar(line: str, suffixes: Collection[str]) -> bool:
    """Is ``line`` a site's title bar: a short head, a separator, a suffix the site repeats
    (``suffixes``)?  Its count is the caller's.

    >>> title_bar("观测预报 | 某某天文社", {"某某天文社"})
    True
    >>> title_bar("观测预报 - 某某天文社", {"某某天文社"}), title_bar("观测预报 | 某社", set())
    (True, False)
    >>> title_bar("今夜土星合月，傍晚西南方天空看点多 | 某某天文社", {"某某天文社"})
    False
    >>> title_bar("某某天文社", {"某某天文社"})
    False
    """
    s = line.strip()
    if _SENTENCE.search(s):
        return False
    parts = split_suffix(s)
    if parts is None:
        return False
    head, site = parts
    return site in suffixes and 2 <= len(head) <= HEAD_MAX_CHARS and bool(_HAN.search(head))


#: a headline is at most this long; a longer line is a sentence of the text
HEADLINE_MAX_CHARS = 40
#: a headline with a comma in it ('今夜土星合月，看点多') is at most this long
COMMA_HEADLINE_MAX_CHARS = 30
#: how many of the page's own lines under the bar (and over it) its head zone holds
HEAD_REACH = 6
#: sentence marks inside a line: no headline holds one; a question or exclamation mark
#: may close it (a headline asks: '春播要不要提前？'; a stray '?' left for a space)
_INNER_MARK = re.compile(r"[。；;]|[？?！!](?=.)")
_COMMA = re.compile(r"[，,]")
_CLAUSE_END = re.compile(r"[，,：:、（(]$")
# a numbered section's heading ('一、…', '（二）…', '3. …', '第二部分 …'): the document's
# part, not the page's own headline
_SECTION = re.compile(
    r"^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[）)]|\d{1,2}[、.．]"
    r"|第[一二三四五六七八九十\d]+[章节節部篇条條])"
)
# a row of the page's head the split reads or the site prints round its headline: a
# label and its value ('来源：某报', '发布时间：2024-03-01'), a date ('2024-03-01 10:20',
# '2024年3月1日 星期五'), a row of short cells parted by bars or wide gaps (a share or
# tool bar, a crumb trail)
_LABELLED = re.compile(r"^[\u4e00-\u9fff]{1,4}[ \u3000]*[：:]")
_LABEL_IN = re.compile(r"[ \t\u3000；;|｜][\u4e00-\u9fff]{1,4}[ \u3000]*[：:]")
#: a field's value is at most this long, unless it holds a date or a second label
LABEL_VALUE_MAX_CHARS = 8
_DATE = re.compile(
    r"(?:\d{2}|\d{4})[-/.年]\d{1,2}[-/.月]\d{1,2}|[〇○零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,2}月"
)
_CELLS = re.compile(r"[ \t]*[|｜丨/>＞»›→]+[ \t]*|[ \t]{2,}|\u3000+")
#: a date row is at most this long beside its date (a weekday, a source, a count)
DATE_ROW_MAX_CHARS = 40


def head_row(s: str) -> bool:
    """Is ``s`` a row of a page's head round its headline: a label and value, a date
    row, or a bar of three or more short cells?  Such a row stands between a site's bar
    and the page's headline, and is no headline itself.

    >>> head_row("发布时间：2024-03-01  来源：本站"), head_row("2024年3月1日 星期五")
    (True, True)
    >>> head_row("首页 > 新闻动态 > 正文"), head_row("分享 | 收藏 | 打印")
    (True, True)
    >>> head_row("今夜月掩土星"), head_row("春播要不要提前？"), head_row("2024年春季植树活动方案")
    (False, False, False)
    >>> head_row("春季星空入门：认识狮子座"), head_row("发布部门：某市政府；文号：某发〔2023〕1号")
    (False, True)
    """
    from cleaner.stages.keep import keep_table  # the site judge's table (no cycle)

    if keep_table().reason(s) == "metadata":
        return True  # a row of fields the split reads ('来源：某报', '作者：某某')
    label = _LABELLED.match(s)
    if label is not None:
        value = s[label.end() :].strip()
        # a short value, a date, or a second label: a field row ('春季星空入门：认识狮子
        # 座', a long label over a phrase, is a headline's two parts)
        if len(value) <= LABEL_VALUE_MAX_CHARS or _DATE.search(value) or _LABEL_IN.search(value):
            return True
    if _DATE.search(s) and len(s) <= DATE_ROW_MAX_CHARS and not _HAN_RUN.search(_DATE.sub("", s)):
        return True
    cells = [c for c in _CELLS.split(s) if c]
    return len(cells) >= 3 and all(len(c) <= 8 for c in cells)


#: six ideographs in a row beside a date: the words of a title, not a date row's cells
_HAN_RUN = re.compile(r"[\u4e00-\u9fff]{6}")


def headline_shape(s: str) -> bool:
    """Is ``s`` shaped as a headline: short, some ideographs, no sentence mark inside
    (a question or exclamation mark may close it, a comma stand in a short one), no
    clause left open at its end, no numbered section's heading, no head row?

    >>> headline_shape("今夜月掩土星"), headline_shape("春播要不要提前？")
    (True, True)
    >>> headline_shape("某规定?"), headline_shape("今夜土星合月，傍晚看点多")
    (True, True)
    >>> headline_shape("本期共有三项内容，一是回顾，二是展望。"), headline_shape("各单位：")
    (False, False)
    >>> headline_shape("一、基本情况"), headline_shape("来源：本站")
    (False, False)
    """
    if not 2 <= len(s) <= HEADLINE_MAX_CHARS or not _HAN.search(s):
        return False
    if _INNER_MARK.search(s) or _CLAUSE_END.search(s) or s.endswith(("。", "…")):
        return False
    if _COMMA.search(s) and len(s) > COMMA_HEADLINE_MAX_CHARS:
        return False
    return not _SECTION.match(s) and not head_row(s)


def headline_under(
    stripped: list[str],
    i: int,
    taken: Collection[int],
    repeated: Callable[[str], bool] | None = None,
) -> bool:
    """Does the page hold a title of its own beside the site's bar at ``i``, so that the
    bar may go as the site's chrome?  The page's head zone is read past the lines a site
    line or rule took (``taken``) and past its head rows (:func:`head_row`: date, source
    and label rows, tool bars): the first line left under the bar is headline-shaped
    (:func:`headline_shape`) with a line under it, or a headline-shaped line of the zone
    repeats the bar's own head (the title it dresses), or a headline-shaped line of the page's own
    stands over the bar.  Otherwise the bar is the page's only title, and stays.
    ``repeated(line)``: does the site print the line at the head of other pages too (a
    notice the site repeats, though no rule took it)?  Such a line is not the page's
    own: the headline is looked for past it.

    >>> page = ["观测预报 | 某社", "首页　关于", "今夜月掩土星", "傍晚时分，月亮将从土星前方经过。"]
    >>> headline_under(page, 0, {1})
    True
    >>> headline_under(["观测预报 | 某社", "本期共有三项内容，一是回顾，二是展望。", "完"], 0, ())
    False
    >>> headline_under(["年度报告 | 某社", "一、基本情况", "本年度新增会员二十人。"], 0, ())
    False
    >>> page = ["法规 | 某库", "首页 > 法规 > 正文", "2024-03-01 来源：本站", "某规定?"]
    >>> headline_under([*page, "第一条 为了……。"], 0, ())
    True
    """
    own = [j for j in range(i + 1, len(stripped)) if stripped[j] and j not in taken]
    zone = own[:HEAD_REACH]
    parts = split_suffix(stripped[i].strip())
    head = parts[0] if parts is not None else ""
    if len(head) >= 2 and any(head in stripped[j] and headline_shape(stripped[j]) for j in zone):
        return True  # the bar's title stands again below it, as a headline (not in a
        # crumb trail or a sentence of the text)
    above = [j for j in range(i) if stripped[j] and j not in taken][-HEAD_REACH:]
    if any(_dressed_headline(stripped[j], head) for j in above):
        return True  # the page's own dressed title over the bar
    rest = [
        j
        for j in zone
        if not head_row(stripped[j]) and not (repeated is not None and repeated(stripped[j]))
    ]
    if not rest or rest[0] == own[-1]:
        return False  # nothing, or only the last line, under the bar
    return headline_shape(stripped[rest[0]])


def _dressed_headline(s: str, bar_head: str) -> bool:
    """Is ``s`` a dressed title of the page's own (``标题_某库``): a headline-shaped
    head other than the bar's, a separator, a name?  A bare name over the bar (a logo's
    words) is no title of the page."""
    parts = split_suffix(s.strip())
    return parts is not None and parts[0] != bar_head and headline_shape(parts[0])
