"""What closes a piece of the split stage, read after its body's rows above are known.

From the bottom up: a drawn separator alone closing a piece of a compilation (dropped
from the piece: no word is lost), the release's date in two writings under its end mark
(:func:`split_mirror_dates.mirrored_date`), a dated label line (``发布日期 2021/03/05``),
at most two credit or source rows (:func:`split_foot.foot_row`), the metadata printed after the body
(:func:`split_tail.closing_rows`): each read into ``meta`` and out of the text, its
fields recorded.  Then, the text kept whole, the sign-off's issuer and date
(:func:`split_rows.sign_off`) and a news lead's dateline.
"""

from __future__ import annotations

import json
import re
from collections.abc import Container
from functools import lru_cache

from cleaner.rules import load_table
from cleaner.stages.person_names import person_name
from cleaner.stages.posted_desk import closes_prose
from cleaner.stages.section_runs import LABEL_MAX_CHARS, frame
from cleaner.stages.sentence_marks import CLAUSE_MARK as _SENTENCE_MARKS
from cleaner.stages.site_rows import update_label
from cleaner.stages.split_bio_row import about, among_notes, bio_row
from cleaner.stages.split_cards import badged_row
from cleaner.stages.split_dates import issued_fields
from cleaner.stages.split_foot import foot_credit, spaced_reporter, supplier
from cleaner.stages.split_gap_credit import gap_credit
from cleaner.stages.split_marks import framed_count
from cleaner.stages.split_meta import MetaParser, normalise_date
from cleaner.stages.split_mirror_dates import mirrored_date
from cleaner.stages.split_quoted_place import quoted_row_not_closing
from cleaner.stages.split_reply import fill_from_row, reply_stamp
from cleaner.stages.split_rows import sign_off
from cleaner.stages.split_sibling_rows import heads_next, items_match, parallel_rows
from cleaner.stages.split_tail import closing_rows
from cleaner.stages.split_titles_lines import rule_line

# what a line closing a sentence holds, never a drawn separator: clause and sentence
# marks, brackets and quotes ('）。' is the tail of a sentence broken across lines)
_CLOSING_MARKS = re.compile(
    r"[。，、；：！？,.;:!?…\u2018-\u201f()（）\[\]【】〔〕「」『』《》〈〉]"
)
# a news lead opened by its dateline: a place, a comma or space, a full date, then a dash
# or the wire's '电'/'讯' (news wires and press releases)
_DATELINE = re.compile(
    r"^[\u4e00-\u9fff]{2,12}[，,\s\u3000]?\s*"
    r"(?P<date>\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)\s*(?:——|—|--|电|讯)"
)


#: A byline over a piece's text stands in its first lines (title, byline, a date row).
BYLINE_LINES = 4


def separator(line: str) -> bool:
    """A separator drawn between pieces: no word (:func:`rule_line`), three glyphs at
    least, no sentence mark, bracket or quote (``＊　＊　＊``, ``~ ◇ ~``, ``=====``).

    >>> separator("＊　＊　＊"), separator("~ ◇ ~"), separator("）。"), separator("**")
    (True, True, False, False)
    >>> separator("## 2/4 ##")
    True
    """
    s = line.strip()
    if framed_count(s):
        return True  # '@@ 2/3 @@': the next piece's count, parting it from this one
    return (
        len(s.replace(" ", "").replace("\u3000", "")) >= 3
        and rule_line(s)
        and not (_CLOSING_MARKS.search(s))
    )


