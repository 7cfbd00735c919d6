"""Reading one line where a metadata block stands: a row near a title
(:meth:`MetaLines.meta_row`), a row read by the shape of its cells
(:meth:`MetaLines.shaped_row`, memoised), a byline, a name beside a date, the date of a
head.

:class:`MetaLines` sits between :class:`split_meta_stacked.MetaStacked` (one line's
fields, stacked rows, date lines) and :class:`split_meta.MetaParser` (whole blocks).
"""

from __future__ import annotations

import re
from functools import lru_cache

from cleaner.rules import load_table
from cleaner.stages.badge_bylines import badge_byline, plain_byline
from cleaner.stages.body_stamps import body_stamp
from cleaner.stages.counted_rows import publish_label
from cleaner.stages.dated_titles import dated_title
from cleaner.stages.event_credit import event_credit
from cleaner.stages.framed_cells import banner_cells, unframed
from cleaner.stages.person_names import han_name
from cleaner.stages.posted_cells import posted_cells
from cleaner.stages.posted_desk import event_date_row, posted_desk
from cleaner.stages.print_heads import print_head
from cleaner.stages.split_cell_marks import is_org
from cleaner.stages.split_cell_rows import cell_row
from cleaner.stages.split_dates import DATE as _ANY_DATE
from cleaner.stages.split_dates import (
    EN_DATE,
    cell_digit_dates,
    english_date,
    normalise_date,
)
from cleaner.stages.split_desks import dated_desk, desk_origin
from cleaner.stages.split_meta_bylines import MetaBylines
from cleaner.stages.split_meta_marks import (
    _BLOCK_LEAD,
    _EN_BY,
    _EN_CELLS,
    _EN_DOTTED,
    _EN_POSTED_BY,
    _FRAMED_DATE,
    _GLOSSED_NUMBER,
    _LEAD_GLYPHS,
    _NUMBERISH,
    _ONE_SPACE_LABEL,
    _TABLE_CELLS,
    _TAG_BEFORE_LABEL,
    _TAG_LEAD,
    _WHOLE_BRACKET,
    _YEAR_DATE,
    SHAPED_LINES,
    SHAPED_WIDTH,
    _short_body,
    _squash,
    en_posted_cells,
    office,
)
from cleaner.stages.split_meta_stacked import _GLOSS_TAIL
from cleaner.stages.split_rows import SEAL_MARK as _SEAL_MARK
from cleaner.stages.split_rows import cover_line, field_cells_row, labelled_date_row
from cleaner.stages.split_sources import source_dateline
from cleaner.stages.split_values import names_only, sentence_in
from cleaner.stages.time_rows import head_time_day
from cleaner.stages.verb_bylines import verb_byline

#: where a poster's IP is, the last cell of a post's stamp row ('发布于 2023-07-06 23:12
#: IP属地：某省'): the platform's note, no field; the row is read without it (and goes
#: whole, recorded, when read)
_IP_CELL = re.compile(
    r"[ \t\u3000|｜·•]+IP[ \t]*(?:归属地|属地|歸屬地|屬地)[ \t]*[:：]?"
    r"[ \t\u3000]*[\u4e00-\u9fff]{2,8}$"
)


#: a cell naming what the piece applies to ('适用场馆：某馆', '适用范围：…', '适用对象：…'): the
#: notice's own scope, a line of its text (sets yt, yy), so the row it stands in is no row
#: of fields, whatever its other cells name (an effective day beside it is the notice's)
_SCOPE_CELL = re.compile(r"(?:^|[ \t\u3000|｜])适用[\u4e00-\u9fff]{0,4}[:：]")


