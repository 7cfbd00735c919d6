"""Silent-loss audit: every truth content line the pipeline drops, by the rule that did it.

For every family under ``tests/families`` with a truth (roles tune, heldout, sealed; the
kept-sealed sets ``*_v_*`` and ``*_w_*`` are never opened) the pipeline runs as
``chrome_bench.py``'s ``per_family`` layout runs it (site profiles from the family's
folder, line model on).  Every truth content line (``articles[].lines``) that no output
article holds (text lines or titles, compared as ``boilerplate_bench.norm`` does) is
listed with the ledger rule whose removed text holds it (the earliest such change), or
``partial:<rule>`` when a removal took a piece of it, or ``unattributed``.

``--real`` also runs ``cleaner run`` (every page in one folder, as
``real_pages_bench.py``) on the labelled real pages; there is no line truth, so a line
the boilerplate stage removed whose text stands inside the page's ground truth text
(longer than ``REAL_MIN`` characters after folding) counts as lost by that rule.

``--fixtures`` runs the boilerplate stage, with a profile learned from each site's
pages, on the invented sites of ``loss_fixtures.py`` (short changelog items, FAQ
lines, steps, names, series titles) and lists the content lines it deletes, and how
many of each site's chrome lines are left.

Usage: python benchmarks/loss_audit.py [--real] [--fixtures] [--short N] [--show RULE] [--json]
  --short N : only truth lines of at most N characters (after folding) in the listing
  --show RULE : print every lost line of that rule (substring match on the rule)
"""

from __future__ import annotations

import json
import sys
import tempfile
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from boilerplate_bench import norm, page_key  # noqa: E402

from cleaner.config import PipelineConfig  # noqa: E402
from cleaner.ingest.readers import read_inputs  # noqa: E402
from cleaner.model import Change  # noqa: E402
from cleaner.pipeline import Pipeline  # noqa: E402
from cleaner.provenance import NON_EDITS, expand  # noqa: E402
from cleaner.stages import line_features, line_model  # noqa: E402
from cleaner.stages.profile_counter import build_profiles  # noqa: E402

FAMILIES = ROOT / "tests" / "families"
# The newest blind set stays out of the audit until the lead has measured it once;
# sets up to x are measured and are tuning material now.
SEALED_AWAY = ()
REAL_MIN = 2


def family_dirs() -> list[Path]:
    return sorted(
        p
        for p in FAMILIES.iterdir()
        if (p / "truth.jsonl").exists() and not any(s in p.name for s in SEALED_AWAY)
    )


def removals(changes: list[Change]) -> list[tuple[str, str]]:
    """(rule, folded removed text) of every edit that took text away, in ledger order."""
    out = []
    for c in expand(changes, strict=False):
        if c.action in NON_EDITS or not c.before.strip():
            continue
        gone = norm(c.before)
        if len(norm(c.after)) < len(gone):
            out.append((f"{c.stage}:{c.rule}", gone))
    return out


def blame(line: str, rem: list[tuple[str, str]]) -> str:
    for rule, gone in rem:
        if line in gone:
            return rule
    best = max(
        ((len(g), r) for r, g in rem if len(g) >= 2 and g in line), default=None, key=lambda x: x[0]
    )
    return f"partial:{best[1]}" if best else "unattributed"


def audit_family(fam: Path) -> list[dict[str, Any]]:
    line_features.clear_caches()
    line_model.clear_caches()
    truths = [json.loads(x) for x in (fam / "truth.jsonl").read_text("utf-8").splitlines()]
    raws = list(read_inputs([fam / "pages"]))
    pipe = Pipeline(PipelineConfig(), profiles=build_profiles(raws))
    res_by = {raw.source: pipe.process(raw, i) for i, raw in enumerate(raws)}
    lost = []
    for t in truths:
        page = t["page"]
        key = page_key(fam, page)
        res = res_by[key]
        out = Counter(norm(ln) for a in res.articles for ln in a.text.split("\n") if ln.strip())
        out.update(norm(a.title) for a in res.articles)
        rem = removals(res.changes)
        for a in t["articles"]:
            for ln in a["lines"]:
                k = norm(ln)
                if not k:
                    continue
                if out[k] > 0:
                    out[k] -= 1
                    continue
                lost.append(
                    {
                        "family": fam.name,
                        "role": t["role"],
                        "page": page,
                        "line": ln,
                        "chars": len(k),
                        "rule": blame(k, rem),
                    }
                )
    return lost


