"""Article titles: from a header, the body's first line, or what the HTML page declared.

The title an article gets is the header's title, or the first line of its body (for an
HTML page the reader puts the page ``<title>``, or the ``<h1>`` when the title is empty,
in front of the body).  Sites dress titles up; :func:`clean_title` undoes it, one named
step each, so the split stage can record every step as a ``split.title.<step>`` flag:

* ``counter_prefix``: an unread/notification counter in front of the title
  (``(99+ 封私信 / 87 条消息) 标题``, ``(2 new messages) Title``); a bare ``(3) Title`` only
  when the page's ``<h1>`` does not carry the number;
* ``markdown``: a leading ``#``;
* ``original_wrapper``: ``原标题：`` in front of the real title;
* ``timestamp``: a publish time glued to the end (``标题2023-01-05 10:20``);
* ``site_suffix``: ``…-新华网``, ``…_澎湃新闻``, ``…|游民星空``, ``Title - Site``: the last
  part after ``-``, ``_``, ``|``, ``–``, ``—`` when it names a site (ends in a site word,
  is a domain, or is the site name the page declares);
* ``site_suffix_repeat``: the same, when the last part is one the page's site (or
  template) repeats at the end of many titles in the batch (``site_suffixes``, counted
  with the site profiles: :func:`cleaner.stages.site_judge.title_suffixes`);
* ``site_suffix_h1``: an HTML page's ``<title>`` is its ``<h1>`` plus parts after
  separators (``标题 - 栏目 - 论坛 - Powered by …``, ``Title | Section | Site``): the
  title is cut back to the part that is the ``<h1>``;
* ``site_suffix_name``: the last part is a name the page gives itself elsewhere: the
  site or application name it declares (``og:site_name``, ``application-name``, however
  long), its host (``Ruby China`` on ruby-china.org, ``Wikipedia`` on en.wikipedia.org),
  or text of the page's chrome (the extractor's dropped lines hold ``EDN 电子技术设计``);
* ``site_suffix_underscore``: a short all-letters part after ``_`` at the end of a
  Chinese headline that ends like a sentence (``…封闭！_网易订阅``);
* ``stray_question``: a ``?`` at the end that stood for a space (no question word);
* ``badge_prefix``: a short badge glued in front of the headline line (``原创标题``) when
  the rest is the page's whole ``<title>``;
* ``type_label``: a forum thread's type label in front (``[经验分享] 标题``) when the page's
  ``<h1>`` is the title without it (the label was a link to the board's thread type).

Titles the site cut short (``…``, ``...``, or cut mid-word) are completed from a heading
near the top of the body that opens with them (:mod:`cleaner.stages.split_titles_cut`).
The title never edits the text, so the rebuild stays byte-exact.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import PurePath

from cleaner.rules import load_table
from cleaner.stages.page_hints import PageHints as PageHints
from cleaner.stages.split_dates import YMD_DAY


@dataclass(frozen=True, slots=True)
class TitleVocab:
    site_words: tuple[str, ...]
    question_words: tuple[str, ...]
    counter_words: tuple[str, ...] = ()
    badge_words: tuple[str, ...] = ()
    latin_site_words: tuple[str, ...] = ()
    head_site_endings: tuple[str, ...] = ()


@lru_cache(maxsize=1)
def title_vocab() -> TitleVocab:
    t = load_table("headers")["titles"]
    return TitleVocab(
        tuple(t["site_words"]),
        tuple(t["question_words"]),
        tuple(t.get("counter_words", ())),
        tuple(t.get("badge_words", ())),
        tuple(t.get("latin_site_words", ())),
        tuple(t.get("head_site_endings", ())),
    )


_MARKDOWN = re.compile(r"^#{1,6}\s+")
_WRAPPER = re.compile(r"^\s*[【\[（(]?\s*原标题\s*[:：]\s*[】\]）)]?\s*")
# a title row's own label before the title: '【标题】…', '[題名] …', '标题：…' (news-crawler
# exports and archive cards print the field's name; simplified and traditional forms)
_LABEL = re.compile(
    r"^\s*(?:[【\[〔［]\s*(?:标题|標題|题目|題目|题名|題名)\s*[】\]〕］]\s*[:：]?"
    r"|(?:标题|標題|题名|題名)\s*[:：])\s*(?=\S)"
)


# an issue's tag cell before a title: 'Vol.7｜', 'EP 12 | ', '第7期｜' (labelled_title)
_ISSUE_CELL = re.compile(
    r"^\s*(?:(?:Vol|VOL|vol|EP|Ep|ep|No|NO)\.?\s*\d{1,4}|第\s*\d{1,4}\s*[期集])"
    r"\s*[|｜]\s*(?=\S)"
)

# what a labelled title row opens with (a cheap gate before the pattern)
_LABEL_START = frozenset("【[〔［标標题題VvEeNn第 \t\u3000")


def labelled_title(line: str) -> str | None:
    """The title a row labelled as the title holds (``【标题】某事`` → ``某事``), or None.

    >>> labelled_title("【标题】某地新桥通车"), labelled_title("標題：舊事一則")
    ('某地新桥通车', '舊事一則')
    >>> labelled_title("标题党不可取，读者说。") is None
    True

    An issue's number in a cell before the title (``Vol.7｜某事``, ``EP 12 | 某事``,
    ``第7期｜某事``: a series' episode tag row) holds the title the same way; a number
    alone before a bar (``2021｜某事``) is no tag.

    >>> labelled_title("Vol.7｜某地的旧书店"), labelled_title("第7期 | 某地的旧书店")
    ('某地的旧书店', '某地的旧书店')
    >>> labelled_title("2021｜某地的旧书店"), labelled_title("Vol.7 某地的旧书店")
    (None, None)
    """
    m = _LABEL.match(line) or _ISSUE_CELL.match(line)
    if m is None:
        return None
    rest = line[m.end() :].strip()
    return rest if 0 < len(rest) <= 80 and not re.search(r"[。！？]", rest) else None


_STAMP = re.compile(rf"\s*{YMD_DAY}" r"(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?$")
# the last part after a separator: '标题_澎湃新闻', 'Title - Site', '标题|游民星空'
_SEP = r"\s[-–—|｜·]+\s|[_|｜–—]+|-+(?=[^\x00-\x7f])"
_SEP_RX = re.compile(_SEP)


def split_suffix(s: str) -> tuple[str, str] | None:
    """``(head, last part)`` around the last separator (one linear scan), or None."""
    last = None
    for last in _SEP_RX.finditer(s):  # noqa: B007 (the last match is the one wanted)
        pass
    if last is None or last.start() == 0:
        return None
    return s[: last.start()].rstrip(), s[last.end() :].strip()


_DOMAIN = re.compile(r"(?i)^(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|cn|net|org|gov|edu)\S*$")
_HAN = re.compile(r"[\u4e00-\u9fff]")
# a title without any of these has nothing for clean_title to remove
_TRIGGER = re.compile(r"[#原\-_|｜–—·?]|\d{4}|^\s*[(（\[]\s*\d")
# '(99+ 封私信 / 87 条消息) ': a bracketed group in front, then the title
_PREFIX = re.compile(r"^\s*[(（\[]([^()（）\[\]]{1,40})[)）\]]\s*")
# one counter of the group: a number (with '+' for 'more than'), then a few words
_COUNT = re.compile(r"^\s*(\d{1,4})(\+?)\s*((?:[^\W\d_]+\s*){0,3})$")


_QUOTES = str.maketrans("‘’‚‛“”„＂＇", "''''\"\"\"\"'")
_NOT_ALNUM = re.compile(r"[\W_]+")
#: A declared name may be this long; an undeclared one this long at most.
NAME_MAX_CHARS = 60
SITE_MAX_CHARS = 20
#: ``site_suffix_underscore``: the part after ``_`` is 2 to this many letters.
UNDERSCORE_MAX_CHARS = 10
_LETTERS_ONLY = re.compile(r"^[^\W\d_](?:[^\W\d_]| (?=[^\W\d_]))*$")


def _norm(s: str) -> str:
    """Comparison key: case, quote style and spacing do not count."""
    return "".join(s.translate(_QUOTES).casefold().split())


def _host_key(name: str) -> str:
    return _NOT_ALNUM.sub("", name.casefold())


def _is_name(name: str, names: tuple[str, ...]) -> bool:
    """Whether ``name`` is one of the names the page gives itself (``names``): equal to
    one, or, for a host, the host's own label(s) ('Ruby China' on ruby-china.org)."""
    key = _norm(name)
    if not key or len(name) > NAME_MAX_CHARS:
        return False
    for n in names:
        if "." in n and " " not in n:  # a host: compare letters and digits only
            labels = n.casefold().removeprefix("www.").split(".")
            hk = _host_key(name)
            if len(hk) >= 2 and any(hk == _host_key(lb) for lb in labels[:-1]):
                return True
        elif _norm(n) == key:
            return True
    return False


