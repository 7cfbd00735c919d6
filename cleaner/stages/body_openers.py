"""Repeated lines that belong to the body they sit in (used by the site-repeat pass).

A site whose articles follow one template repeats some of the *body's own* lines on every
page: the label that opens a list (``要点如下：``), a recurring question of a FAQ
(``Q：这个功能收费吗？`` with its page's own answer below), the writer's place line over
the sign-off date (``写于旧居的窗下`` / ``二〇二一年三月五日``).  The site profile learns
them as chrome (they repeat and are short); the boilerplate stage deleted them, and with
them a sentence of the page.  Two shapes keep them:

* an *opener*: inside the body (between its first content line and its last prose line),
  the line ends with a colon or a question mark and carries no chrome cue word, and the
  line right under it is the page's own (not learned, not claimed; its words are free: an
  answer may well say 登录): the label or the question introduces that text;
* a *sign-off*: right under a prose line of the page's own, a short line without digits and
  cue words, and right under it the page's own date line, closing the page's text;
* a *question on top* (:func:`top_question`): the body's first question of a FAQ page,
  whose questions repeat on a few of the site's pages, stands above the page's first own
  line, where a site's head stands; it is the page's own when that line is its answer: a
  sentence, not another question.  Released before the page's numbered title is looked
  for, so the title over it stays too.

A site notice label (``温馨提示：``) and a prompt with a cue word (``登录``, ``分享`` …) are
never kept here: the chrome cues of ``site_repeat_keep.toml`` rule them out.
"""

from __future__ import annotations

import re
from collections.abc import Container, Mapping
from functools import cache

from cleaner.rules import load_table
from cleaner.stages.cue_words import mask_compounds
from cleaner.stages.foot_lines import prose

#: a date line: a year and month in digits, or a year in four numerals (the sign-off date
#: of a letter, a review, a preface: ``二〇二一年三月五日``), and little else
_DATE_LINE = re.compile(
    r"^(?:(?:19|20)\d\d\s*[-/.年]\s*\d{1,2}(?:\s*[-/.月]\s*\d{1,2}\s*日?)?"
    r"|[〇○零一二三四五六七八九]{4}\s*年\s*[一二三四五六七八九十]{1,3}\s*月"
    r"(?:\s*[一二三四五六七八九十]{1,3}\s*日)?)[。.]?$"
)
#: a sign-off place line is short (measured on invented letters and reviews: 6-12)
SIGN_OFF_MAX = 16


@cache
def _cues() -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(c["pattern"]) for c in load_table("site_repeat_keep")["cue"])


def _cued(line: str) -> bool:
    line = mask_compounds(line)  # a cue inside a compound of its own is none (cue_words)
    return any(rx.search(line) for rx in _cues())


def _next(stripped: list[str], i: int) -> int:
    return next((k for k in range(i + 1, len(stripped)) if stripped[k]), -1)


def body_opener(stripped: list[str], i: int, hits: Container[int], claimed: Container[int]) -> bool:
    """Does the learned line ``stripped[i]`` open the page's own line right under it?

    >>> page = ["常见问题", "Q：这个功能收费吗？", "A：基础功能免费，高级功能按月计费。"]
    >>> body_opener(page, 1, {0, 1}, set()), body_opener(page, 1, {0, 1, 2}, set())
    (True, False)
    >>> body_opener(["温馨提示：", "本页内容仅供参考，以原文为准。"], 0, {0}, set())
    False
    >>> body_opener(["心得如下，供大家参考：", "1. 先量尺寸。", "2. 再下单。"], 0, {0}, set())
    True
    """
    s = stripped[i]
    if not s.endswith(("：", ":", "？", "?")):
        return False
    k = i + 1
    own = k < len(stripped) and bool(stripped[k]) and k not in hits and k not in claimed
    if own and _cued(s):
        # a cue word ('供大家参考') over the page's own numbered list: the list's lead-in
        return s.endswith(("：", ":")) and _numbered_run(stripped, k, hits, claimed)
    return own


#: an item of a numbered list: '1. ', '2、', '(3)', '（4）'
_ITEM = re.compile(r"^(?:\d{1,2}\s*[.、．)）]|[(（]\d{1,2}[)）])")


def _numbered_run(
    stripped: list[str], k: int, hits: Container[int], claimed: Container[int]
) -> bool:
    """Lines from ``k`` on open a run of the page's own items numbered 1, 2 …"""
    n = 0
    for j in range(k, len(stripped)):
        m = _ITEM.match(stripped[j])
        if m is None or j in hits or j in claimed:
            break
        if int(re.sub(r"\D", "", m.group())) != n + 1:
            break
        n += 1
    return n >= 2


