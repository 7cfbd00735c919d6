"""The last row of a document's field block, closed by the rule drawn under the block.

A database's print view or an archive's export prints a document's head as a block of
field rows (its number, date and issuing body) and draws a rule between that block and
the text (``────``).  A row the label tables do not name may close the block
(``适用条款：…``, ``關聯法規：…``, ``主题分类：…``): it stands in the block, over the
rule, not in the text under it.  The boilerplate stage removes the rule as a separator
before the split stage reads the page, so the pipeline hands the split the rows that
stood right over a removed rule (:func:`rows_over_rules`, ``PageHints.ruled``), and
:func:`ruled_block_row` finds, right under the block's last row that reads, one short
``label：value`` row with no sentence mark standing over a rule (a removed one, or one
still in the text).  The row is taken only when its label reads as a field
(:func:`block_field`: a label the tables name, or one that refers to the provisions the
document rests on, its ``references``): then it leaves the text for the metadata and the
ledger.  A row read as nothing stays text, whatever stands under it: a request or a
question the document answers (``诉求内容：…``), a statute's own ``第一条：…``.  A labelled
line of the text itself (``申请人：某公司`` under the block, a rule nowhere under it) is
left alone.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterable
from functools import lru_cache

from cleaner.model import Change
from cleaner.rules import load_table

__all__ = ["ROW_MAX_CHARS", "SEPARATOR_RULE", "block_field", "rows_over_rules", "ruled_block_row"]

#: the boilerplate stage's rule for a line of one symbol repeated (shape_lines.SEPARATOR)
SEPARATOR_RULE = "boilerplate.shape.separator"
#: a block's closing row is at most this long
ROW_MAX_CHARS = 60

# a short Han label, a colon and a value with no sentence mark (a list of names, a
# reference to clauses, a class)
_ROW = re.compile(
    r"^[\u4e00-\u9fff][\u4e00-\u9fff／/]{1,7}\s*[：:]\s*[^\s。！？；;!?][^。！？!?]*$"
)
# a statute's own article number as a label ('第一条：…'): text, never a block's row
_ARTICLE = re.compile(r"^第[一二三四五六七八九十百千零〇\d]+[条條章节節款项項]")


@lru_cache(maxsize=1)
def _reference_endings() -> tuple[str, ...]:
    return tuple(load_table("headers").get("ruled_row", {}).get("reference_endings", ()))


def block_field(row: str, field_of: Callable[[str], str | None]) -> dict[str, str] | None:
    """The field a block's closing row is read as: its label one the tables name, or one
    that refers to the provisions or papers the document rests on (``[ruled_row]
    reference_endings``: ``适用条款``, ``關聯法規``, ``相关文件``: its ``references``); None
    for any other label (a request, a question, a statute's own ``第一条``: text).

    >>> block_field("适用条款：第三条、第五条", lambda s: None)
    {'references': '第三条、第五条'}
    >>> block_field("主题分类：城建", lambda s: "category" if s == "主题分类" else None)
    {'category': '城建'}
    >>> none = lambda s: None
    >>> block_field("诉求内容：电梯故障", none), block_field("第一条：为了规范", none)
    (None, None)
    """
    label, _, value = re.split(r"([：:])", row.strip(), maxsplit=1)
    label, value = label.strip(), value.strip()
    if not value or _ARTICLE.match(label):
        return None
    if (field := field_of(label)) is not None:
        return {field: value}
    if label.endswith(_reference_endings()):
        return {"references": value}
    return None


def rows_over_rules(before: str, changes: Iterable[Change]) -> tuple[str, ...]:
    """The lines (stripped) that stood right over a separator line the boilerplate stage
    removed from ``before`` (the text it received).

    >>> text = "某号：甲\\n适用条款：第三条\\n────\\n正文。\\n"
    >>> s = text.index("──")
    >>> cut = Change("p", "boilerplate", SEPARATOR_RULE, "delete", s, s + 5, "────\\n")
    >>> rows_over_rules(text, [cut])
    ('适用条款：第三条',)
    >>> rows_over_rules(text, [])
    ()
    """
    out: list[str] = []
    for c in changes:
        if c.rule != SEPARATOR_RULE or before[c.start : c.end] != c.before:
            continue
        head = before[: c.start]
        if not head.endswith("\n"):
            continue
        above = head[:-1].rsplit("\n", 1)[-1].strip()
        if above:
            out.append(above)
    return tuple(out)


def ruled_block_row(
    lines: list[str],
    content: list[int],
    last_row: int,
    ruled: Collection[str],
    is_rule: Callable[[str], bool],
    field_of: Callable[[str], str | None] = lambda label: None,
) -> int | None:
    """The line index of the row closing a field block under its last row ``last_row``
    (a line index), when the row stands over a rule (``ruled``: the rows over the rules
    removed; or the next line of ``content`` is one, ``is_rule``), text below it; else None.

    >>> page = ["某某的答复", "编号：甲-1　日期：2021-03-05", "适用条款：第三条、第五条",
    ...         "正文第一句。", "正文第二句。"]
    >>> ruled_block_row(page, [0, 2, 3, 4], 1, (), lambda s: False)
    >>> ruled_block_row(page, [0, 2, 3, 4], 1, ("适用条款：第三条、第五条",), lambda s: False)
    2
    >>> ruled = [*page[:3], "────", *page[3:]]
    >>> ruled_block_row(ruled, [0, 2, 3, 4, 5], 1, (), lambda s: s == "────")
    2
    >>> page[2] = "适用条款：第三条。另见附件。"
    >>> ruled_block_row(page, [0, 2, 3, 4], 1, (page[2],), lambda s: False)
    >>> page[2] = "诉求内容：电梯长期故障"
    >>> ruled_block_row(page, [0, 2, 3, 4], 1, (page[2],), lambda s: False)
    """
    j = last_row + 1
    if j not in content[:3]:
        return None
    s = lines[j].strip()
    if len(s) > ROW_MAX_CHARS or not _ROW.match(s) or block_field(s, field_of) is None:
        return None
    pos = content.index(j)
    below = content[pos + 1 : pos + 3]
    if not below:
        return None
    if s in ruled:
        return j
    if is_rule(lines[below[0]].strip()) and len(below) > 1:
        return j
    return None
