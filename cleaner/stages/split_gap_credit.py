"""A credit closing a piece with no colon: a writer's or a maker's word, a gap, a name.

A piece may close with the one who wrote or made it credited as a byline under a title
is (``执笔　某某``, ``记者　某某``, ``策展人　某某``): the credit word, a wide gap (or a
space), a person's name, nothing else on the line.  The foot-row reader
(:func:`split_foot.foot_credit`) reads such cells only inside a frame (``〈执笔　某某〉``);
bare, a line of two short words apart is read here, by its words:

* a writer's word (``[byline_badge] gap_writers`` and ``[foot_row] writers`` of
  ``headers.toml``: 记者, 作者, 撰稿, 执笔, 记录 …) credits the piece's writer, its
  ``author``;
* a maker's word (``[makers]`` of ``credit_rows.toml``: 策展人, 导演, 编舞 …) credits the
  maker of the work a piece of a compilation presents (an exhibition's preview closed by
  its curator, a festival programme's entry by its director): the entry's author, as a
  catalogue's credit row gives it.  Closing a single article it names the work's maker,
  not the writer (a review's ``导演　某某``): not read.

The name must have a person's shape (:func:`person_names.person_name`) and no body's
ending (:func:`person_names.person_value`); a body, a second cell or any mark leaves the
line as text.
"""

from __future__ import annotations

import re
from functools import lru_cache

from cleaner.rules import load_table
from cleaner.stages.person_names import person_value
from cleaner.stages.split_dates import simplified_label

__all__ = ["gap_credit"]

# the credit word, a gap of wide spaces or spaces, the name: nothing else
_GAP = re.compile(r"^(?P<k>[\u4e00-\u9fff]{1,4})[ \u3000]+(?P<v>[\u4e00-\u9fff·]{2,8})$")


@lru_cache(maxsize=1)
def _words() -> tuple[frozenset[str], frozenset[str]]:
    headers = load_table("headers")
    writers = [*headers["byline_badge"]["gap_writers"], *headers["foot_row"]["writers"]]
    makers = load_table("credit_rows")["makers"]["labels"]
    return frozenset(writers), frozenset(m for m in makers if not m.isascii())


def gap_credit(line: str, *, headed: bool) -> dict[str, str] | None:
    """The ``author`` a bare credit closing a piece names (module doc), or None.
    ``headed``: the piece is one of a compilation's (a maker's word is read only there).

    >>> gap_credit("执笔　王某某", headed=False), gap_credit("策展人　王某某", headed=True)
    ({'author': '王某某'}, {'author': '王某某'})
    >>> gap_credit("策展人　王某某", headed=False), gap_credit("联系人　王某某", headed=True)
    (None, None)
    >>> gap_credit("执笔　某某局", headed=True), gap_credit("执笔：王某某", headed=True)
    (None, None)
    """
    m = _GAP.match(line.strip())
    if m is None or not person_value(m["v"]):
        return None
    word = simplified_label(m["k"])
    writers, makers = _words()
    if word in writers or (headed and word in makers):
        return {"author": m["v"]}
    return None
