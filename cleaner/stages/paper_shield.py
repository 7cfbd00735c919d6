"""A paper's header lines that the chrome line model must not delete (issue 12, set zt).

A proceedings page prints each abstract under its title, its authors' names and their
units (or the abstract's label) glued below; a bare code row (``B-18``) may head it.  The
line model, reading one line at a time, can take such a title for a bar when it holds a
bar's word (a title about points schemes, about downloads).  The shape around it says it
is a title: :func:`paper_shield` names those lines so the stage keeps them (flagged), and
the split stage reads them (:mod:`cleaner.stages.split_papers`).
"""

from __future__ import annotations

import re

from cleaner.stages.paper_heads import affiliation_row, title_over_names
from cleaner.stages.split_papers import TITLE_MAX_CHARS, code_row, lone_author

__all__ = ["paper_shield"]

#: A line two below a paper's title (under the names) that only a paper prints.
_ABSTRACT = re.compile(r"^(?:摘[\s\u3000]*要|[Aa]bstract|ABSTRACT)[\s\u3000]*[：:]")


def paper_shield(stripped: list[str]) -> set[int]:
    """The title lines glued over a names row and a units row (or the abstract), and the
    bare code rows right above them: lines of a paper's header, never a bar's.

    >>> page = ["K-3", "某种积分下载办法", "某甲，某乙", "（某学院，某市）", "摘　要：正文。"]
    >>> sorted(paper_shield(page))
    [0, 1]
    >>> sorted(paper_shield(["积分下载", "某甲，某乙", "正文说的是别的事。"]))
    []
    """
    out: set[int] = set()
    for i, s in enumerate(stripped):
        if not s or len(s) > TITLE_MAX_CHARS or i + 2 >= len(stripped):
            continue
        below = stripped[i + 2]
        if not (affiliation_row(below) or _ABSTRACT.match(below)):
            continue
        if title_over_names(stripped, i, cues=False) or lone_author(stripped, i):
            out.add(i)
            if i > 0 and code_row(stripped[i - 1]):
                out.add(i - 1)
    return out
