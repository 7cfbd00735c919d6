"""Does a small learned title model generalise to unseen sites better than the rules?

Leave-one-set-out (LOSO) over the sealed sets of invented families
(``tests/families/sealed_<set>_*``): for set X, a logistic regression is trained on every
``tune_*``/``heldout_*`` family and every other sealed set, then picks the title of each
article of set X.  Printed per set: the model's title accuracy, the rules' figure on first
sight (the blind measurement of issue 12, where known) and the rules' figure now (same run,
same alignment), the arbiter the issue proposes (``hybrid``: the rules' title, replaced by
the model's pick only where the model is sure (>= ``SURE``) and the rules' title is no
candidate or one it rejects (<= ``UNLIKELY``); overrides counted as +right/-undone), plus
the candidates' coverage (share of true titles among the candidates: the model's ceiling).
Two candidate sources side by side: this commit's pipeline (``now``), and the code of the
commit each set was first measured blind at (``first``, :func:`first_sight`, unpacked with
``git archive`` into a temporary folder and run in a child process, cached next to
``--cache``): the honest first sight of the rules and of the model on the same lines.

Candidates (no rule's title pick is read): each piece the split stage cuts is recorded as it
reaches :func:`cleaner.stages.title_choice.piece_title` (its kept lines after chrome
removal, and its header's title when a header line cut it); the candidates are the
header's title, the first ``FIRST`` body lines, each line joined with the next (a title
broken over two lines), the page's ``<title>`` and its leading parts cut at a separator
(``-``, ``_``, ``|`` …: the site suffix off), and the ``<h1>``.  A candidate is right when
it equals the true title (spaces, full-width marks and a trailing ``?`` folded, as the
chrome bench folds them; the bench itself compares exactly, so the model's figure is an
upper bound on what it would score wired in).

Features are site-independent shapes (:func:`features`): where the candidate comes from,
position, length, sentence and label marks, digits and dates, URLs, overlap with the page
title and ``<h1>``, repetition among the first lines of the folder's other pages, and
whether the next line is metadata or prose.

Caveat (printed): the candidates come from the pipeline at this commit, whose chrome removal
and splitting were tuned on every set up to zj, so the model's LOSO figure is optimistic
about the first sight of a set by that much; the model's own weights never see set X.

Sets ``zk``/``zl`` (held out) are never read.  Deterministic: sorted inputs, zero start,
fixed iterations.

Usage: python benchmarks/title_model_loso.py [--cache PATH] [--weights]
``--cache``: keep the extracted candidates in PATH (pickle) and reuse them.
"""

from __future__ import annotations

import io
import json
import math
import os
import pickle
import re
import subprocess
import sys
import tarfile
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
#: ``--first-sight`` runs the extraction with the code of a set's blind commit (unpacked
#: by ``git archive`` into a temporary folder named by this variable)
CODE = os.environ.get("TITLE_MODEL_CODE") or str(ROOT)
sys.path.insert(0, CODE)

from cleaner.config import PipelineConfig  # noqa: E402
from cleaner.ingest.readers import read_inputs  # noqa: E402
from cleaner.pipeline import Pipeline  # noqa: E402
from cleaner.stages import split as split_stage  # noqa: E402
from cleaner.stages.profile_counter import build_profiles  # noqa: E402

FAMILIES = ROOT / "tests" / "families"
HELD_OUT = ("zk", "zl")
#: issue 12: the rules' title figure on each set's first blind measurement
FIRST_BLIND = {
    "za": 1.0,
    "zb": 0.563,
    "zc": 0.507,
    "zd": 0.844,
    "ze": 0.760,
    "zf": 0.647,
    "zg": 0.462,
    "zh": 0.364,
    "zi": 0.315,
    "zj": 0.250,
}
#: the commit each set was measured blind at (the families' commit messages)
BLIND_COMMIT = {
    "za": "99e0bc1",
    "zb": "04946cc",
    "zc": "621ede9",
    "zd": "ad522ca",
    "ze": "f20ad13",
    "zf": "a1aa08f",
    "zg": "b530fda",
    "zh": "04e2eb2",
    "zi": "fbcd53a",
    "zj": "8b7fa42",
}
FIRST = 6
ITERATIONS = 2000
RATE = 0.5
L2 = 1e-3

