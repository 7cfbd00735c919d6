"""A source named as a work in title brackets: the work's name is the origin.

A credit row may give where a piece comes from as a work rather than a body: a book,
a paper, an archive's fonds or a file, in ``《》`` (``资料来源：馆藏《某县志》``,
``来源：摘自《某报》2019年5月3日``, ``资料提供：《某年鉴》第三卷``).  A work is no unit
that supplied the piece (no issuer); its name, without the brackets, the short word of
holding or taking before it (``馆藏``, ``摘自``) and the issue, volume or day after it,
is the piece's origin.  A value that says more than that (a sentence, two works, a
longer lead-in) is none: the caller reads it as before.

A row may cite the one document the piece is about (an interpretation of a policy, a
commentary on a rule) by its title and its number (:func:`cited_document`): the number
is the piece's document number and the row its metadata, over the text or after it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from cleaner.rules import load_table

__all__ = ["cited_document", "cited_work"]

# a short lead-in of Han letters (a word of holding or taking: '馆藏', '摘自', '见'), one
# work in title brackets, and a short tail naming its part or day ('第3期', '2019年5月3日',
# '卷二'): no clause mark anywhere
_WORK = re.compile(
    r"^(?P<lead>[\u4e00-\u9fff]{0,4})《(?P<name>[^《》〈〉，。；！？,;!?]{2,30})》"
    r"(?P<tail>[^《》〈〉，。；！？,;!?:：]{0,14})$"
)


def cited_work(value: str) -> str | None:
    """The name of the one work ``value`` cites as its source, or None.

    >>> cited_work("馆藏《某县粮食局档案》"), cited_work("《某镇志》第三卷")
    ('某县粮食局档案', '某镇志')
    >>> cited_work("摘自《某某晚报》2019年5月3日"), cited_work("《某刊》")
    ('某某晚报', '某刊')
    >>> cited_work("某某档案馆"), cited_work("《甲集》《乙集》")
    (None, None)
    >>> cited_work("据《某志》载，确有其事")
    >>> cited_work("本馆根据某某单位捐赠的《某集》")
    """
    m = _WORK.match(value.strip())
    if m is None:
        return None
    return m["name"].strip() or None


# a row citing one document: a short label, a colon, its 《title》, then its number in
# a bracket pair ('《某办法》（某发〔2021〕3号）') or after a label of its own
# ('《某规定》　文号：某发〔2021〕3号', the label read by the metadata tables)
_CITED = re.compile(
    r"^(?P<k>[\u4e00-\u9fff]{1,6})\s*[:：]\s*《(?P<t>[^《》]{2,60})》\s*"
    r"(?:[（(](?P<n>[^（）()]{3,40})[）)]"
    r"|[\s\u3000]+(?P<k2>[\u4e00-\u9fff]{2,6})\s*[:：]\s*(?P<n2>\S{3,40}))$"
)


@lru_cache(maxsize=1)
def _refused_labels() -> tuple[str, ...]:
    return tuple(load_table("source_rows")["cited_document"]["refused_labels"])


def cited_document(
    line: str, doc_number: Callable[[str], str | None], field_of: Callable[[str], str | None]
) -> dict[str, str] | None:
    """``{"doc_number": N}`` of a row citing the one document a piece is about by its
    ``《title》`` and number ``N`` (``doc_number`` must read it as one; after a label of
    its own, ``field_of`` must name that label the number's), or None.  A row under a
    label of another document (``附件``, ``相关…``: source_rows.toml) is none.

    >>> num = lambda s: s if s.endswith("号") and "〔" in s else None
    >>> fld = lambda k: "doc_number" if k.endswith("文号") else None
    >>> cited_document("依据文件：《某某办法》（某规发〔2020〕5号）", num, fld)
    {'doc_number': '某规发〔2020〕5号'}
    >>> any_number = lambda k: "doc_number"
    >>> cited_document("政策原文：《某某规定》　发文字号：甲发〔2019〕12号", num, any_number)
    {'doc_number': '甲发〔2019〕12号'}
    >>> cited_document("附件：《某某办法》（某规发〔2020〕5号）", num, fld)
    >>> cited_document("依据：《某某法》（2018年修正）", num, fld)
    >>> cited_document("根据《某某办法》（某规发〔2020〕5号）规定执行。", num, fld)
    """
    m = _CITED.match(line.strip())
    if m is None or any(w in m["k"] for w in _refused_labels()):
        return None
    if m["n"] is not None:
        number = doc_number(m["n"].strip())
    elif field_of(m["k2"]) == "doc_number":
        number = doc_number(m["n2"].strip())
    else:
        number = None
    return {"doc_number": number} if number else None
