"""Main-text extraction quality: cleaner's HTML extractor side by side with trafilatura.

Runs both extractors on the real pages with ground truth in ``../shared/corpora/real``:

* ``magic-html/benchmark/data/forum`` (Chinese forum/Q&A pages, ``base.json`` maps the page
  file's name to ``{url, content}``);
* ``scrapinghub-aeb`` (English news/blog pages, gzipped, ``ground-truth.json`` maps the file
  name's hash to ``{url, articleBody}``).

The score is token-level F1 of the extracted text against the ground truth, per page, then
averaged over pages (macro).  Tokens are single Han characters (Chinese has no spaces, so
a character is the natural token; this makes the Chinese score character-level) and runs
of letters/digits for everything else; each side is a bag (multiset) of tokens, as in the
article-extraction-benchmark's own evaluation.  A page an extractor returns nothing for
scores 0.

To judge whether a change generalises, each set is also scored on two halves: pages whose
file name (a hash) starts with 0-7 ("tune", the half extraction changes were developed on)
and 8-f ("held out", looked at only as a figure).

A mean F1 hides the pages an extractor loses: a second table reports per-page RECALL per
half, the count of pages with recall below 0.5 (most of the article gone) and the recall
quantiles (min / p10 / p25 / median).  ``--baseline FILE`` adds a column for another
version of ``cleaner/ingest/html.py`` (e.g. ``git show HEAD:cleaner/ingest/html.py >
/tmp/html_head.py``), so a before/after table comes from one run.

Usage::

    python benchmarks/html_extract_bench.py [--shared ../shared/corpora/real] [--show-worst 3]
        [--baseline /tmp/html_head.py]

Needs the ``bench`` extra (``pip install -e '.[bench]'``) for trafilatura; without it only
cleaner's column is printed.
"""

from __future__ import annotations

import argparse
import gzip
import importlib.util
import json
import re
import statistics
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from cleaner.ingest.html import extract  # noqa: E402

_TOKEN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]|[^\W_]+", re.UNICODE)


def tokens(text: str) -> Counter[str]:
    """Han characters one by one, other letters/digits as words (case-folded)."""
    return Counter(t.casefold() for t in _TOKEN.findall(text))


def prf(pred: str, truth: str) -> tuple[float, float, float]:
    """Bag-of-tokens precision, recall and F1."""
    p, t = tokens(pred), tokens(truth)
    common = sum((p & t).values())
    if not common:
        return 0.0, 0.0, 0.0
    precision = common / sum(p.values())
    recall = common / sum(t.values())
    return precision, recall, 2 * precision * recall / (precision + recall)


def chinese_cases(shared: Path) -> Iterator[tuple[str, bytes, str, str]]:
    base = shared / "magic-html" / "benchmark" / "data" / "forum"
    truth = json.loads((base / "base.json").read_text(encoding="utf-8"))
    for f in sorted((base / "htmls").glob("*.html")):
        gt = truth.get(f.stem)
        if gt:
            yield f.stem[:12], f.read_bytes(), gt["url"], gt["content"]


def english_cases(shared: Path) -> Iterator[tuple[str, bytes, str, str]]:
    base = shared / "scrapinghub-aeb"
    truth = json.loads((base / "ground-truth.json").read_text(encoding="utf-8"))
    for f in sorted((base / "html").glob("*.html.gz")):
        key = f.name.split(".")[0]
        gt = truth.get(key)
        if gt:
            yield key[:12], gzip.decompress(f.read_bytes()), gt["url"], gt["articleBody"]


def ours(data: bytes, url: str) -> str:
    return extract(data, url=url).body


def baseline_engine(path: Path) -> Callable[[bytes, str], str]:
    """``extract`` of another copy of ``cleaner/ingest/html.py`` (a before figure)."""
    spec = importlib.util.spec_from_file_location("html_baseline", path)
    if spec is None or spec.loader is None:
        sys.exit(f"cannot load {path}")
    mod = importlib.util.module_from_spec(spec)
    sys.modules["html_baseline"] = mod  # dataclasses look their module up by name
    spec.loader.exec_module(mod)

    def run(data: bytes, url: str) -> str:
        return str(mod.extract(data, url=url).body)

    return run


def quantile(values: list[float], q: float) -> float:
    """The ``q`` quantile by the nearest-rank rule (no interpolation: a page's own score)."""
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))]


