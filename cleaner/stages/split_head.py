"""The page's head above a bare title: where a single page's title and its block lie.

A site prints its page title (dressed: ``「标题」某站·频道``, ``【栏目】标题 ‖ 某站``) and a
crumb trail above the document's own title, and the title's metadata block right under
it.  When the boilerplate stage leaves those head lines, the block is not on the body's
first or second line, where :meth:`split_meta.MetaParser.meta_block` looks first; it may
also sit under up to ``HEAD_LINES`` head lines, when every one of them is the page's head
by its kind (a trail drawn with any repeated glyph, a dressed copy of the title, a site's
name by its ending: :func:`site_name_line`), never merely a short line: a site's name
without a site's ending, a heading over its subtitle, a whole title wrapped under itself
or a changelog's date over each item keep the first line as the title.
Issue 12, ninth blind set (sealed_j_*).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from cleaner.rules import load_table
from cleaner.stages.cut_copies import cut_copy
from cleaner.stages.sentence_marks import CLAUSE_MARK as _SENTENCE
from cleaner.stages.split_cell_marks import is_org
from cleaner.stages.split_page_title import page_title_line
from cleaner.stages.split_titles_lines import nav_line
from cleaner.stages.split_values import text_width

__all__ = ["HEAD_LINES", "row_hint", "under_head"]


#: How many lines of the page's head (a page-title copy, a crumb trail the boilerplate
#: stage left) may lie above the bare title that a metadata block sits under.
HEAD_LINES = 2


# what a row under a bare title holds at least (a date's or a code's digit, a label's
# colon, a grid's tab, a value-before-label cell's closing bracket)
_HAN = re.compile(r"[\u4e00-\u9fff]")
_ROW_HINT = re.compile(r"[\d:：\t】〕］\]〗]")


def row_hint(line: str) -> bool:
    """``line`` holds what a row under a bare title holds at least (cheap: most lines
    near a page's top hold none).

    >>> row_hint("日期: 2020-01-02"), row_hint("一只旧铜壶")
    (True, False)
    """
    return _ROW_HINT.search(line) is not None


def _head_line(line: str) -> bool:
    """A line of a page's head or a title: short, no sentence mark, no label's colon
    closing it (``各有关单位：`` is a salutation), no dash opening it (``——记某某`` is
    a subtitle)."""
    s = line.strip()
    return (
        0 < text_width(s) <= 60  # an English headline's letters count half
        and not _SENTENCE.search(s)
        and s[-1] not in ":："
        and unicodedata.category(s[0]) != "Pd"
    )


# a glyph standing alone between spaces ('首页 ◇ 专题 ◇ 正文'): a trail's separator
_SPACED_GLYPH = re.compile(r"(?<=\s)[^\w\s](?=\s)")


def _trail(line: str) -> bool:
    """A crumb trail: a navigation line (:func:`split_titles_lines.nav_line`) or three short
    items or more between one glyph repeated, spaced on both sides, whatever the glyph.

    >>> _trail("首页 ◇ 专题 ◇ 正文"), _trail("某馆 ⊹ 藏品"), _trail("· · · ◐ · · ·")
    (True, False, False)
    """
    if nav_line(line):
        return True
    glyphs = set(_SPACED_GLYPH.findall(line))
    if len(glyphs) != 1:
        return False
    parts = [p.strip() for p in line.split(glyphs.pop())]
    return len(parts) >= 3 and all(0 < len(p) <= 16 for p in parts)


# a bar between two parts, spaced on both sides ('某校　｜　某学期 某页')
_SPACED_BAR = re.compile(r"\s[|｜‖]\s")
#: Each part of a site's head bar is at most this long.
BAR_PART_CHARS = 20


def bar_head(line: str) -> bool:
    """A site's head bar: two or three short parts (a site's name, the section or term
    the page belongs to) parted by one spaced bar, no sentence mark.  A document's own
    title is one phrase; the bar line over it names the site and the page's place.

    >>> bar_head("某某书院　｜　2019年秋季 课程一览"), bar_head("某某书院 | 简介 | 联系")
    (True, True)
    >>> bar_head("某某书院｜课程"), bar_head("某站 | 这是一个句子，很长。")
    (False, False)
    """
    s = line.strip()
    if _SENTENCE.search(s):
        return False
    parts = [p.strip() for p in _SPACED_BAR.split(s)]
    return 2 <= len(parts) <= 3 and all(0 < len(p) <= BAR_PART_CHARS for p in parts)


_LATIN_WORD = re.compile(r"[A-Za-z]{2,}")


def glossed_title(title: str, gloss: str) -> bool:
    """``gloss`` is ``title`` given again in English under it (a thesis's, a bilingual
    notice's): a Han head line, then a head line of Latin words with no Han letter and no
    closing full stop.  A block of fields under the pair lies under the title.

    >>> glossed_title("某地湿地鸟类的调查研究", "A Survey of Wetland Birds in Some Place")
    True
    >>> glossed_title("某地湿地鸟类的调查研究", "The survey ran for two years in the wet season.")
    False
    >>> glossed_title("Wetland Birds", "A Survey of Wetland Birds")
    False
    >>> glossed_title("怀念某某老师", "Remembering Mr. Lin, Our Class Adviser")
    True
    """
    t, g = title.strip(), gloss.strip()
    # an English headline may hold a comma ('Remembering Mr. Lin, Our Adviser'): read
    # without its commas; a sentence mark of another kind still says it is no title
    if not (_head_line(t) and _head_line(g.replace(", ", " "))):
        return False
    if not _HAN.search(t) or _HAN.search(g):
        return False
    return len(_LATIN_WORD.findall(g)) >= 2 and not g.endswith((".", "!", "?"))


def _copied_title(lines: list[str], above: list[int]) -> bool:
    """The last line ``above`` is printed twice (the page's ``<title>`` over the thread's
    subject): a short line with commas but no closing sentence mark is the title then
    (a forum subject '某股缩量回踩，明天要选方向了').

    >>> _copied_title(["某事，后来怎样了", "某事，后来怎样了"], [0, 1])
    True
    >>> _copied_title(["某事，后来怎样了。", "某事，后来怎样了。"], [0, 1])
    False
    >>> _copied_title(["正文一", "某事，后来怎样了"], [0, 1])
    False
    """
    title = lines[above[-1]].strip()
    return (
        len(above) >= 2
        and lines[above[-2]].strip() == title
        and 0 < text_width(title) <= 60
        and title[-1] not in "。！？!?.;；:："
    )


def under_head(lines: list[str], above: list[int]) -> bool:
    """The last of the lines ``above`` a candidate block is a bare title (short, no
    sentence) and every line over it is the page's head: a crumb trail (:func:`_trail`)
    or a copy of the title the site dressed (:func:`page_title_line`).  A line over it of
    any other kind (a whole title wrapped below it, a date over each item of a
    changelog, a heading over its subtitle) says the title is not this line.

    >>> under_head(["某站 ◇ 藏品 ◇ 杂项", "一只旧铜壶"], [0, 1])
    True
    >>> under_head(["关于某事的长标题规定", "的长标题规定"], [0, 1])
    False
    >>> under_head(["2021年 8月11日", "网站上线"], [0, 1])
    False
    >>> under_head(["春天", "——记某某"], [0, 1])
    False
    >>> under_head(["以下说法正确的…_某考第7题_某题库", "以下说法正确的是（　）。"], [0, 1])
    True
    >>> under_head([":::", "一只旧铜壶"], [0, 1]), under_head(["一只旧铜壶", "一只旧铜壶"], [0, 1])
    (True, True)
    """
    title = lines[above[-1]].strip()
    cut = len(above) >= 2 and cut_copy(lines[above[-2]], title)
    if not _head_line(title) and not _copied_title(lines, above) and not cut:
        return False
    # a copy of the title itself (the page's <title> printed over its <h1>) is head too
    return all(
        _trail(lines[i])
        or _marks(lines[i])
        or badge_line(lines[i])
        or site_name_line(lines[i])
        or bar_head(lines[i])
        or lines[i].strip() == title
        or page_title_line(lines[i], [title])
        or (cut and i == above[-2])  # the <title> cut it: '题干…_出处第5题_站点'
        or _box_label_between(lines, above, i, title)
        for i in above[:-1]
    )


def _box_label_between(lines: list[str], above: list[int], i: int, title: str) -> bool:
    """``lines[i]`` is a box's head label (``信件详情``) right between the page's copy of
    the title and the title itself: the box opens under the page's head."""
    k = above.index(i)
    return (
        k == len(above) - 2
        and k >= 1
        and _box_label(lines[i].strip(), lines[above[k - 1]].strip(), title)
    )


#: a box's head label: Han letters alone, short (``信件详情``, ``正文``)
_BOX_LABEL = re.compile(r"^[\u4e00-\u9fff]{2,8}$")


#: a red-head masthead: a body's name and 文件 (``某某市民政局文件``)
_RED_HEAD = re.compile(r"^([\u4e00-\u9fff]{2,30})文件$")


def red_head(label: str) -> bool:
    """``label`` (stripped) is a document's red-head masthead, a body's name and 文件,
    however long the name.

    >>> red_head("某某市地名委员会办公室文件"), red_head("某某市民政局文件")
    (True, True)
    >>> red_head("相关文件"), red_head("下载文件")
    (False, False)
    """
    m = _RED_HEAD.match(label)
    return m is not None and is_org(m[1])


def _box_label(label: str, copy: str, title: str) -> bool:
    """``label`` (stripped) is a box's head label between ``copy`` and ``title`` (the
    page's copy of the title and the title, stripped): the two the same line, the label
    another, short Han letters alone, or a red-head masthead (:func:`red_head`).  The one
    test of :func:`_box_label_between`, :func:`boxed_title` and :func:`box_label_over`."""
    return (
        copy == title
        and label != title
        and (_BOX_LABEL.match(label) is not None or red_head(label))
    )


def boxed_title(lines: list[str], idx: list[int], lead: int, first: int) -> bool:
    """The title line (``idx[lead]``, the page's copy of it) over its box's head label
    (``信件详情``) and a row (``idx[first]``) with the title itself again right under
    that row: the row lies under the title, the label between is the box's, not a
    title.  Two lines above the row exactly, the copy the same line as the headline.

    >>> page = ["某事的来信", "信件详情", "编号：A1　类型：咨询", "某事的来信", "正文"]
    >>> boxed_title(page, [0, 1, 2, 3, 4], 0, 2)
    True
    >>> page[3] = "另一件事"
    >>> boxed_title(page, [0, 1, 2, 3, 4], 0, 2)
    False
    >>> boxed_title(["某事的来信", "第一部分：说明", "编号：A1", "某事的来信"], [0, 1, 2, 3], 0, 2)
    False
    """
    if first != lead + 2 or first + 1 >= len(idx):
        return False
    title = lines[idx[lead]].strip()
    label = lines[idx[lead + 1]].strip()
    return bool(title) and _box_label(label, lines[idx[first + 1]].strip(), title)


def box_label_over(lines: list[str], content: list[int], dropped: set[int]) -> bool:
    """A box's head label (``content[1]``, a short line of Han letters alone) stands
    between the page's copy of the title (``content[0]``) and the headline itself
    (``content[2]``, the same line), and a row of the box's was read out (``dropped``)
    between the copy and the headline or right under the headline: without one, a short
    line between two copies of a title may be the text's own (a poem's author).

    >>> page = ["某事的来信", "信件详情", "某事的来信", "来信人：某　时间：2021-03-09", "正文。"]
    >>> box_label_over(page, [0, 1, 2, 4], {3}), box_label_over(page, [0, 1, 2, 3, 4], set())
    (True, False)
    >>> box_label_over(["山居晚归", "林某", "山居晚归", "暮色落在檐下。"], [0, 1, 2, 3], set())
    False
    """
    if len(content) < 4:
        return False
    a, label, b = content[:3]
    title = lines[a].strip()
    if not title or not _box_label(lines[label].strip(), lines[b].strip(), title):
        return False
    return any(a < d < b for d in dropped) or any(b < d < content[3] for d in dropped)


_MASTHEAD = re.compile(r"^[A-Z][A-Z&' .-]{2,30}$")
_HAN_NAME = re.compile(r"^[\u4e00-\u9fff]{4,24}$")


@lru_cache(maxsize=1)
def _site_endings() -> tuple[str, ...]:
    return tuple(load_table("headers")["titles"]["head_site_endings"])


def site_name_line(line: str) -> bool:
    """A site's name alone on its line, by its kind: Han letters only, ending like a
    site (``head_site_endings``: ``…门户网站``, ``…官网``), or an English masthead in capitals
    (``LANTING``).  A title never ends so.

    >>> site_name_line("某某区人民政府门户网站"), site_name_line("SOMETOWN")
    (True, True)
    >>> site_name_line("关于开展某某工作的通知"), site_name_line("Sometown News")
    (False, False)
    """
    s = line.strip()
    if _MASTHEAD.match(s):
        return True
    return _HAN_NAME.match(s) is not None and s.endswith(_site_endings())


# a column's badge standing alone in one bracket pair ('〔新邮发行〕', '【通知公告】'): Han
# letters only, no digit (a year in brackets opens a document number), no sentence
_BADGE_LINE = re.compile(
    r"^(?:〔[\u4e00-\u9fff]{2,8}〕|【[\u4e00-\u9fff]{2,8}】"
    r"|［[\u4e00-\u9fff]{2,8}］|\[[\u4e00-\u9fff]{2,8}\])$"
)


def badge_line(line: str) -> bool:
    """A column's or a channel's badge alone on its line over a title: one bracket pair
    round two to eight Han letters (a kicker, no word of the title).

    >>> badge_line("〔新邮发行〕"), badge_line("【通知公告】")
    (True, True)
    >>> badge_line("〔2021〕"), badge_line("【注】见下")
    (False, False)
    """
    return _BADGE_LINE.match(line.strip()) is not None


def _marks(line: str) -> bool:
    """A short line of marks alone (``:::``, a skip-link anchor; ``~~~``): no word.

    >>> _marks(":::"), _marks("::: 首页"), _marks("")
    (True, False, False)
    """
    s = line.strip()
    return 0 < len(s) <= 8 and not any(ch.isalnum() for ch in s)
