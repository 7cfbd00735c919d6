"""Turn records (JSONL lines, Parquet rows, HTML files, WARC records) into raw pages.

A record's text comes from ``text_field`` when it holds a string (bytes: decoded as a
file's), else from ``html_field``
(main text extracted, see :mod:`cleaner.ingest.html`); a record with neither is
quarantined with the fields it does have.  Extraction is not a text edit, so an HTML page
is given to the pipeline as ``text`` with its original bytes in ``data``: the pipeline's
rebuild check then keeps those bytes (``rebuild: "stored"``).  JSONL lines with a text
field keep their envelope so they rebuild from text alone.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from itertools import pairwise
from typing import Any, TypeGuard

from cleaner.ingest.limits import ReadConfig, check_complexity
from cleaner.model import RawInput

#: Largest single page (file, JSONL line, WARC record or Parquet cell) we process.
#: Real pages are under 5 MB; a larger "page" is a dump on one line and would need
#: several copies in memory on its way through the stages.  It is quarantined, with
#: its first :data:`COPY_HEAD` bytes copied (the input itself stays where it is).
MAX_PAGE_BYTES = 32 * 1024 * 1024
COPY_HEAD = 1024 * 1024


@dataclass(frozen=True, slots=True)
class ReadOptions:
    """How to read inputs (``cleaner run`` options of the same names).

    ``text_field``/``html_field``/``id_field``/``url_field`` name the JSONL/Parquet fields;
    ``title_field``/``date_field``/``author_field`` (none by default) the record's own
    title, date and author; ``site`` overrides the site of every page; ``glob`` filters
    files found in folders (``"*.html"``); ``max_page_bytes`` is the size limit of one page;
    ``limits`` the other ``[read]`` budgets; ``spools`` (a
    :class:`cleaner.ingest.parquet.Spools`) keeps spooled Parquet files between the reads of
    one run.
    ``warc_records`` (record types), ``warc_status`` (``2xx``, ``404``, ``any``) and
    ``warc_types`` (``text/html``, ``text/*``, ``any``) choose the archive records that
    become pages (:mod:`cleaner.ingest.warc`).
    """

    text_field: str = "text"
    html_field: str = "html"
    id_field: str = "id"
    url_field: str = "url"
    title_field: str | None = None
    date_field: str | None = None
    author_field: str | None = None
    site: str | None = None
    glob: str | None = None
    max_page_bytes: int = MAX_PAGE_BYTES
    limits: ReadConfig = field(default_factory=ReadConfig)
    spools: Any = field(default=None, compare=False)
    warc_records: tuple[str, ...] = ("response",)
    warc_status: tuple[str, ...] = ("2xx",)
    warc_types: tuple[str, ...] = ("text/html", "application/xhtml+xml")


def html_page(
    source: str,
    data: bytes,
    container: dict[str, Any],
    opts: ReadOptions,
    *,
    url: str | None = None,
    record_id: str | None = None,
    site: str | None = None,
    html: str | None = None,
) -> RawInput:
    """An HTML page: main text extracted; the original bytes kept as ``data``.

    Raises :class:`cleaner.ingest.limits.OverBudget` (``too_complex``) for a page with
    more elements than ``opts.limits`` allow."""
    from cleaner.ingest.encoding import damage, decode_html
    from cleaner.ingest.html import Extracted, extract

    container = dict(container)
    if html is None:
        dec = decode_html(data)
        html = dec.text
        container["encoding"] = dec.encoding
        container["encoding_confidence"] = dec.confidence
        container["encoding_runner_up"] = dec.runner_up
    # a page too complex to parse in bounded time raises OverBudget
    check_complexity(html, max_elements=opts.limits.max_html_elements)
    try:
        ext = extract(html, url=url, site=opts.site or site)
    except RecursionError:  # pragma: no cover - the walker is iterative; belt and braces
        from cleaner.ingest.html import _flat_text

        ext = Extracted(_flat_text(html), method="flat")
    text, drops = _visible_with_drops(ext)
    hurt = damage(text)  # double mojibake is undone (and recorded) by the pipeline's read step
    if hurt:
        container["damage"] = hurt
    container["title"] = ext.title
    for key, value in (getattr(ext, "meta", None) or {}).items():  # published, site_name, h1
        container[f"html_{key}"] = value
    container["extract"] = ext.method
    fallback = getattr(ext, "fallback", None)
    if fallback:
        container["extract_fallback"] = fallback
    return RawInput(
        source=source,
        data=data,
        container=container,
        text=text,
        record_id=record_id,
        url=url or ext.url,
        site=opts.site or site,
        drops=drops,
    )


def _visible_with_drops(ext: Any) -> tuple[str, tuple[tuple[int, int, str], ...]]:
    """The page's visible text and the spans extraction left out of it.

    The pipeline receives everything a reader could see on the page and records the
    extraction's choices as ``extract`` deletions, so ``explain``, the report and the gate
    see what was dropped, and the kept text plus the ledger rebuild the visible text.  The
    title line that :attr:`Extracted.text` puts in front of the body is kept in front.
    Falls back to the extracted text alone (nothing recorded) if the spans do not
    reproduce the body: extraction must never fail a page.
    """
    visible = getattr(ext, "visible", "") or ""
    drops = tuple(getattr(ext, "drops", ()) or ())
    if not visible:
        return ext.text, ()
    if "\r" in visible:  # a lone CR inside <pre>: length-preserving, so spans stay valid
        visible = visible.replace("\r", " ")
    from cleaner.ingest.html import apply_drops

    ordered = all(a[1] <= b[0] for a, b in pairwise(drops))
    if not ordered or apply_drops(visible, drops) != ext.body.replace("\r", " "):
        return ext.text, ()
    prefix = ext.text[: len(ext.text) - len(ext.body)] if ext.text.endswith(ext.body) else ""
    if ext.body == "" and ext.text:
        prefix = ext.text + "\n"
    if not prefix:
        return visible, drops
    shift = len(prefix)
    return prefix + visible, tuple((s + shift, e + shift, r) for s, e, r in drops)


def field_value(obj: Mapping[str, Any], name: str) -> Any:
    """The value of the field ``name``: the member of that name, else, for a dotted name,
    the member it leads to through nested objects (``page.html`` in a crawler's
    ``{"page": {"html": …}}``); ``None`` when there is none.

    >>> rec = {"page": {"html": "<p>x</p>", "meta": {"date": "2024-01-02"}}, "a.b": 1}
    >>> field_value(rec, "page.html"), field_value(rec, "page.meta.date"), field_value(rec, "a.b")
    ('<p>x</p>', '2024-01-02', 1)
    >>> field_value(rec, "page.body"), field_value(rec, "page.html.x"), field_value(rec, "html")
    (None, None, None)
    """
    if name in obj:
        return obj[name]
    if "." not in name:
        return None
    value: Any = obj
    for part in name.split("."):
        if not isinstance(value, Mapping) or part not in value:
            return None
        value = value[part]
    return value


def has_lone_surrogate(value: Any) -> bool:
    """Whether a decoded JSON value holds a lone surrogate anywhere (a ``"\\ud800"`` escape
    decodes to one): in a string, a key, or any string nested in lists and objects.  Such
    text is not Unicode and cannot be written as UTF-8, so its record is quarantined.

    >>> has_lone_surrogate({"text": ["ok", {"x": "bad \\ud800"}]}), has_lone_surrogate(["ok"])
    (True, False)
    """
    stack = [value]
    while stack:
        v = stack.pop()
        if isinstance(v, str):
            if _LONE.search(v):
                return True
        elif isinstance(v, Mapping):
            stack.extend(v.keys())
            stack.extend(v.values())
        elif isinstance(v, list):
            stack.extend(v)
    return False


_LONE = re.compile("[\ud800-\udfff]")


def _str_field(obj: Mapping[str, Any], name: str) -> str | None:
    v = field_value(obj, name)
    if v is None or isinstance(v, (dict, list)):
        return None
    return str(v)


def record_page(
    source: str,
    obj: Mapping[str, Any],
    data: bytes,
    container: dict[str, Any],
    opts: ReadOptions,
    *,
    line: str | None = None,
) -> RawInput | str:
    """A page from one JSONL object or Parquet row, or the reason it has none."""
    rid = _str_field(obj, opts.id_field)
    url = _str_field(obj, opts.url_field)
    site = _str_field(obj, "site")
    own_title_and_date(obj, container, opts)
    text = field_value(obj, opts.text_field)
    if _is_lines(text):  # a list of paragraphs or verses: one line each
        container["field"] = opts.text_field
        container["joined"] = len(text)
        container["encoding"] = "utf-8"
        text = "\n".join(text)
    elif isinstance(text, str):
        if line is not None:
            env = jsonl_envelope(line, text)
            if env is not None:
                container["envelope"] = env
        else:
            container["field"] = opts.text_field
            container["encoding"] = "utf-8"
    if isinstance(text, str):
        return RawInput(
            source=source,
            data=data,
            container=container,
            text=text,
            record_id=rid,
            url=url,
            site=opts.site or site,
        )
    if isinstance(text, bytes):  # a binary column (Parquet): bytes in any encoding,
        container["field"] = opts.text_field  # decoded as a text file's are
        return RawInput(
            source=source,
            data=text,
            container=container,
            record_id=rid,
            url=url,
            site=opts.site or site,
        )
    html = field_value(obj, opts.html_field)
    if isinstance(html, bytes):  # an HTML page stored as bytes: decoded as an HTML file's
        container["field"] = opts.html_field
        container["html"] = True
        return html_page(source, html, container, opts, url=url, record_id=rid, site=site)
    if isinstance(html, str):
        container["field"] = opts.html_field
        container["html"] = True
        return html_page(
            source, data, container, opts, url=url, record_id=rid, site=site, html=html
        )
    held = [
        f"{name!r} is {_what(value)}"
        for name in (opts.text_field, opts.html_field)
        if (value := field_value(obj, name)) is not None or name in obj
    ]
    return (
        f"no text field {opts.text_field!r} (a string or a list of strings) or "
        f"{opts.html_field!r} ({'; '.join([*held, f'fields: {field_hint(obj)}'])}); "
        "choose one with --text-field/--html-field"
    )


def _what(value: Any) -> str:
    """What a field holds instead of text, for the missing-field reason.

    >>> [_what(v) for v in (None, 3, [], [1], {"a": 1}, True)]
    ['null', 'a number', 'an empty list', 'a list of non-strings', 'an object', 'a boolean']
    """
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, list):
        return "a list of non-strings" if value else "an empty list"
    if isinstance(value, Mapping):
        return "an object"
    return type(value).__name__


def _is_lines(value: Any) -> TypeGuard[list[str]]:
    """A non-empty list of strings: a text field given as paragraphs (or verses).

    >>> _is_lines(["床前明月光，", "疑是地上霜。"]), _is_lines([]), _is_lines(["a", 1])
    (True, False, False)
    """
    return isinstance(value, list) and bool(value) and all(isinstance(v, str) for v in value)


#: Field names that usually hold a page's text or HTML (listed first in the hint).
_TEXTY = (
    "text",
    "content",
    "body",
    "html",
    "article",
    "markdown",
    "document",
    "page",
    "paragraph",
)
#: Most field names the missing-field hint lists before ``…``.
HINT_FIELDS = 40


def field_hint(obj: Mapping[str, Any], *, limit: int = HINT_FIELDS) -> str:
    """The record's field names for the missing-field hint: fields holding text first
    (longest string value first), then the rest by name; ``…`` only when some are left out.

    >>> field_hint({"id": 1, "url": "https://x", "raw_content": "很长的正文" * 20, "a": None})
    'raw_content, a, id, url'
    >>> field_hint({"url": "https://x", "page": {"html": "<p>正文</p>", "title": "标题"}})
    'page.html, page.title, url'
    >>> field_hint({f"f{i}": i for i in range(5)}, limit=3)
    'f0, f1, f2, …'
    """

    def texty(kv: tuple[Any, Any]) -> bool:
        k, v = kv
        if _is_lines(v):
            v = "\n".join(v)
        return isinstance(v, str) and (len(v) >= 200 or any(t in str(k).lower() for t in _TEXTY))

    def size(v: Any) -> int:
        return sum(map(len, v)) + len(v) - 1 if isinstance(v, list) else len(v)

    items = _flat_items(obj)
    first = sorted((kv for kv in items if texty(kv)), key=lambda kv: -size(kv[1]))
    rest = sorted((kv for kv in items if not texty(kv)), key=lambda kv: str(kv[0]))
    names = [str(k) for k, _ in first + rest]
    if not names:
        return "none"
    return ", ".join(names[:limit]) + (", …" if len(names) > limit else "")


def _flat_items(obj: Mapping[str, Any], prefix: str = "", depth: int = 3) -> list[tuple[str, Any]]:
    """The record's fields, those of a nested object by their dotted names (``page.html``,
    which ``--html-field`` takes) down to ``depth`` levels."""
    items: list[tuple[str, Any]] = []
    for k, v in obj.items():
        name = f"{prefix}{k}"
        if isinstance(v, Mapping) and v and depth > 1:
            items.extend(_flat_items(v, f"{name}.", depth - 1))
        else:
            items.append((name, v))
    return items


def own_title_and_date(
    obj: Mapping[str, Any], container: dict[str, Any], opts: ReadOptions
) -> None:
    """The record's own title, date and author (``--title-field``/``--date-field``/
    ``--author-field``) into the container (``record_title``, ``record_date`` as
    YYYY-MM-DD, ``record_author``); a date that cannot be read is kept as
    ``record_date_raw``.  A list of names (``["甲", "乙"]``) is one author value, the
    names joined by ``、``."""
    if opts.title_field:
        title = _str_field(obj, opts.title_field)
        if title and title.strip():
            container["record_title"] = " ".join(title.split())
    if opts.author_field:
        author = record_author(field_value(obj, opts.author_field))
        if author:
            container["record_author"] = author
    if opts.date_field:
        raw = _str_field(obj, opts.date_field)
        if raw and raw.strip():
            day = normalise_record_date(raw)
            if day:
                container["record_date"] = day
            else:
                container["record_date_raw"] = raw.strip()[:100]


def record_author(value: Any) -> str | None:
    """A record's author field as one value: a name, or a list of names (strings, or
    objects with a ``name``) joined by ``、``; ``None`` when it holds no name.

    >>> [record_author(v) for v in ("  王  小明 ", ["甲", {"name": "乙"}, ""], {"name": "丙"}, 3)]
    ['王 小明', '甲、乙', '丙', None]
    """
    if isinstance(value, Mapping):
        value = value.get("name")
    if isinstance(value, str):
        name = " ".join(value.split())
        return name[:200] or None
    if isinstance(value, list):
        names = [n for v in value if not isinstance(v, list) and (n := record_author(v))]
        return "、".join(dict.fromkeys(names))[:200] or None
    return None


def normalise_record_date(value: str) -> str | None:
    """A record's date as YYYY-MM-DD: ISO 8601, RFC 822 (RSS), Chinese dates, or Unix
    seconds/milliseconds; ``None`` when it is none of those.

    >>> [normalise_record_date(v) for v in ("2024-03-01T08:00:00Z", "Tue, 05 Mar 2024 "
    ...  "10:00:00 GMT", "2024年3月6日", "1709251200", "soon")]
    ['2024-03-01', '2024-03-05', '2024-03-06', '2024-03-01', None]
    """
    import datetime as dt
    import email.utils

    from cleaner.stages.split import normalise_date

    v = value.strip()
    if v.isdigit() and len(v) in (10, 13):  # Unix time (seconds or milliseconds), UTC
        secs = int(v) / (1000 if len(v) == 13 else 1)
        return dt.datetime.fromtimestamp(secs, tz=dt.UTC).strftime("%Y-%m-%d")
    day = normalise_date(v)
    if day:
        return day
    try:
        parsed = email.utils.parsedate_to_datetime(v)
    except (TypeError, ValueError, IndexError):
        return None
    return parsed.strftime("%Y-%m-%d")


def jsonl_envelope(line: str, text: str) -> dict[str, Any] | None:
    """Find the text field's literal in the line so the line can be rebuilt exactly."""
    # the ASCII form is encoded only when the line does not hold the other (most lines
    # are written with ensure_ascii=False); one find for the literal, one for a second
    for style, ensure_ascii in (("unicode", False), ("ascii", True)):
        literal = json.dumps(text, ensure_ascii=ensure_ascii)
        i = line.find(literal)
        if i >= 0 and line.find(literal, i + len(literal)) < 0:  # = count(literal) == 1
            return {"prefix": line[:i], "suffix": line[i + len(literal) :], "style": style}
    return None