def _is_site(name: str, declared: str | None, v: TitleVocab) -> bool:
    name = name.strip()
    if not name or len(name) > NAME_MAX_CHARS:
        return False
    if declared and (name == declared or declared in name):
        return True
    if len(name) > SITE_MAX_CHARS:
        return False
    if _DOMAIN.match(name):
        return True
    if _LATIN_NAME.match(name):
        return name.rsplit(None, 1)[-1] in v.latin_site_words
    return bool(_HAN.search(name)) and name.endswith(v.site_words)


#: a Latin site name: two to four capitalised words ('Port Town Gazette')
_LATIN_NAME = re.compile(r"^[A-Z][\w'&.-]*(?: [A-Z][\w'&.-]*){1,3}$")
#: a channel's name between a title and its site ('标题_县内要闻_某某网'): Han letters only
_CHANNEL = re.compile(r"^[\u4e00-\u9fff]{2,8}$")


#: A badge glued in front of a headline line (``原创``, ``置顶``, ``Live``): a word of at most
#: four letters (no digits: a year is no badge), when what follows it is the page's whole
#: ``<title>`` of this many characters at least.
_BADGE = re.compile(r"^\s*[^\W\d_]{1,4}\s*$")
BADGE_HEAD_MIN = 8

#: A bracketed label in front of a title: a forum's thread type (``[经验分享]``), which the
#: HTML reader leaves out of the ``<h1>`` when it is a link (``html_head._heading_text``).
_TYPE_LABEL = re.compile(r"^\s*[\[【〔［][^\]】〕］]{1,12}[\]】〕］]\s*$")