def audit_real(shared: Path) -> list[dict[str, Any]]:
    """Boilerplate removals on labelled real pages whose text is in the page's truth."""
    import real_pages_bench

    from cleaner.runner import run

    cases = [c for c in real_pages_bench.cases(shared) if "truth" in c]
    truth = {c["name"]: norm(c["truth"]) for c in cases}
    lost = []
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "in"
        src.mkdir()
        for c in cases:
            (src / c["name"]).write_bytes(c["data"])
        out = Path(tmp) / "out"
        run([src], out)
        names = {}
        for line in (out / "pages.jsonl").read_text(encoding="utf-8").splitlines():
            p = json.loads(line)
            names[p["id"]] = (Path(p["source"]).name, p.get("set"))
        rows = [json.loads(x) for x in (out / "changes.jsonl").read_text("utf-8").splitlines()]
    changes = expand(map(Change.from_row, rows), strict=False)
    group = {c["name"]: c["set"] for c in cases}
    for c in changes:
        if c.stage != "boilerplate" or c.action in NON_EDITS:
            continue
        name = names.get(c.page_id, ("?", None))[0]
        t = truth.get(name)
        if not t:
            continue
        for ln in c.before.split("\n"):
            k = norm(ln)
            if len(k) >= REAL_MIN and k in t:
                lost.append(
                    {
                        "family": f"real/{group[name]}",
                        "role": "real",
                        "page": name,
                        "line": ln.strip(),
                        "chars": len(k),
                        "rule": f"{c.stage}:{c.rule}",
                    }
                )
    return lost


def audit_fixtures() -> tuple[list[dict[str, Any]], Counter[str]]:
    """Content lines of the invented sites the boilerplate stage deletes; chrome left."""
    from loss_fixtures import SITES

    from cleaner.edits import Editor
    from cleaner.model import RawInput
    from cleaner.rules import load_packs
    from cleaner.stages.boilerplate import BoilerplateStage

    lost: list[dict[str, Any]] = []
    left: Counter[str] = Counter()
    for name, make in SITES.items():
        pages, content = make()
        texts = ["\n".join(p) + "\n" for p in pages]
        raws = [RawInput(f"s/{i}.txt", t.encode(), site="s") for i, t in enumerate(texts)]
        stage = BoilerplateStage(load_packs(), profiles=build_profiles(raws))
        for n, (page, own) in enumerate(zip(pages, content, strict=True)):
            ed = Editor("p", texts[n])
            stage(ed, site="s")
            out = set(ed.text.splitlines())
            rem = removals(list(ed.ledger))
            for ln in page:
                if not ln.strip():
                    continue
                if ln not in own:
                    left[name] += ln in out
                    continue
                if ln not in out:
                    rule = blame(norm(ln), rem)
                    lost.append(
                        {"family": f"fixture/{name}", "role": "fixture", "page": str(n),
                         "line": ln, "chars": len(norm(ln)), "rule": rule}
                    )  # fmt: skip
    return lost, left


def table(lost: list[dict[str, Any]], title: str) -> None:
    print(f"\n== {title}: {len(lost)} lost lines, {sum(x['chars'] for x in lost)} chars")
    by_rule = Counter(x["rule"] for x in lost)
    chars = Counter()
    short = Counter()
    for x in lost:
        chars[x["rule"]] += x["chars"]
        short[x["rule"]] += x["chars"] <= 12
    print(f"{'rule':58}{'lines':>7}{'chars':>8}{'<=12ch':>8}")
    for rule, n in by_rule.most_common():
        print(f"{rule[:58]:58}{n:>7}{chars[rule]:>8}{short[rule]:>8}")
    by_fam: dict[str, Counter[str]] = defaultdict(Counter)
    for x in lost:
        by_fam[x["family"]][x["rule"]] += 1
    print(f"\n{'family':34}{'lines':>7}  top rules")
    for fam, c in sorted(by_fam.items(), key=lambda kv: -sum(kv[1].values())):
        top = ", ".join(f"{r.split(':', 1)[-1]}={n}" for r, n in c.most_common(3))
        print(f"{fam[:34]:34}{sum(c.values()):>7}  {top}")


def main() -> None:
    args = sys.argv[1:]
    short = int(args[args.index("--short") + 1]) if "--short" in args else None
    show = args[args.index("--show") + 1] if "--show" in args else None
    lost: list[dict[str, Any]] = []
    for fam in family_dirs():
        lost += audit_family(fam)
    real: list[dict[str, Any]] = []
    if "--real" in args:
        shared = ROOT.parent / "shared" / "corpora" / "real"
        if not shared.is_dir():
            shared = Path("/work/shared/corpora/real")
        if shared.is_dir():
            real = audit_real(shared)
    fixtures: list[dict[str, Any]] = []
    left: Counter[str] = Counter()
    if "--fixtures" in args:
        fixtures, left = audit_fixtures()
    if short is not None:
        lost = [x for x in lost if x["chars"] <= short]
        real = [x for x in real if x["chars"] <= short]
    if "--json" in args:
        out = {"families": lost, "real": real, "fixtures": fixtures, "chrome_left": left}
        print(json.dumps(out, ensure_ascii=False, indent=1))
        return
    table(lost, "families")
    if "--real" in args:
        table(real, "real pages (boilerplate removals inside the truth text)")
    if "--fixtures" in args:
        table(fixtures, "invented sites (loss_fixtures.py)")
        print("chrome lines left per site:", dict(left) or 0)
    if show:
        for x in lost + real + fixtures:
            if show in x["rule"]:
                print(f"{x['family']:30} {x['page'][:20]:20} {x['rule']:40} {x['line'][:60]}")


if __name__ == "__main__":
    main()