def piece_end(
    lines: list[str],
    content: list[int],
    meta: dict[str, str],
    parser: MetaParser,
    *,
    headed: bool,
    parse_meta: bool,
    carded: bool = False,
    site_rows: Container[str] = frozenset(),
    title: str = "",
    issue_day: str | None = None,
) -> tuple[list[int], list[tuple[list[int], str]]]:
    """The piece's lines left (``content`` without what closes it) and the rows read as
    its metadata, each ``(line indices, fields as JSON)``; ``meta`` takes their fields.
    ``carded``: a listing's card (a price row) heads the piece: the poster's row of a
    labelled name beside badges closing it is the card's too (:func:`badged_row`).
    ``site_rows``: dated rows the site prints on most of its pages (:mod:`~cleaner.stages.
    site_rows`): read, they are put back in the text and give no field.
    ``title``: the header's title (else the piece's first line is its title).
    ``issue_day``: the day of the issue whose head is over the pieces (:mod:`~cleaner.
    stages.issue_days`): a piece's sign-off date is its signing, that day its
    publication."""
    content = list(content)
    read: list[tuple[list[int], str]] = []
    given = dict(meta)
    top = content[0] if content else 0
    if parse_meta and carded and len(content) > 2:
        poster = badged_row(lines[content[-1]], parser.field_of, parser.fields)
        if poster is not None and "author" in poster:
            i = content.pop()
            meta.setdefault("author", poster["author"])
            read.append(([i], json.dumps(poster, ensure_ascii=False)))
    # a line of glyphs alone closing a piece of a compilation ('＊ ＊ ＊', '~ ◇ ~') parts
    # it from the next: a separator, the text of neither (no word is lost)
    while headed and len(content) > 1 and separator(lines[content[-1]]):
        content.pop()
    # the release's date in two writings under its end mark ('完' / '2021年3月9日' /
    # 'March 9, 2021'): its metadata, not a sign-off (split_mirror_dates)
    mirrored = mirrored_date(lines, content) if parse_meta and len(content) > 2 else None
    if mirrored is not None:
        block, mirror_day = mirrored
        content = [i for i in content if i not in block]
        meta.setdefault("published", mirror_day)
        read.append((block, json.dumps({"published": mirror_day})))
    # a dated label line closing the article ('发布日期 2021/03/05'): metadata too
    if parse_meta and len(content) > 2:
        closing = parser.closing_date(lines[content[-1]])
        if closing is not None:
            i = content.pop()
            meta.setdefault("published", closing)
            read.append(([i], json.dumps({"published": closing})))
    # a post stamp closing the article ('（某某部　2021年3月5日发布）'): the day it went
    # up and the desk that put it up (posted_desk), over a date read by its shape alone
    # (only under the page's prose, and only with a verb that puts a page up: the last
    # row of a dated list in the text, '2031-04-02 上传 · 某室', is the list's)
    # (a piece of a compilation may close its text on a row, a contact's: the stamp is
    # still its own unless the row above is a stamp of its kind or a list's head)
    above = lines[content[-2]].strip() if len(content) > 2 else ""
    if (
        parse_meta
        and len(content) > 2
        and (
            closes_prose(above)
            or (
                headed
                and not above.endswith((":", "："))
                and parser.posted_stamp(above, closing=True) is None
            )
        )
    ):
        posted = parser.posted_stamp(lines[content[-1]], closing=True)
        if posted is not None:
            i = content.pop()
            for k, v in posted.items():
                meta.setdefault(k, v)
            read.append(([i], json.dumps(posted, ensure_ascii=False)))
    # a reply's stamp closing the answer ('（答复：某科　2021-12-27）', split_reply): the
    # day it was answered and who answered, under the answer's prose
    if parse_meta and len(content) > 2 and closes_prose(lines[content[-2]]):
        stamp = reply_stamp(lines[content[-1]], lambda r: parser.shaped_row(r, near_title=True))
        if stamp is not None:
            i = content.pop()
            fill_from_row(meta, stamp, lines[i])
            read.append(([i], json.dumps(stamp, ensure_ascii=False)))
    # a note that names the day the document was issued ('（本通告於2018年11月7日發出）',
    # '（本方案由某局于2018年6月19日印发，文号某发〔2018〕39号。）'): its publish date, and
    # its issuer and number when it names them; no line of its text, whether it closes
    # the piece or stands amid it (a print view sets it after the list it issues)
    if parse_meta and len(content) > 2:
        for i in content[1:]:
            if (note := issued_fields(lines[i])) is not None:
                content.remove(i)
                for k, v in note.items():
                    meta.setdefault(k, v)
                read.append(([i], json.dumps(note, ensure_ascii=False)))
                break
    # a labelled note about the writer closing the piece ('作者简介：某某，…'), under or
    # over its credit rows: its metadata (split_bio_row)
    if parse_meta:
        content = _bio(lines, content, meta, parser, read, headed=headed)
    # a credit or source row closing the article ('（供稿：…　编辑：…）', '——…供稿
    # 2016.6.19', '资料来源：…'): its metadata, not its text (split_foot)
    # (two at most: a unit's row over an editor's row)
    # (a print layout's block naming the reporter with a letter-spaced label, '记　者：某甲'
    # or '通讯员：某甲' over '编　辑：某乙', is left whole to the closing rows' reader
    # below, which sets its author)
    spaced = spaced_reporter([lines[i] for i in content[-2:]])
    # a writer credited in the closing row is the piece's author only where no byline
    # over its text names one (the page's lines from the piece's top: a byline row read
    # out of ``content`` already may give its field only after this)
    writer = parse_meta and not any(
        "author" in (parser.parse_meta_line(lines[i]) or {})
        for i in range(top, min(top + BYLINE_LINES, content[-1] if content else top))
    )
    for _ in range(2 if parse_meta and not spaced else 0):
        credit = (
            foot_credit(lines[content[-1]], parser.field_of, closing=True, writer=writer)
            if len(content) > 1
            else None
        )
        if credit is None:
            break
        foot, compiler = credit
        if len(content) == 2 and "author" not in foot and compiler is None:
            break  # (a writer's credit under a piece of one paragraph closes it too)
        if headed:
            # a compilation's piece: the unit that supplied it is where it comes from too
            # (its origin, as the other readers of a piece's credit row give it)
            foot = supplier(foot)
        i = content.pop()
        for k, v in foot.items():
            meta.setdefault(k, v)
        if "author" in foot:
            # a foot credit names an author only as the piece's own writer (who
            # recommends the work): a card over the piece named the work's author
            meta["author"] = foot["author"]
        elif compiler is not None and "author" not in meta:
            # the editor of a reprint is its author only where no writer is named
            # (a reporter's byline above stays the author)
            foot = {**foot, "author": compiler}
            meta["author"] = compiler
        read.append(([i], json.dumps(foot, ensure_ascii=False)))
    if parse_meta and read:
        content = _bio(lines, content, meta, parser, read, headed=headed)
    # a writer's or a maker's bare credit closing the piece ('执笔　某某', '策展人　某某'):
    # its author, where no byline above named one (split_gap_credit)
    if writer and len(content) > 2 and "author" not in meta:
        if (gap := gap_credit(lines[content[-1]], headed=headed)) is not None:
            i = content.pop()
            meta.update(gap)
            read.append(([i], json.dumps(gap, ensure_ascii=False)))
    # metadata printed after the body: a labelled link, a closing row of fields, a card
    # of rows (split_tail)
    # (a row citing the document the piece is about is read under a title naming it,
    # when no number of the piece's was read)
    about = "" if "doc_number" in meta else title or (lines[content[0]] if content else "")
    for idx, fields in (
        closing_rows(lines, content, parser, headed=headed, about=about) if parse_meta else []
    ):
        if quoted_row_not_closing(lines, content, idx[0]):
            continue  # a corner-quoted row amid the text (split_quoted_place): text
        fill_from_row(meta, fields, lines[idx[-1]])  # a reply's own row goes over
        read.append((list(idx), json.dumps(fields, ensure_ascii=False)))
        gone = set(idx)
        content = [i for i in content if i not in gone]
    if site_rows and read:
        # a dated row the site prints word for word on most of its pages: the site's
        # (site_rows), no field of this page; it stays text
        # (pages of one day each closed by the same row of their own look the same: the
        # row is the site's only where the page has another date of its own, or where
        # its label dates an update, no publishing: '更新日期：…')
        own = [
            (i, r)
            for i, r in read
            if all(lines[k].strip() in site_rows for k in i)
            and (_dated_otherwise(given, read, r) or all(update_label(lines[k]) for k in i))
        ]
        content = _put_back(content, meta, given, read, own)
    if parse_meta and read:
        # one article closed by the last of several rows of one shape (a compilation left
        # whole, each piece dated): that row is the last piece's, no field of the page's
        # (a compilation's piece holding another writer's credit row above its own is
        # two pieces left one: its closing writer is no writer of the whole)
        content = _sibling_closings(
            lines, content, meta, given, parser, read, top, credits_only=headed
        )
    if parse_meta and len(content) > 2:
        signed = sign_off([lines[i] for i in content[-5:]], one_line=True)
        if not signed:
            signed = credited_sign_off([lines[i] for i in content[-5:]], parser)
        # the sign-off stays in the text; under a dated header row its issuer counts only
        # when it signs the same day (the piece's own sign-off)
        if (
            "published" not in meta
            or signed.get("published", meta["published"]) == meta["published"]
        ):
            for k, v in signed.items():
                if k == "issuer" and "published" not in signed and division(meta.get(k, "")):
                    # a letter's signer over a card naming a division of it: the division
                    # that posted the letter is where it comes from, its origin
                    meta.setdefault("origin", meta[k])
                    meta[k] = v
                elif k == "issuer" and desk_under(meta.get(k, ""), v) and "origin" not in meta:
                    # a dated sign-off by the organisation under a row naming one of its
                    # desks ('发布部门：某某部'): the organisation issues, the desk posted it
                    meta["origin"], meta[k] = meta[k], v
                elif k == "published" and headed and issue_day:
                    # a piece of an issue signed some days before it: the issue's day is
                    # when it was published (issue_days)
                    v = issue_day
                meta.setdefault(k, v)
            if (
                headed
                and len(content) > 2
                and _one_line_sign_off(lines[content[-1]], parser)
                and all(meta.get(k) == v for k, v in signed.items())
            ):
                # a piece of a compilation closed by its body and date on ONE line
                # ('某县税务局　2022年3月4日', also with a bracketed credit after them:
                # '某某居委会　2020年3月1日　（经办：某某）'): a row of the piece's fields,
                # no line of its text (a sign-off over two lines, the body over the date,
                # stays: the document's own close); recorded, so the page can be rebuilt
                read.append(([content.pop()], json.dumps(signed, ensure_ascii=False)))
    if parse_meta and "published" not in meta:
        # a news lead's dateline ('某市，2021年3月9日——…', '某地2021年3月9日电'): the
        # release's day, the text kept whole
        for i in content[:4]:
            lead_date = _DATELINE.match(lines[i].strip())
            if lead_date is not None and (day := normalise_date(lead_date["date"])):
                meta["published"] = day
                break
    if parse_meta and "doc_number" not in meta:
        # a number the opening names in brackets ('…项目（项目编号：AB-2021-7）的…'): the
        # document's number, the text kept whole (split_meta.named_number)
        named = next(filter(None, map(parser.named_number, [lines[i] for i in content[:3]])), None)
        if named is not None:
            meta["doc_number"] = named
    if parse_meta and "doc_number" not in meta:
        # a section of the text labelled as the number, its value alone under it
        # ('〔登记编号〕' over 'AB12345'): the document's number, the text kept whole
        number = section_number([lines[i] for i in content], parser)
        if number is not None:
            meta["doc_number"] = number
    return content, read


