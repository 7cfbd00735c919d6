"""Pieces each opened by a lone stamp line over their bare title (issue 12, yx): a notice
board that marks every piece with one bracketed word on a line of its own (``【休診】``,
``【代診】``, ``[停诊]``, ``〔更正〕``) and nothing else, the piece's bare title under it.

The stamp is the piece's header (no number, no metadata: it goes), the line under it the
piece's title, kept as text (:data:`split_clock.TITLE_IS_TEXT`).  Proof that the page
compiles rests on structure alone:

* two stamp lines at least, each one short word in brackets, the whole line (no digit:
  a bracketed number is a count or a page mark, :mod:`split_mark_rows`);
* the line right under every stamp a title-shaped line (:func:`split_above.title_lines`)
  that is no stamp itself, different under every stamp;
* every piece holds prose, and no prose stands above the first stamp (a document's own
  bracketed section labels, ``【背景】`` over its paragraphs, come after its lead);
* no title over prose again inside a piece (a bulletin's section label, ``【工作动态】``,
  stands over several reports: the stamps are its sections, not its pieces).

A banner of bracketed cells over each title (:func:`banner_run`: ``[AJ-2020-017] [木材]
[已结案]``, a case's code, its goods, its stage) heads its piece the same way; its cells
are the piece's fields (:func:`framed_cells.banner_cells`: the number, the date), so a
sentence over the first banner (the bulletin's note) does not undo the run.
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left, bisect_right

from cleaner.stages.framed_cells import banner_cells
from cleaner.stages.sentence_marks import CLAUSE_MARK as _SENTENCE
from cleaner.stages.split_above import title_lines
from cleaner.stages.split_clock import TITLE_IS_TEXT
from cleaner.stages.split_dates import normalise_date
from cleaner.stages.split_page import MIN_BODY_CHARS, nonempty, prose_chars, stripped

__all__ = ["STAMP", "TAG_TITLE", "banner_run", "stamp_run", "tag_title_run"]

#: A stamp: one short word in brackets, the whole line (``【停诊】``, ``[停诊]``,
#: ``〔更正〕``, ``「环保警示」``, ``【 休診 】``): no digit, space or clause mark inside the
#: word (``【注：】``, ``【来源：某报】`` label what follows), spaces around it allowed.  The
#: one definition: a piece's stamp here and in print_heads (which once allowed a colon
#: inside, and the stamps here no padding: each had one half of it right).
STAMP = re.compile(r"[【\[［〔〖「]\s*[^\d\s【】\[\]［］〔〕〖〗「」：:，。]{1,8}\s*[】\]］〕〗」]")
#: What the bare title after a glued stamp never holds: another bracketed cell, a label's
#: colon (a row of cells, '〔某类〕〔答复日期：…〕'), or a start that is no word's
_NOT_BARE = re.compile(r"[【】\[\]［］〔〕〖〗「」：:]|^[^\w《“]")
#: A counter of pieces, no title: a number, maybe after 第 and before a counting word
#: ('第一则', '第 2 件', '3').
_COUNTER = re.compile(r"第?\s*[\d〇零一二三四五六七八九十百两]+\s*[\u4e00-\u9fff]?")
#: The rule of a piece whose title line carries its stamp glued on (:func:`tag_title_run`):
#: the line is the piece's header, its bare title no line of the text.
TAG_TITLE = "keyed:tag_title"


def stamp_run(lines: list[str]) -> list[tuple[int, str, str, dict[str, str]]]:
    """``(stamp line, TITLE_IS_TEXT, title, {})`` per piece of a page whose pieces each
    open with a lone stamp line over their title (module doc), else [].

    >>> body = "因医师须出席学术会议，原定门诊暂停看诊，造成不便，敬请见谅。"
    >>> page = ["某院门诊变动", "", "【停诊】", "眼科某医师周三上午门诊停诊", body, "",
    ...         "【代诊】", "骨科某医师周五下午门诊由某医师代诊", body]
    >>> [(i, t) for i, _, t, _ in stamp_run(page)]
    [(2, '眼科某医师周三上午门诊停诊'), (6, '骨科某医师周五下午门诊由某医师代诊')]

    A document's own bracketed sections under its lead, a stamp over prose, a single
    stamp: no pieces.

    >>> doc = ["某市关于某事的通知", body, "【背景】", "总体情况", body]
    >>> stamp_run([*doc, "【措施】", "主要做法", body])
    []
    >>> stamp_run(["【提示】", body, "【提示】", body])
    []
    >>> stamp_run(["【停诊】", "眼科某医师周三上午门诊停诊", body])
    []

    Section labels over several pieces each (a bulletin's ``【工作动态】`` over two
    reports, a title over prose again under the first's credit): no pieces of the stamps.

    >>> two = ["甲局开展专项检查", body, "（甲局供稿）", "乙局举办招聘会", body]
    >>> stamp_run(["【工作动态】", *two, "【基层经验】", "丙局走访慰问群众", body])
    []
    """
    filled, strip = nonempty(lines), stripped(lines)
    if not any(s[:1] in "【[［〔〖「" for s in strip):
        return []
    stamps = [k for k, i in enumerate(filled) if STAMP.fullmatch(strip[i])]
    if len(stamps) < 2 or stamps[-1] == len(filled) - 1:
        return []
    title = title_lines(lines)
    rows: list[tuple[int, int]] = []
    for k in stamps:
        i, t = filled[k], filled[k + 1]
        if not title[t] or STAMP.fullmatch(strip[t]):
            return []  # a stamp over prose or over another stamp: a label, no piece's
        rows.append((i, t))
    titles = [strip[t] for _, t in rows]
    if len(set(titles)) < len(titles):
        return []
    if prose_chars(lines[: rows[0][0]], _SENTENCE) >= MIN_BODY_CHARS:
        return []  # prose above the first stamp: the stamps are one text's sections
    ends = [*(r for r, _ in rows[1:]), len(lines)]
    for (_, t), end in zip(rows, ends, strict=True):
        if prose_chars(lines[t + 1 : end], _SENTENCE) < MIN_BODY_CHARS:
            return []
        inner = filled[bisect_right(filled, t) : bisect_left(filled, end)]
        for a, b in itertools.pairwise(inner):
            if title[a] and _SENTENCE.search(strip[b]) and len(strip[b]) > len(strip[a]):
                return []  # another title over prose under the stamp: a section's label
    return [(r, TITLE_IS_TEXT, strip[t], {}) for r, t in rows]


def banner_run(lines: list[str]) -> list[tuple[int, str, str, dict[str, str]]]:
    """``(banner line, TITLE_IS_TEXT, title, fields)`` per piece of a page whose pieces
    each open with a banner of bracketed cells that reads (a number or a date among
    short words: :func:`~cleaner.stages.framed_cells.banner_cells`) over their bare
    title, two pieces at least, each with prose under its title; else [].

    >>> body = "案情简介：缉私部门根据线索开展查缉，现场查获木材若干，案值约人民币一百万元。"
    >>> page = ["以下案例均作隐名处理，仅供普法宣传使用，请勿转载。"]
    >>> page += ["[AJ-2020-017] [木材] [已结案]", "某公司伪报品名走私原木案", body]
    >>> page += ["[AJ-2020-022] [药品] [侦办中]", "某人夹藏药品案", body]
    >>> [(i, t, f["doc_number"]) for i, _, t, f in banner_run(page)]
    [(1, '某公司伪报品名走私原木案', 'AJ-2020-017'), (4, '某人夹藏药品案', 'AJ-2020-022')]

    A row of tags with no number (a post's categories) or a banner over prose: none.

    >>> banner_run(["[木材] [已结案]", "某公司走私原木案", body, "[药品] [侦办中]", "某人案", body])
    []
    >>> banner_run([page[1], body, page[4], body])
    []
    """
    filled, strip = nonempty(lines), stripped(lines)
    if sum(s[:1] in "【[［〔〖" for s in strip) < 2:
        return []
    rows: list[tuple[int, int, dict[str, str]]] = []
    title: list[bool] | None = None
    for k, i in enumerate(filled[:-1]):
        if strip[i][:1] not in "【[［〔〖":
            continue
        fields = banner_cells(strip[i], normalise_date)
        if fields is None:
            continue
        if title is None:
            title = title_lines(lines)
        t = filled[k + 1]
        if not title[t] or banner_cells(strip[t], normalise_date) is not None:
            return []  # a banner over prose: a row of the text's own
        rows.append((i, t, fields))
    if len(rows) < 2 or len({strip[t] for _, t, _ in rows}) < len(rows):
        return []
    ends = [*(r for r, _, _ in rows[1:]), len(lines)]
    for (_, t, _), end in zip(rows, ends, strict=True):
        if prose_chars(lines[t + 1 : end], _SENTENCE) < MIN_BODY_CHARS:
            return []
    return [(r, TITLE_IS_TEXT, strip[t], fields) for r, t, fields in rows]


def tag_title_run(
    lines: list[str], endings: tuple[str, ...]
) -> list[tuple[int, str, str, dict[str, str]]]:
    """``(title line, TAG_TITLE, bare title, {})`` per piece of a page whose pieces each
    open with a title line carrying its status or kind stamp glued before it
    (``【计划停水】关于某路临时停水的通知``), else [].

    The stamp files the piece (a state, a kind), the words after it name it: the line is
    the piece's header, the title the bare words (issue 12, yz).  Proof rests on
    structure, as for a stamp on a line of its own (:func:`stamp_run`): two such lines at
    least, every line of the page that opens with a stamp among them, the words after
    each title-shaped and different on every line, prose under each and none above the
    first; and the stamps file pieces rather than label one text's parts: one stamp
    word opens two titles or more, or every title closes as a document's does
    (``endings``: 通知, 公告 …).

    >>> body = "因管道检修，我公司定于某日对下列区域暂停供水，敬请各位用户提前做好储水准备。"
    >>> page = ["某水务公司停水公告", "", "【计划停水】关于甲路管道检修临时停水的通知", body]
    >>> page += ["", "【恢复供水】关于乙路片区恢复正常供水的公告", body]
    >>> [(i, t) for i, _, t, _ in tag_title_run(page, ("通知", "公告"))]
    [(2, '关于甲路管道检修临时停水的通知'), (5, '关于乙路片区恢复正常供水的公告')]

    One text's bracketed section heads under its lead, a list of tagged links with no
    prose under each, titles of no document's ending under stamps each used once: none.

    >>> tag_title_run(["某市关于某事的通知", body, *page[2:]], ("通知", "公告"))
    []
    >>> tag_title_run(["【通知】关于甲事的通知", "【公告】关于乙事的公告"], ("通知", "公告"))
    []
    >>> tag_title_run(["【背景】总体情况", body, "【做法】主要措施", body], ("通知", "公告"))
    []

    A row of bracketed cells (a category, a labelled date) is no stamped title, nor is a
    tagged counter over each title.

    >>> tagged = ["【民生】第一则", "某某传言不实", body, "【市场】第二则", "某某说法系误传", body]
    >>> tag_title_run(tagged, ("通知", "公告"))
    []

    >>> row = ["〔个税〕〔答复日期：2021-05-03〕", body, "〔个税〕〔答复日期：2021-05-06〕", body]
    >>> tag_title_run(row, ("通知", "公告"))
    []
    """
    strip = stripped(lines)
    if sum(s[:1] in "【[［〔〖「" for s in strip) < 2:
        return []
    filled = nonempty(lines)
    heads: list[tuple[int, str, str]] = []  # (line, stamp word, bare title)
    for i in filled:
        m = STAMP.match(strip[i])
        if m is None or m.end() == len(strip[i]):
            continue  # no stamp, or a stamp alone on its line (stamp_run's)
        heads.append((i, m.group()[1:-1], strip[i][m.end() :].strip()))
    if len(heads) < 2 or len({t for _, _, t in heads}) < len(heads):
        return []
    if not all(title_lines([t for _, _, t in heads])) or any(
        _NOT_BARE.search(t) or _COUNTER.fullmatch(t) for _, _, t in heads
    ):
        # a stamp before a sentence or more cells (a marked paragraph or a row), or
        # before a counter ('【民生】第一则': a tagged counter row over the title, the
        # numbered lines' to read)
        return []
    words = [w for _, w, _ in heads]
    if len(set(words)) == len(words) and not all(t.endswith(endings) for _, _, t in heads):
        return []
    if prose_chars(lines[: heads[0][0]], _SENTENCE) >= MIN_BODY_CHARS:
        return []  # prose above the first: the stamps mark one text's parts
    ends = [*(i for i, _, _ in heads[1:]), len(lines)]
    for (i, _, _), end in zip(heads, ends, strict=True):
        if prose_chars(lines[i + 1 : end], _SENTENCE) < MIN_BODY_CHARS:
            return []
    return [(i, TAG_TITLE, t, {}) for i, _, t in heads]
