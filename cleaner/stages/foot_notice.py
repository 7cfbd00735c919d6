"""A site's notice at a page's foot (rule ``boilerplate.foot_notice``, read by
:func:`foot_lines.foot_lines`): the last prose line, one labelled or ornamented sentence
with only chrome below it; the text's own labelled paragraph (one that opens other
pieces too) stays.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Sequence
from functools import lru_cache

from cleaner.stages.cue_words import mask_compounds
from cleaner.stages.foot_shapes import _bullet

#: A foot notice is one sentence or two of a site's note (about 30-60 characters on
#: tests/families); a longer labelled paragraph is text.
NOTICE_MAX_CHARS = 90


@lru_cache(maxsize=1)
def _notice_label() -> re.Pattern[str]:
    """The ``notice_label`` cue of ``site_repeat_keep.toml``."""
    from cleaner.rules import load_table

    cue = next(c for c in load_table("site_repeat_keep")["cue"] if c["name"] == "notice_label")
    return re.compile(cue["pattern"])


@lru_cache(maxsize=1)
def _site_cues() -> tuple[re.Pattern[str], ...]:
    """The ``download`` and ``legal`` cues of ``site_repeat_keep.toml``."""
    from cleaner.rules import load_table

    cues = load_table("site_repeat_keep")["cue"]
    return tuple(re.compile(c["pattern"]) for c in cues if c["name"] in ("download", "legal"))


def _ornamented_notice(s: str) -> bool:
    """``s`` opens with an ornament and a space and speaks of downloads or rights.

    >>> _ornamented_notice("◆ 本资料下载需扣除3积分。"), _ornamented_notice("◆ 本资料共三章。")
    (True, False)
    >>> _ornamented_notice("本资料下载需扣除3积分。")  # no ornament: a sentence of the text
    False
    """
    if len(s) < 3 or s[1] not in " \u3000" or _bullet(s) is None:
        return False
    return any(rx.search(mask_compounds(s)) for rx in _site_cues())


def _foot_notice(
    stripped: list[str], i: int, claimed: Collection[int], kept: Callable[[str], bool]
) -> bool:
    """Line ``i`` (the last prose line) is a labelled (or ornamented, cued) notice with
    only chrome below it."""
    s = stripped[i]
    if len(s) > NOTICE_MAX_CHARS or kept(s):
        return False
    below = [k for k in range(i + 1, len(stripped)) if stripped[k]]
    if not below or not all(k in claimed for k in below):
        return False
    if _label_repeats(stripped, i, claimed):
        return False  # the text's own labelled paragraph, one in every piece above
    if _notice_label().match(s) or _ornamented_notice(s):
        return True
    # any short label and one sentence, set between chrome lines: chrome right above it
    # too ('某某须知' above, a related list below), as a site stacks its notes; an
    # article's own closing note ('注：…。') has its text above it
    above = next((k for k in range(i - 1, -1, -1) if stripped[k]), None)
    return above is not None and above in claimed and _labelled_sentence(s)


_OPENING_LABEL = re.compile(r"^(?:[^\w\s]{1,2}[ \t\u3000]*)?[^，。；：:\s]{2,8}[:：]")


def _label_repeats(stripped: Sequence[str], i: int, claimed: Collection[int]) -> bool:
    """Line ``i`` opens with a short label (``某某提醒：``) that opens another line of the
    page's text above it too, a line no claim took: a paragraph every piece of a
    compilation closes with (a column's ``编者提醒：`` under each item), the text's
    own, however notice-like its label.  A site's note stands once at the foot.

    >>> tip = "小贴士：提醒内容写在这里。"
    >>> page = [tip, "", tip.replace("写在", "也写在"), "版权"]
    >>> _label_repeats(page, 2, {3}), _label_repeats(page, 2, {0, 3})
    (True, False)
    >>> _label_repeats(["正文。", "温馨提示：本页内容仅供参考。", "版权"], 1, {2})
    False
    """
    m = _OPENING_LABEL.match(stripped[i])
    if m is None or any(rx.search(mask_compounds(stripped[i])) for rx in _chrome_cues()):
        return False  # a download, rights or follow prompt is the site's, however labelled
    label = m.group(0)
    return any(
        stripped[k].startswith(label) and _closes_piece(stripped, k, i, claimed)
        for k in range(i)
        if k not in claimed
    )


def _closes_piece(stripped: Sequence[str], k: int, i: int, claimed: Collection[int]) -> bool:
    """Line ``k`` closes a piece: a blank line, a claimed line or a heading (a short
    line with no sentence's end) follows it before line ``i``, not more of its prose.

    >>> _closes_piece(["提醒：甲。", "", "第二件事", "提醒：乙。"], 0, 3, set())
    True
    >>> _closes_piece(["提醒：甲。", "不便之处，敬请谅解。", "提醒：乙。"], 0, 2, set())
    False
    """
    nxt = k + 1
    if nxt >= i or not stripped[nxt] or nxt in claimed:
        return nxt < i
    s = stripped[nxt]
    return len(s) <= HEADING_MAX_CHARS and s[-1] not in _SENTENCE_ENDS


#: A heading under a closing line (a piece's title or its row) is at most this long.
HEADING_MAX_CHARS = 40
_SENTENCE_ENDS = frozenset("。！!；;，,：:…")


@lru_cache(maxsize=1)
def _chrome_cues() -> tuple[re.Pattern[str], ...]:
    """The ``download``, ``legal`` and ``share`` cues of ``site_repeat_keep.toml``."""
    from cleaner.rules import load_table

    cues = load_table("site_repeat_keep")["cue"]
    names = ("download", "legal", "share")
    return tuple(re.compile(c["pattern"]) for c in cues if c["name"] in names)


_LABELLED = re.compile(r"^[\u4e00-\u9fff]{2,6}[:：][^。！？!?]{8,}[。！!]$")


def _labelled_sentence(s: str) -> bool:
    """One sentence opened by a short label of Han characters and a colon.

    >>> _labelled_sentence("补正说明：当事人可在一年后申请提前撤下。")
    True
    >>> _labelled_sentence("注意：短。")
    False
    >>> _labelled_sentence("说明：第一句。第二句。")
    False
    """
    return _LABELLED.match(s) is not None