# a sign-off line closed by a bracketed credit after a gap ('某某居委会　2020年3月1日
# （经办：某某）'): the body and the date, then one labelled cell in brackets
_CREDIT_TAIL = re.compile(
    r"^(?P<body>.+?)[ \t\u3000]+(?P<credit>[（(][\u4e00-\u9fff]{1,4}[:：][^（）()]{1,12}[）)])$"
)


def credited_sign_off(last: list[str], parser: MetaParser) -> dict[str, str]:
    """The fields of a one-line sign-off (:func:`split_rows.sign_off`) that a bracketed
    credit closes: the body's issuer and date as without the credit, and the person the
    credit names as the one who handled the piece, its author (a credit row's label read
    as a writer's or a handler's, :func:`split_foot.foot_credit`; a reviewer's or an
    editor's gives no field, a unit no author).

    >>> p = MetaParser()
    >>> row = "某某社区居民委员会　2020年3月1日　（经办：莫某明）"
    >>> credited_sign_off(["公示期：至3月7日。", row], p)
    {'published': '2020-03-01', 'issuer': '某某社区居民委员会', 'author': '莫某明'}
    >>> credited_sign_off(["正文。", "某某局　2020年3月1日　（审核：莫某明）"], p)
    {'published': '2020-03-01', 'issuer': '某某局'}
    >>> credited_sign_off(["正文。", "会议定于2020年3月1日召开　（经办：莫某明）"], p)
    {}
    """
    m = _CREDIT_TAIL.match(last[-1].strip()) if last else None
    if m is None:
        return {}
    signed = sign_off([*last[:-1], m["body"]], one_line=True)
    if "issuer" not in signed:
        return {}
    credit = foot_credit(m["credit"], parser.field_of, closing=True, writer=True)
    fields = credit[0] if credit is not None else {}
    who = fields.get("author") or fields.get("origin") or ""
    if person_name(who):
        signed["author"] = who
    return signed