def _numbered(row: dict[str, str] | None) -> dict[str, str] | None:
    """``row`` without a document number that holds no figure: a control's cell read
    under a number's label (``字号：大 中 小``, a font-size switch, names no document).

    >>> _numbered({"published": "2021-03-09", "doc_number": "大 中小"})
    {'published': '2021-03-09'}
    >>> _numbered({"doc_number": "A+ A-"}), _numbered({"doc_number": "某发〔2021〕7号"})
    (None, {'doc_number': '某发〔2021〕7号'})

    A page reference alone is no row of the page's metadata (a paper's page range sits
    beside its identifier).

    >>> _numbered({"pages": "第3页"}), _numbered({"pages": "5-9", "doc_number": "10.1/x"})
    (None, {'pages': '5-9', 'doc_number': '10.1/x'})
    """
    if row is not None and set(row) == {"pages"}:
        return None  # a page reference alone ('页码：第12页'): an erratum's or a list's text
    if row is None or "doc_number" not in row or _NUMBERISH.search(row["doc_number"]):
        return row
    rest = {k: v for k, v in row.items() if k != "doc_number"}
    return rest or None


# an organisation's name in brackets opening a date row ('【某市某局】　2021年3月9日')
_ORG_LEAD = re.compile(r"^[【\[〔［](?P<name>[^】\]〕［］\d\s]{2,30})[】\]〕］][\s\u3000]*(?=\d)")
# an English weekday's name before a date (read in digits): no cell of its own
_EN_WEEKDAY = re.compile(r"^\s*(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+(?=\d{4}-)")


@lru_cache(maxsize=1)
def _role_words() -> str:
    """A credit's role words (``headers.toml`` ``[source_cell] role_words``, both scripts)
    as one alternation, for the two patterns below."""
    return "|".join(map(re.escape, load_table("headers")["source_cell"]["role_words"]))


@lru_cache(maxsize=1)
def _not_a_name_cell() -> re.Pattern[str]:
    """A cell after a source's wide gap that is no name (an item or page number, a date,
    the next labelled cell, a bar, a credit's role word of ``headers.toml``
    ``[source_cell] role_words`` and a space: '记者 某某'): the source ends at the gap.
    A second body's name ('某市教育局　某市财政局': co-issuers) matches none of these and
    stays in the source.

    >>> [bool(_not_a_name_cell().match(c)) for c in ("第8题", "記者 林某", "某市财政局")]
    [True, True, False]
    """
    roles = _role_words()
    return re.compile(
        r"^(?:第\s*[\d〇○零一二三四五六七八九十百]|[\d〇○零一二三四五六七八九十]{2,4}\s*年|\d"
        r"|[|｜/／]|[^\s\u3000：:]{1,8}[：:]"
        rf"|(?:{roles})(?:\s|$))"
    )


@lru_cache(maxsize=1)
def _role_space() -> re.Pattern[str]:
    r"""A credit's role word (``headers.toml`` ``[source_cell] role_words``) and the space
    before its name, opening a cell ('记者 某某'): the colon's form spelt with a space, read
    as '记者：某某' is read.

    >>> _role_space().sub(r"\1：", "记者 某某")
    '记者：某某'
    """
    roles = _role_words()
    return re.compile(rf"(?:^|(?<=\u3000))({roles})[ \t\u3000]+(?=[^\s\u3000])")


# a bar after a spaced credit opens the next credit ('编辑 某某｜审核 某某')
_BAR_CUT = re.compile(r"[｜|]")
# one name of a spaced credit: two to four Han letters, or a Latin name word
_NAME_WORD = re.compile(r"[\u3400-\u9fff·]{2,4}|[A-Z][A-Za-z.'\-]*")
# a value that opens a sentence or a bio ('系某大学教授', '从某局获悉') or names a unit
_NOT_NAME = re.compile(r"^(?:系|从|据|近日)|获悉|简介|(?:部|站|社|办|中心)$")


@lru_cache(maxsize=1)
def _name_stops() -> frozenset[str]:
    """The words that end a spaced credit's run of names (``[source_cell]`` of
    headers.toml: its role words and name stops), read once a process."""
    cell = load_table("headers")["source_cell"]
    return frozenset(cell["role_words"]) | frozenset(cell["name_stops"])


def _name_run(value: str) -> str:
    r"""The names that open a spaced credit's value: its name-shaped words up to the
    first that is none (a second role word, '摄', a unit); '' when the value opens with
    no name (a sentence, a bio, a unit).

    >>> _name_run("韩某松 实习生 郑某"), _name_run("韩某松　某县融媒体中心")
    ('韩某松', '韩某松')
    >>> _name_run("韩某 郑某欣"), _name_run("系某大学"), _name_run("某市日报编辑部")
    ('韩某 郑某欣', '', '')
    """
    roles = _name_stops()
    end = 0
    for m in re.finditer(r"[^\s、，,/]+", value):
        word = m.group()
        if not _NAME_WORD.fullmatch(word) or word in roles or _NOT_NAME.search(word):
            break
        end = m.end()
    return value[:end]


