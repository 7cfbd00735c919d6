"""Rows of a short page's own facts, which the chrome line model's guess never deletes.

A short notice often carries its facts in one row of labelled cells under its sentence
('停电时段：6日9:00-12:00 ｜ 影响区域：东区3-8号楼'): short, a bar, digits, a label
word the model counts as chrome ('时间', '电话'), and alone under the last prose line,
it scores like a site's info bar.  Deleted, the page keeps its sentence and loses what it
announces.  The model's guess is soft evidence; on a short page it gives way:

* :func:`fact_row`: a row of labelled cells (``label：value``, cells parted by a bar, a
  wide gap or a tab) whose labels are no page-metadata field (date, source, author: the
  split's to read, or chrome) and at least one of whose values is specific (a time, a
  date, a range, a phone number, a house number), without an address or a file;
* :func:`numbered_labels`: rows opened by one label and numbered in order under it
  ('资料｜1.…', '资料｜2.…'): the items of the page's own list;
* :func:`short_page_guard`: numbered labelled rows on any page; on a short page (few
  lines nobody claimed) the model's deletions of fact rows, and labelled rows adjoining no
  rule-claimed line (and no metadata bar) that would take a large share of the page's
  text, are kept and flagged instead (``boilerplate.line_model.unsure``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Sequence

#: A page with at most this many non-blank lines nobody claimed is short.
SHORT_LINES = 6
#: Share of a short page's unclaimed text the model may not take by guess alone.
LARGE_SHARE = 0.3
#: A cell's label: a few Han characters (a space between them allowed), then a colon.
_CELL = re.compile(r"^([\u4e00-\u9fff][\u4e00-\u9fff ]{0,7})[:：]\s*(\S.*)$")
#: A label and its value parted by a tab, a bar or a wide gap, no colon: '开放时段\t9:00-17:00'.
_PAIR = re.compile(r"^([\u4e00-\u9fff]{2,8})(?:\t+|\s*[|｜]\s*|\u3000+|\s{2,})([^：|｜\t]+)$")
_CELLS = re.compile(r"\s*[|｜¦]\s*|\t+|\u3000+|\s{2,}")
#: Specific values: a clock time, a date, a range of numbers, a phone number, a house number.
_SPECIFIC = re.compile(
    r"\d{1,2}[:：]\d{2}"
    r"|\d{1,2}月\d{1,2}[日号]|(19|20)\d\d[-/.年]\d{1,2}"
    r"|\d+\s*[-~～—–至到]\s*\d+"
    r"|\d{3,4}-\d{7,8}|(?<!\d)1\d{10}(?!\d)"
    r"|\d+\s*[号栋楼室层幢]"
)
_ADDRESS = re.compile(r"(?i)https?://|www\.|@|\.(pdf|docx?|xlsx?|zip|rar)\b")
_NUMBERED = re.compile(r"^([\u4e00-\u9fffA-Za-z]{1,8})\s*[|｜:：]\s*(\d{1,2})\s*[.、．)）]\s*\S")


def fact_row(s: str, field_of: Callable[[str], str | None]) -> bool:
    """Is ``s`` a row of labelled cells holding the page's own specific facts?

    >>> fact_row("停电时段：6日9:00-12:00 ｜ 影响区域：东区3-8号楼", lambda _: None)
    True
    >>> fact_row("发布时间：2021-03-05　浏览：12", lambda x: "published" if "发布" in x else None)
    False
    >>> none = lambda _: None
    >>> fact_row("咨询方式：请到前台", none), fact_row("开放时段\t9:00-17:00", none)
    (False, True)
    """
    if _ADDRESS.search(s):
        return False
    pair = _PAIR.match(s.strip())
    if pair is not None:  # 'label<gap or bar>value': one labelled cell without a colon
        return field_of(pair.group(1)) is None and bool(_SPECIFIC.search(pair.group(2)))
    cells = [c for c in _CELLS.split(s.strip()) if c]
    if not cells or len(cells) > 4:
        return False
    specific = False
    for cell in cells:
        m = _CELL.match(cell)
        if m is None:
            return False
        if field_of(m.group(1).replace(" ", "")) is not None:
            return False
        specific = specific or bool(_SPECIFIC.search(m.group(2)))
    return specific


def _labelled(s: str) -> bool:
    """A row of the facts' shape: a labelled cell or a label and its value (a prompt or
    a counter bar, '写评论 12条', is the model's to judge)."""
    s = s.strip()
    return _PAIR.match(s) is not None or any(_CELL.match(c) for c in _CELLS.split(s))