def _one_line_sign_off(line: str, parser: MetaParser) -> bool:
    """Whether ``line`` alone is a sign-off: a body and a date, and at most a bracketed
    credit of a person after them (:func:`credited_sign_off`), nothing else.

    >>> p = MetaParser()
    >>> _one_line_sign_off("某县税务局　2022年3月4日", p)
    True
    >>> _one_line_sign_off("某某社区居民委员会　2020年3月1日　（经办：莫某明）", p)
    True
    >>> _one_line_sign_off("会议定于2020年3月1日召开　（经办：莫某明）", p)
    False

    A bracketed note that credits no person (a phone, a remark, a checker's name no field
    reads) is the piece's text, not its sign-off's: the line stays.

    >>> _one_line_sign_off("某县税务局　2022年3月4日　（咨询电话：0571-1234567）", p)
    False
    >>> _one_line_sign_off("某县税务局　2022年3月4日　（备注：逾期不候）", p)
    False
    """
    fields = set(sign_off([line], one_line=True))
    if fields:
        return {"published", "issuer"} <= fields <= {"published", "issuer", "author"}
    # with a bracketed note after it: a credit of a person (its author), nothing else
    return set(credited_sign_off([line], parser)) == {"published", "issuer", "author"}


def _dated_otherwise(given: dict[str, str], read: list[tuple[list[int], str]], ref: str) -> bool:
    """The page has a publish date of its own other than the one row ``ref`` gives (a
    head row read before, another row read): evidence that ``ref``'s date is not the page's.

    >>> _dated_otherwise({"published": "2024-03-01"}, [], '{"published": "2024-01-05"}')
    True
    >>> _dated_otherwise({}, [([3], '{"published": "2024-01-05"}')], '{"published": "2024-01-05"}')
    False
    """
    day = json.loads(ref).get("published")
    days = {given.get("published")}
    days.update(json.loads(r).get("published") for _, r in read if r != ref)
    return any(d is not None and d != day for d in days)


