"""The rows under a compiled piece's title that say when and where it was made: a
gazette prints, under each document's bare title, an adoption parenthesis
``（2020年5月6日某市某届某委员会第三次会议通过）``, or an occasion row led by a dash
``——2020年5月5日在某会议上`` and a speaker row ``某局局长　某某`` under it.

Read by shape, not by wording: the rows stand right under the title, over the text;
each is one line with no sentence inside (no full stop, comma or semicolon):

* a dated parenthesis: the whole line in brackets, a full date inside; its ``published``
  is that date, its ``issuer`` the body named between the date and an ordinal session
  count (``第三次``) when there is one, a term's count (``第九届``) read with the body,
  before or inside its name;
* a dated occasion: a dash, then a full date; its ``published`` is that date;
* a speaker row, only right under one of the two above: a post and a name parted by a
  wide gap, the name two to four Han characters, the post a body's name and the office
  held in it (``某县水务局局长``: a body's name as :func:`split_meta_marks.office` reads
  one, then one to six characters); its ``author`` is the name.  A speech's greeting of the same
  shape (``尊敬的各位领导　各位来宾``, ``尊敬的市委书记　各位来宾``: a possessive in the
  post) names no body and stays the text.

The rows are the piece's metadata (neither its text nor chrome); a line of any other
shape ends the run.  Only a compilation's pieces are read (the split's business there); a
single statute's enactment lines stay its text (:mod:`split_enacted`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from cleaner.rules import load_table
from cleaner.stages.sentence_marks import CLAUSE_COLON_MARK as _SENTENCE
from cleaner.stages.split_meta import normalise_date
from cleaner.stages.split_meta_marks import office

__all__ = ["addressed", "occasion_rows"]

_DATE = re.compile(
    r"(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|(?:19|20)\d{2}-\d{1,2}-\d{1,2}"
)
_PAREN = re.compile(r"^[（(](?P<in>[^（()）]+)[)）]$")
_DASH = re.compile(r"^(?:——|—|－－|--)\s*(?P<in>\S.*)$")
_ORDINAL = re.compile(r"第[一二三四五六七八九十百零〇\d]{1,4}[次届]")
_SPEAKER = re.compile(
    r"^(?P<post>\S{2,30})(?:[ \t]*\u3000[ \t\u3000]*|[ \t]{2,})"
    r"(?P<name>[\u4e00-\u9fff]{2,4})$"
)
#: An office held in a body is at most this long (局长, 副主任, 党组书记).
POST_MAX_CHARS = 6
#: A row is at most this long.
ROW_MAX_CHARS = 120
#: At most this many rows stand under a title.
MAX_ROWS = 3


def _dated(inner: str) -> tuple[dict[str, str], re.Match[str]] | None:
    if len(inner) > ROW_MAX_CHARS or _SENTENCE.search(inner):
        return None
    m = _DATE.search(inner)
    if m is None or (day := normalise_date(m.group())) is None:
        return None
    return {"published": day}, m


def _body_post(post: str) -> bool:
    """``post`` is a body's name, then the office held in it (``某县水务局局长``): a
    compound of nouns, no possessive 的 in it (a greeting's ``尊敬的市委书记`` has one)."""
    if "的" in post:
        return False
    return any(office(post[:-k]) for k in range(1, min(POST_MAX_CHARS, len(post) - 1) + 1))


@lru_cache(maxsize=1)
def _address_words() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Words a greeting's form of address opens or ends with (``[enactment]
    address_openings`` / ``address_endings`` of headers.toml)."""
    t = load_table("headers")["enactment"]
    return tuple(t["address_openings"]), tuple(t["address_endings"])


def addressed(name: str) -> bool:
    """``name`` is a form of address, no person's name (``各位代表``, ``同志们``).

    >>> addressed("各位代表"), addressed("来宾们"), addressed("李小青")
    (True, True, False)
    """
    openings, endings = _address_words()
    return name.startswith(openings) or name.endswith(endings)


def occasion_rows(rows: list[str]) -> list[dict[str, str]]:
    """The fields of the rows opening ``rows`` (the stripped lines under a piece's
    title, top first) that are its occasion rows (see the module docstring), one dict a
    row, in order; [] when the first line is none.

    >>> occasion_rows(["（2020年5月6日甲市第二届人大常委会第三次会议通过）", "为了……。"])
    [{'published': '2020-05-06', 'issuer': '甲市第二届人大常委会'}]
    >>> occasion_rows(["（2020年5月6日第九届甲省人民代表大会第三次会议通过）"])
    [{'published': '2020-05-06', 'issuer': '第九届甲省人民代表大会'}]
    >>> occasion_rows(["——2021年3月4日在甲县工作会议上", "甲县水务局局长　李小青", "各位："])
    [{'published': '2021-03-04'}, {'author': '李小青'}]

    A sentence in brackets, a speaker row with no dated row over it, a date line with
    no bracket or dash: none.

    >>> occasion_rows(["（2020年5月6日，会议通过了本办法。）"])
    []
    >>> occasion_rows(["甲县水务局局长　李小青"])
    []
    >>> occasion_rows(["2020年5月6日"])
    []

    A greeting under the occasion row reads like a post and a name but names no body:
    it is the speech's text, no speaker.

    >>> occasion_rows(["——2021年3月4日在甲县工作会议上", "尊敬的各位领导　各位来宾"])
    [{'published': '2021-03-04'}]
    >>> occasion_rows(["——2021年3月4日在甲县工作会议上", "各位代表　同志们"])
    [{'published': '2021-03-04'}]
    >>> occasion_rows(["——2021年3月4日在甲县工作会议上", "甲县人大常委会主任　各位代表"])
    [{'published': '2021-03-04'}]
    """
    out: list[dict[str, str]] = []
    for s in rows[:MAX_ROWS]:
        fields: dict[str, str] | None = None
        if (p := _PAREN.match(s)) is not None and (got := _dated(p["in"])) is not None:
            fields, m = got
            after = p["in"][m.end() :].strip()
            o = _ORDINAL.search(after)
            if o is not None and (o.start() >= 2 or o.group().endswith("届")):
                body = after[: o.start()].strip()
                # a term's count belongs to the body ('第二届…委员会', also opening it:
                # '第十三届全国人民代表大会'), a session's does not
                if o.group().endswith("届"):
                    rest = after[o.end() :]
                    nxt = _ORDINAL.search(rest)
                    body = (after[: o.end()] + rest[: nxt.start()]).strip() if nxt else ""
                if len(body) >= 2 and body != o.group():
                    fields["issuer"] = body
        elif (d := _DASH.match(s)) is not None and (got := _dated(d["in"])) is not None:
            fields = got[0]
        elif (
            out
            and "published" in out[-1]
            and (sp := _SPEAKER.match(s)) is not None
            and _body_post(sp["post"])
            and not addressed(sp["name"])
        ):
            fields = {"author": sp["name"]}
        if fields is None:
            break
        out.append(fields)
    return out
