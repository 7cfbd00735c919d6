"""A desk of the body that signs the text: the piece's origin, the signer its issuer.

A notice's row of facts may credit its desk unlabelled (``某处某科　|　2021年3月5日``);
the row readers take an unlabelled organisation beside a date for the issuer.  When the
text is signed, at its end, by a body whose name OPENS the credited name (the sign-off
``某处`` under a row crediting ``某处某科``), and the rest is a desk (``[meta]
section_endings`` of ``rules/headers.toml``: 科, 股, 组 …), the credited name is a
section of the signer: the desk the notice comes from, its ``origin``, as the labelled
twin ``发布部门：某处某科`` says (:mod:`cleaner.stages.split_desks`); the signer is the
issuer.  A row's name that no sign-off opens stays the issuer.  Each move is flagged
(``split.meta.signed_desk``).

A text signed at its end by a person under the office they hold (``主席　某某``, ``校长
某某``: the ``signer_row`` shape of ``site_repeat_keep.toml``, a date at most under it)
names its writer there only: when no byline gave an author, the signer is the author
(:func:`signed_author`, flagged ``split.meta.signed_author``).  The row stays in the text.
The last row of a list closing the page is no sign-off: a row under another row of cells
(``董事长　某某`` / ``总经理　某某``, ``先进集体　某处``, ``星期一　语文　数学``) or under
a line introducing rows (``出席的有：``) names no author, and neither does a unit's or a
room's name in the name's place (``总经理　办公室``: ``unit_ends`` of ``person_names.toml``).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import replace
from functools import cache

from cleaner.edits import Editor
from cleaner.model import Change
from cleaner.rules import load_table
from cleaner.rules.han_forms import simplify_map
from cleaner.stages.split_config import ArticleDraft

__all__ = ["SIGNED_AUTHOR", "SIGNED_DESK", "signed_author", "signed_desk", "signed_desks"]

SIGNED_DESK = "split.meta.signed_desk"
SIGNED_AUTHOR = "split.meta.signed_author"
#: the sign-off stands among the text's last lines
TAIL_LINES = 4
_SIGNER = re.compile(r"[\u4e00-\u9fff]{2,20}")
# a clause or sentence mark: a row of cells holds none
_MARKS = re.compile(r"[，,。；;！!？?、]")
# a date alone under the signer ('2021年3月5日', '二〇二一年三月五日', '2021-03-05')
_DATE_ALONE = re.compile(
    r"^(?:\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?|[〇零○一二三四五六七八九]{4}年[一二三四五六七八九十]{1,2}月"
    r"[一二三四五六七八九十]{1,3}日)$"
)


@cache
def _signer_row() -> re.Pattern[str]:
    """The signer row's shape: an office ending in a holder's word, a gap, a name."""
    rows = {k["name"]: k["pattern"] for k in load_table("site_repeat_keep")["keep"]}
    return re.compile(rows["signer_row"])


def signed_author(text: str) -> str | None:
    """The name on the signer row among the last lines of ``text``, with at most a date
    or an issuer's line under it (module doc), else None.

    >>> body = "各位住户：\\n请留意停水安排。\\n主任　林某某\\n二〇二一年三月五日"
    >>> signed_author(body)
    '林某某'
    >>> signed_author("各位住户：\\n主任　林某某\\n请留意停水安排，届时另行通知。") is None
    True
    """
    # the text's last filled lines only: the tail and the line over it (issue 15: the
    # whole text was stripped line by line for these five)
    lines: list[str] = []
    for ln in reversed(text.split("\n")):
        if filled := ln.strip():
            lines.append(filled)
            if len(lines) > TAIL_LINES:
                break
    lines.reverse()
    start = max(len(lines) - TAIL_LINES, 0)
    for n in range(start, len(lines)):
        s = lines[n]
        if _signer_row().match(s) and all(_DATE_ALONE.match(x) for x in lines[n + 1 :]):
            name = s.split()[-1]
            above = lines[n - 1] if n > 0 else ""
            if above and not _letterhead(above, s) and (_list_row(above) or _same_office(above, s)):
                return None  # a list's last row, a card of the person the text is about
            if not _signer(name):
                return None  # a place for a name (a unit, a room)
            return name
    return None


def _list_row(line: str) -> bool:
    """A line a list of rows follows or continues: it introduces them (``…如下：``,
    ``出席的有：``), or it is a row itself: a signer row (``董事长　某某``), two or more
    cells (``先进集体　某处``, ``周一　红烧肉``, ``星期一　语文　数学``).  A closing
    formula in cells (``此致　敬礼``, ``谢谢　配合``: ``[meta] closing_cells`` of
    headers.toml), a contact row (``联系人：某某　电话：…``) or a sentence above the signer
    is no list; a card's row of a label naming a person (``讲述人　某村老支书``:
    ``person_label_ends`` of ``person_names.toml``) and a value is one too.

    >>> _list_row("出席的有："), _list_row("董事长　王某某"), _list_row("周一　语文　数学")
    (True, True, True)
    >>> _list_row("先进集体　后勤处"), _list_row("5月2日　值班人员"), _list_row("周二　糖醋鱼")
    (True, True, True)
    >>> _list_row("此致　敬礼"), _list_row("联系人：李老师　电话：12345678")
    (False, False)
    >>> _list_row("讲述人　某村老支书")  # a card's row: the signer row under it goes on
    True
    >>> _list_row("联系人　张老师"), _list_row("经办人　王某某")  # a contact: no card
    (False, False)
    >>> _list_row("倡议人　某某协会"), _list_row("受理对象　困难家庭")  # a body, a group
    (False, False)
    >>> _list_row("谢谢　配合"), _list_row("请予　支持"), _list_row("此致　　敬禮")
    (False, False, False)
    """
    if line.endswith(("：", ":")) or _signer_row().match(line):
        return True
    cells = line.translate(simplify_map()).split()
    if len(cells) < 2 or _MARKS.search(line) or "：" in line or ":" in line:
        return False  # a label：value contact row, a sentence
    if _sign_off_field(cells[0]):
        # a contact row ('联系人　张老师', '经办人　王某'): the sign-off's companion, a person
        # to reach about the text, never a card of the person it is about
        return False
    if len(cells) == 2 and cells[0].endswith(_person_labels()):
        # a card of a person the text is about (the list goes on), or a label naming a
        # body or a group (``倡议人　某某协会``): the sign-off's companion
        return _card_row(cells)
    return not _companion(cells)


def _letterhead(above: str, row: str) -> bool:
    """A unit and the office the signer ``row`` names, set in two cells ``above`` it
    (``某某实验小学　校长`` over ``校长　陈某某``): the signer's own letterhead.

    >>> _letterhead("某某实验小学　校长", "校长　陈某某")
    True
    >>> _letterhead("周二　糖醋鱼", "厨师长　刘某")
    False
    """
    cells = above.split()
    return len(cells) == 2 and not _MARKS.search(above) and cells[1] == row.split()[0]


def _companion(cells: list[str]) -> bool:
    """Cells of a sign-off's companion line, no list's row: a closing formula
    (``此致　敬礼``, ``特此　证明``, ``顺颂　时祺``: its first cell a closing verb,
    ``[meta] closing_openers`` of headers.toml), a field of the document without its
    colon (``值班电话　…``, ``抄送　…``: ``sign_off_fields``), or the signing body's name
    set in two cells (``某某局　办公室``: a body's name, then a room's or unit's word).

    >>> _companion(["特此", "证明"]), _companion(["附件", "报送表"])
    (True, True)
    >>> _companion(["某某局", "办公室"]), _companion(["先进集体", "后勤处"])
    (True, False)
    >>> _companion(["周二", "糖醋鱼"]), _companion(["先进班组", "维修组"])
    (False, False)
    """
    if _closing_cells().fullmatch("".join(cells)) or _opener().fullmatch(cells[0]):
        return True
    if _sign_off_field(cells[0]):
        return True
    return len(cells) == 2 and cells[1] in _unit_words() and cells[0].endswith(_body_ends())


@cache
def _sign_off_fields() -> tuple[str, ...]:
    return tuple(load_table("headers")["meta"]["sign_off_fields"])


def _sign_off_field(cell: str) -> bool:
    """``cell`` ends in a field label of a sign-off block (``联系人``, ``值班电话``:
    ``[meta] sign_off_fields`` of headers.toml)."""
    return cell.endswith(_sign_off_fields())


@cache
def _opener() -> re.Pattern[str]:
    return re.compile(load_table("headers")["meta"]["closing_openers"])


@cache
def _unit_words() -> frozenset[str]:
    return frozenset(load_table("person_names")["names"]["unit_words"])


@cache
def _body_ends() -> tuple[str, ...]:
    data = load_table("headers")
    return tuple(data["org_name"]["endings"]) + tuple(data["lead_row"]["body_endings"])


@cache
def _closing_cells() -> re.Pattern[str]:
    """A letter's closing formula set in cells (``此致　敬礼``, ``谢谢　配合``)."""
    return re.compile(load_table("headers")["meta"]["closing_cells"])


def _same_office(above: str, row: str) -> bool:
    """The two-cell row ``above`` the signer ``row`` describes one holding the office
    the row names (``嘉宾　某区图书馆馆长`` over ``馆长　陈某某``): a card of the person
    the text is about (a guest, an interviewee), not the writer's sign-off.

    >>> _same_office("嘉宾　某区图书馆馆长", "馆长　陈某某")
    True
    >>> _same_office("此致　敬礼", "馆长　陈某某"), _same_office("某区图书馆", "馆长　陈某某")
    (False, False)

    A letterhead's row, a unit and its office (``某某实验小学　校长`` over ``校长　陈某某``),
    is the signer's own, not a card: the first cell must be a person's label.

    >>> _same_office("某某实验小学　校长", "校长　陈某某")
    False
    """
    cells, office = above.split(), row.split()[0]
    return (
        len(cells) == 2
        and not _MARKS.search(above)
        and cells[0].endswith(_person_labels())
        and cells[1].endswith(office)
    )


def _card_row(cells: list[str]) -> bool:
    """Two cells, a label naming a person and a value describing one person: an office
    or an occupation (``person_value_ends`` of ``person_names.toml``), not a body or a
    group (``发起人　某某协会``, ``慰问对象　困难职工``).

    >>> _card_row(["受访者", "某厂退休工人"]), _card_row(["主讲嘉宾", "某馆馆长"])
    (True, True)
    >>> _card_row(["申请人", "某某后勤处"]), _card_row(["推荐人", "某某大学文学院"])
    (False, False)
    """
    if len(cells) != 2 or not cells[0].endswith(_person_labels()):
        return False
    return cells[1].endswith(_person_values())


@cache
def _person_values() -> tuple[str, ...]:
    return tuple(load_table("person_names")["names"]["person_value_ends"])


@cache
def _person_labels() -> tuple[str, ...]:
    return tuple(load_table("person_names")["names"]["person_label_ends"])


def _signer(name: str) -> bool:
    """A person's name (a name's shape, no address or holder's word), no unit's or
    room's (``unit_ends`` of ``person_names.toml``: ``办公室``, ``值班室``).  A known
    surname and a given name of one or two letters is a person even when its last
    letter ends a unit's name (``王文科``, ``陈立部``): only a unit word of two or more
    letters (``文化站``) tells a unit there.

    >>> _signer("王文科"), _signer("林某某"), _signer("办公室"), _signer("文化站")
    (True, True, False, False)
    """
    from cleaner.stages.person_names import surnamed
    from cleaner.stages.site_judge import signer_named

    if not signer_named(name):
        return False
    if surnamed(name) and not name.startswith("某"):
        return not name.endswith(tuple(w for w in _unit_ends() if len(w) >= 2))
    return not name.endswith(_unit_ends())


@cache
def _unit_ends() -> tuple[str, ...]:
    data = load_table("person_names")["names"]
    return tuple(data["unit_ends"]) + tuple(data.get("unit_words", ()))


def signed_desk(text: str, issuer: str, endings: Collection[str]) -> str | None:
    """The signer of ``text`` whose name opens ``issuer`` when the rest is a desk.

    >>> body = "各单位：\\n请按时报送材料。\\n某某处\\n2021年3月5日"
    >>> signed_desk(body, "某某处教学科", ("科",))
    '某某处'
    >>> signed_desk(body, "某某处", ("科",)) is None  # the signer itself: no desk
    True
    >>> signed_desk(body, "某县档案馆编研科", ("科",)) is None  # no sign-off opens it
    True
    >>> signed_desk("正文。\\n某某处\\n2021年3月5日", "某某处办公室", ("科",)) is None
    True
    """
    if not issuer.endswith(tuple(endings)) or not endings:
        return None
    tail = [ln.strip() for ln in text.split("\n") if ln.strip()][-TAIL_LINES:]
    for s in tail:
        if _SIGNER.fullmatch(s) and issuer.startswith(s) and len(issuer) - len(s) >= 2:
            return s
    return None


def signed_desks(
    editor: Editor, drafts: Sequence[ArticleDraft], endings: Collection[str]
) -> list[ArticleDraft]:
    """``drafts`` with an issuer that is a desk of the text's signer read as the origin
    (module doc), each move flagged in ``editor``'s ledger."""
    out: list[ArticleDraft] = []
    for d in drafts:
        if "author" not in d.meta and (author := signed_author(d.text)) is not None:
            d = replace(d, meta={**d.meta, "author": author})
            editor.record(
                Change(
                    editor.page_id, "split", SIGNED_AUTHOR, "flag", 0, 0, "", author,
                    ref=str(d.index), step=editor.step,
                )
            )  # fmt: skip
        issuer = d.meta.get("issuer", "")
        signer = signed_desk(d.text, issuer, endings) if issuer and "origin" not in d.meta else None
        if signer is None:
            out.append(d)
            continue
        meta = {**d.meta, "origin": issuer, "issuer": signer}
        editor.record(
            Change(
                editor.page_id, "split", SIGNED_DESK, "flag", 0, 0, issuer, signer,
                ref=str(d.index), step=editor.step,
            )
        )  # fmt: skip
        out.append(replace(d, meta=meta))
    return out
