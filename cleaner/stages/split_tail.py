"""A block of metadata rows printed AFTER an article's body, under a heading of its own.

Disclosure libraries, RSS readers' exports and document databases close an item with a
card of its facts (issue 12, blind set o): a short heading in brackets or between dashes
(``【登记信息】``, ``—— 文档信息 ——``, ``[资料卡]``) over ``label：value`` rows, one a
line (``文号：…`` / ``机关：…`` / ``日期：…`` / ``地址：URL``).  The card repeats what the
document already says: it is the article's metadata, neither its text nor the site's
chrome.

:func:`closing_block` finds one by its shape, not its words: a heading line (a few Han
words and nothing else inside a bracket pair or between two runs of dashes or rules),
then two rows at least, each a short label, a colon and a short value without a
sentence's end; one label at least must name a field (``field_of``, the label tables of
``cleaner/rules/headers.toml``).  Without a heading the rows count only when every label
names a field.  A row whose label names no field is read as no field (a link, a deadline):
the row is still part of the card.  Lines after the card (a site's notice) are left as
they are: they are the next stage's question, and no text is dropped that is not the card.

:func:`link_row` reads a labelled link alone closing an item (``原文：https://…``,
``原文地址：https://…``): the address the item was taken from, its metadata.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from cleaner.stages.bar_labels import bar_label
from cleaner.stages.cited_sources import cited_document
from cleaner.stages.person_names import body_endings, person_value, surnamed
from cleaner.stages.sentence_marks import FULL_STOP_MARK as _SENTENCE_END
from cleaner.stages.split_dated_cells import ROW_CELLS, dated_cells, page_shapes
from cleaner.stages.split_meta import MetaParser

__all__ = ["closing_block", "closing_rows", "link_row"]

Fields = Callable[[str], str | None]
Row = Callable[[str], dict[str, str] | None]
Items = Callable[[list[tuple[str, str]]], dict[str, str] | None]

# a heading: a few Han words in one bracket pair, or between two runs of dashes / rules
_BRACKETED = re.compile(
    r"^[【\[［〔〖「『<＜《]\s*(?P<w>[\u4e00-\u9fff ]{2,10})\s*[】\]］〕〗」』>＞》]$"
)
_RUN = r"[—―─－\-=＝~～·•*＊]{1,6}"
_FLANKED = re.compile(rf"^{_RUN}\s*(?P<w>[\u4e00-\u9fff ]{{2,10}})\s*{_RUN}$")
# a row: a short Han label, a colon, a short value
_ROW = re.compile(r"^(?P<k>(?:[\u4e00-\u9fff]\s?){2,10})\s*[:：]\s*(?P<v>\S.{0,79})$")
# or the label in brackets, letter-spaced or not ('【审　　级】二审')
_BRACKET_ROW = re.compile(r"^【(?P<k>(?:[\u4e00-\u9fff]\s*){2,10})】\s*(?P<v>\S.{0,79})$")
_URL = re.compile(r"^(?:https?://|www\.)\S+$", re.IGNORECASE)
# a file to download named alone (``某文〔2021〕3号.pdf``): a link the page prints
_FILE = re.compile(r"^[^\s，。；,;]{1,60}\.(?:pdf|docx?|xlsx?|wps|ofd|zip|rar)$", re.IGNORECASE)
# a labelled cell after a wide gap or a bar inside a value read ('某局　联系人：某工'): the
# value runs on over the row's next cell
_RUN_ON_CELL = re.compile(r"(?:\u3000|\s{2,}|[|｜])\s*[\u4e00-\u9fff]{2,6}\s*[:：]")
#: At most this many lines of the article's end are searched for the card's heading.
WINDOW = 10
#: A card of bracket labels under this many bracket rows naming no field is the tail of
#: the text's own run of sections (one unknown row over a card is still the card's edge).
SECTIONS_ABOVE = 2


def heading(line: str) -> bool:
    """A card's heading: Han words alone in brackets or between dash runs.

    >>> heading("【登记信息】"), heading("—— 文档信息 ——"), heading("== 资料卡 ==")
    (True, True, True)
    >>> heading("【注意】请按时缴费。"), heading("-- 2 --"), heading("第一章")
    (False, False, False)
    """
    s = line.strip()
    return bool(_BRACKETED.match(s) or _FLANKED.match(s))


def _row(
    line: str, field_of: Fields, parse: Row, items: Items
) -> tuple[str | None, dict[str, str]] | None:
    """``(the field its label names, the fields read)`` of one card row, None if no row:
    read by ``parse`` (the split stage's row reader), else as its one label and value
    (``items``: a long label the row reader leaves, '某某决定书文号：…')."""
    # a label parted from its value by a bar ('编辑|某某'): the bar read as the colon
    s = bar_label(line.strip(), lambda k: field_of(k) is not None)
    m = _ROW.match(s) or _BRACKET_ROW.match(s)
    if m is None or _SENTENCE_END.search(m["v"]):
        return None
    key = re.sub(r"\s", "", m["k"])
    field = field_of(key)
    if field is None:
        return None, {}
    fields = parse(s) or items([(key, m["v"].strip())]) or {}
    if any(_RUN_ON_CELL.search(v) for v in fields.values()):
        # the value read runs over further labelled cells ('某局　联系人：某工　电话：…'):
        # a contact or record row of the text, no field as read
        return None, {}
    return field, fields


def closing_block(
    lines: list[str], content: list[int], field_of: Fields, parse: Row, items: Items
) -> tuple[list[int], dict[str, str]]:
    """``(the card's line indices, heading first; its fields)`` of a card in the last
    :data:`WINDOW` lines of ``content`` (line indices of the article, in order), or
    ``([], {})``.  ``parse`` reads one row's fields (the split stage's row reader),
    ``items`` fields from ``(label, value)`` pairs.

    >>> f = {"文号": "doc_number", "登记日期": "published"}.get
    >>> rows = {"文号": {"doc_number": "甲3号"}, "登记": {"published": "2020-01-02"}}
    >>> p, it = (lambda s: rows.get(s[:2])), (lambda kv: None)
    >>> page = ["正文一。", "正文二。", "【登记信息】", "文号：甲3号", "登记日期：2020年1月2日",
    ...         "备查：无", "友情提醒：请核对。"]
    >>> closing_block(page, list(range(7)), f, p, it)
    ([2, 3, 4, 5], {'doc_number': '甲3号', 'published': '2020-01-02'})
    >>> page = ["正文。", "正文。", "【说明】", "备注：无", "负责人：某某"]
    >>> closing_block(page, list(range(5)), f, p, it)
    ([], {})

    Without a heading, two rows or more closing the article whose every label names a
    field:

    >>> page = ["正文一。", "正文二。", "正文三。", "文号：甲3号", "登记日期：2020年1月2日"]
    >>> closing_block(page, list(range(5)), f, p, it)
    ([3, 4], {'doc_number': '甲3号', 'published': '2020-01-02'})
    >>> closing_block(page[:4] + ["备注：无"], list(range(5)), f, p, it)
    ([], {})
    """
    if len(content) < 4:
        return [], {}
    start = max(1, len(content) - WINDOW)
    for k in range(len(content) - 3, start - 1, -1):
        if not heading(lines[content[k]]):
            continue
        rows: list[int] = []
        meta: dict[str, str] = {}
        known = 0
        for i in content[k + 1 :]:
            got = _row(lines[i], field_of, parse, items)
            if got is None:
                break
            rows.append(i)
            if got[0] is not None:
                known += 1
            for a, b in got[1].items():
                meta.setdefault(a, b)
        if len(rows) >= 2 and known:
            return [content[k], *rows], meta
    return _bare_card(lines, content, field_of, parse, items)


def _bare_card(
    lines: list[str], content: list[int], field_of: Fields, parse: Row, items: Items
) -> tuple[list[int], dict[str, str]]:
    """A card without a heading closing the article: two rows or more, each labelled by
    a label that names a field (a row naming none is text without its heading).  A card
    of bracket labels (``【审理法院】…`` / ``【审　　级】二审`` / ``【案　　号】…``) is a
    card by its form: a row among them whose label names no field is the card's too
    (read as no field), when the rows that name fields are more and open the card.

    >>> f = {"法院": "issuer", "案号": "doc_number"}.get
    >>> p = lambda s: {"issuer": s[4:]} if s.startswith("【法院】") else None
    >>> it = lambda kv: {f(k): v for k, v in kv if f(k)} or None
    >>> page = ["正文一。", "正文二。", "正文三。", "【法院】某院", "【审　级】二审"]
    >>> page.append("【案号】甲1号")
    >>> _bare_card(page, list(range(6)), f, p, it)
    ([3, 4, 5], {'issuer': '某院', 'doc_number': '甲1号'})
    >>> _bare_card(page[:4] + ["【审　级】二审", "【备注】无"], list(range(6)), f, p, it)
    ([], {})

    The same rows under a run of the text's own bracketed sections (two or more,
    :data:`SECTIONS_ABOVE`, a sentence's among them) are that run's tail, no card:

    >>> sections = ["【用法】口服，一次1粒。", "【贮藏】密封", "【包装】每盒12粒"]
    >>> page = ["正文一。", "正文二。", *sections, "【法院】某院", "【案号】甲1号"]
    >>> _bare_card(page, list(range(7)), f, p, it)
    ([], {})
    >>> _bare_card(page[:2] + page[4:], list(range(5)), f, p, it)
    ([3, 4], {'issuer': '某院', 'doc_number': '甲1号'})
    """
    read: list[tuple[int, dict[str, str]]] = []
    for i in reversed(content[-WINDOW:]):
        got = _row(lines[i], field_of, parse, items)
        if got is None:
            break
        if got[0] is None or not got[1]:
            if not _BRACKET_ROW.match(lines[i].strip()):
                break
            read.insert(0, (i, {}))  # a bracket row naming no field: the card's, if any
            continue
        read.insert(0, (i, got[1]))
    while read and not read[0][1]:
        read.pop(0)  # the card opens with a row that names a field
    if read and _sections_above(lines, content, read[0][0]) >= SECTIONS_ABOVE:
        # bracket rows naming no field run on above the rows that name one ('【贮藏】…',
        # '【包装】…', '【有效期】…' over '【批准文号】…', '【生产企业】…'): the rows are the
        # tail of the text's own run of sections (a drug's label, a standard's clauses),
        # no card printed after the text; they stay its text
        return [], {}
    named = sum(1 for _, fields in read if fields)
    if named < 2 or named <= len(read) - named or len(read) + 2 > len(content):
        return [], {}
    meta: dict[str, str] = {}
    for _, fields in read:
        for a, b in fields.items():
            meta.setdefault(a, b)
    return [i for i, _ in read], meta


def _sections_above(lines: list[str], content: list[int], first: int) -> int:
    """How many bracket-label rows (``【贮藏】密封，置阴凉处。``, any value, a sentence too)
    run on right above line ``first`` in ``content`` (the rows over a card's first row).

    >>> page = ["正文。", "【贮藏】密封。", "【包装】每盒12粒", "【案号】甲1号"]
    >>> _sections_above(page, [0, 1, 2, 3], 3), _sections_above(page, [0, 1, 2, 3], 1)
    (2, 0)
    """
    pos = content.index(first)
    n = 0
    for i in reversed(content[:pos]):
        if not _BRACKET_ROW.match(lines[i].strip()):
            break
        n += 1
    return n


def link_row(line: str) -> dict[str, str] | None:
    """A labelled link alone on its line (``原文：https://…``, ``原文地址：www.…``):
    ``{'link': URL}``, else None.

    >>> link_row("原文：https://example.net/a.html"), link_row("见：https://x 与 y")
    ({'link': 'https://example.net/a.html'}, None)

    Or a file to download named alone (``下载：某文〔2021〕3号.pdf``):

    >>> link_row("文件下载：某文〔2021〕3号.pdf"), link_row("说明：见某文.pdf，谢谢")
    ({'link': '某文〔2021〕3号.pdf'}, None)
    """
    m = _ROW.match(line.strip())
    if m is None or len(re.sub(r"\s", "", m["k"])) > 6:
        return None
    if not (_URL.match(m["v"].strip()) or _FILE.match(m["v"].strip())):
        return None
    return {"link": m["v"].strip()}


# one labelled cell (the cells of a row: split_dated_cells.ROW_CELLS): a short Han label,
# a colon and a value that ends no sentence
_LABELLED_CELL = re.compile(r"^(?P<k>[\u4e00-\u9fff]{2,6})\s*[:：]\s*(?P<v>[^。！？；!?;]{1,30})$")


def labelled_cells(line: str, field_of: Fields) -> int:
    """How many cells the row holds when every one is ``label：value`` and every label
    names a field (two labels may name the same one: ``全類：甲　｜　本類：乙``), else 0.

    >>> f = lambda k: "category" if k.endswith("分类") else None
    >>> labelled_cells("站内分类：美食　｜　个人分类：小吃", f)
    2
    >>> labelled_cells("站内分类：美食　｜　心得：很好吃。", f), labelled_cells("个人分类：小吃", f)
    (0, 1)
    """
    cells = [c for c in ROW_CELLS.split(line.strip()) if c]
    for c in cells:
        m = _LABELLED_CELL.match(c)
        if m is None or not field_of(m["k"]):
            return 0
    return len(cells)


def short_piece_row(lines: list[str], rest: list[int], reader: MetaParser) -> dict[str, str] | None:
    """The fields of the row closing a SHORT piece (three or four lines: a compilation's
    piece of two paragraphs), read only when every one of its cells is a labelled field
    and it holds two at least (``核查机构：某中心　｜　核查时间：2021-05-06``): a row of
    one field, or a cell no label names, is left as text.

    >>> p = MetaParser()
    >>> lines = ["甲乙丙丁。", "戊己庚辛。", "答复单位：某某局　｜　答复时间：2021-05-06"]
    >>> short_piece_row(lines, [0, 1, 2], p)
    {'origin': '某某局', 'published': '2021-05-06'}
    >>> short_piece_row(lines[1:], [0, 1], p) is None
    True
    """
    if not 3 <= len(rest) <= 4:
        return None
    line = lines[rest[-1]]
    if labelled_cells(line, reader.field_of) < 2:
        return None
    return reader.parse_meta_line(line)


def own_template_row(lines: list[str], i: int) -> bool:
    """Is line ``i`` a row of labelled cells whose labels close another piece of the
    page too, in other values (``实施单位：某中心　　现场监督：某公证处`` under every draw
    of a round-up)?  The row is the pieces' template: a field its reader takes from it
    makes the whole row the piece's metadata, its other labels (no table's) with it.  A
    row printed word for word under every piece is no piece's own.

    >>> rows = ["甲事", "实施单位：东站　　现场监督：某处"]
    >>> rows += ["乙事", "实施单位：西站　　现场监督：某处"]
    >>> own_template_row(rows, 1), own_template_row(rows[:2], 1)
    (True, False)
    >>> own_template_row(["实施单位：东站　　现场监督：某处"] * 2, 0)
    False
    """
    # (another line of the same labels in other words: two distinct rows of them)
    shapes = page_shapes(lines)
    shape = shapes.labels[i]
    return shape is not None and len(shapes.rows[shape]) >= 2


def _parties_only(line: str, field_of: Callable[[str], str | None]) -> bool:
    """Every cell of the row whose label no field table reads names a party: a body
    (``现场监督：某公证处``) or a person; a cell judging the work (``满意度：很高``) makes
    the row a record of the piece's facts, its text.

    >>> from cleaner.stages.split_meta import MetaParser
    >>> f = MetaParser().field_of
    >>> _parties_only("实施单位：东站　　现场监督：某公证处", f)
    True
    >>> _parties_only("承办单位：东站　｜　满意度：很高", f)
    False
    """
    for cell in (c for c in ROW_CELLS.split(line.strip()) if c):
        label, _, value = cell.replace(":", "：").partition("：")
        if field_of(label.strip()) is not None:
            continue
        v = value.strip()
        if not (v.endswith(body_endings()) or (person_value(v) and surnamed(v))):
            return False
    return True


def closing_rows(
    lines: list[str],
    content: list[int],
    reader: MetaParser,
    *,
    headed: bool = False,
    about: str = "",
) -> list[tuple[list[int], dict[str, str]]]:
    """The metadata printed after an article's body, as ``(line indices, fields)`` in the
    order taken: a labelled link closing the item (:func:`link_row`), a row of two fields
    or more among the last three lines (``（文号：…；机关：…；日期：…）``: a page's notice
    left below the last piece does not make it text), and a card (:func:`closing_block`).
    ``content``: the article's line indices, in order (not changed).  ``headed``: the
    article is a piece of a compilation; its closing row of labelled cells with a date
    among them is read by its shape too (:func:`~cleaner.stages.split_dated_cells.
    dated_cells`).  ``about``: the piece's title; a last row citing the document it
    names by title and number gives its number (:func:`~cleaner.stages.cited_sources.
    cited_document`)."""
    rest = list(content)
    out: list[tuple[list[int], dict[str, str]]] = []

    def take(idx: list[int], fields: dict[str, str]) -> None:
        out.append((idx, fields))
        rest[:] = [i for i in rest if i not in idx]

    for _ in range(2):
        row = link_row(lines[rest[-1]]) if len(rest) > 2 else None
        if row is None:
            break
        take([rest[-1]], row)
    # (a piece of four lines whose head rows were read above its text is as long: the
    # rows read under the title count, so a head byline leaves the tail row readable)
    long = len(rest) > 4 or (
        len(rest) > 3 and sum(bool(lines[i].strip()) for i in range(rest[0], rest[-1] + 1)) > 4
    )
    for i in reversed(rest[-3:] if long else []):
        parsed = reader.parse_meta_line(lines[i])
        if parsed is None and headed:
            shapes = page_shapes(lines)
            shape = shapes.labels[i]
            # the same row of labels closing another piece: a site's template row
            template = shape is not None and shapes.count[shape] >= 2
            parsed = dated_cells(lines[i], reader.field_of, template=template)
        templated = False  # the pieces' template row (own_template_row), read by shape
        if parsed is None and headed and own_template_row(lines, i):
            # a body it names (who carried the work out, who issued it): a speaker and a
            # venue closing each talk are the event's facts, its text
            shaped = reader.shaped_row(lines[i], near_title=True) or {}
            if shaped.keys() & {"issuer", "origin"} and _parties_only(lines[i], reader.field_of):
                parsed, templated = shaped, True
        if parsed is not None and (
            len(parsed) >= 2 or labelled_cells(lines[i], reader.field_of) >= 2 or templated
        ):
            take([i], parsed)
            break
        cited = (
            cited_document(
                lines[i],
                reader.doc_number,
                reader.field_of,
                about=about,
                above=_next_text(lines, i, -1),
                below=_next_text(lines, i, 1),
            )
            if i == rest[-1] and about
            else None
        )
        if cited is not None:
            take([i], cited)  # the document the text is about, by title and number
            break
    else:
        short = short_piece_row(lines, rest, reader)
        if short is not None:
            take([rest[-1]], short)
    card, fields = closing_block(
        lines, rest, reader.field_of, reader.parse_meta_line, reader.fields
    )
    if card:
        take(card, fields)
    return out


def _next_text(lines: list[str], i: int, step: int) -> str:
    """The nearest line with text above (``step`` -1) or below (1) line ``i``, or ``""``.

    >>> _next_text(["甲", "", "乙"], 2, -1), _next_text(["甲", ""], 0, 1)
    ('甲', '')
    """
    j = i + step
    while 0 <= j < len(lines) and not lines[j].strip():
        j += step
    return lines[j] if 0 <= j < len(lines) else ""
