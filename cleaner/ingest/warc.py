"""Web archives (``.warc``, ``.warc.gz``, ``.arc``, ``.arc.gz``): one page per successful
HTML response, every other record counted.

Records are read by :mod:`cleaner.ingest.warc_records` (WARC 1.0/1.1 and ARC, gzip member
by member, a bad record quarantined and reading resumed at the next one).  What becomes a
page is what a search engine indexes from a crawl: a ``response`` record whose HTTP status
is 2xx and whose body is HTML or XHTML (by ``Content-Type``, or by content when the type
is missing).  Everything else is skipped and counted by record type and what excluded it
(``response 302``, ``response image/png``, ``resource text/plain``, ``request``,
``warcinfo`` …); :func:`read_warc` yields the counts of an archive as one
:class:`~cleaner.ingest.source.Skipped` item, which ``summary.json`` sums under
``read.skipped``.  ``ReadOptions.warc_records``/``warc_status``/``warc_types`` (``cleaner
run --warc-records/--warc-status/--warc-types``) widen the choice.

A page's bytes are the HTTP body with its transfer and content coding undone
(:mod:`cleaner.ingest.http`, what a browser parses); the record's id, target URI, date,
status and offset in the file go in the page's ``container`` so the record can be found
again.  Those bytes are kept in ``originals/`` (HTML extraction is not a text edit), so
``rebuild`` gives them back byte for byte.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from typing import IO, TYPE_CHECKING, Any

from cleaner.ingest.archive_stream import ArchiveStream
from cleaner.ingest.http import decode_body, media_type, parse_response
from cleaner.ingest.source import Quarantined, Skipped
from cleaner.ingest.warc_records import Record, RecordProblem, iter_records
from cleaner.model import RawInput

if TYPE_CHECKING:
    from cleaner.ingest.records import ReadOptions

#: Defaults of ``--warc-records``, ``--warc-status`` and ``--warc-types``.
WARC_RECORDS = ("response",)
WARC_STATUS = ("2xx",)
WARC_TYPES = ("text/html", "application/xhtml+xml")
_HTML_TYPES = ("text/html", "application/xhtml+xml", "application/xhtml")


@dataclass(frozen=True, slots=True)
class WarcPage:
    payload: bytes
    url: str | None
    content_type: str
    record: dict[str, Any]  # record id, type, date, status, offset …


def status_ok(status: int | None, accepted: tuple[str, ...]) -> bool:
    """Whether an HTTP status passes ``--warc-status`` (``2xx``, ``200``, ``any``).

    >>> status_ok(204, ("2xx",)), status_ok(302, ("2xx",)), status_ok(404, ("2xx", "404"))
    (True, False, True)
    """
    if "any" in accepted:
        return True
    if status is None:
        return False
    code = str(status)
    return any(a == code or (a.endswith("xx") and a[0] == code[0]) for a in accepted)


def type_ok(mtype: str, accepted: tuple[str, ...]) -> bool:
    """Whether a media type passes ``--warc-types`` (``text/html``, ``text/*``, ``any``)."""
    return "any" in accepted or any(
        mtype == a or (a.endswith("/*") and mtype.startswith(a[:-1])) for a in accepted
    )


def classify(rec: Record, opts: ReadOptions, *, limit: int) -> WarcPage | str:
    """The page a record gives, or the key it is skipped under (``response 404`` …).

    Raises :class:`ValueError` when the body declares a coding it cannot be decoded from.
    """
    from cleaner.ingest.sniff import sniff_content

    if rec.type not in opts.warc_records:
        detail = ""
        if rec.type == "resource":
            detail = " " + (media_type(rec.headers.get("content-type", "")) or "(no type)")
        return rec.type + detail
    status: int | None = None
    body = rec.block
    ctype = rec.headers.get("content-type", "")
    codings: list[str] = []
    msg = None
    if rec.type in ("response", "revisit") and (
        "application/http" in ctype.lower() or rec.block.startswith(b"HTTP/")
    ):
        msg = parse_response(rec.block)
        if msg is None:
            return f"{rec.type} (not HTTP)"
        status = msg.status
        if not status_ok(status, opts.warc_status):
            return f"{rec.type} {status}"
        ctype = msg.headers.get("content-type", "")
        body, codings = decode_body(msg, limit=limit)
    mtype = media_type(ctype)
    if not mtype and sniff_content(body[:4096]) == "html":
        mtype = "text/html"  # no Content-Type: the body says what it is
    if not type_ok(mtype, opts.warc_types):
        return f"{rec.type} {mtype or '(no type)'}"
    info: dict[str, Any] = {
        "warc_record_id": rec.headers.get("warc-record-id"),
        "warc_date": rec.headers.get("warc-date"),
        "warc_type": rec.type,
        "offset": rec.offset,
    }
    if rec.fmt == "arc":
        info["archive"] = "arc"
        info.pop("warc_record_id")
    if not rec.exact:
        info["position"] = rec.position  # in the decompressed member run from ``offset``
    if status is not None:
        info["http_status"] = status
    if codings:
        info["http_decoded"] = codings
    return WarcPage(body, rec.headers.get("warc-target-uri"), mtype, info)


def read_warc(
    stream: IO[bytes], source: str, opts: ReadOptions, base: dict[str, Any], *, gz: bool = False
) -> Iterator[RawInput | Quarantined | Skipped]:
    """The pages of an archive as raw pages, named ``<source>@<record offset>``.

    ``gz``: ``stream`` is the gzip-compressed file itself, read member by member.  A
    record that cannot be read is quarantined alone (``<source>@<offset>``); skipped
    records are counted in one :class:`Skipped` item at the end.  An HTML payload (by its
    type or its content) goes through main-text extraction
    (:func:`cleaner.ingest.records.html_page`); another accepted type is kept as text.
    """
    from cleaner.ingest.records import html_page
    from cleaner.ingest.sniff import sniff_content

    archive = ArchiveStream(stream, gz=gz)
    skipped: Counter[str] = Counter()
    seen = 0
    for rec in iter_records(archive, max_bytes=opts.max_page_bytes):
        seen += 1
        if isinstance(rec, RecordProblem):
            yield _problem(source, rec)
            continue
        try:
            item = classify(rec, opts, limit=opts.max_page_bytes)
        except ValueError as exc:
            code = "too_large" if "larger than" in str(exc) else "corrupt"
            yield _problem(source, RecordProblem(rec.offset, str(exc), code, rec.block))
            continue
        if isinstance(item, str):
            skipped[item] += 1
            continue
        container = {"kind": "warc", **item.record, **base}
        at = item.record["offset"] if rec.exact else f"{rec.offset}+{rec.position}"
        src = f"{source}@{at}"
        if item.content_type in _HTML_TYPES or sniff_content(item.payload[:4096]) == "html":
            yield html_page(src, item.payload, container, opts, url=item.url)
        else:
            yield RawInput(src, item.payload, container, url=item.url, site=opts.site)
    if not seen:
        yield Quarantined(source, "empty file", b"", code="empty")
    if skipped:
        yield Skipped(source, dict(sorted(skipped.items())))


def _problem(source: str, p: RecordProblem) -> Quarantined:
    return Quarantined(
        f"{source}@{p.offset}",
        f"record at offset {p.offset}: {p.reason}",
        p.data or None,
        code=p.code,
    )
