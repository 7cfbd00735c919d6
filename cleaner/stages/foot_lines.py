"""The page's foot: short lines left between chrome below the last prose line.

A post or document page ends with a block of chrome: an end mark, a credit bar, a list
of past or related posts, a copyright notice, a reaction bar.  Rules, the site profile
and the line model take most of it; what they leave are lines whose wording no
vocabulary names (the editors' names, the titles of other posts).  Their *place* and
*shape* name them:

* **a bullet list under a claimed heading** (rule ``boilerplate.foot_list``; also the
  heading alone, a short label between chrome and a list other claims took): below the
  last prose line, two or more consecutive lines opened by one and the same bullet glyph
  (``▶``, ``•``, ``→`` …: a symbol, not a letter, digit or bracket), each short and not a
  sentence, directly under a line that is already going (a link-list heading), or under a
  short label of its own that has chrome right above it, with chrome (or the page's end)
  right below the list: the label goes with it (an article's closing list has its text
  above the label, not chrome); items of the list that another claim took count for its
  length;
* **a bar between chrome** (rule ``boilerplate.foot_bar``): below the last prose line, a
  short line that is not a sentence, whose nearest lines above and below are both going,
  and which is cut into fields by a separator or a wide gap (``X丨Y　Z丨W``); a date or a
  signature between two chrome lines has no fields and stays, and so does a line the
  keep table protects;
* **a notice at the foot** (rule ``boilerplate.foot_notice``; also any short label and
  one sentence with chrome right above it and only chrome below, a note stacked among
  the site's notes): the last prose line, a
  single sentence opened by a short label that names itself a notice (the
  ``notice_label`` cue of ``site_repeat_keep.toml``: ``提示：``, ``须知：``, ``声明：``
  …), with chrome, and only chrome, below it: the site's note to its readers set
  between the text and the related list or copyright.  A labelled paragraph with text
  below it stays (an article's own ``注意：`` paragraph), and so does a long one.  An
  ornament and a space in place of the label (``※ …``, ``◆ …``: the glyph a site sets
  before its own notes) name a notice too when the sentence speaks of downloads or
  points, or of copyright and reposting (the ``download`` and ``legal`` cues): a price
  for the file or a rights note is the site's, never the end of a document.  A label
  that opens another line of the text above (a paragraph every piece of a compilation
  closes with, ``编者提醒：`` under each item) is the text's own form: it stays.

At the page's top one line more (rule ``boilerplate.head_rule``, :func:`head_rule`): a
drawn rule (``=====``) right under head lines that other claims took whole closes that
head; a rule with nothing above it stays.

Above the last prose line nothing is taken: an article's own list and a table's rows
look the same there.  A reader comment thread (:mod:`cleaner.stages.comment_threads`,
rule ``boilerplate.comment_thread``) is found first, wherever it is: its texts are
sentences, so the last prose line is read above it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Sequence
from functools import lru_cache
from itertools import pairwise

from cleaner.stages.comment_threads import COMMENT_THREAD, comment_thread, stamped_rows
from cleaner.stages.foot_notice import _foot_notice
from cleaner.stages.foot_shapes import (
    ITEM_MAX_CHARS,
    _bullet,
    _question_item,
    prose,
)
from cleaner.stages.line_features import is_prose
from cleaner.stages.sentence_marks import SENTENCE_END
from cleaner.stages.split_titles_lines import rule_line

#: Rule ids of the three claims.
FOOT_LIST = "boilerplate.foot_list"
FOOT_BAR = "boilerplate.foot_bar"
FOOT_NOTICE = "boilerplate.foot_notice"
HEAD_RULE = "boilerplate.head_rule"
BAR_MAX_CHARS = 30
#: A related list's own heading ('相关阅读', '同栏目文章'): a short label.
LABEL_MAX_CHARS = 12
_LABEL_PUNCT = re.compile(r"[。！？；，、：:,.!?;]")
#: Fields of a bar: a separator between two words, or a wide gap.
_FIELDS = re.compile(r"\S\s*[|｜丨/·]\s*\S|\S\u3000+\S|\S {2,}\S")
_COLON = re.compile(r"[:：]")


#: how far below a row a kept prose line takes it out of the foot zone (:func:`foot_zone`)
FOOT_ZONE_REACH = 12


def foot_zone(stripped: Sequence[str], i: int, taken: Collection[int]) -> bool:
    """Is line ``i`` in the page's foot zone: no prose line that no rule ``taken`` within
    :data:`FOOT_ZONE_REACH` lines below it?  (A rule's ``foot_only`` matches are claimed
    there only: a footer's credits row worded as an event's own labelled row.)

    >>> page = ["主办单位：某馆", "", "本次活动面向全体市民开放，欢迎大家踊跃报名参加。"]
    >>> foot_zone(page, 0, set()), foot_zone(page, 0, {2}), foot_zone(page[:2], 0, set())
    (False, True, True)
    """
    below = range(i + 1, min(len(stripped), i + 1 + FOOT_ZONE_REACH))
    return not any(stripped[k] and k not in taken and is_prose(stripped[k]) for k in below)


def head_rule(stripped: list[str], claimed: Collection[int]) -> int | None:
    """The drawn rule closing a page head that other claims took whole (``=====`` under
    an export's or a site's head lines): the head's, not the text's.  A rule opening the
    page with nothing above it stays (the text's own ornament, or the title's frame).

    >>> head_rule(["某站 · 导出", "共 3 篇", "=" * 20, "标题", "正文。"], {0, 1})
    2
    >>> head_rule(["=" * 20, "标题", "正文。"], set()), head_rule(["某站", "=" * 9, "标题"], set())
    (None, None)
    """
    above: list[int] = []
    for i, s in enumerate(stripped):
        if not s:
            continue
        if i not in claimed:
            if above and len(s.replace(" ", "")) >= 3 and rule_line(s) and i + 1 < len(stripped):
                return i
            return None
        above.append(i)
    return None


def foot_lines(
    stripped: list[str],
    claimed: Collection[int],
    kept: Callable[[str], bool] = lambda s: False,
    closing: Collection[str] = (),
) -> dict[int, str]:
    """Foot lines to claim: line index → rule id (see the module doc).

    ``claimed``: lines already going; ``kept(s)``: does the keep table protect ``s``;
    ``closing``: lines that stood right over the page's tool bar the extractor cut (the
    bar closes the article: the line over it is the text's last, no foot notice;
    :mod:`~cleaner.stages.cut_chrome`).

    >>> page = ["正文写到这里，是一个完整的句子，到这里就结束了。", "— 完 —", "责编丨甲　校对丨乙",
    ...         "更多", "▶ 另一篇", "▶ 又一篇", "版权说明"]
    >>> sorted(foot_lines(page, {1, 3, 6}).items())
    [(2, 'boilerplate.foot_bar'), (4, 'boilerplate.foot_list'), (5, 'boilerplate.foot_list')]
    >>> page = ["正文写到这里，是一个完整的句子，到这里就结束了。", "— 完 —", "文 / 甲　图 / 乙"]
    >>> foot_lines(page, {1})
    {2: 'boilerplate.foot_bar'}
    >>> foot_lines(page[:2] + ["来源：某报　编辑：某某"], {1})
    {}
    >>> page = ["正文写到这里，是一个完整的句子，到这里就结束了。", "须知：本页仅作交流。", "版权"]
    >>> foot_lines(page, {2})
    {1: 'boilerplate.foot_notice'}
    >>> foot_lines(page, {2}, closing={page[1]})  # it stood over the print bar
    {}
    """
    found = _foot_lines(stripped, claimed, kept, closing)
    # a list of other pieces' titles cut to one width, under whatever else goes
    cut = cut_list(stripped, {*claimed, *found}, kept)
    found.update(dict.fromkeys(cut, FOOT_LIST))
    return found


def _foot_lines(
    stripped: list[str],
    claimed: Collection[int],
    kept: Callable[[str], bool],
    closing: Collection[str] = (),
) -> dict[int, str]:
    if not claimed:
        return {}
    # a reader comment thread first: its texts are sentences, not the post's last prose
    thread = {i: COMMENT_THREAD for i in comment_thread(stripped) if i not in claimed}
    # stamped one-row comments over the comment control a rule took (comment_threads.py)
    thread.update({i: COMMENT_THREAD for i in stamped_rows(stripped, claimed)})
    if thread:
        claimed = {*claimed, *thread}
    rest = [i for i, s in enumerate(stripped) if s and i not in claimed]
    # a sibling row (``其他某某：某题``) is no running text however long its title
    last = next((i for i in reversed(rest) if _running(stripped[i])), -1)
    if not any(i > last for i in claimed):
        return thread
    out: dict[int, str] = dict(thread)
    gone = set(claimed)
    while True:
        found = _lists_and_bars(stripped, last, gone, kept)
        out.update(found)
        gone.update(found)
        if last < 0 or stripped[last] in closing:
            return out  # the text's last line over the tool bar closing it
        if not _foot_notice(stripped, last, gone, kept):
            return out
        out[last] = FOOT_NOTICE  # and the foot goes on above it
        gone.add(last)
        rest.remove(last)
        last = next((i for i in reversed(rest) if prose(stripped[i])), -1)


def _lists_and_bars(
    stripped: list[str], last: int, gone: set[int], kept: Callable[[str], bool]
) -> dict[int, str]:
    """The bullet lists and bars below line ``last`` (``gone``: lines already going)."""
    out: dict[int, str] = {}
    filled = [i for i, s in enumerate(stripped) if s and i > last]
    gone = set(gone)
    k = 0
    while k < len(filled):  # lists first: a list's last item may open a bar's sandwich
        i = filled[k]
        glyph = _bullet(stripped[i])
        prev = filled[k - 1] if k else last
        if glyph is not None and i in gone and k >= 2 and prev not in gone:
            # a list other claims took whole (two or more items): its heading, a short
            # label with chrome right above it, goes with it
            if (
                filled[k - 2] in gone
                and _label(stripped[prev], kept)
                and _gone_siblings(stripped, filled, k, 1, gone, glyph) >= 1
            ):
                out[prev] = FOOT_LIST
                gone.add(prev)
        if glyph is None or i in gone:
            k += 1
            continue
        label = None
        if prev not in gone:
            # the list's own heading, a short label, with chrome right above it
            if k >= 2 and filled[k - 2] in gone and _label(stripped[prev], kept):
                label = prev
            else:
                k += 1
                continue
        run = [i]
        while k + len(run) < len(filled):
            j = filled[k + len(run)]
            if j in gone or _bullet(stripped[j]) != glyph:
                break
            run.append(j)
        # items of the same list another claim took already (the model's guess on some
        # of them), just above or below the run, count for its length
        if len(run) + _gone_siblings(stripped, filled, k, len(run), gone, glyph) >= 2 and all(
            _item(stripped[j], kept) for j in run
        ):
            after = k + len(run)
            if label is None or after == len(filled) or filled[after] in gone:
                # under a label: chrome, and only chrome, below the list too
                out.update(
                    dict.fromkeys([*([label] if label is not None else []), *run], FOOT_LIST)
                )
                gone.update(run)
                gone.update([label] if label is not None else [])
        k += len(run)
    for k, i in enumerate(filled):
        s = stripped[i]
        if i in gone or len(s) > BAR_MAX_CHARS or s.endswith(SENTENCE_END):
            continue
        above = filled[k - 1] if k else last
        below = filled[k + 1] if k + 1 < len(filled) else None
        if above not in gone or kept(s) or not _FIELDS.search(s):
            continue
        # at the page's end, under chrome: a bar of two fields at least ('文 / 甲　图 / 乙')
        # with no colon (a labelled row there is metadata the split stage reads)
        last_bar = below is None and len(_FIELDS.findall(s)) >= 2 and not _COLON.search(s)
        if below in gone or last_bar:
            out[i] = FOOT_BAR
    gone.update(out)
    for run in _labelled_runs(stripped, filled, last, gone, kept):
        out.update(dict.fromkeys(run, FOOT_BAR))
    return out


#: A label repeated on every item of a list: at most this long, letters only.
_ITEM_LABEL = re.compile(r"^(?P<k>[\w\u4e00-\u9fff][\w\u4e00-\u9fff ]{0,11}?)\s*[|｜丨]\s*\S")

#: A sibling row: a short label, a colon and its value (``其他某某：某题``,
#: ``更多某某：甲　乙　丙``); the label must open with a sibling word (``[sibling_label]``).
_COLON_LABEL = re.compile(r"^(?P<k>[\u4e00-\u9fff]{2,8})[ \t]*[:：][ \t\u3000]*(?P<v>\S.*)$")

#: The gap between the names of a row of sibling links on one line.
_NAME_GAP = re.compile(r"\u3000+|[ \t]{2,}")

#: A name in a row of sibling links on one line: at most this long.
NAME_MAX_CHARS = 16


def _item_label(s: str) -> str | None:
    """The label an item of a related list opens with: a short label before a bar
    (``相关｜某文``), or a sibling label before a colon (``其他某某：某题``); else None.

    >>> _item_label("相关｜河边的新桥"), _item_label("其他公开件：关于某事的问题")
    ('相关', '其他公开件')
    >>> _item_label("其他费用：无") is None, _item_label("推荐单位：某某公司") is None
    (False, True)
    """
    m = _ITEM_LABEL.match(s)
    if m is not None:
        return m["k"]
    m = _COLON_LABEL.match(s)
    if m is not None and _sibling_labels().match(m["k"]):
        return m["k"]
    return None


def _running(s: str) -> bool:
    """A line of running text (:func:`~cleaner.stages.foot_shapes.prose`) that is no
    sibling row: a sibling label and one title, no sentence end (``其他某某：关于某事的问题``).

    >>> _running("其他公开件：关于某某小区地下车库长期积水和墙面渗水脱落的问题")
    False
    >>> _running("其他事项：请于本月底前到窗口办理，逾期视为自动放弃。")
    True
    """
    if not prose(s):
        return False
    m = _COLON_LABEL.match(s)
    return (
        m is None
        or not _sibling_labels().match(m["k"])
        or len(s) > ITEM_MAX_CHARS
        or s.endswith(SENTENCE_END)
        or _COLON.search(m["v"]) is not None
    )


def _name_row(s: str, least: int = 2) -> bool:
    """A sibling label whose value is two names or more set apart by wide gaps
    (``其他玩法：甲　乙　丙``): the row of the site's other items, a list on one line;
    at least ``least`` names.

    >>> _name_row("其他栏目：甲栏　乙栏　丙栏"), _name_row("其他费用：无")
    (True, False)
    >>> _name_row("其他事项：请于月底前办理。　逾期不候。")
    False
    """
    m = _COLON_LABEL.match(s)
    if m is None or not _sibling_labels().match(m["k"]):
        return False
    names = _NAME_GAP.split(m["v"].strip())
    return len(names) >= least and all(
        0 < len(n) <= NAME_MAX_CHARS and not n.endswith(SENTENCE_END) and not _COLON.search(n)
        for n in names
    )


def _labelled_runs(
    stripped: list[str],
    filled: list[int],
    last: int,
    gone: Collection[int],
    kept: Callable[[str], bool],
) -> list[list[int]]:
    """Runs of two lines or more below the last prose line, each item opened by one and
    the same short label and a bar (``相关｜某文``, ``More | Some post``: a related list
    that prints its heading on every item), with chrome right above the run and chrome or
    the page's end right below it.  A credit row's label (``来源｜某报``: metadata the
    split stage reads) and a line the keep table protects are no item; the label must
    name a related list (``[related_item]`` of ``site_repeat_keep.toml``): a content
    noun on every item (``曲目｜…``, ``附件｜…``) opens a list of the page's own.

    >>> page = ["正文写到这里，是一个完整的句子，到这里就结束了。", "返回列表",
    ...         "相关｜河边的新桥", "相关｜老街改造完工了吗？", "版权所有"]
    >>> _labelled_runs(page, [1, 2, 3, 4], 0, {1, 4}, lambda s: False)
    [[2, 3]]
    >>> _labelled_runs(page, [1, 2, 3, 4], 0, {1}, lambda s: False)
    []
    >>> own = [*page[:2], "篇目｜河边的新桥", "篇目｜老街改造", "版权所有"]
    >>> _labelled_runs(own, [1, 2, 3, 4], 0, {1, 4}, lambda s: False)
    []
    """
    from cleaner.stages.credit_tail import closing_credit

    runs: list[list[int]] = []
    k = 0
    while k < len(filled):
        i = filled[k]
        key = _item_label(stripped[i])
        if i in gone or key is None or not _related_label(key):
            k += 1
            continue
        run = [i]
        taken = 0  # items of the list another claim took already, glued under the run
        after = k + 1
        while after < len(filled):
            j = filled[after]
            if _item_label(stripped[j]) != key:
                break
            if j in gone:
                taken += 1
            elif taken:
                break
            else:
                run.append(j)
            after += 1
        above = filled[k - 1] if k else last
        below_ok = after == len(filled) or filled[after] in gone
        # an item may ask a question (another post's title), never end a statement
        items = all(
            len(stripped[j]) <= ITEM_MAX_CHARS
            and not kept(stripped[j])
            and not stripped[j].rstrip("？?").endswith(SENTENCE_END)
            and not closing_credit(stripped[j])
            for j in run
        )
        # a row of sibling names on one line is a list by itself; a sibling label's rows
        # (``其他某某：某题``) may stand right under the body's last sentence, a bar's not:
        # the label names the site's other items, and one or two names there must be a run
        sibling = _ITEM_LABEL.match(stripped[i]) is None
        names = _name_row(stripped[i], 3 if k == 0 else 2)
        above_ok = above in gone or (k == 0 and sibling)
        if (len(run) + taken >= 2 or names) and above_ok and below_ok and items:
            runs.append(run)
        k = after
    return runs


@lru_cache(maxsize=1)
def _related_labels() -> re.Pattern[str]:
    """The ``[related_item]`` pattern of ``site_repeat_keep.toml``."""
    from cleaner.rules import load_table

    return re.compile(load_table("site_repeat_keep")["related_item"]["pattern"])


@lru_cache(maxsize=1)
def _sibling_labels() -> re.Pattern[str]:
    """The ``[sibling_label]`` pattern of ``site_repeat_keep.toml``."""
    from cleaner.rules import load_table

    return re.compile(load_table("site_repeat_keep")["sibling_label"]["pattern"])


def _related_label(label: str) -> bool:
    """Does an item's label name a related list (``相关``, ``延伸阅读``, ``More``)?"""
    return _related_labels().search(label) is not None


