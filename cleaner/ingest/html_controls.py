"""Page controls in an HTML page's lines: print, font size and vote bars, linked counters.

:mod:`cleaner.ingest.html_layout` counts, per line, the characters inside small page
controls (a ``javascript:`` or ``#`` link, an ``onclick`` element, a button role, an
element named as a page tool in ``rules/html_extract.toml`` ``[[controls]]``); a line
that is mostly controls is dropped as ``extract.controls`` (:func:`_is_controls`).  On
the gne news pages of ../shared these were ``字号: [大] [中] [小] [打印]``, ``调整字体``,
``【打印本页】【关闭窗口】``, ``+1 顶 67 | +1 踩 0 | 回复`` and ``1032 人参与 308 评论``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from cleaner.ingest.html_elements import icon_glyphs
from cleaner.ingest.html_layout import CONTROL_MAX_CHARS, _Line
from cleaner.rules import load_table

#: A line of page controls is at most this long (``字号: [大] [中] [小] [打印]``) ...
CONTROL_LINE_MAX_CHARS = 40


# ... or a linked counter: numbers each followed by a short word ('1032 人参与 308 评论',
# '12 Comments'), not a date ('2024年5月6日', '05/06')
_COUNTER = re.compile(r"^(?:\d[\d,.]*\s*[万千kK+]?\s*[^\d\s]{1,6}\s*)+$")
_DATE_LIKE = re.compile(r"\d\s*[年月/.:-]\s*\d")


#: ... or a bare count after an icon ('<i class="icon-eye"></i>3573'): views, comments
_BARE_COUNT = re.compile(r"^\d[\d,.]*\s*[万千kK+]?$")


def _is_controls(line: _Line, text: str) -> bool:
    """Whether the line is a bar of page controls: short and at least half of its
    characters inside small controls (:data:`CONTROL_MAX_CHARS`), not a heading; or a
    counter that is all link text (a heading too: a comment count in an ``<h5>``); or a
    bare count that an icon opens (no label: the icon names it)."""
    if line.chars > CONTROL_LINE_MAX_CHARS:
        return False
    if line.icon and not line.heading and _BARE_COUNT.match(icon_glyphs(text).strip()):
        return True
    if line.control_chars and line.control_chars * 2 >= line.chars and not line.heading:
        return True
    return (
        line.link_chars >= line.chars
        and line.chars <= CONTROL_MAX_CHARS
        and bool(_COUNTER.match(text))
        and not _DATE_LIKE.search(text)
    )


#: A control label is at most this long ('You must be logged in to post a comment.').
LABEL_MAX_CHARS = 40
_WORDS = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
_RULE = re.compile(r"[-=_*·•~]{3,}")
#: A label line has no sentence inside: no clause mark followed by more text.
_INNER_CLAUSE = re.compile(r"[,;!?。，；！？]\s*\S|\.\s+\S")


@lru_cache(maxsize=1)
def label_vocab() -> tuple[frozenset[str], frozenset[str], tuple[str, ...], tuple[str, ...]]:
    """``rules/html_edges.toml``: label action words, filler words, consent-notice
    subject words and consent words."""
    t = load_table("html_edges")
    labels, notices = t["labels"], t["notices"]
    return (
        frozenset(labels["action"]),
        frozenset(labels["filler"]),
        tuple(notices["subject"]),
        tuple(notices["consent"]),
    )


def control_label(s: str) -> bool:
    """Whether the line is a page control's label: short, every word a label word
    (``rules/html_edges.toml`` ``[labels]``), at least one an action word.

    >>> [control_label(s) for s in ("Leave a Reply", "2 comments", "READ THE REST")]
    [True, True, True]
    >>> [control_label(s) for s in ("More in Amsterdam", "Related post: Jam Recipe", "Thanks!")]
    [False, False, False]
    """
    s = _RULE.sub("", s).strip()  # 'Related Topics ------': a drawn rule is no word
    if len(s) > LABEL_MAX_CHARS or _INNER_CLAUSE.search(s):
        return False
    action, filler, _, _ = label_vocab()
    words = [w.replace("’", "'") for w in _WORDS.findall(s.casefold())]
    return (
        bool(words)
        and all(w in action or w in filler for w in words)
        and any(w in action for w in words)
    )


# 'Fotos: Sophia Mahnert', '摄影：王某': a one- or two-word label, a colon, the rest
_CREDIT = re.compile(r"^([^\W\d_]{2,20}(?: [^\W\d_]{2,20})?)\s*[:：]\s*(\S.{0,60})$")
#: Lowercase words inside a body's name ('University of the North').
_JOINS = frozenset({"of", "the", "for", "and", "&", "de", "du", "la", "at", "on", "in"})
_HAN_NAME = re.compile(r"^[\u4e00-\u9fff·]{2,8}$")
_NAME_SEP = re.compile(r"\s+(?:/|&|and|und|et|y)\s+|\s*[/、]\s*")


def _name(s: str) -> bool:
    """One to four capitalised words ('Sophia Mahnert', 'J. Hitz') or 2-8 Han characters."""
    if _HAN_NAME.match(s):
        return True
    words = s.split()
    return 1 <= len(words) <= 4 and all(
        w[0].isupper() and w.rstrip(".").replace("-", "").replace("'", "").isalpha() for w in words
    )


def credit_line(text: str) -> bool:
    """Whether the line is a credit: ``Label: Name`` (a photo, illustration or text credit
    whose name is a link), not a control nor a link list.  The label is one or two words,
    one of them a credit label (:func:`credit_labels`: 'Read more: …', 'Tags: …',
    'Profile: …' are not credits); the rest is names (:func:`_name`), one or a few joined
    by ``/``, ``&``, ``and``.

    >>> [credit_line(s) for s in ("Fotos: Sophia Mahnert", "Photo: J. Hitz / J. Roe", "摄影：王明")]
    [True, True, True]
    >>> [credit_line(s) for s in ("Read more: Looted Art", "Tags: Barbour", "Profile: Jane Roe")]
    [False, False, False]
    """
    if source_credit(text):
        return True
    m = _CREDIT.match(text.strip())
    if not m or not set(m.group(1).casefold().split()) & credit_labels():
        return False
    return all(_name(part) for part in _NAME_SEP.split(m.group(2).strip()) if part)


@lru_cache(maxsize=1)
def _by_credit() -> re.Pattern[str]:
    """``rules/html_edges.toml`` ``[credits] by_phrases``: a phrase crediting a source,
    then the rest (``Provided by …``, ``Courtesy of …``)."""
    phrases = load_table("html_edges")["credits"]["by_phrases"]
    alt = "|".join(sorted(map(re.escape, phrases), key=len, reverse=True))
    return re.compile(rf"^(?:{alt})\s+(\S.{{0,80}})$", re.IGNORECASE)


def _org(s: str) -> bool:
    """A name of a person or a body: :func:`_name`, or up to eight words, the first and
    the last capitalised, the others capitalised or joining words ('University of the
    North', 'Institute for Marine Research'); a place may follow after a comma."""
    if _name(s):
        return True
    head, _, place = s.partition(", ")
    words = head.split()
    if not 2 <= len(words) <= 8 or (place and not _name(place)):
        return False
    ok = [w[0].isupper() or w in _JOINS for w in words]
    return all(ok) and words[0][0].isupper() and words[-1][0].isupper()


def source_credit(text: str) -> bool:
    """Whether the line credits the article's source by a phrase (``[credits]
    by_phrases``) naming a person or a body (:func:`_org`): a science-news article's
    closing ``Provided by …`` line is its content (the aeb ground truth keeps it), though
    its name is a link.

    >>> [source_credit(s) for s in ("Provided by Institute for Marine Research",
    ...                             "Courtesy of the artist", "Provided by you")]
    [True, False, False]
    """
    m = _by_credit().match(text.strip())
    return m is not None and _org(m.group(1).strip())


@lru_cache(maxsize=1)
def credit_labels() -> frozenset[str]:
    """``rules/html_edges.toml`` ``[credits]``: the words that label a credit."""
    return frozenset(load_table("html_edges")["credits"]["labels"])