def _closing_fields(line: str, parser: MetaParser) -> dict[str, str] | None:
    """The fields of a dated row that may close a piece: a credit or source row
    (:func:`split_foot.foot_credit`) or a dated label line, with its date."""
    credit = foot_credit(line, parser.field_of)
    if credit is not None:
        fields = dict(credit[0])
    else:
        fields = parser.shaped_row(line, near_title=True) or {}
    if "published" not in fields and (day := parser.closing_date(line)) is not None:
        fields["published"] = day
    return fields if "published" in fields else None


#: earlier closing rows of the same fields that make the page an unsplit compilation (an
#: article quoting one dated source has one such row)
MIN_SIBLINGS = 2


def _closes_block(lines: list[str], j: int) -> bool:
    """``lines[j]`` closes a block: a blank line, a heading-like line (short, no
    sentence's marks) or the page's end follows it, not prose running on."""
    nxt = lines[j + 1].strip() if j + 1 < len(lines) else ""
    return not nxt or (len(nxt) <= 30 and _SENTENCE_MARKS.search(nxt) is None)


def _sibling_closings(
    lines: list[str],
    content: list[int],
    meta: dict[str, str],
    given: dict[str, str],
    parser: MetaParser,
    read: list[tuple[list[int], str]],
    top: int,
    *,
    credits_only: bool = False,
) -> list[int]:
    """``content`` with the dated rows read as the closing of a lone piece put back
    when two other rows of the same fields with other values (another day, another
    source), or one row in the same frame (:func:`split_sibling_rows.parallel_rows`)
    closing an item of a digest (:func:`split_sibling_rows.items_match`), each closing a
    block, stand above them in the piece (the closing rows
    of a compilation's pieces, the page left one article): their fields leave
    ``meta`` (those it held
    before stay) and ``read``.  ``credits_only``: the piece is a compilation's, where
    only a writer's credit row is so judged (one other above it)."""
    back: list[tuple[list[int], str]] = []
    for idx, ref in read:
        fields = json.loads(ref)
        if not isinstance(fields, dict) or not {"published", "origin", "author"} & set(fields):
            continue
        siblings = parallel = 0
        headed_items = False
        # a writer's credit row names the writer of what it closes: one other writer's
        # credit of the same fields above is another piece's (a dated row may cite one
        # dated source inside the text: two are needed there), its frame closing it
        credited = "published" not in fields and "author" in fields
        if credits_only and not credited:
            continue
        for j in range(top, idx[0]):
            if len(lines[j]) > 120 or not (credited or _closes_block(lines, j)):
                continue
            if len(idx) == 1 and parallel_rows(lines[j], lines[idx[0]]) and heads_next(lines, j):
                parallel += 1  # the same frame, another source (split_sibling_rows)
                headed_items = headed_items or items_match(lines, top, j)
                continue
            if "published" in fields:
                other = _closing_fields(lines[j], parser)
            else:
                # a writer's credit row ('（记录：某某）', '〈执笔　某某〉'): the closing
                # credit of another piece above, another writer named in the same fields
                credit = foot_credit(lines[j], parser.field_of, closing=True)
                other = credit[0] if credit is not None else None
            if other is not None and set(other) == set(fields) and other != fields:
                siblings += 1
        if siblings + parallel >= (1 if credited else MIN_SIBLINGS) or headed_items:
            back.append((idx, ref))
    return _put_back(content, meta, given, read, back)