def _info_bar(s: str, field_of: Callable[[str], str | None]) -> bool:
    """A row with a cell labelled as page metadata ('发布时间：…'): the page's info bar,
    the model's to judge, not a fact of the page's own.

    >>> _info_bar("日期：3月5日　浏览：12", lambda x: "published" if x == "日期" else None)
    True
    """
    for cell in _CELLS.split(s.strip()):
        m = _CELL.match(cell)
        if m is not None and field_of(m.group(1).replace(" ", "")) is not None:
            return True
    return False


def _may_number(stripped: Sequence[str]) -> bool:
    """A page gate (issue 15), a NECESSARY condition of :func:`numbered_labels`: two rows,
    each with a bar or a colon after its label (:data:`_NUMBERED`), so two such marks on
    the page at least.

    >>> _may_number(["资料｜1.甲表", "资料：2.乙表"]), _may_number(["资料｜1.甲表", "正文。"])
    (True, False)
    """
    text = "\n".join(stripped)
    return sum(text.count(c) for c in "|｜:：") >= 2


def numbered_labels(stripped: Sequence[str]) -> set[int]:
    """Consecutive rows opened by one label and numbered 1, 2, 3 … under it.

    >>> sorted(numbered_labels(["正文。", "资料｜1.甲表", "资料｜2.乙表", "版权所有"]))
    [1, 2]
    >>> sorted(numbered_labels(["资料｜1.甲表", "正文。", "资料｜3.乙表"]))
    []
    """
    out: set[int] = set()
    if not _may_number(stripped):
        return out
    run: list[int] = []
    label = ""
    for i, s in enumerate([*stripped, ""]):
        m = _NUMBERED.match(s) if s else None
        if m is not None and run and m.group(1) == label and int(m.group(2)) == len(run) + 1:
            run.append(i)
            continue
        if len(run) >= 2:
            out.update(run)
        run, label = ([i], m.group(1)) if m is not None and m.group(2) == "1" else ([], "")
    return out


def short_page_guard(
    stripped: Sequence[str],
    claimed: Collection[int],
    deleted: Collection[int],
    field_of: Callable[[str], str | None],
) -> set[int]:
    """The model's ``deleted`` lines a short page keeps (and flags): its fact rows, its
    numbered labelled rows, and a guess adjoining no rule-claimed line that would take
    LARGE_SHARE of the page's unclaimed text.

    >>> page = ["停电通知", "因检修线路，届时暂停供电，请提前做好准备。", "停电时段：6日9:00-12:00"]
    >>> sorted(short_page_guard(page, set(), {2}, lambda _: None))
    [2]
    >>> long = [f"第{k}段正文，内容不少。" for k in range(8)] + ["停电时段：6日9:00-12:00"]
    >>> sorted(short_page_guard(long, set(), {8}, lambda _: None))
    []
    """
    if not deleted:
        return set()
    kept = numbered_labels(stripped) & set(deleted)  # on any page
    own = [i for i, s in enumerate(stripped) if s and i not in claimed]
    if len(own) > SHORT_LINES:
        return kept
    kept |= {i for i in deleted if fact_row(stripped[i], field_of)}
    size = sum(len(stripped[i]) for i in own)
    lines = [i for i, s in enumerate(stripped) if s]
    at = {i: k for k, i in enumerate(lines)}

    def by_rule(i: int) -> bool:
        """Does the line next to ``i`` (blank lines aside) belong to a rule's claim?"""
        k = at[i]
        return any(0 <= j < len(lines) and lines[j] in claimed for j in (k - 1, k + 1))

    lone = [
        i
        for i in deleted
        if i not in kept
        and i in at
        and not by_rule(i)
        and _labelled(stripped[i])
        and not _info_bar(stripped[i], field_of)
    ]
    if size and sum(len(stripped[i]) for i in lone) >= LARGE_SHARE * size:
        kept.update(lone)
    return kept
