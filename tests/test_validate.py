"""``cleaner validate``: passes on the sample pages, fails (exit 1, naming the checks) on
batches made worse on purpose, and its JSON, JUnit and Markdown outputs agree."""

from __future__ import annotations

import json
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cleaner.cli import app
from cleaner.config import PipelineConfig, load_config
from cleaner.report.gate import evaluate
from cleaner.report.ledger import Ledger
from cleaner.runner import run
from tests.conftest import SAMPLES

runner = CliRunner()


def validate(*args: str, env: dict[str, str] | None = None):  # type: ignore[no-untyped-def]
    return runner.invoke(app, ["validate", *args, "-q"], env=env)


def outputs(tmp: Path) -> list[str]:
    return [
        "--json", str(tmp / "v.json"),
        "--junit", str(tmp / "v.xml"),
        "--markdown", str(tmp / "v.md"),
    ]  # fmt: skip


def junit_cases(path: Path) -> dict[str, str]:
    """testcase name → pass / fail / skipped."""
    root = ET.parse(path).getroot()
    out = {}
    for case in root.iter("testcase"):
        if case.find("failure") is not None:
            out[case.get("name")] = "fail"
        elif case.find("skipped") is not None:
            out[case.get("name")] = "skipped"
        else:
            out[case.get("name")] = "pass"
    return out


def assert_outputs_agree(tmp: Path) -> dict:
    data = json.loads((tmp / "v.json").read_text("utf-8"))
    cases = junit_cases(tmp / "v.xml")
    assert set(cases) == {c["name"] for c in data["checks"]}
    for c in data["checks"]:
        want = {"pass": "pass", "fail": "fail"}.get(c["status"], "skipped")
        assert cases[c["name"]] == want, c
    suite = ET.parse(tmp / "v.xml").getroot().find("testsuite")
    assert suite is not None
    assert int(suite.get("failures")) == data["counts"]["fail"] == len(data["failed"])
    assert int(suite.get("tests")) == len(data["checks"])
    md = (tmp / "v.md").read_text("utf-8")
    for name in data["failed"]:
        assert f"❌ | `{name}`" in md
    return data


def test_sample_passes(tmp_path: Path) -> None:
    res = validate(str(SAMPLES), *outputs(tmp_path))
    assert res.exit_code == 0, res.output
    data = assert_outputs_agree(tmp_path)
    assert data["verdict"] == "pass" and data["exit_code"] == 0 and data["failed"] == []
    assert data["metrics"]["pages"] == 13 and data["metrics"]["articles"] == 17
    assert data["metrics"]["residual_boilerplate_hits"] == 0
    # the sample plants two duplicates (a mirrored notice, a copied article) among 17
    assert data["metrics"]["duplicate_rate_batch"] == round(2 / 17, 6)
    status = {c["name"]: c["status"] for c in data["checks"]}
    assert status["max_duplicate_rate_batch"] == "pass"
    # no corpus given: the corpus duplicate rate is not measured, not reported as 0
    assert status["max_duplicate_rate_corpus"] == "not_measured"
    assert len(data["digest"]["inputs"]) == 64 and len(data["digest"]["settings"]) == 64


def test_validate_writes_no_outputs_but_the_ones_asked_for(tmp_path: Path) -> None:
    work = tmp_path / "w"
    work.mkdir()
    res = runner.invoke(app, ["validate", str(SAMPLES), "-q", "--json", str(work / "v.json")])
    assert res.exit_code == 0
    assert sorted(p.name for p in work.iterdir()) == ["v.json"]


def test_boilerplate_disabled_fails(tmp_path: Path) -> None:
    cfg = tmp_path / "cleaner.toml"
    cfg.write_text("[boilerplate]\nenabled = false\n", encoding="utf-8")
    res = validate(str(SAMPLES), "--config", str(cfg), *outputs(tmp_path))
    assert res.exit_code == 1, res.output
    data = assert_outputs_agree(tmp_path)
    assert "max_residual_boilerplate_per_article" in data["failed"]
    assert data["metrics"]["boilerplate_share"] == 0.0
    assert "check failed: max_residual_boilerplate_per_article" in res.stderr


