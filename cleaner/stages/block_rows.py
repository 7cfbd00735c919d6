"""Rows of a paragraph block that a site repeats: a qualifier under each item.

A guideline rates every recommendation on the line under it (``评分：B；适用：成人``), a
catalogue gives every entry its terms; the values repeat across the site's pages, so the
site profile learns the row as chrome, and the line model, seeing a short label row,
guesses so too.  The boilerplate stage asks :func:`row_of_block` before it removes such a
line from the body: glued under a line of text (no blank line between), a short labelled
row whose label opens another row of the page is the block's.  Issue 12, sixth blind set.

A list of cells is a block too: a recipe's ingredients (``清水　500毫升`` among ``姜　2片``,
``食用油　适量``), a price list, a roster, one item per line and its cells parted by wide
gaps.  The common items (water, salt) recur on the site's pages and are learned as
chrome; glued to a row of the same number of short cells that stays, the line is a row
of the list (:func:`row_of_list`; seventh blind set).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Collection, Mapping
from functools import lru_cache

from cleaner.rules import load_table
from cleaner.stages.cell_gaps import CELL_GAP, CELL_GAP_OR_BAR
from cleaner.stages.dated_marks import date_only_shape, unmarked_date
from cleaner.stages.foot_lines import prose
from cleaner.stages.keep import keep_table
from cleaner.stages.piece_rows import piece_row

_SENTENCE_END = ("。", "！", "？", ".", "!", "?", "；", ";")

#: A line glued under a line of a paragraph block (text or the block's end below it) is
#: a row of the block when it is at most this long, ends no sentence, opens with a short
#: label and a colon that opens another row of the page too (a qualifier under each item,
#: ``评分：B；适用：成人`` twice or more), and carries no chrome cue word: a site repeats
#: it because its values repeat.  Chrome in the body (a prompt, a credit, a separator)
#: stands alone or carries no such label.
ROW_MAX_CHARS = 30
_ROW_LABEL = re.compile(r"^([^，。；：:\s]{1,8})[：:]")
_DIGITS = re.compile(r"\d+")


def row_of_block(
    stripped: list[str], i: int, hits: Mapping[int, object], claimed: Mapping[int, object]
) -> bool:
    """Line ``i`` is a labelled row (see ``ROW_MAX_CHARS``) right under an unclaimed text
    line, with an unclaimed text line or a blank line below it.

    >>> page = ["要点1：先量体温。", "评分：B；适用：成人", "要点2：再问病史。", "评分：A"]
    >>> row_of_block(page, 1, {}, {}), row_of_block(page, 1, {}, {0: 1})
    (True, False)
    """
    s = stripped[i]
    if len(s) > ROW_MAX_CHARS or s[-1] in _SENTENCE_END or not 0 < i < len(stripped) - 1:
        return False
    m = _ROW_LABEL.match(s)
    if m is None:
        return False
    up, down = i - 1, i + 1
    if not stripped[up] or up in hits or up in claimed:
        return False
    if stripped[down] and (down in hits or down in claimed):
        return False
    key = _DIGITS.sub("0", m.group(1))
    same = sum(
        1 for t in stripped if (n := _ROW_LABEL.match(t)) and _DIGITS.sub("0", n.group(1)) == key
    )
    if same < 2:
        return False
    return not keep_table().cues(s)


#: A card of rows glued into the text (``地址：…`` / ``开放时间：…`` / ``门票：…``) holds at
#: most this many rows; each row is at most this long.
CARD_MAX_ROWS = 8
CARD_ROW_MAX_CHARS = 80
#: A sentence after its lead-in label (``心得：先把水烧开，再放盐。``): clauses parted by a
#: comma, closed by a sentence end.  A paragraph of the text, no row of facts: a card
#: never runs through it.
_CLAUSED = re.compile(r"^[^：:]+[：:].*[，,；;].*[。！？!?]$")


def _card_row(s: str) -> bool:
    """``s`` is a card's row: a short label and a colon, and no sentence after it.

    >>> _card_row("时间：全天"), _card_row("心得：先把水烧开，再放盐。"), _card_row("正文。")
    (True, False, False)
    """
    return _ROW_LABEL.match(s) is not None and _CLAUSED.match(s) is None


def row_of_card(
    stripped: list[str], i: int, hits: Mapping[int, object], claimed: Mapping[int, object]
) -> bool:
    """Line ``i`` is one row of a card of labelled rows glued under a line of text (no
    blank line between): each line of the card opens with a short label and a colon,
    the labels differ, another row of the card is no learned line and no rule's, and
    the row carries no chrome cue word.  A guide lists every spot's address, hours and fare
    under its text; the rows whose values recur on the site (the usual hours, the usual
    fare) are learned as chrome, the card's other rows are not: the card is the text's.

    >>> page = ["正文写到这里。", "地址：甲村", "时间：全天", "票价：免费", "", "分享"]
    >>> row_of_card(page, 2, {2: 0, 3: 0}, {}), row_of_card(page, 2, {1: 0, 2: 0, 3: 0}, {})
    (True, False)
    >>> row_of_card(["", "地址：甲村", "时间：全天"], 2, {2: 0}, {})
    False

    A paragraph opened by a label (``心得：…，…。``) is the text, no row of a card: the
    learned line under it is no card's row.

    >>> said = ["正文写到这里。", "心得：先把水烧开，再放盐。", "往届：第3届 | 第2届"]
    >>> row_of_card(said, 2, {2: 0}, {})
    False
    """
    if not _card_row(stripped[i]):
        return False
    lo = hi = i
    while lo > 0 and stripped[lo - 1] and _card_row(stripped[lo - 1]):
        lo -= 1
    while hi + 1 < len(stripped) and stripped[hi + 1] and _card_row(stripped[hi + 1]):
        hi += 1
    rows = stripped[lo : hi + 1]
    if not 2 <= len(rows) <= CARD_MAX_ROWS or any(len(r) > CARD_ROW_MAX_CHARS for r in rows):
        return False
    labels = [m.group(1) for r in rows if (m := _ROW_LABEL.match(r))]
    if len(set(labels)) < len(labels):
        return False
    up = lo - 1
    if up < 0 or not stripped[up] or up in hits or up in claimed:
        return False
    if not any(k != i and k not in hits and k not in claimed for k in range(lo, hi + 1)):
        return False
    return not keep_table().cues(stripped[i])


#: A cell of a list row is at most this long (a name, a quantity, a price).
CELL_MAX_CHARS = 12
_CELL_PUNCT = re.compile(r"[。，；！？,;!?|｜:：]")


def _cells(s: str) -> int:
    """How many short cells ``s`` holds (0: not a row of cells: one cell, a long cell,
    punctuation, a bar or a label).

    >>> _cells("清水　500毫升"), _cells("步骤1　先把水烧开，再放盐。"), _cells("作者：某　日期：1")
    (2, 0, 0)
    """
    if len(s) > ROW_MAX_CHARS or _CELL_PUNCT.search(s):
        return 0
    cells = CELL_GAP.split(s)  # a wide gap: an ideographic space, two spaces, a tab
    if len(cells) < 2 or any(not c or len(c) > CELL_MAX_CHARS for c in cells):
        return 0
    return len(cells)


def row_of_list(stripped: list[str], i: int, claimed: Collection[int]) -> bool:
    """Line ``i`` is a row of short cells glued (no blank line between) to a row of as
    many cells that no rule claimed, and holds no chrome cue word.  A sibling the site
    learned counts (the common items of a list recur on the site's pages: that is why
    the line itself was learned).

    >>> page = ["用料", "清水　500毫升", "姜　2片", "", "收藏　分享"]
    >>> row_of_list(page, 1, set()), row_of_list(page, 1, {2}), row_of_list(page, 4, set())
    (True, False, False)
    """
    n = _cells(stripped[i])
    if not n:
        return False
    for j in (i - 1, i + 1):
        if not 0 <= j < len(stripped) or j in claimed:
            continue
        if _cells(stripped[j]) == n:
            return not keep_table().cues(stripped[i])
    return False


#: A list's own label ('优势：', 'Pros:', '所需材料：'): a short line ending in a colon.
LIST_LABEL_MAX_CHARS = 12
#: An item of such a list is at most this long.
ITEM_MAX_CHARS = 40
_LIST_LABEL = re.compile(r"^[^，。；！？,;!?：:]{1,11}[：:]$")
_ROW_VALUE = re.compile(r"^[^，。；：:\s]{1,8}[：:]\s*\S")


def _glyph(s: str) -> str | None:
    """The bullet opening ``s`` ('+ 某', '- 某', '✓某'): a symbol or a mark (no
    bracket or quote that opens a phrase), then a space or a Han character.

    >>> _glyph("+ 体积小"), _glyph("✓体积小"), _glyph("（一）体积小"), _glyph("-5度")
    ('+', '✓', None, None)
    """
    if len(s) < 3 or not (s[1] in " \u3000" or "\u4e00" <= s[1] <= "\u9fff"):
        return None
    cat = unicodedata.category(s[0])
    if cat[0] not in "SP" or cat in ("Ps", "Pi") or s[0] in "\"'":
        return None
    return s[0]


def _under_label(
    stripped: list[str], i: int, hits: Mapping[int, object], claimed: Mapping[int, object]
) -> bool:
    """Line ``i`` is an item of a bulleted list glued under its own label line."""
    glyph = _glyph(stripped[i])
    if glyph is None or len(stripped[i]) > ITEM_MAX_CHARS or stripped[i][-1] in _SENTENCE_END:
        return False
    j = i - 1
    while j >= 0 and _glyph(stripped[j]) == glyph and len(stripped[j]) <= ITEM_MAX_CHARS:
        j -= 1  # a sibling item (learned or not) between it and the label
    if j < 0 or not stripped[j] or j in hits or j in claimed:
        return False
    return _LIST_LABEL.match(stripped[j]) is not None


def row_of_labelled_list(
    stripped: list[str], i: int, hits: Mapping[int, object], claimed: Mapping[int, object]
) -> bool:
    """Line ``i`` belongs to a bulleted list under its own label, a list the text gives
    (``优势：`` over ``+ …`` items, ``所需材料：`` over ``- …`` items): an item, or the
    short labelled row that closes the list (a score, a total: ``合计：…``) glued under its
    last item.  The common items recur on a site's pages (a reviewer's stock pros, a
    recipe's salt) and the closing row repeats its shape, so the site profile learns them;
    glued to a label that stays, they are the text's.  A related list's heading is a
    word alone (``相关阅读``) or learned chrome itself, and a line with a chrome cue word
    (a counter, a share prompt) is never kept here.

    >>> page = ["优势：", "+ 体积小", "+ 好清洗", "评分：8/10", "", "相关阅读", "• 某篇"]
    >>> [row_of_labelled_list(page, i, {}, {}) for i in (1, 2, 3, 6)]
    [True, True, True, False]
    >>> row_of_labelled_list(page, 1, {0: 1}, {})
    False
    """
    s = stripped[i]
    if _under_label(stripped, i, hits, claimed):
        ok = True
    elif 0 < i and len(s) <= ROW_MAX_CHARS and s[-1] not in _SENTENCE_END:
        # a closing row: glued under an item of such a list, the list's end below it
        below = stripped[i + 1] if i + 1 < len(stripped) else ""
        ok = (
            _ROW_VALUE.match(s) is not None
            and not below
            and _under_label(stripped, i - 1, hits, claimed)
        )
    else:
        ok = False
    if not ok:
        return False
    return not keep_table().cues(s)


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


def closing_data(
    stripped: list[str],
    i: int,
    valued: Collection[int],
    hits: Mapping[int, object],
    claimed: Mapping[int, object],
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
    """
    s = unmarked_date(stripped[i])  # '📅 2021-03-05': the date's glyph is no counter's
    if (
        i not in valued
        or CELL_GAP_OR_BAR.search(s)
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
