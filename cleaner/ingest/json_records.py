"""``.json`` batches: an array of records, an object of records, or a wrapper around one.

Scrapers and APIs write records as one JSON document as often as JSON Lines:

* ``[{…}, {…}]``: each element is a record (streamed: memory stays flat in the file size);
* ``{"data": [{…}, …], "total": 2}``: a wrapper; each element of a member that is an
  array of objects is a record (streamed too), the other members are counted as skipped;
* ``{"title": …, "content": [{"type": …, "content": [{…}, …]}, …]}``: an anthology's
  groups: an element of a batch that has no text field of its own but holds records is
  read as a wrapper (its records are pages, its other members skipped);
* ``{"a1": {…}, "a2": {…}}``: an object of records; a member's key is its record id
  when the record has no ``--id-field``;
* ``{"text": …, "url": …}``: one record (it has the text or HTML field);
* ``{…}\\n{…}``: concatenated objects (JSON Lines saved as ``.json``): each is a record.

A record becomes a page as a JSONL line does (:func:`cleaner.ingest.records.record_page`):
its text field's literal is found in the record's exact source text, so ``rebuild`` gives
the record's bytes back from the cleaned text (``container.envelope``).  Pages are named
``<file>:<n>`` (``n`` counts records from 1) and the container says where the record was:
``item`` (its index in its array), ``key`` (its member name) or ``path`` (the wrapper
member).  Invalid JSON quarantines the rest of the file from that point, with the records
before it kept.
"""

from __future__ import annotations

import codecs
import io
import json
from collections import Counter
from collections.abc import Iterator
from typing import IO, TYPE_CHECKING, Any

from cleaner.ingest.source import Quarantined, Skipped
from cleaner.model import RawInput

if TYPE_CHECKING:
    from cleaner.ingest.records import ReadOptions

_DECODER = json.JSONDecoder()
_WS = " \t\r\n"
_CHUNK = 1 << 16
#: Longest JSON token cut at the end of a read (a number with exponent, ``false``).
_TOKEN = 64
#: Member names that wrap a batch's records (``{"data": [...]}``): streamed as they come.
#: An array of objects under another name is a batch too when the object has no text or
#: HTML field (it is then not a record itself), decided once the object is read.
WRAPPERS = frozenset(
    (
        "data",
        "items",
        "records",
        "results",
        "rows",
        "docs",
        "documents",
        "entries",
        "articles",
        "pages",
        "posts",
        "hits",
    )
)


class _Invalid(Exception):
    def __init__(self, reason: str, code: str = "invalid_json") -> None:
        super().__init__(reason)
        self.code = code


class _Text:
    """The file as text, decoded as it is read, with JSON values taken one at a time."""

    def __init__(self, stream: IO[bytes], limit: int) -> None:
        self.stream = stream
        self.dec = codecs.getincrementaldecoder("utf-8-sig")()
        self.buf = ""
        self.pos = 0
        self.eof = False
        self.limit = limit
        self.keep_from: int | None = None  # the start of an object being held whole

    def _more(self) -> bool:
        if self.eof:
            return False
        data = self.stream.read(_CHUNK)
        try:
            self.buf += self.dec.decode(data, final=not data)
        except UnicodeDecodeError as exc:
            raise _Invalid(f"not UTF-8 JSON ({exc.reason})", "undecodable") from None
        cut = self.pos if self.keep_from is None else self.keep_from
        if cut > _CHUNK and cut * 2 > len(self.buf):
            self.buf = self.buf[cut:]
            self.pos -= cut
            if self.keep_from is not None:
                self.keep_from = 0
        self.eof = not data
        return True

    def char(self) -> str:
        """The next non-blank character (not consumed), ``""`` at the end."""
        while True:
            while self.pos < len(self.buf) and self.buf[self.pos] in _WS:
                self.pos += 1
            if self.pos < len(self.buf) or not self._more():
                return self.buf[self.pos : self.pos + 1]

    def expect(self, chars: str) -> str:
        c = self.char()
        if not c or c not in chars:
            raise _Invalid(f"expected {' or '.join(map(repr, chars))}, found {c or 'the end'!r}")
        self.pos += 1
        return c

    def value(self) -> tuple[Any, str]:
        """The next JSON value and its exact source text; the buffer grows by doubling,
        so a value of size S costs O(S) however it is cut into chunks."""
        self.char()
        want = _CHUNK
        while True:
            while len(self.buf) - self.pos < want and self._more():
                pass
            try:
                obj, end = _DECODER.raw_decode(self.buf, self.pos)
            except json.JSONDecodeError as exc:
                # cut by the end of what was read (a string, or a token such as `tru`
                # or `-1.5e`): read more; an error well before the end is real
                cut = exc.msg.startswith("Unterminated") or exc.pos >= len(self.buf) - _TOKEN
                if self.eof or not cut:
                    raise _Invalid(f"invalid JSON ({exc.msg})") from None
            except RecursionError:
                raise _Invalid("JSON nested too deeply") from None
            else:
                if end < len(self.buf) or self.eof:
                    raw = self.buf[self.pos : end]
                    self.pos = end
                    return obj, raw
            if len(self.buf) - self.pos > self.limit:
                mb = self.limit // (1024 * 1024)
                raise _Invalid(f"a value larger than {mb} MB: not processed", "too_large")
            want *= 2


