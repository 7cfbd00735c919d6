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

A learned bar goes from a page unless the page shows it has no headline of its own
(:func:`headline_under`): where the bar's first print at the page's head stands over a
line that is plainly no headline (:func:`no_headline`: a notice's salutation, a numbered
section's opening, a sentence), with no headline over it either, the bar is the page's only
title, and stays.  A headline of any shape, or any doubt, and the bar goes, as all chrome
does; so do its copies at the page's foot or between its pieces.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection

from cleaner.stages.sentence_marks import CLAUSE_COLON_MARK as _SENTENCE
from cleaner.stages.split_titles import split_suffix

__all__ = [
    "TITLE_BAR",
    "head_row",
    "headline_shape",
    "headline_under",
    "no_headline",
    "plain_head_row",
    "title_bar",
]

#: the signal a learned title bar carries
TITLE_BAR = "title_bar"
#: a column's name is short: a piece's headline is longer, and stays
HEAD_MAX_CHARS = 10
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


#: a date row's own words beside its date: at most this many ideographs ('星期五' is a
#: weekday's, '消费提示' a headline's)
PLAIN_DATE_ROW_MAX_HAN = 2
_WEEKDAY = re.compile(r"(?:星期|礼拜|周)[一二三四五六日天]")
_TIME = re.compile(r"\d{1,2}[:：]\d{2}(?:[:：]\d{2})?")
_CRUMB = re.compile(r"[>＞»›→]")


def plain_head_row(s: str) -> bool:
    """Is ``s`` a head row that cannot be a headline: a row of fields the split reads, a
    label over a date or a second label, a date with no more than a weekday, a time or a
    labelled field beside it, a crumb trail?  A head row of another shape (a label over a
    few words: '专访：老队长王德顺'; a date over a few words: '2024-03-15 消费提示'; words
    parted by gaps or bars: '春耕  备耕  保耕') may be the page's own headline.

    >>> plain_head_row("发布时间：2024-03-01  来源：本站"), plain_head_row("2024年3月1日 星期五")
    (True, True)
    >>> plain_head_row("首页 > 新闻动态 > 正文"), plain_head_row("2024-04-04 10:20")
    (True, True)
    >>> plain_head_row("专访：老队长王德顺"), plain_head_row("2024-03-15 消费提示")
    (False, False)
    >>> plain_head_row("春耕  备耕  保耕"), plain_head_row("学习 | 思考 | 行动")
    (False, False)
    """
    from cleaner.stages.keep import keep_table  # the site judge's table (no cycle)

    s = s.strip()
    if keep_table().reason(s) == "metadata":
        return True
    label = _LABELLED.match(s)
    if label is not None:
        value = s[label.end() :].strip()
        if _DATE.search(value) or _LABEL_IN.search(value) or _CRUMB.search(value):
            return True
    if _DATE.search(s):
        rest = _TIME.sub("", _WEEKDAY.sub("", _DATE.sub("", s)))
        if _LABELLED.search(rest.strip()) or _LABEL_IN.search(rest):
            return True
        return len(_HAN.findall(rest)) <= PLAIN_DATE_ROW_MAX_HAN
    return bool(_CRUMB.search(s))


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
    """May the site's bar at ``i`` go as the site's chrome?  It goes unless the page shows
    that it has no headline of its own, so that the bar is its only title: the bar is its
    first print on the page and stands at the page's head (no more than a head zone of the
    page's own lines over it, none of them headline-shaped: a logo's words, the site's name,
    may stand there), and the first line of the page's own under it, past the lines a site
    line or rule took (``taken``) and past the head rows (:func:`head_row`: date, source and
    label rows, tool bars), is plainly no headline (:func:`no_headline`: a sentence, a
    salutation, a numbered section's opening).  A headline under the bar of any shape, a
    headline over it (a print view's), a copy of the bar at the page's foot or between its
    pieces: the bar goes (when unsure, it goes).  ``repeated(line)``: does the site print
    the line at the head of other pages too (a notice the site repeats, though no rule took
    it)?  Such a line is not the page's own: the first line is looked for past it.

    >>> page = ["观测预报 | 某社", "首页　关于", "今夜月掩土星", "傍晚时分，月亮将从土星前方经过。"]
    >>> headline_under(page, 0, {1})
    True
    >>> headline_under(["观测预报 | 某社", "本期共有三项内容，一是回顾，二是展望。", "完"], 0, ())
    False
    >>> headline_under(["年度报告 | 某社", "一、基本情况", "本年度新增会员二十人。"], 0, ())
    False
    >>> headline_under(["年度报告 | 某社", "3.15消费维权在行动", "本年度新增会员二十人。"], 0, ())
    True
    >>> headline_under(["某事 | 某社", "各位会员：", "新增会员二十人。", "某事 | 某社"], 3, ())
    True
    """
    s = stripped[i].strip()
    if any(stripped[j].strip() == s for j in range(i)):
        return True  # a second print of the bar (at the foot, between pieces): chrome
    parts = split_suffix(s)
    head, site = parts if parts is not None else ("", "")
    above = [
        j
        for j in range(i)
        if stripped[j] and j not in taken and not (repeated is not None and repeated(stripped[j]))
    ]
    if len(above) > HEAD_REACH:
        return True  # the bar stands below the page's head: no title of the page
    if any(_headline_above(stripped[j], head, site) for j in above):
        return True  # the page's own title over the bar (dressed, or a print view's plain one)
    own = [j for j in range(i + 1, len(stripped)) if stripped[j] and j not in taken]
    zone = own[:HEAD_REACH]
    if len(head) >= 2 and any(
        head in stripped[j] and stripped[j].strip() != s and headline_shape(stripped[j])
        for j in zone
    ):
        return True  # the bar's title stands again below it, as a headline (not in a
        # crumb trail or a sentence of the text)
    for j in zone:
        line = stripped[j].strip()
        if repeated is not None and repeated(line):
            continue  # the site's own notice over the page's first line
        if plain_head_row(line):
            continue  # a date, source or label row, a crumb trail
        if head_row(line) and not line.endswith(("：", ":")):  # (a salutation: no field)
            return True  # a head row that may be the page's headline ('专访：某某',
            # '2024-03-15 消费提示', '春耕  备耕  保耕'): unsure, the bar goes
        return not no_headline(line)
    return True  # nothing of the page's own under the bar: it goes, as before


#: a salutation ('各位居民：', '各乡镇人民政府，县直各单位：') is at most this long
SALUTATION_MAX_CHARS = 40
# a numbered section's opening: '一、…', '（一）…', '1、…', '第二部分…', '第三章 …' (a
# space after the number's word: '第一部乡村振兴纪录片开机' is a headline's words)
_SECTION_OPEN = re.compile(
    r"^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)]|\d{1,2}、"
    r"|第[一二三四五六七八九十\d]+部分|第[一二三四五六七八九十\d]+[章节節条條][ \u3000])"
)
_FULL_STOP = re.compile(r"[。．]")
_CLAUSE = re.compile(r"[，,；;：:]")


def no_headline(s: str) -> bool:
    """Is ``s`` plainly no headline, so that a page opening with it has none of its own:
    a sentence (a full stop in it, or a long line of clauses closed by a sentence mark), a
    salutation (a short line closed by a colon), a numbered section's opening?

    >>> no_headline("本期共有三项内容，一是回顾，二是展望。"), no_headline("各位居民：")
    (True, True)
    >>> no_headline("一、基本情况"), no_headline("（二）下月书目"), no_headline("今天天气不错。")
    (True, True, True)
    >>> no_headline("3.15消费维权在行动"), no_headline("专访：老队长王德顺")
    (False, False)
    >>> no_headline("注意！明起全市气温骤降"), no_headline("第一部乡村振兴纪录片开机")
    (False, False)
    >>> no_headline("暴雨来袭；这些路段请绕行"), no_headline("那些年我们一起追过的老电影…")
    (False, False)
    """
    s = s.strip()
    if _SECTION_OPEN.match(s):
        return True
    if s.endswith(("：", ":")):
        return len(s) <= SALUTATION_MAX_CHARS or bool(_CLAUSE.search(s[:-1]))
    if _FULL_STOP.search(s) and _HAN.search(s):
        return True  # a sentence: no headline closes with (or holds) a full stop
    return (
        len(s) > HEADLINE_MAX_CHARS
        and bool(_CLAUSE.search(s))
        and s.endswith(("！", "？", "!", "?"))
    )


def _headline_above(s: str, bar_head: str, site: str) -> bool:
    """Is ``s``, over the bar, a title of the page's own: a dressed title (``标题_某库``)
    with a headline-shaped head other than the bar's, or a plain headline (a print view's)?
    The site's name alone, or a line of the bar's words (a logo's), is no title of the page."""
    s = s.strip()
    if not s or s in site or s == bar_head:
        return False
    parts = split_suffix(s)
    if parts is not None:
        return parts[0] != bar_head and headline_shape(parts[0])
    return headline_shape(s)
