"""Who wrote a Chinese news page and where it comes from, as its byline rows print it.

A news or CMS page prints ``2019-09-26 12:11　来源：某报　作者：某某`` under its headline
and ``责任编辑：某某`` under its text; the extractor drops both as post metadata.  The
split stage's label tables say what each label holds (``rules/headers.toml``: 来源 →
``origin``; the ``author_by_ending`` class: 作者, 记者, 编辑, 责编 … → ``author``).

* :func:`byline_origin`: the source on the byline row under the headline that carries the
  page's publish date (the row :func:`cleaner.ingest.html_dates.byline_date` reads);
* :func:`labelled_author`: the page's one labelled writer (作者, 记者 …; else its one
  editor: 责任编辑, 责编 …) on a short row anywhere; none when the rows name two (a list
  of stories, a thread) or the value names no person (未知, 佚名, ``…整理``: data,
  ``rules/html_extract.toml`` ``[authors]``);
* :func:`credited_byline`: the person a poem's or an essay's row credits the classic way
  (``〔当代〕某某``, ``某某（某州）``) beside its date, right over the headline or under it.
"""

from __future__ import annotations

import re
from functools import lru_cache

from cleaner.ingest.html_dates import (
    BYLINE_CLAUSE,
    BYLINE_MAX_CHARS,
    beside_headline,
    under_headline,
    ymd,
)
from cleaner.rules import load_table
from cleaner.stages.split_cell_marks import is_org
from cleaner.stages.split_cell_rows import credit_row

# the labels that end a byline value: the next field of the row
_NEXT = r"(?:来源|作者|编辑|责编|记者|时间|日期|发布|浏览|点击|字号|阅读|分享|举报)"


@lru_cache(maxsize=1)
def _labels() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """Writer, editor and source label patterns, each with the value as group 1.  A
    writer's label is one of ``author_by_ending``'s, or a poster's (``author_by_poster``:
    '发布人', who put the post up)."""
    headers = load_table("headers")
    cls = next(c for c in headers["label_class"] if c["name"] == "author_by_ending")
    endings = sorted([*cls["endings"], *_labels_posters()], key=len, reverse=True)
    unless = "|".join(re.escape(u) for u in cls.get("unless", []))
    writers = [e for e in endings if "编" not in e]
    editors = [e for e in endings if "编" in e]
    origins = sorted(
        (k for k, v in headers["meta_fields"].items() if v == "origin" and not k.isascii()),
        key=len,
        reverse=True,
    )
    stop = rf"(?!{_NEXT}[\s\u3000]*[:：])"
    char = (
        r"(?:[^\s\u3000|｜】）)\]，,；;]|(?<=[A-Za-z]) (?=[A-Za-z]))"  # 'Ann Lee' keeps its space
    )
    value = rf"[\s\u3000]*[:：][\s\u3000]*((?:{stop}{char}){{2,30}})"

    def pattern(words: list[str], prefix: str) -> re.Pattern[str]:
        alts = "|".join(re.escape(w) for w in words)
        return re.compile(
            rf"(?:^|[\s\u3000【（(\[|｜]|(?<=\d))(?!{unless}){prefix}(?:{alts}){value}"
        )

    return (
        pattern(writers, r"[\u4e00-\u9fff]{0,3}?"),
        pattern(editors, r"[\u4e00-\u9fff]{0,3}?"),
        pattern(origins, ""),
    )


@lru_cache(maxsize=1)
def _not_names() -> tuple[frozenset[str], tuple[str, ...]]:
    t = load_table("html_extract")["authors"]
    return frozenset(t["text_no_names"]), tuple(t["text_not_name_endings"])


def _person(value: str) -> str | None:
    names, endings = _not_names()
    v = value.strip()
    if len(v) < 2 or v in names or v.endswith(endings):
        return None
    return v


def _posted(match: str) -> bool:
    """The label matched is a poster's ('发布人：'): a body's name under it is the
    notice's issuer, no writer."""
    label = match.split("：")[0].split(":")[0]
    return any(label.endswith(p) for p in _labels_posters())