def read_json(
    stream: IO[bytes], source: str, opts: ReadOptions, base: dict[str, Any]
) -> Iterator[RawInput | Quarantined | Skipped]:
    """The records of a ``.json`` document as raw pages (see the module docstring)."""
    text = _Text(stream, opts.max_page_bytes)
    state = {"n": 0}
    skipped: Counter[str] = Counter()
    try:
        first = text.char()
        if first == "[":
            yield from _array(text, source, opts, base, state, skipped, path=None)
            if text.char():
                raise _Invalid("content after the end of the array")
        elif first == "{":
            while text.char() == "{":  # several objects: JSON Lines saved as .json
                yield from _object(text, source, opts, base, state, skipped)
            if text.char():
                raise _Invalid("content after the end of the object")
        else:
            raise _Invalid("not an array or object of records")
    except _Invalid as exc:
        rest = text.buf[text.pos : text.pos + 1024 * 1024].encode("utf-8", "replace")
        where = f"after record {state['n']}" if state["n"] else "at the start"
        yield Quarantined(source, f"{exc} ({where}; the rest is not read)", rest, code=exc.code)
    else:
        if not state["n"]:  # an empty array or wrapper: said, not silently nothing
            yield Quarantined(source, "no records (an empty array or object)", code="empty")
    if skipped:
        yield Skipped(source, dict(sorted(skipped.items())))


def _record(
    obj: Any,
    raw: str,
    source: str,
    opts: ReadOptions,
    base: dict[str, Any],
    state: dict[str, int],
    where: dict[str, Any],
) -> RawInput | Quarantined:
    from cleaner.ingest.records import has_lone_surrogate, record_page

    state["n"] += 1
    n = state["n"]
    data = raw.encode(base.get("transcoded_from") or "utf-8", "surrogatepass")
    if len(data) > opts.max_page_bytes:
        mb = opts.max_page_bytes / (1024 * 1024)
        return Quarantined(
            source,
            f"record {n}: larger than {mb:g} MB: not processed",
            data[: 1 << 20],
            code="too_large",
        )
    if not isinstance(obj, dict):
        return Quarantined(source, f"record {n}: not a JSON object", data, code="missing_field")
    if "\\u" in raw and has_lone_surrogate(obj):
        # '\ud800' escapes decode to lone surrogates: not Unicode, cannot be written as UTF-8
        reason = f"record {n}: a field holds unpaired surrogate escapes"
        return Quarantined(source, reason, data, code="invalid_text")
    container: dict[str, Any] = {"kind": "json", **where, **base}
    page = record_page(f"{source}:{n}", obj, data, container, opts, line=raw)
    if isinstance(page, str):
        return Quarantined(source, f"record {n}: {page}", data, code="missing_field")
    if page.record_id is None and "key" in where:
        from dataclasses import replace

        page = replace(page, record_id=str(where["key"]))
    return page


def _array(
    text: _Text,
    source: str,
    opts: ReadOptions,
    base: dict[str, Any],
    state: dict[str, int],
    skipped: Counter[str],
    *,
    path: str | None,
) -> Iterator[RawInput | Quarantined]:
    text.expect("[")
    if text.char() == "]":
        text.pos += 1
        return
    i = 0
    while True:
        obj, raw = text.value()
        if isinstance(obj, dict) and _group(obj, opts):
            # a group of records in a batch ({"type": "…", "content": [{…}, …]}, an
            # anthology's sections): its records are read where they are, its other
            # members counted as skipped (it was one record without text: quarantined)
            inner = _Text(io.BytesIO(raw.encode("utf-8")), text.limit)
            inner.char()
            yield from _object(inner, source, opts, base, state, skipped)
        else:
            where: dict[str, Any] = {"item": i + 1}
            if path is not None:
                where = {"path": path, "item": i + 1}
            yield _record(obj, raw, source, opts, base, state, where)
        i += 1
        if text.expect(",]") == "]":
            return


