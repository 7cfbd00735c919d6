"""An origin row that is one row of the piece's own labelled body, not its source.

Some texts are a form: a run of ``label：prose`` rows (an entry's properties, a
product's sections, a case's findings), each row one label and a sentence or more.
Such a form may open with a row whose label names an origin ('…来源', '…出处'): the
source of the thing the entry describes (a variety's parentage, a sample's provenance),
a row of the text like the rows under it, not the page's or the piece's source.  The
header block reader (:meth:`split_meta.MetaParser.meta_block`) would read it as
``origin`` and take it out of the text.

The rule is by position and shape, not by wording: the block's last row holds one
label only and reads as ``origin`` alone, its value has no organisation's shape (a
source that is a body, '某某日报', '某某局', stays the source), and right under it
stand at least ``MIN_FORM_ROWS`` rows of the same form, one label each that no table
names and a prose value.  A source row over a labelled Q&A ('问：…' has a one-letter
label) or over plain prose is read as before.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from cleaner.stages.split_cell_marks import is_org
from cleaner.stages.split_cells import prose_line

#: Body rows of the form that must stand right under the origin row: two, so one
#: labelled sentence under a source row ('摘要：…') is not a form yet.
MIN_FORM_ROWS = 2

# one label of two to eight Han letters, its colon, then the value (that the value is
# the whole rest of the line, one cell, is checked against the fields read from it)
_FORM_ROW = re.compile(r"^\s*(?P<label>[\u4e00-\u9fff]{2,8})\s*[：:]\s*(?P<value>\S.*)$")


def _form_row(line: str, field_of: Callable[[str], str | None]) -> bool:
    """``line`` is one labelled body row: a label no table names over a prose value."""
    m = _FORM_ROW.match(line)
    return m is not None and field_of(m["label"]) is None and prose_line(m["value"])


def origin_in_form(
    lines: list[str],
    below: list[int],
    row: list[int],
    fields: dict[str, str],
    field_of: Callable[[str], str | None],
) -> bool:
    """The block's last row ``row`` (line numbers, read as ``fields``) is the first
    row of a labelled body form standing on the lines ``below`` it (see the module
    docstring).

    >>> from cleaner.stages.split_meta import MetaParser
    >>> f = MetaParser().field_of
    >>> text = ["原料来源：本地山茶与外购绿茶拼配",
    ...         "制作工艺：采摘后摊晾六小时，再经杀青、揉捻和烘干制成。",
    ...         "冲泡建议：水温八十五度左右，第一泡十秒出汤，此后逐泡延长。"]
    >>> origin_in_form(text, [1, 2], [0], {"origin": "本地山茶与外购绿茶拼配"}, f)
    True

    A source that is a body stays the source; so does one over a single labelled line.

    >>> text[0] = "稿件来源：某某县融媒体中心"
    >>> origin_in_form(text, [1, 2], [0], {"origin": "某某县融媒体中心"}, f)
    False
    >>> text[0] = "原料来源：本地山茶与外购绿茶拼配"
    >>> origin_in_form(text, [1], [0], {"origin": "本地山茶与外购绿茶拼配"}, f)
    False
    """
    if len(row) != 1 or set(fields) != {"origin"} or is_org(fields["origin"]):
        return False
    m = _FORM_ROW.match(lines[row[0]])
    if m is None or m["value"].strip() != fields["origin"]:
        return False  # a row of several cells, or a value read out of a longer one
    under = below[:MIN_FORM_ROWS]
    return len(under) == MIN_FORM_ROWS and all(_form_row(lines[i], field_of) for i in under)
