"""The body a piece's own labelled cell names as a party to it, read anywhere in the piece.

The head and closing readers of the split stage read a block of rows over a piece's text or
closing it.  Forms and notices also name the body behind a piece in a labelled cell amid
their text: a fund notice's table of basic facts (``基金管理人名称：某基金管理有限公司``), a
drug's card (``【生产企业】某药业有限公司　地址：…``), a list of approved varieties
(``申请者：某农业科学院　育种者：…``), an event's closing note (``（组织单位：某医院　现场联络：
某某）``).  Whatever the cell's position, separator or frame, a piece no reader gave a body
(no ``issuer``, no ``origin``) takes the first such cell's body; the text is kept whole.

A cell counts only when both sides say it names a party:

- its label names a party: a label of the split's field table or label classes that reads
  ``issuer`` or ``origin`` (``生产企业``, ``实施单位``), or a verb of ``[unit_key]`` in
  ``headers.toml`` closed by a party's noun (``申请者``, ``报送方``); a label ending in
  ``名称`` names the party before it (``采购人名称`` is ``采购人``'s name);
- its value has an organisation's shape (:func:`split_cell_marks.is_org`): a person's name,
  a place or a sentence is none.

A buyer's, a winner's or a party's own cell (``竞得人``, ``中标人``, ``投诉人``) names no verb
of issuing or doing the work: no body of the piece.  :func:`unit_keys.unit_key` then decides
the key by the label's verb, as for every other reader's body.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Collection, Iterable

from cleaner.model import Change
from cleaner.stages.event_credit import event_credit
from cleaner.stages.split_cell_marks import is_org
from cleaner.stages.split_dates import simplified_label
from cleaner.stages.unit_keys import label_key

# a labelled cell: at the line's start or after a gap, a bracket, a bar or a clause mark,
# a label of two to ten Han letters closed by a colon (``label：value``) or framed in
# square brackets (``【label】value``); its value runs to the next gap, bracket or mark
_CELL = re.compile(
    r"(?:^|(?<=[\s\u3000（(\[〔［【｜|／/·•，,；;]))"
    r"(?:【(?P<blabel>[\u3400-\u9fff]{2,10})】|(?P<label>[\u3400-\u9fff]{2,10})[ \t\u3000]*[:：])"
    r"[ \t\u3000]*(?P<value>[^\s\u3000:：（(）)【】\[\]｜|，,；;。]{2,40})"
)
# a party's noun closing a label of a verb of doing (``申请者``, ``实施单位``, ``报送方``)
_PARTY_NOUNS = (
    "人",
    "者",
    "方",
    "单位",
    "部门",
    "机构",
    "机关",
    "组织",
    "团体",
    "主体",
    "企业",
    "公司",
)
# a longer label's closing word naming the party's name (``采购人名称``)
_NAME_WORD = "名称"
_FIELDS = ("issuer", "origin")
#: how many of a piece's last lines are its sign-off (a doer's cell, a date, a seal)
SIGNOFF_LINES = 3
# the endings of a medium's name: a source credited so is the item's source, no desk
_MEDIA = ("报", "刊", "杂志", "网", "台", "社", "新闻", "广播", "频道", "微博", "公众号", "客户端")


def party_label(label: str, field_of: Callable[[str], str | None]) -> str | None:
    """The key (``issuer``/``origin``) a cell's label gives the body it names, or None.

    >>> from cleaner.stages.split_meta import MetaParser
    >>> f = MetaParser().field_of
    >>> party_label("生产企业", f), party_label("申请者", f), party_label("实施单位", f)
    ('issuer', 'origin', 'origin')
    >>> party_label("基金管理人名称", f), party_label("采购人名称", f)
    ('issuer', 'issuer')
    >>> party_label("竞得人", f), party_label("联系人", f), party_label("基金名称", f)
    (None, None, None)
    """
    key = simplified_label(label)
    if key.endswith(_NAME_WORD) and len(key) > len(_NAME_WORD) + 1:
        key = key[: -len(_NAME_WORD)]
    if key.endswith(_PARTY_NOUNS) and (verb := label_key(key)) is not None:
        return verb
    field = field_of(key)
    return field if field in _FIELDS else None


def party_cells(
    text: str, meta: dict[str, str], field_of: Callable[[str], str | None]
) -> dict[str, str] | None:
    """Give ``meta`` the body the piece's first party cell names (below its first line,
    the title), when no reader gave it one; the fields read, or None.

    >>> from cleaner.stages.split_meta import MetaParser
    >>> f = MetaParser().field_of
    >>> page = "某公告\\n基金名称：某某基金\\n基金管理人名称：某某基金管理有限公司"
    >>> m = {}; party_cells(page, m, f)
    {'issuer': '某某基金管理有限公司'}
    >>> m = {}; party_cells("标题\\n（组织单位：某某市中心血站　现场联络：某某）", m, f)
    {'origin': '某某市中心血站'}
    >>> m = {"issuer": "某局"}; party_cells("标题\\n生产企业：某某制药有限公司", m, f) is None
    True
    >>> m = {}; party_cells("标题\\n竞得人：某某置业有限公司", m, f) is None
    True
    >>> m = {}; party_cells("标题\\n申请者：张某某", m, f) is None
    True
    """
    if any(k in meta for k in _FIELDS):
        return None
    for line in text.split("\n")[1:]:
        if "：" not in line and ":" not in line and "【" not in line:
            continue
        if (credit := event_credit(line)) is not None:
            # an event's credit row ('主办：某局　承办：某协会') is read whole: its host the
            # origin, the body running it for the host no field (event_credit)
            meta.update(credit)
            return credit
        for cell in _CELL.finditer(line.strip()):
            label = cell["label"] or cell["blabel"]
            value = cell["value"]
            key = party_label(label, field_of)
            if key is not None and is_org(value):
                meta[key] = value
                return {key: value}
    return None


def doer_over_source(
    text: str, meta: dict[str, str], sourced: Collection[str]
) -> dict[str, str] | None:
    """Give a piece whose only body is the desk its info row names as the source
    (``来源：某分局`` over the text: the desk that posted it, ``sourced``) the body its
    sign-off (one of its last :data:`SIGNOFF_LINES` lines) names in a cell labelled by a
    verb of doing the work it reports (``建设单位：某公司`` signing an impact notice:
    ``[unit_key] origin_verbs`` closed by a party's noun): who the piece comes from, its
    ``origin``, over the poster.  A medium credited as the source (``来源：某日报``) is
    the item's source, no desk: it stays.  The fields read, or None.

    >>> page = "某项目环评公示\\n正文。\\n建设单位：某某新材料有限公司\\n2016年12月21日"
    >>> m = {"origin": "环保分局"}; doer_over_source(page, m, {"环保分局"}), m
    ({'origin': '某某新材料有限公司'}, {'origin': '某某新材料有限公司'})
    >>> m = {"origin": "某某日报"}; doer_over_source(page, m, {"某某日报"}) is None
    True
    >>> m = {"origin": "环保分局", "issuer": "某局"}; doer_over_source(page, m, {"环保分局"})
    >>> long = "某项目环评公示\\n建设单位：某某新材料有限公司\\n正文。\\n正文。\\n正文。\\n正文。"
    >>> doer_over_source(long, {"origin": "环保分局"}, {"环保分局"}) is None
    True
    """
    desk = meta.get("origin", "")
    if "issuer" in meta or desk not in sourced or desk.endswith(_MEDIA):
        return None
    for line in text.split("\n")[1:][-SIGNOFF_LINES:]:
        if "：" not in line and ":" not in line and "【" not in line:
            continue
        for cell in _CELL.finditer(line.strip()):
            key = simplified_label(cell["label"] or cell["blabel"])
            value = cell["value"]
            if not key.endswith(_PARTY_NOUNS) or label_key(key) != "origin":
                continue  # a source's or a field's label: no doer of the work
            if is_org(value) and value != desk:
                meta["origin"] = value
                return {"origin": value}
    return None


def source_desks(ledger: Iterable[Change]) -> set[str]:
    """The origins the split stage read from a row opening with a source's label
    (``来源：某分局　2016-12-21　阅读(703)``, ``credit_tail.source_words``): the desks
    that posted the page's pieces.

    >>> from cleaner.model import Change
    >>> row = Change("p", "split", "split.meta_header", "delete", 0, 9,
    ...              "来源：环保分局　2016-12-21\\n", ref='{"origin": "环保分局"}')
    >>> source_desks([row])
    {'环保分局'}
    >>> source_desks([Change("p", "split", "split.meta_header", "delete", 0, 9,
    ...               "报送单位：某局\\n", ref='{"origin": "某局"}')])
    set()
    """
    from cleaner.stages.credit_tail import source_words

    words = source_words()
    out: set[str] = set()
    for c in ledger:
        if c.stage != "split" or not c.rule.startswith("split.meta_") or not c.ref:
            continue
        label = re.split(r"[:：]", c.before.strip().lstrip("（(【[〔"), maxsplit=1)[0].strip()
        if not label or simplified_label(label) not in words:
            continue
        try:
            fields = json.loads(c.ref)
        except ValueError:
            continue
        if isinstance(fields, dict) and isinstance(fields.get("origin"), str):
            out.add(fields["origin"])
    return out
