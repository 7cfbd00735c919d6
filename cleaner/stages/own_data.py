"""A site shape's hits that are the page's own data, not chrome.

A site's announcements share their wording and differ in their figures: the award row, the
closing sentence with its count, each notice's number to call, a note under a table.
Counted as a site shape, such a line repeats on most pages and looks like chrome; the
boilerplate stage (:func:`~cleaner.stages.boilerplate_site.site_repeat`) asks these
readers before it removes it: :func:`page_data`, :func:`closing_data`, :func:`in_fields`,
:func:`own_contact` / :func:`glued_contact` and :func:`text_note`.  Split from
:mod:`cleaner.stages.block_rows` (behaviour unchanged).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Collection, Mapping
from functools import lru_cache
from typing import TYPE_CHECKING

from cleaner.rules import load_table
from cleaner.stages.cell_gaps import CELL_GAP_OR_BAR
from cleaner.stages.dated_marks import date_only_shape, unmarked_date
from cleaner.stages.foot_lines import prose
from cleaner.stages.piece_rows import piece_row
from cleaner.stages.site_judge import FOOT_CALL

if TYPE_CHECKING:
    from cleaner.stages.site_judge import LearnedLine

#: The masks of a site shape (``site_counts``): a shape that masks numbers and not the
#: page title repeats a line's wording, not its values.
_NUMBER_MASK = "⟨N⟩"
_TITLE_MASK = "⟨T⟩"


def page_data(
    stripped: list[str],
    i: int,
    key: str,
    examples: Collection[str],
    hits: Mapping[int, object],
    claimed: Mapping[int, object],
) -> bool:
    """Line ``i``, a hit of the site shape ``key``, is the page's own data, not chrome.

    A site's announcements share their wording and differ in their figures: the award
    row ``成交价：人民币12.5万元`` on one page, ``…7.25万元`` on the next; a closing
    sentence ``… to 3 more towns …`` / ``… to 17 more towns …``.  Counted as a shape, the
    line repeats on most pages and looks like chrome.  It is data when the shape masks
    numbers (not the page title), its examples carry different values on different
    pages, and the line stands deep in the body: a text line glued above it that is not
    the first text line of the page (a headline's counter row stands right under it),
    and a text line below it; and the line is one phrase, not a bar of counters (no
    wide gap, no bar separator, no pictograph: ``♡ 收藏 59　↗ 分享`` under a recipe,
    ``阅读(12) | 评论(3)`` under a post).  A counter or a page mark in a header or footer
    bar has chrome or nothing around it.  A row of cells whose only changing value is a
    day, right under a title (no sentence), is a piece's dated row, data whatever parts
    its cells (``收容　2021-03-05　｜　送达　某所``) when they are labelled fields and the
    row recurs under the page's other pieces; under a sentence it is an answer's stamp,
    with a tool cell a bar (``2021-03-05　｜　打印``), under a handle a post's stamp.

    >>> page = ["站名", "标题", "一、情况", "成交价：人民币12.5万元", "二、期限", "页脚"]
    >>> ex = ["成交价：人民币7.25万元", "成交价：人民币3.1万元"]
    >>> page_data(page, 3, "成交价：人民币⟨N⟩.⟨N⟩万元", ex, {0: 1, 3: 1, 5: 1}, {})
    True
    >>> page_data(page, 3, "成交价：人民币⟨N⟩.⟨N⟩万元", ex, {0: 1, 3: 1, 2: 1, 5: 1}, {})
    False
    >>> bar = ["站名", "标题", "正文一。", "点赞 12　收藏 3", "正文二。"]
    >>> page_data(bar, 3, "点赞 ⟨N⟩　收藏 ⟨N⟩", ["点赞 1　收藏 2", "点赞 5　收藏 0"], {3: 1}, {})
    False
    """
    if _NUMBER_MASK not in key or _TITLE_MASK in key or len(set(examples)) < 2:
        return False
    s = unmarked_date(stripped[i])  # '📅 2021-03-05': the date's glyph is no counter's
    # cells parted by a bar or a gap are a counter bar's, unless a day is the row's only
    # changing value and a title stands right above it (no sentence): a piece's dated
    # row of labelled cells (dated_marks.date_only_shape), one per piece of the page
    # (piece_rows.piece_row: no page tool, no post's stamp under a handle); under a
    # sentence such a row closes a post or an answer (its stamp, the site's)
    up = next((k for k in range(i - 1, -1, -1) if stripped[k]), None)
    headed = (
        up is not None
        and not prose(stripped[up])
        and date_only_shape(key)
        and piece_row(stripped, i, up)
    )
    if CELL_GAP_OR_BAR.search(s) and not headed:
        return False
    if any(unicodedata.category(ch) == "So" for ch in s):
        return False

    def taken(k: int) -> bool:
        return k in hits or k in claimed

    text = [k for k, s in enumerate(stripped) if s and not taken(k)]
    above = [k for k in text if k < i]
    below = [k for k in text if k > i]
    if len(above) < 2:
        return False
    if below_fields(stripped, i, taken):
        return True  # the last row of a list of fields, the page's chrome under it
    if not below:
        return False
    down = next(k for k in range(i + 1, len(stripped)) if stripped[k])
    return up is not None and not taken(up) and not taken(down)


#: A field row: a short label, its colon, a value ('停电时间：…', 'Venue: …').
_FIELD = re.compile(r"^[^\s:：，,。；;]{1,8}\s*[:：]\s*\S")


def in_fields(stripped: list[str], i: int, taken: Callable[[int], bool]) -> bool:
    """Line ``i`` is a labelled row glued to another labelled row nobody took, above or
    below it: a row of a record's list of fields (``封闭时段：…`` over ``封闭路段：…``),
    wherever the page's last sentence stands.

    >>> page = ["标题", "时段：5月1日", "路段：城南", "", "页脚：某站"]
    >>> in_fields(page, 1, lambda k: k == 1), in_fields(page, 4, lambda k: k == 4)
    (True, False)
    """
    if not _FIELD.match(stripped[i]):
        return False
    for k in (i - 1, i + 1):
        if 0 <= k < len(stripped) and stripped[k] and not taken(k) and _FIELD.match(stripped[k]):
            return True
    return False


def below_fields(stripped: list[str], i: int, taken: Callable[[int], bool]) -> bool:
    """Line ``i``, a labelled row, closes a list of the text's own fields: the two lines
    glued over it are labelled rows nobody took (the list's ``范围：…`` / ``原因：…``)
    and a blank line ends the block under it.  The last record of a list page stands
    right over the page's foot (a page mark, a share prompt): the page's own figures
    all the same (``影响用户：约63户`` under ``停电原因：…``).

    >>> page = ["标题", "时间：5月1日", "范围：城南", "原因：检修", "用户：约6户", "", "第1页"]
    >>> below_fields(page, 4, lambda k: k in (1, 4, 6))
    True
    >>> below_fields(page, 4, lambda k: k in (1, 3, 4, 6))
    False
    >>> below_fields(["标题", "正文一。", "正文二。", "浏览：12", "", "页脚"], 3, lambda k: k > 2)
    False
    """
    if i < 2 or (i + 1 < len(stripped) and stripped[i + 1]) or not _FIELD.match(stripped[i]):
        return False
    return all(stripped[k] and not taken(k) and _FIELD.match(stripped[k]) for k in (i - 1, i - 2))


def valued_shape(key: str, examples: Collection[str]) -> bool:
    """A site shape masking numbers (not the page title) whose examples carry different
    values on different pages: each page's own figure in one wording."""
    return _NUMBER_MASK in key and _TITLE_MASK not in key and len(set(examples)) >= 2


#: The cues of a contact line (``site_repeat_keep.toml``): a number to call, an invitation
#: to object.  A site's own contact prints one number on every page; a notice board that
#: closes every notice with that notice's own number fills the wording in anew.
CONTACT_CUES = frozenset({"cue:contact", "cue:objection"})
#: A contact shape is each page's own when its examples carry at least this many numbers.
OWN_CONTACT_VALUES = 3


def own_contact(signals: Collection[str], examples: Collection[str]) -> bool:
    """A learned contact line (its only cue words a contact's) whose numbers differ page
    after page (:data:`OWN_CONTACT_VALUES` distinct examples): each notice's own number to
    call, not the site's (``closing_data`` then judges its place under the text).

    >>> own_contact(("cue:contact", "short"), ["电话：1", "电话：2", "电话：3"])
    True
    >>> own_contact(("cue:contact",), ["电话：1", "电话：2"])
    False
    >>> own_contact(("cue:contact", "cue:counter"), ["电话：1", "电话：2", "电话：3"])
    False
    """
    cues = {x for x in signals if x.startswith("cue:")}
    return bool(cues) and cues <= CONTACT_CUES and len(set(examples)) >= OWN_CONTACT_VALUES


def glued_contact(
    stripped: list[str], i: int, signals: Collection[str], hits: Mapping[int, object]
) -> bool:
    """A notice's own contact line ``i`` (:func:`own_contact`) is the text's when it
    invites objections (``cue:objection``) or is glued under the text's last sentence:
    no blank line and no other learned line of the site between (lines of the same
    contact block aside).  A site's hotline rotating by branch or day stands apart in
    the footer, after a blank line or among the footer's lines.

    >>> page = ["标题", "请于周五前报名。", "联系电话：1234", "", "营业时间：9-17"]
    >>> glued_contact(page, 2, ("cue:contact",), {2: 1, 4: 1})
    True
    >>> foot = ["标题", "请于周五前报名。", "", "服务热线：1234", "营业时间：9-17"]
    >>> glued_contact(foot, 3, ("cue:contact",), {3: 1, 4: 1})
    False
    >>> glued_contact(foot, 3, ("cue:objection",), {3: 1, 4: 1})
    True
    >>> shop = ["标题", "正文。", "营业时间：9-17", "热线：1"]
    >>> glued_contact(shop, 3, ("cue:contact",), {2: 1, 3: 1})
    False
    """
    if "cue:objection" in signals:
        return True
    j = i - 1
    while j >= 0 and stripped[j] and j in hits and _CONTACT_LINE.search(stripped[j]):
        j -= 1  # '联系人：某某' over '电话：…': one contact block
    return j >= 0 and bool(stripped[j]) and j not in hits and prose(stripped[j])


#: a line of a contact block: a number to call, a mail box, a contact person
_CONTACT_LINE = re.compile(
    r"电话|热线|手机|邮箱|联系|传真|電話|熱線|郵箱|聯繫|聯系|傳真|[Ee]-?mail|[Tt]el"
)


#: a number to call: seven digits or more, an area code's dash or spaces between them
_CALL_NUMBER = re.compile(r"(?<!\d)\+?\d[\d -]{5,}\d(?!\d)")
#: a contact's cells: the label's number, one or two more numbers or the office or person
MAX_CONTACT_CELLS = 3
#: a cell's label: words closed by a colon (a clock's colon between digits is none)
_CELL_LABEL = re.compile(r"[^\d\s][：:]")


def contact_cells(line: str) -> bool:
    """``line`` is one contact parted into cells (by wide gaps or bars): its first cell
    opens on a contact's label (a number to call, a hotline), no other cell carries a
    label of its own, and a number to call stands in it; the other cells are more
    numbers, the office or the person to ask.  A footer's row of labelled cells (a name,
    an address, a hotline) and a counter bar are no contact.

    >>> contact_cells("咨询电话：0571-8765432（甲办）　0571-8765433（乙部）")
    True
    >>> contact_cells("联系电话：0571-8765432　王先生")
    True
    >>> contact_cells("监督电话：某市商务局　0571-8765432")
    True
    >>> contact_cells("某公司　地址：某路1号　值班电话：0571-8765432")
    False
    >>> contact_cells("联系电话：0571-8765432　邮编：310000")
    False
    >>> contact_cells("阅读 1234567　点赞 3")
    False
    >>> contact_cells("客服热线：400-618-8866　某某公司　版权所有　某ICP备12345678号")
    False
    """
    cells = [c for c in CELL_GAP_OR_BAR.split(line) if c.strip()]
    # two or three cells: a footer's row runs on to the site's name, rights and record
    if not 2 <= len(cells) <= MAX_CONTACT_CELLS or not _CALL_NUMBER.search(line):
        return False
    label = _CELL_LABEL.search(cells[0])
    return (
        label is not None
        and _CONTACT_LINE.search(cells[0][: label.end()]) is not None
        and not any(_CELL_LABEL.search(c) for c in cells[1:])
    )


#: one figure: digits with inner marks of a clock, a decimal, a date or a number to call
_FIGURE = re.compile(r"\d+(?:[.:：/-]\d+)*")
#: a reading: a clock's time or a decimal measure (a date's year or an issue is none)
_READING = re.compile(r"\d[.:：]\d")
#: a reading cell holds a value and its measure at least (a time and a height)
MEASURED_FIGURES = 2


def measured_cells(line: str) -> bool:
    """``line`` is one labelled record of readings parted into cells: it opens on a field
    label and its colon (``潮汐预报：``, ``Readings:``), and every cell after the label
    (two or more, none with a label of its own) holds at least :data:`MEASURED_FIGURES`
    figures of its own, one a reading (a clock's time or a decimal measure).  A counter
    bar gives each cell one count; a footer's row of cells gives a name or an address; a
    stamp row with a count (``发布：2021-03-05　浏览：12``) has a cell of one figure.

    >>> measured_cells("潮汐预报：高潮 08:48（4.98米）　低潮 17:07（0.75米）")
    True
    >>> measured_cells("水位：上午 9:10 2.3米 | 下午 15:20 1.8米")
    True
    >>> measured_cells("阅读：12　点赞：3")
    False
    >>> measured_cells("发布时间：2021-03-05 10:00　浏览：12")
    False
    >>> measured_cells("某公司　地址：某路1号　值班：0571-8765432")
    False
    >>> measured_cells("气温：8.5℃")
    False

    A pager's row of issues or days holds no reading, and labels its second cell:

    >>> measured_cells("往期回顾：2018年第23期　2018年第22期")
    False
    >>> measured_cells("上一期：2023年5月　｜　下一期：2023年7月")
    False
    >>> measured_cells("热线：(07)555-1234　服务时间：周一至周五 13:30－21:00")
    False
    """
    head = _FIELD.match(line)
    if head is None:
        return False
    colon = max(line.find("：", 0, head.end()), line.find(":", 0, head.end()))
    cells = [c for c in CELL_GAP_OR_BAR.split(line[colon + 1 :]) if c.strip()]
    return (
        len(cells) >= 2
        and not any(_CELL_LABEL.search(c) for c in cells)  # a pager's '下一期：…' cell
        and all(len(_FIGURE.findall(c)) >= MEASURED_FIGURES for c in cells)
        and all(_READING.search(c) for c in cells)
    )


def closing_data(
    stripped: list[str],
    i: int,
    valued: Collection[int],
    hits: Mapping[int, object],
    claimed: Mapping[int, object],
    *,
    contact: bool = False,
) -> bool:
    """Line ``i`` closes the text with the page's own figures: it and the lines between it
    and the text are hits of site shapes whose values differ page to page (``valued``:
    :func:`valued_shape`, no cue word), and the line over that run is a sentence of the
    page's own text, not the page's first text line.  A notice ends with the numbers to
    call, every page its own ('值班电话：N' under the last sentence); a counter bar under
    a post holds a wide gap, a bar mark or a pictograph, or a cue word (the caller's).

    >>> page = ["站名", "标题", "正文一。", "有问题请联系。", "值班电话：110", "外线：+1-2", "页脚"]
    >>> closing_data(page, 5, {4, 5}, {0: 1, 4: 1, 5: 1, 6: 1}, {})
    True
    >>> closing_data(page, 5, {5}, {0: 1, 4: 1, 5: 1, 6: 1}, {})
    False
    >>> bar = ["站名", "标题", "正文第一句。", "正文第二句。", "阅读 12　点赞 3"]
    >>> closing_data(bar, 4, {4}, {0: 1, 4: 1}, {})
    False

    A notice's own contact line (``contact``: :func:`own_contact` and
    :func:`glued_contact` held) may list several numbers to call, each with its office,
    parted by gaps (:func:`contact_cells`): its cue words say it is no counter bar.  A
    footer's row of cells (a name, an address, a hotline) stays refused.

    >>> hot = ["站名", "标题", "正文。", "请报名。", "电话：0571-8765432（甲办）　0571-8765433"]
    >>> closing_data(hot, 4, {4}, {0: 1, 4: 1}, {})
    False
    >>> closing_data(hot, 4, {4}, {0: 1, 4: 1}, {}, contact=True)
    True
    >>> foot = ["站名", "标题", "正文。", "请报名。", "某公司　地址：某路1号　值班：0571-8765432"]
    >>> closing_data(foot, 4, {4}, {0: 1, 4: 1}, {}, contact=True)
    False
    """
    s = unmarked_date(stripped[i])  # '📅 2021-03-05': the date's glyph is no counter's
    if (
        i not in valued
        or (
            CELL_GAP_OR_BAR.search(s)
            and not (contact and contact_cells(s))
            and not measured_cells(s)
        )
        or any(unicodedata.category(ch) == "So" for ch in s)
    ):
        return False
    k = i
    while True:
        k = next((j for j in range(k - 1, -1, -1) if stripped[j]), -1)
        if k < 0 or k in claimed:
            return False
        if k not in valued:
            break
    if k in hits or not prose(stripped[k]):
        return False
    first = next((j for j, t in enumerate(stripped) if t and j not in hits and j not in claimed), k)
    return k != first


@lru_cache(maxsize=1)
def _note() -> re.Pattern[str]:
    """A note's label: ``注：``, ``备注：``, ``附注：`` (and ``注1：``), in either script
    (``[text_note] labels`` of ``cleaner/rules/headers.toml``)."""
    labels = "|".join(map(re.escape, load_table("headers")["text_note"]["labels"]))
    return re.compile(r"^(?:" + labels + r")\s*\d{0,2}\s*[:：]")


def text_note(
    stripped: list[str], i: int, hits: Mapping[int, object], claimed: Mapping[int, object]
) -> bool:
    """Line ``i`` is the text's own note: opened by a note label (``注：``) and glued under
    a text line (no blank line between), the way a report prints the note on its table or
    its figures.  A site's notice stands apart from the text or under its chrome.

    >>> page = ["表1　某表", "甲　1　2", "注：数据为初步统计数。", "", "版权所有"]
    >>> text_note(page, 2, {2: 1, 4: 1}, {}), text_note(page, 2, {2: 1, 1: 1}, {})
    (True, False)
    >>> text_note(["正文。", "", "注：本站内容来自网络。"], 2, {2: 1}, {})
    False
    """
    if not _note().match(stripped[i]) or i == 0:
        return False
    up = i - 1
    return bool(stripped[up]) and up not in hits and up not in claimed


def footer_hit(hits: Mapping[int, LearnedLine], k: int) -> bool:
    """Is line ``k`` one the site repeats as its chrome (no row filled with a number)?"""
    return k in hits and FOOT_CALL not in hits[k].signals


def in_footer(stripped: list[str], i: int, site_line: Callable[[int], bool]) -> bool:
    """Does line ``i`` stand inside the page's footer: the line over it (blank lines
    aside) one of the site's chrome (``site_line``), and every line under it too?  A row
    glued under the text, or with the text's own lines under it, stands in the body.

    >>> chrome = {2, 4}
    >>> in_footer(["正文。", "", "返回｜打印", "如有疑问请来电。", "某局版权所有"], 3,
    ...           chrome.__contains__)
    True
    >>> in_footer(["正文。", "如有疑问请来电。", "某局版权所有"], 1, {2}.__contains__)
    False
    >>> in_footer(["正文。", "返回｜打印", "如有疑问请来电。", "附：某表"], 2, {1}.__contains__)
    False
    """
    above = next((k for k in range(i - 1, -1, -1) if stripped[k]), None)
    if above is None or not site_line(above):
        return False
    return under_text(stripped, i, site_line)


def under_credit(
    stripped: list[str],
    i: int,
    site_line: Callable[[int], bool],
    credit: Callable[[str], bool],
) -> bool:
    """Does line ``i`` open the page's footer under a credit row that closes the text
    (``資料提供：某中心某課``, ``（责任编辑：某某）``: a row the split reads as the piece's
    metadata, ``credit``), with only the site's lines under it?  The credit is the
    text's last row: the site's foot starts under it as it does under the site's chrome
    (:func:`in_footer`).  A line under a sentence of the text, or with the page's own
    lines under it, is not.

    >>> foot = {3}.__contains__
    >>> credit = lambda s: s.startswith("资料提供：")
    >>> page = ["正文。", "资料提供：某课", "如有疑问请来电。", "某局版权所有"]
    >>> under_credit(page, 2, foot, credit)
    True
    >>> under_credit(["正文。", "如有疑问请来电。", "某局版权所有"], 1, {2}.__contains__, credit)
    False
    >>> under_credit(page + ["正文二。"], 2, foot, credit)
    False
    """
    above = next((k for k in range(i - 1, -1, -1) if stripped[k]), None)
    if above is None or not credit(stripped[above]):
        return False
    return under_text(stripped, i, site_line)


#: A sentence the site fills with each page's number to call reads as the site's by its
#: words alone when it holds at least this many cue words (what a sentence printed word
#: for word needs to be chrome anywhere: site_judge.chrome_signals)
WORDED_CALL_CUES = 2
#: cues that are a glyph opening the line, no word: a page's own note opens so too
MARK_CUES = frozenset({"cue:note_mark", "cue:icon_lead"})


def worded_call(signals: Collection[str]) -> bool:
    """A learned sentence filled with each page's number to call (:data:`FOOT_CALL`) whose
    words speak for the site: two cue words at least (an invitation to object and a
    contact).  Printed word for word such a sentence is chrome wherever it stands; its
    number alone does not make it the page's.  A mark opening the line (``※``, an icon)
    is no word: a page's own note with its own hotline opens so too.

    >>> worded_call(("cue:contact", "cue:objection", "digits", "foot_call"))
    True
    >>> worded_call(("cue:contact", "digits", "foot_call"))
    False
    >>> worded_call(("cue:contact", "cue:note_mark", "digits", "foot_call"))
    False
    """
    words = [x for x in signals if x.startswith("cue:") and x not in MARK_CUES]
    return len(words) >= WORDED_CALL_CUES


def under_text(stripped: list[str], i: int, site_line: Callable[[int], bool]) -> bool:
    """Does line ``i`` close the page under its text: no line of the page's own under
    it (every line below one of the site's, ``site_line``), whatever stands over it (the
    text's last sentence, a closing row the split reads)?

    >>> under_text(["正文。", "如有异议请来电。", "某局版权所有"], 1, {2}.__contains__)
    True
    >>> under_text(["正文。", "如有异议请来电。", "正文二。", "某局版权所有"], 1, {3}.__contains__)
    False
    """
    return all(site_line(k) for k in range(i + 1, len(stripped)) if stripped[k])
