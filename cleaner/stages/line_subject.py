"""Does a short closing sentence speak of the text's own subject?

The line model (:mod:`cleaner.stages.line_model`) scores a short sentence under the last
prose line that holds a prompt word as chrome: ``更多精彩内容请关注公众号。`` is, but
``推荐给对社会学感兴趣的朋友。`` closing a note on a sociology book is the note's own.
The difference is the subject: the site's sentence speaks of the site, the text's of the
text.  :func:`own_sentence` reads it from words shared with the page's own sentences:
the line's two-character Han words, less the model's prompt vocabulary
(``rules/line_model.toml``), the words holding a function character and the words a
site speaks to its readers with (its ``[subject]`` table: ``我们``, ``的朋``, ``大家``),
that one of the page's other sentence-shaped lines holds.  Such a line is kept (and
flagged by the model when it carries evidence): when unsure, keep the text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from cleaner.rules import load_table
from cleaner.stages.sentence_marks import SENTENCE_CLOSE

__all__ = ["SubjectIndex", "own_sentence", "subject_words"]

_HAN_RUN = re.compile(r"[\u3400-\u9fff]+")
#: A label, a bar, a bracket or an address: a note or a bar, not a plain sentence.
_NOTE = re.compile(r"(?i)[:：|｜【】\[\]]|https?://|www\.|@")


@lru_cache(maxsize=1)
def _table() -> tuple[int, frozenset[str], frozenset[str], re.Pattern[str]]:
    """The ``[subject]`` table of ``line_model.toml``: the fewest Han letters of a kept
    sentence, the function characters, the site's words to its readers, and the model's
    prompt words as one pattern."""
    data = load_table("line_model")
    sub = data["subject"]
    words = sorted(
        {w.casefold() for c in data["category"] for w in c["words"] if w},
        key=lambda w: (-len(w), w),
    )
    prompt = re.compile("|".join(map(re.escape, words)))
    return (
        int(sub["min_han"]),
        frozenset(sub["function_chars"]),
        frozenset(sub["site_words"]),
        prompt,
    )


@lru_cache(maxsize=4096)
def subject_words(s: str) -> frozenset[str]:
    """The two-character Han words of ``s`` that may name a subject: none inside a
    prompt word, none holding a function character, none a site's word to its readers.

    >>> sorted(subject_words("推荐给对社会学感兴趣的朋友。"))
    ['会学', '兴趣', '学感', '感兴', '社会']
    """
    _, function, site, prompt = _table()
    words: set[str] = set()
    for run in _HAN_RUN.findall(prompt.sub(" ", s.casefold())):
        words.update(
            w
            for i in range(len(run) - 1)
            if (w := run[i : i + 2])[0] not in function and w[1] not in function
        )
    return frozenset(words - site)


def own_sentence(s: str, others: Iterable[str]) -> bool:
    """Is ``s`` one plain full sentence (of ``min_han`` Han characters or more, no
    label, bar, bracket or address) sharing a subject word with one of ``others`` (the
    page's other sentences)?

    >>> page = ["这本书讲的是中国基层社会的结构，篇幅不长。"]
    >>> own_sentence("推荐给对社会学感兴趣的朋友。", page)
    True
    >>> own_sentence("更多精彩内容请关注我们的公众号！", page)
    False
    >>> own_sentence("推荐阅读：社会学入门十讲。", page)
    False
    >>> own_sentence("长按识别二维码关注“某某社会学课堂”", ["某某社会学课堂每周开讲。"])
    False
    """
    mine = _sentence_words(s)
    return bool(mine) and any(not mine.isdisjoint(subject_words(o)) for o in others if o != s)


def _sentence_words(s: str) -> frozenset[str]:
    """The subject words of ``s`` when it is one plain full sentence (:func:`own_sentence`),
    else none."""
    if not s.rstrip("”」』").endswith(SENTENCE_CLOSE) or _NOTE.search(s):
        return frozenset()  # a closing quote closes a sentence only after its mark
    if sum(len(r) for r in _HAN_RUN.findall(s)) < _table()[0]:
        return frozenset()
    return subject_words(s)


class SubjectIndex:
    """:func:`own_sentence` asked of many lines of one page: the page's sentences
    (``(line number, text)``) indexed by their subject words once, so each question costs
    the line's words, not a pass over the page (a page of thousands of closing prompts
    asked it of each).  ``own(s, k)`` is ``own_sentence(s, <the texts of every line but
    k>)``.

    >>> index = SubjectIndex([(0, "这本书讲的是中国基层社会的结构，篇幅不长。")])
    >>> index.own("推荐给对社会学感兴趣的朋友。", 5), index.own("推荐给对社会学感兴趣的朋友。", 0)
    (True, False)
    """

    __slots__ = ("_by_word", "_sentences")

    def __init__(self, sentences: Iterable[tuple[int, str]]) -> None:
        self._sentences = sentences
        # word -> text -> the first two lines of that text (one of them may be the line
        # asked about; the text asked about itself is passed over); read at the first
        # question a sentence asks
        self._by_word: dict[str, dict[str, list[int]]] | None = None

    def _index(self) -> dict[str, dict[str, list[int]]]:
        if self._by_word is None:
            self._by_word = {}
            for j, t in self._sentences:
                for w in subject_words(t):
                    lines = self._by_word.setdefault(w, {}).setdefault(t, [])
                    if len(lines) < 2:
                        lines.append(j)
        return self._by_word

    def own(self, s: str, k: int) -> bool:
        """Does ``s`` (line ``k``) share a subject word with another line's sentence?"""
        mine = _sentence_words(s)
        by_word = self._index() if mine else {}
        for w in mine:
            for t, lines in by_word.get(w, {}).items():
                if t != s and (len(lines) > 1 or lines[0] != k):
                    return True
        return False