def _gone_siblings(
    stripped: list[str], filled: list[int], k: int, n: int, gone: set[int], glyph: str
) -> int:
    """How many lines opened by ``glyph`` and already going adjoin the run of ``n`` lines
    starting at ``filled[k]``, above it and below it."""
    count = 0
    for step, j in ((-1, k - 1), (1, k + n)):
        while 0 <= j < len(filled) and filled[j] in gone and _bullet(stripped[filled[j]]) == glyph:
            count += 1
            j += step
    return count


def _label(s: str, kept: Callable[[str], bool]) -> bool:
    """A list's heading: at most LABEL_MAX_CHARS, no bullet, no sentence or clause mark."""
    return (
        len(s) <= LABEL_MAX_CHARS
        and _bullet(s) is None
        and not _LABEL_PUNCT.search(s)
        and not kept(s)
    )


def _item(s: str, kept: Callable[[str], bool]) -> bool:
    if len(s) > ITEM_MAX_CHARS or kept(s):
        return False
    return not s.endswith(SENTENCE_END) or _question_item(s)


#: An end mark's tail (scope ``end_tail``) is at most this many non-empty lines: the
#: issuer's boilerplate paragraph or two (each language) and its contact row.
END_TAIL_MAX_LINES = 8


@lru_cache(maxsize=1)
def _contact_cues() -> tuple[re.Pattern[str], ...]:
    """The ``contact`` and ``address`` cues of ``site_repeat_keep.toml``."""
    from cleaner.rules import load_table

    cues = load_table("site_repeat_keep")["cue"]
    return tuple(re.compile(c["pattern"]) for c in cues if c["name"] in ("contact", "address"))


