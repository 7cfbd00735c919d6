"""Read inputs into raw pages: text and HTML files, JSON/JSONL/Parquet batches, RSS/Atom
feeds, WARC/ARC archives, gzip/zstd-compressed or not, folders (recursive) and standard
input (``-``).

This module is the dispatcher: it expands folders, opens each input, asks
:mod:`cleaner.ingest.sniff` what it is (extension, then content) and hands it to the
reader of its kind.  Text files and JSONL batches are read here; Parquet batches in
:mod:`cleaner.ingest.parquet`, JSON documents in :mod:`cleaner.ingest.json_records`,
feeds in :mod:`cleaner.ingest.feeds`, web archives in :mod:`cleaner.ingest.warc`; HTML
main-text extraction and record fields live in :mod:`cleaner.ingest` too.  Decoding
(byte-order mark, strict UTF-8, UTF-16, declared charset, detector; accepted only if it
round-trips, so ``rebuild`` can be exact) is :mod:`cleaner.ingest.charset`, whose names
are importable from here as well.  Inputs that cannot be read become
:class:`Quarantined` entries with a reason; they never stop the batch.

Everything streams: JSONL lines, Parquet batches and WARC records are read one at a
time, and no page larger than ``max_page_bytes`` is ever held in memory whole.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

# Decoding lives in cleaner.ingest.charset; its names stay importable from here
# (cleaner.pipeline, cleaner.ingest.encoding, cleaner.stages.site_profile, tests).
from cleaner.ingest.charset import _WIDEN as _WIDEN
from cleaner.ingest.charset import Decoded as Decoded
from cleaner.ingest.charset import DecodeError as DecodeError
from cleaner.ingest.charset import _looks_binary as _looks_binary
from cleaner.ingest.charset import decode as decode
from cleaner.ingest.charset import decode_bytes as decode_bytes
from cleaner.ingest.charset import encode as encode
from cleaner.ingest.limits import OverBudget
from cleaner.ingest.source import _STDIN_SOURCE as _STDIN_SOURCE
from cleaner.ingest.source import MAX_COPY_BYTES as MAX_COPY_BYTES
from cleaner.ingest.source import STDIN as STDIN
from cleaner.ingest.source import OtherFile as OtherFile
from cleaner.ingest.source import Quarantined as Quarantined
from cleaner.ingest.source import Skipped as Skipped
from cleaner.ingest.source import copy_of as _copy_of
from cleaner.ingest.source import page_id_for as page_id_for
from cleaner.ingest.source import source_name as source_name
from cleaner.model import RawInput

if TYPE_CHECKING:
    from cleaner.ingest.records import ReadOptions

TEXT_FIELD = "text"
JSONL_SUFFIXES = (".jsonl", ".ndjson")

# cheap pre-filter (a '\\ud8…' escape in the line), then the exact check on the values
_SURROGATE = re.compile(r"\\u[dD][89a-fA-F]")  # high (d800-dbff) or low (dc00-dfff)


def iter_files(
    paths: list[Path],
    *,
    glob: str | None = None,
    follow_symlinks: bool = False,
    _walked: set[Path] | None = None,
) -> Iterator[Path | Quarantined]:
    """Expand inputs: files as given, directories recursively in sorted order.

    ``glob`` (e.g. ``"*.html"``) filters the files found in directories; hidden files and
    folders are skipped.  ``-`` stands for standard input.  What is not a regular file (a
    FIFO, a device, a socket, a file of ``/proc`` or ``/sys``) is quarantined
    (``special_file``) unread, and so is a symbolic link in a folder that leads outside
    it (``symlink_outside``) unless ``follow_symlinks``; with it, a linked folder outside
    is walked too (each real folder once: ``_walked``).
    """
    walked: set[Path] = set() if _walked is None else _walked
    problem = glob_problem(glob)
    if problem:
        from cleaner.errors import InputError

        raise InputError(f"--glob {glob}", problem)
    for p in paths:
        if p == STDIN:
            yield p
        elif not p.exists():
            yield Quarantined(source_name(p), "no such file or directory", code="not_found")
        elif p.is_dir():
            root = p.resolve()
            walked.add(root)
            system = _is_system(root)
            found: list[Path | Quarantined] = [*p.rglob(glob or "*"), *_unreadable_folders(p)]
            for f in sorted(found, key=lambda x: x if isinstance(x, Path) else Path(x.source)):
                if isinstance(f, Quarantined):
                    yield f
                    continue
                if any(part.startswith(".") for part in f.relative_to(p).parts):
                    continue
                inside = _inside(f, root)
                if not follow_symlinks and not inside:
                    where = "in a loop" if _loops(f) else "to outside the input folder"
                    yield Quarantined(
                        source_name(f),
                        f"symbolic link {where}: not followed (--follow-symlinks to read it)",
                        code="symlink_outside",
                    )
                elif not f.is_dir():  # a file inside an ordinary folder needs no resolve
                    yield _special(f, system=system or not inside) or f
                elif not inside and f.resolve() not in walked:
                    # --follow-symlinks and a link to a folder outside: rglob does not
                    # walk into it, and its files were lost without a word
                    walked.add(f.resolve())
                    yield from iter_files([f], glob=glob, follow_symlinks=True, _walked=walked)
        else:
            yield _special(p) or p


def _unreadable_folders(top: Path) -> list[Quarantined]:
    """A quarantine entry for each folder under ``top`` (hidden ones aside) that cannot be
    listed: ``Path.rglob`` skips such a folder without a word, and every file in it would
    be lost unseen.  Links to folders are not walked (``rglob`` does not follow them)."""
    found: list[Quarantined] = []

    def failed(exc: OSError) -> None:
        where = Path(exc.filename) if exc.filename else top
        if any(part.startswith(".") for part in where.relative_to(top).parts):
            return
        reason = f"cannot read folder: {exc.strerror or exc}; its files were not read"
        found.append(Quarantined(source_name(where), reason, code="unreadable"))

    for _dirpath, dirnames, _files in os.walk(top, onerror=failed):
        dirnames[:] = [d for d in dirnames if not d.startswith(".")]
    return found


def glob_problem(glob: str | None) -> str | None:
    """What is wrong with a ``--glob`` pattern (``None``: nothing).  It filters the files
    found inside input folders, so it must not name a path of its own."""
    if glob is None:
        return None
    if not glob.strip():
        return "the pattern is empty"
    if Path(glob).is_absolute() or ".." in Path(glob).parts:
        return "must be a pattern inside the input folders (like '*.html'), not a path"
    return None


def _inside(f: Path, root: Path) -> bool:
    """Whether ``f`` (followed through every link) stays inside the folder ``root``."""
    try:
        return f.resolve().is_relative_to(root)
    except (OSError, RuntimeError):  # a link loop
        return False


def _loops(f: Path) -> bool:
    """Whether following the link ``f`` never ends (it leads back to itself)."""
    try:
        f.resolve(strict=True)
    except RuntimeError:  # Python 3.11-3.12: a symlink loop
        return True
    except OSError as exc:
        import errno

        return exc.errno == errno.ELOOP
    return False


#: File systems whose files are not data: their sizes lie (0) and reading some blocks.
_PSEUDO = (Path("/proc"), Path("/sys"), Path("/dev"))


def _is_system(real: Path) -> bool:
    return any(real.is_relative_to(d) for d in _PSEUDO)


def _special(p: Path, *, system: bool = True) -> Quarantined | None:
    """A quarantine entry for what must not be opened as an input file, else ``None``;
    ``system``: whether it may lie (through links) under ``/proc``, ``/sys`` or ``/dev``."""
    import stat

    try:
        mode = p.stat().st_mode
        real = p.resolve() if system else p
    except (OSError, RuntimeError) as exc:
        reason = f"cannot read file: {getattr(exc, 'strerror', None) or exc}"
        return Quarantined(source_name(p), reason, code="unreadable")
    if not stat.S_ISREG(mode):
        what = (
            "a FIFO"
            if stat.S_ISFIFO(mode)
            else "a socket"
            if stat.S_ISSOCK(mode)
            else "a device"
            if stat.S_ISCHR(mode) or stat.S_ISBLK(mode)
            else "not a regular file"
        )
        return Quarantined(source_name(p), f"{what}: skipped unread", code="special_file")
    if system and _is_system(real):
        return Quarantined(
            source_name(p), f"a system file ({real}): skipped unread", code="special_file"
        )
    return None


def _jsonl_envelope(line: str, text: str) -> dict[str, Any] | None:
    from cleaner.ingest.records import jsonl_envelope

    return jsonl_envelope(line, text)


def read_inputs(
    paths: list[Path], *, text_field: str = TEXT_FIELD, options: ReadOptions | None = None
) -> Iterator[RawInput | Quarantined | Skipped]:
    """Yield every page of every input, or a :class:`Quarantined` entry for what fails.

    ``options`` (:class:`cleaner.ingest.records.ReadOptions`) names the record fields,
    the site, the folder glob and the page size limit; without it only ``text_field``
    differs from the defaults.
    """
    from cleaner.ingest.records import ReadOptions

    opts = options or ReadOptions(text_field=text_field)
    for item in iter_files(paths, glob=opts.glob, follow_symlinks=opts.limits.follow_symlinks):
        if isinstance(item, Quarantined):
            yield item
        else:
            yield from _read_path(item, opts)


def _read_path(
    path: Path | OtherFile, opts: ReadOptions
) -> Iterator[RawInput | Quarantined | Skipped]:
    import sys

    from cleaner.ingest.compression import CorruptInput

    is_stdin = path == STDIN
    source = _STDIN_SOURCE if is_stdin else source_name(path)
    try:
        fh: IO[bytes] = sys.stdin.buffer if is_stdin else path.open("rb")
    except OSError as exc:
        yield Quarantined(source, f"cannot read file: {exc.strerror or exc}", code="unreadable")
        return
    copied: list[bytes] = []  # stdin has no file to copy from: keep what was read
    try:
        with fh:
            yield from _read_stream(fh, path, source, opts, copied)
    except CorruptInput as exc:
        data = b"".join(copied) if is_stdin else _copy_of(path)
        code = "truncated" if str(exc).startswith("truncated") else "corrupt"
        yield Quarantined(source, str(exc), data, code=code)
    except OverBudget as exc:  # the original (compressed) bytes are kept, not the expansion
        data = b"".join(copied) if is_stdin else _copy_of(path)
        yield Quarantined(source, str(exc), data, code=exc.code)
    except OSError as exc:
        yield Quarantined(source, f"cannot read file: {exc.strerror or exc}", code="unreadable")


def _read_stream(
    fh: IO[bytes], path: Path | OtherFile, source: str, opts: ReadOptions, copied: list[bytes]
) -> Iterator[RawInput | Quarantined | Skipped]:
    import io

    from cleaner.ingest.compression import CHUNK, Budget, as_utf8, open_stream, utf16_json
    from cleaner.ingest.sniff import sniff_content, sniff_name

    lim = opts.limits
    budget = Budget(lim.max_decompressed_bytes, lim.max_ratio, lim.ratio_grace_bytes)
    name_kind, name_comp = sniff_name("" if path == STDIN else path.name)
    if name_kind == "warc":  # gzip read member by member: a bad record costs one record
        raw = fh if isinstance(fh, io.BufferedReader) else io.BufferedReader(fh, CHUNK)  # type: ignore[arg-type,type-var]
        if raw.peek(2)[:2] == b"\x1f\x8b":
            from cleaner.ingest.warc import read_warc

            yield from read_warc(raw, source, opts, {"compression": "gzip"}, gz=True)
            return
        fh = raw
    stream, comp = open_stream(fh, compression=name_comp, budget=budget)  # type: ignore[arg-type]
    head = stream.peek(CHUNK)[:CHUNK]
    if path == STDIN:
        copied.append(head)
    content_kind = sniff_content(head)
    kind = "binary" if content_kind == "binary" else (name_kind or content_kind)
    if _blank(head) and _blank(stream.read(CHUNK)):
        yield Quarantined(source, "empty file", _original(path, comp, head), code="empty")
        return
    base: dict[str, Any] = {"compression": comp} if comp else {}
    if kind in ("jsonl", "json") and (codec := utf16_json(head)):
        # a UTF-16 batch (Windows PowerShell writes them): read as UTF-8, and each
        # record's bytes (its copy, its rebuild) given back in the file's own codec
        stream, base["transcoded_from"] = as_utf8(stream, codec), codec
        head = stream.peek(CHUNK)[:CHUNK]
        content_kind = sniff_content(head)
    if kind == "binary":
        data = head if path == STDIN else _copy_of(path)
        yield Quarantined(
            source,
            "binary file (not text, HTML, JSON, JSONL, a feed, Parquet or a web archive)",
            data,
            code="binary",
        )
    elif kind == "jsonl" or (kind == "json" and _jsonl_inside(head, content_kind)):
        yield from _read_jsonl(stream, source, opts, base)
    elif kind == "json":
        from cleaner.ingest.json_records import read_json

        yield from read_json(stream, source, opts, base)
    elif kind == "feed":
        from cleaner.ingest.feeds import read_feed

        yield from read_feed(stream, source, opts, base)
    elif kind == "parquet":
        from cleaner.ingest.parquet import read_parquet

        yield from read_parquet(stream, path, source, opts, base, direct=comp is None)
    elif kind == "warc":
        from cleaner.ingest.warc import read_warc

        try:
            yield from read_warc(stream, source, opts, base)
        except (AttributeError, TypeError, ValueError) as exc:  # warcio on a cut header
            reason = f"not a valid WARC archive (warcio: {type(exc).__name__}: {exc})"
            data = head if path == STDIN else _copy_of(path)
            yield Quarantined(source, reason[:300], data, code="corrupt")
    else:
        page = _read_page(stream, source, opts)
        if isinstance(page, Quarantined):
            orig = _original(path, comp, None)
            if orig is not None:  # compressed: the copy is the original file, whole
                mb = opts.max_page_bytes // (1024 * 1024)
                reason = f"expands to more than {mb} MB: not processed (compressed file copied)"
                page = replace(page, reason=reason, data=orig)
            yield page
        elif kind == "html":
            from cleaner.ingest.records import html_page

            try:
                yield html_page(source, page, {"kind": "html", **base}, opts)
            except OverBudget as exc:  # too complex to parse: this page alone
                yield Quarantined(source, str(exc), _original(path, comp, page), code=exc.code)
        else:
            yield _text_page(source, page, {"kind": "file", **base}, opts)


def _blank(head: bytes) -> bool:
    """Whether these first bytes hold nothing but whitespace, after a byte-order mark
    (a file holding only a mark is as empty as one holding nothing).

    >>> heads = (b" \\n", b"\\xef\\xbb\\xbf\\r\\n", b"\\xff\\xfe \\x00", b"\\xff\\xfex\\x00")
    >>> [_blank(b) for b in heads]
    [True, True, True, False]
    """
    import codecs

    if head.startswith(codecs.BOM_UTF8):
        return not head[3:].strip()
    for bom in (codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE):
        if head.startswith(bom):  # UTF-16/32: whitespace characters hold NUL bytes
            return not head[len(bom) :].replace(b"\x00", b"").strip()
    return not head.strip()


def _original(path: Path | OtherFile, comp: str | None, data: bytes | None) -> bytes | None:
    """The quarantine copy of a whole input: its original bytes when it was compressed
    (the copy is named after the input, ``.gz``/``.zst``), else ``data`` as read."""
    if comp is None or path == STDIN:
        return data
    return _copy_of(path)


def _jsonl_inside(head: bytes, content_kind: str) -> bool:
    """A ``.json`` file that is JSON Lines (an object per line): read line by line, so
    a bad line costs that line."""
    lines = head.lstrip(b"\xef\xbb\xbf \t\r\n").split(b"\n", 2)
    return content_kind == "jsonl" and len(lines) > 1 and lines[1].lstrip().startswith(b"{")


def _text_page(source: str, data: bytes, container: dict[str, Any], opts: ReadOptions) -> RawInput:
    """A text file, decoded by the pipeline (which also undoes double mojibake as a
    recorded ``read.mojibake.*`` step, so ``rebuild`` stays a text edit)."""
    return RawInput(source=source, data=data, container=container, site=opts.site)


def _read_page(stream: IO[bytes], source: str, opts: ReadOptions) -> bytes | Quarantined:
    from cleaner.ingest.compression import read_all
    from cleaner.ingest.records import COPY_HEAD

    head = stream.read(COPY_HEAD)
    rest = read_all(stream, limit=opts.max_page_bytes - len(head)) if head else b""
    if rest is None:
        mb = opts.max_page_bytes // (1024 * 1024)
        return Quarantined(
            source,
            f"larger than {mb} MB: not processed (first {COPY_HEAD // 1024} KB copied)",
            head,
            code="too_large",
        )
    return head + rest if rest else head


def _read_jsonl(
    stream: IO[bytes],
    source: str,
    opts: ReadOptions,
    base: dict[str, Any],
    *,
    line0: int = 0,
    end: int | None = None,
    lines: list[int] | None = None,
) -> Iterator[RawInput | Quarantined]:
    """Stream a JSONL batch line by line (memory stays flat in the file size).

    The Ray engine reads byte ranges of one file: ``line0`` is the number of lines before
    the range, ``end`` the offset where it stops, and ``lines`` receives how many lines
    were read.
    """
    from cleaner.ingest.compression import CHUNK
    from cleaner.ingest.records import COPY_HEAD

    limit = opts.max_page_bytes
    n = line0
    while end is None or stream.tell() < end:
        line_bytes = stream.readline(limit + 1)
        if not line_bytes:
            break
        n += 1
        if len(line_bytes) > limit and not line_bytes.endswith(b"\n"):
            head = line_bytes[:COPY_HEAD]
            del line_bytes
            while True:  # skip the rest of the line without holding it
                more = stream.readline(CHUNK * 16)
                if not more or more.endswith(b"\n"):
                    break
            mb = limit // (1024 * 1024)
            yield Quarantined(
                source,
                f"line {n}: record larger than {mb} MB: not processed "
                f"(first {COPY_HEAD // 1024} KB copied)",
                head,
                n,
                "too_large",
            )
            continue
        raw = line_bytes[:-1] if line_bytes.endswith(b"\n") else line_bytes
        yield from _jsonl_record(source, n, raw, opts, base)
    if lines is not None:
        lines.append(n - line0)


def _jsonl_record(
    source: str, n: int, raw: bytes, opts: ReadOptions, base: dict[str, Any]
) -> Iterator[RawInput | Quarantined]:
    """One JSONL line → a page, or a quarantine entry naming the line and the problem."""
    from cleaner.ingest.records import has_lone_surrogate, record_page

    body = raw[:-1] if raw.endswith(b"\r") else raw
    if not body.strip():
        return
    if base.get("transcoded_from"):  # the line's own bytes, in the file's codec
        raw = raw.decode("utf-8", "surrogatepass").encode(base["transcoded_from"], "surrogatepass")
    try:
        line = body.decode("utf-8")
        # a byte-order mark before the record (Windows tools write one; `cat` of such
        # files puts one on a later line too): not JSON, but no reason to lose the record;
        # it stays in the line, so the envelope's prefix keeps it for rebuild
        obj = json.loads(line[1:] if line.startswith("\ufeff") else line)
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        yield Quarantined(source, f"line {n}: invalid JSON ({exc})", raw, n, "invalid_json")
        return
    except RecursionError:
        yield Quarantined(source, f"line {n}: JSON nested too deeply", raw, n, "invalid_json")
        return
    if not isinstance(obj, dict):
        yield Quarantined(source, f"line {n}: not a JSON object", raw, n, "missing_field")
        return
    if _SURROGATE.search(line) and has_lone_surrogate(obj):
        # '\ud800' escapes decode to lone surrogates: not Unicode, cannot be written as UTF-8
        yield Quarantined(
            source, f"line {n}: a field holds unpaired surrogate escapes", raw, n, "invalid_text"
        )
        return
    container: dict[str, Any] = {"kind": "jsonl", "line": n, "crlf": raw.endswith(b"\r"), **base}
    try:
        page = record_page(f"{source}:{n}", obj, raw, container, opts, line=line)
    except OverBudget as exc:  # an HTML field too complex to parse: this line alone
        yield Quarantined(source, f"line {n}: {exc}", raw, n, exc.code)
        return
    if isinstance(page, str):
        yield Quarantined(source, f"line {n}: {page}", raw, n, "missing_field")
    else:
        yield page
