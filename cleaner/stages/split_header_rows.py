"""A numbered header that is a row of fields, its title the line under it.

The generic header finder takes a run of numbered lines as the pieces' headers; when a
header's line holds no title of its own (``【第2报】某市气象台　1月28日7时05分发布``,
``（3）某区教育局　2021-03-09 发布``) the title is the line under it, and the header's
line is deleted as the piece's header.  What the line says after its number is then the
piece's row of fields: the body that released it, its day, its writer.  Read by the
split's row reader (the same reading as any row by a title), the fields go to the piece's
metadata; a line the reader reads nothing from gives none (it goes as before: the header
line is no text of the piece).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

__all__ = ["numbered_row_fields"]

Reader = Callable[[str], dict[str, str] | None]


def numbered_row_fields(
    lines: Sequence[str], headers: Sequence[tuple[int, str, str]], read: Reader
) -> dict[int, dict[str, str]]:
    """The fields of each header line whose title is not on it (module doc), by line.

    >>> rows = {"【第1报】某市气象台　1月28日6时13分发布": {"issuer": "某市气象台"}}
    >>> page = ["【第1报】某市气象台　1月28日6时13分发布", "大雾", "正文。",
    ...         "【第2报】大风来袭", "正文。"]
    >>> numbered_row_fields(page, [(0, "k", "大雾"), (3, "k", "大风来袭")], rows.get)
    {0: {'issuer': '某市气象台'}}
    """
    out: dict[int, dict[str, str]] = {}
    for at, _, title in headers:
        row = lines[at].strip()
        if not title or title in row:
            continue  # the title is the header's own: a heading, no row
        fields = read(row)
        if fields:
            out[at] = dict(fields)
    return out