def end_tail(stripped: Sequence[str], hits: Sequence[int]) -> list[int]:
    """The lines an end mark closing a release takes (scope ``end_tail``): from the LAST
    mark to the page's end when what follows is short (``END_TAIL_MAX_LINES``) and names
    a contact or an address (the issuer's 'about' paragraph and media contact a wire
    prints under its end mark); else the mark alone.  The last mark, so a compilation of
    releases each closed by one keeps every piece; the cue, so a story's scene break
    ('###' over its last short scene) keeps the scene.

    >>> page = ["正文。", "###", "关于某公司", "某公司成立于2001年。", "联系电话：0571-88880000"]
    >>> end_tail(page, [1])
    [1, 2, 3, 4]
    >>> end_tail(["正文。", "###", "他推开了门。", "雪停了。"], [1])
    [1]
    """
    if not hits:
        return []
    last = hits[-1]
    rest = [s for s in stripped[last + 1 :] if s]
    if not rest or len(rest) > END_TAIL_MAX_LINES:
        return [last]
    if not any(c.search(s) for s in rest for c in _contact_cues()):
        return [last]
    return list(range(last, len(stripped)))


#: A width-cut list (:func:`cut_list`): CUT_MIN_ITEMS to CUT_MAX_ITEMS items, the cut
#: width at most CUT_MAX_CHARS and at least CUT_MIN_CHARS (a verse or lyric line is
#: seldom wider; a site cuts its titles wider), and at least CUT_AT_WIDTH items exactly
#: that wide.
CUT_MIN_ITEMS = 4
CUT_MAX_ITEMS = 20
CUT_MIN_CHARS = 14
CUT_MAX_CHARS = 32
CUT_AT_WIDTH = 3
#: An item of a cut list: most of its letters Han or Latin words (no column of figures).
_CUT_WORDY = 0.6
#: The end of a line that is a whole clause or verse line (a comma, a colon, a dash, an
#: ellipsis): a list of titles has none (a title that fit may close a bracket or quote).
_WHOLE_END = ("，", ",", "、", "：", ":", "—", "…")
#: An item opened by a serial (``1.``, ``第三章``, ``（二）``): a numbered list or an index.
_SERIAL = re.compile(
    r"^\s*(?:\d{1,3}\s*[.、．)）]|[（(]\s*[\d一二三四五六七八九十]+\s*[）)]|第\s*[\d一二三四五六七八九十百]+\s*[章节回篇部卷课条讲集期])"
)