#: A post's badge in front of its title: a bracketed badge word ('【原创】', '[转载]'), a
#: badge word then a space ('置顶 '), or a topic between '#' marks ('#话题# '), followed by
#: a title of this many characters at least.
_LEAD_BADGE = re.compile(
    r"^\s*(?:[【\[［〔]\s*(?P<b>[^\]】］〕\s]{1,4})\s*[】\]］〕]\s*"
    r"|(?P<w>[^\W\d_]{1,4})[\s\u3000]+|#(?P<t>[^#\s]{2,15})#[\s\u3000]*)"
)
BADGE_REST_MIN = 6


def lead_badge(s: str, v: TitleVocab | None = None) -> str | None:
    """The title after a post's badge in front of it (:data:`_LEAD_BADGE`), or None.

    >>> lead_badge("【原创】某县推进垃圾分类"), lead_badge("#垃圾分类# 某县推进垃圾分类")
    ('某县推进垃圾分类', '某县推进垃圾分类')
    >>> lead_badge("【通知】某县推进垃圾分类"), lead_badge("新华 某县推进垃圾分类")
    (None, None)
    """
    m = _LEAD_BADGE.match(s)
    if not m or len(s) - m.end() < BADGE_REST_MIN:
        return None
    v = v or title_vocab()
    word = m.group("b") or m.group("w")
    if word is not None and word not in v.badge_words:
        return None
    rest = s[m.end() :]
    if m.group("t") is not None and not _HAN.search(rest[:1]):
        return None  # '#tag# ' before a Han title only: '#1# ...' is a count
    return rest


def _h1_core(s: str, h1: str | None) -> str | None:
    """The title cut back to the part before a separator that is the ``<h1>``, if any."""
    if not h1 or len(h1.strip()) < 4:
        return None
    want = _norm(h1)
    if _norm(s) == want:
        return None
    head = s
    for _ in range(8):
        parts = split_suffix(head)
        if parts is None:
            return None
        head = parts[0]
        if _norm(head) == want:
            return head
    return None


#: A headline that ends like a sentence is complete: what follows ``_`` is not its part.
_HEADLINE_END = ("！", "？", "!", "?", "。", "…", "”")


def _underscore_tail(s: str) -> str | None:
    """``标题！_站点``: the head when the title is Chinese, its head ends like a sentence
    (``！``, ``？``, ``。``, ``…``, ``”``: not ``运动会_第二天``) and the part after the
    last ``_`` is a short name (letters and spaces only)."""
    head, sep, tail = s.rpartition("_")
    tail = tail.strip()
    if (
        not sep
        or not _HAN.search(head)
        or len(head.strip("_ ")) < 6
        or not head.rstrip("_ ").endswith(_HEADLINE_END)
        or not 2 <= len(tail) <= UNDERSCORE_MAX_CHARS
        or not _LETTERS_ONLY.match(tail)
    ):
        return None
    return head.rstrip("_ ")