# an English row: no Han letter (a middle dot or a bullet may part its cells)
_LATIN_ROW = re.compile(r"^[^\u3400-\u9fff\uf900-\ufaff]*$")


_WIDE_GAP = re.compile(r"\u3000+|\s{2,}")


def _dated_cell_cut(row: dict[str, str]) -> dict[str, str]:
    """``row`` with a body's name (its ``origin`` or ``issuer``) cut at the wide gap
    before a cell holding the row's own publish date: that cell is the row's next cell
    (``发起组织：某某服务队　　发布于 2021-03-24``), read as the date, no word of the name.

    >>> row = {"origin": "某某服务队\u3000\u3000发布于 2021-03-24", "published": "2021-03-24"}
    >>> _dated_cell_cut(row)
    {'origin': '某某服务队', 'published': '2021-03-24'}
    >>> _dated_cell_cut({"issuer": "某某局\u3000某某办", "published": "2021-03-24"})
    {'issuer': '某某局\u3000某某办', 'published': '2021-03-24'}
    """
    for k in ("origin", "issuer"):
        cut = _WIDE_GAP.split(row.get(k, "").strip(), maxsplit=1)
        if len(cut) != 2 or not cut[0]:
            continue
        date = _ANY_DATE.search(cut[1])
        if date is not None and normalise_date(date.group()) == row["published"]:
            row = row | {k: cut[0]}
    return row


# a slash alone between wide gaps ('某　／　某', '某  /  某'): a row's cell separator
_WIDE = r"(?:[ \t]*\u3000[ \t\u3000]*|[ \t]{2,})"
_SPACED_SLASH = re.compile(rf"{_WIDE}[/／]{_WIDE}")
# a labelled cell: two to eight Han letters and a colon, opening the row or after a gap
_LABEL_CELL = re.compile(r"(?:^|[\s\u3000])[\u4e00-\u9fff]{2,8}[:：]")


@lru_cache(maxsize=1)
def _issuing_verbs() -> tuple[str, ...]:
    """The verbs of issuing (``headers.toml`` ``[unit_key] issuer_verbs``), longest first."""
    verbs = load_table("headers")["unit_key"]["issuer_verbs"]
    return tuple(sorted(verbs, key=len, reverse=True))


#: a date in Han form closing a line ('2021年3月9日'), the verb of issuing cut off after it
_CLOSING_DAY = re.compile(r"\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日$")


def _issue_stamp(line: str) -> str | None:
    """``line`` without the verb of issuing its closing date is glued to (``某办公室　2021年
    3月9日印发`` → ``某办公室　2021年3月9日``), or None when it closes on none.

    >>> _issue_stamp("某办公室　2021年3月9日印发"), _issue_stamp("某局　2021年3月9日")
    ('某办公室　2021年3月9日', None)
    >>> _issue_stamp("现将有关文件印发")  # no date before the verb
    """
    verb = next((v for v in _issuing_verbs() if line.endswith(v)), None)
    if verb is None:
        return None
    bare = line[: -len(verb)].rstrip()
    return bare if _CLOSING_DAY.search(bare) else None


