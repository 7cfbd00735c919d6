"""Which learned lines above a sign-off may be a notice's standing text
(:func:`~cleaner.stages.signed_text.standing_text`).  A site prints two things between an
article and its signature: a notice board's standing paragraphs (how to object, where to
write, the phone that takes reports), which are the notice's text, and its own footer
chrome (a copyright or disclaimer sentence, a prompt to follow or read on, a rating or
font-size widget, a tag row), which is not.  Only the first kind is kept, and only on a
page whose title names a notice (``kinds`` of ``spaced_labels.toml``: 公示, 公告, 通知…).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from functools import cache

from cleaner.rules import load_table
from cleaner.stages.sentence_marks import SENTENCE_END_NO_DOT
from cleaner.stages.spaced_labels import notice_kinds

#: a learned line's cues that mark the site's own voice, never a notice's text: a legal
#: or copyright note, a prompt to share, follow, read on, download, comment or log in
CHROME_CUES = frozenset(
    {
        "menu",
        "cue:legal",
        "cue:share",
        "cue:related",
        "cue:download",
        "cue:comments",
        "cue:mention_prompt",
        "cue:login",
    }
)
#: a row's cues that make it a notice's contact field row ('受理电话：…', '来信地址：…')
ROW_CUES = frozenset({"cue:contact", "cue:address", "cue:objection"})
#: a sentence's cues a notice's objection sentence may carry beside its objection cue
#: ('如有异议，可来信或在本网站留言'): a legal or copyright note it never carries
SENTENCE_CHROME = frozenset({"menu", "cue:legal", "cue:download", "cue:mention_prompt"})

_LABEL = re.compile(r"^(?P<label>[^\s：:]{2,8})[：:]\s*\S")
# a sentence of ten characters or more, then a labelled field on the same line
_SENTENCE_THEN_FIELD = re.compile(
    r"^[^：:]{9,}[。！](?P<field>(?P<label>[^\s：:，。；！？]{2,8})[：:]\s*[^。！？：:]{1,40})$"
)
# a post code, a phone or fax number: a run of five digits at least
_NUMBER = re.compile(r"\d[\d-]{4,}")
# a title's marks: a sentence's, a menu's or a breadcrumb's (a names list's 、 is none)
_TITLE_MARKS = re.compile(r"[，,。；;：:！!？?|｜»>/\\]")
# a title's leading kind ('公告：…', '公示：…'): the kind names the notice
_KIND_PREFIX = re.compile(r"^[^\s：:]{2,4}[：:]\s*")
#: a notice's title is at most this long
TITLE_MAX = 60


def standing_line(line: str, signals: Collection[str]) -> bool:
    """May the learned ``line`` (its profile ``signals``) be a notice's standing text: a
    sentence with no cue of the site's own voice, or a field row of a contact (a contact
    or address cue, or a number of five digits at least under a label)?  A short row
    that is no field row (a widget's cells, a rating's choices) never is.

    >>> standing_line("如有异议，请于公示期内来信反映。", ("cue:objection",))
    True
    >>> standing_line("本站文章版权所有，未经授权不得转载。", ("cue:legal", "cue:site_voice"))
    False
    >>> standing_line("通信地址：某路1号　邮编：000000", ("digits",))
    True
    >>> standing_line("标签：乡村　第3期", ("digits",)), standing_line("满意　一般", ("short",))
    (False, False)
    >>> standing_line("如有异议，可在本站留言。", ("cue:objection", "cue:comments"))
    True
    >>> standing_line("关注本站公众号，获取更多内容。", ("cue:share", "cue:related"))
    False

    A closing sentence with a contact row glued after it:

    >>> standing_line("由此带来的不便，敬请谅解。服务热线：12345（24小时）", ("cue:contact",))
    True
    >>> standing_line("感谢您的访问与支持。标签：乡村", ())
    False
    >>> standing_line("由此带来的不便，敬请谅解。备注：请相互转告；", ())  # a clause's end
    True
    """
    cues = set(signals)
    s = line.strip()
    if (
        (m := _SENTENCE_THEN_FIELD.match(s)) is not None
        and not CHROME_CUES & cues
        and (m["label"].endswith(_contact_labels()) or _NUMBER.search(m["field"]) is not None)
    ):
        # a closing sentence with the contact row glued after it ('敬请谅解。服务热线：…');
        # any other field after it is judged as the line always was (a clause's end)
        return True
    if s.endswith(SENTENCE_END_NO_DOT) and len(s) >= 10:
        # an objection sentence may name how to reach the site ('可在本网站留言')
        return not (SENTENCE_CHROME if "cue:objection" in cues else CHROME_CUES) & cues
    label = _LABEL.match(s)
    if label is None or CHROME_CUES & cues:
        return False
    if label["label"].endswith(_contact_labels()):
        return True
    return bool(ROW_CUES & cues) or _NUMBER.search(s) is not None


@cache
def _contact_labels() -> tuple[str, ...]:
    return tuple(load_table("standing_text")["contact_labels"])


def notice_page(stripped: Sequence[str], upto: int) -> bool:
    """Does a title above line ``upto`` name a notice (a line of no sentence, menu or
    breadcrumb mark ending in a notice kind, a bracket after it aside)?

    >>> notice_page(["首页 | 通知公告", "关于某事的公示", "正文。"], 2)
    True
    >>> notice_page(["首页 | 通知公告", "某镇老桥修缮完工", "正文。"], 2)
    False
    >>> notice_page(["关于张某、李某任职的公示", "正文。"], 1)
    True
    >>> notice_page(["公告：某片区停水安排", "正文。"], 1)
    True
    >>> notice_page(["第一批招聘简章", "正文。"], 1)
    True
    >>> notice_page(["说明：本站暂停服务", "正文。"], 1)
    False
    """
    kinds = (*notice_kinds(), *_title_kinds())
    for s in stripped[:upto]:
        t = re.sub(r"[（(][^（）()]*[）)]$", "", s).strip()
        if (prefix := _KIND_PREFIX.match(t)) and prefix[0].rstrip("：: ").endswith(kinds):
            t = t[prefix.end() :]  # '公告：东湖片区停水安排'
            if t and len(t) <= TITLE_MAX and not _TITLE_MARKS.search(t):
                return True
        if t and len(t) <= TITLE_MAX and not _TITLE_MARKS.search(t) and t.endswith(kinds):
            return True
    return False


@cache
def _title_kinds() -> tuple[str, ...]:
    return tuple(load_table("standing_text")["title_kinds"])
