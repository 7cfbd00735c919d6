"""A title line the site printed with its date glued on: no line of the text.

A news page saved as text may open with its title as the site printed it, the time it
went up glued to the end (``某事取得新进展2021-06-08 10:25``).  The repair stage cuts
the stamp (``repair.timestamp_glued``), so the split stage sees a bare title line, and a
bare title line stays in the text (:mod:`dressed_title`).  But the line was dressed when
the page came: the title with the site's stamp, the page's ``<title>`` or heading copied
over the text, as ``某事_某报`` is.  :func:`stamped_lines` hands the split stage the
repaired form of every line the repair cut a stamp off (the line's pre-repair shape, as
a hint), and :func:`stamped_title` tells the piece's first line, read as its title, from
a line of the text: only the line the title is taken from, whole, goes; a body line
whose stamp was cut (a dated line under the title) is no title and stays.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable

from cleaner.model import Change

__all__ = ["STAMP_RULE", "stamped_lines", "stamped_title"]

#: the repair rule that cuts a timestamp glued to the end of a line
STAMP_RULE = "repair.timestamp_glued"


def stamped_lines(before: str, changes: Iterable[Change]) -> tuple[str, ...]:
    """The lines of ``before`` (the text the repair stage received) a glued stamp was
    cut off by one of ``changes``, in their repaired form (stripped).

    >>> c = Change("p", "repair", STAMP_RULE, "delete", 6, 22, "2021-06-08 10:25")
    >>> stamped_lines("某县修好了桥2021-06-08 10:25\\n正文。", [c])
    ('某县修好了桥',)
    >>> stamped_lines("某县修好了桥\\n正文。", [c])
    ()
    """
    stamps = {c.before.strip() for c in changes if c.rule == STAMP_RULE and c.before.strip()}
    if not stamps:
        return ()
    out: list[str] = []
    for line in before.split("\n"):
        line = line.strip()
        for stamp in stamps:
            if line.endswith(stamp) and len(line) > len(stamp):
                out.append(line[: -len(stamp)].strip())
                break
    return tuple(out)


def stamped_title(
    line: str, title: str, stamped: Collection[str], rest: Iterable[str] = ()
) -> bool:
    """``line`` is the piece's title line whose glued stamp the repair cut: the line is
    the title itself, whole, and was one of the ``stamped`` lines, and no other line of
    the piece (``rest``) reads the same (the copy stamped may then be another line: the
    split's repeated-title step keeps one of them).

    >>> stamped_title("某县修好了桥", "某县修好了桥", ("某县修好了桥",))
    True
    >>> stamped_title("某县修好了桥", "某县修好了桥", ())  # a bare title line: text
    False
    >>> stamped_title("会议于上午结束", "某县修好了桥", ("会议于上午结束",))  # not the title
    False
    >>> stamped_title("某县修好了桥", "某县修好了桥", ("某县修好了桥",), ["某县修好了桥"])
    False
    """
    line = line.strip()
    if not line or line != title.strip() or line not in stamped:
        return False
    return all(r.strip() != line for r in rest)