class MetaLines(MetaBylines):
    """The line readers of :class:`MetaParser` (its base, over :class:`MetaStacked`): a
    metadata row near a title, a row read by its shape, a byline, a name and a date."""

    def meta_row(self, line: str, *, near_title: bool) -> dict[str, str] | None:
        """Fields of one line of a metadata block; date and number lines only near a title."""
        if near_title and "by" in line.lower() and (dotted := en_posted_cells(line)) is not None:
            return dotted  # 'Posted 2021-03-09 · by Some Unit · 120 views': dotted cells
        if near_title and _LATIN_ROW.match(line) and "by" in line.lower():
            # (an English row's cells may be parted by a middle dot: no ASCII, no Han)
            if (posted := _EN_POSTED_BY.match(line.strip())) is not None:
                # 'Posted on 9 March 2021 by Some Name': the date, then who wrote it
                day = normalise_date(posted["date"])
                return {"published": day, "author": posted["name"]} if day else None
            parts = _EN_CELLS.split(line.strip())
            if len(parts) < 2:  # 'By Some Name, Some Role · 2021/3/9': middle-dot cells
                parts = _EN_DOTTED.split(line.strip())
            by = [m for c in parts if (m := _EN_BY.match(c)) is not None]
            if len(by) == 1 and len(parts) >= 2:
                # 'By Some Name | Published: 23/03/2021': the byline's cell, then the row
                rest = "\u3000".join(c for c in parts if not _EN_BY.match(c))
                row = self.meta_row(rest, near_title=True)
                return {**row, "author": by[0]["name"]} if row else None
        if line.isascii() and (en := EN_DATE.search(line)) is not None:
            # an English page's date ('November 3, 2022') read as the digits' form, so
            # its comma parts no cells and every reader below knows it
            line = line[: en.start()] + (english_date(en[0]) or en[0]) + line[en.end() :]
            line = _EN_WEEKDAY.sub("", line)  # 'Tuesday, 2021-03-09': the day's name goes
        # '发布：二〇二〇年五月五日' read as the figures' form, under a publish label only
        # (a comment's '某网友：二〇二〇年…', a birth day's '出生：…' stay as printed)
        line = cell_digit_dates(line, publish_label)
        parsed = self.parse_meta_line(line)
        if parsed is not None or not near_title:
            return parsed
        if (celled := posted_cells(line, self.field_of, self.doc_number)) is not None:
            return celled  # '发布：某某（某中心）｜浏览 N 次', '案号（…）…号': posted_cells
        if (badged := badge_byline(line)) is not None:
            return badged  # '原创　某某　某号': a channel's byline row (badge_bylines)
        if (bylined := plain_byline(line)) is not None:
            return bylined  # '文／某某', '记者　某某': a writer's byline (badge_bylines)
        if (verbed := verb_byline(line)) is not None:
            return verbed  # '某某 撰　·　2019.07.28 刊': cells closed by verbs (verb_bylines)
        s = _BLOCK_LEAD.sub("", line.strip())  # '▌某号': a block mark opens the row
        inner = _WHOLE_BRACKET.match(s)
        if inner is not None:  # '（公告编号：…）': a row in one bracket under its header
            parsed = self.parse_meta_line(inner["in"])
            if parsed is not None:
                return parsed
        coded = _GLOSSED_NUMBER.match(s)
        if coded is not None and (
            coded["k"].endswith("号") or self.field_of(coded["k"]) == "doc_number"
        ):  # '某号 No. AB-2021-017': a number's label glossed 'No.' (bilingual pages)
            return {"doc_number": coded["v"]}
        # a number alone: '某政发〔2021〕7号', an issue's '2021年第12期', '某航警8/21';
        # in round brackets of its own under the title ('（2019年第14号）'): the number
        bare = s[1:-1].strip() if s[:1] in "（(" and s[-1:] in "）)" else s
        for cand in dict.fromkeys((s, bare)):
            if cand.endswith(("号", "期")) or "/" in cand[-5:]:
                number = self.doc_number(cand)
                if number:
                    return {"doc_number": number}
        bracketed = s[:1] in "（(" and s[-1:] in "）)" and s[1:2].isdigit()
        if bracketed:
            s = s[1:-1].strip()  # '（2021-03-09 14:22 · 来源：某报）': a dated row in brackets
        badge = _TAG_BEFORE_LABEL.match(s)
        if badge is not None and not self.field_of(_squash(badge["tag"])):
            # '【通知公告】　发布时间：…　阅读：[58]': the row behind its column's badge
            return self.meta_row(s[badge.end() :], near_title=True)
        if (board := self._posted(s)) is not None:  # a board's row ('＃12　某某 提问于 …'),
            return board  # read before its serial's mark is taken for a date's glyph
        sourced = _ORG_LEAD.match(s)
        if sourced is not None and is_org(sourced["name"]):
            # '【某市某局】　2021年3月9日 09:41': the source in brackets, then the date line
            dated = self.date_line(s[sourced.end() :], verb_alone=True)
            if dated is not None and "published" in dated:
                return {"origin": sourced["name"], **dated}
        lead = _LEAD_GLYPHS.match(s) or _TAG_LEAD.match(s)
        if lead is not None:  # '📅 2016.10.13', '【快报】2021/3/9 09:41': a date behind
            s = s[lead.end() :]  # its glyph or a bracketed tag is a date line
        # '（2018年10月26日公布）' under a statute's title is its own note (text), not a row
        row = self.date_line(s, verb_alone=not bracketed) if s[:1].isdigit() else self.byline(s)
        if row is None and len(s) >= 12 and _YEAR_DATE.search(s):  # a cover or review row
            row = cover_line(s, self.field_of, self.doc_number)
            row = row or labelled_date_row(s, self.field_of)
        if len(s) >= 8 and ("：" in s or ":" in s or _YEAR_DATE.search(s)):
            # a header's one row of labelled cells; it may read more than a byline does
            cells = field_cells_row(s, self.field_of, person_of=self.person_field)
            if cells is not None and (row is None or row.items() < cells.items()):
                row = cells
        return row

    def shaped_row(self, line: str, *, near_title: bool) -> dict[str, str] | None:
        """:meth:`meta_row`, and near a title the cells no table names read by the shape
        of their values (:func:`split_cells.cell_row`): the readings of the tables come
        first.  The split stage's reading; the boilerplate stage's keep test stays on
        :meth:`meta_row`.  Memoised (each caller gets its own copy of the fields)."""
        if len(line) > SHAPED_WIDTH:
            return _numbered(self._shaped_row(line, near_title=near_title))
        key = (line, near_title)
        memo = self._shaped
        if key in memo:
            got = memo[key]
        else:
            if len(memo) >= SHAPED_LINES:  # between pages: bounded, then it starts again
                memo.clear()
            got = memo[key] = _numbered(self._shaped_row(line, near_title=near_title))
        return None if got is None else dict(got)

    def _shaped_row(self, line: str, *, near_title: bool) -> dict[str, str] | None:
        s = line.strip()
        if near_title and _SCOPE_CELL.search(s):
            return None
        if near_title and _SEAL_MARK.search(s):
            return self._shaped_row(_SEAL_MARK.sub("", s), near_title=True)
        if near_title and (credit := event_credit(s)) is not None:
            return credit  # '主办：某会　承办：某中心': the host the origin (event_credit)
        ip = _IP_CELL.search(s)
        if ip is not None and ip.start() > 0:
            # '发布于 2023-07-06 23:12 IP属地：某省': the stamp's fields, the place none
            return self._shaped_row(s[: ip.start()], near_title=near_title)
        if "/" in s or "／" in s:
            bare = _GLOSS_TAIL.sub("", s).rstrip(":：")
            if bare != s.rstrip(":：") and self.field_of(bare):
                return None  # '发布机构 / Issued by：': a label glossed in English, alone
        if near_title and _SPACED_SLASH.search(s) and _LABEL_CELL.search(s):
            # '口径：含税　／　数据截至次日　／　执笔：某某': a slash between wide gaps parts
            # labelled cells as a bar does; read as the bar it stands for, when that reads
            # (a body read from it must have a body's shape: '单位：万元' is a table's unit);
            # else the row is read as printed, below
            got = self.shaped_row(_SPACED_SLASH.sub("\u3000｜\u3000", s), near_title=True)
            bodies = [v for k, v in (got or {}).items() if k in ("issuer", "origin")]
            if got and all(is_org(v) for v in bodies):
                return got
        spaced = _ONE_SPACE_LABEL.sub("\u3000", s) if near_title else s
        if spaced != s:
            # '来源:某报 时间:2021-03-09 16:20': one space parts labelled cells; read as
            # the wide gap it stands for (the labels must still say what they hold)
            return self.shaped_row(spaced, near_title=True)
        if near_title and (cells := unframed(s, self.field_of)) is not None:
            # '[ 时间：… ]  [ 来源：… ]': a row of bracketed cells reads as its cells
            return self.shaped_row(cells, near_title=True)
        if (
            near_title
            and s[:1] in "〖【〔［["
            and (banner := banner_cells(s, normalise_date, self.doc_number))
        ):
            # '〖第574726号〗〖2019.09.14〗〖实用新型〗〖维持有效〗': a banner of bracketed
            # cells over the title, its number and its date
            return banner
        framed = _FRAMED_DATE.match(s) if near_title else None
        if framed is not None and self.doc_number(framed["rest"]) is None:
            # '[2021-03-09] 某局': the row's date in brackets, then who put it up
            return self.shaped_row(f"{framed['date']}\u3000{framed['rest']}", near_title=True)
        if near_title and event_date_row(s, self.field_of, self.t.event_words):
            return None  # '开幕时间<TAB>2031-05-01': an event's day, no field (posted_desk)
        row = self.meta_row(line, near_title=near_title)
        if near_title and len(s) >= 6:
            shaped = cell_row(s, self.field_of)
            if shaped is not None:
                # one cell holds one field: a value the labels already read (an index
                # number under its label) is not read again by its shape as another field
                taken = set((row or {}).values())
                row = (row or {}) | {
                    k: v for k, v in shaped.items() if k not in (row or {}) and v not in taken
                }
        if near_title and row is None and (framed := _FRAMED_DATE.match(s)) is not None:
            # '〔2021-03-09〕（2021）某0102民初345号': a bracketed date, then the number
            day, number = normalise_date(framed["date"]), self.doc_number(framed["rest"])
            if day is not None and number is not None:
                row = {"published": day, "doc_number": number}
        if row and "\u3000" in row.get("doc_number", "").strip():
            # a number is one cell: the row's next cells after a wide gap are no part of
            # it ('编号：QR0217　更新于 2021-03-09　已有 8 人看过')
            row = row | {"doc_number": row["doc_number"].strip().split("\u3000", 1)[0]}
        if near_title and row and "published" in row:
            row = _dated_cell_cut(row)
        if (
            near_title
            and row
            and len(cut := re.split("\u3000+", row.get("origin", "").strip(), maxsplit=1)) == 2
            and _not_a_name_cell().match(cut[1])
        ):
            # so is a source: '来源：某年某考试《某科》　第8题　｜　…' names the paper, the
            # cell after the wide gap is the item's number in it, no part of the name
            # (a second name after the gap is a co-issuer: it stays)
            credits = self._space_credits(cut[1], row)
            if credits is not None:  # (a credit whose name no field reads stays)
                row = row | {"origin": cut[0]} | credits
        if near_title and row and "doc_number" not in row:
            # a cell that is a document or issue number alone ('（2021年第3期　某科　…）')
            inner = s[1:-1] if s[:1] in "（(" and s[-1:] in "）)" else s
            for cell in _TABLE_CELLS.split(inner):  # wide gaps or a bar ('┃', '|')
                if (number := self.doc_number(cell.strip())) is not None:
                    row = row | {"doc_number": number}
                    break
        if near_title and row is not None and set(row) == {"published"}:
            # a feed's or a paper's name beside the date alone: the piece's source
            source = source_dateline(s, self.field_of)
            if source is not None and source["published"] == row["published"]:
                row = row | source
        if (
            near_title
            and (row is None or set(row) <= {"published", "issuer"})
            and (posted := self.posted_stamp(s)) is not None
        ):
            row = posted  # '2021-03-09 发布 · 某某部': a post stamp (posted_desk)
        if (
            near_title
            and (row is None or set(row) <= {"published"})
            and (stamp := body_stamp(s, self.t.publish_words, office, normalise_date))
        ):
            # '某市气象台　1月28日6时13分发布': the body that released the piece (body_stamps)
            row = stamp | (row or {})
        if near_title and row and "published" in row and set(row) <= {"published", "issuer"}:
            # a bare desk beside the date alone (read by its shape as an issuer, or not
            # at all): where the release comes from (split_desks)
            desk = dated_desk(s, row["published"], normalise_date, self.t.section_endings)
            if desk is not None and row.get("issuer", desk) == desk:
                row = {"published": row["published"], "origin": desk}
        if near_title and row is None and (body := self._body_then_verb(s)) is not None:
            row = {"issuer": body}  # '某某局　发布': the body before its verb
        if row and sentence_in(row):
            return None  # a sentence behind a label-like opening stays text (split_values)
        if row and "issuer" not in row and self._posted_by_body(s, row.get("author", "")):
            row = {("issuer" if k == "author" else k): v for k, v in row.items()}
        if row and "issuer" in row:  # a desk under an issuer's label: its origin
            row = desk_origin(s, row, self.field_of, self.t.section_endings)
        return names_only(row) if row else row

    def posted_stamp(self, s: str, *, closing: bool = False) -> dict[str, str] | None:
        """A post stamp's day and desk (:func:`~cleaner.stages.posted_desk.posted_desk`);
        ``closing``: the stamp closes a page's text, where only a verb that puts a whole
        page up (``[meta] publish_verbs``) reads one."""
        verbs = self.t.publish_verbs if closing else self.t.dated_verbs
        got = posted_desk(s, normalise_date, verbs, self.t.edit_verbs, self.t.section_endings)
        if got is None and closing:
            # a closing note in brackets naming the desk and the day it last updated the
            # page ('（某某部　2021年9月1日更新）'): its current version's day (posted_desk)
            got = posted_desk(
                s, normalise_date, verbs, self.t.edit_verbs, self.t.section_endings, noted=True
            )
        if got is None and closing:
            # a body's release stamp as such a note ('（某县消防局　2019/8/23 19:40 發布）'):
            # the body that released the piece and its day (body_stamps)
            got = body_stamp(s, verbs, office, normalise_date, noted=True)
            if got is not None and "published" not in got:
                got = None  # no year: no day of its own
        return got

    def _space_credits(self, cells: str, row: dict[str, str]) -> dict[str, str] | None:
        """The fields of the credits cut from a source's row (``记者 某某　编辑 某某``), read
        as their colon's form (``记者：某某``) is read; the row's fields already read stay.
        ``{}`` for cells that hold no spaced credit (a number, a date: they go) or none but
        the names the row already gave, None for a credit whose name no field reads
        (``摄影 某某``): the row itself goes as metadata, so the source keeps it rather than
        lose the name.  A credit's value counts only its opening names (:func:`_name_run`),
        up to a bar or a further role word; a bio, a sentence or a unit is no author."""
        cells = _BAR_CUT.split(cells.strip(), maxsplit=1)[0].strip()
        credit = _role_space().sub(r"\1：", cells)
        if credit == cells:
            return {}
        more = self.shaped_row(credit, near_title=True) or {}
        read = {k: _name_run(v) for k, v in more.items() if k != "origin"}
        if not read:
            return None  # a name no field reads ('摄影 某某'): the source keeps it
        # a value that is no name (a bio, a sentence, a unit) goes with the credit
        return {k: v for k, v in read.items() if v and k not in row}

    _BODY_VERB = re.compile(r"(?P<body>[\u4e00-\u9fff（）()]{3,30})[ \u3000]+(?P<verb>\S{2})")

    def _body_then_verb(self, line: str) -> str | None:
        """The body of a row that is a body's name, a gap and a publishing verb alone
        (``某某区住房局　发布``: the row names who put the page up, as ``2021-03-09 发布``
        names when), or None: a person's name, a sentence or a headline with no gap.

        >>> p = MetaLines()
        >>> p._body_then_verb("某某市档案局　发布"), p._body_then_verb("林某某 发布")
        ('某某市档案局', None)
        >>> p._body_then_verb("某某市档案局发布"), p._body_then_verb("某某市档案局　发布会")
        (None, None)
        """
        m = self._BODY_VERB.fullmatch(line)
        if m is None or m["verb"] not in self.t.publish_words:
            return None
        body = m["body"]
        return body if is_org(body) or _short_body(body) else None

    def _posted_by_body(self, line: str, value: str) -> bool:
        """``value``, read as the author, stands under a label that names who put the page
        up (an author's label with a word of ``[meta] publish_words``: '发布者', '发布人')
        and has an organisation's shape: a body publishes a notice (its issuer); a
        person who posts under that label is its author.

        >>> p = MetaLines()
        >>> p._posted_by_body("发布者：某某大学统计学系　发布时间：2021-03-09", "某某大学统计学系")
        True
        >>> p._posted_by_body("发布者：统计学系　发布时间：2021-03-09", "统计学系")
        True
        >>> p._posted_by_body("发布者：林某某　发布时间：2021-03-09", "林某某")
        False
        >>> p._posted_by_body("作者：某某区科研办公室　时间：2021-03-09", "某某区科研办公室")
        False
        """
        if not value or not (is_org(value) or _short_body(value)):
            return False
        labelled = r"(?P<k>(?:[\u4e00-\u9fff]\s?){2,6})[:：]\s*" + re.escape(value)
        for m in re.finditer(labelled, line):
            label = _squash(m["k"])
            if self.field_of(label) == "author" and any(w in label for w in self.t.publish_words):
                return True
        return False

    def _date_below(self, line: str) -> dict[str, str] | None:
        return self.shaped_row(line, near_title=True)

    def below_title(self, line: str) -> bool:
        """A metadata row right below a title or header line (:func:`split_headers.judge`)."""
        return self.shaped_row(line, near_title=True) is not None

    def head_author(self, head: list[str], day: str) -> str | None:
        """The writer the compilation's dated head row names beside ``day`` (the head's
        date, :meth:`head_date`): the column's or the issue's byline (``成语故事　本栏编辑：
        某某　更新于 2016年2月4日``) credits every piece under it, as its date dates them;
        a name only (a body on that row is no writer), else None.

        >>> MetaLines().head_author(["本周合集", "编辑：林小某　2024-08-01"], "2024-08-01")
        '林小某'
        >>> MetaLines().head_author(["本周合集", "编辑：林小某　2024-08-01"], "2024-08-02")
        >>> MetaLines().head_author(["本周合集", "2024-08-01"], "2024-08-01")
        """
        for line in [ln for ln in head if ln.strip() and not print_head(ln.strip())][:3]:
            row = self.shaped_row(line, near_title=True)
            if row and "published" in row:
                who = row.get("author", "")
                if row["published"] != day or not han_name().fullmatch(who):
                    return None
                return who
        return None

    def head_date(self, head: list[str]) -> str | None:
        """The date a compilation's head gives every piece below it: a byline or date
        line among its first three lines (under the compilation's own title), a
        browser's print header not counted.

        >>> MetaLines().head_date(["本周合集", "原创 某某 某号 2024-08-01 09:30", "关注我们"])
        '2024-08-01'
        >>> MetaLines().head_date(["某某网", "价格日报（2018年5月6日　星期日）", "今日成交平稳"])
        '2018-05-06'
        """
        # a browser's print header (a print stamp and the page's title) dates the
        # printing, not the compilation: the line under it is the head's first
        first = [ln for ln in head if ln.strip() and not print_head(ln.strip())][:3]
        for line in first:
            row = self.shaped_row(line, near_title=True)
            if row and "published" in row:
                return row["published"]
        for line in first:
            # an issue row whose date closes on a verb of issuing ('某办公室　2021年3月9日
            # 印发', '…签发': headers.toml [unit_key] issuer_verbs): the date without it
            if (bare := _issue_stamp(line.strip())) is not None:
                row = self.shaped_row(bare, near_title=True)
                if row and "published" in row:
                    return row["published"]
        # no dated row: the compilation's title line naming its day ('某某日报（2018年5月6日
        # 星期日）', '2019年1月28日 天气快讯'), a daily's or a digest's day (dated_titles)
        return next((d for d in map(dated_title, first) if d is not None), None)

    def head_time_day(self, head: list[str]) -> str | None:
        """The day the head's time row gives what a compilation's pieces record
        (``会议时间：…``, :func:`~cleaner.stages.time_rows.head_time_day`), among the
        head's first three lines; the page's own dates come first (the caller's).

        >>> MetaLines().head_time_day(["某某会议纪要", "会议时间：2021年3月9日　地点：某处"])
        '2021-03-09'
        """
        first = [ln for ln in head if ln.strip() and not print_head(ln.strip())][:3]
        return head_time_day(first, self.field_of)
