"""The page's ``<title>`` printed above the document's own title, told from the title.

Sites print their page title as the first line of the text: the document's title with
the site's dressing after it (``标题.docx_某文库``, ``标题_频道_某网``) or the site's
name before it (``某某网　标题``, ``某播客 · 标题``).  The line below keeps the title;
this copy is chrome (the split stage deletes it as ``split.page_title``).  Split out of
:mod:`cleaner.stages.split_titles`, whose title vocabulary it reads.
"""

from __future__ import annotations

import re
import unicodedata

from cleaner.stages.split_titles import SITE_MAX_CHARS, title_vocab

__all__ = ["page_title_line", "text_headline"]

_HAN = re.compile(r"[\u4e00-\u9fff]")

# what follows a document's title when a site prints its page title as the first line
_FILE_EXT = re.compile(r"\.(?:docx?|pdf|txt|pptx?|xlsx?|wps|rtf|caj)(?![A-Za-z])", re.I)
_TITLE_SEP = frozenset("_-|｜—–·")
_KIND_WORD = re.compile(r"[\u4e00-\u9fff]{1,6}")
_NOTE = re.compile(r"[（(【\[][^（()）【】\[\]]{1,12}[）)】\]]\s*")


def page_title_line(line: str, following: list[str]) -> bool:
    """Is ``line`` the page's ``<title>`` printed above the document's own title?  It
    starts with one of the next lines and goes on with a file extension or a title
    separator and the site's dressing (``标题.docx_某文库``, ``标题_频道_某网``,
    ``标题-某市政府网站``).  The lines below keep the title; this copy is chrome.

    >>> page_title_line("关于某事的通知.docx_某某文库", ["关于某事的通知", "正文。"])
    True
    >>> page_title_line("一封信_随笔_某某网", ["一封信", "正文。"])
    True
    >>> page_title_line("认识方向教学设计.doc-某某网", ["认识方向", "正文。"])
    True
    >>> page_title_line("关于某事的通知", ["关于某事的通知办法"])
    False
    >>> page_title_line("第一章 总则，说明如下", ["第一章 总则"])
    False
    >>> page_title_line("关于某事的报告（精编版）- 某某库", ["关于某事的报告", "正文。"])
    True
    >>> page_title_line("关于某事的报告（上）", ["关于某事的报告", "正文。"])
    False

    Or the site's name first (``某某网　标题``: :func:`_site_before`), or the title
    dressed in a tag or quotes and a separator glyph (:func:`_dressed`):

    >>> page_title_line("某某播客 · 一封长信", ["一封长信", "正文。"])
    True
    >>> page_title_line("【随笔】一封长信 ※ 某某站", ["某某站 ⇒ 随笔", "一封长信", "正文。"])
    True
    """
    s = line.strip()
    if len(s) > 150:
        return False
    # a stray '?' the repair stage read as punctuation ('标题？') still names the title
    stems = [raw.strip() for raw in following[:3]]
    stems += [t.rstrip("?？") for t in stems if t.endswith(("?", "？"))]
    for t in stems:
        if len(t) < 2 or len(s) <= len(t) or not s.startswith(t):
            continue
        rest = s[len(t) :].lstrip()
        # a file name may add the document's kind before its extension ('标题教案.doc')
        kind = _KIND_WORD.match(rest)
        if kind and _FILE_EXT.match(rest, kind.end()):
            rest = rest[kind.end() :]
        # a note on the file between the title and the dressing ('标题（某某版）- 某库')
        note = _NOTE.match(rest)
        if note and rest[note.end() :][:1] in _TITLE_SEP:
            rest = rest[note.end() :]
        ext = _FILE_EXT.match(rest)
        if ext:
            rest = rest[ext.end() :].lstrip()
            if not rest or rest[0] in _TITLE_SEP:
                return True
        if rest and rest[0] in _TITLE_SEP and not _PAGE_TITLE_PROSE.search(rest):
            return True
    if any(_site_before(s, t) or _dressed(s, t) for t in stems):
        return True
    # the title as printed ('标题？' a question, not a stray mark): the first part adds words
    return any(_seo_variant(s, raw.strip()) for raw in following[:3])


