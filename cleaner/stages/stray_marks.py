"""Repair rules: stray ``?`` and HTML space entities (``repair.stray_question.*``,
``repair.html_entity``).

A non-breaking space that the page's encoding could not hold became ``?``; an HTML
space entity that was never decoded stays as ``&nbsp;``.  Both stand for a space that the
clean text does not need.  A ``?`` is stray when its place says it cannot be a question
mark, by shape and context, never by phrase:

* ``line_start``: a ``?`` run opening a line (a question mark never opens one);
* ``after_punct`` / ``before_punct``: next to clause punctuation (``：?``, ``?，``,
  ``。?`` at a line end);
* ``digit``: between a Han character and a digit (``2021年?5月``);
* ``run``: a run of two or more between Han characters mid-line (``加强??领导``);
* ``signature`` / ``title``: at the end of a short signature or document-title line, or
  of the page's first line when the page shows another stray ``?`` (after punctuation,
  a signature, a letter-spaced heading).

A ``?`` whose clause holds a question word (``吗``, ``什么``, ``为什么`` …) is a question
and stays, as does every ``?`` next to ASCII letters (URLs, English).  A single ``?``
between two Han characters in prose is left alone (it may be a question).
Mixed into :class:`~cleaner.stages.repair.RepairStage`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from cleaner.edits import Edit
from cleaner.stages.charscan import Scanner
from cleaner.stages.linescan import LineStartScanner
from cleaner.stages.repair_tables import HAN, Tables

_CLAUSE_END = re.compile("[，。；！？,;!\n]")
_PUNCT = "，。、；：,;:"
# a '?' run (spaces inside a run of NBSPs turned '?' are part of it)
_Q = r"\?(?:[ \t]?\?)*"
_STRAY = Scanner(
    re.compile(
        rf"(?<=[，。、；：])(?P<after>{_Q})(?=\S)"
        rf"|(?<=[,;:])(?P<after_ascii>{_Q})(?=[{HAN}])"
        rf"|(?<=[{HAN}0-9０-９])(?P<before>{_Q})(?=[{_PUNCT}])"
        rf"|(?<=[{HAN}])(?P<digit1>{_Q})(?=[0-9０-９])"
        rf"|(?<=[0-9０-９])(?P<digit2>{_Q})(?=[{HAN}])"
        rf"|(?<=[{HAN}])(?P<run>\?[ \t]?\?(?:[ \t]?\?)*)(?=[{HAN}])",
        re.M,
    )
)
#: what parts a page title from its site's name ('标题｜某站', '标题 - 某站', '标题_某站')
_SEPS = "｜|_-—–·• \u3000"
# a '?' run opening a line (its own scan: a class of spaces first would be tried at every
# space of an English page)
_QRUN = re.compile(rf"{_Q}[ \t]*")
_RULE = {
    "start": "line_start",
    "after": "after_punct",
    "after_ascii": "after_punct",
    "before": "before_punct",
    "digit1": "digit",
    "digit2": "digit",
    "run": "run",
}
_ONE_ENTITY = (
    r"&(?:amp;)?(?:nbsp|ensp|emsp|thinsp|#0*160|#x0*a0|#0*12288|#x0*3000)"
    r"(?:;|(?![A-Za-z0-9]))"
)
_ENTITY = Scanner(re.compile(f"(?:{_ONE_ENTITY})+", re.I))
_ALNUM = re.compile(r"[A-Za-z0-9]")


def _named_by(head: str, body: str) -> bool:
    """``head`` (a page's first line) opens with ``body`` then a separator, no mark:
    ``标题｜某站`` names ``标题``.

    >>> _named_by("灯下｜某站", "灯下"), _named_by("灯下?｜某站", "灯下"), _named_by("灯下", "灯下")
    (True, False, False)
    """
    return len(head) > len(body) > 0 and head.startswith(body) and head[len(body)] in _SEPS


class StrayRule:
    """``_entities`` and ``_stray_question``; needs ``self.t`` (the repair tables)."""

    t: Tables

    def _entities(self, text: str) -> Iterator[Edit]:
        """HTML space entities left in the text: a space between two ASCII letters or
        digits, nothing elsewhere (Chinese needs no space; a line edge none either)."""
        if "&" not in text:
            return
        for m in _ENTITY.finditer(text):
            s, e = m.span()
            before = text[s - 1] if s else ""
            after = text[e] if e < len(text) else ""
            keep = " " if _ALNUM.match(before) and _ALNUM.match(after) else ""
            yield Edit(s, e, keep, "repair.html_entity", "replace" if keep else "delete")

    def _question(self, text: str, pos: int) -> bool:
        """Is there a question word in the clause that ends at ``pos``?"""
        start = pos
        while start > 0 and not _CLAUSE_END.match(text, start - 1):
            start -= 1
        clause = text[start:pos]
        return any(w in clause for w in self.t.question_words)

    # a heading letter-spaced with '?' ('通?知', '说??明'): single Han characters only
    _SPACED_Q = LineStartScanner(re.compile(f"^[ \\t]*[{HAN}](?:\\?{{1,2}}[{HAN}])+[ \\t]*$", re.M))
    # the mark first, its Han character read behind it (≡ '(?<=H)\\?(?=H)'): a pattern
    # that opens with a literal gets re's prefix scan, not a try at every position
    _LONE_Q = re.compile(f"\\?(?<=[{HAN}]\\?)(?=[{HAN}])")

    def _unsure_questions(self, text: str) -> list[tuple[int, int]]:
        """A lone ``?`` between Han characters with no question word in its clause: a
        lost space or a question without a question word ('你去北京?我不去'); left as it is
        and flagged (``repair.stray_question.unsure``)."""
        if "?" not in text:
            return []
        return [
            m.span() for m in self._LONE_Q.finditer(text) if not self._question(text, m.start())
        ]

    # ASCII '?' only: a lost space becomes '?', while a full-width '？？？' is typed
    # ('这是我写的代码？？？')
    _SIG_Q = Scanner(re.compile(f"(?<=[{HAN}])\\?(?:[ \t]?\\?)+(?=[ \t]*$)", re.M))
    _TITLE_Q = Scanner(re.compile(f"(?<=[{HAN}])\\?(?=[ \t]*$)", re.M))

    def _stray_question(self, text: str) -> Iterator[Edit]:
        if "?" not in text:
            return
        t = self.t
        done: set[int] = set()
        for m in t.sq_after.finditer(text):
            done.add(m.start())
            yield Edit(m.start(), m.end(), "", "repair.stray_question.after_punct", "delete")
        for m in self._SIG_Q.finditer(text):
            body = text[text.rfind("\n", 0, m.start()) + 1 : m.start()].strip()
            if len(body) > t.sq_sig_max or any(w in body for w in t.question_words):
                continue
            done.add(m.start())
            yield Edit(m.start(), m.end(), "", "repair.stray_question.signature", "delete")
        for m in self._SPACED_Q.finditer(text):
            if any(w in m.group() for w in t.question_words):
                continue
            for q in re.finditer(r"\?+", m.group()):
                s = m.start() + q.start()
                done.update(range(s, m.start() + q.end()))
                yield Edit(
                    s, m.start() + q.end(), "", "repair.stray_question.letter_spaced", "delete"
                )
        n = len(text)
        starts = [  # '?' runs opening a line (before Han text, not '?id=3')
            (ls, e)
            for m in _QRUN.finditer(text)
            if (s := m.start()) not in done
            and not text[(ls := text.rfind("\n", 0, s) + 1) : s].strip(" \t\u3000")
            and (e := m.end()) < n
            and not text[e].isascii()
        ]
        # the page shows lost spaces turned '?' elsewhere: a '?' ending its title line is one
        # too (the first line, or a line the first line (the page's own title: '标题｜某站')
        # opens with, mark and all left out; without that evidence only a document title's
        # ending says so)
        first = len(text) - len(text.lstrip()) if done or starts else -1
        head = text[first : text.find("\n", first) % (n + 1)].strip() if first >= 0 else ""
        for m in self._TITLE_Q.finditer(text):
            ls = text.rfind("\n", 0, m.start()) + 1
            body = text[ls : m.start()].strip()
            if (
                len(body) <= t.heading_max
                and (body.endswith(t.title_endings) or ls == first or _named_by(head, body))
                and not t.sentence_final.search(body)
                and not any(w in body for w in t.question_words)
            ):
                done.add(m.start())
                yield Edit(m.start(), m.end(), "", "repair.stray_question.title", "delete")
        for ls, e in starts:
            yield Edit(ls, e, "", "repair.stray_question.line_start", "delete")
        for m in _STRAY.finditer(text):
            kind = m.lastgroup or "run"
            s, e = m.span(kind)
            if s in done or any(i in done for i in range(s, e)):
                continue
            if self._question(text, s):
                continue  # '你去吗?，' '第几个?3' : a real question
            yield Edit(s, e, "", f"repair.stray_question.{_RULE[kind]}", "delete")