_FOLD = str.maketrans(
    {"，": ",", "；": ";", "：": ":", "？": "?", "！": "!", "（": "(", "）": ")", "○": "〇"}
)
_SEP = re.compile(r"\s*(?:[-_|｜–—·»>]|::)\s*")
_DATE = re.compile(r"\d{4}\s*[-年./／]\s*\d{1,2}(?:\s*[-月./／]\s*\d{1,2})?")
_TIME = re.compile(r"\d{1,2}:\d{2}")
_URL = re.compile(r"https?://|www\.|\.(?:com|cn|net|org)\b", re.I)
_LABEL = re.compile(r"^[^\s：:]{1,8}\s*[：:]")
_NUMBERED = re.compile(
    r"^(?:第[0-9一二三四五六七八九十百]+[篇章节条]|[0-9]{1,3}[.、．]|[（(][0-9一二三四五六七八九十]+[)）])"
)
_SENT_END = re.compile(r"[。！？!?…]$")
_CJK = re.compile(r"[\u4e00-\u9fff]")


def norm(s: str) -> str:
    return re.sub(r"\s+", "", s).translate(_FOLD).rstrip("?").lstrip("#").strip()


def set_of(family: str) -> str:
    """'sealed_zd_kaoshi' -> 'zd'; tune/heldout families -> their role."""
    parts = family.split("_")
    return parts[1] if parts[0] == "sealed" else parts[0]


# --------------------------------------------------------------------------- extraction


class Recorder:
    """Wraps ``piece_title`` in the split stage and records each piece's lines and header."""

    def __init__(self) -> None:
        self.calls: list[dict[str, Any]] = []
        self.inner = split_stage.piece_title

    def __call__(self, body: list[str], head_title: str, **kw: Any) -> Any:
        hints = kw.get("hints")
        self.calls.append(
            {
                "body": [ln.strip() for ln in body if ln.strip()][: FIRST + 2],
                "head": head_title.strip(),
                "page_title": (hints.title or "") if hints else "",
                "h1": (hints.h1 or "") if hints else "",
                "headings": list(getattr(hints, "headings", ())) if hints else [],
            }
        )
        return self.inner(body, head_title, **kw)


def extract(only: str | None = None) -> list[dict[str, Any]]:
    """One record per true article of every family (held-out sets never read); ``only``:
    the families of that set alone."""
    rec = Recorder()
    split_stage.piece_title = rec  # type: ignore[assignment]
    out: list[dict[str, Any]] = []
    try:
        for fam in sorted(p for p in FAMILIES.iterdir() if (p / "truth.jsonl").exists()):
            if set_of(fam.name) in HELD_OUT or (only is not None and set_of(fam.name) != only):
                continue
            truths = [json.loads(x) for x in (fam / "truth.jsonl").read_text("utf-8").splitlines()]
            raws = list(read_inputs([fam / "pages"]))
            pipe = Pipeline(PipelineConfig(), profiles=build_profiles(raws))
            pages = []
            for i, (raw, t) in enumerate(zip(raws, truths, strict=True)):
                rec.calls = []
                arts = pipe.process(raw, i).articles
                pages.append((t, arts, list(rec.calls)))
            # repetition: first lines of the folder's pages
            firsts = [
                {norm(ln) for c in calls[:1] for ln in c["body"][:FIRST]} for _, _, calls in pages
            ]
            seen: Counter[str] = Counter(k for s in firsts for k in s)
            for n_page, (t, arts, calls) in enumerate(pages):
                for k, ta in enumerate(t["articles"]):
                    call = calls[k] if k < len(calls) else None
                    rules = arts[k].title if k < len(arts) else None
                    out.append(
                        {
                            "family": fam.name,
                            "set": set_of(fam.name),
                            "page": n_page,
                            "index": k,
                            "pieces": len(calls),
                            "truth": ta["title"],
                            "rules": rules,
                            "call": call,
                            "repeat": {
                                key: (seen[key] - (key in firsts[n_page])) / max(len(pages) - 1, 1)
                                for key in {norm(c) for c, _ in candidates(call)}
                            }
                            if call
                            else {},
                        }
                    )
    finally:
        split_stage.piece_title = rec.inner  # type: ignore[assignment]
    return out


