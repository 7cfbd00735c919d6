"""Metadata rows whose cells carry no ``label：value`` pair the label tables can read.

Two shapes, read by the words the metadata tables already hold (``field_of``), not by
any site's wording:

* a **cover line** (a standard's or a filing's cover): cells apart by wide spaces, one a
  date followed by what happened on it (``2021-03-05发布``, ``2021-06-01实施``: the verb
  names the field as ``<verb>日期`` would), one a document number (Latin letters or Han,
  a slash or a dash, digits: ``T/ABC 012—2021``), one a name (the issuer).  Two dated
  cells at least: a single ``…发布`` cell may be prose.
* a **labelled-date row** (a review or update line): short cells apart by bars or wide
  spaces, no sentence punctuation, one cell ``<label>：<date>`` whose label names the
  publish date (``更新：``, ``最近更新：`` read as ``…更新日期``).
* a **field-cells row** (a header's one row of facts): cells apart by wide spaces or
  bars, each a short label and its value (``编号：X　发布日期：…``, ``上线 2021.3.5　时长
  48:12``) or an issue number (``No.12``), no sentence punctuation.  Labels the tables
  name give their fields; a date under a label that names no field and no other date
  (``上线``, not ``报名日期``) is the one publish date of the row.  A publishing verb's
  value ``<name> · <date>`` (``发布：某学会 · 2021.03.05``) gives the issuer and the date:
  the verb names the field as ``<verb>日期`` would.  Cells the tables do not name
  (a host, a duration) are read past; the row counts when one field is found.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from cleaner.rules import load_table
from cleaner.stages.name_notes import unit_notes_out
from cleaner.stages.sentence_marks import CLAUSE_MARK as _SENTENCE
from cleaner.stages.split_cell_marks import _is_org
from cleaner.stages.split_dated_cells import refused_label
from cleaner.stages.split_dates import (
    ROC_CN_DATE,
    YMD_DAY,
    label_date,
    normalise_date,
    simplified_label,
)

__all__ = ["SEAL_MARK", "cover_line", "field_cells_row", "labelled_date_row"]

_CELLS = re.compile(r"\s{2,}|\u3000+|\t|\s*[|｜丨]\s*")
_DATE = YMD_DAY
_DATED_VERB = re.compile(rf"^(?P<date>{_DATE})\s*(?P<verb>[\u4e00-\u9fff]{{2}})$")
_DOC_NO = re.compile(
    r"^[A-Za-z\u4e00-\u9fff]{1,8}\s*[/／]?\s*[A-Za-z]{0,8}\s*[\d.]{1,8}\s*[—\-–]\s*\d{4}$"
)
_NAME = re.compile(r"^[\u4e00-\u9fff（）()·]{2,30}$")
_LABEL_DATE = re.compile(rf"^(?P<k>[\u4e00-\u9fff]{{2,6}})\s*[:：]\s*(?P<date>{_DATE})$")
_YEAR = re.compile(r"\d{4}\s*[-年./／]")

Fields = Callable[[str], str | None]


def _field(word: str, field_of: Fields) -> str | None:
    """The field a verb or label names, read as the label itself or ``<word>日期``."""
    return field_of(word) or field_of(word + "日期")


def cover_line(
    line: str, field_of: Fields, doc_number: Fields | None = None
) -> dict[str, str] | None:
    """Fields of a cover line, or None.

    >>> from cleaner.stages.split_meta import MetaParser
    >>> cover_line("Q/AB 3—2020　　2020-01-02发布　　2020-03-01实施　　某某协会",
    ...            MetaParser().field_of)
    {'doc_number': 'Q/AB 3—2020', 'published': '2020-01-02', 'effective': '2020-03-01', \
'issuer': '某某协会'}
    >>> cover_line("2020-01-02发布的文件　　很多", MetaParser().field_of)

    A law's promulgation line has one dated verb: the issuer, the date it was made
    public and the order's number (``doc_number``: the tables' number shapes), all three:

    >>> p = MetaParser()
    >>> cover_line("某市人民政府　2020年1月2日公布　某市人民政府令第7号", p.field_of, p.doc_number)
    {'issuer': '某市人民政府', 'published': '2020-01-02', 'doc_number': '某市人民政府令第7号'}
    >>> cover_line("某市人民政府　2020年1月2日公布", p.field_of, p.doc_number)
    """
    s = line.strip()
    if len(s) > 120 or not _YEAR.search(s) or _SENTENCE.search(s):
        return None
    cells = [c for c in _CELLS.split(s) if c]
    if not 3 <= len(cells) <= 6:
        return None
    meta: dict[str, str] = {}
    dated = 0
    numbered = False  # a number by the tables' shapes ('某市人民政府令第7号')
    for cell in cells:
        m = _DATED_VERB.match(cell)
        if m is not None:
            field, date = _field(m["verb"], field_of), normalise_date(m["date"])
            if field is None or date is None or field in meta:
                return None
            meta[field] = date
            dated += 1
        elif _DOC_NO.match(cell) and "doc_number" not in meta:
            meta["doc_number"] = cell
        elif doc_number is not None and "doc_number" not in meta and doc_number(cell):
            meta["doc_number"] = cell
            numbered = True
        elif _NAME.match(cell) and "issuer" not in meta:
            meta["issuer"] = cell
        else:
            return None
    if dated == 1 and numbered and "issuer" in meta:
        return meta  # issuer, date, the order's own number: a promulgation line
    return meta if dated >= 2 else None


def labelled_date_row(line: str, field_of: Fields) -> dict[str, str] | None:
    """The publish date of a review or update row, or None.

    >>> from cleaner.stages.split_meta import MetaParser
    >>> labelled_date_row("✔ 由 某某 校对　｜　最近更新：2020/01/02", MetaParser().field_of)
    {'published': '2020-01-02'}
    >>> labelled_date_row("最近更新：2020/01/02", MetaParser().field_of)
    """
    s = line.strip()
    if len(s) > 80 or ("：" not in s and ":" not in s) or _SENTENCE.search(s):
        return None
    cells = [c for c in _CELLS.split(s) if c]
    if not 2 <= len(cells) <= 5 or any(len(c) > 40 for c in cells):
        return None
    dates = [
        d
        for c in cells
        if (m := _LABEL_DATE.match(c))
        and _field(m["k"], field_of) == "published"
        and (d := normalise_date(m["date"]))
    ]
    return {"published": dates[0]} if len(dates) == 1 else None


_CELL_PAIR = re.compile(r"^(?P<k>[\u4e00-\u9fff]{2,6})\s*(?:[:：]\s*|\s+)(?P<v>\S.{0,29})$")
_ISSUE_CELL = re.compile(r"^[A-Za-z]{1,10}\.?\s?\d{1,4}$")  # an issue or episode number
_NAME_DATE = re.compile(rf"^(?P<name>[^\d:：]{{2,30}}?)\s*[·•|｜/／]\s*(?P<date>{_DATE})$")
# a label that says which date it holds ('报名日期', '截止时间'): not the publish date
_DATE_WORDS = ("日期", "时间", "日", "期", "时")
_DATE_FIELDS = frozenset(("published", "effective", "expires"))


_HAN_BEFORE_COLON = re.compile(r"([\u4e00-\u9fff]{3,8})[:：]")


def _unglued(cell: str, field_of: Fields) -> list[str]:
    """``cell`` cut before every later label a value runs into (a repair may have taken
    the space between them: ``采购人：某中心公告日期：…``).  The label is the shortest
    end of the Han run before the colon that the tables name (``公告日期``, not
    ``中心公告日期``); a run that ends in no named label stays in the value.

    >>> from cleaner.stages.split_meta import MetaParser
    >>> _unglued("招标人：某区中心公告日期：2020-05-01", MetaParser().field_of)
    ['招标人：某区中心', '公告日期：2020-05-01']
    >>> _unglued("主持：某某 × 嘉宾：某某某", MetaParser().field_of)
    ['主持：某某 × 嘉宾：某某某']
    """
    cuts = []
    first = min((i for i in (cell.find("："), cell.find(":")) if i >= 0), default=-1)
    for m in _HAN_BEFORE_COLON.finditer(cell, first + 1 if first >= 0 else 0):
        run = m[1]
        for size in range(2, min(6, len(run) - 1) + 1):
            if field_of(run[-size:]):
                cuts.append(m.end(1) - size)
                break
    parts = [cell[a:b] for a, b in zip([0, *cuts], [*cuts, len(cell)], strict=True)]
    return [p.strip() for p in parts if p.strip()]


def field_cells_row(
    line: str, field_of: Fields, *, person_of: Callable[[str, str], str | None] | None = None
) -> dict[str, str] | None:
    """Fields of a header's row of labelled cells (see the module docstring), or None.
    ``person_of(label, value)``: the field a label gives over a person's name where its
    class reads a person otherwise than a body (a handler's label: the author).

    >>> from cleaner.stages.split_meta import MetaParser
    >>> f = MetaParser().field_of
    >>> field_cells_row("No.7　主持：某某　时长 31:08　播出 2020.3.6", f)
    {'published': '2020-03-06'}
    >>> field_cells_row("发布：某市医学会 · 2020.03.06", f)
    {'issuer': '某市医学会', 'published': '2020-03-06'}
    >>> field_cells_row("报名日期：2020-03-06　地点：礼堂", f), field_cells_row("播出 2020.3.6", f)
    (None, None)
    >>> field_cells_row("主讲人：林某（某学院，副教授）　｜　主持：周某", f)
    {'author': '林某（某学院，副教授）'}
    >>> field_cells_row("主讲人：林某，欢迎各位参加　｜　主持：周某", f) is None
    True
    >>> p = MetaParser().person_field
    >>> field_cells_row("承办人：林某某　电话：(08)123-4567", f, person_of=p)
    {'author': '林某某'}
    """
    s = line.strip()
    # a comma inside a bracketed note ('某某（某专业，博士）') parts no clause of the row
    if len(s) > 100 or _SENTENCE.search(unit_notes_out(s)):
        return None
    cells = [x for c in _CELLS.split(s) if c.strip() for x in _unglued(c.strip(), field_of)]
    if not 1 <= len(cells) <= 6:
        return None
    meta: dict[str, str] = {}
    loose: list[str] = []  # dates under labels that name no field
    for cell in cells:
        if _ISSUE_CELL.match(cell):
            continue
        m = _CELL_PAIR.match(cell)
        if m is None:
            return None
        k, v = m["k"], m["v"].strip()
        field = (person_of(k, v) if person_of is not None else None) or field_of(k)
        nd = _NAME_DATE.match(v)
        if field is None and nd is not None and _field(k, field_of) == "published":
            meta.setdefault("issuer", nd["name"].strip())
            loose.append(nd["date"])
            continue
        date = normalise_date(v) if re.fullmatch(_DATE, v) else None
        if date is None and field in _DATE_FIELDS:
            date = label_date(k, v)  # an ROC-era date ('110-03-09') under a date label
        if field in _DATE_FIELDS:
            if date is None:
                return None
            meta.setdefault(field, date)
        elif field is not None:
            meta.setdefault(field, v)
        elif date is not None and refused_label(k):
            return None  # '活动时间', '有效期至': a day to come or a limit: the row is text
        elif date is not None and not k.endswith(_DATE_WORDS):
            loose.append(v)
    if len(cells) == 1 and "issuer" not in meta:
        return None  # one labelled cell alone is the tables' business (parse_meta_line)
    if "published" not in meta and len(loose) == 1:
        date = normalise_date(loose[0])
        if date is not None:
            meta["published"] = date
    return meta or None


_BARE_DATE = re.compile(
    rf"^(?:{_DATE}|[〇○零一二三四五六七八九]{{4}}\s*年\s*[一二三四五六七八九十]{{1,3}}\s*月"
    r"\s*[一二三四五六七八九十]{1,3}\s*日"
    rf"|{ROC_CN_DATE})$"
)
# a preface's or a record's sign-off on one line: the date, a wide space, the writer and
# the verb of signing ('民國一百零九年五月十六日　某某谨识', '2020年5月16日  某某记'); the
# date is the piece's, the writer no field
_DATED_SIGNATURE = re.compile(
    r"^(?P<date>.{6,18}?日)[ \t\u3000]+[\u4e00-\u9fff]{2,8}?"
    r"(?:谨识|謹識|敬识|敬識|谨记|謹記|谨志|謹誌|识|識|记|記|撰|书|書)$"
)
_PROSE_END = re.compile(r"[。！？!?；;]\s*$")
# a sign-off on one line: the signing body, a gap (a full-width space or two spaces), its
# date alone after it ('某某市自然资源局　2023年2月14日')
_ONE_LINE_SIGNED = re.compile(
    r"^(?P<name>[\u4e00-\u9fff（）()]{2,30}?)(?:[ \t]*\u3000[ \t\u3000]*|[ \t]{2,})"
    r"(?P<date>\S.{4,17})$"
)
# a letter's sign-off: the signer's name, then a letter's closing word ('某某局　敬启'); the
# closing words of site_repeat_keep.toml's valediction_signature
_VALEDICTION = re.compile(
    r"^(?P<name>[^\s:：，,。；;！？!?|｜]{2,30}?)[ \t\u3000]*"
    r"(?:敬启|谨启|拜启|敬上|谨上|谨呈|敬啟|謹啟|拜啟|謹上|謹呈)$"
)
_SIGNER = re.compile(r"^[\u4e00-\u9fff（）()]{2,30}$")
#: a seal's or a signature's place after a party's name ('召回企业：某厂（盖章）　日期', a
#: sign-off's '某局（章）　日期'): the printed form's mark of where the seal goes, no part of
#: the name; the row is read without it
SEAL_MARK = re.compile(r"[ \t]*[（(][ \t]*(?:盖章|蓋章|签章|簽章|公章|印章|章)[ \t]*[）)]")


@lru_cache(maxsize=1)
def _signer_shape() -> re.Pattern[str]:
    """The shape of a signing body's name (``signature_org`` in site_repeat_keep.toml:
    a name ending in 政府, 委员会, 局, 公司 …): a short last sentence is no signer."""
    keep = load_table("site_repeat_keep")["keep"]
    return re.compile(next(k["pattern"] for k in keep if k["name"] == "signature_org"))


# an English notice's sign-off: an office's name, then maybe its institution after a
# comma ('Office of Student Life, Some University'): capitalised words, 'of'/'and'/'for'
_LATIN_WORDS = r"[A-Z][A-Za-z'&-]*(?: (?:of|and|for|the|[A-Z][A-Za-z'&-]*)){0,7}"
_LATIN_SIGNER = re.compile(rf"^(?P<unit>{_LATIN_WORDS})(?:, (?P<inst>{_LATIN_WORDS}))?$")


def latin_signer(line: str) -> str | None:
    """The office that signs an English notice on its last line, or None: a name that
    opens or ends with an office's word (``[posted_by_unit]`` in headers.toml).

    >>> latin_signer("Office of Student Life, Some University")
    'Office of Student Life'
    >>> latin_signer("Housing Services"), latin_signer("Best wishes, Mary Stone")
    ('Housing Services', None)
    >>> latin_signer("See you at the Office."), latin_signer("Thank you for your support")
    (None, None)
    """
    m = _LATIN_SIGNER.match(line.strip())
    if m is None:
        return None
    unit = m["unit"]
    openers, endings = _office_words()
    if unit.split(" ", 1)[0] in openers and " of " in unit:
        return unit
    return unit if " " in unit and unit.endswith(endings) else None


@lru_cache(maxsize=1)
def _office_words() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """``[posted_by_unit]``'s openers and endings of an office's name (headers.toml)."""
    words = load_table("headers").get("posted_by_unit", {})
    return tuple(words.get("openers", ())), tuple(words.get("endings", ()))


#: bodies signing one document jointly, one a line over its date (:func:`sign_off`)
SIGNERS_MAX = 4
#: the gap between bodies signing jointly on one line ('某某局　某某局': a full-width
#: space or two spaces or more; one space may stand inside a name written with spaces)
_GAP = re.compile(r"(?:[ \t]*\u3000[ \t\u3000]*|[ \t]{2,})")


def signed_off(line: str) -> bool:
    """Whether ``line`` alone is a letter's sign-off naming its signing body (``某某有限
    公司谨启``, ``某某市交通管理處　敬啟``): a notice's own closing line, whatever box a
    page sets it in (a forum's signature box is named alike).

    >>> signed_off("某某巴士有限公司謹啟"), signed_off("某某市交通管理處　敬啟")
    (True, True)
    >>> signed_off("某某同学　敬上"), signed_off("人生若只如初见")
    (False, False)
    """
    return "issuer" in sign_off([line.strip()]) if _VALEDICTION.match(line.strip()) else False


def bare_date(line: str) -> bool:
    """Is ``line`` a date alone (``2021年5月24日``, ``二〇二一年五月二十四日``)?  The line a
    two-line :func:`sign_off` reads a signer together with its date from is one: the
    signer's own line or the one under it (its other readings give a date or a signer
    alone), so a reader of such pairs may skip the pairs without one.

    >>> bare_date(" 2021年5月24日"), bare_date("二〇二一年五月二十四日"), bare_date("某某局")
    (True, True, False)
    """
    return _BARE_DATE.match(line.strip()) is not None


def signer_over_date(lines: list[str], j: int, top: int) -> str | None:
    """The signing body on the line right over ``lines[j]``, a date alone closing a
    piece whose title line is ``lines[top]``: the two lines are the piece's sign-off as
    :func:`sign_off` reads one (the first of bodies signing jointly), the body the
    piece's issuer.  None when ``lines[j]`` is no bare date, the line over it is the
    title's own or no body's name.

    >>> page = ["某事公示", "公示内容。", "某某县农业农村局　某某县财政局", "2022年8月11日"]
    >>> signer_over_date(page, 3, 0)
    '某某县农业农村局'
    >>> signer_over_date(["某事公示", "公示内容。", "2022年8月11日"], 2, 0)
    >>> signer_over_date(["某某县农业农村局", "2022年8月11日"], 1, 0)
    """
    if j - 1 <= top or not bare_date(lines[j]):
        return None
    return sign_off([lines[j - 1].strip(), lines[j].strip()]).get("issuer")


def sign_off(last: list[str], *, one_line: bool = False) -> dict[str, str]:
    """The publish date (and the signer, the issuer) of an article's sign-off: its last
    line a date alone (``2021年5月24日``, ``二〇二一年五月二十四日``), the line above it a
    name alone (no punctuation, no digits).  The lines stay in the text: the sign-off is
    part of the document; only its reading goes to ``meta``.

    >>> sign_off(["特此通知。", "某某市教育局", "二〇二一年五月二十四日"])
    {'published': '2021-05-24', 'issuer': '某某市教育局'}
    >>> sign_off(["特此通知。", "2021年5月24日"]), sign_off(["会议定于2021年5月24日召开。"])
    ({'published': '2021-05-24'}, {})
    >>> sign_off(["某某局", "2021年5月24日", "— 以下 —"]), sign_off(["2021年5月24日", "正文。"])
    ({'published': '2021-05-24', 'issuer': '某某局'}, {})
    >>> sign_off(["特此通知。", "某某管理科", "2021年5月24日"])["issuer"]
    '某某管理科'
    >>> sign_off(["特此通知。", "某某市教育局", "某某市财政局", "2021年5月24日"])["issuer"]
    '某某市教育局'
    >>> sign_off(["参加单位：", "某某市教育局", "某某市财政局", "2021年5月24日"])["issuer"]
    '某某市财政局'
    >>> sign_off(["特此公示。", "某某县农业农村局　某某县财政局", "2021年5月24日"])["issuer"]
    '某某县农业农村局'
    >>> sign_off(["特此公示。", "某某县农业农村局　联系电话：12345", "2021年5月24日"])
    {'published': '2021-05-24'}
    >>> sign_off(["我们下次再见吧", "2021年5月24日"])
    {'published': '2021-05-24'}
    >>> sign_off(["……旧事如此。", "民國一百一十年三月九日　某某謹識"])
    {'published': '2021-03-09'}
    >>> sign_off(["特此公告。", "某某市教育局", "民國一百一十年三月九日"])
    {'published': '2021-03-09', 'issuer': '某某市教育局'}

    ``one_line``: the body and its date may also stand on one line, a gap between
    (a piece's own closing line; the boilerplate stage's readers of a signer over a date
    leave it out):

    >>> sign_off(["特此公示。", "某某市自然资源局　2023年2月14日"], one_line=True)
    {'published': '2023-02-14', 'issuer': '某某市自然资源局'}
    >>> sign_off(["特此公示。", "某某市自然资源局　2023年2月14日"])
    {}
    >>> sign_off(["特此通知。", "某某县生态环境局（章）　二〇二一年一月四日"], one_line=True)
    {'published': '2021-01-04', 'issuer': '某某县生态环境局'}
    >>> sign_off(["正文。", "张小明　2023年2月14日"], one_line=True)
    {}
    >>> sign_off(["正文。", "某某局　2023年2月14日上午"], one_line=True)
    {}
    >>> sign_off(["请各位周知。", "某某市交通管理處　敬啟"]), sign_off(["某某同学　敬上"])
    ({'issuer': '某某市交通管理處'}, {})
    """
    if last and last[-1].isascii() and (office := latin_signer(last[-1])) is not None:
        return {"issuer": office}  # an English notice signed by its office, no date
    if last and (closing := _VALEDICTION.match(last[-1].strip())) is not None:
        # a letter's sign-off, no date under it: the signing body is the issuer
        signer = closing["name"]
        if _SIGNER.match(signer) and (
            _signer_shape().match(simplified_label(signer)) or _is_org(signer)
        ):
            return {"issuer": signer}
    # the date may be followed by lines that are no prose (a separator or a link the
    # chrome stages left): the sign-off is the last date line below the last sentence
    k = len(last) - 1
    if last and (signed := _DATED_SIGNATURE.match(last[-1].strip())) is not None:
        if _BARE_DATE.match(signed["date"]) and (value := normalise_date(signed["date"])):
            return {"published": value}
    if one_line and last and (one := _ONE_LINE_SIGNED.match(last[-1].strip())) is not None:
        # the body and the date on one line, a gap between ('某某局　2023年2月14日'): the
        # same sign-off as the body over the date, when the name has a body's shape
        name, date = SEAL_MARK.sub("", one["name"]), one["date"].strip()
        day = normalise_date(date) if _BARE_DATE.match(date) else None
        if (
            day is not None
            and _SIGNER.match(name)
            and (
                _signer_shape().match(name)
                or _signer_shape().match(simplified_label(name))
                or _is_org(name)
            )
        ):
            return {"published": day, "issuer": name}
    while k >= 0 and _BARE_DATE.match(last[k].strip()) is None:
        if _PROSE_END.search(last[k]):
            return {}
        k -= 1
    if k < 0 or len(last[k].strip()) > 18:  # 民國一百一十三年十二月二十八日: 16
        return {}
    value = normalise_date(last[k].strip())
    if value is None:
        return {}
    out = {"published": value}
    signer = last[k - 1].strip() if k > 0 else ""
    # a body's name over the date: the signing bodies' shape (written in simplified
    # letters: a traditional name '某某管理處' is read in its simplified form, and kept as
    # printed), or any organisation's ending (a hospital's 科, an institute's 所: the
    # place vouches for the name)
    shape = _signer_shape()

    def body(name: str) -> bool:
        return _SIGNER.match(name) is not None and bool(
            shape.match(name) or shape.match(simplified_label(name)) or _is_org(name)
        )

    joint = _GAP.split(signer)
    if 1 < len(joint) <= SIGNERS_MAX and all(body(name) for name in joint):
        # bodies signing jointly on one line, parted by gaps ('某某局　某某局' over the
        # date): the first named leads the document (its issuer), as one a line does
        out["issuer"] = joint[0]
    elif body(signer):
        # bodies signing jointly, one a line over the date: the first named leads the
        # document (its issuer), the others join it
        # (the run opens right under the text's last sentence: names in a list of the
        # text over the signer are no signers)
        j = k - 1
        while j > 0 and k - j < SIGNERS_MAX and body(last[j - 1].strip()):
            j -= 1
        if j == k - 1 or (j > 0 and _PROSE_END.search(last[j - 1])):
            out["issuer"] = last[j].strip()
        else:
            out["issuer"] = signer
    return out
