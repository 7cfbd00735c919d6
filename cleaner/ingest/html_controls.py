"""Page controls in an HTML page's lines: print, font size and vote bars, linked counters.

:mod:`cleaner.ingest.html_layout` counts, per line, the characters inside small page
controls (a ``javascript:`` or ``#`` link, an ``onclick`` element, a button role, an
element named as a page tool in ``rules/html_extract.toml`` ``[[controls]]``); a line
that is mostly controls is dropped as ``extract.controls`` (:func:`_is_controls`).  On
the gne news pages of ../shared these were ``字号: [大] [中] [小] [打印]``, ``调整字体``,
``【打印本页】【关闭窗口】``, ``+1 顶 67 | +1 踩 0 | 回复`` and ``1032 人参与 308 评论``.
"""

from __future__ import annotations

import re

from cleaner.ingest.html_layout import CONTROL_MAX_CHARS, _Line

#: A line of page controls is at most this long (``字号: [大] [中] [小] [打印]``) ...
CONTROL_LINE_MAX_CHARS = 40


# ... or a linked counter: numbers each followed by a short word ('1032 人参与 308 评论',
# '12 Comments'), not a date ('2024年5月6日', '05/06')
_COUNTER = re.compile(r"^(?:\d[\d,.]*\s*[万千kK+]?\s*[^\d\s]{1,6}\s*)+$")
_DATE_LIKE = re.compile(r"\d\s*[年月/.:-]\s*\d")


def _is_controls(line: _Line, text: str) -> bool:
    """Whether the line is a bar of page controls: short and at least half of its
    characters inside small controls (:data:`CONTROL_MAX_CHARS`), not a heading; or a
    counter that is all link text (a heading too: a comment count in an ``<h5>``)."""
    if line.chars > CONTROL_LINE_MAX_CHARS:
        return False
    if line.control_chars and line.control_chars * 2 >= line.chars and not line.heading:
        return True
    return (
        line.link_chars >= line.chars
        and line.chars <= CONTROL_MAX_CHARS
        and bool(_COUNTER.match(text))
        and not _DATE_LIKE.search(text)
    )
