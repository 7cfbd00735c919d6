"""The credit row in one frame closing every piece of a compilation: the pieces' metadata.

A compilation prints under each of its pieces the same framed row of credits, the labels
the same on every piece and the values their own: who notarised and supervised a draw
(``（开奖公证：某公证处　公证员：某甲　监督员：某乙）``), who organised an event and who
is the contact on site (``（组织单位：某医院　现场联络：某甲）``), who inspected and when
(``（督查员：某甲　暗访时段：早高峰）``), who reported and checked an item
(``（信息报送：某办公室　审核：某甲）``), the writer and a delegate
(``〔文／某组 某甲　技术代表：某乙〕``).  The row's labels come from no table: any label
of a row's shape will do, for the row is known by where it stands and what it repeats, not
by its words.  Such a row is neither the piece's text nor the site's chrome: it is the
piece's metadata (``docs/truth_conventions.md``: per-piece header and metadata rows, credit
rows), and the split stage takes it out of the text, recorded, as it does a credit row
of the words its tables know (:func:`split_foot.foot_credit`).

The shape, all of it needed:

* one bracket pair around the whole row (round, square, angle, tortoise-shell or lenticular);
* its cells apart by wide gaps, bars or a spaced dot, each a ``label：value`` item, a
  writer's slash credit (``文／某甲``), a value before a credit word of the tables
  (``某处供稿``) or a date; no cell a sentence, no value long;
* a party among the values, on half the pieces at least (a rare surname is no proof of
  a name, a word opening with a common one no proof of none): a person's name or a
  body's;
* no teller of an oral history among the labels (``口述``, ``讲述``: the row says more
  than a credit, :func:`split_foot.foot_credit` leaves it as text too);
* the row closing the pieces (each its last line; the last piece's may stand over a line
  or two of the page's foot), the labels the same on every one, on two pieces and half
  the pieces at least (a piece may print no credit), the values differing on two of them
  (a row printed word for word under every piece is no piece's own field).

An event's fact rows framed under each piece (``（票价：80元　时长：120分钟）``) name no
party and stay text; so do a note of one sentence, a row under one piece only, and rows
of other labels under the others.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Container, Sequence
from functools import cache

from cleaner.rules import load_table
from cleaner.rules.han_forms import simplify_map
from cleaner.stages.foot_credit_words import foot_words
from cleaner.stages.person_names import surnamed
from cleaner.stages.sentence_marks import CLAUSE_MARK
from cleaner.stages.split_cell_marks import is_org
from cleaner.stages.split_dates import normalise_date
from cleaner.stages.split_foot import checker_parts
from cleaner.stages.unit_keys import label_key

__all__ = ["closing_slots", "slot_fields", "slot_row"]

Fields = Callable[[str], str | None]

# one bracket pair around the whole row
_FRAMED = re.compile(
    r"^(?:（(?P<a>[^（）]+)）|\((?P<b>[^()]+)\)|〔(?P<c>[^〔〕]+)〕|〈(?P<d>[^〈〉]+)〉"
    r"|【(?P<e>[^【】]+)】|［(?P<f>[^［］]+)］|\[(?P<g>[^\[\]]+)\])$"
)
# or a photo's caption opening the row after its mark, the credits after a wide gap
# ('▲ 抓拍画面　采集：某大队　2019年6月13日 22:48'): the site's template caption (the same
# words under every piece, or the row is no slot) frames the credits as a bracket would
_CAPTIONED = re.compile(
    r"^(?P<mark>[▲△▼▽■□●○◆◇★☆►▶])[ \u3000]*(?P<cap>[^\s:：，。；、]{2,12})"
    r"(?:\u3000+|\s{2,})(?P<in>\S.*)$"
)
# cells apart by wide gaps, bars or a spaced dot
_CELLS = re.compile(r"\u3000+|\s{2,}|\s*[|｜│┃┆¦]\s*|\s+[·•]\s+")
# a labelled item: a label of Han letters (letter-spaced or not) or one Latin word
_ITEM = re.compile(r"^(?P<k>(?:[\u4e00-\u9fff]\s?){2,8}|[A-Za-z]{2,12})\s*[:：]\s*(?P<v>\S.*)$")
# a credit word, a slash and what it credits ('文／某组 某甲')
_SLASH = re.compile(r"^(?P<k>[\u4e00-\u9fff]{1,2})\s*[／/]\s*(?P<v>\S.*)$")
# a date, with a time or without ('2021年3月5日', '2021-03-05 10:30')
_DATE = re.compile(r"^[\d〇○零一二三四五六七八九十年月日./\-\s:：]{6,}$")
# the value's division after a name ('某甲（某科）') and a person after a desk ('某组 某甲')
_UNIT_AFTER = re.compile(r"\s*[（(][^（）()]{1,20}[）)]$")
#: A value longer than this is no credit's (a clause, a list).
VALUE_MAX_CHARS = 30
#: A credit row is short.
ROW_MAX_CHARS = 90
#: The last piece's row may stand over this many lines of the page's foot, less one.
LAST_PIECE_TAIL = 3
#: Pieces closed by the row of one skeleton, at least.
MIN_SLOTS = 2


@cache
def _simplified() -> dict[int, str]:
    return simplify_map()


def _party(value: str) -> bool:
    """``value`` names a party: a person (a surname and a given name, after a desk:
    ``某组 某甲``) or a body (an organisation's shape).

    >>> _party("某甲乙"), _party("某某市中心血站"), _party("某组 某甲乙"), _party("120分钟")
    (True, True, True, False)
    >>> _party("早高峰"), _party("正确"), _party("城东大队")
    (False, False, True)
    """
    v = _UNIT_AFTER.sub("", value.strip())
    last = v.split()[-1] if v.split() else ""
    # a crew or a desk named short ('城东大队', '某某站': a body's ending, three letters)
    short_body = len(v) >= 3 and _BODY.match(v.translate(_simplified())) is not None
    return surnamed(v) or is_org(v) or short_body or (last != v and surnamed(last))


def _cell(cell: str) -> tuple[str, bool] | None:
    """A cell's key in the row's skeleton (its label, ``"#date"`` for a date) and whether
    it names a party; None for a cell of no credit row's shape.

    >>> _cell("公证员：某甲乙"), _cell("2021年3月5日"), _cell("文／某组 某甲乙")
    (('公证员', True), ('#date', False), ('文／', True))
    >>> _cell("某某中心供稿"), _cell("好。"), _cell("开奖时间较往常推迟，请留意")
    (('供稿', True), None, None)
    """
    c = cell.strip()
    if CLAUSE_MARK.search(c):
        return None
    if _DATE.match(c) and normalise_date(c.split()[0]) is not None:
        return "#date", False
    item = _ITEM.match(c)
    if item is not None:
        label, value = re.sub(r"\s", "", item["k"]), item["v"].strip()
        if len(value) > VALUE_MAX_CHARS:
            return None
        return label, _party(value)
    words = foot_words()
    slash = _SLASH.match(c)
    if slash is not None:
        key = slash["k"].translate(words.simplified)
        if key in words.slash_writers + words.slash_persons:
            return f"{slash['k']}／", _party(slash["v"])
        return None
    simple = c.translate(words.simplified)
    credit_words = words.units + words.persons + words.compilers
    word = next((w for w in credit_words if simple.endswith(w)), None)
    if word is not None and 2 <= len(c) - len(word) <= VALUE_MAX_CHARS:
        return word, True
    return None


def _framed(line: str) -> tuple[str, str] | None:
    """``(frame, inner)`` of a framed credit row: the bracket pair's inside, or a
    template caption's credits (the frame then the mark and the caption's words, so
    that rows of other captions are of other skeletons); None for any other line.

    >>> _framed("（督查员：某甲乙）"), _framed("▲ 抓拍画面　采集：某大队　2019年6月13日")
    (('', '督查员：某甲乙'), ('▲抓拍画面', '采集：某大队　2019年6月13日'))
    >>> _framed("▲ 采集：某大队"), _framed("督查员：某甲乙")
    (None, None)
    """
    m = _FRAMED.match(line)
    if m is not None:
        return "", next(g for g in m.groups() if g is not None)
    c = _CAPTIONED.match(line)
    if c is not None:
        return c["mark"] + c["cap"], c["in"]
    return None


def slot_row(line: str) -> tuple[tuple[str, ...], bool] | None:
    """The skeleton of a framed credit row (its cells' labels in order) and whether it
    names a party; None for a line of no such row's shape (unframed, a sentence, a cell
    of another shape, an oral history's teller).

    >>> slot_row("（开奖公证：某某公证处　公证员：某甲乙　监督员：某丙丁）")
    (('开奖公证', '公证员', '监督员'), True)
    >>> slot_row("〔文／某某组 某甲乙　　技术代表：某丙丁〕")
    (('文／', '技术代表'), True)
    >>> slot_row("（票价：80元　时长：120分钟）")
    (('票价', '时长'), False)
    >>> slot_row("（以下单位为新增报名，展位现场另行安排）"), slot_row("开奖公证：某某公证处")
    (None, None)
    >>> slot_row("（讲述人：某甲乙　整理：某丙丁）")
    >>> slot_row("▲ 抓拍画面　采集：某某大队　2019年6月13日 22:48")
    (('▲抓拍画面', '采集', '#date'), True)
    >>> slot_row("▲ 市民在公园晨练，十分热闹　摄影：某甲乙")
    """
    s = line.strip()
    if not 4 <= len(s) <= ROW_MAX_CHARS:
        return None
    framed = _framed(s)
    if framed is None:
        return None
    frame, inner = framed[0], framed[1].strip()
    cells = [c for c in _CELLS.split(inner) if c.strip()]
    if not cells:
        return None
    keys: list[str] = [frame] if frame else []
    party = False
    tellers = foot_words().tellers
    for cell in cells:
        got = _cell(cell)
        if got is None:
            return None
        key, named = got
        if key.translate(_simplified()).startswith(tellers):
            return None  # an oral history's teller: the row is its text (split_foot)
        keys.append(key)
        party = party or named
    if all(k == "#date" for k in keys[bool(frame) :]):
        return None  # a date alone: the dated-line readers' (split_piece_end)
    return tuple(keys), party


def closing_slots(
    lines: Sequence[str], pieces: Sequence[tuple[int, int]], *, skip: Container[int] = ()
) -> set[int]:
    """The lines closing the pieces ``pieces`` (``(first line, end)`` of each, in page
    order) that are their framed credit rows of one skeleton (see the module's note);
    ``skip``: lines no piece's text ends with (the rows over the next piece's header).

    >>> page = ["甲事", "正文一。", "（督查员：某甲乙　暗访时段：早高峰）", "",
    ...         "乙事", "正文二。", "（督查员：某丙丁　暗访时段：午间）", "",
    ...         "丙事", "正文三。", "（督查员：某戊己　暗访时段：晚高峰）", "", "版权所有"]
    >>> sorted(closing_slots(page, [(0, 4), (4, 8), (8, 13)]))
    [2, 6, 10]
    >>> closing_slots(page[:4] + ["乙事", "正文二。", "（票价：80元）", ""], [(0, 4), (4, 8)])
    set()
    >>> same = ["甲事", "正文。", "（督查员：某甲乙）", "乙事", "正文。", "（督查员：某甲乙）"]
    >>> closing_slots(same, [(0, 3), (3, 6)])
    set()
    >>> over = ["甲事", "正文。", "（督查员：某甲乙）", "〔第2期〕",
    ...         "乙事", "正文。", "（督查员：某丙丁）"]
    >>> sorted(closing_slots(over, [(0, 4), (4, 7)], skip={3}))
    [2, 6]
    """
    if len(pieces) < MIN_SLOTS:
        return set()
    found: list[tuple[int, tuple[tuple[str, ...], bool]]] = []
    for n, (start, end) in enumerate(pieces):
        # the last line with text; on the last piece one of its last lines (the page's
        # foot the boilerplate stage left may stand under it)
        tail = [i for i in range(end - 1, start, -1) if lines[i].strip() and i not in skip]
        for i in tail[: LAST_PIECE_TAIL if n == len(pieces) - 1 else 1]:
            shape = slot_row(lines[i])
            if shape is not None:
                found.append((i, shape))
                break
    if not found:
        return set()
    skeletons = [shape[0] for _, shape in found]
    skeleton = max(dict.fromkeys(skeletons), key=skeletons.count)  # the first on a tie
    slots = [i for i, (k, _) in found if k == skeleton]
    if len(slots) < max(MIN_SLOTS, len(pieces) / 2):
        return set()
    if 2 * sum(1 for _, (k, named) in found if k == skeleton and named) < len(slots):
        return set()  # no party named under most pieces: an event's facts, its text
    if len({lines[i].strip() for i in slots}) < 2:
        return set()  # one row word for word under every piece: no piece's own
    return set(slots)


@cache
def _work_verbs() -> tuple[str, ...]:
    """The verbs of doing the work a piece reports (``[foot_row] work_verbs``)."""
    return tuple(load_table("headers")["foot_row"]["work_verbs"])


@cache
def _report_verbs() -> tuple[str, ...]:
    """The verbs of reporting upward (``[foot_row] report_verbs``): no slot body's label."""
    return tuple(load_table("headers")["foot_row"]["report_verbs"])


# a party's noun closing a role's label after its verb ('调查员', '采样人', '监测单位')
_PARTY_NOUN = re.compile(r"(?:人员|员|人|者|单位|部门|机构|小组|组|方)$")
# a body's name: Han letters closed by a desk's, a station's or a crew's word
_BODY = re.compile(r"^[\u4e00-\u9fff]{1,20}(?:科|股|室|组|部|处|办|中心|站|所|馆|局|院|队|会)$")


def _worked(label: str) -> bool:
    """Whether a cell's label credits a party for doing the work the piece reports: a
    verb of ``[foot_row] work_verbs`` closing it, alone or before a party's noun, and no
    checker's part.

    >>> _worked("外业调查"), _worked("采集"), _worked("采样员"), _worked("审核民警")
    (True, True, True, False)
    >>> _worked("督查员"), _worked("现场联络"), _worked("调查结论")
    (False, False, False)
    """
    key = label.translate(_simplified())
    if any(p in key for p in checker_parts()):
        return False
    stem = _PARTY_NOUN.sub("", key) or key
    return stem.endswith(_work_verbs())


def _body_head(value: str) -> str | None:
    """The body's name a value is or opens with (its longest head of a body's shape),
    the means after it left out (``某大队测速设备`` → ``某大队``); None for a person or a
    thing.

    >>> _body_head("北岗大队移动测速设备"), _body_head("某某市中心血站"), _body_head("测速设备")
    ('北岗大队', '某某市中心血站', None)
    """
    v = _UNIT_AFTER.sub("", value.strip())
    for j in range(len(v), 2, -1):
        head = v[:j]
        if (is_org(head) or _BODY.match(head.translate(_simplified()))) and not surnamed(head):
            return head
    return None


def slot_fields(line: str) -> dict[str, str]:
    """The fields a slot row gives: the writer a slash credit names (``文／某组 某甲``,
    the desk before the name dropped) is the piece's ``author``, as the foot readers read
    ``文／某甲`` (:func:`foot_credit_words.slashed_credits`); a body under a label whose
    verb decides its key (``[unit_key]``: ``组织单位：某医院`` → ``origin``) takes that key;
    a cell crediting who did the work the piece reports (``[foot_row] work_verbs``:
    ``外业调查：某甲``, ``采集：某大队测速设备``) gives its one person as the ``author``,
    its body as the ``origin``.  Other credits (a contact, a checker, an inspector, a
    notary, a desk that reported the item upward: ``[foot_row] report_verbs``) give none.

    >>> slot_fields("〔文／某某组 王海东　　技术代表：李春生〕")
    {'author': '王海东'}
    >>> slot_fields("（督查员：王海东　暗访时段：早高峰）"), slot_fields("（图／王海东）")
    ({}, {})
    >>> slot_fields("（组织单位：某某市中心医院　现场联络：赵文静）")
    {'origin': '某某市中心医院'}
    >>> slot_fields("（采集：北岗大队测速设备　｜　审核民警：王海东）")
    {'origin': '北岗大队'}
    >>> slot_fields("▲ 抓拍画面　采集：城东大队　2019年6月15日 18:48")
    {'origin': '城东大队'}
    >>> slot_fields("（信息报送：某某小学招生办公室　审核：王海东）")
    {}
    >>> slot_fields("（外业调查：王海东）"), slot_fields("（开奖公证：某公证处　公证员：王海东）")
    ({'author': '王海东'}, {})
    """
    framed = _framed(line.strip())
    if framed is None:
        return {}
    inner = framed[1]
    words = foot_words()
    out: dict[str, str] = {}
    workers: set[str] = set()
    for cell in _CELLS.split(inner):
        slash = _SLASH.match(cell.strip())
        if slash is not None and slash["k"].translate(words.simplified) in words.slash_writers:
            name = _UNIT_AFTER.sub("", slash["v"]).split()[-1]
            if surnamed(name):
                return {"author": name}
            continue
        item = _ITEM.match(cell.strip())
        if item is None:
            continue
        label, value = re.sub(r"\s", "", item["k"]), item["v"].strip()
        worked = _worked(label)
        if surnamed(_UNIT_AFTER.sub("", value)) and not is_org(value):
            if worked:
                workers.add(_UNIT_AFTER.sub("", value))
            continue
        if any(v in label.translate(_simplified()) for v in _report_verbs()):
            continue  # the desk that filed the item: no body of the piece's
        key = label_key(label)
        body = (
            _body_head(value)
            if worked and key is None
            else value
            if _body_head(value) == value
            else None
        )
        if body is not None and (key or (worked and "origin")):
            out.setdefault(key or "origin", body)
    if len(workers) == 1:
        out["author"] = workers.pop()
    return out
