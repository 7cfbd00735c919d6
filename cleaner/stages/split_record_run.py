"""Records of an HTML compilation, each headed by its linked title (html_record_heads).

A mailbox's letters and replies, a Q&A board's questions and answers: the page prints
each record in a container of its own, opened by its title as a link (the extractor
keeps it: :mod:`cleaner.ingest.html_record_heads`), a row of fields under it, the
record's paragraphs, and often a second row of fields inside it where the answer
starts (``答复单位：…　答复日期：…``).  :func:`record_run` cuts the page at those titles
when every declared title stands over a metadata row (:func:`~cleaner.stages.
split_keyed.titled_run`): prose above the first title lies outside every record (the
page's own lead), so it is no lost piece.  A short tag in brackets opening every title
(``［咨询］``, ``[建议]``) sorts the record: no word of its title (:func:`tagless`).

:func:`answer_rows` finds the second row: a metadata row of one signature inside every
record.  It is the record's metadata, no line of its text; its fields are the record's,
over those of the row under the title: the record went up with its answer
(:func:`answer_fields`), but for the one who answered where the row under the title
names who asked: the asker is the record's author, the answerer where its answer comes
from (its origin).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection

from cleaner.stages.split_cells import row_signature
from cleaner.stages.split_keyed import titled_run
from cleaner.stages.split_page import nonempty, stripped

__all__ = ["answer_fields", "answer_rows", "record_run", "tagless"]

Row = Callable[[str], dict[str, str] | None]

_TAG = re.compile(r"^[［\[【〔(（][^］\]】〕)）]{1,6}[］\]】〕)）][ \t\u3000]*(?P<rest>\S.*)$")


def tagless(title: str) -> str:
    """The title without a short bracketed tag opening it.

    >>> tagless("［咨询］某小区停车难问题"), tagless("[建议] 增设公交站"), tagless("某事")
    ('某小区停车难问题', '增设公交站', '某事')
    """
    m = _TAG.match(title)
    return m["rest"].strip() if m else title


def record_run(
    lines: list[str],
    below_title: Callable[[str], bool],
    signature: Callable[[str], tuple[str, ...]],
    records: Collection[str],
) -> list[tuple[int, str, str, dict[str, str]]]:
    """The declared record titles as keyed headers (tags dropped), or [] unless every one
    of ``records`` is found, in order, over a metadata row.

    >>> row = lambda s: s.startswith("来信日期：")
    >>> sig = lambda s: ("来信日期", "_")
    >>> body = "市长您好！小区门口的路灯坏了很久，晚上出行很不方便，希望尽快修好。"
    >>> lead = "现将本期部分来信及办理情况选登如下，供市民了解，来信人信息已经隐去。"
    >>> page = [lead, "［求助］路灯坏了", "来信日期：2021-03-05", body,
    ...         "［建议］增设公交站", "来信日期：2021-04-05", body]
    >>> [(i, t) for i, _, t, _ in record_run(page, row, sig, (page[1], page[4]))]
    [(1, '路灯坏了'), (4, '增设公交站')]
    >>> record_run(page, row, sig, (page[4],))
    []
    """
    if len(records) < 2:
        return []
    found = titled_run(lines, below_title, signature, records)
    if [t for _, _, t, _ in found] != list(records):
        return []
    return [(i, rule, tagless(t), m) for i, rule, t, m in found]


def answer_rows(lines: list[str], heads: list[int], row: Row) -> dict[int, dict[str, str]]:
    """The metadata row inside every record (module doc), by line; {} unless each record
    (a title at each of ``heads``, its own row right under it) holds one, all of one
    signature.

    >>> row = lambda s: {"origin": s[5:]} if s.startswith("答复单位：") else None
    >>> page = ["路灯坏了", "来信日期：2021-03-05", "正文。", "答复单位：甲局", "答复正文。",
    ...         "增设公交站", "来信日期：2021-04-05", "正文。", "答复单位：乙局", "答复正文。"]
    >>> answer_rows(page, [0, 5], row)
    {3: {'origin': '甲局'}, 8: {'origin': '乙局'}}
    >>> answer_rows(page[:8], [0, 5], row)
    {}
    """
    filled, strip = nonempty(lines), stripped(lines)
    ends = [*heads[1:], len(lines)]
    out: dict[int, dict[str, str]] = {}
    shapes: set[tuple[str, ...]] = set()
    for h, end in zip(heads, ends, strict=True):
        inside = [i for i in filled if h < i < end][1:]  # under the title's own row
        hit = next(((i, f) for i in inside if (f := row(strip[i]))), None)
        if hit is None:
            return {}
        out[hit[0]] = hit[1]
        shapes.add(row_signature(strip[hit[0]]))
    return out if len(shapes) == 1 else {}


def answer_fields(meta: dict[str, str], answer: dict[str, str]) -> dict[str, str]:
    """``meta`` (the fields of the row under a record's title) updated with those of its
    answer row (module doc).

    >>> answer_fields({"author": "某考生"}, {"author": "某办公室", "published": "2021-03-09"})
    {'author': '某考生', 'published': '2021-03-09', 'origin': '某办公室'}
    >>> answer_fields({"published": "2021-03-08"}, {"author": "某处", "published": "2021-03-09"})
    {'published': '2021-03-09', 'author': '某处'}
    """
    answer = dict(answer)
    asker = meta.get("author")
    if asker and answer.get("author", asker) != asker:
        who = answer.pop("author")
        answer.setdefault("origin", who)
    meta.update(answer)
    return meta