def _put_back(
    content: list[int],
    meta: dict[str, str],
    given: dict[str, str],
    read: list[tuple[list[int], str]],
    back: list[tuple[list[int], str]],
) -> list[int]:
    """``content`` with the rows ``back`` (of ``read``) put back as text: their fields
    leave ``meta`` (those ``given`` before stay) and ``read``."""
    if not back:
        return content
    for idx, ref in back:
        read.remove((idx, ref))
        for k, v in json.loads(ref).items():
            if k not in given and meta.get(k) == v:
                del meta[k]
    return sorted({*content, *(i for idx, _ in back for i in idx)})


def _bio(
    lines: list[str],
    content: list[int],
    meta: dict[str, str],
    parser: MetaParser,
    read: list[tuple[list[int], str]],
    *,
    headed: bool,
) -> list[int]:
    """``content`` without a biography row closing it (:func:`split_bio_row.bio_row`),
    read into ``meta`` and ``read``; a piece of a title and the row alone keeps it.  The
    note is the piece's metadata only on a piece of a compilation (``headed``) or when it
    opens with the name of the writer read for the piece (:func:`split_bio_row.about`):
    a lone page's note on whoever wrote a book it sells or reviews is its text."""
    if len(content) <= 2:
        return content
    bio = bio_row(lines[content[-1]], parser.field_of)
    if bio is None or not (headed or about(bio["author_bio"], meta.get("author"))):
        return content
    if among_notes(lines[content[-2]], parser.field_of):
        return content  # one of an entry's labelled paragraphs: its text
    for k, v in bio.items():
        meta.setdefault(k, v)
    read.append(([content[-1]], json.dumps(bio, ensure_ascii=False)))
    return content[:-1]


