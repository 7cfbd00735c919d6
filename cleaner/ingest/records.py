"""Turn records (JSONL lines, Parquet rows, HTML files, WARC records) into raw pages.

A record's text comes from ``text_field`` when it holds a string, else from ``html_field``
(main text extracted, see :mod:`cleaner.ingest.html`); a record with neither is
quarantined with the fields it does have.  Extraction is not a text edit, so an HTML page
is given to the pipeline as ``text`` with its original bytes in ``data``: the pipeline's
rebuild check then keeps those bytes (``rebuild: "stored"``).  JSONL lines with a text
field keep their envelope so they rebuild from text alone.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from itertools import pairwise
from typing import Any

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

    ``text_field``/``html_field``/``id_field``/``url_field`` name the JSONL/Parquet
    fields; ``site`` overrides the site of every page; ``glob`` filters files found in
    folders (``"*.html"``); ``max_page_bytes`` is the size limit of one page; ``limits``
    the other ``[read]`` budgets; ``spools`` (a :class:`cleaner.ingest.parquet.Spools`)
    keeps spooled Parquet files between the reads of one run.
    """

    text_field: str = "text"
    html_field: str = "html"
    id_field: str = "id"
    url_field: str = "url"
    site: str | None = None
    glob: str | None = None
    max_page_bytes: int = MAX_PAGE_BYTES
    limits: ReadConfig = field(default_factory=ReadConfig)
    spools: Any = field(default=None, compare=False)


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


def _str_field(obj: Mapping[str, Any], name: str) -> str | None:
    v = obj.get(name)
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
    text = obj.get(opts.text_field)
    if isinstance(text, str):
        if line is not None:
            env = jsonl_envelope(line, text)
            if env is not None:
                container["envelope"] = env
        else:
            container["field"] = opts.text_field
            container["encoding"] = "utf-8"
        return RawInput(
            source=source,
            data=data,
            container=container,
            text=text,
            record_id=rid,
            url=url,
            site=opts.site or site,
        )
    html = obj.get(opts.html_field)
    if isinstance(html, str):
        container["field"] = opts.html_field
        container["html"] = True
        return html_page(
            source, data, container, opts, url=url, record_id=rid, site=site, html=html
        )
    fields = ", ".join(sorted(map(str, obj))[:12]) or "none"
    return (
        f"no string field {opts.text_field!r} or {opts.html_field!r} (fields: {fields}); "
        f"choose one with --text-field/--html-field"
    )


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


def parquet_rows(pf: Any, source: str, opts: ReadOptions) -> Iterator[tuple[int, Any] | str]:
    """Rows of a Parquet file (batch by batch), or one reason string if none can be read;
    a row with an oversized cell comes as a ``Quarantined`` entry in place of its dict."""
    names = set(pf.schema_arrow.names)
    if opts.text_field not in names and opts.html_field not in names:
        cols = ", ".join(sorted(names)[:12])
        yield (
            f"no column {opts.text_field!r} or {opts.html_field!r} (columns: {cols}); "
            f"choose one with --text-field/--html-field"
        )
        return
    wanted = [
        c
        for c in (opts.text_field, opts.html_field, opts.id_field, opts.url_field, "site")
        if c in names
    ]
    from cleaner.ingest.parquet import bounded_rows, oversized_group

    read = list(dict.fromkeys(wanted))
    i = 0
    for k in range(pf.num_row_groups):
        group = pf.metadata.row_group(k)
        over = oversized_group(group, read, i, source, opts.max_page_bytes)
        if over is not None:  # cells too large even to decode: the group is not read
            yield i, over
            i += group.num_rows
            continue
        for batch in pf.iter_batches(batch_size=64, row_groups=[k], columns=read):
            # a cell over the page limit is quarantined from its size alone (its row only)
            yield from bounded_rows(batch, i, source, opts.max_page_bytes)
            i += batch.num_rows
