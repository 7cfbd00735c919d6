"""A body's release stamp: who put the piece out, the day and hour, and the verb of it.

A bulletin, a forecast desk's flash or a notice board prints over each piece the body
that released it and when, the verb of releasing closing the row
(``某市气象台　1月28日6时13分发布``, ``某区教育局　2021-03-09 16:20 发布``,
``某某中心 ｜ 2021年3月9日發布``), sometimes under a serial mark of the piece
(``【第2报】某市气象台　…发布``).  The row is the piece's metadata: the body is its
``issuer`` (a verb of releasing names who issues the piece: docs/truth_conventions.md,
the key by the verb), the day its ``published`` when the row gives a year.

:func:`body_stamp` reads it by shape: two cells exactly, one a body's name (an
organisation's shape, or a short body's: ``is_org`` / ``_short_body``), the other a date,
an hour at most after it, and a publishing verb closing it (``[meta] publish_words`` of
``rules/headers.toml``: 发布, 公布 …, no verb of editing or printing).  A person's name,
a sentence, a row with a third cell, a date without the verb (a source's dateline, a
sign-off: other readers) or a date with another verb (``…更新``, ``…印发``) reads nothing
here.  A desk's stamp (``宣传推广部　2031年4月2日发布``) is :mod:`posted_desk`'s, read
first; a desk this reader gives as the issuer is still moved to the origin by the row
readers after it (:func:`split_desks.dated_desk`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection
from functools import lru_cache

from cleaner.rules import load_table

__all__ = ["body_stamp"]

#: the longest row read (a stamp is a short row)
MAX_CHARS = 48
#: a serial mark opening the row: a short bracket with no gap inside ('【第2报】', '[No.3]'),
#: or a number in round brackets ('（3）', '(12)')
_SERIAL = re.compile(
    r"^(?:【[^【】\s]{1,8}】|\[[^\[\]\s]{1,8}\]|〔[^〔〕\s]{1,8}〕"
    r"|[（(]\s*(?:\d{1,3}|[一二三四五六七八九十]{1,3})\s*[）)])\s*"
)
#: cells: a wide gap, two spaces or more, a bar or a middle dot (no slash: a date's mark)
_CELLS = re.compile(r"\s*[·‧・•｜|]\s*|\u3000+|\s{2,}")
#: a date with or without its year (figures), an hour after it (figures or the Han words
#: 时/时分/点), then the verb, glued or after one space
_DATED = re.compile(
    r"^(?P<date>(?:\d{4}\s*[-年./／]\s*)?\d{1,2}\s*[-月./／]\s*\d{1,2}\s*日?)"
    r"(?:\s*\d{1,2}\s*(?:[:：]\s*\d{2}(?:\s*[:：]\s*\d{2})?|[时時点點](?:\s*\d{1,2}\s*分)?))?"
    r"\s?(?P<verb>[\u4e00-\u9fff]{2})$"
)
_YEAR = re.compile(r"^\d{4}")
#: a row wrapped whole in round brackets (a closing note)
_WHOLE_ROUND = re.compile(r"^[（(]\s*(?P<row>[^（）()]+?)\s*[）)]$")
#: a body's name: Han letters, a bracketed part or quotes at most ('某某（集团）公司')
_NAME = re.compile(r"^[\u4e00-\u9fff（）()“”「」]{3,30}$")


@lru_cache(maxsize=1)
def _dash_led() -> re.Pattern[str]:
    """A closing note led by a sign-off's dash ('——某科护士站　2019-01-25 11:33 发布'): one
    of ``headers.toml`` ``[body_stamps]`` ``note_dashes``, longest first, then the row."""
    dashes = sorted(load_table("headers")["body_stamps"]["note_dashes"], key=len, reverse=True)
    return re.compile(rf"^(?:{'|'.join(map(re.escape, dashes))})\s*(?P<row>\S.*)$")


def body_stamp(
    line: str,
    verbs: Collection[str],
    body: Callable[[str], bool],
    normalise: Callable[[str], str | None],
    *,
    noted: bool = False,
) -> dict[str, str] | None:
    """``{"issuer"}`` (and ``"published"`` when the date holds a year) of a body's
    release stamp (module doc), else None.  ``verbs``: the publishing verbs; ``body``:
    whether a name has a body's shape; ``normalise``: a date's ``YYYY-MM-DD``.

    >>> from cleaner.stages.split_dates import normalise_date as nd
    >>> v, b = ("发布", "公布", "發布"), lambda s: s.endswith(("台", "局", "中心"))
    >>> body_stamp("某市气象台　1月28日6时13分发布", v, b, nd)
    {'issuer': '某市气象台'}
    >>> body_stamp("【第2报】某市气象台　2019年1月28日 7时05分发布", v, b, nd)
    {'issuer': '某市气象台', 'published': '2019-01-28'}
    >>> body_stamp("2021-03-09 16:20 發布 ｜ 某区教育局", v, b, nd)
    {'issuer': '某区教育局', 'published': '2021-03-09'}

    ``noted``: the stamp closes a piece as a note wrapped whole in round brackets
    (``（某县消防局　2019/8/23 19:40 發布）``), read only so (a bracketed row over a
    piece is no release stamp for the splitters' shape tests):

    >>> body_stamp("（某县消防局　2019/8/23 19:40 發布）", v, b, nd, noted=True)
    {'issuer': '某县消防局', 'published': '2019-08-23'}
    >>> body_stamp("（某县消防局　2019/8/23 19:40 發布）", v, b, nd) is None
    True

    or led by a sign-off's dash (``——某科护士站　2019-01-25 11:33 发布``):

    >>> body_stamp("——某某中心　2019-01-25 11:33 发布", v, b, nd, noted=True)
    {'issuer': '某某中心', 'published': '2019-01-25'}

    No verb, another verb, a person, a sentence or a third cell:

    >>> body_stamp("某市气象台　2019年1月28日", v, b, nd)
    >>> body_stamp("某市气象台　2019年1月28日更新", v, b, nd)
    >>> body_stamp("林某某　2019年1月28日发布", v, b, nd)
    >>> body_stamp("某市气象台1月28日6时13分发布暴雨预警", v, b, nd)
    >>> body_stamp("某市气象台　1月28日发布　阅读 12", v, b, nd)
    """
    s = line.strip()
    if len(s) > MAX_CHARS:
        return None
    if noted:
        if (whole := _WHOLE_ROUND.match(s) or _dash_led().match(s)) is None:
            return None
        s = whole["row"]
    s = _SERIAL.sub("", s, count=1)
    cells = [c.strip() for c in _CELLS.split(s) if c.strip()]
    if len(cells) != 2:
        return None
    dated = [m for c in cells if (m := _DATED.match(c)) is not None]
    if len(dated) != 1 or dated[0]["verb"] not in verbs:
        return None
    m = dated[0]
    name = cells[1] if _DATED.match(cells[0]) else cells[0]
    if not _NAME.match(name) or not body(name):
        return None
    out = {"issuer": name}
    if _YEAR.match(m["date"]) and (day := normalise(m["date"])) is not None:
        out["published"] = day
    return out