_HAN_NAME = re.compile(r"^[\u4e00-\u9fff]+$")
# a number's value alone on its line: a code, after at most eight Han letters naming its
# register ('某准字Z20210001'); four digits at least, no space, no sentence mark
_SECTION_CODE = re.compile(
    r"^[\u4e00-\u9fff]{0,8}(?=(?:[A-Za-z-]*\d){4})[A-Za-z0-9]+(?:[-/_.][A-Za-z0-9]+)*$"
)


@lru_cache(maxsize=1)
def _division_endings() -> tuple[str, ...]:
    return tuple(load_table("headers")["meta"]["division_endings"])


def division(name: str) -> bool:
    """``name`` is a division of an organisation, two to eight Han letters ending like one
    (``division_endings`` in headers.toml: '某某规划科', '某某股'), no organisation itself.

    >>> division("营运规划科"), division("某某市交通局"), division("科")
    (True, False, False)
    """
    return (
        2 <= len(name) <= 8
        and _HAN_NAME.match(name) is not None
        and name.endswith(_division_endings())
    )


@lru_cache(maxsize=1)
def _desk_endings() -> tuple[str, ...]:
    return tuple(load_table("headers")["meta"]["desk_endings"])


def desk_under(desk: str, signer: str) -> bool:
    """``desk`` is a desk of the organisation ``signer`` (a division, or a short name
    ending like a department: ``desk_endings`` in headers.toml) and ``signer`` no desk
    itself: a longer name, none of its endings.  A piece signed by the desk its row
    names (``医务部`` over ``医务部``) has no second body.

    >>> desk_under("信息管理部", "某某农商银行股份有限公司"), desk_under("综合室", "某某市交通局")
    (True, True)
    >>> desk_under("医务部", "医务部"), desk_under("某某市人民政府", "某某市水务局")
    (False, False)
    >>> desk_under("信息管理部", "后勤保障部")
    False
    """
    if not desk or desk == signer or len(signer) <= len(desk):
        return False
    ends = _division_endings() + _desk_endings()
    shaped = 2 <= len(desk) <= DESK_MAX and _HAN_NAME.match(desk) is not None
    return shaped and desk.endswith(ends) and not signer.endswith(ends)


#: the longest desk name read under a signing organisation
DESK_MAX = 6


def section_number(body: list[str], parser: MetaParser) -> str | None:
    """The document number a section of the text holds, or None: a label alone on its
    line, framed (``〔登记编号〕``) or closed by a colon (``登记编号：``), naming a number
    (:meth:`MetaParser.field_of` is ``doc_number``), and right under it a code alone
    (:data:`_SECTION_CODE`) or a Chinese document number.  The first such section only.

    >>> p = MetaParser()
    >>> section_number(["〔用法〕", "每日一次。", "〔登记编号〕", "某准字Z20210001"], p)
    '某准字Z20210001'
    >>> section_number(["登记编号：", "AB-2021-0793", "正文。"], p)
    'AB-2021-0793'
    >>> section_number(["〔登记编号〕", "见附表。"], p), section_number(["〔用法〕", "Z2021001"], p)
    (None, None)
    """
    for n, line in enumerate(body[:-1]):
        s = line.strip()
        if len(s) > LABEL_MAX_CHARS:
            continue  # neither a framed label nor a label closed by a colon (most lines)
        if frame(s) is not None:
            label = s[1:-1]
        elif s[-1:] in ":：" and 2 <= len(s) <= 11:
            label = s[:-1]
        else:
            continue
        if parser.field_of(label) != "doc_number":
            continue
        value = body[n + 1].strip()
        if _SECTION_CODE.match(value) or parser.doc_number(value):
            return value
        return None
    return None
