"""WARC archives (``.warc``, ``.warc.gz``): one page per HTTP ``response`` record.

Read with warcio.  Only ``response`` (and ``resource``) records whose payload is HTML or
text become pages; requests, metadata, revisits and images are skipped (counted in the
yielded :class:`WarcSkip` so a run can report them).  The page's bytes are the HTTP
payload with transfer- and content-encoding removed (what a browser would parse); the
record's id, target URI, date and offset in the (decompressed) archive go in the
container so the record can be found again.  :func:`read_warc` turns those pages into raw
pages (HTML main text extracted) for :func:`cleaner.ingest.readers.read_inputs`.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import IO, TYPE_CHECKING, Any

from cleaner.ingest.compression import DECOMPRESS_ERRORS, CorruptInput
from cleaner.model import RawInput

if TYPE_CHECKING:
    from cleaner.ingest.records import ReadOptions

_PAGE_TYPES = ("text/html", "application/xhtml", "text/plain", "text/xml", "application/xml")


@dataclass(frozen=True, slots=True)
class WarcPage:
    payload: bytes
    url: str | None
    content_type: str
    record: dict[str, Any]  # WARC-Record-ID, WARC-Date, offset, type


@dataclass(frozen=True, slots=True)
class WarcSkip:
    reason: str


def iter_warc(stream: IO[bytes], *, max_bytes: int) -> Iterator[WarcPage | WarcSkip]:
    """Yield the pages of a WARC stream (decompressed or gzip per record)."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    records = 0
    try:
        it = ArchiveIterator(stream, no_record_parse=False)
        for rec in it:
            records += 1
            if not rec.rec_type or not rec.rec_headers.get_header("WARC-Record-ID"):
                raise CorruptInput(
                    f"not a valid WARC archive (record {records} at offset "
                    f"{it.get_record_offset()} has no WARC-Type/WARC-Record-ID)"
                )
            if rec.rec_type not in ("response", "resource"):
                continue
            if rec.rec_type == "response" and rec.http_headers is not None:
                ctype = rec.http_headers.get_header("Content-Type") or ""
            else:
                ctype = rec.rec_headers.get_header("Content-Type") or ""
            if ctype and not ctype.lower().startswith(_PAGE_TYPES):
                yield WarcSkip(f"content type {ctype.split(';')[0]}")
                continue
            payload = rec.content_stream().read(max_bytes + 1)
            offset = it.get_record_offset()
            info = {
                "warc_record_id": rec.rec_headers.get_header("WARC-Record-ID"),
                "warc_date": rec.rec_headers.get_header("WARC-Date"),
                "warc_type": rec.rec_type,
                "offset": offset,
            }
            if len(payload) > max_bytes:
                yield WarcSkip(f"record at offset {offset} is larger than {max_bytes} bytes")
                continue
            url = rec.rec_headers.get_header("WARC-Target-URI")
            yield WarcPage(payload, url, ctype, info)
        if not records:
            raise CorruptInput("not a valid WARC archive (no record could be read)")
    except ArchiveLoadFailed as exc:
        raise CorruptInput(f"not a valid WARC archive ({str(exc).splitlines()[0]})") from None
    except DECOMPRESS_ERRORS as exc:
        raise CorruptInput(f"truncated or corrupt WARC ({exc})") from None


def read_warc(
    stream: IO[bytes], source: str, opts: ReadOptions, base: dict[str, Any]
) -> Iterator[RawInput]:
    """The pages of a WARC stream as raw pages, named ``<source>@<record offset>``.

    An HTML payload (by its content type or its content) goes through main-text extraction
    (:func:`cleaner.ingest.records.html_page`); a text payload is kept as it is.  ``base``
    holds the container fields every page gets (the archive's compression).
    """
    from cleaner.ingest.records import html_page
    from cleaner.ingest.sniff import sniff_content

    for item in iter_warc(stream, max_bytes=opts.max_page_bytes):
        if not isinstance(item, WarcPage):
            continue
        container = {"kind": "warc", **item.record, **base}
        src = f"{source}@{item.record['offset']}"
        if "html" in item.content_type.lower() or sniff_content(item.payload[:4096]) == "html":
            yield html_page(src, item.payload, container, opts, url=item.url)
        else:
            yield RawInput(src, item.payload, container, url=item.url, site=opts.site)
