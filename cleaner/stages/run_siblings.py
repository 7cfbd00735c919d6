"""Repeated lines whose siblings the page keeps: a line of a run is the run's (a helper of
:func:`~cleaner.stages.boilerplate_site.site_repeat`).

Pieces that share a subject repeat some of their own lines across the site's pages: the
notices of one fund print the same ``基金名称：…`` / ``基金主代码：…`` rows, the deals of one
district the same ``土地位置：…`` row, every notice of a template the same numbered section
head ``2　其他需要提示的事项``, every report of a league the same closing sentence.  The site
profile sees them on many pages and learns them as chrome; deleted, the page loses a line
from the middle of its own text.  Chrome does not stand like that: the site's furniture is
no member of a run whose other members are the page's own, and it is not glued between two
lines of the page's own text.  Three shapes are the page's, whatever their words:

* a *numbered sibling* (:func:`numbered_sibling`): the line opens with a section number
  (``2　``, ``二、``, ``（三）``, ``3.``, ``第四条``), the page keeps the line of the same
  numbering style and the number just before it (above) or just after it (below), and the
  page's own line glued under it is text (it heads something);
* a *label-row sibling* (:func:`label_run_sibling`): a ``label：value`` row inside a glued run
  of such rows where at least ``LABEL_RUN_OWN`` other rows are the page's own, the run
  standing inside the body (between its first line and its last sentence);
* a *sandwiched sentence* (:func:`sandwiched_sentence`): a sentence glued between the page's
  own lines, the one above a sentence, the one below the page's own; or a sentence glued
  under a kept numbered head whose sibling before it is kept too (the text the head heads).

A chrome cue word (``cue:…``) or menu separators in the learned line's signals rule every
shape out (a notice label, a disclaimer, a share prompt goes wherever it stands); the caller
decides only for lines that are learned, so a rule's claim is never undone here.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Sequence

from cleaner.stages.foot_lines import prose
from cleaner.stages.split_dates import cn_number

#: a section number opening a line, by style: arabic + gap or mark, CJK numeral + 、,
#: a bracketed numeral, 第N条/章/节/部分
_NUMBERED = (
    ("arabic", re.compile(r"^(\d{1,2})(?:[\u3000 ]+|[.．、](?!\d)\s*)(?=\S)")),
    ("cjk", re.compile(r"^([一二三四五六七八九十]{1,3})、")),
    ("paren", re.compile(r"^[（(]([一二三四五六七八九十]{1,3}|\d{1,2})[）)]")),
    ("chapter", re.compile(r"^第([一二三四五六七八九十]{1,3}|\d{1,2})[章节条部分]")),
)

#: a label row: a short label (no sentence mark, no digit) and a colon, a value after it
_LABEL_ROW = re.compile(r"^[^\s：:。！？；;，,\d]{2,10}[：:]\s*\S")
#: a run of label rows keeps a learned row when at least this many other rows are the page's
LABEL_RUN_OWN = 2
#: a sandwiched sentence is at least this long (shorter lines are labels: other passes)
SENTENCE_MIN = 12
#: a trail's or a menu's separators: a row holding one is no row of facts
_MENU_MARKS = re.compile(r"[>＞»›|｜/]")
_SENTENCE_END = ("。", "！", "？", "!", "?")


def section_number(line: str) -> tuple[str, int] | None:
    """The numbering style and number a line opens with, or ``None``.

    >>> section_number("2　其他需要提示的事项"), section_number("四、消费提示")
    (('arabic', 2), ('cjk', 4))
    >>> section_number("（十二）附则"), section_number("第3条 适用范围")
    (('paren', 12), ('chapter', 3))
    >>> section_number("2023年工作总结"), section_number("3.5亿元的投入")
    (None, None)
    """
    for style, rx in _NUMBERED:
        m = rx.match(line)
        if m is not None and (n := cn_number(m.group(1))) is not None:
            return style, n
    return None


def _glued(stripped: Sequence[str], i: int, step: int) -> int:
    """The line glued to ``i`` (no blank between) above (-1) or below (+1), or -1."""
    k = i + step
    return k if 0 <= k < len(stripped) and stripped[k] else -1


def _heads_own(stripped: Sequence[str], k: int, own: Callable[[int], bool]) -> bool:
    """Does line ``k`` head the page's own text: a line of the block glued under it (up
    to the next numbered head) is the page's (``own``), a sentence or a row of facts?

    >>> sec = ["1　基本信息", "名称：某某", "日期：今日", "2　说明"]
    >>> _heads_own(sec, 0, lambda k: k == 2), _heads_own(sec, 0, lambda k: k == 3)
    (True, False)
    """
    below = _glued(stripped, k, 1)
    while below != -1 and section_number(stripped[below]) is None:
        if own(below) and (prose(stripped[below]) or _LABEL_ROW.match(stripped[below])):
            return True
        below = _glued(stripped, below, 1)
    return False


def numbered_sibling(stripped: Sequence[str], i: int, own: Callable[[int], bool]) -> bool:
    """Is line ``i`` a numbered head whose neighbour number the page keeps, heading text?

    ``own(k)``: line ``k`` is the page's own (neither learned nor claimed).

    >>> page = ["1　公告基本信息", "基金名称：某基金", "2　其他需要提示的事项",
    ...         "本公告解释权归本公司。"]
    >>> numbered_sibling(page, 2, lambda k: k != 2)
    True
    >>> numbered_sibling(page, 2, lambda k: k not in (0, 1, 2))  # its sibling went too
    False

    A sibling the site repeats word for word still counts when it heads the page's own
    text (a template's numbered sections, each over this page's rows or sentences): the
    run is the text's skeleton, and two learned heads must not wait on each other.

    >>> numbered_sibling(page, 2, lambda k: k not in (0, 2))
    True
    >>> notes = ["1　本站信息仅供参考", "2　转载请注明出处", "正文一段。"]
    >>> numbered_sibling(notes, 1, lambda k: k == 2)  # its sibling heads no text
    False
    >>> nav = ["1　首页", "2　新闻", "3　联系我们"]
    >>> numbered_sibling(nav, 1, lambda k: k != 1)  # heads no sentence
    False
    """
    mine = section_number(stripped[i])
    if mine is None:
        return False
    below = next((k for k in range(i + 1, len(stripped)) if stripped[k]), -1)
    if below == -1 or not own(below):
        return False
    if not (prose(stripped[below]) or _LABEL_ROW.match(stripped[below])):
        return False  # a head heads text: a sentence or a row of its facts
    style, n = mine
    for k, s in enumerate(stripped):
        if k == i or not s or not (own(k) or _heads_own(stripped, k, own)):
            continue
        if (k < i and section_number(s) == (style, n - 1)) or (
            k > i and section_number(s) == (style, n + 1)
        ):
            return True
    return False


def label_run_sibling(
    stripped: Sequence[str], i: int, own: Callable[[int], bool], first: int, last: int
) -> bool:
    """Is line ``i`` a ``label：value`` row of a glued run of rows the page mostly keeps?

    >>> page = ["地块公示", "土地位置：东区某路以北", "出让面积：1200平方米", "土地用途：住宅",
    ...         "竞得人：某公司", "该宗地以挂牌方式出让。"]
    >>> label_run_sibling(page, 1, lambda k: k != 1, 0, 5)
    True
    >>> label_run_sibling(page, 1, lambda k: k not in (1, 2, 3), 0, 5)  # one own row only
    False
    >>> label_run_sibling(page, 1, lambda k: k != 1, 1, 5)  # the body's first line: no body
    False
    """
    if not (first < i < last) or not _LABEL_ROW.match(stripped[i]):
        return False
    n_own = 0
    for step in (-1, 1):
        k = _glued(stripped, i, step)
        while k != -1 and _LABEL_ROW.match(stripped[k]):
            n_own += own(k)
            k = _glued(stripped, k, step)
    return n_own >= LABEL_RUN_OWN


def sandwiched_sentence(
    stripped: Sequence[str], i: int, own: Callable[[int], bool], first: int
) -> bool:
    """Is line ``i`` a sentence glued between the page's own lines (a sentence above it, the
    page's own line below it), or glued under a kept numbered head of a kept run?

    >>> page = ["赛况一段，主队先失一局。", "两队下周将分别迎战积分榜前两名，战况值得关注。",
    ...         "本场最佳球员：某某"]
    >>> sandwiched_sentence(page, 1, lambda k: k != 1, 0)
    True
    >>> sandwiched_sentence(page, 1, lambda k: k not in (1, 2), 0)  # the foot's below
    False
    >>> tip = ["一、情况", "本次抽检合格。", "二、消费提示",
    ...        "选购时请认准正规场所，留存好购物凭证。"]
    >>> sandwiched_sentence(tip, 3, lambda k: k != 3, 0)
    True
    >>> end = ["正文一段话。", "本站声明的话，长长的一句话在这里。"]
    >>> sandwiched_sentence(end, 1, lambda k: k != 1, 0)
    False
    """
    s = stripped[i]
    if i <= first or len(s) < SENTENCE_MIN or not s.endswith(_SENTENCE_END):
        return False
    up = _glued(stripped, i, -1)
    if up == -1 or not own(up):
        return False
    head = section_number(stripped[up])
    if head is not None and not prose(stripped[up]):
        style, n = head  # a kept head of a numbered run: its sibling before it kept too
        if not any(
            own(k) and section_number(t) == (style, n - 1) for k, t in enumerate(stripped[:up])
        ):
            return False
    elif not prose(stripped[up]):
        return False
    if head is not None:
        return True  # the text of a kept head: the head heads it, whatever stands below
    down = _glued(stripped, i, 1)
    return down != -1 and own(down)


#: cue classes of ordinary vocabulary in a sentence (積分 points, 關注 attention, 热线 a
#: hotline the text names, 投诉 a complaint): a sentence holding only these is judged by
#: its position; any other cue (a legal notice, the site's voice, navigation) is chrome
WEAK_CUES = frozenset({"cue:download", "cue:share", "cue:contact", "cue:objection"})


def sibling_of_own(
    stripped: Sequence[str],
    i: int,
    first: int,
    last: int,
    own: Callable[[int], bool],
    signals: Collection[str] = (),
    *,
    own_row: Callable[[int], bool] | None = None,
) -> bool:
    """Any of the three shapes: a numbered sibling, a label-row sibling, a sandwiched
    sentence.  A menu or a chrome cue in the learned line's ``signals`` rules all out but a
    sentence's ordinary words (``WEAK_CUES``): that sentence is kept only in the strict
    position (a sentence above, the page's own sentence or row below, or a kept head above).
    ``own_row(k)`` (``own`` when not given) counts a label row's siblings: a row the site
    prints with each page's own figures is the page's there.

    >>> page = ["甲队先失一局。", "两队下周将迎战积分榜前两名，战况值得关注。",
    ...         "本场最佳球员：某某"]
    >>> sibling_of_own(page, 1, 0, 2, lambda k: k != 1, ("cue:download", "cue:share"))
    True
    >>> sibling_of_own(page, 1, 0, 2, lambda k: k != 1, ("cue:legal",))
    False
    >>> run = ["地块公示", "土地位置：东区某路以北", "出让面积：1200平方米",
    ...        "竞得人：某公司", "完。"]
    >>> sibling_of_own(run, 1, 0, 4, lambda k: k != 1, ("cue:navigation",))
    True
    >>> trail = ["地块公示", "当前位置：首页 > 公示", *run[2:]]
    >>> sibling_of_own(trail, 1, 0, 4, lambda k: k != 1, ("cue:navigation",))
    False
    >>> nxt = ["甲队先失一局。", "欢迎关注本协会公众号，获取更多赛讯。", "下一场比赛前瞻"]
    >>> sibling_of_own(nxt, 1, 0, 2, lambda k: k != 1, ("cue:share",))  # a title below
    False
    """
    row = own if own_row is None else own_row
    cues = {x for x in signals if x.startswith("cue:") or x == "menu"}
    if not cues:
        return (
            (first < i and numbered_sibling(stripped, i, own))
            or label_run_sibling(stripped, i, row, first, last)
            or sandwiched_sentence(stripped, i, own, first)
        )
    if cues == {"cue:navigation"} and not _MENU_MARKS.search(stripped[i]):
        # '位置：' names a place in a row of facts ('土地位置：东区某路以北'), a trail only
        # over menu marks ('当前位置：首页 > 某栏'): the run decides
        return label_run_sibling(stripped, i, row, first, last)
    if not cues <= WEAK_CUES or not sandwiched_sentence(stripped, i, own, first):
        return False
    down = _glued(stripped, i, 1)
    up = _glued(stripped, i, -1)
    if up != -1 and section_number(stripped[up]) is not None and not prose(stripped[up]):
        return True  # under a kept numbered head of a kept run
    return down != -1 and (
        stripped[down].endswith(_SENTENCE_END) or bool(_LABEL_ROW.match(stripped[down]))
    )
