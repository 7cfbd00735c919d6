"""Line shapes a broken paragraph is judged by (:class:`paragraph_joins.JoinRule`): a
clause that runs on into a date, a running head printed once, a page cut under a folio,
the end of a run of field rows, two label rows of a document's foot.
"""

from __future__ import annotations

import re

from cleaner.stages.folio_cuts import bracket_open
from cleaner.stages.repair_tables import _HAN_RE, HAN


def _dated_clause(core: str, sentence_final: re.Pattern[str]) -> bool:
    """A line ending in a date that is a clause running on, not a dateline: a sentence's
    comma before the date, 20 characters or more, no sentence closed in it
    ('经某部门批准，某局定于2020年12月25日' over '发行…').  A signature's date
    ('某某局　2020年12月25日') or a dated row has no comma.

    >>> import re
    >>> fin = re.compile("[。！？]")
    >>> _dated_clause("经主管部门批准，本馆定于2020年12月25日", fin)
    True
    >>> _dated_clause("某某县人民政府办公室　2020年12月25日", fin)
    False
    >>> _dated_clause("特此通知。某局，2020年12月25日", fin)
    False
    """
    return len(core) >= 20 and "，" in core and sentence_final.search(core) is None


#: How many of the page's first lines hold its title (the saved <title>, the headline).
HEAD_LINES = 6
#: Parts of a running head: apart by spaces (the PDF prints its name and the report's).
_PARTS = re.compile(r"[ \t\u3000]+")


def _title_parts(text: str, core: str) -> bool:
    r"""A running head printed once (the page turned once): its parts, two at least and
    apart by a space, all stand in one of the page's first lines, the title the head
    repeats ('某公司　2021年度报告' under the title '某公司：2021年度报告（节选）-…').

    >>> page = "某公司：2021年度报告（节选）-某网\n正文第一段，说明了本年度的总体情况。\n"
    >>> _title_parts(page, "某公司　2021年度报告"), _title_parts(page, "第四章　社会责任")
    (True, False)
    >>> _title_parts(page, "某公司2021年度报告")
    False
    """
    parts = [p for p in _PARTS.split(core) if p]
    if len(parts) < 2 or any(len(p) < 2 for p in parts):
        return False
    lines = [ln for ln in text.split("\n", HEAD_LINES * 3)[: HEAD_LINES * 3] if ln.strip()]
    head = [ln for ln in lines[:HEAD_LINES] if ln.strip() != core]
    return any(all(p in ln for p in parts) for ln in head)


#: A row of cells: a wide gap, or two spaces, between two words.
_CELL_GAP = re.compile(r"\S(?:\u3000| {2,}|\t)\S")


def _folio_cut(cur: str, text: str, cstart: int) -> bool:
    r"""May a taken folio under ``cur`` mark a page cut?  Only a line cut mid-clause:
    a Han character on both sides of the join, no gap between cells and no ``label：``
    row (a signature, a roster, a phone or figure row stays a line of its own); a
    labelled paragraph whose text runs on in clauses after the label is prose.

    >>> _folio_cut("活动当天请大家提前半小时到场，并", "\n\n带好证件。", 2)
    True
    >>> _folio_cut("溪口村文化站\u3000赵某某", "\n\n附件是报名表。", 2)
    False
    >>> _folio_cut("联系电话：0731-5550999", "\n\n报名从周一开始。", 2)
    False
    >>> _folio_cut("温馨提示：出门前请查看天气，带好雨具和", "\n\n饮用水。", 2)
    True
    >>> _folio_cut("问：证件丢了，怎么补办", "\n\n答：带上户口本去窗口。", 2)
    False
    >>> _folio_cut("公示期：3月1日至3月9日（5个", "\n\n工作日）。", 2)  # a bracket left open
    True
    """
    le = text.find("\n", cstart)
    nxt = text[cstart : len(text) if le == -1 else le].strip()
    body = cur.strip()
    if not (body and nxt and _HAN_RE.match(body[-1]) and _HAN_RE.match(nxt[0])):
        return False
    if _CELL_GAP.search(body):
        return False
    if _OWN_LABEL.match(nxt):
        return False  # the next line is a row of its own ('答：…', '营业时间：…')
    label = _OWN_LABEL.match(body)
    # a labelled paragraph runs on in clauses after its label ('提醒：…，别让'): prose;
    # a labelled row whose bracket stays open ('公示期：…（5个'): cut inside the bracket
    return (
        label is None
        or re.search("[，,、；;]", body[label.end() :]) is not None
        or bracket_open(body)
    )


