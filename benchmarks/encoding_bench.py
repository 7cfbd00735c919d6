"""Encoding detection accuracy: cleaner vs charset-normalizer vs chardet (issue 13).

Runs every detector on the generated test set of ``tests/test_encodings_cases.py`` (our
own texts in 22 languages, 47 codecs, declared and not, one line and several) and
prints accuracy side by side, by codec group and by declared/undeclared.  A reading is
right when its text equals the original, codec-table variants folded (GB2312 read as
GB18030, a JIS wave dash read by CP932 as a full-width tilde); every detector's
GB2312/GBK answer is decoded as GB18030, as cleaner does.

``--dir DIR`` also scores a folder laid out like chardet's test corpus
(``DIR/<encoding name>/<file>``: the folder name is the truth).  ``--speed`` times the
UTF-8 fast path and legacy pages (median of repeated runs; run it with
``PYTHONPATH=/path/to/other/checkout`` to compare two versions of cleaner).

Usage::

    PYTHONPATH=. python benchmarks/encoding_bench.py [--dir DIR] [--speed] [--failures]

chardet is in the ``bench`` extra (``pip install -e .[bench]``).
"""

from __future__ import annotations

import argparse
import codecs
import statistics
import sys
import time
from collections import defaultdict
from collections.abc import Callable, Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.append(str(ROOT))  # PYTHONPATH first: --speed can time another checkout

WIDEN = {"gb2312": "gb18030", "gbk": "gb18030", "ascii": "utf-8", "euc-kr": "cp949"}


def _read_with(data: bytes, name: str | None) -> str | None:
    if not name:
        return None
    try:
        codec = codecs.lookup(name).name
    except LookupError:
        return None
    codec = WIDEN.get(codec.replace("_", "-"), codec)
    try:
        return data.decode(codec)
    except UnicodeDecodeError:
        return data.decode(codec, errors="replace")


def cleaner_read(data: bytes) -> tuple[str | None, str]:
    from cleaner.ingest.charset import DecodeError, decode_bytes

    try:
        text, enc, _bom, _conf = decode_bytes(data)
    except DecodeError:
        return None, "-"
    return text, enc


def normalizer_read(data: bytes) -> tuple[str | None, str]:
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        return None, "-"
    return _read_with(data, best.encoding), best.encoding


def chardet_read(data: bytes) -> tuple[str | None, str]:
    import chardet

    name = chardet.detect(data)["encoding"]
    return _read_with(data, name), str(name)


DETECTORS: dict[str, Callable[[bytes], tuple[str | None, str]]] = {
    "cleaner": cleaner_read,
    "charset-normalizer": normalizer_read,
    "chardet": chardet_read,
}


def _available() -> dict[str, Callable[[bytes], tuple[str | None, str]]]:
    out = {"cleaner": cleaner_read, "charset-normalizer": normalizer_read}
    try:
        import chardet  # noqa: F401

        out["chardet"] = chardet_read
    except ImportError:
        print("chardet is not installed (pip install chardet): column left out")
    return out


def score_cases(
    items: Iterable[tuple[str, str, bool, bytes, str]], *, failures: bool
) -> tuple[dict[str, dict[str, list[int]]], list[str]]:
    """``items``: (id, group, declared, bytes, truth).  Returns row → detector → [ok, n]."""
    from tests.test_encodings_cases import same_text

    dets = _available()
    table: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(lambda: [0, 0]))
    misses: list[str] = []
    for cid, group, declared, data, truth in items:
        rows = ("all", f"group: {group}", "declared" if declared else "undeclared")
        for name, read in dets.items():
            text, enc = read(data)
            ok = text is not None and same_text(text, truth)
            for row in rows:
                table[row][name][0] += ok
                table[row][name][1] += 1
            if failures and not ok and name == "cleaner":
                misses.append(f"  cleaner missed {cid}: read as {enc}")
    return table, misses


def print_table(title: str, table: dict[str, dict[str, list[int]]]) -> None:
    names = list(next(iter(table.values())).keys())
    print(f"\n## {title}\n")
    print("| | " + " | ".join(names) + " |")
    print("|---|" + "---|" * len(names))
    order = sorted(
        table,
        key=lambda r: (
            r != "all",
            not r.startswith("declared") and not r.startswith("undeclared"),
            r,
        ),
    )
    for row in order:
        cells = [f"{table[row][n][0]} / {table[row][n][1]}" for n in names]
        print(f"| {row} | " + " | ".join(cells) + " |")


def generated() -> Iterable[tuple[str, str, bool, bytes, str]]:
    from tests.test_encodings_cases import cases

    for c in cases():
        yield c.id, c.group, c.declared, c.data, c.text


def from_dir(root: Path) -> Iterable[tuple[str, str, bool, bytes, str]]:
    """Files under ``root/<encoding>/``; the truth is the file decoded by its folder's
    codec (widened like the detectors' answers)."""
    from cleaner.ingest.detect import declared_charset

    for folder in sorted(p for p in root.iterdir() if p.is_dir()):
        name = folder.name.lower()
        for f in sorted(p for p in folder.iterdir() if p.is_file()):
            data = f.read_bytes()
            truth = _read_with(data, name)
            if truth is None:
                continue  # a folder whose name is no codec (binary "None" files …)
            yield (
                f"{folder.name}/{f.name}",
                folder.name,
                declared_charset(data) is not None,
                data,
                truth,
            )


def speed() -> None:
    """Median microseconds per page: clean UTF-8 pages (fast path) and legacy pages."""
    from cleaner.ingest.charset import decode_bytes

    para = "市政府昨天召开会议，讨论明年的城市道路改造计划。The committee met on Tuesday. "
    pages = {
        "utf-8, 2 KB": (para * 20).encode(),
        "utf-8, 200 KB": (para * 2000).encode(),
        "ascii, 50 KB": ("plain ascii text " * 3000).encode(),
        "gb18030 declared, 20 KB": ('<meta charset="gbk">' + para * 200).encode("gb18030"),
        "gb18030 undeclared, 20 KB": (para * 200).encode("gb18030"),
        "cp1251 undeclared, 20 KB": ("Городской совет утвердил план. " * 600).encode("cp1251"),
    }
    print("\n## Speed (median of 15 runs, CPU µs per page)\n")
    print("| page | µs |")
    print("|---|---|")
    for label, data in pages.items():
        decode_bytes(data)
        runs = []
        for _ in range(15):
            t = time.process_time()  # CPU time: the machine is shared
            decode_bytes(data)
            runs.append((time.process_time() - t) * 1e6)
        print(f"| {label} | {statistics.median(runs):,.0f} |")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--dir", type=Path, help="a folder laid out as DIR/<encoding>/<file>")
    ap.add_argument("--speed", action="store_true", help="time the fast path and legacy pages")
    ap.add_argument("--speed-only", action="store_true", help="only --speed")
    ap.add_argument("--failures", action="store_true", help="list the pages cleaner misses")
    args = ap.parse_args()
    if not args.speed_only:
        table, misses = score_cases(generated(), failures=args.failures)
        print_table("Generated set (tests/test_encodings_cases.py)", table)
        print("\n".join(misses))
        if args.dir:
            table, misses = score_cases(from_dir(args.dir), failures=args.failures)
            print_table(f"Folder {args.dir}", table)
            print("\n".join(misses))
    if args.speed or args.speed_only:
        speed()


if __name__ == "__main__":
    main()