def test_quarantine_heavy_batch_fails(tmp_path: Path) -> None:
    batch = tmp_path / "batch"
    batch.mkdir()
    shutil.copy(SAMPLES / "english_blog.txt", batch)
    for n in range(3):
        (batch / f"empty_{n}.txt").write_bytes(b"")
    res = validate(str(batch), str(tmp_path / "missing.txt"), *outputs(tmp_path))
    assert res.exit_code == 1, res.output
    data = assert_outputs_agree(tmp_path)
    assert data["failed"] == ["max_quarantined_share"]
    assert data["metrics"]["quarantined"] == 4 and data["metrics"]["quarantined_share"] == 0.8


def test_empty_article_heavy_batch_fails(tmp_path: Path) -> None:
    batch = tmp_path / "batch"
    batch.mkdir()
    shutil.copy(SAMPLES / "english_blog.txt", batch)
    # pages that are nothing but site chrome: no article is left after cleaning
    (batch / "chrome_zh.txt").write_text("相关范文推荐\n点此处下载文档\n", encoding="utf-8")
    (batch / "chrome_en.txt").write_text("Share this article\nRead more\n", encoding="utf-8")
    res = validate(str(batch), *outputs(tmp_path))
    assert res.exit_code == 1, res.output
    data = assert_outputs_agree(tmp_path)
    assert "max_empty_page_share" in data["failed"]
    # a page left empty lost all of its text: the loss check names it too (a chrome page
    # the loss budget kept whole is flagged instead, and its chrome is residual)
    assert "max_lossy_page_share" in data["failed"]
    lossy = next(c for c in data["checks"] if c["name"] == "max_lossy_page_share")
    assert "chrome_en.txt (loss 100.0%)" in lossy["message"]
    assert data["metrics"]["empty_page_share"] >= 1 / 3 - 1e-4


def test_duplicate_heavy_batch_fails(tmp_path: Path) -> None:
    """Dedup marks copies ``status="duplicate"`` with ``dup_of``; the gate counts them as
    in-batch (dup_of is an article of the run) or corpus duplicates.  Simulated on a real
    run's outputs so this holds whether or not the dedup stage is in this build."""
    out = tmp_path / "out"
    run([SAMPLES], out)
    arts = [json.loads(x) for x in (out / "articles.jsonl").read_text("utf-8").splitlines()]
    keep = arts[0]["id"]
    for i, a in enumerate(arts[1:], 1):
        a.update(status="duplicate", dup_of=keep if i <= 6 else f"corpus-{i}", dup_score=90.0)
    (out / "articles.jsonl").write_text(
        "".join(json.dumps(a, ensure_ascii=False) + "\n" for a in arts), encoding="utf-8"
    )
    verdict = evaluate(Ledger.load(out), config=PipelineConfig(), inputs=[SAMPLES])
    assert verdict.exit_code == 1
    assert {c.name for c in verdict.failed} == {
        "max_duplicate_rate_batch",
        "max_duplicate_rate_corpus",
    }
    assert verdict.metrics["duplicate_rate_batch"] == pytest.approx(6 / 17, abs=1e-4)
    assert verdict.metrics["duplicate_rate_corpus"] == pytest.approx(10 / 17, abs=1e-4)


def test_baseline_roundtrip_and_regression(tmp_path: Path) -> None:
    base = tmp_path / "baseline.json"
    res = validate(str(SAMPLES), "--save-baseline", str(base))
    assert res.exit_code == 0, res.output
    pinned = json.loads(base.read_text("utf-8"))
    assert pinned["schema"] == "cleaner.validate.baseline/1"
    assert set(pinned["digest"]) == {"inputs", "settings"}
    # same batch against its own baseline: passes, no digest note
    res = validate(str(SAMPLES), "--baseline", str(base), "--json", str(tmp_path / "v.json"))
    assert res.exit_code == 0, res.output
    data = json.loads((tmp_path / "v.json").read_text("utf-8"))
    assert any(c["kind"] == "baseline" and c["status"] == "pass" for c in data["checks"])
    assert data["notes"] == []
    # a worse batch: fails the baseline comparison too, and the digest differs
    cfg = tmp_path / "cleaner.toml"
    cfg.write_text("[boilerplate]\nenabled = false\n", encoding="utf-8")
    res = validate(str(SAMPLES), "-c", str(cfg), "--baseline", str(base), *outputs(tmp_path))
    assert res.exit_code == 1
    data = assert_outputs_agree(tmp_path)
    assert "baseline.residual_boilerplate_per_article" in data["failed"]
    assert any("other settings" in n for n in data["notes"])
    # lowering a pinned baseline needs --accept-worse
    res = validate(str(SAMPLES), "-c", str(cfg), "--save-baseline", str(base))
    assert res.exit_code == 2 and "--accept-worse" in res.stderr
    assert json.loads(base.read_text("utf-8")) == pinned
    res = validate(str(SAMPLES), "-c", str(cfg), "--save-baseline", str(base), "--accept-worse")
    assert res.exit_code == 1  # the batch still fails its thresholds, but the pin moved
    assert json.loads(base.read_text("utf-8"))["metrics"]["residual_boilerplate_hits"] > 0