@lru_cache(maxsize=1)
def _labels_posters() -> tuple[str, ...]:
    return tuple(
        r + e
        for c in load_table("headers")["label_class"]
        if c["name"] == "author_by_poster"
        for r in c.get("requires", [])
        for e in c["endings"]
    )


def _short_rows(visible: str) -> list[str]:
    return [
        ln.strip()
        for ln in visible.split("\n")
        if ln.strip() and len(ln.strip()) <= BYLINE_MAX_CHARS and not BYLINE_CLAUSE.search(ln)
    ]


def labelled_author(visible: str) -> str | None:
    """The page's one labelled writer, else its one labelled editor (see the module
    doc), or None.

    >>> labelled_author("标题\\n2019-09-26 来源：某报 作者：王某某\\n正文。\\n责任编辑：李某")
    '王某某'
    >>> labelled_author("标题\\n正文。\\n【编辑：李某】")
    '李某'
    >>> labelled_author("作者：未知 责任编辑：李某")
    '李某'
    >>> labelled_author("正文。\\n责编：Ann Lee　来源：某报")
    'Ann Lee'
    >>> labelled_author("作者：王某\\n作者：张某")
    >>> labelled_author("标题\\n发布人：林某某　·　发布于 2021-03-09\\n正文。")
    '林某某'
    >>> labelled_author("标题\\n发布人：某某市教育局　发布于 2021-03-09\\n正文。")
    """
    writer, editor, _ = _labels()
    rows = _short_rows(visible)
    for label in (writer, editor):
        found = {
            p
            for ln in rows
            for m in label.finditer(ln)
            if (p := _person(m.group(1))) and not (_posted(m.group(0)) and is_org(p))
        }
        if len(found) == 1:
            return found.pop()
        if found:
            return None  # two names: a list of stories, not one byline
    return None


def byline_origin(visible: str, headline: str | None, day: str) -> str | None:
    """The source named on the byline row under ``headline`` that carries ``day``
    (``2019-09-07 13:43　来源: 某报 举报`` → ``'某报'``), or None.

    >>> page = "首页\\n新桥通车\\n2019-09-07 13:43　来源: 某某晚报 举报\\n正文。"
    >>> byline_origin(page, "新桥通车", "2019-09-07")
    '某某晚报'
    >>> byline_origin("新桥通车\\n2019-09-07　浏览：3\\n正文。", "新桥通车", "2019-09-07")
    """
    lines = under_headline(visible, headline)
    if lines is None:
        return None
    _, _, origin = _labels()
    for ln in lines:
        s = ln.strip()
        if not s or len(s) > BYLINE_MAX_CHARS or BYLINE_CLAUSE.search(s) or ymd(s) != day:
            continue
        m = origin.search(s)
        return m.group(1) if m else None
    return None


def credited_byline(visible: str, headline: str | None) -> tuple[str, str] | None:
    """``(name, date)`` of the row that credits the page's writer by era or home town
    beside the date (:func:`cleaner.stages.split_cells.credit_row`): the line right over
    the headline, else one of the lines under it; None when no such row stands there.

    >>> credited_byline("首页\\n〔当代〕某某　2021-03-09\\n春日小记\\n正文。", "春日小记")
    ('某某', '2021-03-09')
    >>> credited_byline("首页\\n春日小记\\n某某（某州）｜2021-03-09\\n正文。", "春日小记")
    ('某某', '2021-03-09')
    >>> credited_byline("首页\\n春日小记\\n某某｜2021-03-09\\n正文。", "春日小记")
    """
    beside = beside_headline(visible, headline)
    if beside is None:
        return None
    # the lines under as under_headline gives them (unstripped, none under a 4-character
    # headline): beside's own are not read here
    want = (headline or "").strip()
    for ln in [beside[0], *(under_headline(visible, want, str.__eq__) or [])]:
        if ln and len(ln) <= BYLINE_MAX_CHARS and (row := credit_row(ln)) is not None:
            return row
    return None
