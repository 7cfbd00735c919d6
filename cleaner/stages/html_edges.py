"""Where the chrome line model may delete in text extracted from HTML: the edges only.

The extractor (:mod:`cleaner.ingest.html`) chose the main content from the markup, but
what sits inside the content's container above the first and below the last paragraph is
often still chrome written as plain text: ``1032人参与308评论``, ``扫码阅读全文``,
``写评论已有0条评论``, ``正文已结束，您可以按alt+4进行评论``.  The line model
(:mod:`cleaner.stages.line_model`) knows these, but on the whole of an HTML page it also
took forum replies for chrome (``大佬666``, ``直接执行 cmd 命令就可以了``), so
:data:`~cleaner.stages.boilerplate_config.BoilerplateConfig.line_model_html` stays off.
Instead, with ``line_model_html_edges``, a deletion the model decides on HTML text stands
only when the line

* lies in an edge zone: before the first or after the last prose line of the page
  (:func:`~cleaner.stages.line_features.is_prose`), never between two paragraphs;
* is short (at most :data:`EDGE_MAX_CHARS`): a control or counter bar, not a reply;
* holds a word of the prompt vocabulary (``rules/line_model.toml``) as strong evidence:
  a category that is evidence alone, or a weak one with what it needs (a digit for
  counters and bylines, a digit or separator for navigation words).

The model runs only on pages where some line passes the gate (most HTML pages have none,
and pay nothing).  A deletion that fails the gate is kept and flagged
(``boilerplate.line_model.unsure``).
Deletions that pass are recorded as ``boilerplate.line_model.html_edge`` with the model's
score.

The model was trained on Chinese pages and scores English control labels low, so the
edge zones also lose, without the model (:func:`edge_labels`, ``boilerplate.html_edge.label``),
a line that is a control's label (every word a label word of ``rules/html_edges.toml``,
one of them an action: ``Leave a Reply``, ``2 comments``, ``Subscribe``) and a
cookie-consent banner; here the zones are drawn by sentences in any script
(:func:`_sentence`), and a label or banner never counts as one.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from functools import lru_cache

from cleaner.ingest.html_controls import control_label, label_vocab
from cleaner.stages.line_features import is_prose, vocab_columns, vocabulary, weak_categories

#: A line longer than this is never deleted from HTML text by the model.
EDGE_MAX_CHARS = 40
_DIGIT = re.compile(r"\d")
#: Navigation words need a digit or a bar/breadcrumb separator ('首页 >> 新闻'); not '/':
#: a code comment ('unproxy //关闭代理') on a forum page is content.
_DIGIT_OR_SEP = re.compile(r"[\d|>»›]")
#: Prompt categories that name an action on the page (share, comment, log in, download,
#: related links, paging, navigation, counters …).  ``contact``, ``copyright``,
#: ``repost`` and ``byline`` are left out: on HTML pages footers and legal lines are the
#: extractor's (footer tags, ``[[chrome_lines]]``), a byline or source note carries the
#: metadata the split stage reads, and a forum post may well say '作者提供技术支持'.
HTML_CATEGORIES = (
    "download", "points", "vip", "share", "report", "related", "comments", "login",
    "navigation", "stats", "paging",
)  # fmt: skip


@lru_cache(maxsize=1)
def _needs() -> tuple[str | None, ...]:
    """Per vocabulary column: None (evidence alone), ``digit``, ``separator``, or
    ``never`` for a category not in :data:`HTML_CATEGORIES`."""
    weak = weak_categories()
    return tuple(weak.get(name) if name in HTML_CATEGORIES else "never" for name, _ in vocabulary())


def strong_prompt(s: str) -> bool:
    """Whether the line holds prompt vocabulary that is evidence of chrome by itself.

    >>> [strong_prompt(s) for s in ("写评论已有0条评论", "阅读 1024", "全民阅读活动")]
    [True, True, False]
    >>> [strong_prompt(s) for s in ("首页 > 新闻", "unproxy //关闭代理", "作者提供技术支持")]
    [True, False, False]
    """
    for hit, need in zip(vocab_columns(s), _needs(), strict=True):
        if not hit:
            continue
        if need is None:
            return True
        if need == "digit" and _DIGIT.search(s):
            return True
        if need == "separator" and _DIGIT_OR_SEP.search(s):
            return True
    return False


#: A shell command: a lowercase ASCII program name and its arguments (``git pull origin``).
_COMMAND = re.compile(r"[a-z][\w.-]*(?: +[-\w./:=@~]+)+$", re.A)


def _code_lead(stripped: Sequence[str], first: int) -> int:
    """The first line above ``first`` that leads into a code line under it: a line
    ending in a colon right over program code or a shell command (``相关的代码如下：``
    over ``x = f(1)``)
    starts the body, whatever cue word it holds; ``len(stripped)`` if none.

    >>> _code_lead(["标题", "相关写法如下：", "x = load(1)", "正文"], 3)
    1
    >>> _code_lead(["标题", "相关命令：", "npm run build --prod", "正文"], 3)
    1
    >>> _code_lead(["标题", "相关阅读：", "某篇文章的标题", "正文"], 3)
    4
    >>> _code_lead(["标题", "相关阅读：", "Notes From The Field", "正文"], 3)
    4
    """
    from cleaner.stages.codelines import is_code_line

    prev = -1
    for i in range(min(first, len(stripped))):
        s = stripped[i]
        if not s:
            continue
        if (
            prev >= 0
            and stripped[prev].endswith((":", "："))
            and (is_code_line(s) or _COMMAND.match(s))
        ):
            return prev
        prev = i
    return len(stripped)


def edge_gate(stripped: Sequence[str]) -> Callable[[int], bool]:
    """For one page's stripped lines: may the model's deletion of line ``i`` stand?

    >>> lines = ["标题", "1032人参与308评论", "正文第一段，写得很长很长很长很长很长很长。",
    ...          "中间一行分享一下", "正文第二段，也写得很长很长很长很长很长很长。",
    ...          "扫一扫分享到朋友圈"]
    >>> gate = edge_gate(lines)
    >>> [gate(i) for i in range(len(lines))]
    [False, True, False, False, False, True]
    """
    prose = [i for i, s in enumerate(stripped) if is_prose(s)]
    first, last = (prose[0], prose[-1]) if prose else (len(stripped), -1)
    first = min(first, _code_lead(stripped, first))

    def gate(i: int) -> bool:
        s = stripped[i]
        return (i < first or i > last) and len(s) <= EDGE_MAX_CHARS and strong_prompt(s)

    return gate


#: Rule id of a control label or consent notice deleted at an HTML page's edge.
EDGE_LABEL = "boilerplate.html_edge.label"


def consent_notice(s: str) -> bool:
    """Whether the line is a cookie-consent banner (``rules/html_edges.toml`` ``[notices]``).

    >>> consent_notice("This website uses cookies. We'll assume you're ok with this. Accept")
    True
    >>> consent_notice("Bake the cookies for 12 minutes, then let them cool.")
    False
    """
    _, _, subject, consent = label_vocab()
    low = s.casefold().replace("’", "'")
    return any(w in low for w in subject) and any(w in low for w in consent)


_SENTENCE_END = tuple('.!?;…:"”’)。！？；」』')


def _sentence(s: str) -> bool:
    """A line of running text, in any script: prose (:func:`is_prose`), or 20+ characters
    of four or more words ending like a sentence ('Any md5 or sha256 for that?')."""
    return is_prose(s) or (len(s) >= 20 and s.endswith(_SENTENCE_END) and len(s.split()) >= 4)


def edge_labels(stripped: Sequence[str]) -> list[int]:
    """The lines of an HTML page's text that are control labels or consent notices in its
    edge zones: before the first or after the last prose line (a consent notice is not
    prose for this).  Between two prose lines nothing goes: a 'Comments' heading over the
    replies of a forum thread stays with them.

    >>> lines = ["Subscribe", "A first paragraph, long enough to be prose.", "Share",
    ...          "A last paragraph, long enough to be prose.", "You must log in to reply.",
    ...          "We use cookies to improve your experience, you agree by continuing. Accept"]
    >>> edge_labels(lines)
    [0, 4, 5]
    """
    marked = {i for i, s in enumerate(stripped) if s and (control_label(s) or consent_notice(s))}
    if not marked:
        return []  # most pages: nothing to look at
    prose = [i for i, s in enumerate(stripped) if i not in marked and _sentence(s)]
    first, last = (prose[0], prose[-1]) if prose else (len(stripped), -1)
    return sorted(i for i in marked if i < first or i > last)


#: A section kicker: one capitalised Latin word, all letters upper case ('NOTICE', 'EVENTS').
_KICKER = re.compile(r"^[A-Z]{3,16}$")
#: a chip's cells: parted by a dot or a bar between spaces (half- or full-width)
_CHIP_CELLS = re.compile(r"[ \t\u3000]+[·•|｜][ \t\u3000]+")
#: a chip over the headline is at most this long
CHIP_MAX_CHARS = 40


def _chip(line: str) -> bool:
    """A badge right over a headline: opened by a pictograph (``⚠``, ``★``, ``📢``) and a
    space, two or more short cells parted by a dot or a bar, no sentence mark (a
    notice's severity tag: ``⚠ 某提示　·　程度：较大``).  A deck of words has no glyph.

    >>> _chip("⚠ 某某提示　·　影响程度：较大"), _chip("★ 推荐 | 热门")
    (True, True)
    >>> _chip("⚠ 请注意：明日停水。"), _chip("从城到乡 · 一条路的故事"), _chip("⚠ 某某提示")
    (False, False, False)
    """
    s = line.strip()
    if len(s) > CHIP_MAX_CHARS or len(s) < 3 or s[1] not in " \u3000":
        return False
    if unicodedata.category(s[0]) != "So" or re.search(r"[。！？!?；;，,]", s):
        return False
    return len([c for c in _CHIP_CELLS.split(s[2:]) if c.strip()]) >= 2


def _date_alone(line: str) -> bool:
    """``line`` is a date and little else ('May 3, 2021', '2021-05-03 09:30')."""
    from cleaner.stages.split_dates import normalise_date

    return len(line) <= 24 and normalise_date(line) is not None and not _sentence(line)


def kicker_labels(stripped: Sequence[str], headline: Sequence[str]) -> list[int]:
    """The lines of an HTML page's text that are a section's kicker right over the page's
    headline (``headline``: its ``<h1>`` or the line its ``<title>`` dresses up): one
    upper-case Latin word alone ('NOTICE' over the notice's ``<h2>``), above the first
    sentence.  It names the column, no word of the text; a kicker of words ('From the
    Archive', '从城到乡') is the piece's deck and stays.

    >>> kicker_labels(["NOTICE", "Pool Closed for Repairs", "The pool will close."],
    ...               ("Pool Closed for Repairs",))
    [0]
    >>> kicker_labels(["From the Archive", "Pool Closed", "The pool will close."], ("Pool Closed",))
    []
    >>> kicker_labels(["NOTICE", "Pool Closed for Repairs", "Text."], ())
    []

    A date alone may stand between the kicker and the headline (``'NOTICE'`` /
    ``'May 3, 2021'`` / headline); a line of words there keeps the kicker:

    >>> kicker_labels(["NOTICE", "May 3, 2021", "Pool Closed"], ("Pool Closed",))
    [0]
    >>> kicker_labels(["NOTICE", "Read this first", "Pool Closed"], ("Pool Closed",))
    []

    A badge opened by a pictograph, its cells parted by a dot (:func:`_chip`), is one too:

    >>> kicker_labels(["⚠ 某提示　·　程度：一般", "关于某事的公告", "正文。"], ("关于某事的公告",))
    [0]
    """
    if not headline:
        return []
    out: list[int] = []
    for i in range(len(stripped) - 1):
        if _sentence(stripped[i]):
            break  # the text has begun: a heading in capitals further down is the text's
        if not (_KICKER.match(stripped[i]) or _chip(stripped[i])):
            continue
        if stripped[i + 1] in headline or (
            i + 2 < len(stripped) and stripped[i + 2] in headline and _date_alone(stripped[i + 1])
        ):
            out.append(i)
    return out