def test_thresholds_and_skip_come_from_config(tmp_path: Path) -> None:
    cfg = tmp_path / "cleaner.toml"
    cfg.write_text(
        "[validate]\nmax_boilerplate_share = 0.01\nskip = ['max_short_article_share']\n",
        encoding="utf-8",
    )
    assert load_config(cfg).validate.max_boilerplate_share == 0.01
    res = validate(str(SAMPLES), "-c", str(cfg), "--json", str(tmp_path / "v.json"))
    assert res.exit_code == 1
    data = json.loads((tmp_path / "v.json").read_text("utf-8"))
    assert data["failed"] == ["max_boilerplate_share"]
    status = {c["name"]: c["status"] for c in data["checks"]}
    assert status["max_short_article_share"] == "skipped"


@pytest.mark.parametrize(
    ("toml", "message"),
    [
        ("[validate]\nmax_nonsense = 1\n", "has no option 'max_nonsense'"),
        ("[validate]\nskip = ['no_such_check']\n", "unknown checks: no_such_check"),
        ("[validate]\nmax_quarantined_share = 'high'\n", "must be a number"),
    ],
)
def test_config_errors_exit_2(tmp_path: Path, toml: str, message: str) -> None:
    cfg = tmp_path / "cleaner.toml"
    cfg.write_text(toml, encoding="utf-8")
    res = validate(str(SAMPLES), "-c", str(cfg))
    assert res.exit_code == 2, res.output
    assert res.stderr.startswith("cleaner: error:") and message in res.stderr
    assert "Traceback" not in res.output


def test_bad_baseline_exit_2(tmp_path: Path) -> None:
    bad = tmp_path / "b.json"
    bad.write_text("{}", encoding="utf-8")
    res = validate(str(SAMPLES), "--baseline", str(bad))
    assert res.exit_code == 2 and "not a cleaner baseline" in res.stderr
    res = validate(str(SAMPLES), "--baseline", str(tmp_path / "none.json"))
    assert res.exit_code == 2 and "does not exist" in res.stderr


