"""What confirms a last-resort split of the shape-run fallback (:mod:`split_shape_run`):
the SELF-TITLED rows (:mod:`split_shape_titled`) and the MARK lines
(:mod:`split_shape_marks`) look like a single feature's subheads, a travelogue's dated
sections, a photo story's captions.  The repeated line alone never splits a page; one
of these must also hold:

* the page states its pieces (:func:`split_shape_lines._stated`, asked by the mode);
* the head carries an issue mark (:data:`_ISSUE`: ``第七期``, ``总第12期``,
  ``No. 7``, ``Vol. 3``): a periodical's page, its pieces a compilation's;
* each piece carries its own evidence: a fields row under every title
  (:func:`split_shape_run._bylined`, asked by the caller).

A byline row in the head (:func:`head_byline`: ``文/某某``, ``作者：某某``) marks ONE
article: the split never goes ahead then, whatever else holds.  Standard library only.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from cleaner.stages.split_shape_lines import Reader

__all__ = ["head_byline", "head_issue"]

_NUM = r"[\d一二三四五六七八九十百零〇两]+"
#: an issue mark: a periodical's number (structure: an ordinal and an issue word)
_ISSUE = re.compile(
    rf"(?:总\s*)?第\s*{_NUM}\s*[期号辑卷]|\b(?:no|vol|issue)\.?\s*\d+\b", re.IGNORECASE
)
#: a byline's label opening a short line: the words that credit a writer
BYLINE_LABELS = ("文", "作者", "撰文", "文字", "图文", "记者", "本报记者", "口述", "整理", "编译")
_BYLINE = re.compile(
    r"^[（(【\[]?\s*(?:" + "|".join(BYLINE_LABELS) + r")\s*[/／｜|：:\s]\s*\S{2,12}[）)】\]]?$"
)
#: a head line longer than this is no byline (prose naming a writer)
BYLINE_MAX_CHARS = 24


def head_issue(head: Sequence[str]) -> bool:
    """Does a line of the page's head carry an issue mark?

    >>> head_issue(["某社区月刊 第七期"]), head_issue(["Harbor Notes No. 12"])
    (True, True)
    >>> head_issue(["江南七日行", "文/某某"])
    False
    """
    return any(_ISSUE.search(s) for s in head)


def head_byline(head: Sequence[str], read: Reader | None = None) -> bool:
    """Does a line of the page's head credit a writer (a label and a name, or a row the
    reader reads an author from)?

    >>> head_byline(["江南七日行", "文/某小满"]), head_byline(["（记者 某小满）"])
    (True, True)
    >>> head_byline(["某社区月刊 第七期"]), head_byline(["文化周刊"])
    (False, False)
    """
    for s in head:
        if len(s) > BYLINE_MAX_CHARS:
            continue
        if _BYLINE.match(s):
            return True
        if read is not None and "author" in (read(s) or {}):
            return True
    return False
