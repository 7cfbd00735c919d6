"""The page's headline in its text: broken over several lines, or under a banner.

A headline the page breaks over several lines is joined back from its ``<title>``:

Government and law pages set a long headline in two or three centred lines (``<br>``
between them: ``某某委员会`` / ``关于……的`` / ``决议``); the first line alone is no title.
When the page's ``<title>`` opens with the lines joined (spacing aside) and goes on only
after a separator or not at all, the joined lines are the title.

A headline under a short banner line or two (``New model now available``, a promotion
over the story's ``<h1>``) is the title, not the banner: :func:`headline_under_bars`.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from cleaner.rules.han_forms import simplify_map
from cleaner.stages.sentence_marks import FULL_STOP_MARK as _SENTENCE_END

if TYPE_CHECKING:
    from cleaner.stages.page_hints import PageHints

__all__ = ["headline_under_bars", "join_broken", "original_title"]

#: A headline is broken over at most this many lines, each at most this long.
MAX_PIECES = 5
PIECE_MAX_CHARS = 60
_AFTER = re.compile(r"^[\s_\-|｜–—·:：]")
# a cut mark closing a title (as split_titles_cut._CUT_MARK)
_CUT_END = re.compile(r"[ \t]*(?:\.{2,}|…+|。{2,}|·{3,})$")


def _key(s: str) -> str:
    return "".join(s.split())


def join_broken(title: str, body: list[str], page_title: str | None) -> str:
    """``title`` (a first line of ``body``) joined with the lines under it that the page
    title continues with, or ``title`` unchanged.

    >>> lines = ["某某市委员会", "关于修订河道管理办法的", "决定", "（五月通过）", "正文。"]
    >>> join_broken("某某市委员会", lines, "某某市委员会关于修订河道管理办法的决定_某某网")
    '某某市委员会关于修订河道管理办法的决定'
    >>> join_broken("某某市委员会", lines, "某某市委员会_首页")
    '某某市委员会'
    """
    want = _key(page_title or "")
    have = _key(title)
    if not have or len(want) <= len(have) or not want.startswith(have):
        return title
    at = next((i for i, ln in enumerate(body[:4]) if ln.strip() == title.strip()), None)
    if at is None:
        return title
    joined, key = title.strip(), have
    best = title
    for ln in body[at + 1 : at + MAX_PIECES]:
        s = ln.strip()
        if not s or len(s) > PIECE_MAX_CHARS or _CLAUSE.search(s):
            break
        if not want.startswith(key + _key(s)):
            break
        joined, key = joined + s, key + _key(s)
        rest = want[len(key) :]
        if not rest or _AFTER.match(rest):
            best = joined
    return best


#: The headline is looked for this many lines under the first; each line above it is a
#: short bar of at most this many characters.
BAR_LOOK = 2
BAR_MAX_CHARS = 60


def headline_under_bars(
    body: list[str], lead: int, hints: PageHints | None, *, single: bool
) -> int:
    """Where the title line of a one-article page is: ``lead``, or the line of the page's
    ``<h1>`` (one the ``<title>`` names: equal, or its head before a separator) when it
    stands one or two lines under ``lead`` below short, sentence-less bars.

    >>> from cleaner.stages.page_hints import PageHints
    >>> h = PageHints(title="Harbour Bridge Reopens After Repairs | City News",
    ...               h1="Harbour Bridge Reopens After Repairs")
    >>> body = ["New Ferry Timetable Out Now", "Harbour Bridge Reopens After Repairs", "Text."]
    >>> headline_under_bars(body, 0, h, single=True)
    1
    >>> headline_under_bars(body, 0, PageHints(title="City News", h1="City News"), single=True)
    0
    """
    if not single or hints is None or not hints.h1:
        return lead
    from cleaner.ingest.html_head import headline_of

    h1 = hints.h1.strip()
    if headline_of(hints.title, h1) != h1:
        return lead
    for k in range(lead + 1, min(len(body) - 1, lead + 1 + BAR_LOOK)):
        if body[k].strip() != h1:
            continue
        above = [ln.strip() for ln in body[lead:k]]
        if all(len(a) <= BAR_MAX_CHARS and not _CLAUSE.search(a) for a in above):
            return k
        break
    return lead


# the site's note of the story's original title: '（原标题：某某）', '本文原标题：《某某》'
_ORIGINAL = re.compile(
    r"^[（(【\[]?\s*(?:本文)?原(?:标题|標題|題)(?:为|為|是)?\s*[:：]?\s*(?P<q>[《“\"「])?(?P<t>.+?)"
    r"[》”\"」]?\s*[）)】\]]?$"
)
# the closing mark of each quote that may hold the original title
_CLOSE = {"《": "》", "“": "”", '"': '"', "「": "」"}
# what may follow a title's closing quote and be no part of it: nothing, a bracketed note
# (a document's number, '（修订稿）'); or a gap or a digit (an issue, a date)
_NOTE_OPEN = ("", "（", "(", "〔", "[", "【", "［")
_NO_QUOTES = str.maketrans("", "", '《》“”"「」')


#: A title's words after its closing quote are at most this many (``十问十答``).
CONTINUATION_MAX_CHARS = 16
# a clause mark; also the test of a broken headline's pieces and the bars over it
# (join_broken, headline_under_bars): a first definition of the name, the sentence marks
# ([。！？；;!?]), stood above them but was rebound here before any call read it
_CLAUSE = re.compile(r"[，,、；;]")
# a clause of the words after a title's quote: a run between clause marks, colons, gaps
_CLAUSE_RUN = re.compile(r"[^，,、；;：:\s]+")


@lru_cache(maxsize=1)
def _credit_words() -> tuple[str, ...]:
    """Source and credit words (``记者``, ``转自``: ``[meta] original_title_credits`` of
    headers.toml): no title's words."""
    from cleaner.rules import load_table

    return tuple(load_table("headers")["meta"]["original_title_credits"])


