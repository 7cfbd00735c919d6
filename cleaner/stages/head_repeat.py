"""Sentences a site prints at the head of several of its pages: the site's, not a page's.

A compilation's page opens its list with a standfirst under its title (``本栏目每周汇总
几则消息，以原发布单位为准。``, ``现将本批次3个项目予以公示，公示期为10个工作日。``): a
sentence the site profile counts on page after page, word for word or with only its
figures changed (its *shape*, :func:`~cleaner.stages.site_counts.shape_of`), and never
learns as chrome (a sentence with no cue word looks like content,
:func:`~cleaner.stages.site_judge.chrome_signals`).  A document's own opening sentence is
its own: no other page of the site prints it.

:func:`head_notes` lists, for one site, the sentences (and their shapes) seen on at least
``MIN_PAGES`` of its distinct pages (near-duplicates count once), in the upper half of the
page on average; the split stage takes a one-sentence standfirst above a compilation's
first header for the page's head only when it is among them or the head counts the pieces
(:mod:`cleaner.stages.split_lead`); any other is kept.

A compilation's head also carries the site's *rows*, no sentence: the site's name over the
issue's number, a dated line of reader counters, an editor's row (``某站　预警专栏　113年第3期``,
``发布日期：2024-01-26　点阅：2098``, ``专栏　本栏编辑：某某　更新于 2016年2月4日``). Each page
prints the row with its own figures, weekday or label value, so no one shape of it is on
enough pages; its *skeleton* (:func:`row_skeleton`: the shape with the weekday and short
label values masked too) is.  :func:`head_notes` adds the skeletons the site prints in the
top third of at least half of its pages (and ``MIN_PAGES``), marked by ``ROW_MARK`` so
that no line is ever taken for one by :func:`printed_at_head`; :func:`site_head_row`
asks for them, and only the split stage's head of a compilation uses it (the rows above
the first of several pieces the piece finder found, :mod:`split_page_ends`).
"""

from __future__ import annotations

import re
from collections.abc import Container
from typing import TYPE_CHECKING

from cleaner.stages.repeat_slots import SLOT_MASK
from cleaner.stages.site_counts import NUMBER_MASK, TITLE_MASK, literal_chars, shape_of

if TYPE_CHECKING:
    from cleaner.stages.site_counts import SiteProfile

#: A sentence the site prints on this many distinct pages is the site's (the number of
#: pages a page mark's shape needs: site_profile.MARK_MIN_PAGES).
MIN_PAGES = 3
#: ... in the upper half of the page on average.
HEAD_ZONE = 0.5
#: A shape needs this many letters besides its masks (``⟨N⟩。`` says nothing).
MIN_LITERAL = 8
#: A head row's skeleton needs this many (``发布日期：⟨N⟩　点阅：⟨N⟩``).
ROW_LITERAL = 6
_SENTENCE_END = ("。", "！", "？", "!", "?", "；", ".")
#: A head row's skeleton marks its place in the notes (no line's shape starts with it).
ROW_MARK = "⟨R⟩"
#: The mask of a weekday or of a short label value in a skeleton.
VALUE_MASK = "⟨V⟩"
#: ... found in the top third of the page on average ...
ROW_ZONE = 0.34
#: ... on at least this share of the site's pages.
ROW_SHARE = 0.5
#: a weekday (星期三, 週五, 周日)
_WEEKDAY = re.compile(r"(?<=星期|禮拜|礼拜)[一二三四五六日天]|(?<=[週周])[一二三四五六日]")
#: a label's short value, closing its cell (``编辑：某某　``): a name, a place, a unit
_LABEL_VALUE = re.compile(r"(?<=[：:])[ \t]*[\u3400-\u9fff]{1,4}(?=[ \t\u3000|｜/]|$)")


def head_notes(prof: SiteProfile) -> frozenset[str]:
    """The sentences (lines, and shapes with their figures masked) ``prof``'s site prints
    on at least ``MIN_PAGES`` pages, in the upper half of the page on average.

    >>> from cleaner.stages.site_counts import SiteProfile
    >>> note, foot = "本栏目每周汇总几则消息，以原发布单位为准。", "感谢阅读，欢迎再来。"
    >>> shape = "现将本批次⟨N⟩个项目予以公示，公示期为⟨N⟩个工作日。"
    >>> prof = SiteProfile("s", pages=4, lines={note: 4, foot: 4, "首页": 4}, shapes={shape: 3})
    >>> prof.positions = {"L" + note: 0.8, "L" + foot: 3.6, "L首页": 0.0, "S" + shape: 0.6}
    >>> sorted(head_notes(prof)) == sorted([note, shape])
    True
    """
    out: set[str] = set(_head_rows(prof))
    for prefix, table in (("L", prof.lines), ("S", prof.shapes)):
        for s, n in table.items():
            if n < MIN_PAGES or not s.endswith(_SENTENCE_END):
                continue
            if prof.positions.get(prefix + s, 1.0 * n) / n >= HEAD_ZONE:
                continue
            if prefix == "S" and literal_chars(s) < MIN_LITERAL:
                continue
            out.add(s)
    return frozenset(out)


