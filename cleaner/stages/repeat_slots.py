"""Slot rows: a site's response rows that differ from page to page by a name as well as figures.

A question-and-answer or forum site prints a stamp over every answer and comment
(``某某　回答于 2021-03-10``, ``2021-03-10 回复 某某``).  Its site profile
(:mod:`cleaner.stages.site_counts`) masks the figures of a line (its *shape*), but a name
stays: each answerer's row is a shape of its own, learned only for a name that answers on
most pages, and every other answerer's row survives as text.  Here such a row's name
becomes a *slot* (``⟨W⟩``), as its digits are masks:

* :func:`slot_split` finds, by structure alone (it runs on every line the profile counts),
  a short name-like token at the start or the end of a short line, parted from the rest
  (the *frame*) by spaces, a middle dot or a bar, where the frame holds a figure and no
  sentence mark; :func:`slot_shape` is the line's shape with the token masked;
* :func:`reply_frame` is the judge's test (:func:`~cleaner.stages.site_judge.judge`):
  the frame must be a response's stamp and nothing else, a verb of replying
  (``cleaner/rules/repeat_slots.toml``, ``[reply]``) with dates, times, counters, their
  units and separators.  A sentence around a name keeps words of its own and never
  passes, and a name is never a sentence (short, no punctuation), so prose never fills a
  slot; the row over the page's own piece (``某某 提问于 …``, ``某某 发表于 …``: its
  author and date, metadata) has no verb of replying and stays.

The same words make :func:`reply_stamp`: a shape of a verb of replying, figures and
units only, slot or not, such as the count over the answers (``⟨N⟩ 个回答``), too short
for the literal guard of other shapes; the boilerplate stage takes it inside the body and
as a heading, never as the page's own figures (:mod:`~cleaner.stages.boilerplate_site`).

A slot shape is counted like any shape and must repeat on enough of the site's pages;
what it removes is recorded as every learned line is (``boilerplate.site_repeat``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from cleaner.rules import load_table
from cleaner.rules.han_forms import widen

# A frame holds none of these: a sentence mark or a comma (prose, not a stamp).
from cleaner.stages.sentence_marks import CLAUSE_MARK as _PROSE

SLOT_MASK = "⟨W⟩"
#: A slot row is at most this long (a stamp, never a paragraph).
SLOT_MAX_CHARS = 48
#: A name in a slot is at most this many characters (a user name, a nickname).
NAME_MAX_CHARS = 16
#: … and at most this many Han characters (a Chinese name or nickname is short).
NAME_MAX_HAN = 8

_SEP = r"(?:[ \t\u3000]*[·|｜•][ \t\u3000]*|[ \t\u3000]+)"
_TOKEN = rf"[^\s·|｜•]{{1,{NAME_MAX_CHARS}}}"
_LEADING = re.compile(rf"({_TOKEN})({_SEP})(\S.*)")
_TRAILING = re.compile(rf"(.*[^\s·|｜•])({_SEP})({_TOKEN})")
#: A name holds none of these: sentence and label marks, brackets, quotes.
_NOT_NAME = re.compile(r"[，。！？；：、,.;:!?()（）《》【】\[\]“”\"'「」『』<>#@/／＠]")
_HAN = re.compile(r"[\u3400-\u9fff]")
_DIGIT = re.compile(r"\d")


def _name_like(token: str) -> bool:
    """A user name: a letter at least, no punctuation, not a figure or a date, short.

    >>> _name_like("青柠不加冰"), _name_like("dev_xiaoyu"), _name_like("2021-03-10")
    (True, True, False)
    >>> _name_like("补充一下，已经修复了"), _name_like("某某：")
    (False, False)
    """
    if _NOT_NAME.search(token) or len(_HAN.findall(token)) > NAME_MAX_HAN:
        return False
    return any(ch.isalpha() for ch in token)


def slot_split(line: str) -> tuple[str, str, str, bool] | None:
    """``(name, separator, frame, leading)`` of a row shaped like a response's stamp:
    a name-like token first (``leading``) or last, the frame a short run with a figure
    and a word and no sentence mark.  Structure only; :func:`reply_frame` judges the words.

    >>> slot_split("某甲　回答于 2021-03-10")
    ('某甲', '\u3000', '回答于 2021-03-10', True)
    >>> slot_split("2021-03-10 回复 某乙")
    ('某乙', ' ', '2021-03-10 回复', False)
    >>> slot_split("某甲 于2021年3月当选为理事，负责会务。"), slot_split("某甲 2021-03-10")
    (None, None)
    """
    s = line.strip()
    if len(s) > SLOT_MAX_CHARS or _DIGIT.search(s) is None:
        return None
    m = _LEADING.fullmatch(s)
    if m is not None and _name_like(m[1]) and _frame_like(m[3]):
        return m[1], m[2], m[3], True
    m = _TRAILING.fullmatch(s)
    if m is not None and _name_like(m[3]) and _frame_like(m[1]):
        return m[3], m[2], m[1], False
    return None


def _frame_like(frame: str) -> bool:
    """A stamp's frame: a figure and a word (a name beside a date alone is a byline),
    no sentence mark."""
    if _DIGIT.search(frame) is None or _PROSE.search(frame) is not None:
        return False
    return any(ch.isalpha() for ch in frame)


def slot_shape(line: str, shape: Callable[[str, str], str], *, title: str = "") -> str | None:
    """The line's shape with its name masked as a slot (``None``: no slot row);
    ``shape`` is :func:`~cleaner.stages.site_counts.shape_of` (passed in: that module
    counts with this one).

    >>> from cleaner.stages.site_counts import shape_of
    >>> slot_shape("某甲　回答于 2021-03-10", shape_of)
    '⟨W⟩\u3000回答于 ⟨N⟩-⟨N⟩-⟨N⟩'
    """
    parts = slot_split(line)
    if parts is None:
        return None
    _, sep, frame, leading = parts
    masked = shape(frame, title)
    return f"{SLOT_MASK}{sep}{masked}" if leading else f"{masked}{sep}{SLOT_MASK}"


@lru_cache(maxsize=1)
def _words() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(a verb of replying, any word a stamp may hold) as patterns (repeat_slots.toml)."""
    data = load_table("repeat_slots")

    def alt(words: list[str]) -> str:
        return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))

    thread = data["thread"]  # a post's tool in a thread stands for the verb of replying
    reply = alt([*data["reply"]["words"], *thread["words"]])
    stamp = alt(
        [
            *data["reply"]["words"],
            *thread["words"],
            *thread["beside"],
            *data["counter"]["words"],
            *data["filler"]["words"],
        ]
    )
    return re.compile(widen(f"(?i){reply}")), re.compile(widen(f"(?i){stamp}"))