def site_banner(line: str, page_title: str, below: list[str]) -> bool:
    """Is ``line`` the site's banner, printed under the page's ``<title>`` line: the name
    the page title ends with after a title separator, spaced or not (``标题-某某大学某某学院``
    over ``某某大学 某某学院``)?  The name alone, never the title or a sentence, and only
    where the page title opens with the title printed in ``below`` (the name's side is the
    site's; ``某播客 · 标题`` over ``标题`` has the title at the end).

    >>> site_banner("某某大学 某某学院", "一个报告-某某大学某某学院", ["一个报告"])
    True
    >>> site_banner("某某学院", "一个报告-某某大学某某学院", ["一个报告"])
    False
    >>> site_banner("一个报告", "某某播客 · 一个报告", ["第一段。"])
    False
    """
    name = "".join(line.split())
    whole = "".join(page_title.split())
    if not 4 <= len(name) <= 30 or len(whole) <= len(name) or not whole.endswith(name):
        return False
    if _PAGE_TITLE_PROSE.search(name):
        return False
    if whole[-len(name) - 1] not in _TITLE_SEP:
        return False
    head = whole[: -len(name) - 1]
    return any(len(t) >= 2 and head.startswith(t) for t in ("".join(b.split()) for b in below))


# the parts of a page title: apart by '_', a bar, or a spaced dash
_PARTS = re.compile(r"\s*[_|｜]\s*|\s+[-–—]\s+")
_OPEN_WORD = re.compile(r"[^\w\s]")


def _seo_variant(s: str, t: str) -> bool:
    """``s`` is a page title whose first part CONTAINS the title ``t`` that stands alone
    below it: the site dressed the title in its first part too (``标题的做法_标题怎么做_
    某网``, ``卷二·标题 - 书名 - 某库``).  ``t`` opens that part or follows a mark
    (``·``), the part is little longer than ``t``, and a second part follows; a title
    inside a longer name (``关于某事的通知`` over ``某事``) is not this.

    >>> _seo_variant("某菜的做法_某菜怎么做_某某网", "某菜")
    True
    >>> _seo_variant("卷二·某志 - 某县志 - 某库", "某志")
    True
    >>> _seo_variant("关于某事的通知_某某网", "某事"), _seo_variant("某菜的做法", "某菜")
    (False, False)
    """
    if not 2 <= len(t) <= 40 or _PAGE_TITLE_PROSE.search(t) or _PARTS.search(t):
        return False
    parts = _PARTS.split(s)
    if len(parts) < 2 or not len(t) + 2 <= len(parts[0]) <= len(t) + 10:
        return False
    at = parts[0].find(t)
    return at == 0 or (at > 0 and bool(_OPEN_WORD.match(parts[0][at - 1])))


_SITE_NUMERALS = re.compile(r"[\d一二三四五六七八九十第]")


def _site_before(s: str, t: str) -> bool:
    """``s`` is the site's name, then ``t`` (``某某网　标题``, ``某播客 · 标题``): the name
    is short, holds no numeral (``第一章 总则`` over ``总则`` is a heading) and is parted
    from the title by a separator or a space, or ends in a site word (a repair may have
    taken the space: ``某某采购网标题``).

    >>> _site_before("某某播客 · 一封长信", "一封长信")
    True
    >>> _site_before("某市采购网关于某事的通知", "关于某事的通知")
    True
    >>> _site_before("关于某事的通知", "某事的通知"), _site_before("第一章 总则", "总则")
    (False, False)
    """
    if len(t) < 4 or len(s) <= len(t) or not s.endswith(t):
        return False
    head = s[: -len(t)]
    name = head.rstrip("".join(_TITLE_SEP) + " \t\u3000")
    if not 2 <= len(name) <= SITE_MAX_CHARS or _SITE_NUMERALS.search(name):
        return False
    if _PAGE_TITLE_PROSE.search(name) or not _HAN.search(name):
        return False
    return len(name) < len(head) or name.endswith(title_vocab().site_words)