#: a line opened by a label of its own ('答：', '营业时间：', a speaker's '老张：')
_OWN_LABEL = re.compile(r"^(?:[^，。：:]{1,8}[：:]|[问答][\u3000 ])")

# a short 'label：value' row ('开放地点：滨湖步道', '人数：约30人'): no sentence inside it
_FIELD_ROW = re.compile(f"^[{HAN}]{{2,6}}[：:][^。！？；;，,]{{1,24}}$")


def field_run_end(text: str, ls: int, cur: str) -> bool:
    r"""``cur`` (the line at ``ls``) is a short 'label：value' row under another such row:
    the run of field rows ends there, whole; what stands under a mark below it is no
    continuation of the row.

    >>> t = "开放时间：6月3日\n开放地点：滨湖步道\n"
    >>> field_run_end(t, t.index("开放地点"), "开放地点：滨湖步道")
    True
    >>> t = "正文一句。\n开放地点：滨湖步道\n"
    >>> field_run_end(t, t.index("开放地点"), "开放地点：滨湖步道")
    False
    """
    if not _FIELD_ROW.match(cur.strip()) or ls == 0:
        return False
    above = text[text.rfind("\n", 0, ls - 1) + 1 : ls - 1].strip()
    return bool(_FIELD_ROW.match(above))


def field_runs_on(cur: str, nxt: str) -> bool:
    """The field row ``cur``, a list cut mid-word (a list mark in it, a Han letter at its
    end), goes on in ``nxt``: a Han letter opens it, no label of its own, and a clause
    or a sentence in it.  Then the row is no whole row closing a run of fields
    (:func:`field_run_end`): the mark between cuts it.

    >>> field_runs_on("停水区域：甲路以东、乙路", "以北，包括丙小区等。")
    True
    >>> field_runs_on("开放地点：滨湖步道", "正文一句，写在这里。")
    False
    >>> field_runs_on("停水区域：甲路以东、乙路", "联系人：某某，电话：123")
    False
    """
    c, n = cur.strip(), nxt.strip()
    return (
        any(ch in "、，," for ch in c)
        and _HAN_LETTER.match(c[-1:]) is not None
        and _HAN_LETTER.match(n[:1]) is not None
        and _LABEL_OPEN.match(n) is None
        and any(ch in "，,。；" for ch in n)
    )


_HAN_LETTER = re.compile(f"[{HAN}]")


# a longer row of a label and a list ('列席：某局、某局主要负责人'): no sentence end in it
_LABEL_ROW = re.compile(f"^[{HAN}]{{2,6}}[：:][^。！？；;!?]{{1,40}}$")
_LABEL_OPEN = re.compile(f"^[{HAN}]{{2,6}}[：:] ?\\S")
# the same row whose groups are parted by semicolons ('主持：某某；列席：某某、某某')
_GROUPED_ROW = re.compile(f"^[{HAN}]{{2,6}}[：:][^。！？!?]{{1,60}}$")


def label_rows(cur: str, nxt: str) -> bool:
    """``cur`` is a row of a label and its list, and ``nxt`` opens with a label of its
    own: two rows of a document's foot (attendance, distribution), no sentence cut between
    them, however far ``cur`` runs across the page.

    >>> label_rows("旁听：某某区财政处、某某区水务处、某某区交通处主要负责同志", "缺席：林某")
    True
    >>> label_rows("旁听：某某区财政处、某某区水务处。会议指出，要加快某某", "缺席：林某")
    False
    >>> label_rows("旁听：某某区财政处、某某区水务处、某某区交通处主要负责同志", "缺席林某出差")
    False

    A row whose list is grouped by semicolons ('评审组：组长　某某；成员　某某、某某') is
    a row too, unless a comma inside makes its groups clauses of a sentence.

    >>> label_rows("评审组：组长　林某 研究员；成员　周某 教授、吴某 副教授", "项目简介：本项目")
    True
    >>> label_rows("要求：一是加强领导；二是落实责任，确保各项", "工作：按期完成。")
    False
    """
    core = cur.strip()
    if not _LABEL_OPEN.match(nxt.strip()):
        return False
    if _LABEL_ROW.match(core):
        return True
    # a list grouped by semicolons, no comma (no clause) inside any group
    return bool(_GROUPED_ROW.match(core)) and not re.search("[，,]", core)
