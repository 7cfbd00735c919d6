"""A one-sentence standfirst above a page's first found header: the page's head only when
proven, else kept with the first piece.

The split stage deletes the page head above the first header it found
(``split.page_prefix``): the masthead, the navigation, the title copy, the contents.  A
run of sentences there is a piece of its own (:mod:`split_prefix_prose`); one sentence
alone under the title lines is a *standfirst*.  On a compilation it says what the page
gathers and is the page's head; on a single document a reader cut into pieces (a weekly
report or a travelogue whose dated day rows read as piece headers) it is the document's
own opening, and deleting it loses text silently.

The words cannot tell the two apart (``现将本期来信选登如下`` / ``现将每日进展汇报如下``);
the page's structure and the site can.  The standfirst is the page's head when

* the site prints it at the head of several of its pages, word for word or with its
  figures changed (the site profile's :func:`~cleaner.stages.head_repeat.head_notes`,
  carried in :attr:`PageHints.head_notes`): the site's template, not the page's text; or
* the head counts the pieces (:func:`counts_pieces`): a figure with a unit of pieces
  (``rules/compilations.toml``, ``[head_count]``) equal to the number of pieces the page
  was cut into, two at least (``本专题汇集3篇报道``, ``这三件事``), in the standfirst or a
  line above it: the compilation's own frame, as its tally under the last piece is
  (:mod:`split_tally`).

Any other standfirst is kept, with the page's own title right above it when that title
is the page's first line and no copy of a declared title (:func:`lead_lines`): the lines
open the first piece's text (:func:`lead_into_first`), and the stage flags them
(``split.prefix_kept``).  Chrome proven otherwise (rule packs, learned repeated lines,
the ``<title>`` copy, rows of fields) is deleted as before.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from cleaner.edits import Edit
from cleaner.rules import load_table
from cleaner.stages.head_repeat import printed_at_head
from cleaner.stages.line_features import is_prose
from cleaner.stages.page_hints import PageHints
from cleaner.stages.split_dates import cn_number
from cleaner.stages.split_numerals import fw_digits
from cleaner.stages.split_titles import split_suffix

__all__ = ["counts_pieces", "lead_into_first", "lead_lines", "standfirst_proven"]

#: a page's own title line is short and no sentence
TITLE_MAX_CHARS = 40
_ORDINAL = ("第", "#", "№")


@lru_cache(maxsize=1)
def _counted() -> re.Pattern[str]:
    t = load_table("compilations")["head_count"]
    units = "|".join(map(re.escape, t["units"]))
    words = "|".join(map(re.escape, t["words"]))
    figure = r"[0-9０-９]+|[一二三四五六七八九十两兩]+"
    return re.compile(rf"(?i)({figure})\s*(?:(?:{units})|(?:{words})\b)")


def counts_pieces(head: Sequence[str], pieces: int) -> bool:
    """Does a line of ``head`` count the ``pieces`` (two at least): a figure with a unit
    of pieces, no ordinal, equal to their number?

    >>> counts_pieces(["本专题汇集3篇相关报道，持续关注进展。"], 3)
    True
    >>> counts_pieces(["某地早知道｜这两件事与你有关"], 2)
    True
    >>> counts_pieces(["Our 4 stories today."], 4)
    True
    >>> counts_pieces(["本专题汇集3篇相关报道，持续关注进展。"], 4)  # counts something else
    False
    >>> counts_pieces(["项目周报（第3周）"], 3), counts_pieces(["一家三口去了海边，玩了三天。"], 3)
    (False, False)
    """
    if pieces < 2:
        return False
    for line in head:
        for m in _counted().finditer(line):
            if line[max(0, m.start() - 1) : m.start()] in _ORDINAL:
                continue  # '第3篇': an ordinal counts nothing
            if cn_number(fw_digits(m.group(1))) == pieces:
                return True
    return False


def standfirst_proven(
    lines: Sequence[str], run: Sequence[int], pieces: int, hints: PageHints | None
) -> str | None:
    """Why the standfirst (the sentence lines ``run``) is the page's head
    (``"site_repeat"``: the site prints every line of it; ``"counts_pieces"``), or None:
    it is the page's own text."""
    if hints is not None and all(printed_at_head(lines[j], hints.head_notes) for j in run):
        return "site_repeat"
    head = [ln.strip() for ln in lines[: run[-1] + 1] if ln.strip()]
    return "counts_pieces" if counts_pieces(head, pieces) else None


def lead_lines(lines: Sequence[str], run: Sequence[int], hints: PageHints | None) -> list[int]:
    """The lines kept with the standfirst (the sentence lines ``run``): its lines and
    any between, and the title right above it when that is the page's first line, a short
    line and no sentence, and no copy of a title the page declares (its ``<title>`` or
    ``<h1>``) nor dressed with a site's name (``某事-某站``): such a copy is the page's
    head.

    >>> page = ["某组月报", "本月各项工作按计划推进，现将进展简述如下。", "1日　周一"]
    >>> lead_lines(page, [1], None)
    [0, 1]
    >>> lead_lines(["某组月报_某某网", *page[1:]], [1], None)  # a dressed copy
    [1]
    >>> lead_lines(["首页 > 某栏", *page], [2], None)  # not the first line
    [2]
    >>> lead_lines(page, [1], PageHints(h1="某组月报"))  # the <h1>'s copy
    [1]
    """
    at = run[0]
    filled = [i for i in range(at) if lines[i].strip()]
    kept = [j for j in range(at, run[-1] + 1) if lines[j].strip()]
    if len(filled) != 1:
        return kept
    title = lines[filled[0]].strip()
    declared = {hints.title, hints.h1} if hints is not None else set()
    if (
        len(title) > TITLE_MAX_CHARS
        or is_prose(title)
        or title in declared
        or split_suffix(title) is not None
    ):
        return kept
    return [filled[0], *kept]


def lead_into_first(
    drafts: list[tuple[int, int, str, dict[str, str], list[Edit]]],
    edits: Sequence[Edit],
    start: int,
) -> None:
    """Open the first draft at ``start`` (the kept lines' offset): the page-level edits
    between (the first header's rows) become its inner edits, so its text tiles the page."""
    if not drafts or drafts[0][0] <= start:
        return
    a, b, title, meta, inner = drafts[0]
    have = {id(e) for e in inner}
    moved = [e for e in edits if start <= e.start < a and e.end <= b and id(e) not in have]
    drafts[0] = (start, b, title, meta, [*moved, *inner])
