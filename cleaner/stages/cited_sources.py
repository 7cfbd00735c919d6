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
from cleaner.rules.han_forms import simplify_map

__all__ = ["cited_document", "cited_row", "cited_work"]

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
def cited_row(line: str) -> bool:
    """``line`` has the shape of a labelled row citing a document by its 《title》 and
    number (whether or not :func:`cited_document` takes it as the piece's own).

    >>> cited_row("原标题：《某某办法》（某规发〔2020〕5号）"), cited_row("发布日期：2023-03-01")
    (True, False)
    """
    return _CITED.match(line.strip()) is not None


@lru_cache(maxsize=1)
def _own_labels() -> tuple[str, ...]:
    return tuple(load_table("source_rows")["cited_document"].get("own_document_labels", ()))


@lru_cache(maxsize=1)
def _refused_labels() -> tuple[str, ...]:
    t = load_table("source_rows")["cited_document"]
    return tuple(t["refused_labels"]) + tuple(t["other_document_labels"])


@lru_cache(maxsize=1)
def _issue_number() -> re.Pattern[str]:
    return re.compile(load_table("title_shape")["shapes"]["issue_number"])


def _squash(s: str) -> str:
    return re.sub(r"[\s\u3000]+", "", s)


#: Han letters in a row a piece's title must share with the document an own label cites
#: ('一图读懂门诊报销办法' and 《某市门诊费用报销办法》 share '报销办法').
OWN_SHARED = 4


def _shared_run(a: str, b: str) -> int:
    """The longest run of letters ``a`` and ``b`` share, '某' (a placeholder) not counted.

    >>> _shared_run("某市门诊费用报销办法", "一图读懂门诊报销办法")
    4
    >>> _shared_run("某某办法", "政策问答"), _shared_run("某某办法", "某某问答")
    (0, 0)
    """
    a, b = a.replace("某", "\0"), b.replace("某", "\1")
    best = 0
    for i in range(len(a)):
        for j in range(i + best + 1, len(a) + 1):
            if a[i:j] in b:
                best = j - i
            else:
                break
    return best


def cited_document(
    line: str,
    doc_number: Callable[[str], str | None],
    field_of: Callable[[str], str | None],
    *,
    about: str,
    above: str = "",
    below: str = "",
) -> dict[str, str] | None:
    """``{"doc_number": N}`` of a row citing the one document a piece is about by its
    ``《title》`` and number ``N`` (``doc_number`` must read it as one; after a label of
    its own, ``field_of`` must name that label the number's), or None.

    The row must name the piece's OWN subject: the cited title stands in ``about`` (the
    piece's title: ``《某办法》政策解读``).  A row under a label of another document (an
    attachment, a related item, a document repealed, replaced, forwarded or answered:
    source_rows.toml), a row of a list (``above`` or ``below``, the lines next to it,
    has the same shape, or ``above`` leads in with a colon) and an issue's number
    (``2021年第5期``: a periodical's, no document's) are none.

    >>> num = lambda s: s if s.endswith(("号", "期")) else None
    >>> fld = lambda k: "doc_number" if k.endswith("文号") else None
    >>> about = "《某某办法》政策解读"
    >>> cited_document("依据文件：《某某办法》（某规发〔2020〕5号）", num, fld, about=about)
    {'doc_number': '某规发〔2020〕5号'}
    >>> row = "政策原文：《某某办法》　发文字号：甲发〔2019〕12号"
    >>> cited_document(row, num, lambda k: "doc_number", about=about)
    {'doc_number': '甲发〔2019〕12号'}
    >>> cited_document("解读文件：《某某办法》（某规发〔2020〕5号）", num, fld, about="政策问答")
    >>> cited_document("附件：《某某办法》（某规发〔2020〕5号）", num, fld, about=about)
    >>> cited_document("废止文件：《某某办法》（某规发〔2020〕5号）", num, fld, about=about)
    >>> cited_document("刊载：《某某办法》（2021年第5期）", num, fld, about=about)
    >>> cited_document("依据：《某某法》（2018年修正）", num, fld, about=about)
    >>> cited_document("根据《某某办法》（某规发〔2020〕5号）规定执行。", num, fld, about=about)
    >>> row = "文件二：《某某办法》（某规发〔2020〕5号）"
    >>> cited_document(row, num, fld, about=about, above="文件一：《甲规定》（某发〔2019〕1号）")
    >>> cited_document(row, num, fld, about=about, above="依据以下两个文件：")

    A label saying the piece is about that document (``解读文件``: source_rows.toml's
    ``own_document_labels``) needs only part of the title in ``about`` (a short, folk or
    diagram title: OWN_SHARED Han letters in a row), and one such row under a lead-in
    is no list; titles are compared in simplified form:

    >>> row = "解读文件：《某市门诊费用报销办法》（某医发〔2020〕5号）"
    >>> cited_document(row, num, fld, about="一图读懂门诊报销办法", above="相关文件如下：")
    {'doc_number': '某医发〔2020〕5号'}
    >>> cited_document("依据文件：《某某辦法》（某规发〔2020〕5号）", num, fld, about=about)
    {'doc_number': '某规发〔2020〕5号'}
    """
    m = _CITED.match(line.strip())
    label = m["k"].translate(simplify_map()) if m is not None else ""
    if m is None or any(w in label for w in _refused_labels()):
        return None
    own = any(w in label for w in _own_labels())
    fold = simplify_map()
    cited, title = _squash(m["t"]).translate(fold), _squash(about).translate(fold)
    if cited not in title and not (own and _shared_run(cited, title) >= OWN_SHARED):
        return None  # the title names another subject: a document the text cites
    if any(_CITED.match(x.strip()) for x in (above, below)):
        return None  # an item of a list of documents
    if not own and above.rstrip().endswith((":", "：")):
        return None  # a list's lead-in over it
    if m["n"] is not None:
        number = doc_number(m["n"].strip())
    elif field_of(m["k2"]) == "doc_number":
        number = doc_number(m["n2"].strip())
    else:
        number = None
    if number and _issue_number().match(number.strip()):
        return None  # a periodical's issue, not the document's number
    return {"doc_number": number} if number else None