def _counter_prefix(s: str, h1: str | None, v: TitleVocab) -> str | None:
    """The title after a notification counter in front of it, or None.

    Every ``/``-separated item of the bracketed group is a number with at most three
    words; one of them has a ``+`` or a counter word (:attr:`TitleVocab.counter_words`),
    or the group is a bare number the page's ``<h1>`` does not open with."""
    m = _PREFIX.match(s)
    if not m or len(s) - m.end() < 4:
        return None
    parts = m.group(1).split("/")
    items = [it for it in map(_COUNT.match, parts) if it is not None]
    if len(items) != len(parts):
        return None
    for it in items:
        words = it.group(3).casefold()
        if it.group(2) or any(w in words for w in v.counter_words):
            return s[m.end() :]
    # a bare count has at most three digits: '(2023) Annual report' is a year
    bare = len(items) == 1 and not items[0].group(3) and len(items[0].group(1)) <= 3
    if bare and h1 and len(h1.strip()) >= 4 and not _norm(h1).startswith(_norm(m.group())):
        return s[m.end() :]
    return None


# a site's name before a colon and the title ('某某新闻网：标题')
_SITE_PREFIX = re.compile(r"^\s*(?P<site>[^\s:：，。,]{2,24})\s*[:：]\s*(?P<rest>\S.*)$")
#: the title after a site's name is at least this long
SITE_PREFIX_REST_MIN = 6


def _site_prefix(s: str, site_name: str | None, names: tuple[str, ...]) -> str | None:
    """The title after a site's name and a colon, or None: the name is the page's own
    (declared) or a Han name ending as only a site's does (``head_site_endings``:
    ``…新闻网``, ``…门户网站``; a speaker or an issuer before a colon, ``某某县政府：…``,
    is part of a headline).

    >>> _site_prefix("青川新闻网：青川镇修好了进山的石板路", None, ())
    '青川镇修好了进山的石板路'
    >>> _site_prefix("县政府：青川镇修好了进山的石板路", None, ()) is None
    True
    """
    if "：" not in s and ":" not in s:
        return None
    m = _SITE_PREFIX.match(s)
    if m is None or len(m["rest"]) < SITE_PREFIX_REST_MIN:
        return None
    site = m["site"]
    own = bool(site_name and site == site_name.strip()) or (bool(names) and _is_name(site, names))
    ending = bool(_HAN_ONLY.match(site)) and site.endswith(title_vocab().head_site_endings)
    return m["rest"].strip() if own or ending else None


_HAN_ONLY = re.compile(r"^[\u4e00-\u9fff]{4,24}$")


