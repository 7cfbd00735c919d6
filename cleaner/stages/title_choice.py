"""The title of a piece of the split stage: one place for every step of the choice.

* a header's title, completed from the body when the header cut it
  (:func:`complete_title`);
* a headerless piece: the line its lead steps point to (:func:`body_lead`: navigation,
  drawn rules, a file card, a kicker over the page's ``<h1>``, bars over a headline, then
  the lines' shapes, :func:`cleaner.stages.title_shape.title_line`), joined with the
  next line when the two are one title (:func:`title_from_body`);
* then undressed, completed, joined or replaced by the file name
  (:func:`finish_title`), every step a ``split.title.<step>`` flag.

Choosing a title never edits the text.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from cleaner.model import Change
from cleaner.stages.gap_nav import gap_menu
from cleaner.stages.page_hints import PageHints
from cleaner.stages.sentence_marks import CLAUSE_COLON_MARK as _PUNCT
from cleaner.stages.split_broken_title import headline_under_bars, join_broken
from cleaner.stages.split_cell_rows import dated_title
from cleaner.stages.split_dates import YMD_DAY
from cleaner.stages.split_deck import h1_under_card, kicker_over_h1, kicker_over_heading
from cleaner.stages.split_head import glossed_title
from cleaner.stages.split_lead_rows import lead_rows
from cleaner.stages.split_meta import normalise_date
from cleaner.stages.split_titles import (
    clean_title,
    file_title,
    labelled_title,
)
from cleaner.stages.split_titles_cut import complete_cut
from cleaner.stages.split_titles_lines import field_line, nav_line, record_line, rule_line
from cleaner.stages.title_shape import DocNumber, Fields, paragraph_line, title_line
from cleaner.stages.title_wrap import wrapped_title

NAME = "split"

#: A title taken from the body's first line is cut to this many characters.
TITLE_MAX_CHARS = 120

_BANNER = re.compile(r"\s[-–—|｜_]\s")  # 'Site - Section': a title bar's spaced separator
# a title wholly in book-title marks, no other mark inside ('《某地志略》')
_BOOK_TITLE = re.compile(r"^《([^《》]{2,60})》$")
# a header's title that is a date alone (and maybe a time): it names no piece
_DATE_ALONE = re.compile(
    rf"^[\s\u3000]*{YMD_DAY}"
    r"(?:[\s\u3000]*\d{1,2}:\d{2}(?::\d{2})?)?[\s\u3000]*$"
)


def doc_tail(line: str, endings: tuple[str, ...]) -> bool:
    """A short line that is only a document type ('紧急通知'): the tail of the title above.
    An issuer and the kind parted by a gap ('某县政府　公告') is a document's head, no tail.

    >>> doc_tail("紧急通知", ("通知",)), doc_tail("某县政府\u3000公告", ("公告",))
    (True, False)
    """
    s = line.strip()
    return (
        0 < len(s) <= 12
        and s.endswith(endings)
        and not re.search(r"[，。；：,;:]", s)
        and not re.search(r"\s", s)
    )


def complete_title(head: str, body: list[str], endings: tuple[str, ...]) -> str:
    """Complete a truncated header title from the first lines of the body.

    >>> body = ["某某市人民政府", "关于做好防汛工作的通知"]
    >>> complete_title("关于做好防汛工作的", body, ("通知",))
    '关于做好防汛工作的通知'
    """
    if not head:
        return ""
    for i, raw in enumerate(body[:8]):
        line = raw.strip()
        if not line or re.search(r"[。，；,;]", line) or len(line) > len(head) + 40:
            continue
        cands = [line]
        complete = line.endswith(endings)
        if not complete and i + 1 < len(body) and doc_tail(body[i + 1], endings):
            cands.insert(0, line + body[i + 1].strip())
        for cand in cands:
            if cand.startswith(head):
                return cand
            for k in range(min(len(cand), len(head)), 5, -1):
                if head.endswith(cand[:k]):
                    return head + cand[k:]
    return head


# a line of clauses closed by a full stop, holding no question: no question mark, no
# answer blank ('下列说法正确的是（　　）。' is an exam question's stem)
_SENTENCE = re.compile(r"^(?![^\n]*[（(][\s\u3000_＿]*[）)])[^？?]*[，；][^？?]*。$")


def title_from_body(body: list[str], endings: tuple[str, ...], named: tuple[str, ...] = ()) -> str:
    """Title of an article without a header: its first line, joined with the next when
    the first is an issuer line ('某某市人民政府') and the next a '关于…' title, or the
    next is a document-type tail ('紧急通知'); none when the first line is a paragraph
    (:func:`title_shape.paragraph_line`), never the paragraph's opening cut short, nor
    when it is a sentence (clauses closed by a full stop, no question) that no heading of
    the page (``named``: its ``<title>``, its ``<h1>``) prints.

    >>> title_from_body(["某某市人民政府", "关于做好防汛工作的通知", "正文。"], ("通知",))
    '某某市人民政府关于做好防汛工作的通知'
    >>> title_from_body(["某甲站起身，轻抚某乙的面庞。", "她擦干眼泪。"], ())
    ''
    >>> title_from_body(["请问，贵司何时分红？谢谢。", "答：年内。"], ())
    '请问，贵司何时分红？谢谢。'
    >>> title_from_body(["根据上文，下列说法正确的是（　　）。", "A. 甲"], ())
    '根据上文，下列说法正确的是（　　）。'
    >>> title_from_body(["简历打不开，提示出错。", "正文。"], (), ("简历打不开，提示出错。-某站",))
    '简历打不开，提示出错。'
    """
    first = body[0].strip()
    nxt = body[1].strip() if len(body) > 1 else ""
    if nxt and len(first) <= 20 and not _PUNCT.search(first) and nxt != first:
        if nxt.startswith("关于") and nxt.endswith(endings) and not _PUNCT.search(nxt):
            # 'Site - Section' above it is the page's banner, not the issuer
            return nxt if _BANNER.search(first) else first + nxt
        if doc_tail(nxt, endings):
            return first + nxt
    # a paragraph is no title: the piece has none (the text keeps the whole paragraph);
    # nor is a sentence: clauses closed by a full stop, no question in it (a novel's
    # opening line, a gloss; '请问…？谢谢。' stays a question's title)
    if paragraph_line(first):
        return ""
    if _SENTENCE.search(first) and not any(first in n for n in named):
        return ""
    return first[:TITLE_MAX_CHARS]


def rows_over_title(
    body: list[str],
    doc_number: DocNumber,
    read_row: Callable[[str], dict[str, str] | None] | None = None,
) -> tuple[str | None, list[tuple[int, dict[str, str]]]]:
    """A headerless piece's rows over its title: a row labelled as the title
    ('【标题】某事': its value the title, the row a header, the label no word of the
    document's), else the rows with a header row's shape over a heading-shaped line (a
    date row with its issuer, a short mark, the bare document number: fields, never the
    title; :func:`split_lead_rows.lead_rows`), each ``(index in body, fields)``.

    >>> rows_over_title(["【标题】某事", "正文。"], lambda s: None)
    ('某事', [])
    >>> rows_over_title(["类别标记：B", "关于某事的答复", "正文。"], lambda s: None)
    (None, [(0, {})])
    """
    if len(body) > 1 and (labelled := labelled_title(body[0])) is not None:
        return labelled, []
    return None, lead_rows(body, doc_number, read_row) if len(body) > 2 else []


def lead_nav(body: list[str]) -> int:
    """How many navigation lines (at most two) open a body that has more after them."""
    n = 0
    while n < 2 and n + 1 < len(body) and (nav_line(body[n]) or gap_menu(body[n], body[n + 1])):
        n += 1
    return n


def body_lead(
    body: list[str],
    *,
    above_rows: int | None,
    hints: PageHints | None,
    single: bool,
    doc_number: DocNumber,
    field_of: Fields,
) -> int:
    """Index of a headerless piece's title line in ``body`` (its lines after the rows
    read as metadata).  ``above_rows``: how many of them stood above the piece's first
    block of metadata rows (a bare title right over the block), or None."""
    lead = lead_nav(body)
    while lead + 1 < len(body) and rule_line(body[lead]):
        lead += 1  # a separator line ('=====') above the title
    if lead + 1 < len(body) and field_line(body[lead]):
        lead += 1  # a file card or record of fields left above the title
    if above_rows is not None:  # a bare title right over the block, the page's head above
        gloss = above_rows >= 2 and glossed_title(body[above_rows - 2], body[above_rows - 1])
        lead = max(lead, above_rows - (2 if gloss else 1))  # or a title and its English
    if hints and kicker_over_h1(body, lead, hints.h1, hints.title):
        lead += 1  # a kicker over the page's <h1> (html_deck): the h1 is the title
    elif hints and kicker_over_heading(body, lead, hints.headings, hints.title):
        lead += 1  # a kicker over the heading the page's <title> names
    elif hints and (named := h1_under_card(body, lead, hints.h1, hints.title)) is not None:
        lead = named  # a card's or a byline's rows over the <h1> the <title> names
    lead = headline_under_bars(body, lead, hints, single=single)
    # rows, numbers, crumbs, a link or a lead sentence over a heading (title_shape)
    declared = (hints.title, hints.h1) if hints else ()
    return title_line(body, lead, doc_number, field_of, declared)


def finish_title(
    title: str,
    body: list[str],
    hints: PageHints | None,
    index: int,
    flags: list[Change],
    *,
    endings: tuple[str, ...],
    complete: bool,
) -> str:
    """The title without site dressing (:func:`clean_title`), completed when the site
    cut it, or the file name when nothing else is left; each step becomes a flag."""
    site = hints.site_name if hints else None
    steps: list[tuple[str, str, str]] = []
    cut = len(title) >= TITLE_MAX_CHARS
    if cut and hints and hints.title and hints.title.startswith(title):
        title = hints.title  # cut at TITLE_MAX_CHARS: clean the whole, cut after
    suffixes = hints.site_suffixes if hints else frozenset()
    h1, names_ = (hints.h1, hints.site_names) if hints else (None, ())
    cleaned, names = clean_title(
        title,
        site_name=site,
        suffixes=suffixes,
        h1=h1,
        names=names_,
        page_title=hints.title if hints else None,
    )
    if cut:
        cleaned = cleaned[:TITLE_MAX_CHARS].rstrip()
    if names:
        steps.append(("+".join(names), title, cleaned))
    if complete:
        full = complete_cut(cleaned, body, endings=endings, heading=h1)
        if full != cleaned:
            steps.append(("completed", cleaned, full))
            cleaned = full
    if hints is not None and hints.title:
        joined = join_broken(cleaned, body, hints.title)
        if joined != cleaned:
            steps.append(("joined", cleaned, joined))
            cleaned = joined
    if (not cleaned or record_line(cleaned)) and hints is not None:
        name = file_title(hints.source)
        if name:
            steps.append(("file_name", cleaned, name))
            cleaned = name
    for rule, before, after in steps:
        for part in rule.split("+"):
            rule_id = f"split.title.{part}"
            flags.append(Change("", NAME, rule_id, "flag", 0, 0, before, after, ref=str(index)))
    return cleaned


@dataclass(slots=True)
class PieceTitle:
    """A piece's title, the publish dates its header or title row gave (first wins), and
    the body line that was only the title's header (``《标题》`` over a card), if any."""

    title: str
    dates: list[str] = field(default_factory=list)
    header_line: int | None = None


