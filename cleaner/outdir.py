"""An output folder (``--out``) that is owned, locked and switched in one rename.

Layout of a folder written by ``cleaner run`` or ``cleaner dedup``::

    .cleaner-out            marker: this folder was written by cleaner (never deleted)
    .lock                   fcntl lock of the run writing it; holds the writer's pid
    .current -> .gen-1a2b   the published generation (a symlink: the commit point)
    .gen-1a2b/              every output of one run: articles.jsonl, pages.jsonl, …
    articles.jsonl -> .current/articles.jsonl    stable names, one symlink per output

A run writes all of its outputs into a new ``.gen-<id>/``, fsyncs them, and publishes them
by replacing the ``.current`` symlink with ``os.replace`` — one rename, so a reader (and a
crash at any moment) sees either every old output or every new one, never a mix.  The
previous generation is removed after the switch; what a killed run leaves (an unpublished
generation, a half-made link) is removed by the next run, under the lock.

Ownership: the tool only ever creates, replaces or removes the names above (and the
output names of :data:`OUTPUT_NAMES` as symlinks).  An existing folder without the marker
is adopted only when it holds nothing but outputs of an earlier run (``summary.json`` and
output names); anything else is refused with :class:`~cleaner.errors.ConfigError` (exit 2)
before a byte is written, so ``--out`` never deletes what cleaner did not write.  Files a
user adds to an owned folder are left alone.

Concurrency: the writer holds an exclusive, non-blocking ``flock`` on ``.lock`` from
opening to closing; a second run on the same folder fails at once with
:class:`~cleaner.errors.OutputError` naming the holder, and never touches its generation.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import re
import shutil
import socket
import uuid
from pathlib import Path
from types import TracebackType
from typing import IO

from cleaner.errors import ConfigError, OutputError

__all__ = ["MARKER", "OUTPUT_NAMES", "OutputFolder", "published"]

MARKER = ".cleaner-out"
LOCK = ".lock"
CURRENT = ".current"
_GEN = ".gen-"
#: Every name an output of ``run``/``dedup`` (either engine, either format) may have.
OUTPUT_NAMES = frozenset(
    {
        *(f"{t}.{ext}" for t in ("articles", "pages", "changes") for ext in ("jsonl", "parquet")),
        "quarantine.jsonl",
        "quarantine",
        "originals",
        "summary.json",
        "_manifest.parquet",
    }
)
_OWN_HIDDEN = (MARKER, LOCK, CURRENT)
_GEN_NAME = re.compile(r"\.gen-[0-9a-f]{12}")
#: Above this many files in a generation one ``syncfs`` (Linux; else ``os.sync()``)
#: replaces per-file fsyncs: measured on this project's machine, an fsync costs ~5 ms
#: (1,500 stored originals: 8.2 s), a syncfs of the folder's file system ~0.5 s.
_FSYNC_FILES = 64


def _oserr(out: Path, exc: OSError) -> OutputError:
    return OutputError(f"{out}: cannot write output: {exc.strerror or exc}")


def published(out_dir: Path) -> Path:
    """The folder holding the published outputs of ``out_dir`` (the generation
    ``.current`` points to), or ``out_dir`` itself for a folder of plain files."""
    if (out_dir / CURRENT).is_symlink():
        return out_dir / _target(out_dir)
    return out_dir


def _target(out_dir: Path) -> str:
    """The generation ``.current`` names: a plain ``.gen-*`` folder inside ``out_dir``.

    Anything else (an absolute path, ``..``, a symlink) was not written by cleaner, and
    following it could delete files outside the folder: refused (exit 2)."""
    target = os.readlink(out_dir / CURRENT)
    gen = out_dir / target
    if not _GEN_NAME.fullmatch(target) or gen.is_symlink() or not gen.is_dir():
        raise ConfigError(
            f"{out_dir}: {CURRENT} points to {target!r}, not a generation cleaner wrote; "
            "give an empty or new folder"
        )
    return target


def _is_ours(name: str) -> bool:
    return (
        name in _OWN_HIDDEN
        or name in OUTPUT_NAMES
        or name.startswith((_GEN, ".tmp-", f"{CURRENT}.", ".link-"))
    )


def _fsync_path(path: Path, *, directory: bool = False) -> None:
    fd = os.open(path, os.O_RDONLY | (os.O_DIRECTORY if directory else 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _syncfs(path: Path) -> bool:
    """``syncfs(2)`` on the file system holding ``path``; False where it is unavailable."""
    try:
        import ctypes
        import ctypes.util

        libc = ctypes.CDLL(ctypes.util.find_library("c") or None, use_errno=True)
        syncfs = libc.syncfs
    except (OSError, AttributeError):
        return False
    fd = os.open(path, os.O_RDONLY | os.O_DIRECTORY)
    try:
        return int(syncfs(fd)) == 0
    finally:
        os.close(fd)


def _fsync_tree(root: Path) -> None:
    """Every file and folder under ``root`` on disk before it is published."""
    files: list[Path] = []
    dirs: list[Path] = [root]
    for dirpath, dirnames, filenames in os.walk(root):
        dirs += [Path(dirpath, d) for d in dirnames]
        files += [Path(dirpath, f) for f in filenames]
    if len(files) > _FSYNC_FILES and _syncfs(root):
        return  # one call instead of an fsync per stored original
    if len(files) > _FSYNC_FILES:
        os.sync()
        return
    for f in files:
        _fsync_path(f)
    for d in dirs:
        _fsync_path(d, directory=True)


class OutputFolder:
    """``--out`` opened for writing: owned, locked, with a fresh generation :attr:`tmp`.

    Write every output into :attr:`tmp`, then :meth:`publish`; :meth:`close` (or leaving
    the ``with`` block) releases the lock and, if nothing was published, removes
    :attr:`tmp`.
    """

    def __init__(self, out_dir: Path) -> None:
        self.out_dir = out_dir
        self._lock: IO[str] | None = None
        self.published = False
        if out_dir.exists() and not out_dir.is_dir():
            raise OutputError(f"{out_dir}: exists and is not a directory")
        try:
            created = not out_dir.exists()
            out_dir.mkdir(parents=True, exist_ok=True)
            if not created:
                self._check_owned()
            self._take_lock()
            try:
                (out_dir / MARKER).touch()
                self._clean()
                self.tmp = out_dir / f"{_GEN}{uuid.uuid4().hex[:12]}"
                self.tmp.mkdir()
            except BaseException:
                self._release()
                raise
        except OSError as exc:
            raise _oserr(out_dir, exc) from None

    # -- opening ----------------------------------------------------------------------

    def _check_owned(self) -> None:
        """Refuse a folder holding anything cleaner did not write (exit 2)."""
        names = sorted(p.name for p in self.out_dir.iterdir())
        if (self.out_dir / MARKER).exists() or not names:
            return
        foreign = [n for n in names if not _is_ours(n)]
        summary = self.out_dir / "summary.json"
        legacy = not foreign and summary.is_file() and _looks_like_summary(summary)
        if not legacy:
            shown = ", ".join(foreign[:3] or names[:3]) + (" …" if len(names) > 3 else "")
            raise ConfigError(
                f"{self.out_dir}: --out holds files cleaner did not write ({shown}); "
                "give an empty or new folder"
            )

    def _take_lock(self) -> None:
        fh = (self.out_dir / LOCK).open("a+", encoding="utf-8")
        try:
            fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            fh.seek(0)
            holder = fh.read().strip() or "another process"
            fh.close()
            raise OutputError(
                f"{self.out_dir}: in use by another run ({holder}); wait for it to finish"
            ) from None
        except BaseException:
            fh.close()
            raise
        fh.seek(0)
        fh.truncate()
        fh.write(f"pid {os.getpid()} on {socket.gethostname()}\n")
        fh.flush()
        self._lock = fh

    def _release(self) -> None:
        if self._lock is not None:
            with contextlib.suppress(OSError):
                self._lock.seek(0)
                self._lock.truncate()
            fcntl.flock(self._lock.fileno(), fcntl.LOCK_UN)
            self._lock.close()
            self._lock = None

    def _clean(self) -> None:
        """Under the lock: adopt plain output files, drop what a killed run left."""
        out = self.out_dir
        cur = out / CURRENT
        if not cur.is_symlink():
            self._adopt()
        target = _target(out)
        for name in sorted(OUTPUT_NAMES):  # plain outputs another engine wrote since
            p = out / name
            if p.exists() and not p.is_symlink():
                _remove(out / target / name)
                os.rename(p, out / target / name)
        for p in out.iterdir():
            n = p.name
            if (n.startswith(_GEN) and n != target) or n.startswith(
                (".tmp-", f"{CURRENT}.", ".link-")
            ):
                _remove(p)
        self._relink(sorted(os.listdir(out / target)))

    def _adopt(self) -> None:
        """Move the outputs of an older cleaner (plain files) into a first generation."""
        out = self.out_dir
        gen = f"{_GEN}{uuid.uuid4().hex[:12]}"
        (out / gen).mkdir()
        self._point(gen)
        for name in sorted(OUTPUT_NAMES):
            p = out / name
            if p.is_symlink() or not (p.exists()):
                continue
            os.rename(p, out / gen / name)  # then linked by _relink
        _fsync_path(out / gen, directory=True)

    def _point(self, gen: str) -> None:
        tmp = self.out_dir / f"{CURRENT}.{uuid.uuid4().hex[:8]}"
        os.symlink(gen, tmp)
        os.replace(tmp, self.out_dir / CURRENT)  # the commit point

    def _relink(self, names: list[str]) -> None:
        """A symlink ``NAME -> .current/NAME`` for each output name of the generation.

        Plain outputs in the way were moved into the published generation when the
        folder was opened (:meth:`_clean`)."""
        out = self.out_dir
        for name in names:
            if name not in OUTPUT_NAMES:
                continue
            p = out / name
            want = f"{CURRENT}/{name}"
            if p.is_symlink() and os.readlink(p) == want:
                continue
            link = out / f".link-{uuid.uuid4().hex[:8]}"
            os.symlink(want, link)
            if p.is_dir() and not p.is_symlink():
                _remove(p)
            os.replace(link, p)

    # -- writing ----------------------------------------------------------------------

    def __enter__(self) -> OutputFolder:
        return self

    def __exit__(
        self, et: type[BaseException] | None, ev: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def publish(self) -> None:
        """fsync the generation, then make it the published one with one rename."""
        if self.published:
            raise OutputError(f"{self.out_dir}: outputs already published")
        try:
            _fsync_tree(self.tmp)
            _crash_point("fsynced")
            self._relink(sorted(os.listdir(self.tmp)))
            _crash_point("linked")
            old = _target(self.out_dir)
            self._point(self.tmp.name)
            _fsync_path(self.out_dir, directory=True)
            self.published = True
            _crash_point("switched")
            _remove(self.out_dir / old)
            for name in OUTPUT_NAMES - set(os.listdir(self.tmp)):  # outputs it has not
                p = self.out_dir / name
                if p.is_symlink() and os.readlink(p) == f"{CURRENT}/{name}":
                    p.unlink()
        except OSError as exc:
            raise _oserr(self.out_dir, exc) from None

    def close(self) -> None:
        """Release the lock; an unpublished generation is removed."""
        try:
            if not self.published and hasattr(self, "tmp"):
                shutil.rmtree(self.tmp, ignore_errors=True)
        finally:
            self._release()


def _remove(p: Path) -> None:
    if p.is_dir() and not p.is_symlink():
        shutil.rmtree(p)
    else:
        p.unlink(missing_ok=True)


def _looks_like_summary(path: Path) -> bool:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return isinstance(data, dict) and "version" in data


def _crash_point(name: str) -> None:
    """Testing hook: ``CLEANER_CRASH_AT=<name>`` kills the process at that point of a
    commit (``fsynced``, ``linked``, ``switched``), as a power cut would."""
    if os.environ.get("CLEANER_CRASH_AT") == name:
        os._exit(86)