#: What a stamp's masks and separators are made of (removed before its words are read).
_STAMP_MARKS = re.compile(r"⟨[NW]⟩|[\s·|｜•:：\-/.()（）#＃+]")


def reply_frame(key: str) -> bool:
    """Is slot shape ``key`` a response's stamp: a name's slot, a verb of replying, a
    figure, and beside them only counters, date and time units and separators?

    >>> reply_frame("⟨W⟩\u3000回答于 ⟨N⟩-⟨N⟩-⟨N⟩"), reply_frame("⟨N⟩-⟨N⟩ 回复 ⟨W⟩")
    (True, True)
    >>> reply_frame("⟨W⟩ 提问于 ⟨N⟩-⟨N⟩-⟨N⟩"), reply_frame("⟨W⟩ 于⟨N⟩年回复了读者来信")
    (False, False)
    """
    return SLOT_MASK in key and reply_stamp(key)


def reply_stamp(key: str) -> bool:
    """Is shape ``key`` (a slot in it or not) made of a verb of replying, a figure, and
    only counters, date and time units and separators beside them: a response's stamp
    or the count of a page's responses (``⟨N⟩ 个回答``)?

    >>> reply_stamp("⟨N⟩ 个回答"), reply_stamp("共⟨N⟩条回复"), reply_stamp("⟨N⟩ 个问题")
    (True, True, False)
    >>> reply_stamp("回复"), reply_stamp("第⟨N⟩条回复读者的意见")
    (False, False)
    >>> reply_stamp("发表于 ⟨N⟩-⟨N⟩-⟨N⟩　｜　只看该作者"), reply_stamp("⟨N⟩-⟨N⟩-⟨N⟩　来自手机端")
    (True, True)
    >>> reply_stamp("发表于 ⟨N⟩-⟨N⟩-⟨N⟩")  # a post's own date row: the split reads it
    False
    """
    if "⟨N⟩" not in key:
        return False
    reply, stamp = _words()
    if reply.search(key) is None:
        return False
    return not stamp.sub("", _STAMP_MARKS.sub("", key))