def _cut_core(s: str) -> str:
    """An item without its list mark (a bullet glyph and the space after it)."""
    if _bullet(s) is not None:
        s = s[1:].lstrip()
    return s


def cut_list(
    stripped: Sequence[str],
    gone: Collection[int],
    kept: Callable[[str], bool] = lambda s: False,
) -> list[int]:
    """A list of other pieces' titles the site cut to one width, under the text's last
    sentence: the lines (not ``gone``) after the last line that ends a sentence, when
    they are one run of CUT_MIN_ITEMS short lines or more with chrome or the page's end
    below, none ending a sentence, a clause or a verse line, none opened by a serial
    (a numbered list, a chapter index) or cut into cells by a wide gap (a table's rows,
    a schedule), each mostly words (no column of figures), and at
    least CUT_AT_WIDTH of them exactly as wide as the widest (the cut), that width
    between CUT_MIN_CHARS and CUT_MAX_CHARS, with one item at least shorter (a title
    that fit), no line repeated (a song's refrain).  A verse has its own marks and
    narrower lines; an article's list of items seldom shares a width to the character.

    >>> text = ["这是正文的最后一句话，到这里就结束了。"]
    >>> cut = ["城东老街改造工程今日正式开工建设各方", "秋季运动会在市体育中心隆重开幕全校师",
    ...        "河道清淤完工", "图书馆新馆开放时间调整为每日早上八点", "社区食堂推出老年人优惠"]
    >>> cut_list(text + cut, set())
    [1, 2, 3, 4, 5]
    >>> cut_list(text + cut[:3], set()), cut_list(text + [s + "。" for s in cut], set())
    ([], [])
    """
    filled = [i for i, s in enumerate(stripped) if s and i not in gone]
    last = next((i for i in reversed(filled) if stripped[i].endswith(SENTENCE_END)), -1)
    run = [i for i in filled if i > last]
    if (
        last < 0
        or not CUT_MIN_ITEMS <= len(run) <= CUT_MAX_ITEMS
        or any(b != a + 1 and not _gap(stripped, a, b) for a, b in pairwise(run))
    ):
        return []
    items = [_cut_core(stripped[i]) for i in run]
    if any(not _cut_item(s) for s in items) or any(kept(stripped[i]) for i in run):
        return []
    width = max(len(s) for s in items)
    at = sum(len(s) == width for s in items)
    if not CUT_MIN_CHARS <= width <= CUT_MAX_CHARS or at < CUT_AT_WIDTH or at == len(items):
        return []
    if len(set(items)) < len(items):  # a refrain repeats its lines; a list never does
        return []
    return run


def _gap(stripped: Sequence[str], a: int, b: int) -> bool:
    """Only blank lines between lines ``a`` and ``b`` (a list set one item a paragraph)."""
    return all(not stripped[k] for k in range(a + 1, b))


def _cut_item(s: str) -> bool:
    if not s or len(s) > CUT_MAX_CHARS or s.endswith((*SENTENCE_END, *_WHOLE_END)):
        return False
    if _SERIAL.match(s) or _NAME_GAP.search(s):  # numbered, or cells set apart by gaps
        return False
    words = sum(1 for ch in s if ch.isalpha())
    return words >= _CUT_WORDY * len(s)
