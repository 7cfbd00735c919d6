"""Generic split detectors: more article-header styles, metadata formats, and the
invented site families under tests/families scored against their ground truth."""

from __future__ import annotations

import json

import pytest

from cleaner.edits import Editor
from cleaner.provenance import rebuild
from cleaner.stages.split import SplitStage
from tests.conftest import ROOT

STAGE = SplitStage()
BODY = "这是正文第一句，内容较长。\n这是正文第二句，继续说明。\n"


@pytest.mark.parametrize(
    "fmt",
    [
        "第{n}篇 标题{n}",
        "篇{cn}、标题{n}",
        "〖第{n}篇〗标题{n}",
        "（篇{cn}）标题{n}",
        "【范文{cn}】标题{n}",
        "精选范文{n}：标题{n}",
        "第{cn}则：标题{n}",
    ],
)
def test_header_styles(fmt: str) -> None:
    cn = "一二三"
    text = "页面标题\n" + "".join(fmt.format(n=n, cn=cn[n - 1]) + "\n" + BODY for n in (1, 2, 3))
    ed = Editor("p", text)
    drafts = STAGE(ed)
    assert [d.title for d in drafts] == ["标题1", "标题2", "标题3"]
    assert rebuild(ed.text, ed.changes) == text


def test_section_headings_are_not_articles() -> None:
    text = "某某方案\n（一）工作目标\n" + BODY + "（二）保障措施\n" + BODY
    assert len(STAGE(Editor("p", text))) == 1


def test_numbered_title_fallback() -> None:
    text = "汇编\n1. 春季学期工作总结\n" + BODY + "2. 秋季学期工作总结\n" + BODY
    assert [d.title for d in STAGE(Editor("p", text))] == ["春季学期工作总结", "秋季学期工作总结"]
    sections = "方案\n1. 工作目标\n" + BODY + "2. 保障措施\n" + BODY
    assert len(STAGE(Editor("p", sections))) == 1


@pytest.mark.parametrize(
    ("block", "want"),
    [
        (
            "发文机关\t某市人民政府\t发文字号\t某政发〔2020〕5号",
            {"issuer": "某市人民政府", "doc_number": "某政发〔2020〕5号"},
        ),
        (
            "发文机关 | 成文日期\n某市人民政府 | 2020年3月2日",
            {"issuer": "某市人民政府", "published": "2020-03-02"},
        ),
        (
            "索 引 号：001-02\n发文单位：某市教育局\n印发日期：2021.5.6",
            {"index_no": "001-02", "issuer": "某市教育局", "published": "2021-05-06"},
        ),
        (
            "发文机关：某市人民政府发文字号：某政发〔2020〕5号",
            {"issuer": "某市人民政府", "doc_number": "某政发〔2020〕5号"},
        ),
    ],
)
def test_meta_formats(block: str, want: dict[str, str]) -> None:
    text = f"第一篇：关于某事的通知\n{block}\n{BODY}"
    ed = Editor("p", text)
    (d,) = STAGE(ed)
    assert d.meta == want
    assert d.text == BODY.rstrip("\n")
    assert rebuild(ed.text, ed.changes) == text


def test_meta_below_title_of_single_page() -> None:
    text = f"某市人民政府关于某事的通知\n发文机关：某市人民政府 成文日期：2020-01-02\n{BODY}"
    ed = Editor("p", text)
    (d,) = STAGE(ed)
    assert d.title == "某市人民政府关于某事的通知"
    assert d.meta == {"issuer": "某市人民政府", "published": "2020-01-02"}
    assert d.text.startswith("某市人民政府关于某事的通知\n这是正文")
    assert rebuild(ed.text, ed.changes) == text


def test_families_meet_targets() -> None:
    """Every family (tuning and held-out) meets the issue's targets with site profiles."""
    import importlib.util

    spec = importlib.util.spec_from_file_location(
        "bench", ROOT / "benchmarks" / "boilerplate_bench.py"
    )
    assert spec and spec.loader
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    from cleaner.ingest.readers import read_inputs
    from cleaner.stages.profile_counter import build_profiles
    from tests.families.generate import FAMILIES

    # the chrome and repair families; structure_families.py has its own test
    fams = [ROOT / "tests" / "families" / f.name for f in FAMILIES]
    assert len(fams) >= 6
    for fam in fams:
        truths = [json.loads(x) for x in (fam / "truth.jsonl").read_text("utf-8").splitlines()]
        profiles = build_profiles(read_inputs([fam / "pages"]))
        f = bench.figures(bench.score(truths, bench.process_family(fam, profiles=profiles)))
        assert f["content_f1"] >= 0.95 and f["residue"] <= 0.02, (fam.name, f)
        assert f["titles"] >= 0.95 and f["counts"] >= 0.95, (fam.name, f)
        assert f["repairs"] >= 0.90 and f["metadata"] >= 0.90, (fam.name, f)
