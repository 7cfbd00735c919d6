"""A statute's enactment lines: the dates under its title that say when it was adopted,
revised and put in force.

A law database prints a statute's title, then one line (or a bracketed block) per act of
its making: ``1985年1月21日 第六届…会议通过``, ``1999年10月31日 …修订``,
``（2005年8月31日 某国务院令第447号公布　根据2016年2月6日…第二次修订）``,
``2022年4月10日 施行``.  The text shown is the latest version, so its ``published`` is
the latest adoption or revision date; a clause that only puts it in force (``施行``,
``自…起施行``) gives ``effective``; an order number in such a clause (``…令第N号``) the
``doc_number``.  The verbs are data (``rules/headers.toml`` ``[enactment]``).

Only a statute is read (its text numbers articles ``第一条`` at a line's start), and only
lines right under the title that are nothing but such clauses: a news story's sentence
(``2023年5月1日，市政府审议通过…``) has a comma and is not a clause line; the dates in a
statute's articles (``本法自…起施行``) lie below its first article and are not read.
The lines stay in the text: they are the statute's own.

A law database names each file by the statute's title and its version's date
(``会计法(2024-06-28).md``: the day the version was published), where the head's lines
may print only the adoption date (``2020年12月23日 …会议通过`` of an interpretation
published on 12-29) or stop at an older revision (a head not brought up to date).  That
date (:func:`named_version`) is the version's ``published`` when it is not earlier than
every date the head prints and the file's title is the statute's (LawRefBook, issue 12).
"""

from __future__ import annotations

import re
from functools import lru_cache

from cleaner.rules import load_table
from cleaner.stages.split_meta import normalise_date

__all__ = ["enactment", "named_version"]

#: Enactment lines are looked for among this many lines under the title.
HEAD_LINES = 12
#: An enactment line is at most this long (a bracketed block of clauses on one line).
LINE_MAX_CHARS = 400

_DATE = re.compile(r"(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日")
# a clause line opens with a bracket, a date, '根据' (by a decision …) or '自' (in force from)
_OPENS = re.compile(r"^[（(]?\s*(?:(?:19|20)\d{2}\s*年|根据|自)")
_ARTICLE = re.compile(
    r"^(?:#{1,6}\s*)?第[一二三四五六七八九十百千零〇两\d]{1,8}条(?:[ \t\u3000]|$)"
)
# a file named by a title and a full date in brackets: '会计法(2024-06-28).md'
_NAMED = re.compile(r"^(?P<title>.+?)\s*[（(](?P<day>(?:19|20)\d{2}-\d{2}-\d{2})[）)]\.\w{1,5}$")
_HAN = re.compile(r"[\u4e00-\u9fff]")
_INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff"
# a sentence's marks: a clause line has none (its clauses are spaced)
_SENTENCE = re.compile(r"[，,；;：:！？!?]|。(?!\s*[）)]?\s*$)")


@lru_cache(maxsize=1)
def _vocab() -> tuple[tuple[str, ...], tuple[str, ...], re.Pattern[str]]:
    t = load_table("headers")["enactment"]
    return tuple(t["adopted"]), tuple(t["in_force"]), re.compile(t["doc_number"])


def _clause_line(line: str) -> bool:
    s = line.strip().strip(_INVISIBLE)
    if not s or len(s) > LINE_MAX_CHARS or not _OPENS.match(s) or _SENTENCE.search(s):
        return False
    adopted, in_force, _ = _vocab()
    tail = s.rstrip("）)。 \u3000")
    return bool(_DATE.search(s)) and tail.endswith((*adopted, *in_force))


def enactment(lines: list[str]) -> dict[str, str]:
    """``published``, ``effective`` and ``doc_number`` of a statute from its enactment
    lines (the first lines after its title; see the module doc), or {}.

    >>> head = ["某市河道条例", "2001年3月2日 某市人大常委会通过",
    ...         "2012年5月6日 某市人大常委会修正）", "第一条　为了管理河道，制定本条例。"]
    >>> enactment(head)
    {'published': '2012-05-06'}
    >>> enactment(["某规定", "（2005年8月31日某市人民政府令第12号公布　自2005年10月1日起施行）",
    ...            "第一条　为了规范管理，制定本规定。"])
    {'published': '2005-08-31', 'effective': '2005-10-01', 'doc_number': '某市人民政府令第12号'}
    """
    if "条" not in "".join(lines) or not any(_ARTICLE.match(ln.strip()) for ln in lines):
        return {}  # (every article line holds '条': most pages have none)
    adopted, in_force, number = _vocab()
    found: list[str] = []
    for k, ln in enumerate(lines[:HEAD_LINES]):
        s = ln.strip().strip(_INVISIBLE)
        if _clause_line(s):
            found.append(s)
        elif (found and s) or _ARTICLE.match(s):
            break  # the clause lines end at the first other line (or the first article)
        elif s and k >= 3 and not found:
            return {}  # no clause line right under the title
    published: list[str] = []
    effective: list[str] = []
    numbers: list[str] = []
    for s in found:
        dates = list(_DATE.finditer(s))
        for n, m in enumerate(dates):
            end = dates[n + 1].start() if n + 1 < len(dates) else len(s)
            clause = s[m.start() : end].rstrip("）)。 \u3000")
            day = normalise_date(m.group(0))
            if day is None:
                continue
            if s[: m.start()].rstrip().endswith("自") or (
                clause.endswith(in_force) and not any(w in clause for w in adopted)
            ):
                effective.append(day)
            elif any(w in clause for w in adopted):
                published.append(day)
        numbers += [m.group(0) for m in number.finditer(_DATE.sub(" ", s))]
    out: dict[str, str] = {}
    if published:
        out["published"] = max(published)
    if effective:
        out["effective"] = max(effective)
    if numbers:
        out["doc_number"] = numbers[0]
    return out


def _in_order(short: str, full: str) -> bool:
    """Every Han letter of ``short`` stands in ``full`` in the same order."""
    it = iter(full)
    return all(ch in it for ch in short)


def named_version(source: str | None, title: str, printed: str | None) -> str | None:
    """The version's date a statute's file name gives (module doc), or None: the name is
    the title (its Han letters in order in ``title``: ``会计法`` in ``中华人民共和国会计法``)
    and a bracketed full date no earlier than ``printed`` (the head's latest date).

    >>> named_version("/laws/会计法(2024-06-28).md", "中华人民共和国会计法", "2024-06-28")
    '2024-06-28'
    >>> named_version("/laws/某市条例(2017-09-22).md", "某市条例", "2012-07-27")
    '2017-09-22'
    >>> named_version("/laws/某市条例(2010-01-01).md", "某市条例", "2012-07-27")
    >>> named_version("/laws/另一部法(2017-09-22).md", "某市条例", "2012-07-27")
    """
    if not source:
        return None
    m = _NAMED.match(source.replace("\\", "/").rsplit("/", 1)[-1])
    if m is None:
        return None
    short = "".join(_HAN.findall(m["title"]))
    if len(short) < 2 or not _in_order(short, "".join(_HAN.findall(title))):
        return None
    day = m["day"]
    if normalise_date(day) != day or (printed is not None and day < printed):
        return None
    return day