#: Recall below this means most of the article was lost on the page.
LOW_RECALL = 0.5


def trafilatura_engine() -> Callable[[bytes, str], str] | None:
    try:
        import trafilatura
    except ImportError:
        return None

    def run(data: bytes, url: str) -> str:
        return trafilatura.extract(data, url=url) or ""

    return run


def half(key: str) -> str:
    """The split a page belongs to: ``tune`` (hash 0-7) or ``held-out`` (8-f)."""
    return "tune" if key[0] in "01234567" else "held-out"


def evaluate(
    name: str,
    cases: list[tuple[str, bytes, str, str]],
    engines: dict[str, Callable[[bytes, str], str]],
    show_worst: int,
) -> None:
    scores: dict[str, list[tuple[float, float, float]]] = {e: [] for e in engines}
    seconds: dict[str, float] = dict.fromkeys(engines, 0.0)
    per_page: dict[str, list[tuple[float, str]]] = {e: [] for e in engines}
    for key, data, url, truth in cases:
        for e, fn in engines.items():
            t0 = time.perf_counter()
            pred = fn(data, url)
            seconds[e] += time.perf_counter() - t0
            s = prf(pred, truth)
            scores[e].append(s)
            per_page[e].append((s[2], key))
    print(f"\n{name}: {len(cases)} pages, token-level F1 (macro average over pages)\n")
    keys = [c[0] for c in cases]
    n_tune = sum(half(k) == "tune" for k in keys)
    n_held = len(keys) - n_tune
    print(
        f"| extractor | precision | recall | F1 | median F1 | F1 tune ({n_tune}) "
        f"| F1 held-out ({n_held}) | ms/page |"
    )
    print("|---|---|---|---|---|---|---|---|")
    for e, rows in scores.items():
        p = statistics.mean(r[0] for r in rows)
        r = statistics.mean(r[1] for r in rows)
        f = statistics.mean(r[2] for r in rows)
        med = statistics.median(r[2] for r in rows)
        ms = 1000 * seconds[e] / max(1, len(rows))
        tune = [r[2] for r, k in zip(rows, keys, strict=True) if half(k) == "tune"]
        held = [r[2] for r, k in zip(rows, keys, strict=True) if half(k) != "tune"]
        ft = statistics.mean(tune) if tune else float("nan")
        fh = statistics.mean(held) if held else float("nan")
        print(f"| {e} | {p:.3f} | {r:.3f} | {f:.3f} | {med:.3f} | {ft:.3f} | {fh:.3f} | {ms:.0f} |")
    print(f"\n{name}: per-page recall, pages with recall < {LOW_RECALL} and recall quantiles\n")
    print("| extractor | half | pages | recall < 0.5 | min | p10 | p25 | median |")
    print("|---|---|---|---|---|---|---|---|")
    for e, rows in scores.items():
        for h in ("tune", "held-out"):
            rec = [r[1] for r, k in zip(rows, keys, strict=True) if half(k) == h]
            low = sum(x < LOW_RECALL for x in rec)
            qs = " | ".join(f"{quantile(rec, q):.3f}" for q in (0.0, 0.1, 0.25, 0.5))
            print(f"| {e} | {h} | {len(rec)} | {low} | {qs} |")
    if show_worst:
        for e, rows2 in per_page.items():
            worst = sorted(rows2)[:show_worst]
            print(f"  worst for {e}: " + ", ".join(f"{k} {f:.2f}" for f, k in worst))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared" / "corpora" / "real")
    ap.add_argument("--show-worst", type=int, default=3)
    ap.add_argument("--baseline", type=Path, help="another html.py to score beside (before)")
    args = ap.parse_args()
    if not args.shared.exists():
        sys.exit(f"no corpora at {args.shared}")
    engines: dict[str, Callable[[bytes, str], str]] = {}
    if args.baseline:
        engines["cleaner@baseline"] = baseline_engine(args.baseline)
    engines["cleaner"] = ours
    traf = trafilatura_engine()
    if traf is not None:
        engines["trafilatura"] = traf
    else:
        print("trafilatura is not installed (pip install -e '.[bench]'): cleaner only")
    evaluate(
        "Chinese (magic-html forum)", list(chinese_cases(args.shared)), engines, args.show_worst
    )
    evaluate(
        "English (scrapinghub-aeb)", list(english_cases(args.shared)), engines, args.show_worst
    )


if __name__ == "__main__":
    main()
