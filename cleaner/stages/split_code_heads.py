"""A piece's header row that files a RECORD, not a title: a bracketed or labelled word
followed by an identifier and its kind (``〔涉事车辆〕甲A·3K5××　小型轿车``,
``【工单】WO-2031-0457　网络中断``, ``［设备］SN-88A12　空调外机``).  The value after the
label is a code (Latin letters or masking marks beside digits: a plate, a serial, a
ticket number), so it names no piece: the piece's title is the title-shaped line right
under the row.  A row whose value is words (``〔要闻〕某市召开安全生产大会``) keeps its
own value as the title.

Standard library only; :func:`split_headers.titles_below` asks :func:`coded_value`, and
:func:`split_piece_head.piece_head` asks :func:`coded_row` to keep that title line as the
piece's first line of text (the row alone is its header).
"""

from __future__ import annotations

import re

#: the cells of a row's value: split at blanks (an ideographic space too)
_CELLS = re.compile(r"[\s\u3000]+")
#: a code's letters: Latin, digits, masks and a code's joiners, at most two Han letters
#: (a plate's province, a prefix)
_CODE = re.compile(r"^[\w\-－_/.．·#＃№×xX*＊]{4,20}$")
_DIGIT = re.compile(r"[0-9０-９]")
_LETTER_OR_MASK = re.compile(r"[A-Za-zＡ-Ｚａ-ｚ×*＊]")
_HAN = re.compile(r"[\u4e00-\u9fff]")
#: a value this long is a line of words, never a record's code and kind
CODED_VALUE_MAX = 24
#: the kind after a code is a short noun ('小型轿车', '网络中断'); more is a headline
#: about a product named by its model ('C919 大飞机完成首次商业飞行')
KIND_MAX = 8
#: what makes a code an identifier rather than a model's name ('Mate60', 'C919'): a
#: masking mark, a joiner, a Han letter (a plate's province) or two runs of digits
_FILING = re.compile(r"[×*＊\-－_/.．·#＃№\u4e00-\u9fff]|\d\D+\d")


def coded_value(value: str) -> bool:
    """Is ``value`` (what a header row holds after its label) a record's code, alone
    or followed by its kind: the first cell a code (digits beside Latin letters or
    masking marks, at most two Han letters), the whole value short?

    >>> coded_value("甲A·3K5××　小型轿车"), coded_value("WO-2031-0457 网络中断")
    (True, True)
    >>> coded_value("SN-88A12")
    True
    >>> coded_value("某市召开安全生产大会"), coded_value("2031年第3期")
    (False, False)
    >>> coded_value("3号　某某通知"), coded_value("")
    (False, False)

    A model's name before a headline files nothing: no mask, joiner or second digit
    group in it, or more than a kind after it.

    >>> coded_value("X70 新款越野车"), coded_value("TK-2031-07 某型号新款越野车上市发布会")
    (False, False)
    """
    value = value.strip()
    if not value or len(value) > CODED_VALUE_MAX:
        return False
    first, *rest = _CELLS.split(value)
    return bool(
        _CODE.match(first)
        and _DIGIT.search(first)
        and _LETTER_OR_MASK.search(first)
        and _FILING.search(first)
        and len(_HAN.findall(first)) <= 2
        and len("".join(rest)) <= KIND_MAX
    )


#: a row of metadata under a record's code row ('地点：某街', '来源：某台', a date): the
#: record's fields, never its title
_FIELD_ROW = re.compile(r"^(?:[^\s：:，。,]{1,6}[：:]|\d{2,4}[-/.年]\d{1,2}[-/.月]\d{1,2})")


def field_row(line: str) -> bool:
    """Is ``line`` a labelled or dated row of a record's fields, no title?

    >>> field_row("地点：某某街"), field_row("2031-03-05 某某台"), field_row("某街违停，车主被处理")
    (True, True, False)
    """
    return _FIELD_ROW.match(line.strip()) is not None


#: a row's label: a word in brackets, or a word and a colon
_LABEL = re.compile(
    r"^(?:[〔【\[［(（〖]([^〕】\]］)）〗]{1,12})[〕】\]］)）〗]|([^\s：:]{1,12})[：:])\s*"
)


def coded_row(line: str) -> bool:
    """Is ``line`` a labelled row filing a record by its code (:func:`coded_value`)?

    >>> coded_row("〔涉事车辆〕甲A·3K5××　小型轿车"), coded_row("工单：WO-2031-0457 网络中断")
    (True, True)
    >>> coded_row("〔要闻〕某市召开安全生产大会"), coded_row("甲A·3K5××　小型轿车")
    (False, False)
    """
    m = _LABEL.match(line.strip())
    return m is not None and coded_value(line.strip()[m.end() :])
