"""The colophon (版记) closing an issue or a formal document, under a rule line.

A bulletin's issue and an official document end with their colophon: a rule line, the
distribution rows (``报：…``, ``送：…``, ``发：…``, ``抄送：…``: who receives the
document, by which way) and a row naming the editor and the print run or the printer
and the day (``责任编辑：某某　（共印50份）``, ``某某办公室　2021年3月5日印发``).  On a page
of an issue of pieces it is the issue's footer, no piece's text.

Only the rule makes it so: a single document's distribution rows glued under its text
(no rule) stay the document's (the keep table, ``distribution_line``, never lets the
site profile learn them).  :func:`colophon_rows` finds, under the page's last rule line
(a line the stage already claimed as a separator), a run of at least
``MIN_ROWS`` distribution rows (labels in ``cleaner/rules/colophon.toml``), optionally
closed by colophon rows, with nothing below the run that the stage did not claim
already.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from functools import lru_cache

from cleaner.rules import load_table

RULE_ID = "boilerplate.colophon"
#: A colophon holds at least this many distribution rows.
MIN_ROWS = 2
#: A distribution row or a closing row is at most this long.
ROW_MAX_CHARS = 120


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    data = load_table("colophon")["colophon"]
    labels = "|".join(sorted(map(re.escape, data["labels"]), key=len, reverse=True))
    row = re.compile(rf"^(?:{labels})\s*[:：]\s*\S")
    return row, re.compile(data["closing"])


def colophon_rows(
    stripped: list[str], claimed: Mapping[int, object], is_rule: Callable[[int], bool]
) -> list[int]:
    """The lines of the colophon under the page's last rule line (``is_rule``), or none.

    >>> page = ["某刊", "正文写到这里，这是一个完整的句子。", "━━━━", "报：甲单位、乙单位。",
    ...         "送：丙单位。", "发：各乡镇。", "责任编辑：某某　（共印50份）"]
    >>> colophon_rows(page, {2: 0}, lambda i: i == 2)
    [3, 4, 5, 6]

    No rule over the rows, one distribution row only, or a line of text below the run:
    no colophon.

    >>> colophon_rows(page, {}, lambda i: False)
    []
    >>> colophon_rows(page[:4], {2: 0}, lambda i: i == 2)
    []
    >>> colophon_rows([*page, "这里又写了一句正文，并不是版记的一行。"], {2: 0}, lambda i: i == 2)
    []
    """
    row, closing = _patterns()
    rule = next((i for i in range(len(stripped) - 1, -1, -1) if stripped[i] and is_rule(i)), None)
    if rule is None:
        return []
    below = [i for i in range(rule + 1, len(stripped)) if stripped[i]]
    run: list[int] = []
    for i in below:
        s = stripped[i]
        if len(s) > ROW_MAX_CHARS:
            break
        if row.match(s):
            run.append(i)
        elif len(run) >= MIN_ROWS and closing.search(s):
            run.append(i)  # the editor's or the printer's row closing the colophon
        else:
            break
    rows = sum(1 for i in run if row.match(stripped[i]))
    if rows < MIN_ROWS:
        return []
    if any(i not in claimed for i in below if i not in run):
        return []  # text below the run: no colophon at the page's end
    return [i for i in run if i not in claimed]