def first_sight(name: str, cache_dir: Path) -> list[dict[str, Any]]:
    """The set's records extracted by the code of its blind commit (cached per set)."""
    out = cache_dir / f"titlemodel_first_{name}_{BLIND_COMMIT[name]}.pkl"
    if not out.exists():
        with tempfile.TemporaryDirectory(prefix="titlemodel-") as tmp:
            tar = subprocess.run(
                ["git", "-C", str(ROOT), "archive", BLIND_COMMIT[name], "cleaner"],
                check=True,
                capture_output=True,
            ).stdout
            with tarfile.open(fileobj=io.BytesIO(tar)) as tf:
                tf.extractall(tmp, filter="data")
            subprocess.run(
                [sys.executable, __file__, "--extract-set", name, "--out", str(out)],
                check=True,
                env={**os.environ, "TITLE_MODEL_CODE": tmp},
            )
    records: list[dict[str, Any]] = pickle.loads(out.read_bytes())
    return records


# --------------------------------------------------------------------------- candidates


def title_parts(title: str) -> list[str]:
    """The page title and its leading parts cut at each separator ('A - B - Site': 'A - B',
    'A'), and its trailing part ('Site | A': 'A')."""
    t = title.strip()
    if not t:
        return []
    out = [t]
    cuts = [m.start() for m in _SEP.finditer(t) if m.start() > 0]
    out += [t[:c].strip() for c in reversed(cuts)]
    ends = [m.end() for m in _SEP.finditer(t) if m.end() < len(t)]
    out += [t[e:].strip() for e in ends[-1:]]
    return [x for x in out if x]


def _join(a: str, b: str) -> str:
    return a + b if _CJK.search(a[-1:] + b[:1]) else f"{a} {b}"


def candidates(call: dict[str, Any] | None) -> list[tuple[str, str]]:
    """(text, source) pairs, first occurrence of each folded text kept."""
    if call is None:
        return []
    raw: list[tuple[str, str]] = []
    if call["head"]:
        raw.append((call["head"], "head"))
    body = call["body"]
    for i, ln in enumerate(body[:FIRST]):
        raw.append((ln, f"body{i}"))
        if ln.startswith("#"):
            raw.append((ln.lstrip("#").strip(), f"body{i}"))
    for i in range(min(3, len(body) - 1)):
        raw.append((_join(body[i], body[i + 1]), f"join{i}"))
    for j, part in enumerate(title_parts(call["page_title"])):
        raw.append((part, "page_title" if j == 0 else "page_part"))
    if call["h1"]:
        raw.append((call["h1"].strip(), "h1"))
    out: list[tuple[str, str]] = []
    keys: set[str] = set()
    for text, src in raw:
        k = norm(text)
        if k and k not in keys:
            keys.add(k)
            out.append((text, src))
    return out


# --------------------------------------------------------------------------- features

SOURCES = ("head", "body0", "body1", "body2", "bodyN", "join", "page_title", "page_part", "h1")


def _shape(s: str) -> list[float]:
    n = len(s)
    digits = sum(ch.isdigit() for ch in s)
    return [
        float(n < 4),
        float(4 <= n <= 8),
        float(8 < n <= 40),
        float(40 < n <= 80),
        float(n > 80),
        math.log1p(n) / 5,
        float(bool(_SENT_END.search(s))),
        float("，" in s or "," in s),
        float("；" in s or ";" in s),
        float(s.count("。") >= 1),
        float(bool(_LABEL.match(s))),
        digits / max(n, 1),
        float(bool(_DATE.search(s))),
        float(bool(_TIME.search(s))),
        float(bool(_URL.search(s))),
        float(bool(_SEP.search(s)) and len(_SEP.split(s)) >= 3),
        float(bool(_NUMBERED.match(s))),
        float(s.startswith(("《", "【", "[", "「")) or s.endswith(("》", "】", "]", "」"))),
        float(bool(_CJK.search(s))) * len(_CJK.findall(s)) / max(n, 1),
    ]


SHAPE_NAMES = (
    "len_lt4",
    "len_4_8",
    "len_8_40",
    "len_40_80",
    "len_gt80",
    "log_len",
    "sentence_end",
    "comma",
    "semicolon",
    "full_stop",
    "label_shape",
    "digit_share",
    "date",
    "time",
    "url",
    "separators",
    "numbered",
    "bracketed",
    "cjk_share",
)


def _meta_like(s: str) -> bool:
    return bool(_LABEL.match(s) or (_DATE.search(s) and len(s) < 40))


def _prose(s: str) -> bool:
    return len(s) > 40 and bool(re.search(r"[。，,.]", s))


