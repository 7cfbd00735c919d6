"""Site learning from a bounded sample: what the learned chrome loses against every page.

For each input (a JSONL batch or folder) and each sample size N, the site profiles are
counted from the first N distinct pages per site / template key
(``BoilerplateConfig.site_sample_pages``) and compared with the profiles counted from
every page (``0``): per key, the learned lines and shapes (their exact text or shape)
give precision and recall of the sampled set against the full one, and the CPU seconds
of the counting (:func:`cleaner.readahead.read_once`, reading included) are printed.

``--synthetic DIR`` also writes two batches of one site (URL host) built from
../shared/bench pool texts, 5,000 pages each, and measures them: ``spread.jsonl``,
where menu lines appear on 30 … 90 % of the pages (random order: the supports near
``site_min_support`` are the ones a sample can get wrong), and ``drift.jsonl``, where
the site's chrome changes halfway through the batch.

Usage::

    PYTHONPATH=$PWD python benchmarks/site_sample.py batch.jsonl --sizes 250 500 1000
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from cleaner.ingest.readers import read_inputs
from cleaner.readahead import read_once
from cleaner.stages.boilerplate_config import BoilerplateConfig

Learnt = dict[str, dict[tuple[str, str], float]]


def learned(path: Path, sample: int) -> tuple[Learnt, dict[str, tuple[int, int]], float]:
    """Learned (kind, key) → support per site key; (pages, copies) counted per key; CPU
    seconds of the reading pass (reading, decoding, counting, signing)."""
    t0 = time.process_time()
    profiles, kept = read_once(read_inputs([path]), sample=sample)
    for _ in kept:  # the spool is let go of
        pass
    cpu = time.process_time() - t0
    cfg = BoilerplateConfig()
    out: Learnt = {}
    pages: dict[str, tuple[int, int]] = {}
    for p in profiles:
        pages[p.site] = (p.pages, p.copies)
        got = profiles.learned(p.site, cfg)
        if got is not None:
            out[p.site] = {("line", k): v.support for k, v in got.lines.items()}
            out[p.site] |= {("shape", k): v.support for k, v in got.shapes.items()}
    return out, pages, cpu


MENUS = ["首页", "新闻", "公告", "下载", "专题", "服务", "关于", "帮助", "留言", "地图"]


def _menu(k: int) -> str:
    """A menu line (three items), distinct per ``k``: chrome by its separators."""
    return " | ".join(MENUS[(k + j) % len(MENUS)] + f"栏目{k}" for j in range(3))


def synthetic(folder: Path, pages: int = 5000, seed: int = 11) -> list[Path]:
    """``spread.jsonl`` and ``drift.jsonl`` (see the module docstring)."""
    import json
    import random
    import sys

    sys.path.insert(0, str(Path(__file__).parent))
    from bench_run import base_texts

    rng = random.Random(seed)
    texts = base_texts()
    shares = [0.30 + 0.05 * i for i in range(13)]  # 30 % … 90 %
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for name in ("spread", "drift"):
        path = folder / f"{name}.jsonl"
        with path.open("w", encoding="utf-8") as fh:
            for i in range(pages):
                if name == "spread":
                    top = [_menu(k) for k, p in enumerate(shares) if rng.random() < p]
                else:  # chrome A (menus 0-3) then, from halfway, chrome B (other words)
                    mark = "" if i < pages // 2 else "新版"
                    top = [mark + _menu(k) for k in range(4)]
                body = texts[rng.randrange(len(texts))][:1500]
                row = {"text": "\n".join([f"第{i}篇", *top, body]), "url": f"https://s.example/{i}"}
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")
        out.append(path)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("inputs", nargs="*", type=Path)
    ap.add_argument("--sizes", nargs="+", type=int, default=[250, 500, 1000, 2000])
    ap.add_argument("--show", action="store_true", help="print the lines that differ")
    ap.add_argument("--synthetic", type=Path, help="also write and measure the two batches")
    args = ap.parse_args()
    inputs = list(args.inputs) + (synthetic(args.synthetic) if args.synthetic else [])
    for path in inputs:
        full, full_pages, full_cpu = learned(path, 0)
        n_full = sum(map(len, full.values()))
        print(
            f"{path.name}: {len(full_pages)} keys, (pages, copies) {full_pages}, "
            f"{n_full} learned, reading pass {full_cpu:.1f} s CPU"
        )
        for n in args.sizes:
            got, pages, cpu = learned(path, n)
            both = sum(len(got.get(k, {}).keys() & v.keys()) for k, v in full.items())
            deltas = [
                abs(got[k][line] - s)
                for k, v in full.items()
                for line, s in v.items()
                if line in got.get(k, {})
            ]
            n_got = sum(map(len, got.values()))
            prec = both / n_got if n_got else 1.0
            rec = both / n_full if n_full else 1.0
            print(
                f"  N={n:5d}: learned {n_got:4d}, precision {prec:.3f}, recall {rec:.3f}, "
                f"support |diff| max {max(deltas, default=0):.1f} mean "
                f"{sum(deltas) / max(1, len(deltas)):.1f} points; reading pass {cpu:.1f} s "
                f"CPU ({cpu / full_cpu:.2f}x); counted {pages}"
            )
            if args.show:
                for k in sorted(set(full) | set(got)):
                    a, b = full.get(k, {}), got.get(k, {})
                    for kind, line in sorted(a.keys() - b.keys()):
                        print(f"    - {k} {kind} ({a[kind, line]:.0f}): {line[:80]}")
                    for kind, line in sorted(b.keys() - a.keys()):
                        print(f"    + {k} {kind} ({b[kind, line]:.0f}): {line[:80]}")


if __name__ == "__main__":
    main()
