"""What an HTML page declares about itself outside its text: publish date, site name, h1,
application name, and which parts of its title are the names its chrome shows.

Only 1 of 75 real HTML pages got a publish date when dates were looked for in the text
alone; news and CMS pages declare it (:mod:`cleaner.ingest.html_dates`).
The split stage receives these as :class:`~cleaner.stages.page_hints.PageHints`.
The title read against the breadcrumb trail is :mod:`cleaner.ingest.html_crumbs`, the
head's keywords against a tag row :mod:`cleaner.ingest.html_keywords`.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from cleaner.ingest.html_dates import published
from cleaner.rules import load_table

_WS = re.compile(r"\s+")


def _squash(text: str) -> str:
    """Runs of white space as one space, but a lone ideographic space as the page shows
    it: a CJK headline parts its two halves with one (``标题前半　后半``), and the visible
    ``<h1>`` line keeps it, so the title taken from the head must match that line.

    >>> _squash("前半　后半 |  站点 ")
    '前半　后半 | 站点'
    """
    return _WS.sub(lambda m: m.group() if m.group() == "\u3000" else " ", text).strip()


#: <meta name=…> tags that name the site or app: its name in title suffixes
_APP_META = ("application-name", "apple-mobile-web-app-title")


def head_meta(soup: Any, title: str | None = None) -> dict[str, str]:
    """What the page declares outside its text: ``published`` (YYYY-MM-DD,
    :func:`cleaner.ingest.html_dates.published`), ``site_name`` (``og:site_name``),
    ``app_name`` (``application-name``, ``apple-mobile-web-app-title``; tab-separated)
    and ``h1`` (the first heading with a word in it, else JSON-LD's headline)."""
    out: dict[str, str] = {}
    if date := published(soup, title):
        out["published"] = date
    tag = soup.find("meta", attrs={"property": "og:site_name"})
    if tag is not None and tag.get("content"):
        out["site_name"] = _WS.sub(" ", str(tag["content"])).strip()
    apps = []
    for name in _APP_META:
        tag = soup.find("meta", attrs={"name": name})
        if tag is not None and tag.get("content"):
            apps.append(_WS.sub(" ", str(tag["content"])).strip())
    if apps:
        out["app_name"] = "\t".join(dict.fromkeys(a for a in apps if a))
    if h1 := _headline(soup):
        out["h1"] = h1
    return out


_WORD = re.compile(r"\w")
# JSON-LD's headline, or the name of the question a Q&A page is about
_LD_HEADLINE = re.compile(
    r'"headline"\s*:\s*"([^"]{4,300})"|"@type"\s*:\s*"Question"\s*,\s*"name"\s*:\s*"([^"]{4,300})"'
)


#: A category link's text in front of a heading: ``[经验分享]``, ``【求助】``, ``[Guide]``.
_TAG_TEXT = re.compile(r"^[\[【〔［][^\]】〕］]{1,12}[\]】〕］]$")


def _heading_text(h1: Any) -> str:
    """The text of a heading without the category link a forum puts in front of the
    thread's subject (Discuz, phpBB: ``<h1><a href=…typeid…>[经验分享]</a> 标题</h1>``):
    a leading link whose whole text is one bracketed label names the board's thread type,
    not the headline.  A bracketed label that is not a link (``【视频】标题``) stays."""
    text = _squash(h1.get_text(" "))
    first = next((c for c in h1.children if not (isinstance(c, str) and not c.strip())), None)
    if first is not None and getattr(first, "name", None) == "a":
        tag = _WS.sub(" ", first.get_text(" ")).strip()
        rest = text[len(tag) :].strip() if text.startswith(tag) else ""
        if _TAG_TEXT.match(tag) and _WORD.search(rest):
            return rest
    return text


def _headline(soup: Any) -> str | None:
    """The first ``<h1>`` with a letter or digit in it (not an icon: ``⯈``; without a
    forum's thread-type link, :func:`_heading_text`), else the headline the page's
    JSON-LD declares (``headline``, a ``Question``'s ``name``)."""
    for h1 in soup.find_all("h1", limit=20):
        text = _heading_text(h1)
        if _WORD.search(text):
            return text
    for script in soup.find_all("script", attrs={"type": "application/ld+json"}, limit=5):
        if m := _LD_HEADLINE.search(script.string or ""):
            return _WS.sub(" ", m.group(1) or m.group(2)).strip() or None
    return None


def title_and_url(soup: Any) -> tuple[str | None, str | None]:
    """The page's title (``og:title``, ``twitter:title``, ``<title>``, else the first
    ``<h1>``) and the URL it declares (canonical link, else ``og:url``)."""
    title = None
    url = None
    for attrs in ({"property": "og:title"}, {"name": "twitter:title"}):
        tag = soup.find("meta", attrs=attrs)
        if tag and tag.get("content"):
            title = _squash(str(tag["content"]))
            break
    if not title and soup.title and soup.title.string:
        title = _squash(str(soup.title.string))
    if not title:
        h1 = soup.find("h1")
        if h1 is not None:
            title = _heading_text(h1) or None
    link = soup.find("link", rel="canonical")
    if link and link.get("href"):
        url = str(link["href"])
    else:
        tag = soup.find("meta", attrs={"property": "og:url"})
        if tag and tag.get("content"):
            url = str(tag["content"])
    return title or None, url


@lru_cache(maxsize=1)
def _post_wrapper() -> re.Pattern[str]:
    """The ``<title>`` a microblog platform wraps a post in (``[titles] post_platforms`` in
    ``headers.toml``): ``<platform> 上的 <user>：“<post>” / <platform>`` or
    ``<user> on <platform>: "<post>" / <platform>``."""
    names = "|".join(re.escape(p) for p in load_table("headers")["titles"]["post_platforms"])
    return re.compile(
        rf"(?:(?P<p1>{names})\s*上的\s*(?P<u1>[^：:“”\"]{{1,60}}?)\s*[：:]"
        rf"|(?P<u2>[^“”\"]{{1,60}}?)\s+on\s+(?P<p2>{names})\s*[：:])"
        r"\s*[“\"](?P<post>.+)[”\"]\s*/\s*(?P<p3>\S+)"
        # the user's page after the post: '<post> - @<user>的<platform> - <platform>'
        rf"|(?P<post2>.+?)\s*[-–—|｜_]\s*@(?P<u3>[^\s@]{{1,30}})的(?P<p4>{names})"
        r"\s*[-–—|｜_]\s*(?P<p5>\S+)",
        re.S,
    )


def posted_title(title: str) -> tuple[str, str] | None:
    """``(user, post)`` when ``title`` is a microblog
    platform's wrapper around a post (the platform named before and after), else None:
    the page's title is the post's text, its poster a name for the author.

    >>> posted_title("X 上的 小林：“周末和朋友去爬山！⛰️” / X")
    ('小林', '周末和朋友去爬山！⛰️')
    >>> posted_title('Port Town Ferries on X: "Ferry to the isle resumes at 9" / X')
    ('Port Town Ferries', 'Ferry to the isle resumes at 9')
    >>> posted_title("小林：“周末去爬山” / 某某网") is None
    True
    >>> posted_title('Life on Mars: "a review" / Mars') is None
    True

    The user's page after the post (the post maybe cut short by the platform):

    >>> posted_title("【江边新桥今日通车】市民... - @江城快讯的微博 - 微博")
    ('江城快讯', '【江边新桥今日通车】市民...')
    >>> posted_title("新桥通车 - @江城快讯的博客 - 江城网") is None
    True
    """
    m = _post_wrapper().fullmatch(title.strip())
    if not m or ((m["p1"] or m["p2"]) != m["p3"] and (not m["p4"] or m["p4"] != m["p5"])):
        return None
    user = (m["u1"] or m["u2"] or m["u3"]).strip()
    post = _squash(m["post"] or m["post2"])
    return (user, post) if user and post else None


def headline_of(title: str | None, h1: str | None) -> str:
    """The page's headline: the ``<h1>`` when the ``<title>`` is that h1 plus parts after
    a separator (``标题_站点``, ``标题 - 频道 - 站点``), else the ``<title>``.  An h1 that is
    not the title's head (a logo ``<h1>站点</h1>``) is not taken.

    >>> headline_of("江边新桥通车_某某在线", "江边新桥通车")
    '江边新桥通车'
    >>> headline_of("江边新桥通车_某某在线", "某某在线")
    '江边新桥通车_某某在线'

    The site's name may close the title in brackets of its own (``标题【某某网】``):

    >>> headline_of("江边新桥通车【某某在线】", "江边新桥通车")
    '江边新桥通车'
    >>> headline_of("江边新桥通车【图】配文", "江边新桥通车")
    '江边新桥通车【图】配文'
    """
    t = (title or "").strip()
    h = (h1 or "").strip()
    if h and t != h and t.startswith(h):
        rest = t[len(h) :]
        if _HEAD_SEP.match(rest) or _BRACKET_TAIL.match(rest):
            return h
    return t


#: the marks that part a ``<title>``'s headline from its site's name
_TITLE_PARTS = re.compile(r"[-－–—|｜_·:：]")


def name_over_h1(title: str | None, h1: str | None, first: str) -> bool:
    """The ``<title>`` is the site's name alone (``某某论坛``) or a short form of the
    headline, over a text that opens with the page's own ``<h1>``: one part (no
    separator), shorter than the h1 and neither holding the other.  Such a ``<title>`` is
    put over no text: the h1 is the headline, and a site's name over it would become the
    title.  A column's ``<h1>`` over the text is shorter than the ``<title>`` headline, and
    a logo ``<h1>`` does not open the text: both still get the ``<title>`` over the text.

    >>> name_over_h1("某某论坛", "我们的系统设计理念", "我们的系统设计理念")
    True
    >>> name_over_h1("关于做好防汛工作的通知", "通知公告", "通知公告")
    False
    >>> name_over_h1("某某论坛", "我们的系统设计理念", "正文第一段。")
    False
    >>> name_over_h1("设计理念 - 某某论坛", "我们的系统设计理念", "我们的系统设计理念")
    False
    """
    t, h = (title or "").strip(), (h1 or "").strip()
    if not t or not h or first.strip() != h or _TITLE_PARTS.search(t):
        return False
    return len(t) < len(h) and t not in h and h not in t


#: What an entry's ``<title>`` adds to its ``<h1>`` before the site's name: a qualifier
#: in round brackets (``词条（某地的镇）_某某百科``, ``Entry (town) - Site``), which tells
#: this entry from others of the same name, then a separator or the end
_QUALIFIED = re.compile(r"^\s*[（(][^（()）]{1,40}[)）](?:\s*$|\s*[-－–—|｜_·]+\s*\S)")


def qualified_headline(title: str | None, h1: str | None) -> bool:
    """The ``<title>`` is the ``<h1>`` with a bracketed qualifier after it (and the site's
    parts): the h1 is the page's headline, as :func:`headline_of` takes it from a plain
    ``标题_站点``.

    >>> qualified_headline("青石桥（某县的古桥）_某某百科", "青石桥")
    True
    >>> qualified_headline("青石桥（某县的古桥）", "青石桥")
    True

    A bracket that goes on into more words is part of the title, not a qualifier:

    >>> qualified_headline("青石桥（上）修缮记_某某网", "青石桥")
    False
    >>> qualified_headline("青石桥_某某网", "青石桥")
    False
    """
    t = (title or "").strip()
    h = (h1 or "").strip()
    return bool(h) and t != h and t.startswith(h) and _QUALIFIED.match(t[len(h) :]) is not None


#: A headline without an ``<h1>`` is looked for among this many first visible lines.
HEADLINE_SCAN = 200


def visible_headline(title: str | None, h1: str | None, texts: list[str]) -> str | None:
    """When no ``<h1>`` names the headline, the first visible line (of the first
    :data:`HEADLINE_SCAN`) that the ``<title>`` dresses up (``<div class="art-title">``
    under ``标题_站点``), or None.

    >>> visible_headline("渡口新船下水_某某在线", None, ["首页", "渡口新船下水", "正文。"])
    '渡口新船下水'

    An old site puts its name FIRST (``某某网--渡口新船下水``): a visible line the title
    ends with after a separator, longer than the name before it, is the headline too, also
    when the name is a visible line of its own (the logo's).

    >>> visible_headline("某某网--渡口新船下水", None, ["某某网", "渡口新船下水", "正文。"])
    '渡口新船下水'
    >>> visible_headline("某某网--渡口新船下水", None, ["某某网站", "渡口新船下水", "正文。"])
    '渡口新船下水'
    >>> visible_headline("渡口新船下水_某某在线", None, ["某某在线", "正文。"]) is None
    True
    """
    if not title or headline_of(title, h1) != title:
        return None
    head = next(
        (t for t in texts[:HEADLINE_SCAN] if t and len(t) >= 4 and headline_of(title, t) == t),
        None,
    )
    t = title.strip()
    if head is not None:
        rest = t[len(head) :].lstrip(_SEP_CHARS + " ")
        if head.endswith(_site_words()) and len(rest) > len(head) and rest in texts[:HEADLINE_SCAN]:
            return rest  # '某某网--标题': the site's name line opens the title, not its head
        return head
    for line in texts[:HEADLINE_SCAN]:
        if line and len(line) >= 4 and t != line and t.endswith(line):
            name = t[: -len(line)]
            if _SITE_FIRST.search(name) and len(name.rstrip(_SEP_CHARS + " ")) < len(line):
                return line
    return None


@lru_cache(maxsize=1)
def _site_words() -> tuple[str, ...]:
    """Endings of a site's name (``[titles] site_words`` in ``headers.toml``: '网', '在线')."""
    return tuple(load_table("headers")["titles"]["site_words"])


_SEP_CHARS = "-–—|｜_·>»"
#: the site's name and a separator before the headline (``某某网--``, ``某某网 | ``)
_SITE_FIRST = re.compile(r"\S\s*[-–—|｜_·>»]+\s*$")


#: What follows the headline in a ``<title>``: a separator, spaced or glued to any name
#: (``标题-EDN 电子技术设计``: the headline is a line of the page, so a glued hyphen is safe)
_HEAD_SEP = re.compile(r"\s*[-－–—|｜_·]+\s*\S")
#: ... or a name in lenticular or square brackets closing the title (``标题【某某网】``)
_BRACKET_TAIL = re.compile(r"^\s*[【〖［\[][^】〗］\]【〖［\[]{2,30}[】〗］\]]\s*$")


#: A first line that holds the title is a title line when it is at most this many
#: characters longer than the title, or goes on after a separator ('Title | Section').
TITLE_LINE_SLACK = 40
_GOES_ON = re.compile(r"^\s*[-–—|｜:：·_/»>]")


def holds_title(first: str, title: str) -> bool:
    """Whether ``first`` is a title line holding ``title`` ('BREAKING: Headline',
    'Headline | Section | Sport'), not a paragraph that opens with it ('Headline!  The
    paragraph goes on …', a blog post that repeats its headline as its first words).

    >>> holds_title("BREAKING: Release 2.0 is out", "Release 2.0 is out")
    True
    >>> holds_title("Release 2.0 is out! Release 2.0 brings a faster parser, a new "
    ...              "plugin system and many fixes.", "Release 2.0 is out!")
    False
    """
    if title not in first:
        return False
    if len(first) <= len(title) + TITLE_LINE_SLACK or not first.startswith(title):
        return True
    return bool(_GOES_ON.match(first[len(title) :]))


#: The separators of title parts: 'Headline - Site', '标题_站点', '标题|站点'.
TITLE_SEP = re.compile(r"\s[-–—|｜·]+\s|[_|｜–—]+|-+(?=[^\x00-\x7f])")
#: A title part named in the page's chrome is at most this long.
TAIL_MAX_CHARS = 40


def title_tails(
    title: str | None, visible: str, drops: tuple[tuple[int, int, str], ...]
) -> str | None:
    r"""The last parts of the title (after separators) that the page's chrome shows too.

    A site names itself in its chrome (logo text, menu, copyright line): a title part
    found in the lines the extractor dropped, and not in what it kept, is the site's
    name, not the headline's.  Tab-separated, or None.

    >>> vis = "EDN 电子技术设计 首页\n芯片发布\n正文。"
    >>> title_tails("芯片发布 - EDN 电子技术设计", vis, ((0, 14, "extract.skip_tag"),))
    'EDN 电子技术设计'
    >>> title_tails("歌名 - 歌手 (曲名 - 歌手)", "歌手)\n歌名", ((0, 4, "extract.skip_tag"),))
    """
    if not title or not drops:
        return None
    parts = [p.strip() for p in TITLE_SEP.split(title)]
    if len(parts) < 2:
        return None
    dropped = " ".join(_WS.sub(" ", visible[a:b]) for a, b, _ in drops)
    kept = _WS.sub(" ", "".join(visible[a:b] for a, b in _gaps(len(visible), drops)))
    found = [
        p
        for p in parts[1:][-3:]
        if 2 <= len(p) <= TAIL_MAX_CHARS and _balanced(p) and p in dropped and p not in kept
    ]
    if any(not _balanced(p) for p in parts):
        return None  # a separator inside brackets: '歌名 - 歌手 (曲名 - 歌手)'

    return "\t".join(found) or None


def title_part(title: str, line: str) -> bool:
    """Whether ``line`` is the head of ``title`` or most of one part of it (``Headline -
    Site``, ``Site | Headline``, ``【独家】Headline_Site``), not a word inside it: a
    section label over the headline (``<h4>Germany</h4>`` over ``<h1>Berlin confronts
    Germany's past</h1>``) is a word of the title, not the title.

    >>> title_part("Berlin confronts its past | DW", "Berlin confronts its past")
    True
    >>> title_part("新华网 - 江边新桥今天通车", "江边新桥今天通车")
    True
    >>> title_part("【独家】江边新桥今天通车_某某网", "江边新桥今天通车")
    True
    >>> title_part("Berlin confronts Germany's past | DW", "Germany")
    False
    >>> title_part("Berlin confronts its past | DW", "Berlin")
    False
    """
    s = line.strip()
    if not s:
        return False
    t = title.strip()
    if t == s or (t.startswith(s) and _HEAD_SEP.match(t[len(s) :])):
        return True
    return any(s in p and len(s) * 2 >= len(p.strip()) for p in TITLE_SEP.split(title))


def broken_head(title: str, heads: list[str]) -> str | None:
    """The headline a page breaks over its first heading lines (``<h1>甲<br>乙</h1>``)
    when the ``<title>`` holds them joined: the whole title, or one part of it, or its
    head before a separator; else None.  Lines are joined without a space between two
    Han letters and with one elsewhere.

    >>> broken_head("江边新桥今天通车_某某网", ["江边新桥", "今天通车", "正文。"])
    '江边新桥今天通车'
    >>> broken_head("Bridge opens today | City", ["Bridge opens", "today"])
    'Bridge opens today'
    >>> broken_head("江边新桥今天通车_某某网", ["江边新桥", "某某网"]) is None
    True
    """
    parts = [p.strip() for p in TITLE_SEP.split(title) if p.strip()]
    keys = {"".join(p.split()) for p in [title, *parts]}
    joined = heads[0].strip() if heads else ""
    best = None
    for line in heads[1:4]:
        s = line.strip()
        if not s or not joined:
            break
        gap = "" if _HAN.match(joined[-1]) and _HAN.match(s[0]) else " "
        joined = joined + gap + s
        key = "".join(joined.split())
        if not any(k.startswith(key) for k in keys):
            break
        if key in keys:
            best = joined
    return best


_HAN = re.compile(r"[\u4e00-\u9fff]")


def _gaps(n: int, drops: tuple[tuple[int, int, str], ...]) -> list[tuple[int, int]]:
    out = []
    pos = 0
    for a, b, _ in drops:
        out.append((pos, a))
        pos = b
    out.append((pos, n))
    return out


_OPEN, _CLOSE = "([{（【《「", ")]}）】》」"


def _balanced(s: str) -> bool:
    """Whether every bracket the part opens it also closes (and the reverse)."""
    return all(s.count(o) == s.count(c) for o, c in zip(_OPEN, _CLOSE, strict=True))


#: A line the title quotes is at least this many letters long (spacing, punctuation and
#: emoji aside): a short line inside a long title is a word of it, not the post.
QUOTED_MIN_LETTERS = 20


def _letters(s: str) -> str:
    return "".join(ch for ch in s.casefold() if ch.isalnum())


def quotes_line(title: str, line: str) -> bool:
    """Whether ``title`` holds ``line`` whole, letters and digits compared (spacing,
    punctuation, quote marks and emoji aside): a microblog titles a post with its text
    (``某人：“今天天气真好！🌞 …” / X``), the body gives the same text without the emoji.

    >>> quotes_line("X 上的 小林：“周末和朋友去爬山，山顶的风景太美了！⛰️ 下次还要再来” / X",
    ...             "周末和朋友去爬山，山顶的风景太美了！ 下次还要再来")
    True
    >>> quotes_line("周末去爬山的五个建议 - 户外网", "周末去爬山")
    False
    """
    key = _letters(line)
    return len(key) >= QUOTED_MIN_LETTERS and key in _letters(title)