def _object(
    text: _Text,
    source: str,
    opts: ReadOptions,
    base: dict[str, Any],
    state: dict[str, int],
    skipped: Counter[str],
) -> Iterator[RawInput | Quarantined]:
    """A top-level object: one record, a wrapper, an object of records, or several
    concatenated objects.  Members are held (up to the page limit) until it is known
    which; an array of objects is streamed as soon as it starts."""
    text.keep_from = text.pos
    text.expect("{")
    held: list[tuple[str, Any, str]] = []  # members seen so far: key, value, source text
    wrapper = record_seen = False
    if text.char() == "}":
        text.pos += 1
    else:
        while True:
            key, _ = text.value()
            if not isinstance(key, str):
                raise _Invalid("an object key is not a string")
            text.expect(":")
            if text.char() == "[" and key.lower() in WRAPPERS and not record_seen:
                wrapper = True  # each element of the array is a record
                text.keep_from = None
                yield from _array(text, source, opts, base, state, skipped, path=key)
            else:
                value, raw = text.value()
                held.append((key, value, raw))
                record_seen = record_seen or _is_record_field(key, value, opts)
                if text.keep_from is not None and text.pos - text.keep_from > text.limit:
                    mb = text.limit // (1024 * 1024)
                    raise _Invalid(f"an object larger than {mb} MB: not processed", "too_large")
            if text.expect(",}") == "}":
                break
    whole = "" if text.keep_from is None else text.buf[text.keep_from : text.pos]
    text.keep_from = None
    members = {k: v for k, v, _ in held}
    batches = [(k, raw) for k, v, raw in held if _objects(v)]
    if record_seen and not wrapper:
        yield _record(members, whole, source, opts, base, state, {})
    elif wrapper or batches:
        for key, raw in batches:
            inner = _Text(io.BytesIO(raw.encode("utf-8")), text.limit)
            yield from _array(inner, source, opts, base, state, skipped, path=key)
        skipped.update("json member" for _, v, _ in held if not _objects(v))
    elif nested := [raw for _, v, raw in held if isinstance(v, dict) and _holds(v, opts)]:
        # a wrapper deeper down ({"status": 0, "data": {"list": [{…}, …]}}): the records
        # are found where they are; the members around them are counted as skipped
        for raw in nested:
            inner = _Text(io.BytesIO(raw.encode("utf-8")), text.limit)
            inner.char()
            yield from _object(inner, source, opts, base, state, skipped)
        skipped.update(
            "json member" for _, v, _ in held if not (isinstance(v, dict) and _holds(v, opts))
        )
    elif held and all(isinstance(v, dict) for _, v, _ in held):
        for key, value, raw in held:
            yield _record(value, raw, source, opts, base, state, {"key": key})
    else:  # neither: one record without the field (quarantined with the field hint)
        yield _record(members, whole, source, opts, base, state, {})


def _holds(value: dict[str, Any], opts: ReadOptions, depth: int = 4) -> bool:
    """Whether an object holds, down to ``depth`` levels, an array of records at least
    one of which has the text or HTML field (so a record's own list of objects, such as
    its tags, is not taken for a batch)."""
    from cleaner.ingest.records import field_value

    for v in value.values():
        if _objects(v) and any(
            isinstance(field_value(r, f), (str, list))
            for r in v
            for f in (opts.text_field, opts.html_field)
        ):
            return True
        if isinstance(v, dict) and depth > 1 and _holds(v, opts, depth - 1):
            return True
    return False


def _group(obj: dict[str, Any], opts: ReadOptions) -> bool:
    """Whether an element of a batch is a group of records rather than a record: it has
    no text or HTML field of its own and holds an array of records that have one."""
    return not any(_is_record_field(k, v, opts) for k, v in obj.items()) and _holds(obj, opts)


def _objects(value: Any) -> bool:
    return isinstance(value, list) and bool(value) and all(isinstance(v, dict) for v in value)


def _is_record_field(key: str, value: Any, opts: ReadOptions) -> bool:
    """Whether the member ``key`` holds the record's text or HTML (a string, or an object
    holding it when the field is a dotted path such as ``page.html``)."""
    from cleaner.ingest.records import field_value

    return any(
        isinstance(field_value({key: value}, f), str) for f in (opts.text_field, opts.html_field)
    )