def test_run_that_cannot_complete_exits_3(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    # the requested report cannot be written: its parent is a file
    res = validate(str(SAMPLES), "--report", str(blocker / "r.html"))
    assert res.exit_code == 3, res.output


def test_github_annotations(tmp_path: Path) -> None:
    cfg = tmp_path / "cleaner.toml"
    cfg.write_text("[boilerplate]\nenabled = false\n", encoding="utf-8")
    res = validate(str(SAMPLES), "-c", str(cfg), env={"GITHUB_ACTIONS": "true"})
    assert res.exit_code == 1
    assert "::error title=cleaner validate: max_residual_boilerplate_per_article::" in res.stdout
    res = validate(str(SAMPLES), env={"GITHUB_ACTIONS": "false"})
    assert "::" not in res.stdout


def test_help_documents_exit_codes() -> None:
    res = runner.invoke(app, ["validate", "--help"])
    assert res.exit_code == 0
    text = " ".join(res.output.split())
    for part in ("0 every check passed", "1 a check failed", "2 usage", "3 the run could not"):
        assert part in text


def test_pinned_sample_baseline_holds() -> None:
    """The committed baseline of corpora/sample: the gate CI runs on every change."""
    from tests.conftest import ROOT

    base = ROOT / "reports" / "baselines" / "sample.json"
    res = validate(str(SAMPLES), "--baseline", str(base))
    assert res.exit_code == 0, res.output + res.stderr


def test_example_config_documents_the_defaults() -> None:
    from cleaner.config import ValidateConfig
    from tests.conftest import ROOT

    assert load_config(ROOT / "cleaner.example.toml").validate == ValidateConfig()


# -- issue 11: the gate catches a gutted batch ----------------------------------------------

BODY = "这是正文的一句话，说明办理流程、时间安排和联系方式。" * 8  # 208 characters


def fake_run(
    out: Path,
    gutted: dict[int, float] | None = None,
    *,
    n: int = 12,
    fields: bool = True,
    page_extra: dict[int, dict] | None = None,
    texts: dict[int, str] | None = None,
) -> Path:
    """A run's output folder of ``n`` pages built by hand, with the per-page accounting
    fields of issue 11 (``fields=False``: as outputs written before they existed).
    ``gutted`` maps a page number to the share of its extracted text the stages removed."""
    out.mkdir(parents=True, exist_ok=True)
    pages, arts, changes = [], [], []
    for i in range(n):
        pid = f"page{i:02d}"
        text = (texts or {}).get(i, BODY)
        loss = (gutted or {}).get(i, 0.0)
        extracted = round(len(text) / (1 - loss)) if loss else len(text)
        kept = text if not loss else text[: max(1, round(extracted * (1 - loss)))]
        page = {"id": pid, "source": f"site/p{i:02d}.html", "rebuild": "text"}
        if fields:
            page.update(
                chars_visible=extracted * 2,
                chars_extracted=extracted,
                chars_kept=len(kept),
                loss=round(1 - len(kept) / extracted, 4),
                extract_share=0.5,
                removed={"extract": extracted, "boilerplate": extracted - len(kept)},
                flags=["lossy"] if loss > 0.5 else [],
                status="flagged" if loss > 0.5 else "ok",
                reason=f"lost {loss:.0%} of its text" if loss > 0.5 else None,
            )
        page.update((page_extra or {}).get(i, {}))
        pages.append(page)
        arts.append(
            {"id": f"{pid}-001", "page_id": pid, "article_index": 1, "title": f"标题{i}",
             "text": kept, "status": "kept", "source": page["source"], "meta": {}}
        )  # fmt: skip
        if not fields and loss:
            removed = "页" * (extracted - len(kept))
            changes.append(
                {"page_id": pid, "step": 0, "stage": "boilerplate",
                 "rule": "boilerplate.site_repeat", "action": "delete", "start": len(kept),
                 "end": extracted, "before": removed, "after": "", "score": 90.0, "ref": None}
            )  # fmt: skip
    for name, table in (("pages", pages), ("articles", arts), ("changes", changes)):
        (out / f"{name}.jsonl").write_text(
            "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in table), encoding="utf-8"
        )
    (out / "summary.json").write_text(json.dumps({"pages": n, "inputs": ["site"]}), "utf-8")
    return out


def judge(out: Path, cfg: PipelineConfig | None = None):  # type: ignore[no-untyped-def]
    return evaluate(Ledger.load(out), config=cfg or PipelineConfig(), inputs=[out])


def test_gutted_pages_fail_the_gate_and_are_named(tmp_path: Path) -> None:
    from cleaner.report import ci

    verdict = judge(fake_run(tmp_path / "bad", {3: 0.95, 7: 0.92}))
    assert verdict.exit_code == 1
    assert [c.name for c in verdict.failed] == ["max_lossy_page_share"]
    (check,) = verdict.failed
    assert check.value == pytest.approx(2 / 12, abs=1e-4)
    assert "site/p03.html (loss 95.0%)" in check.message
    assert "site/p07.html (loss 92.0%)" in check.message
    data = verdict.to_json()
    # the worst losses, worst first, in every output
    assert [r["source"] for r in data["losses"][:2]] == ["site/p03.html", "site/p07.html"]
    assert data["losses"][0]["flags"] == ["lossy"] and data["losses"][0]["status"] == "flagged"
    assert set(data["losses"][0]) >= {"source", "chars_extracted", "chars_kept", "loss"}
    md = ci.to_markdown(verdict)
    assert "### Worst losses" in md and "| site/p03.html |" in md
    assert "site/p07.html (loss 92.0%)" in md
    assert "site/p03.html" in ci.to_junit(verdict)
    # the same batch without the two gutted pages passes
    ok = judge(fake_run(tmp_path / "good"))
    assert ok.exit_code == 0, [c.message for c in ok.failed]
    assert ok.metrics["lossy_page_share"] == 0.0


def test_gutted_pages_fail_validate_on_the_cli(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``cleaner validate`` end to end, the run replaced by the hand-made outputs."""

    def fake(inputs, out, **_):  # type: ignore[no-untyped-def]
        fake_run(Path(out), {3: 0.95, 7: 0.92})

    monkeypatch.setattr("cleaner.runner.run", fake)
    res = validate(str(SAMPLES), *outputs(tmp_path))
    assert res.exit_code == 1, res.output
    data = assert_outputs_agree(tmp_path)
    assert data["failed"] == ["max_lossy_page_share"]
    line = next(x for x in res.stderr.splitlines() if "max_lossy_page_share" in x)
    assert "site/p03.html" in line and "site/p07.html" in line


def test_loss_measured_from_the_ledger_on_old_outputs(tmp_path: Path) -> None:
    """Outputs without the accounting fields: loss comes from the change ledger, and the
    learned removals from ``boilerplate.site_repeat`` rows."""
    verdict = judge(fake_run(tmp_path / "old", {3: 0.95, 7: 0.92}, fields=False))
    assert {c.name for c in verdict.failed} == {
        "max_lossy_page_share",
        "max_learned_removed_share",
        "max_boilerplate_share",
    }
    assert verdict.metrics["lossy_pages"] == 2
    assert verdict.losses[0]["flags"] == ["lossy"]
    (lossy,) = (c for c in verdict.failed if c.name == "max_lossy_page_share")
    assert "site/p03.html" in lossy.message and "site/p07.html" in lossy.message


def test_learned_fallback_and_low_extract_checks(tmp_path: Path) -> None:
    extra = {
        0: {"removed": {"boilerplate": 900, "boilerplate.learned": 900}},
        1: {"flags": ["extract_fallback:body"]},
        2: {"flags": ["extract_fallback:body"]},
        3: {"flags": ["extract_fallback:visible"]},
        4: {"chars_visible": 20_000, "extract_share": 0.01},
    }
    verdict = judge(fake_run(tmp_path / "out", page_extra=extra))
    failed = {c.name: c for c in verdict.failed}
    assert set(failed) == {
        "max_learned_removed_share",
        "max_extract_fallback_share",
        "max_low_extract_page_share",
    }
    assert verdict.metrics["learned_removed_share"] == pytest.approx(900 / (12 * len(BODY)))
    assert verdict.metrics["extract_fallback_share"] == 0.25
    assert "site/p01.html" in failed["max_extract_fallback_share"].message
    assert "site/p04.html (extracted 1.0%)" in failed["max_low_extract_page_share"].message


def test_loss_fields_from_parquet_outputs(tmp_path: Path) -> None:
    """Parquet stores ``removed`` as a JSON string and ``flags`` as a list."""
    import polars as pl

    out = fake_run(tmp_path / "out", {3: 0.95})
    for name in ("pages", "articles", "changes"):
        rows = [json.loads(x) for x in (out / f"{name}.jsonl").read_text("utf-8").splitlines()]
        (out / f"{name}.jsonl").unlink()
        if name == "pages":
            for r in rows:
                r["removed"] = json.dumps(r["removed"])
        if name == "articles":
            for r in rows:
                r["meta"] = "{}"
        if rows:
            pl.DataFrame(rows).write_parquet(out / f"{name}.parquet")
        else:
            from cleaner.report.ledger import CHANGES_SCHEMA

            pl.DataFrame(schema=CHANGES_SCHEMA).write_parquet(out / f"{name}.parquet")
    verdict = judge(out)
    assert [c.name for c in verdict.failed] == ["max_lossy_page_share"]
    assert verdict.losses[0]["source"] == "site/p03.html"


def test_residual_counts_generic_chrome_whatever_packs_are_configured(tmp_path: Path) -> None:
    """Share bars left in kept articles are residual boilerplate, also when the run was
    configured with site-family packs only (the generic pack is always counted)."""
    from cleaner.config import BoilerplateConfig

    bars = {
        0: BODY + "\n分享到：微信 微博 QQ空间\n" + BODY,
        1: BODY + "\nShare this: Facebook Twitter\n" + BODY,
    }
    out = fake_run(tmp_path / "out", texts=bars)
    cfg = PipelineConfig(boilerplate=BoilerplateConfig(packs=("xiexiebang",)))
    for config in (PipelineConfig(), cfg):
        verdict = judge(out, config)
        assert verdict.metrics["residual_boilerplate_hits"] == 2
        assert "max_residual_boilerplate_per_article" in {c.name for c in verdict.failed}
