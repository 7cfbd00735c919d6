"""A site's headed notice at the foot of its pages: a short head over fixed sentences.

A venue, a shop or an office closes every page with the same block of rules for its
visitors: a short head (``入场提示``, ``Visitor notes``) over a few sentences, each
printed word for word on nearly every page of the site, right under the page's own text
and over its foot chrome.  Single sentences of that kind are
:func:`~cleaner.stages.foot_repeat.foot_repeat`'s when chrome stands right above them;
a headed block stands right under the page's text, so the place alone cannot tell it
from the text's own closing.  The block's shape does:

* a run of at least :data:`MIN_NOTES` lines, each one of the site's foot sentences
  (:func:`~cleaner.stages.foot_repeat.foot_notes`: short, ending in a sentence mark,
  word for word on most pages, low on the page), none of them protected by the keep
  table (a closing formula, a signature);
* right over it a head: a short line with no sentence mark that the site also repeats
  on most of its pages (a learned line of the site's profile);
* below the run only lines some claim took (the foot chrome), or the page's end.

:func:`foot_block` names the head and the run; the stage deletes them as
``boilerplate.foot_block``.  A run with no repeated head over it (a series' fixed
closing sentences), a head over sentences of the page's own, or a block with the page's
text below it, is left alone.

A block of that shape is as often the document's own closing section, printed word for
word by a template on every page (a leaflet's warnings, a job ad's way to apply, the
attendees of minutes): repetition alone is no evidence that it is chrome.  The block is
taken as the document's, and kept, when

* the page above it already has a peer section of its shape: a short head over short
  sentences (:func:`peer_section`), or a line that is a section in its inline form, a
  short label and a colon over a sentence (``用途：…。``), which makes the block one
  section of a page of sections;
* a line of the block, or its head, is a labelled field (``记录：某某。``, ``重播：次日
  10:00``): a notice to visitors is sentences, a label with its value is the page's
  facts;
* the block does not speak as the site (:func:`site_speaks`): a notice is the site
  talking to its reader or of itself (a request, a prohibition, ``您``, a thanks for the
  reader's part, copyright, reposting, contacts, a disclaimer: the site cue words), or a
  head that names the site (``关于我们``); a writer's bio, what a hall offers, a desk's
  outlook, an editor's note are third-person sentences about a person, a place or the
  page's matter.  Such a block is a section of the page's own with no peer above it: it
  stays, and the caller is told (``sections``), so that the ledger says so
  (``boilerplate.foot_block.section``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Container
from functools import lru_cache

from cleaner.rules import load_table
from cleaner.stages.sentence_marks import SENTENCE_END

#: Rule id of the claim.
FOOT_BLOCK = "boilerplate.foot_block"
#: Rule id of the flag on a block of that shape kept as the page's own closing section.
FOOT_BLOCK_SECTION = "boilerplate.foot_block.section"
#: The fewest fixed sentences under the head.
MIN_NOTES = 2
#: A head is at most this long.
HEAD_MAX_CHARS = 16
_SENTENCE_MARKS = frozenset("。！？!?；;，,")
#: A label before a colon is at most this long.
LABEL_MAX_CHARS = 6
#: A short sentence of a peer section is at most this long, or as long as the block's
#: longest sentence.
SHORT_MAX_CHARS = 24


def labelled(s: str) -> bool:
    """Whether ``s`` is a label, a colon and a value (a field or an inline section).

    >>> [labelled(s) for s in ["记录：某某。", "重播：次日 10:00", "温馨提示：", "10:30 开始"]]
    [True, True, False, False]
    >>> labelled("他在会上说了很多话：大家要团结。")  # a sentence, its colon far in
    False
    """
    for k, c in enumerate(s[: LABEL_MAX_CHARS + 1]):
        if c in "：:":
            label = s[:k].strip()
            return (
                bool(label)
                and k < len(s) - 1
                and any(ch.isalpha() for ch in label)
                and not any(ch in _SENTENCE_MARKS for ch in label)
            )
    return False


@lru_cache(maxsize=1)
def _words() -> tuple[re.Pattern[str], ...]:
    data = load_table("foot_blocks")  # (its patterns widened to either script)
    names = ("reader", "self_head", "self_line", "promotion", "risk")
    return tuple(re.compile(data[k]["pattern"]) for k in names)


#: A learned site name shorter than this is too common a word to name the site in a line.
NAME_MIN_CHARS = 3


def site_names(stripped: list[str]) -> frozenset[str]:
    """The names the page's own copyright lines give its site (``foot_blocks.toml``,
    ``owner``).

    >>> sorted(site_names(["正文。", "Copyright © 2015-2024 某某网 版权所有", "备案号"]))
    ['某某网']
    >>> site_names(["版权所有，侵权必究。"])
    frozenset()
    """
    owner = _owner()
    return frozenset(m.group(1) for s in stripped for m in owner.finditer(s))


@lru_cache(maxsize=1)
def _owner() -> re.Pattern[str]:
    """The copyright line's site name (``foot_blocks.toml``, ``owner``): read once a
    process, not once a page."""
    return re.compile(load_table("foot_blocks")["owner"]["pattern"])


def _names_site(s: str, names: Collection[str], *, subject: bool = False) -> bool:
    """Whether ``s`` names the site by one of its ``names``; ``subject``: as the line's
    subject, opening it (after a bracket at most), not a mention inside a sentence."""
    if subject:
        s = s.lstrip('《「『【“"')
        return any(len(n) >= NAME_MIN_CHARS and s.startswith(n) for n in names)
    return any(len(n) >= NAME_MIN_CHARS and n in s for n in names)


def speaks_to_reader(s: str) -> bool:
    """Whether ``s`` addresses its reader (``foot_blocks.toml``, ``reader``): a request or
    a prohibition, ``您``, a welcome, a thanks for the reader's part.

    >>> [speaks_to_reader(s) for s in ["馆内请勿饮食。", "感谢您的配合！", "Please queue here."]]
    [True, True, True]
    >>> [speaks_to_reader(s) for s in ["他请来几位老友帮忙。", "展馆每周一闭馆。"]]
    [False, False]
    """
    return _words()[0].search(s) is not None


def site_speaks(
    head: str,
    lines: list[str],
    cued: Callable[[str], bool] = lambda s: False,
    names: Collection[str] = (),
) -> bool:
    """Whether a headed block at a page's foot speaks as the site (module doc): its head
    names the site or carries a site cue word (``cued``), or at least half its lines
    address the reader or carry a cue word.  Otherwise it speaks of a person, a place or
    the page's matter: the page's own section.

    The site speaks of itself in the third person too (``foot_blocks.toml``): a line
    whose subject is the site (``本刊``, ``平台``, ``栏目`` opening it) or its learned
    name (``names``: title suffixes, the page's copyright line), opening a line or
    anywhere in the head;
    a promotion or sponsorship head (``合作推广``, ``特别鸣谢``); a risk notice in the
    head or a line (``风险提示``, ``不构成投资建议``).

    >>> site_speaks("参观提示", ["请凭票入场。", "馆内请勿饮食。", "闭馆前半小时停止入场。"])
    True
    >>> site_speaks("关于我们", ["某某网创办于二〇一二年。", "团队有三十余人。"])
    True
    >>> site_speaks("作者简介", ["某某，生于某地。", "现居某城，业余写作。"])
    False
    >>> site_speaks("编后", ["这组稿件写了几位老人。", "请读者来信。"])  # one in two
    True
    >>> site_speaks("声明", ["文责自负。", "图片由作者提供。"], cued=lambda s: s == "声明")
    True
    >>> site_speaks("订阅办法", ["本刊逢双月出版。", "全年定价六十元。"])
    True
    >>> site_speaks("网站概况", ["松风网创办于二〇一五年。", "总部设在成都。"], names={"松风网"})
    True
    >>> site_speaks("赞助商", ["某某饮料是知名品牌。", "产品畅销各地。"])
    True
    >>> site_speaks("温馨提醒", ["行情瞬息万变。", "文中观点不构成买卖依据。"])
    True
    >>> site_speaks("作者简介", ["某某，生于某地。", "曾任平台工程师。"], names={"松风网"})
    False
    """
    _, self_head, self_line, promotion, risk = _words()
    if cued(head) or self_head.search(head) or promotion.search(head) or risk.search(head):
        return True
    if _names_site(head, names):
        return True
    for s in lines:
        if self_line.search(s) or risk.search(s) or _names_site(s, names, subject=True):
            return True  # the site of itself, or its disclaimer
    talk = sum(1 for s in lines if speaks_to_reader(s) or cued(s))
    return 2 * talk >= len(lines)


def _short_sentence(s: str, cap: int) -> bool:
    return bool(s) and s[-1] in SENTENCE_END and len(s) <= cap and not labelled(s)


def _head_shaped(s: str) -> bool:
    return (
        0 < len(s) <= HEAD_MAX_CHARS
        and not labelled(s)
        and not any(c in _SENTENCE_MARKS for c in s)
    )


def peer_section(stripped: list[str], above: list[int], claimed: Collection[int], cap: int) -> bool:
    """Whether the lines ``above`` a block hold a section of its shape (module doc): a
    short head over at least :data:`MIN_NOTES` short sentences (at most ``cap`` long),
    or a labelled sentence.

    >>> lead = "正文写了很长的一段话，交代了这次招募的来龙去脉和各项安排。"
    >>> page = ["招募公告", lead, "报名条件", "年满十八岁。", "身体健康。"]
    >>> peer_section(page, [0, 1, 2, 3, 4], set(), 24)
    True
    >>> peer_section(page, [0, 1, 2, 3], set(), 24)  # one sentence under the head
    False
    >>> peer_section(["某某药片", "用途：缓解头痛。"], [0, 1], set(), 24)
    True
    >>> peer_section(["某某演出", "导演：某某"], [0, 1], set(), 24)  # a field, no sentence
    False
    """
    lines = [k for k in above if k not in claimed]
    for n, k in enumerate(lines):
        s = stripped[k]
        if labelled(s) and s[-1] in SENTENCE_END:
            return True
        under = lines[n + 1 : n + 1 + MIN_NOTES]
        if (
            _head_shaped(s)
            and len(under) == MIN_NOTES
            and all(_short_sentence(stripped[u], cap) for u in under)
        ):
            return True
    return False


def foot_block(
    stripped: list[str],
    claimed: Collection[int],
    notes: Container[str],
    heads: Container[str],
    kept: Callable[[str], bool] = lambda s: False,
    *,
    cued: Callable[[str], bool] = lambda s: False,
    sections: list[int] | None = None,
    names: Collection[str] = (),
) -> list[int]:
    """The lines of the site's headed foot notice (module doc), or ``[]``.  ``notes``:
    the site's foot sentences; ``heads``: the short lines the site repeats; ``cued``:
    whether a line carries a site cue word; ``names``: the site's learned names
    (:func:`site_speaks`).  A block of that shape
    kept as the page's own closing section (it does not speak as the site) has its lines
    appended to ``sections``.

    >>> rules = ["请凭票入场，谢谢合作。", "馆内请勿饮食。", "闭馆前半小时停止入场。"]
    >>> page = ["某展览开幕", "展览的正文，介绍了展品和作者的来历。", "参观提示", *rules, "© 某馆"]
    >>> foot_block(page, {6}, set(rules), {"参观提示"})
    [2, 3, 4, 5]
    >>> foot_block(page, {6}, set(rules), set())  # no repeated head over the run
    []
    >>> foot_block(page, {6}, set(rules[:1]), {"参观提示"})  # sentences of the page's own
    []
    >>> foot_block(page, {4, 6}, set(rules), {"参观提示"})  # a claim took one already
    [2, 3, 5]
    >>> foot_block(page[:6] + ["正文又接着写了一段。"], set(), set(rules), {"参观提示"})
    []

    The document's own closing section of that shape stays (module doc):

    >>> sheet = ["某某胶囊", "用途：缓解疲劳。", "服用须知", *rules[:2]]
    >>> foot_block(sheet, set(), set(rules), {"服用须知"})
    []
    >>> talk = "会上讨论了很长的一段议题，大家各抒己见，最后形成了决定。"
    >>> fields = ["例会纪要", talk, "到会", "甲、乙、丙。", "记录：丁。"]
    >>> foot_block(fields, set(), {"甲、乙、丙。", "记录：丁。"}, {"到会"})
    []
    >>> bio = ["某某，生于某地。", "现居某城，业余写作。"]
    >>> found: list[int] = []
    >>> foot_block(page[:2] + ["作者简介", *bio], set(), set(bio), {"作者简介"}, sections=found)
    []
    >>> found
    [2, 3, 4]
    """
    filled = [i for i, s in enumerate(stripped) if s]
    run: list[int] = []
    for i in reversed(filled):
        s = stripped[i]
        if s in notes and not kept(s):
            run.insert(0, i)  # (one a claim took already is the block's all the same)
        elif i in claimed and not run:
            continue  # the foot chrome under the block
        else:
            break
    if len(run) < MIN_NOTES:
        return []
    above = [k for k in filled if k < run[0]]
    if not above:
        return []
    head = above[-1]
    h = stripped[head]
    if (
        head in claimed
        or len(h) > HEAD_MAX_CHARS
        or h not in heads
        or kept(h)
        or any(c in _SENTENCE_MARKS for c in h)
        or labelled(h)
    ):
        return []
    if any(labelled(stripped[i]) for i in run):
        return []  # a field of the page's own (module doc)
    cap = max(SHORT_MAX_CHARS, *(len(stripped[i]) for i in run))
    if peer_section(stripped, above[:-1], claimed, cap):
        return []  # one section of a page of sections
    if not site_speaks(h, [stripped[i] for i in run], cued, names):
        if sections is not None:
            sections.extend([head, *run])
        return []  # a section of the page's own, about its person, place or matter
    return [head, *(i for i in run if i not in claimed)]
