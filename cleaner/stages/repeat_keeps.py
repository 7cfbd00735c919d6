"""Why a line the site repeats is kept on this page: the page's own headings, section
heads, dated rows, series titles, templated sentences, cited works, labelled slots and
split headers (helpers of :func:`~cleaner.stages.boilerplate_site.site_repeat`; a
labelled close glued under the text is :mod:`cleaner.stages.glued_closes`').
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Callable, Collection, Container, Mapping
from typing import TYPE_CHECKING

from cleaner.stages.cell_gaps import CELL_GAP_OR_BAR
from cleaner.stages.counted_rows import publish_label
from cleaner.stages.foot_lines import prose
from cleaner.stages.keep import keep_table
from cleaner.stages.own_data import valued_shape
from cleaner.stages.repeat_slots import reply_stamp
from cleaner.stages.sentence_marks import SENTENCE_END
from cleaner.stages.shape_lines import BRACKETED_CELL as _CELL
from cleaner.stages.split_dates import cell_digit_dates

if TYPE_CHECKING:
    from cleaner.stages.site_judge import LearnedLine

_LIST_MARK = re.compile(r"[；;，,、]")
#: a sentence under a heading is at least this long (:func:`prose_head`)
_SENTENCE_CHARS = 20
_CLAUSE_MARK = re.compile(r"[。！？!?；;：:，,、|｜>＞»/／·•]")
_ITEM_MARK = re.compile(r"^(?:[◎●○■□◆◇▪•※☆★]|\d{1,2}[．.、]|[（(]\d{1,2}[)）])")


#: a row printed as framed cells only ('〔类别〕〔日期：…〕〔阅读 N〕'), two or more
_FRAMED_CELLS = re.compile(r"^(?:[〔【［\[][^〔〕【】［］\[\]]+[〕】］\]]\s*){2,}$")


def labelled_dated_row(s: str) -> bool:
    """A labelled row dated like a document's ('发布日期：2021-03-09　平台：…'), read by
    the split stage's label readers; a row of framed cells is read as its cells parted
    by gaps ('〔某类〕〔发布日期：2021-03-09〕' as '某类　发布日期：2021-03-09'); a row of
    short labelled cells only, one of them a whole date, is dated whatever its labels
    ('发文：某处｜日期：2016年1月3日｜对象：某某').

    >>> row = labelled_dated_row
    >>> row("〔某类〕〔发布日期：2021-03-09〕〔阅读 12〕"), row("〔某类〕〔另一类〕")
    (True, False)
    >>> row("发文：某处｜日期：2016年1月3日｜对象：某某"), row("发文：某处｜对象：某某")
    (True, False)
    >>> labelled_dated_row("他说：今天真好｜又说：2016年1月3日见")  # no whole date: a sentence
    False
    """
    if "：" not in s and ":" not in s:
        return False
    # '日期：二〇一六年一月三日' is a whole date as its figures are, under a publish label
    # only (a comment's '某网友：二〇一六年…', a birth day's '出生：…' stay as printed)
    s = cell_digit_dates(s, publish_label)
    if _FRAMED_CELLS.match(s):
        s = "\u3000".join(m.strip() for m in _CELL.findall(s))
    row = keep_table().split.meta.meta_row(s, near_title=True)
    if row is not None and "published" in row:
        return True
    # a row of short labelled cells only, one of them a whole date, whatever its labels
    cells = [c.strip() for c in _CELL_SPLIT.split(s) if c.strip()]
    labelled = [_LABELLED_CELL.match(c) for c in cells]
    if len(cells) < 2 or not all(labelled):
        return False
    return any(m is not None and _WHOLE_DATE.fullmatch(m.group(1)) for m in labelled)


_CELL_SPLIT = re.compile(r"[|｜]|\u3000+| {2,}")
_LABELLED_CELL = re.compile(r"^[^：:\s]{1,6}[：:]\s*(\S.*)$")
_WHOLE_DATE = re.compile(r"(?:19|20)\d\d(?:年\d{1,2}月\d{1,2}日|[-/.]\d{1,2}[-/.]\d{1,2})")


def varying_shapes(hits: Mapping[int, LearnedLine]) -> Callable[[int], bool]:
    """Whether a hit is a shape whose figures differ page to page (block_rows)."""

    def varying(i: int) -> bool:
        h = hits[i]
        return h.kind == "shape" and valued_shape(h.key, h.examples)

    return varying


def section_head(
    stripped: list[str],
    i: int,
    hits: Mapping[int, object],
    claimed: Mapping[int, object],
    kept_rows: Collection[int] = (),
) -> bool:
    """A repeated heading-shaped line (no clause mark, at most 30 letters) with a text
    line right above it and an item of a list right below it, neither of them chrome: the
    heading of one of the text's sections over its items ('新章节　New Part'), kept.
    The line above may be a title kept on its page or its dated row (``kept_rows``:
    :func:`listed_titles.dated_titles`).

    >>> rows = ["正文第一句写到这里。", "新章节　New Part", "◎第二句写到这里，还有很多很多。"]
    >>> section_head(rows, 1, {1: 0}, {}), section_head(rows, 1, {1: 0, 2: 0}, {})
    (True, False)
    >>> dated = ["发布日期：2021/3/9", "新章节　New Part", "◎第二句写到这里，还有很多很多。"]
    >>> section_head(dated, 1, {0: 0, 1: 0}, {}), section_head(dated, 1, {1: 0}, {}, {0})
    (False, True)
    """
    s = stripped[i]
    if len(s) > 30 or _CLAUSE_MARK.search(s):
        return False
    up = next((k for k in range(i - 1, -1, -1) if stripped[k]), None)
    down = next((k for k in range(i + 1, len(stripped)) if stripped[k]), None)
    if up is None or down is None or up in claimed or down in hits or down in claimed:
        return False
    # the line above is the page's own: prose, a piece's dated info row, or a line kept
    # as this page's own title or its row (listed_titles)
    above = stripped[up]
    text_above = up in kept_rows or (up not in hits and (prose(above) or labelled_dated_row(above)))
    # the item below is a clause of the text: a stray mark may still close it before the
    # repair stage ('…上传。?')
    item = stripped[down]
    clause = prose(item.rstrip("?？")) or _CLAUSE_MARK.search(item) is not None
    return text_above and clause and _ITEM_MARK.match(item) is not None


def prose_head(
    stripped: list[str], i: int, hits: Mapping[int, object], claimed: Mapping[int, object]
) -> bool:
    """A repeated heading-shaped line (no clause mark, at most 30 letters) between two
    blocks of the page's own text: a text line right above it and a sentence right below
    it, neither repeated on the site nor claimed.  The heading of a section of the text
    ('Summary' between a Chinese abstract and its English one), however often every page
    prints it; a site's heading stands over repeated rows or link titles (no sentence),
    and a cue word ('Comments', 'Related posts') is checked by the caller.

    >>> rows = ["第一段写到这里；关键点", "Overview", "The second part starts here and goes on."]
    >>> prose_head(rows, 1, {1: 0}, {}), prose_head(rows, 1, {1: 0, 2: 0}, {})
    (True, False)
    >>> links = ["第一段写到这里。", "Further items", "Another page title"]
    >>> prose_head(links, 1, {1: 0}, {})
    False
    """
    s = stripped[i]
    if len(s) > 30 or _CLAUSE_MARK.search(s):
        return False
    up = next((k for k in range(i - 1, -1, -1) if stripped[k]), None)
    down = next((k for k in range(i + 1, len(stripped)) if stripped[k]), None)
    if up is None or down is None or {up, down} & (set(hits) | set(claimed)):
        return False
    above, below = stripped[up], stripped[down].rstrip("?？")
    # prose, or a list of the text ('主题词：甲；乙；丙'): no info row with its gaps
    # ('提问者：某某　2016-12-23　浏览 28 次') and no bar ('赞同 2 | 反对 5')
    text_above = CELL_GAP_OR_BAR.search(above) is None and (
        above.rstrip("?？").endswith(SENTENCE_END) or _LIST_MARK.search(above) is not None
    )
    sentence = len(below) >= _SENTENCE_CHARS and below.endswith(SENTENCE_END)
    return text_above and sentence and CELL_GAP_OR_BAR.search(below) is None


#: A heading line may carry a label this long in front of the ``<h1>`` text (a forum's
#: thread type ``[经验分享]``, which the reader leaves out of the h1).
HEADING_LABEL_CHARS = 14


#: A headline the site prints word for word on more than this share (0-100) of its pages
#: is the site's (a name in an ``<h1>`` on every page), not one page's own title.
MAX_HEADLINE_SUPPORT = 50.0


def heads_nothing(
    stripped: list[str], i: int, claimed: Collection[int], headline: tuple[str, ...]
) -> bool:
    """Line ``i`` (a heading of the page, not its headline) has no line under it that the
    rules left: the heading of a list the page's extraction or rules took (``猜你喜欢``
    over the links gone), which heads no text of its own.

    >>> heads_nothing(["标题", "正文。", "相关推荐", "", "链接一"], 2, {4: 0}, ("标题",))
    True
    >>> heads_nothing(["标题", "小节", "正文。"], 1, {}, ("标题",))
    False
    """
    if stripped[i] in headline:
        return False
    return all(not s or k in claimed for k, s in enumerate(stripped[i + 1 :], i + 1))


def own_heading(line: str, hit: LearnedLine, headings: tuple[str, ...]) -> bool:
    """``line`` is one of the page's headings (or its h1 under a short label) and the
    learned line has only weak signals (no cue word, no menu separators): a headline the
    site lists as a link on other pages, not chrome on its own page.  The count of the
    page's responses over them (``<h2>3 个回答</h2>``, :func:`~cleaner.stages.
    repeat_slots.reply_stamp`) is a heading the site prints on every page: never its own."""
    if not headings or any(x.startswith("cue:") or x == "menu" for x in hit.signals):
        return False
    if hit.kind == "shape" and reply_stamp(hit.key):
        return False
    return any(
        line == h or (line.endswith(h) and len(line) - len(h) <= HEADING_LABEL_CHARS)
        for h in headings
    )


def own_headline(line: str, hit: LearnedLine, headline: tuple[str, ...]) -> bool:
    """``line`` is the page's headline (the ``<h1>`` its ``<title>`` names) and the site
    prints it word for word on at most :data:`MAX_HEADLINE_SUPPORT` of its pages (as a
    link in other pages' lists), with no menu separators: the page's own title, even
    when a cue word stands inside it (``接口一直返回 500`` is no '返回首页')."""
    return (
        line in headline
        and hit.kind == "line"
        and hit.support <= MAX_HEADLINE_SUPPORT
        and "menu" not in hit.signals
    )


def still_chrome(
    hits: dict[int, LearnedLine], i: int, claimed: Mapping[int, object]
) -> dict[int, object]:
    """The learned lines that still count as chrome when line ``i`` is judged: those below
    it, and those above it that the site-repeat pass claimed (it judges them in page
    order; one it kept above ``i`` is the body's own, a heading or a row of the text).

    >>> sorted(still_chrome({1: 0, 3: 0, 5: 0}, 3, {1: 0}))
    [1, 3, 5]
    >>> sorted(still_chrome({1: 0, 3: 0, 5: 0}, 3, {}))
    [3, 5]
    """
    return {k: v for k, v in hits.items() if k >= i or k in claimed}


_SPACED = re.compile(r"^\S(?:[ \u3000]+\S)+$")


def letters(s: str) -> int:
    """How long ``s`` reads: a heading set in spaced letters (``民 事 判 决 书``,
    ``目　　录``) counts its letters, any other line its characters.

    >>> letters("某 事 通 知 书"), letters("目　　录"), letters("某某 通知 一则"), letters("上一篇")
    (5, 2, 8, 3)
    """
    if _SPACED.match(s):
        return len(s.replace(" ", "").replace("\u3000", ""))
    return len(s)


def own_series_title(hit: LearnedLine) -> bool:
    """The learned ``hit`` is a shape seen with other wordings on other pages and has no
    cue word or menu separators: the titles of one series, each page's its own.

    >>> from cleaner.stages.site_judge import LearnedLine
    >>> def h(kind, examples, signals=("short", "digits")):
    ...     return LearnedLine("NN年某县报告", kind, "line", 4, 100.0, examples, None, signals)
    >>> own_series_title(h("shape", ("2021年某县报告", "2018年某县报告")))
    True
    >>> own_series_title(h("line", ("2021年某县报告",)))
    False
    >>> own_series_title(h("shape", ("a", "b"), ("cue:related", "digits")))
    False
    """
    if hit.kind != "shape" or len(set(hit.examples)) < 2:
        return False
    return not any(x.startswith("cue:") or x == "menu" for x in hit.signals)


#: A templated sentence holds at least this many Han characters (:func:`templated_sentence`)
TEMPLATE_MIN_HAN = 25
_HAN = re.compile(r"[\u4e00-\u9fff]")
_INNER_COMMA = re.compile(r"[，,；;]")
#: a templated sentence ends a sentence, or opens the lines it announces ('…说明如下：')
_TEMPLATE_END = (*SENTENCE_END, "：", ":")


def templated_sentence(s: str, hit: LearnedLine) -> bool:
    """``s``, a hit of the site shape ``hit``, is a sentence of the text in a template the
    site fills in anew on each page: a notice reused with other dates and places
    ('为方便住户出行，本站定于2024年3月3日起调整班车时刻，现将安排通知如下：').  The shape
    masks numbers and its examples differ page to page (:func:`valued_shape`), no cue
    word or menu separators read it as chrome, and the line reads as a sentence: at least
    ``TEMPLATE_MIN_HAN`` Han characters, a comma inside it, a sentence end (or the colon
    that announces the lines under it), no wide gap, bar mark or pictograph (a counter
    bar).  The caller keeps it only inside the body (between the first text line and the
    last sentence); a copyright line with this year's figure, a 'N人阅读' row or a
    hotline line has no such sentence, or stands outside the body.

    >>> from cleaner.stages.site_judge import LearnedLine
    >>> def h(key, ex, signals=("digits",)):
    ...     return LearnedLine(key, "shape", "line", 5, 62.5, ex, None, signals)
    >>> key = "为方便住户出行，本站定于⟨N⟩年⟨N⟩月⟨N⟩日起调整班车时刻，现将有关安排通知如下："
    >>> ex = (key.replace("⟨N⟩", "3"), key.replace("⟨N⟩", "7"))
    >>> templated_sentence(ex[0], h(key, ex))
    True
    >>> templated_sentence(ex[0], h(key, (ex[0], ex[0])))
    False
    >>> templated_sentence(ex[0], h(key, ex, ("cue:legal",)))
    False
    >>> cr = "版权所有 © ⟨N⟩ 某某社区服务平台，未经许可不得转载或镜像本站全部内容"
    >>> templated_sentence(cr.replace("⟨N⟩", "2024"), h(cr, ("a", "b")))
    False
    >>> bar = "⟨N⟩人阅读 · ⟨N⟩-⟨N⟩-⟨N⟩"
    >>> templated_sentence("312人阅读 · 2024-03-01", h(bar, ("a", "b")))
    False
    """
    if hit.kind != "shape" or not valued_shape(hit.key, hit.examples):
        return False
    if any(x.startswith("cue:") or x == "menu" for x in hit.signals):
        return False
    if len(_HAN.findall(s)) < TEMPLATE_MIN_HAN or not s.endswith(_TEMPLATE_END):
        return False
    if CELL_GAP_OR_BAR.search(s) or any(unicodedata.category(ch) == "So" for ch in s):
        return False
    return _INNER_COMMA.search(s[:-1]) is not None


_WORK = re.compile(r"《([^《》]{1,80})》")


def cited_works(s: str, hit: LearnedLine, headline: Collection[str] = ()) -> bool:
    """``s``, a hit of the site shape ``hit`` inside the body, names works the page cites
    (``本期提到：《某书》、《某片》``): the shape masks the titles in ``《》`` and its examples
    name other works on other pages, none of them the page's own headline (a ``您正在阅读
    《标题》`` bar names the page itself).  One wording, each page its own works: the
    page's text, as a templated sentence is (:func:`templated_sentence`).  The caller
    keeps it only between the first text line and the last sentence.

    >>> from cleaner.stages.site_judge import LearnedLine
    >>> def h(ex, signals=()):
    ...     return LearnedLine("本期提到：《⟨T⟩》", "shape", "line", 5, 62.5, ex, None, signals)
    >>> cited_works("本期提到：《甲书》", h(("本期提到：《甲书》", "本期提到：《乙书》")))
    True
    >>> cited_works("本期提到：《甲书》", h(("本期提到：《甲书》", "本期提到：《甲书》")))
    False
    >>> cited_works("本期提到：《甲书》", h(("本期提到：《甲书》", "本期提到：《乙书》")), ["甲书"])
    False
    >>> cited_works("本期提到：《甲书》", h(("本期提到：《甲书》", "x《乙》"), ("cue:nav",)))
    False
    """
    if hit.kind != "shape" or "《" not in s:
        return False
    if any(x.startswith("cue:") or x == "menu" for x in hit.signals):
        return False
    works = _WORK.findall(s)
    if not works or any(w in h or h in w for w in works for h in headline if h):
        return False
    return len({tuple(_WORK.findall(x)) for x in hit.examples}) >= 2


# a line's own label before its colon: a short Latin phrase or a short Han word
_SLOT_LABEL = re.compile(r"^([A-Za-z][A-Za-z ]{1,18}[A-Za-z]|[\u4e00-\u9fff]{2,6})\s*[:：]\s*\S")
#: a labelled slot's line is a sentence of at least this many letters
SLOT_SENTENCE_LETTERS = 20


def labelled_slot(stripped: list[str], i: int, hits: Container[int]) -> bool:
    """Line ``i``, a learned line, is a sentence under a label that opens two other lines
    of the page the site never repeats (``In brief: …`` closing each story of an issue,
    ``要点：…`` under each item): a slot of the text that each piece fills, the page's
    last piece with the same words as another issue's.  The label is the page's
    structure, so the sentence in it is text, not the site's chrome.

    >>> page = ["In brief: One thing happened here.", "x", "In brief: Another thing came.",
    ...         "In brief: The same words on every issue, once more."]
    >>> labelled_slot(page, 3, {3}), labelled_slot(page, 3, {0, 3})
    (True, False)
    >>> notice = ["声明：甲。", "声明：乙。", "声明：本站内容仅供参考，转载请注明出处并保留链接。"]
    >>> labelled_slot(notice, 2, {2})  # short labelled lines: no slot filled with sentences
    False
    """
    s = stripped[i]
    m = _SLOT_LABEL.match(s)
    if m is None or not s.endswith(SENTENCE_END) or letters(s) < SLOT_SENTENCE_LETTERS:
        return False
    label = m.group(1)
    others = [
        j
        for j, t in enumerate(stripped)
        if j != i
        and j not in hits
        and t.startswith(label)
        and (o := _SLOT_LABEL.match(t)) is not None
        and o.group(1) == label
        and letters(t) >= SLOT_SENTENCE_LETTERS
    ]
    return len(others) >= 2


def texted(hits: Mapping[int, LearnedLine], kept: Collection[int]) -> Mapping[int, LearnedLine]:
    """``hits`` without the lines ``kept`` as the text's own (a templated sentence is a
    text line for the rows glued under it).

    >>> sorted(texted({1: 0, 2: 0}, {2}))
    [1]
    """
    if not kept:
        return hits
    return {k: v for k, v in hits.items() if k not in kept}


def split_header_rows(stripped: list[str], hit_lines: Collection[int]) -> set[int]:
    """The lines of a numbered run of article headers the split stage cuts the page at
    (:func:`~cleaner.stages.split_headers.numbered_runs` judged ``split``), and each
    header's title line under it when the header names none of its own (a tag row
    ``▍某类 · 第2位`` over the title): the page's own structure, however often the site
    prints one of them (a category's row, a title reused on another roll).  Learned as
    site chrome and deleted before the split reads the page, the run would lose a row (no
    run left to cut at) or a piece its title.  Looked for only when a repeated line
    (``hit_lines``) may be such a row or stands right under one.

    >>> body = "他多年来一直热心帮助邻里乡亲，大家都称赞他是个热心肠的好人。"
    >>> page = ["▍甲类 · 第1位", "某甲的故事", body, body, "", "▍乙类 · 第2位", "某乙的故事",
    ...         body, body, "", "欢迎访问本站"]
    >>> sorted(split_header_rows(page, {0, 6}))
    [0, 1, 5, 6]
    >>> split_header_rows(page, {10})
    set()
    >>> split_header_rows(["▍甲类 · 第1位", "某甲的故事", body, body], {0})
    set()
    """
    from cleaner.stages.split_headers import judge, numbered_line, numbered_runs, titles_below

    def near_header(i: int) -> bool:
        if numbered_line(stripped[i]):
            return True
        up = next((k for k in range(i - 1, max(i - 3, -1), -1) if stripped[k]), None)
        return up is not None and numbered_line(stripped[up])

    if not any(stripped[i] and near_header(i) for i in hit_lines):
        return set()
    endings = keep_table().split.t.title_endings
    out: set[int] = set()
    for run in numbered_runs(stripped):
        run = titles_below(stripped, run)
        if judge(stripped, run, endings) != "split":
            continue
        for c in run:
            out.add(c.line)
            below = next((k for k in range(c.line + 1, c.line + 3) if stripped[k]), None)
            if below is not None and c.title and stripped[below] == c.title:
                out.add(below)  # the title under its header's row
        out |= dated_closers(stripped, [c.line for c in run])
        break  # the split cuts at the first run it accepts
    return out


def dated_closers(stripped: list[str], starts: list[int]) -> set[int]:
    """The dated credit row closing each piece headed at ``starts`` but the last
    (``——据某局　2021.03.09``, ``（某处供稿　2019.4.2）``: :func:`~cleaner.stages.
    split_foot.foot_row` with a date), when every one of them ends so: each piece's
    metadata, read by the split; a row the site printed on another page too (the
    same item reprinted) is no chrome here; the last piece's is the first such row
    under it.

    >>> body = "他多年来一直热心帮助邻里乡亲，大家都称赞他是个热心肠的好人。"
    >>> page = ["1 甲事", body, "——据某某局　2021.03.09", "2 乙事", body, "——据某某台　2021.03.12"]
    >>> sorted(dated_closers(page, [0, 3]))
    [2, 5]
    >>> dated_closers(["1 甲事", body, "2 乙事", body, "——据某某台　2021.03.12"], [0, 2])
    set()
    """
    from cleaner.stages.split_foot import foot_row, reported_by

    field_of = keep_table().split.meta.field_of

    def reported(line: str) -> bool:
        inner = line.lstrip("—―─－-（( \u3000").rstrip("）) \u3000")
        return reported_by(inner) is not None

    def dated(k: int) -> bool:
        # dated, or naming the body the piece came from by a verb of reporting after
        # it ('——某分局报送': split_foot.reported_by), one such row closing every piece
        row = foot_row(stripped[k], field_of, bare=False)
        return bool(row) and ("published" in (row or {}) or reported(stripped[k]))

    out: set[int] = set()
    for start, end in itertools.pairwise(starts):
        last = next((k for k in range(end - 1, start, -1) if stripped[k]), None)
        if last is None or not dated(last):
            return set()
        out.add(last)
    if out:  # the last piece's: the first such row under it, before the foot's chrome
        tail = next((k for k in range(starts[-1] + 1, len(stripped)) if dated(k)), None)
        if tail is not None:
            out.add(tail)
    return out
