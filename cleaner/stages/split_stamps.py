"""Pieces each opened by a lone stamp line over their bare title (issue 12, yx): a notice
board that marks every piece with one bracketed word on a line of its own (``【休診】``,
``【代診】``, ``[停诊]``, ``〔更正〕``) and nothing else, the piece's bare title under it.

The stamp is the piece's header (no number, no metadata: it goes), the line under it the
piece's title, kept as text (:data:`split_clock.TITLE_IS_TEXT`).  Proof that the page
compiles rests on structure alone:

* two stamp lines at least, each one short word in brackets, the whole line (no digit:
  a bracketed number is a count or a page mark, :mod:`split_mark_rows`);
* the line right under every stamp a title-shaped line (:func:`split_above.title_lines`)
  that is no stamp itself, different under every stamp;
* every piece holds prose, and no prose stands above the first stamp (a document's own
  bracketed section labels, ``【背景】`` over its paragraphs, come after its lead);
* no title over prose again inside a piece (a bulletin's section label, ``【工作动态】``,
  stands over several reports: the stamps are its sections, not its pieces).
"""

from __future__ import annotations

import itertools
import re

from cleaner.stages.sentence_marks import CLAUSE_MARK as _SENTENCE
from cleaner.stages.split_above import title_lines
from cleaner.stages.split_clock import TITLE_IS_TEXT
from cleaner.stages.split_page import MIN_BODY_CHARS, nonempty, prose_chars, stripped

__all__ = ["STAMP", "stamp_run"]

#: A stamp: one short word in brackets, the whole line (no digit, no space inside).
STAMP = re.compile(r"[【\[［〔〖][^\d\s【】\[\]［］〔〕〖〗：:，。]{1,8}[】\]］〕〗]")


def stamp_run(lines: list[str]) -> list[tuple[int, str, str, dict[str, str]]]:
    """``(stamp line, TITLE_IS_TEXT, title, {})`` per piece of a page whose pieces each
    open with a lone stamp line over their title (module doc), else [].

    >>> body = "因医师须出席学术会议，原定门诊暂停看诊，造成不便，敬请见谅。"
    >>> page = ["某院门诊变动", "", "【停诊】", "眼科某医师周三上午门诊停诊", body, "",
    ...         "【代诊】", "骨科某医师周五下午门诊由某医师代诊", body]
    >>> [(i, t) for i, _, t, _ in stamp_run(page)]
    [(2, '眼科某医师周三上午门诊停诊'), (6, '骨科某医师周五下午门诊由某医师代诊')]

    A document's own bracketed sections under its lead, a stamp over prose, a single
    stamp: no pieces.

    >>> doc = ["某市关于某事的通知", body, "【背景】", "总体情况", body]
    >>> stamp_run([*doc, "【措施】", "主要做法", body])
    []
    >>> stamp_run(["【提示】", body, "【提示】", body])
    []
    >>> stamp_run(["【停诊】", "眼科某医师周三上午门诊停诊", body])
    []

    Section labels over several pieces each (a bulletin's ``【工作动态】`` over two
    reports, a title over prose again under the first's credit): no pieces of the stamps.

    >>> two = ["甲局开展专项检查", body, "（甲局供稿）", "乙局举办招聘会", body]
    >>> stamp_run(["【工作动态】", *two, "【基层经验】", "丙局走访慰问群众", body])
    []
    """
    filled, strip = nonempty(lines), stripped(lines)
    if not any(s[:1] in "【[［〔〖" for s in strip):
        return []
    stamps = [k for k, i in enumerate(filled) if STAMP.fullmatch(strip[i])]
    if len(stamps) < 2 or stamps[-1] == len(filled) - 1:
        return []
    title = title_lines(lines)
    rows: list[tuple[int, int]] = []
    for k in stamps:
        i, t = filled[k], filled[k + 1]
        if not title[t] or STAMP.fullmatch(strip[t]):
            return []  # a stamp over prose or over another stamp: a label, no piece's
        rows.append((i, t))
    titles = [strip[t] for _, t in rows]
    if len(set(titles)) < len(titles):
        return []
    if prose_chars(lines[: rows[0][0]], _SENTENCE) >= MIN_BODY_CHARS:
        return []  # prose above the first stamp: the stamps are one text's sections
    ends = [*(r for r, _ in rows[1:]), len(lines)]
    for (_, t), end in zip(rows, ends, strict=True):
        if prose_chars(lines[t + 1 : end], _SENTENCE) < MIN_BODY_CHARS:
            return []
        inner = [i for i in filled if t < i < end]
        for a, b in itertools.pairwise(inner):
            if title[a] and _SENTENCE.search(strip[b]) and len(strip[b]) > len(strip[a]):
                return []  # another title over prose under the stamp: a section's label
    return [(r, TITLE_IS_TEXT, strip[t], {}) for r, t in rows]