def names() -> list[str]:
    return [
        "bias",
        *(f"src_{s}" for s in SOURCES),
        *SHAPE_NAMES,
        "eq_page_title",
        "in_page_title",
        "page_title_in",
        "eq_h1",
        "in_headings",
        "repeat",
        "has_head",
        "next_meta",
        "next_prose",
        "prev_prose",
        "rel_len",
        "longest_short",
    ]


def features(text: str, src: str, call: dict[str, Any], repeat: float) -> list[float]:
    k = norm(text)
    kind = src if src in SOURCES else ("join" if src.startswith("join") else "bodyN")
    body = call["body"]
    pos = (
        int(src[4:]) if src.startswith("body") else (int(src[4:]) if src.startswith("join") else -1)
    )
    after = pos + (2 if src.startswith("join") else 1)
    nxt = body[after] if 0 <= pos and after < len(body) else ""
    prev = body[pos - 1] if pos > 0 else ""
    pt, h1 = norm(call["page_title"]), norm(call["h1"])
    heads = {norm(h) for h in call["headings"]}
    med = sorted(len(x) for x in body[:FIRST]) or [1]
    shorts = [len(x) for x in body[:FIRST] if not _prose(x) and not _meta_like(x)]
    return [
        1.0,
        *(float(kind == s) for s in SOURCES),
        *_shape(text.strip()),
        float(bool(pt) and k == pt),
        float(bool(pt) and k in pt and k != pt),
        float(bool(pt) and pt in k and k != pt),
        float(bool(h1) and k == h1),
        float(k in heads),
        repeat,
        float(bool(call["head"])),
        float(_meta_like(nxt)),
        float(_prose(nxt)),
        float(_prose(prev)),
        min(len(text) / max(med[len(med) // 2], 1), 4.0) / 4,
        float(bool(shorts) and len(text.strip()) == max(shorts)),
    ]


def rows(records: list[dict[str, Any]]) -> list[tuple[np.ndarray, np.ndarray, list[str]]]:
    """Per record: feature matrix, labels, candidate texts."""
    out = []
    for r in records:
        cands = candidates(r["call"])
        if not cands:
            out.append((np.zeros((0, len(names()))), np.zeros(0), []))
            continue
        truth = norm(r["truth"])
        x = [features(t, s, r["call"], r["repeat"].get(norm(t), 0.0)) for t, s in cands]
        y = [float(norm(t) == truth) for t, _ in cands]
        out.append((np.array(x), np.array(y), [t for t, _ in cands]))
    return out


def train(x: np.ndarray, y: np.ndarray) -> np.ndarray:
    """Class-balanced, L2-regularised logistic regression; deterministic."""
    w = np.zeros(x.shape[1])
    pos = max(y.sum(), 1.0)
    neg = max(len(y) - y.sum(), 1.0)
    sw = np.where(y > 0, len(y) / (2 * pos), len(y) / (2 * neg))
    for _ in range(ITERATIONS):
        p = 1.0 / (1.0 + np.exp(-np.clip(x @ w, -30, 30)))
        w -= RATE * (x.T @ ((p - y) * sw) / len(y) + L2 * w)
    return w


def pick(w: np.ndarray, x: np.ndarray) -> int:
    return int(np.argmax(x @ w)) if len(x) else -1


#: the arbiter's thresholds (``hybrid``): the model overrides the rules only when its own
#: pick is this sure and the rules' title is outside the candidates or this unlikely
SURE = 0.9
UNLIKELY = 0.1


def evaluate(w: np.ndarray, recs: list[dict[str, Any]]) -> Counter[str]:
    """Model right, rules right, hybrid right (the rules, overridden by a sure model pick
    where their title is no candidate or one the model rejects), candidates covering the
    truth, articles; ``over``/``over_ok``: overrides and the right ones."""
    c: Counter[str] = Counter()
    for r, (x, y, texts) in zip(recs, rows(recs), strict=True):
        c["n"] += 1
        j = pick(w, x)
        truth = norm(r["truth"])
        c["model"] += bool(j >= 0 and y[j] > 0)
        c["cover"] += bool(y.sum())
        rules_ok = r["rules"] is not None and norm(r["rules"]) == truth
        c["rules"] += rules_ok
        hybrid_ok = rules_ok
        if j >= 0:
            p = 1.0 / (1.0 + np.exp(-np.clip(x @ w, -30, 30)))
            keys = [norm(t) for t in texts]
            rk = norm(r["rules"] or "")
            p_rules = float(p[keys.index(rk)]) if rk in keys else None
            if p[j] >= SURE and (p_rules is None or p_rules <= UNLIKELY) and keys[j] != rk:
                c["over"] += 1
                c["over_ok"] += bool(y[j] > 0)
                c["over_bad"] += rules_ok
                hybrid_ok = bool(y[j] > 0)
        c["hybrid"] += hybrid_ok
    return c


def _f(v: float | None) -> str:
    return "-" if v is None else f"{v:.3f}"


def main() -> int:
    if "--extract-set" in sys.argv:  # the child of first_sight: old code on PYTHONPATH
        name = sys.argv[sys.argv.index("--extract-set") + 1]
        out = Path(sys.argv[sys.argv.index("--out") + 1])
        out.write_bytes(pickle.dumps(extract(name)))
        return 0
    cache = Path(sys.argv[sys.argv.index("--cache") + 1]) if "--cache" in sys.argv else None
    if cache is not None and cache.exists():
        records = pickle.loads(cache.read_bytes())
    else:
        records = extract()
        if cache is not None:
            cache.write_bytes(pickle.dumps(records))
    cache_dir = cache.parent if cache is not None else Path(tempfile.gettempdir())
    data = rows(records)
    sets = sorted({r["set"] for r in records if r["family"].startswith("sealed_")})
    print(
        f"articles {len(records)}  features {len(names())}  candidates/article "
        f"{sum(len(d[2]) for d in data) / max(len(data), 1):.1f}"
    )
    print("now: candidates from this commit's pipeline; first: from the set's blind commit")
    print(
        f"{'set':5} {'n':>4} {'model':>7} {'rules':>7} {'hybrid':>7} {'cover':>7} | "
        f"{'fb_isue':>7} {'model':>7} {'rules':>7} {'hybrid':>7} {'cover':>7} {'overrides':>13}"
    )
    tot: Counter[str] = Counter()
    tot_first: Counter[str] = Counter()
    for s in sets:
        tr = [d for r, d in zip(records, data, strict=True) if r["set"] != s and len(d[1])]
        w = train(np.vstack([d[0] for d in tr]), np.concatenate([d[1] for d in tr]))
        c = evaluate(w, [r for r in records if r["set"] == s])
        tot.update(c)
        n = c["n"]
        line = f"{s:5} {n:4d} {c['model'] / n:7.3f} {c['rules'] / n:7.3f} "
        line += f"{c['hybrid'] / n:7.3f} {c['cover'] / n:7.3f} | "
        line += f"{_f(FIRST_BLIND.get(s)):>7} "
        if s in BLIND_COMMIT and "--no-first" not in sys.argv:
            f = evaluate(w, first_sight(s, cache_dir))
            tot_first.update(f)
            m = max(f["n"], 1)
            line += f"{f['model'] / m:7.3f} {f['rules'] / m:7.3f} {f['hybrid'] / m:7.3f} "
            line += f"{f['cover'] / m:7.3f} {f['over']:3d} +{f['over_ok']}/-{f['over_bad']}"
        print(line)
    n = max(tot["n"], 1)
    line = f"{'all':5} {tot['n']:4d} {tot['model'] / n:7.3f} {tot['rules'] / n:7.3f} "
    line += f"{tot['hybrid'] / n:7.3f} {tot['cover'] / n:7.3f} | {'':7} "
    if tot_first["n"]:
        m = tot_first["n"]
        line += f"{tot_first['model'] / m:7.3f} {tot_first['rules'] / m:7.3f} "
        line += f"{tot_first['hybrid'] / m:7.3f} {tot_first['cover'] / m:7.3f} "
        line += f"{tot_first['over']:3d} +{tot_first['over_ok']}/-{tot_first['over_bad']}"
        line += f"  (first-sight sets, {m} articles)"
    print(line)
    if "--weights" in sys.argv:
        tr = [d for d in data if len(d[1])]
        w = train(np.vstack([d[0] for d in tr]), np.concatenate([d[1] for d in tr]))
        for name, v in sorted(zip(names(), w, strict=True), key=lambda t: -abs(t[1])):
            print(f"  {name:16} {v:+.3f}")
    print(
        "caveat: 'now' candidates come from chrome removal and splits tuned on every set up"
        " to zj; the model's weights never see the set they are tested on"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
