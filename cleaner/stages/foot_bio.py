"""The writer's biography closing a page, over the site's chrome (``boilerplate.foot_bio``).

A site that prints its writers' profiles under each article sets them apart: a label
alone on its line that names a biography (a key of ``headers.toml`` ``[meta_fields]``
whose field is ``author_bio``: ``作者简介``), then the one paragraph about the writer,
then only lines the other rules already took as chrome (a disclaimer, a share bar, a
footer).  The label and its paragraph are the site's note about the writer, not the
article: they go too.  A biography with no chrome under it (the page's last lines), a
label with a value beside it (``作者简介：某某，副教授…``, a paper's front-matter field,
read as metadata by the split stage) or more than one paragraph under the label is left
alone.
"""

from __future__ import annotations

from collections.abc import Container, Sequence
from functools import cache

from cleaner.rules import load_table

#: Rule id of a biography label and its paragraph deleted at the page's foot.
FOOT_BIO = "boilerplate.foot_bio"


@cache
def _bio_labels() -> frozenset[str]:
    fields = load_table("headers")["meta_fields"]
    return frozenset(k for k, v in fields.items() if v == "author_bio")


def bio_tail(stripped: Sequence[str], claimed: Container[int]) -> list[int]:
    """The biography label and paragraph over the page's claimed foot, or [].

    >>> lines = ["正文一段，写完了。", "", "作者简介", "某某，从业十年，擅长某类事务。",
    ...          "免责声明…", "页脚"]
    >>> bio_tail(lines, {4, 5})
    [2, 3]
    >>> bio_tail(lines, {5})
    []
    >>> bio_tail(["正文。", "作者简介：某某，副教授。", "页脚"], {2})
    []
    """
    filled = [i for i, s in enumerate(stripped) if s]
    labels = _bio_labels()
    for n, i in enumerate(filled[:-2]):
        if i in claimed or stripped[i].rstrip(":：") not in labels:
            continue
        j = filled[n + 1]
        rest = filled[n + 2 :]
        if j not in claimed and rest and all(k in claimed for k in rest):
            return [i, j]
    return []