_PAGE_TITLE_PROSE = re.compile(r"[，。；！？,;]")


# what opens a title a site dressed: a short tag in brackets ('【随笔】'), or a quote
# bracket around the title itself ('「标题」')
_TAG = re.compile(r"^[【\[〖［](?P<tag>[^【】\[\]〖〗［］]{1,8})[】\]〗］]\s*")
# ('《》' marks a book's name: '《书名》读后感' is a title of its own)
_QUOTES = {"「": "」", "『": "』", "“": "”"}
# a separator glyph after the title: a symbol or a punctuation mark that is no bracket,
# quote, sentence or clause mark (' ∷ ', ' ‖ ', ' ⊳ ', '·')
# ('/' parts a title from its author, '…' cuts it, '#' '@' '&' '%' belong to words)
_NO_SEP = frozenset("，。、；：！？,.;:!?'\"…‥/\\#@&%")


def _separator(ch: str) -> bool:
    cat = unicodedata.category(ch)
    return ch not in _NO_SEP and (cat in ("Sm", "So", "Sk", "Pd") or cat == "Po")


def _dressed(s: str, t: str) -> bool:
    """``s`` is the title ``t`` the site dressed for its page title: a short tag before it
    (``【栏目】标题 ‖ 某站``) or quotes around it (``「标题」某站·频道``), and after it the
    site's words, parted by any separator glyph (a symbol or a mark that is no bracket
    and ends no clause), no sentence.

    >>> _dressed("「一封长信」某某网·随笔频道", "一封长信")
    True
    >>> _dressed("一封长信 ∷ 某某网", "一封长信")
    True
    >>> _dressed("「一封长信」", "一封长信"), _dressed("一封长信，写给你 · 某网", "一封长信")
    (False, False)
    >>> _dressed("《一封长信》读后感", "一封长信")
    False
    """
    if len(t) < 4 or len(s) <= len(t) + 1 or t not in s or _PAGE_TITLE_PROSE.search(s):
        return False
    at = s.find(t)
    head, rest = s[:at], s[at + len(t) :]
    close = _QUOTES.get(head[-1:]) if head else None
    if close is not None:
        if not rest.startswith(close):
            return False
        head, rest = head[:-1], rest[1:]
        if head and not _TAG.fullmatch(head):
            return False
        # '「标题」某站·频道': the site's words at once, and a separator among them
        return 2 <= len(rest) <= SITE_MAX_CHARS * 2 and any(_separator(c) for c in rest)
    if head and not _TAG.fullmatch(head):
        return False
    rest = rest.lstrip()
    return bool(rest) and _separator(rest[0]) and 2 <= len(rest.lstrip(rest[0]).strip()) <= 40


#: A text page's own title stands this many non-empty lines under its page title at most.
HEADLINE_REACH = 10


def text_headline(stripped: list[str]) -> tuple[str, ...]:
    """A text page's headline: the line its first line (the page's ``<title>`` as saved,
    ``标题-某某网``) dresses up (:func:`page_title_line`), standing alone further down
    (under the site's menus and a row of facts).  The line model must not take it for
    an edge line: it is the document's title.

    >>> text_headline(["某事的通知-某某网", "首页 | 通知", "某事的通知", "正文。"])
    ('某事的通知',)
    >>> text_headline(["某事的通知", "正文。"]), text_headline(["某某网", "某某网"])
    ((), ())
    """
    filled = [s for s in stripped if s][: HEADLINE_REACH + 1]
    if len(filled) < 2 or len(filled[0]) > 150:
        return ()
    first = filled[0]
    for s in filled[1:]:
        if 4 <= len(s) < len(first) and first.startswith(s) and page_title_line(first, [s]):
            return (s,)
    return ()