def piece_title(
    body: list[str],
    head_title: str,
    *,
    above_rows: int | None,
    hints: PageHints | None,
    single: bool,
    doc_number: DocNumber,
    field_of: Fields,
    endings: tuple[str, ...],
    complete: bool,
) -> PieceTitle:
    """The title of a piece whose kept lines are ``body``: its header's title
    (``head_title``, completed from the body) or, headerless, the line :func:`body_lead`
    points to.  ``above_rows``: see :func:`body_lead` (None: no block of metadata rows)."""
    out = PieceTitle("")
    if head_title and _DATE_ALONE.match(head_title):
        # a piece's header that is its count and a date alone ('【2/3】2021-03-09',
        # 'No. 2 · 2021/3/9'): the date is the piece's, its title the line below
        dated_head = normalise_date(head_title)
        if dated_head is not None:
            head_title = ""
            out.dates.append(dated_head)
    if head_title and complete:
        title = complete_title(head_title, body, endings)
    elif head_title:
        title = head_title
    else:
        lead = body_lead(
            body,
            above_rows=above_rows,
            hints=hints,
            single=single,
            doc_number=doc_number,
            field_of=field_of,
        )
        named = tuple(n for n in (hints.title, hints.h1) if n) if hints is not None else ()
        title = title_from_body(body[lead:], endings, named)
        if hints is not None and lead < len(body) and body[lead].strip() in hints.link_cards:
            # the link card a post embeds (html_link_cards): the linked page's heading,
            # not this page's; the page's own <title> names the post
            title = hints.title or ""
        if (hints is None or not (hints.title or hints.h1)) and body[lead].strip() == title:
            # a plain page's headline wrapped over two lines (title_wrap); an HTML page's
            # broken headline is joined from its <title> (finish_title)
            title = wrapped_title(body[lead : lead + 3]) or title
        quoted = _BOOK_TITLE.match(title)
        if above_rows is not None and quoted and lead < len(body) and body[lead].strip() == title:
            # '《标题》' over its card of metadata rows: a header line naming the record
            # (the marks are the header's, no word of the text)
            out.header_line = lead
            title = quoted[1]
    # a title beside its date ('2021-05-20 周四 | 标题'): the row stays text, its title is
    # the article's and its date the publish date (no word is lost)
    dated = dated_title(title if not head_title else body[0])
    if dated is not None and (not head_title or dated[1] == head_title):
        title = dated[1]
        out.dates.append(dated[0])
    out.title = title
    return out