def printed_at_head(line: str, notes: Container[str]) -> bool:
    """Is ``line`` one of the site's head sentences (:func:`head_notes`), word for word or
    by its shape?

    >>> notes = {"现将本批次⟨N⟩个项目予以公示，公示期为⟨N⟩个工作日。"}
    >>> printed_at_head("现将本批次4个项目予以公示，公示期为9个工作日。", notes)
    True
    >>> printed_at_head("现将每日进展汇报如下。", notes)
    False
    """
    s = line.strip()
    return s in notes or shape_of(s, "") in notes


def row_skeleton(line: str) -> str:
    """``line``'s shape (:func:`~cleaner.stages.site_counts.shape_of`) with its weekday
    and its short label values masked too: what stays when a site prints one row on every
    page with that page's figures, day and names.

    >>> row_skeleton("专栏　本栏编辑：江某某　更新于 2016年2月4日")
    '专栏　本栏编辑：⟨V⟩　更新于 ⟨N⟩年⟨N⟩月⟨N⟩日'
    >>> row_skeleton("价格日报（2018年5月6日　星期日）")
    '价格日报（⟨N⟩年⟨N⟩月⟨N⟩日　星期⟨V⟩）'
    >>> row_skeleton("发布日期：2024-01-26　点阅：2098")
    '发布日期：⟨N⟩-⟨N⟩-⟨N⟩　点阅：⟨N⟩'
    """
    s = shape_of(line.strip(), "")
    if "：" in s or ":" in s:
        s = _LABEL_VALUE.sub(VALUE_MASK, s)
    return _WEEKDAY.sub(VALUE_MASK, s)


def _head_rows(prof: SiteProfile) -> set[str]:
    """The skeletons (``ROW_MARK`` + :func:`row_skeleton`) of the rows ``prof``'s site
    prints, with their figures, days or names changed, in the top third of at least half
    of its pages (and ``MIN_PAGES``); the skeleton keeps ``ROW_LITERAL`` letters and has a
    mask (a row printed word for word is the site profile's own business).

    >>> from cleaner.stages.site_counts import SiteProfile
    >>> a, b = "某站　本栏编辑：江某　第⟨N⟩期", "某站　本栏编辑：秦某　第⟨N⟩期"
    >>> prof = SiteProfile("s", pages=6, lines={}, shapes={a: 2, b: 2, "第⟨N⟩期": 6})
    >>> prof.positions = {"S" + a: 0.2, "S" + b: 0.1, "S第⟨N⟩期": 0.3}
    >>> sorted(_head_rows(prof))
    ['⟨R⟩某站　本栏编辑：⟨V⟩　第⟨N⟩期']
    >>> prof.positions["S" + a] = 1.8  # the row sits low on its pages: a piece's row
    >>> sorted(_head_rows(prof))
    []
    """
    pages: dict[str, int] = {}
    place: dict[str, float] = {}
    for s, n in prof.shapes.items():
        if TITLE_MASK in s or SLOT_MASK in s or s.endswith(_SENTENCE_END):
            # a page's title or a first word masked: other keys of one row; a sentence
            # is a head note, word for word or by its shape
            continue
        key = row_skeleton(s)
        pages[key] = pages.get(key, 0) + n
        place[key] = place.get(key, 0.0) + prof.positions.get("S" + s, 1.0 * n)
    need = max(MIN_PAGES, ROW_SHARE * prof.pages)
    return {
        ROW_MARK + key
        for key, n in pages.items()
        if n >= need
        and place[key] / n < ROW_ZONE
        and (NUMBER_MASK in key or VALUE_MASK in key)
        and literal_chars(key.replace(VALUE_MASK, "")) >= ROW_LITERAL
    }


def site_head_row(line: str, notes: Container[str]) -> bool:
    """Is ``line`` a row the site prints at the head of its pages with its own figures,
    day or names (a skeleton in :func:`head_notes`)?

    >>> notes = {ROW_MARK + "某站　预警专栏　⟨N⟩年第⟨N⟩期"}
    >>> site_head_row("某站　预警专栏　113年第3期", notes)
    True
    >>> site_head_row("某站预警专栏第三期综述", notes)
    False
    """
    return ROW_MARK + row_skeleton(line) in notes