def clean_title(
    title: str,
    *,
    site_name: str | None = None,
    suffixes: frozenset[str] = frozenset(),
    h1: str | None = None,
    names: tuple[str, ...] = (),
    page_title: str | None = None,
) -> tuple[str, list[str]]:
    """The title without site dressing, and the names of the steps that changed it.

    ``suffixes`` are the suffixes the page's site repeats on many titles of the batch
    (:func:`cleaner.stages.site_judge.title_suffixes`).

    >>> clean_title("某县推进垃圾分类_晨江日报")
    ('某县推进垃圾分类', ['site_suffix'])
    >>> clean_title("原标题：某县推进垃圾分类2023-01-05 10:20")
    ('某县推进垃圾分类', ['original_wrapper', 'timestamp'])
    >>> clean_title("关于做好防汛工作的通知?"), clean_title("如何写好作文?")
    (('关于做好防汛工作的通知', ['stray_question']), ('如何写好作文?', []))
    >>> clean_title("某县推进垃圾分类 - 蓝桥问答", suffixes=frozenset({"蓝桥问答"}))
    ('某县推进垃圾分类', ['site_suffix_repeat'])
    >>> clean_title("换季穿什么 - 穿搭 - 青柚论坛 - Powered by X", h1="换季穿什么")
    ('换季穿什么', ['site_suffix_h1'])
    >>> clean_title("Tuning a bike | Spoke Collective", names=("www.spokecollective.org",))
    ('Tuning a bike', ['site_suffix_name'])
    >>> clean_title("(99+ 封私信 / 8 条消息) 某县推进垃圾分类 - 晨江日报")
    ('某县推进垃圾分类', ['counter_prefix', 'site_suffix'])
    >>> clean_title("(3) Tuning a bike", h1="Tuning a bike"), clean_title("(3) Tuning a bike")
    (('Tuning a bike', ['counter_prefix']), ('(3) Tuning a bike', []))
    >>> clean_title("【标题】某县推进垃圾分类_晨江日报")
    ('某县推进垃圾分类', ['title_label', 'site_suffix'])
    >>> clean_title("某县推进垃圾分类！_晨江订阅"), clean_title("Letters: Roads | Taxes")
    (('某县推进垃圾分类！', ['site_suffix_underscore']), ('Letters: Roads | Taxes', []))
    """
    s = title.strip()

    def again(rest: str, step: str) -> tuple[str, list[str]]:
        """``rest`` (the title after ``step`` took its head off) cleaned as any title."""
        bare, done = clean_title(
            rest, site_name=site_name, suffixes=suffixes, h1=h1, names=names, page_title=page_title
        )
        return bare, [step, *done]

    if s[:1] in _LABEL_START and (field := labelled_title(s)) is not None:
        # '【标题】某事': the field's label goes first, the rest is cleaned as any title
        return again(field, "title_label")
    if (
        h1
        and s != h1.strip()
        and s.endswith(h1.strip())
        and _TYPE_LABEL.match(s[: -len(h1.strip())])
    ):
        return h1.strip(), ["type_label"]  # '[经验分享] 标题' over an h1 read without it
    whole = (page_title or "").strip()
    if len(whole) >= BADGE_HEAD_MIN and s != whole and s.endswith(whole):
        if _BADGE.match(s[: -len(whole)]):
            return whole, ["badge_prefix"]  # '原创标题' over the <title> '标题'
    if (unbadged := lead_badge(s)) is not None:
        return again(unbadged, "lead_badge")
    if (unsited := _site_prefix(s, site_name, names)) is not None:
        return again(unsited, "site_prefix")
    if not _TRIGGER.search(s):
        return s, []  # nothing a step could remove: most titles
    v = title_vocab()
    steps: list[str] = []

    def step(name: str, new: str) -> None:
        nonlocal s
        new = new.strip()
        if new and new != s:
            s = new
            steps.append(name)

    if (rest := _counter_prefix(s, h1, v)) is not None:
        step("counter_prefix", rest)
    step("markdown", _MARKDOWN.sub("", s))
    m = _WRAPPER.match(s)
    if m:
        rest = s[m.end() :]
        if m.group().strip()[:1] in "【[（(" and rest[-1:] in "】]）)":
            rest = rest[:-1]  # '（原标题：…）' closes its bracket at the end
        step("original_wrapper", rest)
    m = _STAMP.search(s)
    if m and m.start() >= 4 and _HAN.search(s[: m.start()]):
        step("timestamp", s[: m.start()])
    core = _h1_core(s, h1)
    if core is not None:
        step("site_suffix_h1", core)
    for _ in range(3):  # '标题_频道_站点': three site parts at most
        parts = split_suffix(s)
        if not (parts and len(parts[0]) >= 4):
            break
        if _is_site(parts[1], site_name, v):
            step("site_suffix", parts[0])
        elif "site_suffix" in steps and _CHANNEL.match(parts[1]) and len(parts[0]) >= 8:
            step("site_channel", parts[0])  # the channel between the title and its site
        elif parts[1] in suffixes:
            step("site_suffix_repeat", parts[0])
        elif names and _is_name(parts[1], names):
            step("site_suffix_name", parts[0])
        elif (head := _underscore_tail(s)) is not None:
            step("site_suffix_underscore", head)
        else:
            break
    if (
        s.endswith("?")
        and len(s) > 1
        and _HAN.match(s[-2])
        and not any(w in s for w in v.question_words)
    ):
        step("stray_question", s[:-1])
    return s, steps


#: the record suffix a reader appends to its file's path: ``:<line>``, ``:row<i>``
#: (parquet) or ``::<member>`` (a member name holds no folder separator)
_RECORD_SUFFIX = re.compile(r"(?:::[^/]*|:(?:row)?\d+)$")


def file_title(source: str | None) -> str:
    """The file name as a last-resort title ('docs/关于某事的通知.txt' → '关于某事的通知').

    Only the record suffix a reader appends (``:12``, ``:row3``, ``::member``) is cut:
    a colon elsewhere in the path (a folder named ``2021-05-01T10:00``) must not change
    the title, so the same file gives the same title wherever it sits.

    >>> file_title("out/2021-05-01T10:00/关于某事的通知.txt")
    '关于某事的通知'
    >>> file_title("批次/关于某事的通知.jsonl:12"), file_title("a/12.txt")
    ('关于某事的通知', '')
    """
    if not source:
        return ""
    name = PurePath(_RECORD_SUFFIX.sub("", source) if "://" not in source else source)
    stem = name.stem.split(".")[0]
    return "" if not stem or stem.isdigit() or not _HAN.search(stem) else stem
