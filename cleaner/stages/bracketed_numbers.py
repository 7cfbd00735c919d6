"""A document's number in round brackets of its own under its title ('（2019年第14号）'):
the number's line is read as a row only under a title naming an official document (its
last word one of ``bracketed_number.doc_title_endings`` of ``headers.toml``); a typhoon's
'（2023年第9号）' under a weather story's title is the story's text (a helper of
:meth:`~cleaner.stages.split_meta.MetaParser` reading the rows under a title).
"""

from __future__ import annotations

import re
from functools import cache

from cleaner.rules import load_table

_BRACKETED = re.compile(r"^\s*[（(]\s*(?:19|20)\d{2}\s*年[^（）()]*[号期]\s*[）)]\s*$")
# a title's closing bracket or mark ('某公告（试行）', '某通知！') is no part of its last word
_TAIL = re.compile(r"(?:[（(][^（）()]*[）)]|[\s。！!？?”’\"'》」』])+$")


@cache
def _endings() -> tuple[str, ...]:
    return tuple(load_table("headers")["bracketed_number"]["doc_title_endings"])


def bracketed_number(line: str) -> bool:
    """Is ``line`` a year-and-serial number in round brackets of its own?

    >>> bracketed_number("（2019年第14号）"), bracketed_number("(2023年第12期)")
    (True, True)
    >>> bracketed_number("2019年第14号"), bracketed_number("（某某路88号）")
    (False, False)
    """
    return _BRACKETED.match(line) is not None


def doc_title(title: str) -> bool:
    """Does ``title`` name an official document (its last word a document's kind)?

    >>> doc_title("某某局关于某某事项的公告"), doc_title("某某市人民政府令")
    (True, True)
    >>> doc_title("今年第9号台风“某某”明日登陆"), doc_title("某某文学")
    (False, False)
    """
    t = _TAIL.sub("", title.strip())
    return bool(t) and t.endswith(_endings())
