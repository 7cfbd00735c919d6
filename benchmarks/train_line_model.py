"""Train the chrome line model (``cleaner/rules/line_model.json``) on the ``tune_*`` families.

Labels come from the families' exact ground truth (``tests/families/*/truth.jsonl``): a
line listed as chrome is 1, a line of an article is 0, any other line (article headers
such as ``第1篇 …``, ``1、…``) is 0 too, since the split stage needs it.  A chrome line that
is also an article's text or title (a page title repeating the first title) is left out.
Only ``role = "tune"`` families are read: ``heldout`` and ``sealed`` families are for
measuring; a tune family whose truth says ``"train_line_model": false`` tunes the
stages' code but not these weights.  Real pages under ``../shared`` carry no line-level
truth for text pages, so they are not used (nothing to skip when ``../shared`` is absent).

Logistic regression by full-batch gradient descent in numpy (fixed iterations, zero start,
sorted inputs): the same inputs always give the same weights, rounded to 4 decimals.

Usage: python benchmarks/train_line_model.py [--check] [--out PATH]
``--check`` trains and compares with the shipped file (exit 1 if they differ).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from cleaner.ingest.readers import read_inputs  # noqa: E402
from cleaner.stages.line_features import names, page_features  # noqa: E402
from cleaner.stages.line_scores import CONTEXT, WEIGHTS, LineModel, context_rows  # noqa: E402
from cleaner.stages.profile_counter import decode_raw  # noqa: E402

FAMILIES = ROOT / "tests" / "families"
ITERATIONS = 3000
RATE = 0.5
L2 = 1e-3


def _norm(s: str) -> str:
    return "".join(s.split())


def labelled_pages(
    families: Path = FAMILIES, role: str = "tune"
) -> list[tuple[list[str], dict[int, int]]]:
    """(stripped lines, {line index: label}) for every page of the families with ``role``."""
    out = []
    for fam in sorted(p for p in families.iterdir() if (p / "truth.jsonl").exists()):
        truths = [json.loads(x) for x in (fam / "truth.jsonl").read_text("utf-8").splitlines()]
        if not truths or truths[0]["role"] != role:
            continue
        if truths[0].get("train_line_model") is False:
            continue  # tunes the stages' code only (see tests/families/blind_families.py)
        raws = list(read_inputs([fam / "pages"]))
        for raw, t in zip(raws, truths, strict=True):
            text = decode_raw(raw) or ""
            stripped = [ln.strip() for ln in text.split("\n")]
            content = {_norm(ln) for a in t["articles"] for ln in a["lines"]}
            content |= {_norm(a["title"]) for a in t["articles"]}
            chrome = {_norm(c) for c in t["chrome"]} - content
            labels = {}
            for i, s in enumerate(stripped):
                if not s:
                    continue
                k = _norm(s)
                if k in chrome:
                    labels[i] = 1
                elif not any(k and k in c for c in chrome if len(c) > len(k)):
                    labels[i] = 0
            out.append((stripped, labels))
    return out


Page = tuple[list[int], list[list[float] | None], dict[int, int]]


def featurise(pages: list[tuple[list[str], dict[int, int]]]) -> list[Page]:
    out = []
    for stripped, labels in pages:
        idx, rows = page_features(stripped)
        out.append((idx, rows, labels))
    return out


def dataset(
    pages: list[Page], first: list[list[float]] | None = None
) -> tuple[np.ndarray, np.ndarray]:
    """Labelled rows (with the context columns when first-pass scores are given)."""
    xs: list[list[float]] = []
    ys: list[int] = []
    for n, (idx, rows, labels) in enumerate(pages):
        use = rows if first is None else context_rows(rows, first[n])
        for i, row in zip(idx, use, strict=True):
            if i in labels and row is not None:
                xs.append(row)
                ys.append(labels[i])
    return np.array(xs, dtype=np.float64), np.array(ys, dtype=np.float64)


def train(x: np.ndarray, y: np.ndarray) -> np.ndarray:
    """Class-balanced, L2-regularised logistic regression; deterministic."""
    w = np.zeros(x.shape[1])
    pos = max(y.sum(), 1.0)
    neg = max(len(y) - y.sum(), 1.0)
    sw = np.where(y > 0, len(y) / (2 * pos), len(y) / (2 * neg))
    for _ in range(ITERATIONS):
        p = 1.0 / (1.0 + np.exp(-np.clip(x @ w, -30, 30)))
        grad = x.T @ ((p - y) * sw) / len(y) + L2 * w
        w -= RATE * grad
    return w


def fit(pages: list[Page]) -> tuple[LineModel, int, float]:
    """Both passes; the weights are rounded before the second pass sees the first's scores,
    so the shipped model reproduces them exactly.  Returns (model, lines, accuracy)."""
    x, y = dataset(pages)
    w1 = tuple(round(float(v), 4) for v in train(x, y))
    half = LineModel(tuple(names()), w1, ())
    first = [half.first_pass(rows) for _, rows, _ in pages]
    x2, y2 = dataset(pages, first)
    w2 = tuple(round(float(v), 4) for v in train(x2, y2))
    p = 1.0 / (1.0 + np.exp(-(x2 @ np.array(w2))))
    acc = float(((p >= 0.5) == (y2 > 0)).mean())
    return LineModel(tuple(names()), w1, w2), len(y2), acc


def model_json(model: LineModel, n_lines: int) -> str:
    data = {
        "comment": "chrome line model; written by benchmarks/train_line_model.py, do not edit",
        "training_lines": n_lines,
        "features": list(model.names),
        "context_features": [*model.names, *CONTEXT],
        "weights": list(model.weights),
        "context": list(model.context),
    }
    return json.dumps(data, ensure_ascii=False, indent=1) + "\n"


def main() -> int:
    check = "--check" in sys.argv
    out = Path(sys.argv[sys.argv.index("--out") + 1]) if "--out" in sys.argv else WEIGHTS
    model, n, acc = fit(featurise(labelled_pages()))
    print(f"lines {n}  training accuracy {acc:.4f}")
    text = model_json(model, n)
    if check:
        same = out.read_text(encoding="utf-8") == text
        print("shipped weights match" if same else f"{out} differs from a fresh training run")
        return 0 if same else 1
    out.write_text(text, encoding="utf-8")
    print(f"wrote {out}")
    cols = [*model.names, *CONTEXT]
    for name, v in sorted(zip(cols, model.context, strict=True), key=lambda t: -abs(t[1]))[:12]:
        print(f"  {name:18} {v:+.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