@lru_cache(maxsize=1)
def _credit_ends() -> tuple[str, ...]:
    """Credit words that close a clause after a mark (``，某客户端转载``: ``[meta]
    original_title_credit_ends`` of headers.toml)."""
    from cleaner.rules import load_table

    return tuple(load_table("headers")["meta"]["original_title_credit_ends"])


def _continuation(rest: str, stem: str, quoted: int) -> bool:
    """Do the words ``rest`` after a title's closing quote go on with the title: short,
    no sentence mark, no clause mark right after the quote that the page's own title
    ``stem`` does not print (a note parted from the title: '”，记者某某报道'), and no
    clause of words the stem does not show (past its ``quoted`` letters) that opens with
    a source or credit word (``记者``, ``来源``, ``文/``) or, after a mark, ends with one
    (``报道``) or a source's name (``某某网``, ``某某台``, ``某台消息``, ``某某摄``).

    >>> _continuation("十问十答", "某县河道保护条例", 8), _continuation("。", "江边", 9)
    (True, False)
    >>> _continuation("，记者某某报道", "江边新码头", 9), _continuation("来源某某晚报", "江边", 5)
    (False, False)
    >>> _continuation("之后，课后服务", "双减之后，课后", 2)
    True

    Words the stem prints are the title's, credit words among them or not; a clause
    of the title's own goes on after a comma:

    >>> _continuation("作者后人来到吴江讲述往事", "《乡土中国》作者后人", 4)
    True
    >>> _continuation("解读，一图看懂", "《某某条例》解读", 4)
    True
    >>> _continuation("解读，某某报道", "《某某条例》解读", 4)
    False

    A source's name or a dateline's word closing a clause after a mark is a credit too:

    >>> _continuation("解读，某某网", "《某某条例》解读", 4)
    False
    >>> _continuation("启用，某台消息", "江边启用", 2)
    False
    """
    if len(rest) > CONTINUATION_MAX_CHARS or _SENTENCE_END.search(rest):
        return False
    shown = max(len(stem.translate(_NO_QUOTES)) - quoted, 0)
    if shown == 0 and _CLAUSE.match(rest):
        return False
    folded = rest.translate(simplify_map())
    credits = _credit_words()
    for m in _CLAUSE_RUN.finditer(folded):
        if m.start() < shown:
            continue  # the stem prints its opening: the title's own words
        if m[0].startswith(credits) or (m.start() > 0 and m[0].endswith(_credit_ends())):
            return False
    return True


def original_title(stem: str, lines: list[str]) -> str | None:
    """The original title a line near the top notes (``本文原标题：《…》``) when it goes on
    from ``stem``, the title the site cut with a mark: the whole of it.

    >>> original_title("某县新桥通车！两岸", ["本文原标题：《某县新桥通车！两岸出行更方便》"])
    '某县新桥通车！两岸出行更方便'
    >>> original_title("某县新桥通车！两岸", ["（原标题：另一件事）"]) is None
    True

    A title in its quotes is the quotes' span: a note after them (a document's number)
    is no part of it; a traditional page's ``原標題`` is read alike.

    >>> note = "原标题：《某市渡口管理办法（试行）》（某府发〔2019〕3号）"
    >>> original_title("某市渡口管理", [note])
    '某市渡口管理办法（试行）'
    >>> original_title("江邊新碼頭即將", ["本文原標題：《江邊新碼頭即將開通》"])
    '江邊新碼頭即將開通'

    A title that goes on after its closing quote keeps its quotes and all its words:

    >>> original_title("某县河道保护条例", ["原标题：《某县河道保护条例》十问十答"])
    '《某县河道保护条例》十问十答'
    >>> original_title("双减之后，课后", ["原标题：“双减”之后，课后服务怎么办"])
    '“双减”之后，课后服务怎么办'
    """
    for raw in lines:
        m = _ORIGINAL.match(raw.strip())
        if m is None:
            continue
        title, q = m["t"], m["q"]
        if q is not None and (end := title.find(_CLOSE[q])) > 0:
            rest = title[end + 1 :]
            if (
                rest[:1].isspace()
                or rest.strip()[:1] in _NOTE_OPEN
                or rest[:1].isdigit()
                or not _continuation(rest, stem, len(title[:end].translate(_NO_QUOTES)))
            ):
                title = title[:end]  # '《某某办法》（某发〔2019〕3号）': the quotes' span
            else:
                title = q + title  # '《某某办法》政策解读': the quotes are the title's own
        full = _CUT_END.sub("", title.strip()).rstrip()
        bare = full.translate(_NO_QUOTES)
        if len(bare) > len(stem) and bare.startswith(stem.translate(_NO_QUOTES)):
            return full
    return None