def sign_off(stripped: list[str], i: int, hits: Container[int], claimed: Container[int]) -> bool:
    """Is the learned line ``stripped[i]`` the writer's place line of a sign-off: right under
    the page's own prose, above the page's own date line?

    >>> page = ["全文到此为止，谢谢读到这里的你。", "写于旧居的窗下", "二〇二一年三月五日"]
    >>> sign_off(page, 1, {1}, set()), sign_off(page, 1, {1, 2}, set())
    (True, False)
    >>> sign_off(["正文。", "点击关注不迷路", "2021-03-05"], 1, {1}, set())
    False
    """
    s = stripped[i]
    if len(s) > SIGN_OFF_MAX or any(ch.isdigit() for ch in s) or _cued(s):
        return False
    up = next((k for k in range(i - 1, -1, -1) if stripped[k]), -1)
    if up == -1 or up in hits or up in claimed or not prose(stripped[up]):
        return False
    k = _next(stripped, i)
    return k != -1 and k not in hits and k not in claimed and bool(_DATE_LINE.match(stripped[k]))


#: a judgement's or a committee's signing block lists this many names at most between
#: its text and its date (a bench of three, five or seven)
SIGN_RUN_MAX = 7


def _signer(s: str) -> bool:
    return 0 < len(s) <= SIGN_OFF_MAX and not any(ch.isdigit() for ch in s) and not _cued(s)


def signing_block(
    stripped: list[str], i: int, hits: Container[int], claimed: Container[int]
) -> bool:
    """Is the learned line ``stripped[i]`` one line of a signing block: a run of short
    lines (no digits, no cue words, no sentence; learned or the page's own) that opens
    right under the page's own prose and ends right over the page's own date line?  A
    court's bench (``审　判　长　某某`` / ``审　判　员　某某``) or a committee's members sign
    every judgement or minute of a site, so the same names repeat; between the page's
    text and its date they are the text's.  No rule's line may stand inside the run.

    >>> page = ["本决定为最终决定。", "主　任　甲某某", "委　员　乙某", "二〇二一年三月五日"]
    >>> signing_block(page, 1, {1}, set()), signing_block(page, 2, {1}, set())
    (True, True)
    >>> signing_block(page, 1, {1, 3}, set()), signing_block(page, 1, {1}, {2})
    (False, False)
    >>> signing_block(["正文。", "点击关注", "分享到朋友圈", "2021-03-05"], 1, {1, 2}, set())
    False
    """
    if not _signer(stripped[i]) or prose(stripped[i]) or i in claimed:
        return False
    up, n = i - 1, 1
    while up >= 0 and stripped[up] and _signer(stripped[up]) and not prose(stripped[up]):
        if up in claimed:
            return False
        up, n = up - 1, n + 1
    if up < 0 or not stripped[up] or up in hits or up in claimed or not prose(stripped[up]):
        return False
    down = i + 1
    while down < len(stripped) and _signer(stripped[down]) and not _DATE_LINE.match(stripped[down]):
        if down in claimed:
            return False
        down, n = down + 1, n + 1
    if n > SIGN_RUN_MAX or down >= len(stripped) or down in hits or down in claimed:
        return False
    return bool(_DATE_LINE.match(stripped[down]))


_QUESTION_END = ("？", "?")
#: A FAQ question stands on the pages of the groups that hold it, a head's prompt on
#: (nearly) every page of the site: a question on more of them (share 0-100) is the head's.
TOP_QUESTION_MAX_SUPPORT = 80.0


def top_question(
    stripped: list[str],
    hits: Mapping[int, float],
    signals: Mapping[int, tuple[str, ...]],
    claimed: Container[int],
) -> int | None:
    """The learned line right above the page's first own line (no hit, no claim) when it
    is a question over its answer: it ends in a question mark, has no chrome cue or menu
    separators (``signals``), stands on at most TOP_QUESTION_MAX_SUPPORT % of the site's
    pages (``hits``: line → its share), and the own line under it is a sentence
    (:func:`~cleaner.stages.foot_lines.prose`) that asks nothing; else None.

    >>> page = ["某站首页", "问：可以改昵称吗？", "答：每月可以改一次。", "答：也可以找客服。"]
    >>> top_question(page, {0: 100.0, 1: 60.0}, {0: ("menu",), 1: ("short",)}, set())
    1
    >>> top_question(page, {0: 100.0, 1: 60.0}, {1: ("cue:login",)}, set())
    >>> top_question(page, {0: 100.0, 1: 100.0}, {}, set())  # on every page: the head's
    >>> asks = ["某站首页", "还有疑问吗？", "昵称可以改几次？", "答：每月可以改一次。"]
    >>> top_question(asks, {0: 100.0, 1: 60.0}, {}, set())  # a question under it
    >>> bare = ["某站首页", "还有疑问吗？", "更多", "答：每月可以改一次。"]
    >>> top_question(bare, {0: 100.0, 1: 60.0}, {}, set())  # no sentence under it
    """
    first = next(
        (k for k, s in enumerate(stripped) if s and k not in hits and k not in claimed), None
    )
    if first is None:
        return None
    up = next((k for k in range(first - 1, -1, -1) if stripped[k]), None)
    if up is None or up not in hits or up in claimed:
        return None
    q, answer = stripped[up], stripped[first]
    if not q.endswith(_QUESTION_END) or answer.endswith(_QUESTION_END) or not prose(answer):
        return None
    if any(x.startswith("cue:") or x == "menu" for x in signals.get(up, ())):
        return None
    return up if hits[up] <= TOP_QUESTION_MAX_SUPPORT else None
