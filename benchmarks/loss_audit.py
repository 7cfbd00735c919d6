"""Silent-loss audit: every truth content line the pipeline drops, by the rule that did it.

For every family under ``tests/families`` with a truth (roles tune, heldout, sealed; the
kept-sealed sets ``*_v_*`` and ``*_w_*`` are never opened) the pipeline runs as
``chrome_bench.py``'s ``per_family`` layout runs it (site profiles from the family's
folder, line model on).  Every truth content line (``articles[].lines``) that no output
article holds (text lines or titles, compared as ``boilerplate_bench.norm`` does) is
listed with the ledger rule whose removed text holds it (the earliest such change), or
``partial:<rule>`` when a removal took a piece of it, or ``unattributed``.

A truth line the output holds in another form is not lost and is counted apart, by the
form (:func:`match_lines`): ``cell``, one cell of an output line that is a table row
(the HTML reader prints a row's cells on one line, tab-separated, where the truth lists
them one a line: ``boilerplate_bench.cells``, the unit the scores use); ``joined``, inside
one longer output line (a paragraph joined across a break, a label glued to its value),
at least ``JOINED_MIN`` characters so that a short word found in any sentence is not
taken for it.  Every page is also rebuilt from its articles and changes
(:func:`cleaner.readback.rebuild_text`) and compared with the text the pipeline received;
a lost line is ``recorded`` when that rebuilt text holds it, and a page that does not
rebuild is listed: a line lost there is lost without a record.

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

from boilerplate_bench import cells, norm, page_key  # noqa: E402

from cleaner.config import PipelineConfig  # noqa: E402
from cleaner.ingest.readers import read_inputs  # noqa: E402
from cleaner.model import Change, RawInput  # noqa: E402
from cleaner.page_input import decode_input  # noqa: E402
from cleaner.pipeline import Pipeline  # noqa: E402
from cleaner.provenance import NON_EDITS, ProvenanceError, expand  # noqa: E402
from cleaner.readback import rebuild_text  # noqa: E402
from cleaner.stages import line_features, line_model  # noqa: E402
from cleaner.stages.profile_counter import build_profiles  # noqa: E402

FAMILIES = ROOT / "tests" / "families"
# The newest blind set stays out of the audit until the lead has measured it once;
# sets up to x are measured and are tuning material now.
SEALED_AWAY: tuple[str, ...] = ()
REAL_MIN = 2
# a truth line found inside a longer output line counts as held from this many characters
JOINED_MIN = 6


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


def match_lines(truth: list[str], lines: list[str]) -> list[str | None]:
    """How the output ``lines`` (article text lines and titles) hold each ``truth`` line,
    in the truth's order: ``"exact"``, ``"cell"``, ``"joined"`` or ``None`` (lost).

    Each output line (and each cell) holds one truth line at most; exact matches are
    taken first, then cells of the rows, then lines inside a longer output line.

    >>> match_lines(["品名", "单价", "正文一句。", "缺"], ["品名\\t单价", "正文一句。"])
    ['cell', 'cell', 'exact', None]
    """
    keys = [norm(t) for t in truth]
    out = Counter(norm(ln) for ln in lines if ln.strip())
    rows = [c for ln in lines if len(cells(ln)) > 1 for c in cells(ln)]
    cell = Counter(norm(c) for c in rows)
    whole = [norm(ln) for ln in lines if ln.strip()]
    got: list[str | None] = [None] * len(keys)
    for i, k in enumerate(keys):
        if not k:
            got[i] = "exact"
        elif out[k] > 0:
            out[k] -= 1
            got[i] = "exact"
    for i, k in enumerate(keys):
        if got[i] is None and cell[k] > 0:
            cell[k] -= 1
            got[i] = "cell"
    for i, k in enumerate(keys):
        if got[i] is None and len(k) >= JOINED_MIN and any(k in w and k != w for w in whole):
            got[i] = "joined"
    return got


def rebuilds(raw: Any, res: Any) -> tuple[bool, str]:
    """Whether a page's articles and changes rebuild the text the pipeline received, and
    the rebuilt text (``""`` when the changes do not invert)."""
    try:
        text = rebuild_text([a.text for a in res.articles], res.changes)
    except ProvenanceError:
        return False, ""
    return text == decode_input(raw).text, text


def audit_family(fam: Path) -> tuple[list[dict[str, Any]], list[dict[str, Any]], list[str]]:
    """(lost lines, lines held in another form, pages that do not rebuild) of a family."""
    line_features.clear_caches()
    line_model.clear_caches()
    truths = [json.loads(x) for x in (fam / "truth.jsonl").read_text("utf-8").splitlines()]
    raws = [r for r in read_inputs([fam / "pages"]) if isinstance(r, RawInput)]
    raw_by = {raw.source: raw for raw in raws}
    pipe = Pipeline(PipelineConfig(), profiles=build_profiles(raws))
    res_by = {raw.source: pipe.process(raw, i) for i, raw in enumerate(raws)}
    lost: list[dict[str, Any]] = []
    held: list[dict[str, Any]] = []
    broken: list[str] = []
    for t in truths:
        page = t["page"]
        key = page_key(fam, page)
        res = res_by[key]
        ok, rebuilt = rebuilds(raw_by[key], res)
        if not ok:
            broken.append(f"{fam.name}/{page}")
        lines = [ln for a in res.articles for ln in a.text.split("\n")]
        lines += [a.title for a in res.articles]
        truth = [ln for a in t["articles"] for ln in a["lines"]]
        rem = removals(res.changes)
        folded = norm(rebuilt)
        for ln, how in zip(truth, match_lines(truth, lines), strict=True):
            if how == "exact":
                continue
            k = norm(ln)
            row = {"family": fam.name, "role": t["role"], "page": page, "line": ln,
                   "chars": len(k)}  # fmt: skip
            if how is not None:
                held.append({**row, "form": how})
                continue
            lost.append({**row, "rule": blame(k, rem), "recorded": ok and k in folded})
    return lost, held, broken


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
    group = {case["name"]: case["set"] for case in cases}
    for ch in changes:
        if ch.stage != "boilerplate" or ch.action in NON_EDITS:
            continue
        name = names.get(ch.page_id, ("?", None))[0]
        t = truth.get(name)
        if not t:
            continue
        for ln in ch.before.split("\n"):
            k = norm(ln)
            if len(k) >= REAL_MIN and k in t:
                lost.append(
                    {
                        "family": f"real/{group[name]}",
                        "role": "real",
                        "page": name,
                        "line": ln.strip(),
                        "chars": len(k),
                        "rule": f"{ch.stage}:{ch.rule}",
                    }
                )
    return lost


def audit_fixtures() -> tuple[list[dict[str, Any]], Counter[str]]:
    """Content lines of the invented sites the boilerplate stage deletes; chrome left."""
    from loss_fixtures import SITES

    from cleaner.edits import Editor
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
    chars: Counter[str] = Counter()
    short: Counter[str] = Counter()
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
    held: list[dict[str, Any]] = []
    broken: list[str] = []
    for fam in family_dirs():
        f_lost, f_held, f_broken = audit_family(fam)
        lost += f_lost
        held += f_held
        broken += f_broken
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
        out = {
            "families": lost,
            "held": held,
            "not_rebuilt": broken,
            "real": real,
            "fixtures": fixtures,
            "chrome_left": left,
        }
        print(json.dumps(out, ensure_ascii=False, indent=1))
        return
    table(lost, "families")
    unrecorded = [x for x in lost if not x["recorded"]]
    print(f"\nlost lines the rebuilt page text does not hold (lost without a record): "
          f"{len(unrecorded)}; pages that do not rebuild: {len(broken)} {broken[:10]}")  # fmt: skip
    print(f"\n== held in another form (not lost): {len(held)} lines")
    forms: dict[str, Counter[str]] = defaultdict(Counter)
    for x in held:
        forms[x["form"]][x["family"]] += 1
    for form, c in sorted(forms.items()):
        top = ", ".join(f"{f}={n}" for f, n in c.most_common(4))
        print(f"{form:10}{sum(c.values()):>7}  {top}")
    if "--real" in args:
        table(real, "real pages (boilerplate removals inside the truth text)")
    if "--fixtures" in args:
        table(fixtures, "invented sites (loss_fixtures.py)")
        print("chrome lines left per site:", dict(left) or 0)
    if show:
        for x in lost + real + fixtures + held:
            if show in x.get("rule", "held:" + x.get("form", "")):
                print(f"{x['family']:30} {x['page'][:20]:20} {x['rule']:40} {x['line'][:60]}")


if __name__ == "__main__":
    main()
